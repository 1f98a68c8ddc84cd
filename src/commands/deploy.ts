// `serverless-action deploy`: plan, guard, execute, wait; print the seed's outputs.
// JSON: {"stackName","hasChanges","outputs"}. Progress goes to stderr through the logger.
import type { AwsClients } from '../aws/clients';
import type { PlanOptions } from '../deploy/context';
import type { SynthesizedStack } from '../synth/types';
import type { Command, CommandContext } from './registry';

export const deployCommand: Command = async (context) => {
  const { asUserError, clientsForCommand, synthesizeForCommand } =
    await import('../deploy/cli-support');
  const { describeStack } = await import('../deploy/cfn');
  const { stackNameOf } = await import('../deploy/stack-name');
  const clients = clientsForCommand(context);
  let prefetched: PlanOptions['prefetched'];
  try {
    // The stack's current state is fetched while synthesis runs, so the no-op answer
    // costs no round trip of its own.
    const { stack, cleanup } = await synthesizeForCommand(context, (loaded) => {
      const stackName = stackNameOf(loaded);
      const pending = describeStack(clients.cloudFormation, stackName);
      pending.catch(() => undefined); // awaited, and any error reported, by runDeploy
      prefetched = { stackName, stack: pending };
    });
    try {
      return await deployAndPrint(context, stack, clients, prefetched);
    } finally {
      await cleanup();
    }
  } catch (error) {
    throw asUserError(error);
  } finally {
    clients.destroy();
  }
};

async function deployAndPrint(
  context: CommandContext,
  stack: SynthesizedStack,
  clients: AwsClients,
  prefetched: PlanOptions['prefetched'],
): Promise<number> {
  const { depsForCommand, formatOutputs } = await import('../deploy/cli-support');
  const { runDeploy } = await import('../deploy/run-deploy');
  const result = await runDeploy(stack, depsForCommand(context, clients), {
    allowReplacement: context.options.allowReplacement,
    ...(prefetched !== undefined && { prefetched }),
  });
  if (context.options.format === 'json') {
    context.print(
      JSON.stringify({
        stackName: result.stackName,
        hasChanges: result.hasChanges,
        outputs: result.outputs,
        status: result.status,
        ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
      }),
    );
  } else {
    context.print(
      [
        `${result.stackName}: ${result.status}${result.hasChanges ? '' : ' (no changes)'}`,
        formatOutputs(result.outputs),
      ].join('\n'),
    );
  }
  return 0;
}
