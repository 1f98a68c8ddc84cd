// Config path -> where it is written. With environment layers (patterns, then the exact
// name), a path a layer wrote points at that layer's line; one none wrote, at the base.
import type { ConfigPath, Position } from './findings';
import type { PositionIndex, WrittenEntry } from './positions';

export type Locator = (path: ConfigPath, at?: 'key' | 'value') => Position;

export function makeLocator(index: PositionIndex, layers: readonly string[] = []): Locator {
  return (path, at = 'key') => {
    let chosen: { depth: number; entry: WrittenEntry } | undefined = index.deepest(path);
    // Each layer in merge order takes over what it wrote, as the merge itself does.
    for (const layer of layers) {
      const overrideRoot = ['environments', layer];
      const override = index.deepest([...overrideRoot, ...path]);
      const overrideDepth = override === undefined ? -1 : override.depth - overrideRoot.length;
      if (override === undefined || overrideDepth < 0) continue;
      // The override owns the path when it wrote it deeper than the layers below did, or
      // wrote the same path with a value that replaces theirs (a scalar or a list), or
      // replaced a parent outright. A mapping both wrote stays where it is first defined.
      const replaced = !override.entry.isMapping;
      const deeper = chosen === undefined || overrideDepth > chosen.depth;
      const sameDepth = chosen !== undefined && overrideDepth === chosen.depth;
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
