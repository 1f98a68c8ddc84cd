// `serverless-action deploy`: plan, guard, execute, wait; print the seed's outputs.
// JSON: {"stackName","hasChanges","outputs","status","changeSetId","result"}, and on a
// refusal or failure the same object, as far as known, with "error". `--plan DIR` executes a
// plan directory's change set instead (run-apply.ts). Progress goes to stderr through the logger.
// The verb itself is a lazily loaded chunk (registry.ts); synth/ and aws-cdk-lib are a
// further one (cli-support.ts), parsed only when the inputs fast path does not answer.
import { resolve } from 'node:path';
import { deployJson } from './deploy-json';
import { Bundler } from '../assets/bundle';
import type { AwsClients } from '../aws/clients';
import { describeStack } from '../deploy/cfn';
import {
  asUserError,
  clientsForCommand,
  depsForCommand,
  failureJson,
  formatOutputs,
  keepsAssembly,
  loadForCommand,
  stackSettingsFor,
  synthesizeLoaded,
} from '../deploy/cli-support';
import type { DeployOptions } from '../deploy/context';
import { ancestryFor, headCommit } from '../github/ancestry';
import { bundleBuildId, synthInputDigest } from '../deploy/input-digest';
import { installInterruptHandler } from '../deploy/interrupt';
import { runHotswap } from '../deploy/hotswap';
import { runDeploy, upToDateByInputs } from '../deploy/run-deploy';
import { stackNameOf } from '../deploy/stack-name';
import type { DeployResult } from '../deploy/types';
import type { SynthesizedStack } from '../synth/types';
import type { Command, CommandContext } from './registry';

export const deployCommand: Command = async (context) => {
  const clients = clientsForCommand(context);
  let stackName: string | undefined;
  try {
    if (context.options.plan !== undefined) {
      // The reviewed plan, executed as it is: no config, no synthesis.
      const { runPlannedDeploy } = await import('../deploy/run-apply');
      const result = await runPlannedDeploy(
        resolve(context.cwd, context.options.plan),
        depsForCommand(context, clients),
        await guardOptions(context),
      );
      return printResult(context, result);
    }
    const loaded = await loadForCommand(context);
    stackName = stackNameOf(loaded);
    // The stack's current state is fetched while the inputs are hashed (and, when they
    // changed, while synthesis runs), so the no-op answer costs no round trip of its own.
    const pending = describeStack(clients.cloudFormation, stackName);
    pending.catch(() => undefined); // awaited, and any error reported, below or by runDeploy
    const prefetched = { stackName, stack: pending };
    // One bundler for the digest and synth: each entry is bundled once in this run.
    const bundler = new Bundler();
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
          bundler,
        );
    // Drift detection asked for: the stack is looked at, not just its digest.
    if (inputDigest !== undefined && context.options.detectDrift !== true) {
      const result = await upToDateByInputs(
        stackName,
        inputDigest,
        await pending,
        depsForCommand(context, clients),
        context.options.artifactBucket,
      );
      if (result) return printResult(context, result);
    }
    const { stack, cleanup } = await synthesizeLoaded(context, loaded, bundler);
    try {
      return await deployAndPrint(context, stack, clients, {
        prefetched,
        stackSettings: stackSettingsFor(loaded),
        ...(context.options.artifactBucket !== undefined && {
          artifactBucket: context.options.artifactBucket,
        }),
        ...(inputDigest !== undefined && { inputDigest }),
        ...(await guardOptions(context)),
      });
    } finally {
      await cleanup();
    }
  } catch (error) {
    const userError = asUserError(error);
    // The same object as on success, as far as it is known, with `error`.
    if (context.options.format === 'json') context.print(failureJson(stackName, userError));
    throw userError;
  } finally {
    clients.destroy();
  }
};

/** The commit deployed (recorded on the stack) and the rollback guard's inputs. */
async function guardOptions(context: CommandContext): Promise<DeployOptions> {
  const commit = await headCommit(context.cwd, context.env);
  return {
    allowReplacement: context.options.allowReplacement,
    allowRollback: context.options.allowRollback ?? false,
    isAncestor: ancestryFor(context.cwd, context.env),
    ...(context.options.detectDrift !== undefined && { detectDrift: context.options.detectDrift }),
    ...(context.options.allowDrift !== undefined && { allowDrift: context.options.allowDrift }),
    ...(commit !== undefined && { commit }),
  };
}

async function deployAndPrint(
  context: CommandContext,
  stack: SynthesizedStack,
  clients: AwsClients,
  options: DeployOptions,
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
  // Ctrl-C / SIGTERM: delete an unexecuted change set, leave an execution to CloudFormation.
  const removeHandler = installInterruptHandler(deps.logger, (code) => process.exit(code));
  try {
    const result = await runDeploy(stack, deps, options);
    return printResult(context, result);
  } finally {
    removeHandler();
  }
}

function printResult(
  context: CommandContext,
  result: DeployResult & { readonly hotswapped?: readonly string[] },
): number {
  if (context.options.format === 'json') {
    context.print(
      JSON.stringify({
        ...deployJson(result),
        ...(result.hotswapped !== undefined && { hotswapped: result.hotswapped }),
        ...(result.drift !== undefined && { drift: result.drift }),
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
