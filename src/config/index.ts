// Public face of config/: load a file, merge one environment, validate, keep positions.
// synth, review, deploy and the action build on these signatures.
import { dirname, resolve } from 'node:path';
import { ConfigError, type Diagnostic, type SourceLocation } from '../errors';
import { analyzeConfigText, type Analysis } from './analyze';
import { repositoryRootFor } from './paths';
import { readConfigSource } from './read-source';
import type { Composition } from './analyze';
import type { ResolvedConfig } from './schema';

export interface LoadedConfig {
  /** Path of the config file as the user named it (used in every message). */
  readonly file: string;
  /** Absolute directory of the config file: `source` paths are relative to it. */
  readonly dir: string;
  /**
   * The repository root every path the config names must stay inside (paths.ts
   * `containConfigPath`). Absent only in hand-built configs: then `dir`.
   */
  readonly root?: string;
  /** The environment this config was resolved for. */
  readonly environment: string;
  /** Base config with `environments.<environment>` merged over it and defaults applied. */
  readonly config: ResolvedConfig;
  readonly warnings: readonly Diagnostic[];
  /**
   * How the stage's config was put together (layers, preview defaults); absent on configs
   * built without the loader (tests), which then count as not ephemeral by themselves.
   */
  readonly composition?: Composition;
  /**
   * Where a config path (e.g. ['lambda_config', 'api-handler', 'environment', 'API_KEY']) is
   * written: its key's line and column; the override's when the environment's override wrote
   * the value (a mapping both wrote points at the base, where it is defined); the nearest
   * written parent when the path itself is not written.
   */
  locate(path: readonly (string | number)[]): SourceLocation;
}

export interface LoadOptions {
  /** Overrides the config's `environment`. */
  readonly environment?: string;
  /** A preview stage (preview defaults, isolation checks); default: by its name (`pr-*`). */
  readonly ephemeral?: boolean;
  /** Directory relative paths resolve against (default process.cwd()). */
  readonly cwd?: string;
  /** Today's date (YYYY-MM-DD) for runtime deprecation checks; injected by tests. */
  readonly today?: string;
  /**
   * The repository root (the action passes the workspace). Default: the nearest directory
   * at or above the config's holding `.git`, else the config's directory.
   */
  readonly repositoryRoot?: string;
}

export interface ValidationResult {
  readonly valid: boolean;
  readonly errors: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
  /** The stage and how its config was put together (absent when the file does not parse). */
  readonly environment?: string;
  readonly composition?: Composition;
}

/** Loads and validates; throws ConfigError listing every problem (and the warnings). */
export async function loadConfig(file: string, options: LoadOptions = {}): Promise<LoadedConfig> {
  const { analysis, dir, root } = await analyzeFile(file, options);
  if (analysis.config === undefined) {
    throw new ConfigError(analysis.errors, analysis.warnings, {
      environment: analysis.environment,
      ...(analysis.projectName !== undefined && { projectName: analysis.projectName }),
    });
  }
  return {
    file,
    dir,
    root,
    environment: analysis.environment,
    config: analysis.config,
    warnings: analysis.warnings,
    ...(analysis.composition !== undefined && { composition: analysis.composition }),
    locate: (path) => ({ file, ...analysis.locate(path, 'key') }),
  };
}

/** Loads and validates; never throws for a bad config: every problem is in the result. */
export async function validateConfig(
  file: string,
  options: LoadOptions = {},
): Promise<ValidationResult> {
  const { analysis } = await analyzeFile(file, options);
  return {
    valid: analysis.errors.length === 0,
    errors: analysis.errors,
    warnings: analysis.warnings,
    environment: analysis.environment,
    ...(analysis.composition !== undefined && { composition: analysis.composition }),
  };
}

async function analyzeFile(
  file: string,
  options: LoadOptions,
): Promise<{ analysis: Analysis; dir: string; root: string }> {
  const absolute = resolve(options.cwd ?? process.cwd(), file);
  const dir = dirname(absolute);
  const root = repositoryRootFor(dir, options.repositoryRoot);
  const source = await readConfigSource(absolute, file);
  if (!source.ok) {
    const problem: Diagnostic = {
      file,
      line: 1,
      column: 1,
      severity: 'error',
      path: '',
      message: source.message,
    };
    return {
      dir,
      root,
      analysis: {
        errors: [problem],
        warnings: [],
        environment: options.environment ?? 'dev',
        locate: () => ({ line: 1, column: 1 }),
      },
    };
  }
  const analysis = analyzeConfigText(source.text, {
    file,
    dir,
    root,
    ...(options.environment !== undefined && { environment: options.environment }),
    ...(options.ephemeral !== undefined && { ephemeral: options.ephemeral }),
    ...(options.today !== undefined && { today: options.today }),
  });
  return { analysis, dir, root };
}

export { analyzeConfigText, type Analysis, type AnalyzeOptions, type Composition } from './analyze';
export type { PreviewDifference } from './preview-defaults';
export { MAX_CONFIG_BYTES } from './read-source';
export {
  checkConfigPath,
  containConfigPath,
  repositoryRootFor,
  type ContainedPath,
  type ContainmentContext,
} from './paths';
