// environments.<env> over the base: maps merge key by key, lists and scalars replace, and
// `null` removes a key (so an environment can drop, say, the base's vpc_config). Keys may
// be patterns (environment-patterns.ts); ephemeral stages get the preview defaults first.
import { isEphemeralEnvironment } from './ephemeral';
import { applicableKeys } from './environment-patterns';
import { error, type Finding } from './findings';
import { isPlainObject } from './plain-object';
import {
  previewDefaultsLayer,
  previewDifferences,
  type PreviewDifference,
} from './preview-defaults';

export interface EnvironmentSelection {
  /** The base with the chosen environment's layers merged in, `environments` removed. */
  readonly merged: Record<string, unknown>;
  readonly environment: string;
  /** A preview stage: it got the preview defaults. */
  readonly ephemeral: boolean;
  /** True when an `environments` key (a pattern or the exact name) applies to the stage. */
  readonly hasOverride: boolean;
  /** The `environments` keys merged over the base, in merge order (patterns, then the name). */
  readonly layers: readonly string[];
  /** Ephemeral stages only: the preview defaults that changed a setting. */
  readonly previewDifferences: readonly PreviewDifference[];
  readonly findings: readonly Finding[];
}

export interface SelectOptions {
  /**
   * A preview stage: the preview defaults sit between the base and the environments' layers.
   * Default: the stage's name says so (ephemeral.ts).
   */
  readonly ephemeral?: boolean;
}

/**
 * `requested` (the --environment flag) wins over the file's `environment`, which wins over
 * "dev". An environment the file does not define is allowed: it gets the base config (and
 * whatever patterns match it).
 */
export function selectEnvironment(
  file: Record<string, unknown>,
  requested: string | undefined,
  options: SelectOptions = {},
): EnvironmentSelection {
  const { environments, ...base } = file;
  const findings: Finding[] = [];
  const written = base['environment'];
  const environment = requested ?? (typeof written === 'string' ? written : 'dev');

  const usable = new Map<string, Record<string, unknown>>();
  if (environments !== undefined && environments !== null) {
    if (!isPlainObject(environments)) {
      findings.push(
        error(['environments'], 'environments must be a mapping of environment name to overrides'),
      );
    } else {
      for (const [name, value] of Object.entries(environments)) {
        if (value === null) continue;
        if (!isPlainObject(value)) {
          findings.push(
            error(
              ['environments', name],
              `environments.${name} must be a mapping of settings that override the base`,
            ),
          );
        } else {
          usable.set(name, value);
        }
      }
    }
  }
  const layers = applicableKeys([...usable.keys()], environment);
  const overlay = (start: Record<string, unknown>) =>
    layers.reduce((merged, name) => deepMerge(merged, usable.get(name)!), start);
  const ephemeral = options.ephemeral ?? isEphemeralEnvironment(environment);
  const merged = ephemeral
    ? overlay(deepMerge(base, previewDefaultsLayer(base)))
    : overlay({ ...base });
  const differences = ephemeral ? previewDifferences(merged, overlay({ ...base })) : [];
  // The chosen environment is the environment, whatever the override wrote; a non-string in
  // the base is left for the schema to report.
  if (requested !== undefined || typeof written === 'string' || written === undefined) {
    merged['environment'] = environment;
  }
  return {
    merged,
    environment,
    ephemeral,
    hasOverride: layers.length > 0,
    layers,
    previewDifferences: differences,
    findings,
  };
}

export function deepMerge(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    if (value === null) delete out[key];
    else
      out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

export { isPlainObject } from './plain-object';
