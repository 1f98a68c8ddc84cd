// Result shapes of plan / deploy / destroy (SPEC §2), shared by the CLI, the action and reports.
import type { SourceLocation } from '../errors';
import type { StackGraph } from '../review/graph';
import type { FunctionRollout } from '../review/rollout';
import type { CostEstimate, Finding } from '../review/types';
import type { DriftReport } from './drift';

export type ChangeAction = 'Add' | 'Modify' | 'Remove' | 'Import' | 'Dynamic';

/**
 * How dangerous a change is, most dangerous first:
 * - data-loss: a stateful resource (DynamoDB table, S3 bucket, SQS queue, Kinesis stream,
 *   log group) replaced or removed
 * - replacement: any other resource replaced (True or Conditional)
 * - permissions: an IAM resource added, changed or removed
 * - code-only: only a function's code changed
 * - safe: everything else
 */
export type Risk = 'data-loss' | 'replacement' | 'permissions' | 'code-only' | 'safe';

export interface ResourceChange {
  /** The resource's logical id in its own template (a nested stack's, when `nestedStack` is set). */
  readonly logicalId: string;
  /**
   * The nested stack the resource is in, by the name reports give it (`Functions07`, from the
   * nested stack resource's origin); nested in nested: `Outer/Inner`. Absent: the stack itself.
   */
  readonly nestedStack?: string;
  readonly type: string;
  readonly action: ChangeAction;
  /** CloudFormation's Replacement: 'True' | 'False' | 'Conditional'; null for Add/Remove. */
  readonly replacement: 'True' | 'False' | 'Conditional' | null;
  readonly risk: Risk;
  readonly physicalId?: string;
  /** Why: the properties that force replacement, or what is removed. */
  readonly reason?: string;
  /** The config key the resource came from, when known. */
  readonly resource?: string;
  /** Dotted config path the resource came from (its origin), e.g. `dynamodb_config.users`. */
  readonly configPath?: string;
  /** The config line the resource came from (filled where the loaded config is at hand). */
  readonly location?: SourceLocation;
  /** Modify: the top-level properties that change, with values when both templates are known. */
  readonly properties?: readonly PropertyChange[];
  /**
   * The explicit physical name of a resource CloudFormation must replace under the same
   * name: the update fails ("cannot update a stack when a custom-named resource requires
   * replacing"), so the fix is a rename.
   */
  readonly customName?: string;
}

/** One changed top-level property; a value is absent when the property is absent (or unknown). */
export interface PropertyChange {
  readonly name: string;
  /** Short JSON of the deployed value. */
  readonly before?: string;
  /** Short JSON of the new value. */
  readonly after?: string;
}

/** The seed module's six outputs (SPEC §3) and `lambda_alias_arns` (SPEC §5), maps keyed by the config's keys. */
export interface SeedOutputs {
  readonly lambda_function_names: Readonly<Record<string, string>>;
  readonly lambda_function_arns: Readonly<Record<string, string>>;
  /** ARNs of the functions' `live` aliases, which every invoke goes through. */
  readonly lambda_alias_arns: Readonly<Record<string, string>>;
  readonly api_gateway_id: string;
  readonly api_gateway_endpoint: string;
  readonly dynamodb_table_names: Readonly<Record<string, string>>;
  readonly dynamodb_table_arns: Readonly<Record<string, string>>;
}

export interface PlanResult {
  readonly stackName: string;
  readonly hasChanges: boolean;
  /** Absent on the no-op fast path (no change set is created) and after an empty change set is deleted. */
  readonly changeSetId?: string;
  readonly changeSetType?: 'CREATE' | 'UPDATE';
  readonly changes: readonly ResourceChange[];
  readonly cost?: CostEstimate;
  /** Monthly cost of what is deployed now, for the "+$12.40 / month" delta; absent on first deploy. */
  readonly deployedMonthlyUsd?: number;
  readonly findings?: readonly Finding[];
  /** The plan directory this plan was written to (`plan --out`, the action's plan). */
  readonly planDir?: string;
  /**
   * What is deployed now, to tell new findings from those already there; absent on a first
   * deploy or when the deployed template could not be read.
   */
  readonly previous?: DeployedBaseline;
  /** The stack's shape (API -> functions -> tables, queues, ...), for the report's diagram. */
  readonly graph?: StackGraph;
  /** How each function's new version takes traffic (review/rollout.ts), for the report's Rollout section. */
  readonly rollout?: readonly FunctionRollout[];
  /** Drift detection's answer (`--detect-drift`), run before planning. */
  readonly drift?: DriftReport;
}

export interface DeployedBaseline {
  /** `rule|logicalId` of the project's own rules' findings on the deployed template. */
  readonly findingKeys: readonly string[];
  /** Every logical id in the deployed template. */
  readonly logicalIds: readonly string[];
}

export interface DeployResult extends PlanResult {
  readonly outputs: SeedOutputs;
  /** Final stack status, e.g. CREATE_COMPLETE. */
  readonly status: string;
}

export interface DestroyResult {
  readonly stackName: string;
  /** False when there was no stack to delete. */
  readonly deleted: boolean;
}
