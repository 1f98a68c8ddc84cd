// `serverless-action drift`: drift detection alone on the stack of the environment; no
// synthesis, no change set. JSON: {"stackName","status","detectionId","resources":[...]};
// text: one line per drifted resource. Exit 0 in sync (or unknown), 1 when drifted, so a
// scheduled job can alert on it.
import type { Command } from './registry';

export const driftCommand: Command = async (context) => {
  const { asUserError, clientsForCommand, depsForCommand, loadForCommand } =
    await import('../deploy/cli-support');
  const { deployedTemplate, describeStack } = await import('../deploy/cfn');
  const { originsOf } = await import('../synth/origins');
  const { detectDrift, formatDriftText } = await import('../deploy/drift');
  const { stackNameOf } = await import('../deploy/stack-name');
  const { ServerlessActionError } = await import('../errors');
  const loaded = await loadForCommand(context);
  const stackName = stackNameOf(loaded);
  const clients = clientsForCommand(context);
  try {
    const deps = depsForCommand(context, clients);
    const stack = await describeStack(clients.cloudFormation, stackName);
    if (stack === undefined) {
      throw new ServerlessActionError(
        `stack ${stackName} does not exist: there is nothing to compare`,
        'STACK_NOT_FOUND',
        'deploy it first, or pick the environment with --environment',
      );
    }
    const id = stack.StackId ?? stackName;
    // Config keys for the resources, from the origins the deployed template carries.
    const template = await deployedTemplate(clients.cloudFormation, id).catch(() => undefined);
    const drift = await detectDrift(clients.cloudFormation, id, {
      clock: deps.clock,
      logger: deps.logger,
      cfnOnce: clients.cloudFormationOnce,
      ...(template !== undefined && { origins: originsOf(template) }),
    });
    const result = { ...drift, stackName };
    context.print(
      context.options.format === 'json' ? JSON.stringify(result) : formatDriftText(result),
    );
    return result.status === 'DRIFTED' ? 1 : 0;
  } catch (error) {
    throw asUserError(error);
  } finally {
    clients.destroy();
  }
};
