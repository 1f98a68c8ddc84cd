// `serverless-action deploy`: plan, guard, execute, wait; print the seed's outputs.
// JSON: {"stackName","hasChanges","outputs"}. Progress goes to stderr through the logger.
// The verb itself is a lazily loaded chunk (registry.ts); synth/ and aws-cdk-lib are a
// further one (cli-support.ts), parsed only when the inputs fast path does not answer.
import type { AwsClients } from '../aws/clients';
import { describeStack } from '../deploy/cfn';
import {
  asUserError,
  clientsForCommand,
  depsForCommand,
  formatOutputs,
  keepsAssembly,
  loadForCommand,
  synthesizeLoaded,
} from '../deploy/cli-support';
import type { PlanOptions } from '../deploy/context';
import { bundleBuildId, synthInputDigest } from '../deploy/input-digest';
import { runHotswap } from '../deploy/hotswap';
import { runDeploy, upToDateByInputs } from '../deploy/run-deploy';
import { stackNameOf } from '../deploy/stack-name';
import type { DeployResult } from '../deploy/types';
import type { SynthesizedStack } from '../synth/types';
import type { Command, CommandContext } from './registry';

export const deployCommand: Command = async (context) => {
  const clients = clientsForCommand(context);
  try {
    const loaded = await loadForCommand(context);
    const stackName = stackNameOf(loaded);
    // The stack's current state is fetched while the inputs are hashed (and, when they
    // changed, while synthesis runs), so the no-op answer costs no round trip of its own.
    const pending = describeStack(clients.cloudFormation, stackName);
    pending.catch(() => undefined); // awaited, and any error reported, below or by runDeploy
    const prefetched = { stackName, stack: pending };
    // `--out` asks for the assembly on disk: then there is always a synthesis.
    const inputDigest = keepsAssembly(context)
      ? undefined
      : await synthInputDigest(
          loaded,
          {
            ...(context.options.artifactBucket !== undefined && {
              artifactBucket: context.options.artifactBucket,
            }),
          },
          bundleBuildId(),
        );
    if (inputDigest !== undefined) {
      const result = await upToDateByInputs(
        stackName,
        inputDigest,
        await pending,
        depsForCommand(context, clients),
        context.options.artifactBucket,
      );
      if (result) return printResult(context, result);
    }
    const { stack, cleanup } = await synthesizeLoaded(context, loaded);
    try {
      return await deployAndPrint(context, stack, clients, {
        prefetched,
        ...(inputDigest !== undefined && { inputDigest }),
      });
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
  options: PlanOptions,
): Promise<number> {
  const deps = depsForCommand(context, clients);
  if (context.options.hotswap === true) {
    const swapped = await runHotswap(
      stack,
      { ...deps, clients },
      {
        ...options,
        force: context.options.force,
        ...(context.options.artifactBucket !== undefined && {
          artifactBucket: context.options.artifactBucket,
        }),
      },
    );
    if (swapped.kind === 'hotswapped') return printResult(context, swapped.outcome);
    context.logger.info(`hotswap not possible: ${swapped.reason}; deploying with a change set`);
  }
  const result = await runDeploy(stack, deps, {
    allowReplacement: context.options.allowReplacement,
    ...options,
  });
  return printResult(context, result);
}

function printResult(
  context: CommandContext,
  result: DeployResult & { readonly hotswapped?: readonly string[] },
): number {
  if (context.options.format === 'json') {
    context.print(
      JSON.stringify({
        stackName: result.stackName,
        hasChanges: result.hasChanges,
        outputs: result.outputs,
        status: result.status,
        ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
        ...(result.hotswapped !== undefined && { hotswapped: result.hotswapped }),
      }),
    );
  } else {
    context.print(
      [
        `${result.stackName}: ${result.status}${result.hasChanges ? '' : ' (no changes)'}` +
          (result.hotswapped !== undefined
            ? ` (hotswapped ${result.hotswapped.join(', ')}; no change set)`
            : ''),
        formatOutputs(result.outputs),
      ].join('\n'),
    );
  }
  return 0;
}
