// `environments` keys are stage names or glob patterns (`pr-*`, `*-eu`). A stage gets the
// base, then every pattern that matches it, least specific first (fewer literal characters;
// equal ones in file order), then its exact name: the more a key says, the later it wins.

/** What a key may hold: a stage name's characters plus the wildcards `*` and `?`. */
const PATTERN_CHARACTERS = /^[a-z0-9*?-]+$/;
export const PATTERN_RULE =
  'a pattern uses lowercase letters, digits, "-", and the wildcards "*" (any run of characters) and "?" (one character)';

export function isPattern(key: string): boolean {
  return key.includes('*') || key.includes('?');
}

/** Why a pattern key is malformed; undefined when it is a usable pattern. */
export function patternProblem(key: string): string | undefined {
  if (!PATTERN_CHARACTERS.test(key)) return PATTERN_RULE;
  if (key.includes('**')) return '"**" means the same as "*": write one "*"';
  return undefined;
}

/** Literal characters: what makes one pattern more specific than another. */
export function specificity(pattern: string): number {
  return pattern.replace(/[*?]/g, '').length;
}

export function matchesPattern(pattern: string, stage: string): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\-]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(stage);
}

/**
 * The `environments` keys that apply to `stage`, in merge order: matching well-formed
 * patterns by ascending specificity (stable: file order breaks ties), then the exact name.
 */
export function applicableKeys(keys: readonly string[], stage: string): string[] {
  const patterns = keys
    .filter((key) => isPattern(key) && patternProblem(key) === undefined)
    .filter((key) => matchesPattern(key, stage))
    .sort((a, b) => specificity(a) - specificity(b));
  return keys.includes(stage) ? [...patterns, stage] : patterns;
}
