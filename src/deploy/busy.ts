// One deploy per stack at a time. A deploy names its change set `serverless-action-deploy-
// <ms>-<random>`; while such a set is young and not executed, another deploy is between
// CreateChangeSet and ExecuteChangeSet, and a second deploy must wait for it rather than
// delete its set (or its REVIEW_IN_PROGRESS stack) from under it. An older unexecuted set
// is a leftover of a run that was killed, and is cleaned up as before.
import { randomBytes } from 'node:crypto';
import { ListChangeSetsCommand, type ChangeSetSummary } from '@aws-sdk/client-cloudformation';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { allItems, nextToken } from '../aws/pages';
import { ServerlessActionError } from '../errors';
import type { Clock, Logger } from '../io';
import { CHANGE_SET_PREFIX } from './cfn';

const DEPLOY_MARK = `${CHANGE_SET_PREFIX}deploy-`;

/**
 * A deploy takes seconds from its change set being ready to executing it; a set younger
 * than this is taken for a deploy in flight, an older one for a leftover.
 */
export const IN_FLIGHT_WINDOW_MS = 5 * 60 * 1000;

/** The change set name of a plan (`deploy: false`) or of a deploy that will execute it. */
export function changeSetName(now: Date, deploy: boolean): string {
  return deploy
    ? `${DEPLOY_MARK}${now.getTime()}-${randomBytes(3).toString('hex')}`
    : `${CHANGE_SET_PREFIX}${now.getTime()}`;
}

/** When a deploy's change set was named (ms since the epoch); undefined for any other set. */
export function deployStartedAt(name: string | undefined): number | undefined {
  const match = name?.startsWith(DEPLOY_MARK)
    ? /^(\d+)-/.exec(name.slice(DEPLOY_MARK.length))
    : null;
  return match ? Number(match[1]) : undefined;
}

/** Another deploy's change set, still being created or waiting to be executed. Pure. */
export function isInFlight(summary: ChangeSetSummary, nowMs: number): boolean {
  const started = deployStartedAt(summary.ChangeSetName);
  if (started === undefined || nowMs - started > IN_FLIGHT_WINDOW_MS) return false;
  // Executing sets show in the stack's status; a FAILED set (no changes) is about to go.
  if (summary.Status === 'FAILED' || summary.Status === 'DELETE_COMPLETE') return false;
  return summary.ExecutionStatus === 'AVAILABLE' || summary.ExecutionStatus === 'UNAVAILABLE';
}

export async function inFlightDeploys(
  cfn: CloudFormationClient,
  stackName: string,
  nowMs: number,
): Promise<ChangeSetSummary[]> {
  const summaries = await allItems(
    (token) => cfn.send(new ListChangeSetsCommand({ StackName: stackName, ...nextToken(token) })),
    (page) => page.Summaries,
  );
  return summaries.filter((s) => isInFlight(s, nowMs));
}

/**
 * Waits, with a line of progress now and then, until no other deploy of the stack is
 * between creating and executing its change set. True when it waited at all (the caller
 * then reads the stack again and plans afresh).
 */
export async function waitForOtherDeploys(
  cfn: CloudFormationClient,
  stackName: string,
  deps: { readonly clock: Clock; readonly logger: Logger },
  timeoutMs: number,
): Promise<boolean> {
  const started = deps.clock.now().getTime();
  let waited = false;
  for (let poll = 0; ; poll++) {
    const now = deps.clock.now().getTime();
    const others = await inFlightDeploys(cfn, stackName, now);
    if (others.length === 0) return waited;
    if (now - started > timeoutMs) {
      throw new ServerlessActionError(
        `another deploy of ${stackName} (change set ${others[0]?.ChangeSetName}) did not finish within ${Math.round(timeoutMs / 1000)} s`,
        'STACK_BUSY',
        'wait for the other run to finish (or cancel it), then deploy again; the workflow sets a concurrency group per stack so runs queue instead',
      );
    }
    if (poll % 5 === 0) {
      deps.logger.info(
        `another deploy of ${stackName} is in progress (change set ${others[0]?.ChangeSetName}): waiting for it to finish (${Math.round((now - started) / 1000)} s so far)`,
      );
    }
    waited = true;
    await deps.clock.sleep(2_000);
  }
}
