// What to do with a stack given its current status. Pure, so every branch is unit-tested.

export type StackDecision =
  /** No stack: a CREATE change set. */
  | { readonly kind: 'create' }
  /**
   * A shell left by an earlier plan (REVIEW_IN_PROGRESS, no resources): deleted with its
   * change sets, then CREATE. Deleting rather than reusing it also keeps moto, which
   * would add a second stack of the same name, consistent with AWS.
   */
  | { readonly kind: 'create-over-review' }
  /** A failed first create (ROLLBACK_COMPLETE) cannot be updated: delete it, then CREATE. */
  | { readonly kind: 'recreate' }
  | { readonly kind: 'update' }
  /** Another operation is running: wait for it (bounded), then decide again. */
  | { readonly kind: 'wait' }
  /** Needs a person: the message says what to do. */
  | { readonly kind: 'blocked'; readonly message: string; readonly hint: string };

export function decideStackAction(stackName: string, status: string | undefined): StackDecision {
  if (status === undefined || status === 'DELETE_COMPLETE') return { kind: 'create' };
  if (status === 'REVIEW_IN_PROGRESS') return { kind: 'create-over-review' };
  if (
    status === 'ROLLBACK_COMPLETE' ||
    status === 'ROLLBACK_FAILED' ||
    status === 'CREATE_FAILED'
  ) {
    return { kind: 'recreate' };
  }
  if (status === 'UPDATE_ROLLBACK_FAILED') {
    return {
      kind: 'blocked',
      message: `stack ${stackName} is in UPDATE_ROLLBACK_FAILED: CloudFormation could not roll back the last update, and the stack accepts no changes until the rollback is finished`,
      hint:
        `run "serverless-action rollback --continue --environment <env>": it lists the resources that failed to roll back and the command that skips them. ` +
        `Or fix the resource that blocks the rollback (see the stack events), then run ` +
        `"aws cloudformation continue-update-rollback --stack-name ${stackName}" ` +
        `(add --resources-to-skip LOGICAL_ID for resources that cannot be restored) and deploy again`,
    };
  }
  if (status === 'DELETE_FAILED') {
    return {
      kind: 'blocked',
      message: `stack ${stackName} is in DELETE_FAILED: an earlier delete did not finish`,
      hint: `see the stack events for the resource that could not be deleted, remove it by hand, then run destroy again (or delete the stack in the console with "retain" for that resource)`,
    };
  }
  if (status.endsWith('_IN_PROGRESS')) return { kind: 'wait' };
  return { kind: 'update' };
}

/** Statuses in which the deployed template is whole and its digest can be trusted. */
export function isSettled(status: string | undefined): boolean {
  return (
    status === 'CREATE_COMPLETE' ||
    status === 'UPDATE_COMPLETE' ||
    status === 'UPDATE_ROLLBACK_COMPLETE' ||
    status === 'IMPORT_COMPLETE' ||
    status === 'IMPORT_ROLLBACK_COMPLETE'
  );
}

export function isSuccess(status: string): boolean {
  return (
    status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE' || status === 'IMPORT_COMPLETE'
  );
}

export function isTerminal(status: string): boolean {
  return !status.endsWith('_IN_PROGRESS');
}

/** 250 ms, then x1.5 per attempt, capped at 5 s. */
export function backoffDelay(attempt: number, firstMs = 250, maxMs = 5_000): number {
  return Math.min(maxMs, Math.round(firstMs * 1.5 ** attempt));
}
