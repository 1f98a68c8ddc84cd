// The data-loss guard: a change set that would delete a table, bucket, queue, stream or
// log group with its data, or replace one (the stack then uses a new, empty resource,
// whatever happens to the old one), is not executed unless the user said so explicitly.
import { ServerlessActionError } from '../errors';
import { qualifiedId } from './nested';
import type { ResourceChange } from './types';

export class DataLossError extends ServerlessActionError {
  constructor(readonly changes: readonly ResourceChange[]) {
    super(
      `refusing to execute: the change set would leave ${changes.length} stateful resource(s) without their data:\n` +
        changes
          .map(
            (c) =>
              `  - ${c.resource ?? qualifiedId(c)} (${c.type}, ${qualifiedId(c)}): ${c.reason ?? c.action}`,
          )
          .join('\n'),
      'DATA_LOSS_GUARD',
      'keep the resource (undo the change), or re-run with --allow-replacement (input allow-replacement: true) if that is intended; to keep an old resource and its data on replacement, set its UpdateReplacePolicy (DeletionPolicy for removal) to Retain or Snapshot first',
    );
  }
}

export function dataLossChanges(changes: readonly ResourceChange[]): ResourceChange[] {
  return changes.filter((c) => c.risk === 'data-loss');
}

export function assertNoDataLoss(
  changes: readonly ResourceChange[],
  allowReplacement: boolean,
): void {
  if (allowReplacement) return;
  const risky = dataLossChanges(changes);
  if (risky.length > 0) throw new DataLossError(risky);
}
