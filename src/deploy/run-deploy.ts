// deploy: plan, publish assets (in parallel with the change set's computation), guard
// against data loss, execute, follow the stack events, and return the seed's outputs.
import type { Stack, StackEvent } from '@aws-sdk/client-cloudformation';
import type { PublishOutcome } from '../assets/publish';
import { ServerlessActionError } from '../errors';
import {
  ChangeSetSupersededError,
  deployedTemplate,
  describeStack,
  executeChangeSet,
  recentEvents,
  waitForStack,
} from './cfn';
import { commitFromDescription, inputDigestFromDescription } from './digest';
import {
  DEFAULT_TIMEOUT_MS,
  type DeployDeps,
  type DeployOptions,
  type DeployableStack,
} from './context';
import { alarmNameOf, eventsAfter, formatEvent, rootCauseEvents, triggeringAlarm } from './events';
import { formatChanges } from './format';
import { pendingHotswap, reconcileAfterDeploy } from './hotswap-reconcile';
import { assertNoDataLoss } from './guard';
import { assertNoMoves, layoutOf } from './moves';
import { assertNoStatefulDrift } from './drift';
import { withKnownPlan } from './outcome';
import { assertNotRollingBack, type RollbackCheck } from './rollback';
import { markExecuting, untrackChangeSet } from './interrupt';
import {
  EMPTY_SEED_OUTPUTS,
  locationFromStackId,
  outputsFromParts,
  outputsFromStack,
} from './outputs';
import { deployedParts } from './nested-resources';
import { originsOf } from '../synth/origins';
import {
  createPlan,
  currentStack,
  driftIfAsked,
  withDrift,
  isNoop,
  loadDeployInputs,
  noopOutcome,
  type PlanOutcome,
} from './run-plan';
import { isSettled, isSuccess } from './stack-state';
import { ensureProtection, withRelaxedPolicy } from './protection';
import type { StackSettings } from './stack-defaults';
import { publish } from './upload';
import { keepDeployed } from './history';
import type { DeployResult, SeedOutputs } from './types';

export interface DeployOutcome extends DeployResult {
  /** True when the fast path answered: no change set was created. */
  readonly noop: boolean;
  readonly assets?: PublishOutcome;
  /** Functions updated directly (deploy --hotswap), by physical name; no change set. */
  readonly hotswapped?: readonly string[];
}

export class DeployFailedError extends ServerlessActionError {
  /** The rollback trigger's alarm ARN when an alarm rolled the deploy back. */
  readonly alarm: string | undefined;
  constructor(
    readonly stackName: string,
    readonly status: string,
    readonly rootCause: readonly StackEvent[],
    alarm?: string,
  ) {
    super(
      (alarm !== undefined
        ? `deploy of ${stackName} was rolled back by alarm ${alarmNameOf(alarm)} (${alarm}): final status ${status}`
        : `deploy of ${stackName} failed: final status ${status}`) +
        (rootCause.length > 0 && alarm === undefined
          ? `\nroot cause:\n${rootCause.map((e) => `  ${e.LogicalResourceId} (${e.ResourceType}) ${e.ResourceStatus}: ${e.ResourceStatusReason ?? 'no reason given'}`).join('\n')}`
          : ''),
      'DEPLOY_FAILED',
      status === 'UPDATE_ROLLBACK_FAILED'
        ? `the rollback itself failed: run "serverless-action rollback --continue" for ${stackName}; it lists the resources that failed and how to skip them`
        : alarm !== undefined
          ? `the new version set off ${alarmNameOf(alarm)} while CloudFormation watched it; the stack is back on its previous version. Look at that alarm's metric for the cause, fix it and deploy again`
          : 'fix the cause named above and deploy again; the stack was rolled back to its previous state',
    );
    this.alarm = alarm;
  }
}

/**
 * One deploy. When another deploy of the stack executes first and so supersedes this run's
 * change set, the run plans again from the stack as it now is (often a no-op by then).
 */
export async function runDeploy(
  stack: DeployableStack,
  deps: DeployDeps,
  options: DeployOptions = {},
): Promise<DeployOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      // A later attempt must read the stack afresh, not the answer prefetched before the first.
      return await deployOnce(stack, deps, attempt === 1 ? options : withoutPrefetched(options));
    } catch (error) {
      if (!(error instanceof ChangeSetSupersededError) || attempt >= 3) throw error;
      deps.logger.info(`${error.message}: planning again`);
    }
  }
}

function withoutPrefetched(options: DeployOptions): DeployOptions {
  const fresh = { ...options };
  delete (fresh as { prefetched?: unknown }).prefetched;
  return fresh;
}

async function deployOnce(
  stack: DeployableStack,
  deps: DeployDeps,
  options: DeployOptions,
): Promise<DeployOutcome> {
  const inputs = await loadDeployInputs(stack, options);
  const current = await currentStack(stack.stackName, deps, options);
  // A hotswap since CloudFormation's last deploy (hotswap-record.ts) means the functions may
  // run other code than the stack says: no no-op then, and reconciling after the deploy.
  const hotswapped = pendingHotswap(current, inputs.assets, deps);
  hotswapped.catch(() => undefined); // awaited below
  const drift = await driftIfAsked(stack, current, deps, options);
  if (isNoop(current, inputs.digest) && (await hotswapped) === undefined) {
    deps.logger.info(`${stack.stackName} is up to date (nothing changed since the last deploy)`);
    const outcome = withDrift(noopOutcome(stack.stackName, current), drift);
    return finish(stack, outcome, current!, deps, {
      noop: true,
      ...(options.stackSettings !== undefined && { settings: options.stackSettings }),
    });
  }
  await assertNotRollingBack(rollbackCheck(stack.stackName, current, options), deps.logger);
  try {
    assertNoStatefulDrift(drift, options.allowDrift ?? false);
  } catch (error) {
    throw withKnownPlan(error, {
      stackName: stack.stackName,
      hasChanges: false,
      changes: [],
      ...(drift !== undefined && { drift }),
    });
  }
  const reconcile = async (final: Stack): Promise<void> => {
    const pending = await hotswapped;
    if (pending !== undefined) await reconcileAfterDeploy(pending, stack, final, deps);
  };

  // Uploads start now and overlap the change set's computation; they must be done before
  // the change set executes (CloudFormation reads the code from S3 then, not before).
  const uploads = publish(inputs.code, deps);
  // Handled now, awaited later: a failed upload must not become an unhandled rejection
  // while the change set is still being computed.
  uploads.catch(() => undefined);
  let plan: PlanOutcome;
  try {
    plan = withDrift(
      await createPlan(stack, inputs, current, deps, { ...options, forDeploy: true }),
      drift,
    );
  } catch (error) {
    await uploads.catch(() => undefined); // let in-flight uploads settle before reporting
    throw error;
  }
  const published = await uploads;

  if (!plan.result.hasChanges) {
    // An empty change set changed nothing: the stack read before planning is still current.
    const settled =
      plan.current ??
      (await describeStack(deps.clients.cloudFormation, plan.stackId ?? stack.stackName));
    if (settled === undefined) {
      throw new ServerlessActionError(
        `stack ${stack.stackName} vanished while planning`,
        'DEPLOY_FAILED',
      );
    }
    await reconcile(settled);
    return finish(stack, plan, settled, deps, {
      noop: false,
      assets: published,
      ...(options.stackSettings !== undefined && { settings: options.stackSettings }),
    });
  }

  deps.logger.info(formatChanges(plan.result.changes));
  let final: Stack;
  try {
    assertNoMoves(plan.result.changes, layoutOf(stack));
    assertNoDataLoss(plan.result.changes, options.allowReplacement ?? false);
    final = await execute(stack.stackName, plan, deps, options);
  } catch (error) {
    throw withKnownPlan(error, plan.result); // the refused or failed change set, for the report
  }
  await reconcile(final);
  if (options.stackSettings !== undefined && options.stackSettings.kind !== 'ephemeral') {
    await keepDeployed(
      {
        stackName: stack.stackName,
        template: stack.template,
        tags: stack.tags,
        assets: inputs.assets,
        final,
        ...(options.commit !== undefined && { commit: options.commit }),
        ...(plan.result.changeSetId !== undefined && { changeSetId: plan.result.changeSetId }),
        ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
      },
      deps,
    );
  }
  return finish(stack, plan, final, deps, {
    noop: false,
    assets: published,
    ...(options.stackSettings !== undefined && { settings: options.stackSettings }),
  });
}

/** The rollback guard's question for this deploy: the deployed commit against ours. */
export function rollbackCheck(
  stackName: string,
  current: Stack | undefined,
  options: DeployOptions,
): RollbackCheck {
  return {
    stackName,
    deployed: commitFromDescription(current?.Description),
    requested: options.commit,
    allowRollback: options.allowRollback ?? false,
    ...(options.isAncestor !== undefined && { isAncestor: options.isAncestor }),
  };
}

export async function execute(
  stackName: string,
  plan: PlanOutcome,
  deps: DeployDeps,
  options: DeployOptions,
): Promise<Stack> {
  const cfn = deps.clients.cloudFormation;
  const stackId = plan.stackId ?? stackName;
  // The newest event before we start: everything after it belongs to this deploy. A stack
  // being created has only its REVIEW_IN_PROGRESS event, worth showing: no call needed.
  const before =
    plan.result.changeSetType === 'CREATE'
      ? undefined
      : (await recentEvents(cfn, stackId, undefined, 1))[0]?.EventId;
  markExecuting(plan.result.changeSetId);
  // allow-replacement: the stack policy steps aside for this execution only (protection.ts).
  const relax =
    options.allowReplacement === true &&
    options.stackSettings?.protectStateful === true &&
    plan.result.changeSetType === 'UPDATE' &&
    plan.result.changes.some((c) => c.risk === 'data-loss');
  return withRelaxedPolicy(cfn, stackId, relax, deps.logger, () =>
    executeAndWait(stackName, stackId, before, plan, deps, options),
  );
}

async function executeAndWait(
  stackName: string,
  stackId: string,
  before: string | undefined,
  plan: PlanOutcome,
  deps: DeployDeps,
  options: DeployOptions,
): Promise<Stack> {
  const cfn = deps.clients.cloudFormation;
  try {
    await executeChangeSet(cfn, stackName, plan.result.changeSetId ?? '');
  } catch (error) {
    // Not started (superseded by another deploy, refused): nothing of this run executes, so
    // an interrupt must not report it as running.
    untrackChangeSet(plan.result.changeSetId);
    throw error;
  }
  deps.logger.info(`executing change set for ${stackName}`);
  let lastSeen = before;
  const seen: StackEvent[] = [];
  const printNew = async (): Promise<void> => {
    const fresh = eventsAfter(await recentEvents(cfn, stackId, lastSeen), lastSeen);
    for (const event of fresh) deps.logger.info(formatEvent(event));
    seen.push(...fresh);
    if (fresh.length > 0) lastSeen = fresh[fresh.length - 1]!.EventId;
  };
  const final = await waitForStack(cfn, stackId, {
    clock: deps.clock,
    logger: deps.logger,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    what: `the deploy of ${stackName}`,
    printEvents: printNew,
  });
  untrackChangeSet(plan.result.changeSetId);
  const status = final?.StackStatus ?? 'DELETE_COMPLETE';
  if (final === undefined || !isSuccess(status)) {
    throw new DeployFailedError(stackName, status, rootCauseEvents(seen), triggeringAlarm(seen));
  }
  deps.logger.info(`${stackName}: ${status}`);
  return final;
}

async function finish(
  stack: DeployableStack,
  plan: PlanOutcome,
  final: Stack,
  deps: DeployDeps,
  extra: { noop: boolean; assets?: PublishOutcome; settings?: StackSettings },
): Promise<DeployOutcome> {
  const outputs = await resolveOutputs(stack, final, deps);
  if (extra.settings !== undefined) {
    await ensureProtection(
      deps.clients.cloudFormation,
      final,
      extra.settings,
      deps.logger,
      deps.clients.cloudFormationOnce,
    );
  }
  return {
    ...plan.result,
    outputs,
    status: final.StackStatus ?? 'UNKNOWN',
    noop: extra.noop,
    ...(extra.assets !== undefined && { assets: extra.assets }),
  };
}

/**
 * Stack Outputs when present; else rebuilt from the stack's resources (one more call, and
 * one per nested stack).
 */
export async function resolveOutputs(
  stack: Pick<DeployableStack, 'template' | 'origins' | 'nested'>,
  deployed: Stack,
  deps: DeployDeps,
): Promise<SeedOutputs> {
  const fromOutputs = outputsFromStack(deployed.Outputs);
  if (fromOutputs) return fromOutputs;
  const where = deployed.StackId ? locationFromStackId(deployed.StackId) : undefined;
  if (!where) return EMPTY_SEED_OUTPUTS;
  const parts = await deployedParts(deps.clients.cloudFormation, deployed.StackId!, stack);
  return outputsFromParts(parts, where);
}

/** The seed outputs of a deployed stack: its Outputs, else its deployed template + resources. */
export async function deployedOutputs(deployed: Stack, deps: DeployDeps): Promise<SeedOutputs> {
  const fromOutputs = outputsFromStack(deployed.Outputs);
  if (fromOutputs) return fromOutputs;
  const id = deployed.StackId ?? deployed.StackName ?? '';
  const template = await deployedTemplate(deps.clients.cloudFormation, id);
  if (!template) return EMPTY_SEED_OUTPUTS;
  return resolveOutputs({ template, origins: originsOf(template) }, deployed, deps);
}

/**
 * The inputs fast path (input-digest.ts): the deployed stack was deployed from exactly these
 * synthesis inputs, so synthesis can be skipped. Undefined: synthesize and deploy as usual.
 */
export async function upToDateByInputs(
  stackName: string,
  inputDigest: string | undefined,
  current: Stack | undefined,
  deps: DeployDeps,
  artifactBucket?: string,
): Promise<DeployOutcome | undefined> {
  if (inputDigest === undefined || current === undefined || !isSettled(current.StackStatus)) {
    return undefined;
  }
  if (inputDigestFromDescription(current.Description) !== inputDigest) return undefined;
  // Functions hotswapped since: the full path reconciles them.
  if ((await pendingHotswap(current, [], deps, artifactBucket)) !== undefined) return undefined;
  deps.logger.info(
    `${stackName} is up to date (config, code and tool unchanged since the last deploy)`,
  );
  return {
    stackName,
    hasChanges: false,
    changes: [],
    outputs: await deployedOutputs(current, deps),
    status: current.StackStatus ?? 'UNKNOWN',
    noop: true,
  };
}
