// environments.<env> over the base: maps merge key by key, lists and scalars replace, and
// `null` removes a key (so an environment can drop, say, the base's vpc_config).
import { error, type Finding } from './findings';

export interface EnvironmentSelection {
  /** The base with the chosen environment's override merged in, `environments` removed. */
  readonly merged: Record<string, unknown>;
  readonly environment: string;
  /** True when `environments.<environment>` exists in the file. */
  readonly hasOverride: boolean;
  readonly findings: readonly Finding[];
}

/**
 * `requested` (the --environment flag) wins over the file's `environment`, which wins over
 * "dev". An environment the file does not define is allowed: it gets the base config.
 */
export function selectEnvironment(
  file: Record<string, unknown>,
  requested: string | undefined,
): EnvironmentSelection {
  const { environments, ...base } = file;
  const findings: Finding[] = [];
  const written = base['environment'];
  const environment = requested ?? (typeof written === 'string' ? written : 'dev');

  let override: Record<string, unknown> | undefined;
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
        } else if (name === environment) {
          override = value;
        }
      }
    }
  }
  const merged = override === undefined ? { ...base } : deepMerge(base, override);
  // The chosen environment is the environment, whatever the override wrote; a non-string in
  // the base is left for the schema to report.
  if (requested !== undefined || typeof written === 'string' || written === undefined) {
    merged['environment'] = environment;
  }
  return { merged, environment, hasOverride: override !== undefined, findings };
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

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
