// The internal shape of one problem before it gets a file position. Checks speak in config
// paths; `locate` turns a path into a line and column only at the end, so the same checks
// serve the base config and every environment override.
import type { Severity } from '../errors';

/** A path into the config: object keys and list indexes, e.g. ['lambda_config', 'api', 'routes', 0]. */
export type ConfigPath = readonly (string | number)[];

/** 1-based line and column in the config file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Finding {
  readonly severity: Severity;
  readonly path: ConfigPath;
  readonly message: string;
  /**
   * Which part of the written entry the finding is about: the key (an unknown or reserved
   * name) or the value (a wrong type, a number out of range). Default: the value.
   */
  readonly at?: 'key' | 'value';
  /** Set when the position is known without a path (YAML syntax errors, file errors). */
  readonly position?: Position;
}

export const error = (path: ConfigPath, message: string, at?: 'key' | 'value'): Finding => ({
  severity: 'error',
  path,
  message,
  ...(at !== undefined && { at }),
});

export const warning = (path: ConfigPath, message: string, at?: 'key' | 'value'): Finding => ({
  severity: 'warning',
  path,
  message,
  ...(at !== undefined && { at }),
});

/** `lambda_config.api-handler.memory_size`, as diagnostics and --format json print paths. */
export function dottedPath(path: ConfigPath): string {
  return path.map(String).join('.');
}

/** Quotes a value for a message: strings in double quotes, the rest as JSON (truncated). */
export function show(value: unknown): string {
  const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? typeof value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
