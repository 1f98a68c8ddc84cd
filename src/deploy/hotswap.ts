// `deploy --hotswap`: when the only difference from the deployed stack is function code,
// upload it and point the functions at it (UpdateFunctionCode, then Lambda's own waiter,
// then PublishVersion and UpdateAlias `live`, which every invoke goes through), seconds
// instead of a change set. A function CodeDeploy shifts traffic for is never hotswapped. Anything else falls back to the change set, with the
// reason. Non-ephemeral stages are refused unless forced: their CloudFormation template
// would then describe code the functions do not run, until the next full deploy. A stack
// with nested stacks always falls back.
import type { Stack } from '@aws-sdk/client-cloudformation';
import { resolvePlaceholders } from '../assets/manifest';
import { digestFromDescription } from './digest';
import { deployedTemplate, listStackResources } from './cfn';
import { callerEnvironment, type DeployOptions, type DeployableStack } from './context';
import { planHotswap, type CodeUpdate } from './hotswap-plan';
import { revertUpdates, updateFunctionCode, type HotswapDeps } from './hotswap-reconcile';
import {
  deleteRecord,
  pendingRecord,
  readRecord,
  recordLocation,
  writeRecord,
  type RecordLocation,
} from './hotswap-record';
import { hasNestedStacks } from './nested';
import { locationFromStackId, outputsFromResources, outputsFromStack } from './outputs';
import { isNoop, loadDeployInputs, currentStack } from './run-plan';
import { resolveOutputs, type DeployOutcome } from './run-deploy';
import { publish } from './upload';
import { isSettled } from './stack-state';
import type { ResourceChange } from './types';
import { EPHEMERAL_TAG } from './run-destroy';

export type { HotswapDeps } from './hotswap-reconcile';

export interface HotswapOptions extends DeployOptions {
  /** Hotswap a stage that is not ephemeral too (its CloudFormation then differs). */
  readonly force?: boolean;
  /** `--artifact-bucket`, where the record lives when the stack has no code assets. */
  readonly artifactBucket?: string;
  /** Bound on Lambda's update per function, in seconds. Default 300. */
  readonly maxWaitSeconds?: number;
}

export type HotswapOutcome =
  | { readonly kind: 'hotswapped'; readonly outcome: DeployOutcome }
  | { readonly kind: 'fallback'; readonly reason: string };

export async function runHotswap(
  stack: DeployableStack,
  deps: HotswapDeps,
  options: HotswapOptions = {},
): Promise<HotswapOutcome> {
  const fallback = (reason: string): HotswapOutcome => ({ kind: 'fallback', reason });
  // A function in a nested stack changes that stack's template, so the parent's template
  // changes too (the nested template's URL): a swap would leave both stale, and reconciling
  // them is a change set's job.
  if (hasNestedStacks(stack.template)) {
    return fallback(
      `${stack.stackName} keeps its functions in nested stacks (more than 500 resources), which hotswap does not reach into`,
    );
  }
  const ephemeral = stack.tags[EPHEMERAL_TAG] === 'true';
  if (!ephemeral && !options.force) {
    return fallback(
      `${stack.stackName} is not an ephemeral stage: hotswapping it would leave CloudFormation describing code its functions do not run (add --force to hotswap anyway)`,
    );
  }
  const inputs = await loadDeployInputs(stack, options);
  const current = await currentStack(stack.stackName, deps, options);
  if (current === undefined) return fallback('the stack does not exist yet');
  if (!isSettled(current.StackStatus)) return fallback(`the stack is ${current.StackStatus}`);
  const location = recordLocation(current, inputs.assets, options.artifactBucket);
  const stackId = current.StackId!;
  const cfn = deps.clients.cloudFormation;
  // The code's upload and every read go at once: hotswap is about seconds.
  const uploads = publish(inputs.code, deps);
  uploads.catch(() => undefined); // awaited below, or left to the change set's own publish
  const [record, deployed, resources] = await Promise.all([
    location ? readRecord(deps.clients.s3, location) : undefined,
    deployedTemplate(cfn, stackId),
    listStackResources(cfn, stackId),
  ]);
  const pending = pendingRecord(record, current);
  if (isNoop(current, inputs.digest) && pending === undefined) {
    return fallback('nothing changed since the last deploy');
  }
  if (!sameTags(current, stack.tags)) return fallback("the stack's tags change");
  if (deployed === undefined) return fallback('the deployed template cannot be read');
  const plan = planHotswap(deployed, stack.template);
  // Functions swapped before and back to CloudFormation's code now: point them at it again.
  const revert = revertUpdates(pending, stack, plan.kind === 'hotswap' ? plan.updates : []);
  const revertOnly = plan.kind === 'fallback' && plan.unchanged === true && revert.length > 0;
  if (plan.kind === 'fallback' && !revertOnly) return fallback(plan.reason);
  const updates = plan.kind === 'hotswap' ? plan.updates : [];

  await uploads;
  const where = locationFromStackId(stackId);
  const env = where ?? (await callerEnvironment(deps));
  const physical = new Map(resources.map((r) => [r.LogicalResourceId, r.PhysicalResourceId]));
  const swap = async (update: CodeUpdate): Promise<[string, string]> => {
    const name = physical.get(update.logicalId);
    if (name === undefined) throw new Error(`${update.logicalId} is not in the deployed stack`);
    await updateFunctionCode(deps, name, resolvePlaceholders(update.bucket, env), update.key, {
      maxWaitSeconds: options.maxWaitSeconds,
      alias: update.alias,
    });
    return [update.logicalId, name];
  };
  const names = new Map(await Promise.all([...updates, ...revert].map(swap)));

  if (location !== undefined) {
    await saveRecord(deps, location, current, inputs.digest, updates, names);
  }
  deps.logger.info(
    `${stack.stackName}: hotswapped ${[...names.values()].join(', ')} (no change set)`,
  );
  if (!ephemeral) {
    deps.logger.warn(
      `${stack.stackName} is not ephemeral: CloudFormation's template now names other code than its functions run; the next full deploy (without --hotswap) reconciles them`,
    );
  }
  // moto (and a change set on AWS) may leave Outputs empty: the resources read above serve.
  const outputs =
    outputsFromStack(current.Outputs) ??
    (where ? outputsFromResources(stack.template, stack.origins, resources, where) : undefined) ??
    (await resolveOutputs(stack, current, deps));
  return {
    kind: 'hotswapped',
    outcome: {
      stackName: stack.stackName,
      hasChanges: true,
      changes: updates.map((u) => codeChange(u, stack, names.get(u.logicalId))),
      outputs,
      status: current.StackStatus ?? 'UNKNOWN',
      noop: false,
      hotswapped: [...names.values()],
    },
  };
}

async function saveRecord(
  deps: HotswapDeps,
  location: RecordLocation,
  current: Stack,
  digest: string,
  updates: readonly CodeUpdate[],
  names: ReadonlyMap<string, string>,
): Promise<void> {
  if (updates.length === 0) {
    await deleteRecord(deps.clients.s3, location);
    return;
  }
  await writeRecord(deps.clients.s3, location, {
    stackDigest: digestFromDescription(current.Description) ?? null,
    digest,
    at: deps.clock.now().toISOString(),
    functions: Object.fromEntries(
      updates.map((u) => [
        u.logicalId,
        { functionName: names.get(u.logicalId) ?? '', key: u.key, previousKey: u.previousKey },
      ]),
    ),
  });
}

function sameTags(current: Stack, tags: Readonly<Record<string, string>>): boolean {
  const deployed = Object.fromEntries(
    (current.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']),
  );
  const keys = new Set([...Object.keys(deployed), ...Object.keys(tags)]);
  return [...keys].every((key) => deployed[key] === tags[key]);
}

function codeChange(
  update: CodeUpdate,
  stack: DeployableStack,
  physicalId: string | undefined,
): ResourceChange {
  const origin = stack.origins[update.logicalId];
  return {
    logicalId: update.logicalId,
    type: 'AWS::Lambda::Function',
    action: 'Modify',
    replacement: 'False',
    risk: 'code-only',
    ...(physicalId !== undefined && { physicalId }),
    ...(origin !== undefined && { resource: origin.key }),
  };
}
