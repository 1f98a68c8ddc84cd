import type { Command } from './registry';

// Placeholder until this verb lands; the registry already routes to it.
export const reviewCommand: Command = (context) => {
  context.logger.error('"review" is not implemented yet');
  return Promise.resolve(1);
};
