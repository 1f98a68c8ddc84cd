import type { Command } from './registry';

// Placeholder until this verb lands; the registry already routes to it.
export const planCommand: Command = (context) => {
  context.logger.error('"plan" is not implemented yet');
  return Promise.resolve(1);
};
