// What an interrupted deploy (Ctrl-C, SIGTERM, the runner cancelling the job) leaves
// behind, kept to what the next run can pick up: a change set this run created and has
// not executed is deleted (else the next deploy would take it for a deploy in flight and
// wait); an execution already started is left to CloudFormation, which finishes or rolls
// it back on its own, and the run says so. The next run waits for an IN_PROGRESS stack,
// replaces a REVIEW_IN_PROGRESS one, and names the command for UPDATE_ROLLBACK_FAILED.
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { Logger } from '../io';
import { deleteChangeSet } from './cfn';

export interface InFlight {
  readonly stackName: string;
  readonly changeSetId: string;
  /** The no-retry client deleteChangeSet uses. */
  readonly cfnOnce: CloudFormationClient;
  phase: 'created' | 'executing';
}

/** This process's deploys in progress by change set id (usually one in all). */
const inFlight = new Map<string, InFlight>();

/** From CreateChangeSet on, until executed (or deleted). */
export function trackChangeSet(entry: Omit<InFlight, 'phase'>): void {
  inFlight.set(entry.changeSetId, { ...entry, phase: 'created' });
}

/** Just before ExecuteChangeSet: from now on CloudFormation owns the outcome. */
export function markExecuting(changeSetId: string | undefined): void {
  const entry = changeSetId === undefined ? undefined : inFlight.get(changeSetId);
  if (entry) entry.phase = 'executing';
}

export function untrackChangeSet(changeSetId: string | undefined): void {
  if (changeSetId !== undefined) inFlight.delete(changeSetId);
}

/** What an interruption now would have to clean up (tests). */
export function trackedChangeSets(): readonly InFlight[] {
  return [...inFlight.values()];
}

/** Deletes unexecuted change sets and reports executions left running. Never throws. */
export async function cleanUpInterrupted(logger: Logger): Promise<void> {
  for (const entry of [...inFlight.values()]) {
    inFlight.delete(entry.changeSetId);
    if (entry.phase === 'executing') {
      logger.info(
        `interrupted while ${entry.stackName} was being updated: CloudFormation finishes (or rolls back) the update on its own; the next deploy waits for it and plans again`,
      );
      continue;
    }
    logger.info(`interrupted: deleting the unexecuted change set of ${entry.stackName}`);
    await deleteChangeSet(entry.cfnOnce, entry.stackName, entry.changeSetId, logger);
  }
}

/**
 * On SIGINT or SIGTERM: clean up as above, then exit with the signal's conventional code
 * (130, 143). Installed by the CLI for deploy; returns the function that removes it.
 */
export function installInterruptHandler(logger: Logger, exit: (code: number) => void): () => void {
  const handle = (signal: NodeJS.Signals): void => {
    logger.info(`received ${signal}: stopping`);
    void cleanUpInterrupted(logger).finally(() => exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', handle);
  process.once('SIGTERM', handle);
  return () => {
    process.off('SIGINT', handle);
    process.off('SIGTERM', handle);
  };
}
