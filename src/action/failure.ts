// What a failure tells the report: its root cause and what to do, and what was learned
// before it (the changes the data-loss guard refused, the plan the findings gate refused).
import type { PlanResult, ResourceChange } from '../deploy/types';
import { ConfigError, ServerlessActionError, errorMessage } from '../errors';
import type { FailureCause } from '../report/model';
import { FindingsGateError } from './gate';
import { knownPlan } from '../deploy/outcome';

export function causeOf(error: unknown): FailureCause {
  if (error instanceof ConfigError) {
    return {
      message: error.message,
      code: error.code,
      diagnostics: error.diagnostics,
      hint: `Fix the config (\`${error.diagnostics[0]?.file ?? 'the config'}\`); each problem is annotated on its line.`,
    };
  }
  if (error instanceof ServerlessActionError) {
    return { message: error.message, code: error.code, ...(error.hint && { hint: error.hint }) };
  }
  return { message: errorMessage(error) };
}

/** What a failure still lets the report show: the changes the guard refused, the findings the gate refused. */
export function planOfFailure(error: unknown, stackName: string): PlanResult | undefined {
  const known = knownPlan(error);
  if (known !== undefined) return known;
  if (error instanceof FindingsGateError) return error.plan;
  const changes = (error as { code?: unknown; changes?: unknown }).changes;
  if (
    error instanceof ServerlessActionError &&
    error.code === 'DATA_LOSS_GUARD' &&
    Array.isArray(changes)
  ) {
    return { stackName, hasChanges: true, changes: changes as ResourceChange[] };
  }
  return undefined;
}
