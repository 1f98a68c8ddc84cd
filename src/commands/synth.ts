import type { Command } from './registry';

// Placeholder until this verb lands; the registry already routes to it.
export const synthCommand: Command = (context) => {
  context.logger.error('"synth" is not implemented yet');
  return Promise.resolve(1);
};
