// Checks on the file's `environments` and the requested environment name, before the
// merge: names become stack names, and a near-miss of a defined name is likely a typo.
import { error, warning, type Finding } from '../findings';
import { applicableKeys, isPattern, patternProblem } from '../environment-patterns';
import { isPlainObject } from '../merge';
import { ResolvedConfigSchema } from '../schema';
import { closestMatch } from '../suggest';

const NAME_RULE = 'use lowercase letters, digits and "-" (at most 24)';

function isValidName(name: string): boolean {
  return ResolvedConfigSchema.shape.environment.safeParse(name).success;
}

/**
 * Top-level keys starting with `x-` are the user's own (as in Compose files): a place to
 * define YAML anchors that sections then merge with `<<: *name`. They are not settings.
 */
export const EXTENSION_PREFIX = 'x-';

export function withoutExtensions(file: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(file).filter(([key]) => !key.startsWith(EXTENSION_PREFIX)),
  );
}

/**
 * Names under `environments` become stack names: the same rule as `environment`. Patterns
 * (`pr-*`) name no stack; a malformed one is an error at its line, while one that matches no
 * stage the workflows deploy is fine (it may be for a stage to come).
 */
export function checkEnvironmentNames(environments: unknown): Finding[] {
  if (!isPlainObject(environments)) return [];
  return Object.keys(environments).flatMap((name) => {
    const problem = isPattern(name)
      ? patternProblem(name)
      : isValidName(name)
        ? undefined
        : NAME_RULE;
    if (problem === undefined) return [];
    const what = isPattern(name) ? 'environment pattern' : 'environment name';
    return [error(['environments', name], `${what} "${name}" is not valid: ${problem}`, 'key')];
  });
}

/**
 * The --environment flag: its name must be valid (reported at 1:1, it is not in the file).
 * A name the file does not define is allowed (it gets the base config), but one a letter
 * away from a defined one is probably a typo that would deploy a stray stack: a warning.
 */
export function checkRequestedEnvironment(
  environments: unknown,
  requested: string | undefined,
): Finding[] {
  if (requested !== undefined && !isValidName(requested)) {
    return [
      {
        ...error([], `--environment "${requested}" is not a valid environment name: ${NAME_RULE}`),
        position: { line: 1, column: 1 },
      },
    ];
  }
  if (
    requested === undefined ||
    !isPlainObject(environments) ||
    applicableKeys(Object.keys(environments), requested).length > 0
  ) {
    return [];
  }
  const close = closestMatch(
    requested,
    Object.keys(environments).filter((name) => !isPattern(name)),
  );
  if (close === undefined) return [];
  return [
    warning(
      ['environments'],
      `environment "${requested}" is not defined under environments, so it gets the base config; did you mean "${close}"?`,
      'key',
    ),
  ];
}
