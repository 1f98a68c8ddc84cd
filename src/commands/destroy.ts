import type { Command } from './registry';

// Placeholder until this verb lands; the registry already routes to it.
export const destroyCommand: Command = (context) => {
  context.logger.error('"destroy" is not implemented yet');
  return Promise.resolve(1);
};
