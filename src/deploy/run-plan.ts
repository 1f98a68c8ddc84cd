// plan: decide CREATE or UPDATE from the stack's state, clean leftovers, create the change
// set, read and classify every change. The no-op fast path answers from one DescribeStacks.
import type { Stack } from '@aws-sdk/client-cloudformation';
import { readAssetManifest, type FileAsset } from '../assets/manifest';
import { ServerlessActionError } from '../errors';
import {
  createChangeSet,
  deleteChangeSet,
  deleteStack,
  deleteStaleChangeSets,
  deployedTemplate,
  describeStack,
  listStackResources,
  waitForChangeSet,
  waitForStack,
} from './cfn';
import {
  DEFAULT_TIMEOUT_MS,
  DEFAULT_WAIT_FOR_OTHER_RUN_MS,
  type DeployDeps,
  type DeployableStack,
  type PlanOptions,
} from './context';
import { changeSetName as changeSetNameFor, isInFlight, waitForOtherDeploys } from './busy';
import { deployDigest, digestFromDescription, withDigest } from './digest';
import { trackChangeSet, untrackChangeSet } from './interrupt';
import { originsOf } from '../synth/origins';
import { locationFromStackId } from './outputs';
import { MAX_ROLLBACK_TRIGGERS, stackOptions, type ChangeSetStackOptions } from './stack-options';
import { decideStackAction, isSettled } from './stack-state';
import { templateSource } from './template-source';
import { detectDrift, formatDriftText, type DriftReport } from './drift';
import { hasNestedStacks, splitAssets, type NestedTemplateAsset } from './nested';
import { deployedNestedTemplates, describeNestedChangeSets } from './nested-change-sets';
import { flattenChangeSets, planChanges, stackLevels } from './plan-changes';
import { publish } from './upload';
import type { PlanResult } from './types';

/** Everything a deploy sends, computed once locally (no AWS calls). */
export interface DeployInputs {
  /** Every file asset of the assembly (the stack's own template's included). */
  readonly assets: readonly FileAsset[];
  /** The code assets: uploaded while the change set is computed. */
  readonly code: readonly FileAsset[];
  /** The nested stacks' templates: uploaded before the change set is created. */
  readonly nested: readonly NestedTemplateAsset[];
  readonly digest: string;
  /** The template JSON to send, its Description carrying the digest. */
  readonly body: string;
  readonly parameters: Readonly<Record<string, string>>;
}

export async function loadDeployInputs(
  stack: DeployableStack,
  options: PlanOptions = {},
): Promise<DeployInputs> {
  const assets = await readAssetManifest(stack.assetManifestFile, stack.templateFile);
  const { code, templates } = splitAssets(assets, stack.nested ?? []);
  const parameters = options.parameters ?? {};
  const digest = deployDigest({
    template: stack.template,
    nested: templates,
    parameters,
    tags: stack.tags,
    assetHashes: code.map((a) => a.id),
    ...(options.stackSettings !== undefined && {
      stackOptions: {
        notificationArns: options.stackSettings.notificationArns,
        roleArn: options.stackSettings.roleArn,
        monitoring: options.stackSettings.rollbackMonitoringMinutes,
      },
    }),
  });
  return {
    assets,
    code,
    nested: templates,
    digest,
    parameters,
    body: JSON.stringify(withDigest(stack.template, digest, options.inputDigest, options.commit)),
  };
}

/** The deployed stack is exactly this one: same template, parameters, tags and assets. */
export function isNoop(current: Stack | undefined, digest: string): boolean {
  return (
    current !== undefined &&
    isSettled(current.StackStatus) &&
    digestFromDescription(current.Description) === digest
  );
}

export interface PlanOutcome {
  readonly result: PlanResult;
  /** The stack after planning (undefined when none exists and nothing was created). */
  readonly current: Stack | undefined;
  readonly stackId?: string;
  /** True when no change set was created at all (the fast path). */
  readonly noop: boolean;
  /** What was (or would have been) sent: written to a plan directory by savePlan. */
  readonly inputs?: DeployInputs;
}

/** The whole plan for the `plan` command: fast path, else a described change set. */
export async function runPlan(
  stack: DeployableStack,
  deps: DeployDeps,
  options: PlanOptions = {},
): Promise<PlanOutcome> {
  const inputs = await loadDeployInputs(stack, options);
  const current = await currentStack(stack.stackName, deps, options);
  const drift = await driftIfAsked(stack, current, deps, options);
  const outcome = isNoop(current, inputs.digest)
    ? noopOutcome(stack.stackName, current)
    : await createPlan(stack, inputs, current, deps, options);
  return { ...withDrift(outcome, drift), inputs };
}

/**
 * Drift detection on the deployed stack when asked (`--detect-drift`); undefined when not
 * asked or when there is no settled stack to compare (a first deploy has no drift).
 */
export async function driftIfAsked(
  stack: Pick<DeployableStack, 'stackName' | 'origins'>,
  current: Stack | undefined,
  deps: DeployDeps,
  options: PlanOptions,
): Promise<DriftReport | undefined> {
  if (options.detectDrift !== true || current === undefined || !isSettled(current.StackStatus)) {
    return undefined;
  }
  const drift = await detectDrift(deps.clients.cloudFormation, current.StackId ?? stack.stackName, {
    clock: deps.clock,
    logger: deps.logger,
    origins: stack.origins,
    cfnOnce: deps.clients.cloudFormationOnce,
  });
  deps.logger.info(formatDriftText({ ...drift, stackName: stack.stackName }));
  return { ...drift, stackName: stack.stackName };
}

export function withDrift(outcome: PlanOutcome, drift: DriftReport | undefined): PlanOutcome {
  return drift === undefined ? outcome : { ...outcome, result: { ...outcome.result, drift } };
}

/** The stack as it is now: the prefetched answer when it is for this name, else one call. */
export function currentStack(
  stackName: string,
  deps: DeployDeps,
  options: PlanOptions,
): Promise<Stack | undefined> {
  return options.prefetched?.stackName === stackName
    ? options.prefetched.stack
    : describeStack(deps.clients.cloudFormation, stackName);
}

export function noopOutcome(stackName: string, current: Stack | undefined): PlanOutcome {
  return {
    result: { stackName, hasChanges: false, changes: [] },
    current,
    ...(current?.StackId !== undefined && { stackId: current.StackId }),
    noop: true,
  };
}

/** Brings the stack to a state that accepts a change set, then creates and reads it. */
export async function createPlan(
  stack: DeployableStack,
  inputs: DeployInputs,
  initial: Stack | undefined,
  deps: DeployDeps,
  options: PlanOptions,
): Promise<PlanOutcome> {
  const { cloudFormation: cfn, cloudFormationOnce } = deps.clients;
  const { logger, clock } = deps;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const current = await readyForChangeSet(stack.stackName, initial, deps, options);
  const type =
    current === undefined || current.StackStatus === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
  if (current !== undefined) {
    const now = clock.now().getTime();
    await deleteStaleChangeSets(cfn, cloudFormationOnce, stack.stackName, logger, (s) =>
      isInFlight(s, now),
    );
  }

  // Needed only to tell a code-only Lambda change apart where CloudFormation gives no Details.
  const previousTemplate =
    type === 'UPDATE' ? deployedTemplate(cfn, stack.stackName).catch(() => undefined) : undefined;
  // CloudFormation reads the nested stacks' templates when it creates the change set.
  const [template] = await Promise.all([
    templateSource(inputs.body, inputs.assets, deps),
    publish(
      inputs.nested.map((n) => n.asset),
      deps,
    ),
  ]);
  const changeSetName = changeSetNameFor(clock.now(), options.forDeploy === true);
  const extra = await changeSetStackOptions(
    stack,
    type === 'UPDATE' ? current : undefined,
    deps,
    options,
  );
  logger.info(`creating ${type} change set ${changeSetName} for ${stack.stackName}`);
  const created = await createChangeSet(cfn, {
    stackName: stack.stackName,
    changeSetName,
    type,
    template,
    parameters: inputs.parameters,
    tags: stack.tags,
    ...(extra !== undefined && { stackOptions: extra }),
    includeNestedStacks: hasNestedStacks(stack.template),
  });
  if (options.forDeploy === true) {
    trackChangeSet({
      stackName: stack.stackName,
      changeSetId: created.changeSetId,
      cfnOnce: cloudFormationOnce,
    });
  }
  const outcome = await waitForChangeSet(cfn, stack.stackName, created.changeSetId, {
    clock,
    logger,
    timeoutMs,
    what: `the change set of ${stack.stackName}`,
  });

  if (outcome.kind === 'empty') {
    logger.info(`no changes for ${stack.stackName}`);
    await deleteChangeSet(cloudFormationOnce, stack.stackName, created.changeSetId, logger);
    untrackChangeSet(created.changeSetId);
    return {
      result: { stackName: stack.stackName, hasChanges: false, changes: [] },
      current,
      stackId: created.stackId,
      noop: false,
    };
  }

  const waitOptions = { clock, logger, timeoutMs, what: `the change sets of ${stack.stackName}` };
  const tree = await describeNestedChangeSets(cfn, stack.stackName, outcome.changes, waitOptions);
  const [before, deployedNested] = await Promise.all([
    previousTemplate,
    type === 'UPDATE'
      ? deployedNestedTemplates(cfn, tree, new Set((stack.nested ?? []).map((n) => n.logicalId)))
      : new Map<string, never>(),
  ]);
  const levels = stackLevels(
    {
      next: stack.template,
      ...(before !== undefined && { deployed: before }),
      // A removed resource is only in the deployed template: its origin is read from there.
      origins: { ...(before ? originsOf(before) : {}), ...stack.origins },
    },
    tree,
    stack.nested ?? [],
    deployedNested,
  );
  const changes = planChanges(flattenChangeSets(tree), levels);
  return {
    result: {
      stackName: stack.stackName,
      hasChanges: true,
      changeSetId: created.changeSetId,
      changeSetType: type,
      changes,
    },
    current,
    stackId: created.stackId,
    noop: false,
  };
}

/**
 * Rollback triggers (the deployed stack's alarms, on an update), notification topics and the
 * service role of the stage; undefined when the caller passed no stack settings.
 */
async function changeSetStackOptions(
  stack: DeployableStack,
  deployedStack: Stack | undefined,
  deps: DeployDeps,
  options: PlanOptions,
): Promise<ChangeSetStackOptions | undefined> {
  const settings = options.stackSettings;
  if (settings === undefined) return undefined;
  const where =
    deployedStack?.StackId !== undefined ? locationFromStackId(deployedStack.StackId) : undefined;
  const deployed =
    where !== undefined && settings.kind !== 'ephemeral'
      ? {
          resources: await listStackResources(deps.clients.cloudFormation, deployedStack!.StackId!),
          where,
        }
      : undefined;
  const planned = stackOptions(settings, deployed, stack.template);
  // A plan (not a deploy) of an existing stack leaves RoleARN out: CloudFormation keeps the
  // role the stack already has, and a read-only plan role (which may not iam:PassRole)
  // can still plan. The deploy that executes sends it.
  if (options.forDeploy !== true && deployedStack !== undefined) {
    const rest = { ...planned.parameters };
    delete rest.RoleARN;
    return rest;
  }
  if (settings.kind !== 'ephemeral') {
    deps.logger.info(
      planned.triggers.length > 0
        ? `rollback triggers: ${planned.triggers.map((t) => t.logicalId).join(', ')}; monitoring ${settings.rollbackMonitoringMinutes} min` +
            (planned.leftOut.length > 0
              ? ` (left out, CloudFormation takes at most ${MAX_ROLLBACK_TRIGGERS}: ${planned.leftOut.join(', ')})`
              : '')
        : `no rollback triggers${deployed === undefined ? ' (first create: no alarm exists yet)' : ' (no deployed API or function alarm)'}`,
    );
  }
  return planned.parameters;
}

/**
 * Waits out another run's operation (bounded), deletes a failed first create, and refuses
 * states that need a person. Returns the stack as it now is (undefined: none).
 */
async function readyForChangeSet(
  stackName: string,
  initial: Stack | undefined,
  deps: DeployDeps,
  options: PlanOptions,
): Promise<Stack | undefined> {
  const cfn = deps.clients.cloudFormation;
  /** Deletes a stack that cannot take a change set; undefined once it is gone. */
  const deleteAndWait = async (stack: Stack | undefined): Promise<Stack | undefined> => {
    await deleteStack(cfn, stack?.StackId ?? stackName);
    const after = await waitForStack(cfn, stack?.StackId ?? stackName, {
      clock: deps.clock,
      logger: deps.logger,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      what: `the deletion of ${stackName}`,
    });
    return after?.StackStatus === 'DELETE_COMPLETE' ? undefined : after;
  };
  let current = initial;
  for (let round = 0; round < 6; round++) {
    const decision = decideStackAction(stackName, current?.StackStatus);
    switch (decision.kind) {
      case 'create':
        return undefined;
      case 'update':
        return current;
      case 'create-over-review':
        // The plan of another deploy still on its way to execution: wait for it (deleting
        // the stack would pull it from under that run), then decide afresh. An update
        // racing another is caught later: its superseded change set makes it plan again.
        if (
          await waitForOtherDeploys(
            cfn,
            stackName,
            deps,
            options.waitForOtherRunMs ?? DEFAULT_WAIT_FOR_OTHER_RUN_MS,
          )
        ) {
          current = await describeStack(cfn, current?.StackId ?? stackName);
          break;
        }
        deps.logger.info(`removing the unexecuted plan left on ${stackName} (REVIEW_IN_PROGRESS)`);
        current = await deleteAndWait(current);
        break;
      case 'blocked':
        throw new ServerlessActionError(decision.message, 'STACK_BLOCKED', decision.hint);
      case 'wait':
        deps.logger.info(
          `stack ${stackName} is ${current?.StackStatus} (another run?): waiting for it to finish`,
        );
        current = await waitForStack(cfn, current?.StackId ?? stackName, {
          clock: deps.clock,
          logger: deps.logger,
          timeoutMs: options.waitForOtherRunMs ?? DEFAULT_WAIT_FOR_OTHER_RUN_MS,
          what: `the operation already running on ${stackName}`,
        });
        break;
      case 'recreate':
        deps.logger.info(
          `stack ${stackName} is ${current?.StackStatus} after a failed first create: deleting it to create it again`,
        );
        current = await deleteAndWait(current);
        break;
    }
  }
  throw new ServerlessActionError(
    `stack ${stackName} did not reach a state that accepts changes (now ${current?.StackStatus})`,
    'STACK_BLOCKED',
    'see the stack events in the CloudFormation console',
  );
}
