// What happened, in one word, for the `result` output and `--format json`; and what was
// already known when something went wrong, so a refusal or a failure still reports the
// stack, the change set, the cost and the findings it had.
import { ServerlessActionError } from '../errors';
import type { DeployResult, DestroyResult, PlanResult } from './types';

export type RunResult = 'deployed' | 'no-op' | 'planned' | 'refused' | 'failed' | 'destroyed';

/** Errors that are a deliberate "no" (a guard), not something that broke. */
const REFUSAL_CODES: ReadonlySet<string> = new Set([
  'DATA_LOSS_GUARD',
  'DRIFT_GUARD',
  'FINDINGS_GATE',
  'PLAN_NOT_EXECUTABLE',
  'ROLLBACK_GUARD',
]);

export function isRefusal(error: unknown): boolean {
  return error instanceof ServerlessActionError && isRefusalCode(error.code);
}

/** The same rule for an error already reduced to its code (a report's failure). */
export function isRefusalCode(code: string | undefined): boolean {
  return code !== undefined && REFUSAL_CODES.has(code);
}

export function failureResult(error: unknown): RunResult {
  return isRefusal(error) ? 'refused' : 'failed';
}

export function successResult(result: PlanResult | DeployResult | DestroyResult): RunResult {
  if (!('changes' in result)) return 'destroyed';
  if ('outputs' in result) return result.hasChanges ? 'deployed' : 'no-op';
  return result.hasChanges ? 'planned' : 'no-op';
}

const KNOWN_PLAN = Symbol.for('serverless-action.known-plan');

/**
 * Records on an error what was known when it was thrown (merged over what an inner layer
 * recorded), and returns the error to rethrow. Non-objects are returned as they are.
 */
export function withKnownPlan<E>(error: E, plan: PlanResult): E {
  if (error === null || typeof error !== 'object') return error;
  const inner = knownPlan(error);
  Object.defineProperty(error, KNOWN_PLAN, {
    value: { ...plan, ...inner, ...pickDefined(plan, inner) },
    configurable: true,
    enumerable: false,
  });
  return error;
}

export function knownPlan(error: unknown): PlanResult | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  return (error as { [KNOWN_PLAN]?: PlanResult })[KNOWN_PLAN];
}

/** The outer layer adds cost and findings; the inner one knows the change set and its changes. */
function pickDefined(outer: PlanResult, inner: PlanResult | undefined): Partial<PlanResult> {
  if (inner === undefined) return {};
  return {
    ...(outer.cost !== undefined && { cost: outer.cost }),
    ...(outer.findings !== undefined && { findings: outer.findings }),
    ...(outer.deployedMonthlyUsd !== undefined && { deployedMonthlyUsd: outer.deployedMonthlyUsd }),
  };
}
