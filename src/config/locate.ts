// Config path -> where it is written. With an environment override, a path the override
// wrote points at the override's line; a path it did not write points at the base.
import type { ConfigPath, Position } from './findings';
import type { PositionIndex, WrittenEntry } from './positions';

export type Locator = (path: ConfigPath, at?: 'key' | 'value') => Position;

export function makeLocator(index: PositionIndex, environment: string | undefined): Locator {
  const overrideRoot = environment === undefined ? [] : ['environments', environment];
  return (path, at = 'key') => {
    const base = index.deepest(path);
    const override =
      environment === undefined ? undefined : index.deepest([...overrideRoot, ...path]);
    const overrideDepth = override === undefined ? -1 : override.depth - overrideRoot.length;
    let chosen: { depth: number; entry: WrittenEntry } | undefined = base;
    if (override !== undefined && overrideDepth >= 0) {
      // The override owns the path when it wrote it deeper than the base did, or wrote the
      // same path with a value that replaces the base's (a scalar or a list), or replaced a
      // parent outright. A mapping both wrote stays with the base, where it is defined.
      const replaced = !override.entry.isMapping;
      const deeper = base === undefined || overrideDepth > base.depth;
      const sameDepth = base !== undefined && overrideDepth === base.depth;
      if (deeper || (sameDepth && replaced) || (overrideDepth < path.length && replaced)) {
        chosen = { depth: overrideDepth, entry: override.entry };
      }
    }
    if (chosen === undefined) return { line: 1, column: 1 };
    // A parent stands in for a path that is not written (a missing required key): its key
    // line is where the user has to add it.
    const exact = chosen.depth === path.length;
    return exact && at === 'value' ? chosen.entry.value : chosen.entry.key;
  };
}
