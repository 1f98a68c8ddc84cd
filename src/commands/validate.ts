import type { Command } from './registry';

// Placeholder until this verb lands; the registry already routes to it.
export const validateCommand: Command = (context) => {
  context.logger.error('"validate" is not implemented yet');
  return Promise.resolve(1);
};
