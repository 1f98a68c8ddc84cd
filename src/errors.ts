// One error base for everything the tool reports on purpose. Anything else that reaches
// the top is a bug and is printed with its stack; these print as their message alone.

/** Where in the user's config a problem is. Lines and columns are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type Severity = 'error' | 'warning';

/** One problem with the config, as `FILE:LINE:COLUMN: error: message` prints it. */
export interface Diagnostic extends SourceLocation {
  readonly severity: Severity;
  /** Dotted path in the config, e.g. `lambda_config.api-handler.memory_size`; '' for the root. */
  readonly path: string;
  readonly message: string;
}

export class ServerlessActionError extends Error {
  constructor(
    message: string,
    /** Stable machine-readable code, e.g. `CONFIG_INVALID`, `DATA_LOSS_GUARD`. */
    readonly code: string,
    /** What the user can do about it, printed on its own line. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The config could not be loaded or is invalid; carries every problem found, not only the first. */
export class ConfigError extends ServerlessActionError {
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    readonly warnings: readonly Diagnostic[] = [],
    /** What the broken config still names, so a failure report can key the stack's comment. */
    readonly names: { readonly projectName?: string; readonly environment?: string } = {},
  ) {
    super(diagnostics.map(formatDiagnostic).join('\n'), 'CONFIG_INVALID');
  }
}

/** `FILE:LINE:COLUMN: error: message` — the format editors and problem matchers understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
