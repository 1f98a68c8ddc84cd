// Writes what `plan` just did to a plan directory (plan-dir.ts), with the two facts only AWS
// knows: the account, and the stack as it stands after the change set was created.
import type { ReviewResult } from '../review/types';
import { describeStack } from './cfn';
import { callerEnvironment, type DeployDeps } from './context';
import { writePlanDir, type PlanFile } from './plan-dir';
import type { PlanOutcome } from './run-plan';
import type { PlanResult } from './types';
import type { StackSettings } from './stack-defaults';

export interface SavePlanRequest {
  readonly dir: string;
  readonly environment: string;
  readonly outcome: PlanOutcome;
  /** The plan as reported (with cost and findings). */
  readonly result: PlanResult;
  readonly review: ReviewResult;
  /** The rendered report, as the pull request comment shows it. */
  readonly comment: string;
  readonly commit?: string;
  /** The stage's stack options, kept for `deploy --plan`. */
  readonly stackSettings?: StackSettings;
}

export async function savePlan(request: SavePlanRequest, deps: DeployDeps): Promise<PlanFile> {
  const { outcome } = request;
  if (outcome.inputs === undefined) throw new Error('savePlan needs the plan outcome of runPlan');
  const env = await callerEnvironment(deps);
  // A change set just made a CREATE plan's stack (REVIEW_IN_PROGRESS): that is the state to
  // find again at deploy time. Without a change set the stack read before planning stands.
  const stackAfterPlan = outcome.noop
    ? outcome.current
    : await describeStack(deps.clients.cloudFormation, outcome.stackId ?? request.result.stackName);
  const plan = await writePlanDir(request.dir, {
    stackName: request.result.stackName,
    environment: request.environment,
    region: deps.clients.region,
    account: env.account,
    inputs: outcome.inputs,
    result: request.result,
    stackAfterPlan,
    review: request.review,
    comment: request.comment,
    createdAt: deps.clock.now(),
    ...(request.commit !== undefined && { commit: request.commit }),
    ...(request.stackSettings !== undefined && { stackSettings: request.stackSettings }),
  });
  deps.logger.info(`wrote the plan of ${plan.stackName} to ${request.dir}`);
  return plan;
}
