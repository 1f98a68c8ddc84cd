// What a report says, independent of where it goes (PR comment, job summary).
import type { ActionCommand } from '../inputs';
import type { DeployResult, DestroyResult, PlanResult } from '../deploy/types';
import type { Diagnostic } from '../errors';
import type { PreviewSummary } from './preview';
import type { FailOn } from '../inputs';

export type ReportOutcome =
  | { readonly kind: 'plan'; readonly plan: PlanResult }
  | { readonly kind: 'deploy'; readonly deploy: DeployResult }
  | { readonly kind: 'destroy'; readonly destroy: DestroyResult }
  | {
      readonly kind: 'failure';
      readonly error: FailureCause;
      /** A guard said no on purpose (data loss, findings, a stale plan, a rollback): not a breakage. */
      readonly refused?: boolean;
      /** What was learned before failing, e.g. the plan a data-loss guard refused. */
      readonly plan?: PlanResult;
    };

export interface FailureCause {
  readonly message: string;
  readonly hint?: string;
  readonly code?: string;
  /** Config problems, each with its file and line. */
  readonly diagnostics?: readonly Diagnostic[];
}

/**
 * The run's outcome in one word, as the action's `result` output names it (issue 12).
 * `no-op` covers a plan or deploy with nothing to change.
 */
export type ReportResult = 'deployed' | 'no-op' | 'planned' | 'refused' | 'failed' | 'destroyed';

export interface Report {
  readonly command: ActionCommand;
  /** `<project>-<environment>`; undefined when the config could not be read. */
  readonly stackName?: string;
  readonly environment?: string;
  readonly outcome: ReportOutcome;
  /** The workflow run's page, where the job summary is. */
  readonly runUrl?: string;
  readonly sha?: string;
  readonly updatedAt: Date;
  /** Set for preview (ephemeral) stages: cost per day and what differs from production. */
  readonly preview?: PreviewSummary;
  /** The outcome in one word; derived from `outcome` when absent (resultOf()). */
  readonly result?: ReportResult;
  /** The config file as the repository names it, for the footer and the line links. */
  readonly configPath?: string;
  /** `https://github.com/owner/repo`: config lines link to `blob/<sha>/<configPath>#L<n>`. */
  readonly repoUrl?: string;
  readonly toolVersion?: string;
  /** Findings at or above this are in the attention list (default `high`). */
  readonly failOn?: FailOn;
}
