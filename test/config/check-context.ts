// Shared by the unit tests of each check in src/config/checks/: a config written as a plain
// object, filled in by the schema (defaults included) and deep-frozen, so a check that wrote
// to its input would throw. No YAML and no file: what a check finds, at which path.
import { declaredKeysOf, type SemanticContext } from '../../src/config/checks/context';
import type { Finding } from '../../src/config/findings';
import { ResolvedConfigSchema } from '../../src/config/schema';
import { deepFreeze } from '../support/deep-freeze';
// Not from ./helpers: that imports the whole analysis, and Stryker would count every
// checks test as related to every check.
import { TODAY } from './today';

/** The context a check receives, for a config given as the object YAML would parse to. */
export function contextOf(config: Record<string, unknown>, today = TODAY): SemanticContext {
  const resolved = ResolvedConfigSchema.parse({ project_name: 'shop', ...config });
  return deepFreeze({ config: resolved, declared: declaredKeysOf(resolved), today });
}

/** A finding as the user reads it: severity, dotted path and message. */
export function described(findings: readonly Finding[]): string[] {
  return findings.map(
    (f) => `${f.severity} ${f.path.join('.')}${f.at === 'key' ? ' (key)' : ''}: ${f.message}`,
  );
}
