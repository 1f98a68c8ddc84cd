// Step outputs (SPEC §3, §5): the seed module's six outputs and lambda_alias_arns as JSON strings, plus the run's
// own. Every output is always set, so `steps.x.outputs.y` never silently reads ''.
import type { DeployResult, PlanResult, SeedOutputs } from '../deploy/types';
import { EMPTY_SEED_OUTPUTS } from '../deploy/outputs';
import type { RunResult } from '../deploy/outcome';
import { activeFindings } from './findings';

export const SEED_OUTPUT_NAMES = [
  'lambda_function_names',
  'lambda_function_arns',
  'api_gateway_id',
  'api_gateway_endpoint',
  'dynamodb_table_names',
  'dynamodb_table_arns',
  // Not one of the seed's: SPEC §5, the `live` aliases every invoke goes through.
  'lambda_alias_arns',
] as const satisfies readonly (keyof SeedOutputs)[];

export type ActionOutputs = Readonly<Record<string, string>>;

/** What happened and where the plan was written (`plan-dir`, '' when none was). */
export interface RunFacts {
  readonly result?: RunResult;
  readonly planDir?: string;
}

/**
 * Outputs of a plan or a deploy, also of a refused or failed one (`result` says which):
 * whatever was learned is set; `outputs` only when the stack was deployed.
 */
export function actionOutputs(
  stackName: string,
  result: PlanResult | DeployResult | undefined,
  facts: RunFacts = {},
): ActionOutputs {
  const seed = result && 'outputs' in result ? result.outputs : EMPTY_SEED_OUTPUTS;
  const outputs: Record<string, string> = {};
  for (const name of SEED_OUTPUT_NAMES) outputs[name] = JSON.stringify(seed[name]);
  outputs['stack-name'] = stackName;
  outputs['has-changes'] = String(result?.hasChanges ?? false);
  outputs['change-set-id'] = result?.changeSetId ?? '';
  outputs['monthly-cost'] = result?.cost ? result.cost.monthlyUsd.toFixed(2) : '';
  outputs['findings'] = JSON.stringify(
    activeFindings(result?.findings ?? []).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      resource: f.resource,
      message: f.message,
    })),
  );
  outputs['result'] = facts.result ?? '';
  outputs['plan-dir'] = facts.planDir ?? '';
  return outputs;
}
