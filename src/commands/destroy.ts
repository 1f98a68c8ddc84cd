// `serverless-action destroy`: delete the stack of the environment. Refuses stacks this tool
// did not create, and long-lived (non-ephemeral) ones unless --force.
import type { Command } from './registry';

export const destroyCommand: Command = async (context) => {
  const { asUserError, clientsForCommand, depsForCommand } = await import('../deploy/cli-support');
  const { runDestroy } = await import('../deploy/run-destroy');
  const { loadConfig } = await import('../config');
  const { stackNameOf } = await import('../deploy/stack-name');
  // No synthesis: the stack name follows from the config alone.
  const loaded = await loadConfig(context.options.config, {
    cwd: context.cwd,
    ...(context.options.environment !== undefined && {
      environment: context.options.environment,
    }),
  });
  const clients = clientsForCommand(context);
  try {
    const result = await runDestroy(stackNameOf(loaded), depsForCommand(context, clients), {
      force: context.options.force,
    });
    context.print(
      context.options.format === 'json'
        ? JSON.stringify(result)
        : `${result.stackName}: ${result.deleted ? 'deleted' : 'no such stack'}`,
    );
    return 0;
  } catch (error) {
    throw asUserError(error);
  } finally {
    clients.destroy();
  }
};
