// The review's result shapes (SPEC §2 "review"), shared by the CLI, plan and the action.
import type { SourceLocation } from '../errors';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type FindingSeverity = (typeof SEVERITIES)[number];

export interface Finding {
  /** Rule id: ours (`SA-...`) or the cdk-nag pack's (`AwsSolutions-IAM4`). */
  readonly rule: string;
  readonly severity: FindingSeverity;
  /** The config key the resource came from, else its logical id. */
  readonly resource: string;
  readonly logicalId?: string;
  readonly message: string;
  /** How to fix it, in one or two sentences. */
  readonly fix?: string;
  /** The config line that produced the resource or value. */
  readonly location?: SourceLocation;
  /** Present when a `suppressions` entry matched. */
  readonly suppressed?: { readonly reason: string };
}

export interface CostItem {
  /** Config key (or logical id) of the resource. */
  readonly resource: string;
  readonly logicalId?: string;
  /** e.g. `AWS Lambda`, `Amazon DynamoDB`. */
  readonly service: string;
  /** What is charged, e.g. `1,000,000 requests x $0.20 per 1M`. */
  readonly description: string;
  /** USD per month; null when usage-based and no usage was given (see unitPrice). */
  readonly monthlyUsd: number | null;
  /** Unit price text when the usage is unknown, e.g. `$0.20 per 1M requests`. */
  readonly unitPrice?: string;
  readonly usageBased: boolean;
}

export interface CostEstimate {
  readonly monthlyUsd: number;
  readonly fixedUsd: number;
  readonly usageUsd: number;
  readonly items: readonly CostItem[];
  readonly region: string;
  /** Date of the bundled price data (YYYY-MM-DD). */
  readonly priceDate: string;
  readonly warnings: readonly string[];
}

export interface ReviewResult {
  readonly cost: CostEstimate;
  readonly findings: readonly Finding[];
  /** Review-level warnings, e.g. a suppression that matches no finding. (Added, optional.) */
  readonly warnings?: readonly string[];
}

/** `rule|logicalId`: how a finding is matched against the deployed stack's (plan.previous). */
export function findingKey(finding: Pick<Finding, 'rule' | 'logicalId' | 'resource'>): string {
  return `${finding.rule}|${finding.logicalId ?? finding.resource}`;
}
