import type { Command } from './registry';

// Placeholder until this verb lands; the registry already routes to it.
export const deployCommand: Command = (context) => {
  context.logger.error('"deploy" is not implemented yet');
  return Promise.resolve(1);
};
