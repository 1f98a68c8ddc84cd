// `fail-on`: the step fails on unsuppressed findings at or above a severity. For deploy the
// gate is checked before the change set executes (review needs no AWS), so nothing the
// gate rejects ever reaches the account.
import { ServerlessActionError } from '../errors';
import { findingsAtOrAbove } from '../report/findings';
import type { FailOn } from '../inputs';
import type { PlanResult } from '../deploy/types';
import type { Finding } from '../review/types';

export class FindingsGateError extends ServerlessActionError {
  constructor(
    readonly blocking: readonly Finding[],
    readonly failOn: FailOn,
    /** What was planned (findings, cost, changes so far), for the report. */
    readonly plan?: PlanResult,
  ) {
    super(
      `${blocking.length} security finding(s) at or above "${failOn}": ` +
        blocking.map((f) => `${f.rule} on ${f.resource}`).join(', '),
      'FINDINGS_GATE',
      'fix them, or add a `suppressions` entry with a reason to the config, or raise the `fail-on` input',
    );
  }
}

/** The error to fail with, or undefined when the findings pass. */
export function findingsGate(
  findings: readonly Finding[],
  failOn: FailOn,
  plan?: PlanResult,
): FindingsGateError | undefined {
  if (failOn === 'none') return undefined;
  const blocking = findingsAtOrAbove(findings, failOn);
  return blocking.length > 0 ? new FindingsGateError(blocking, failOn, plan) : undefined;
}
