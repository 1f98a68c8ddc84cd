// The options every command reads, parsed once from argv (CLI) or inputs (action).

export type OutputFormat = 'text' | 'json' | 'sarif' | 'markdown';

export interface CommandOptions {
  /** Path of the config file, as given (relative to the working directory). */
  readonly config: string;
  /** Environment whose `environments.<env>` override applies; default: the config's `environment`. */
  readonly environment?: string;
  readonly format: OutputFormat;
  readonly region?: string;
  /** AWS endpoint for every client (moto, LocalStack); else the SDK's AWS_ENDPOINT_URL. */
  readonly endpointUrl?: string;
  /** synth: the cloud assembly directory. */
  readonly out: string;
  /** deploy: execute a change set even when it replaces or deletes stateful resources. */
  readonly allowReplacement: boolean;
  /** deploy: deploy even a commit older than (an ancestor of) the deployed one. */
  readonly allowRollback?: boolean;
  /** plan: write the plan directory here (`plan --out DIR`). */
  readonly planOut?: string;
  /** deploy: execute the change set of this plan directory, without synthesizing (`deploy --plan DIR`). */
  readonly plan?: string;
  /** deploy/plan: bucket for assets and large templates; default: one the tool ensures. */
  readonly artifactBucket?: string;
  /** destroy: delete even a stack that is not marked ephemeral; deploy --hotswap: swap it too. */
  readonly force: boolean;
  /** deploy: update only the functions' code when nothing else changed (hotswap.ts). */
  readonly hotswap?: boolean;
  /** plan/deploy: let placeholder IDs and ARNs through (synth-only use); default: refuse them. */
  readonly allowPlaceholders?: boolean;
  /** plan/deploy: run drift detection first (drift.ts); default off on the command line. */
  readonly detectDrift?: boolean;
  /** deploy: deploy even over drift on a stateful resource. */
  readonly allowDrift?: boolean;
  /** rollback: redeploy this template file instead of the previous one kept in history. */
  readonly template?: string;
  /** rollback: ContinueUpdateRollback for a stack in UPDATE_ROLLBACK_FAILED. */
  readonly continueRollback?: boolean;
  /** rollback --continue: logical ids to skip (ResourcesToSkip). */
  readonly skip?: readonly string[];
  /** Print debug lines. */
  readonly verbose: boolean;
  /** sweep: preview stages to keep (those of open pull requests), e.g. ['pr-12', 'pr-15']. */
  readonly keep?: readonly string[];
  /** sweep: delete previews not deployed for this many hours, even when kept. */
  readonly ttlHours?: number;
  /** sweep: list what would be deleted, delete nothing. */
  readonly dryRun?: boolean;
}

export const DEFAULT_CONFIG_FILE = 'serverless.config.yml';
