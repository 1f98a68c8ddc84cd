// What a report says, independent of where it goes (PR comment, job summary).
import type { ActionCommand } from '../inputs';
import type { DeployResult, DestroyResult, PlanResult } from '../deploy/types';
import type { Diagnostic } from '../errors';
import type { PreviewSummary } from './preview';

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
}
