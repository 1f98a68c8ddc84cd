// Preview stacks (`pr-*` stages) and the sweep that removes the ones nobody needs: their
// pull request is closed, or they outlived a TTL. Which stacks count as previews is
// decided by their tags, never by their names alone, so a sweep cannot touch a stack this
// tool did not create as ephemeral — whatever it is called.
import {
  paginateDescribeStacks,
  type CloudFormationClient,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { errorMessage } from '../errors';
import type { Logger } from '../io';
import { EPHEMERAL_TAG, MANAGED_BY_TAG } from './run-destroy';

// The tags synth puts on every stack (synth/tags.ts); destroy checks the same two.
const PROJECT_TAG = 'project';
const ENVIRONMENT_TAG = 'environment';

export interface PreviewStack {
  readonly stackName: string;
  readonly stackId: string;
  readonly status: string;
  readonly project: string;
  /** The stage, e.g. `pr-12`: the `environment` tag, else the name after `<project>-`. */
  readonly environment: string;
  /** Last deployment: LastUpdatedTime, else CreationTime. */
  readonly lastDeployedAt: Date;
}

export interface SweepCriteria {
  /** Only stacks of this project (the `project` tag); undefined sweeps every project. */
  readonly project?: string;
  /**
   * Stages to keep (those of open pull requests). Undefined means "unknown": only the TTL
   * applies. An empty set means no pull request is open: every preview goes.
   */
  readonly keep?: ReadonlySet<string>;
  /** Delete previews not deployed for this many hours, kept or not; undefined: no TTL. */
  readonly ttlHours?: number;
  readonly now: Date;
}

export type SweepAction = 'delete' | 'keep' | 'skip';

export interface SweepDecision {
  readonly stack: PreviewStack;
  readonly action: SweepAction;
  /** Why, in words a person reads in the job summary. */
  readonly reason: string;
}

const HOUR_MS = 3_600_000;

/** A stack this tool created for an ephemeral stage: both tags present, whatever its name. */
export function toPreviewStack(stack: Stack): PreviewStack | undefined {
  const tags = new Map((stack.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
  if (tags.get(MANAGED_BY_TAG.key) !== MANAGED_BY_TAG.value) return undefined;
  if (tags.get(EPHEMERAL_TAG) !== 'true') return undefined;
  const stackName = stack.StackName ?? '';
  const project = tags.get(PROJECT_TAG) ?? '';
  const fromName =
    project !== '' && stackName.startsWith(`${project}-`)
      ? stackName.slice(project.length + 1)
      : stackName;
  const deployedAt = stack.LastUpdatedTime ?? stack.CreationTime;
  return {
    stackName,
    stackId: stack.StackId ?? stackName,
    status: stack.StackStatus ?? 'UNKNOWN',
    project,
    environment: tags.get(ENVIRONMENT_TAG) ?? fromName,
    // A stack without any timestamp is treated as brand new: never deleted for its age.
    lastDeployedAt: deployedAt ?? new Date(8.64e15),
  };
}

/**
 * What to do with each preview. Pure: the same stacks and criteria give the same answer.
 * Order of the checks matters: a busy stack is never touched, even when expired, because
 * deleting a stack mid-update fails and leaves it worse off.
 */
export function decideSweep(
  stacks: readonly PreviewStack[],
  criteria: SweepCriteria,
): SweepDecision[] {
  return stacks
    .filter((stack) => criteria.project === undefined || stack.project === criteria.project)
    .map((stack) => ({ stack, ...decideOne(stack, criteria) }));
}

function decideOne(
  stack: PreviewStack,
  { keep, ttlHours, now }: SweepCriteria,
): { action: SweepAction; reason: string } {
  if (stack.status === 'DELETE_IN_PROGRESS') {
    return { action: 'skip', reason: 'already being deleted' };
  }
  if (stack.status.endsWith('_IN_PROGRESS')) {
    return { action: 'skip', reason: `busy (${stack.status}); the next sweep will see it` };
  }
  const ageHours = (now.getTime() - stack.lastDeployedAt.getTime()) / HOUR_MS;
  if (ttlHours !== undefined && ageHours >= ttlHours) {
    return {
      action: 'delete',
      reason: `not deployed for ${Math.floor(ageHours)} h (TTL ${ttlHours} h)`,
    };
  }
  if (keep !== undefined && !keep.has(stack.environment)) {
    return { action: 'delete', reason: 'its pull request is not open' };
  }
  return {
    action: 'keep',
    reason: keep === undefined ? 'younger than the TTL' : 'its pull request is open',
  };
}

/** Every stack in the region that is a preview (by tags); deleted stacks are not listed. */
export async function listPreviewStacks(cfn: CloudFormationClient): Promise<PreviewStack[]> {
  const previews: PreviewStack[] = [];
  // DescribeStacks (not ListStacks) because only it returns tags; it omits deleted stacks.
  for await (const page of paginateDescribeStacks({ client: cfn }, {})) {
    for (const stack of page.Stacks ?? []) {
      const preview = toPreviewStack(stack);
      if (preview) previews.push(preview);
    }
  }
  return previews;
}

/** Deletes one stack and waits until it is gone (the engine's destroy); rejects with what to do. */
export type StackDestroyer = (stack: PreviewStack) => Promise<void>;

export interface SweepOutcome extends SweepDecision {
  /** Set for `delete` decisions: deleted, or the error that stopped it; absent on a dry run. */
  readonly result?:
    { readonly deleted: true } | { readonly deleted: false; readonly error: string };
}

export interface SweepDependencies {
  readonly cfn: CloudFormationClient;
  readonly logger: Logger;
  readonly destroy: StackDestroyer;
}

/** Lists previews, decides, and (unless dryRun) deletes those due. */
export async function sweepPreviews(
  { cfn, logger, destroy }: SweepDependencies,
  criteria: SweepCriteria,
  dryRun: boolean,
): Promise<SweepOutcome[]> {
  const decisions = decideSweep(await listPreviewStacks(cfn), criteria);
  return dryRun ? decisions : executeSweep(decisions, destroy, logger);
}

/**
 * Deletes every stack decided `delete`, all at once: one failure does not stop the
 * others, and shows in its outcome for the report.
 */
export function executeSweep(
  decisions: readonly SweepDecision[],
  destroy: StackDestroyer,
  logger: Logger,
): Promise<SweepOutcome[]> {
  return Promise.all(
    decisions.map(async (decision): Promise<SweepOutcome> => {
      if (decision.action !== 'delete') return decision;
      logger.info(`deleting ${decision.stack.stackName}: ${decision.reason}`);
      try {
        await destroy(decision.stack);
        return { ...decision, result: { deleted: true } };
      } catch (error) {
        logger.error(errorMessage(error));
        return { ...decision, result: { deleted: false, error: errorMessage(error) } };
      }
    }),
  );
}
