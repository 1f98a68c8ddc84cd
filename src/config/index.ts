// Public face of config/: load a file, merge one environment, validate, keep positions.
// PROVISIONAL minimal version (no positions yet); the config work replaces the internals
// but keeps these signatures, which synth, review, deploy and the action build on.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { ConfigError, type Diagnostic, type SourceLocation } from '../errors';
import { ResolvedConfigSchema, type ResolvedConfig } from './schema';

export interface LoadedConfig {
  /** Path of the config file as the user named it (used in every message). */
  readonly file: string;
  /** Absolute directory of the config file: `source` paths are relative to it. */
  readonly dir: string;
  /** The environment this config was resolved for. */
  readonly environment: string;
  /** Base config with `environments.<environment>` merged over it and defaults applied. */
  readonly config: ResolvedConfig;
  readonly warnings: readonly Diagnostic[];
  /** Where a config path (e.g. ['lambda_config', 'api-handler', 'environment', 'API_KEY']) is written; the nearest existing parent when the path itself is not. */
  locate(path: readonly (string | number)[]): SourceLocation;
}

export interface LoadOptions {
  /** Overrides the config's `environment`. */
  readonly environment?: string;
  /** Directory relative paths resolve against (default process.cwd()). */
  readonly cwd?: string;
  /** Today's date (YYYY-MM-DD) for runtime deprecation checks; injected by tests. */
  readonly today?: string;
}

export interface ValidationResult {
  readonly valid: boolean;
  readonly errors: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
}

/** Loads and validates; throws ConfigError listing every problem. */
export async function loadConfig(file: string, options: LoadOptions = {}): Promise<LoadedConfig> {
  const absolute = resolve(options.cwd ?? process.cwd(), file);
  const raw = parse(await readFile(absolute, 'utf8')) as Record<string, unknown>;
  const { environments, ...base } = raw as Record<string, unknown> & {
    environments?: Record<string, Record<string, unknown>>;
  };
  const environment = options.environment ?? (typeof base['environment'] === 'string' ? base['environment'] : 'dev');
  const merged = { ...deepMerge(base, environments?.[environment] ?? {}), environment };
  const result = ResolvedConfigSchema.safeParse(merged);
  const here = { file, line: 1, column: 1 };
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => ({ ...here, severity: 'error' as const, path: i.path.join('.'), message: i.message })),
    );
  }
  return { file, dir: dirname(absolute), environment, config: result.data, warnings: [], locate: () => here };
}

function deepMerge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] =
      isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
