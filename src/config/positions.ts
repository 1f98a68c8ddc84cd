// Where every config path is written in the file: the key's and the value's line and
// column. Built once while reading the YAML tree; looked up when findings become diagnostics.
import type { ConfigPath, Position } from './findings';

export interface WrittenEntry {
  /** Where the key is written (for list items: where the item starts). */
  readonly key: Position;
  /** Where the value starts; the key's position when the value is empty. */
  readonly value: Position;
  /** True when the value is a mapping: an environment override merges into it instead of replacing it. */
  readonly isMapping: boolean;
}

export class PositionIndex {
  private readonly entries = new Map<string, WrittenEntry>();

  set(path: ConfigPath, entry: WrittenEntry): void {
    this.entries.set(pathKey(path), entry);
  }

  get(path: ConfigPath): WrittenEntry | undefined {
    return this.entries.get(pathKey(path));
  }

  /** How many leading segments of `path` are written, and the entry of the deepest one. */
  deepest(path: ConfigPath): { depth: number; entry: WrittenEntry } | undefined {
    for (let depth = path.length; depth >= 0; depth--) {
      const entry = this.get(path.slice(0, depth));
      if (entry !== undefined) return { depth, entry };
    }
    return undefined;
  }
}

// Keys and indexes share one string form ("0" and 0 are never siblings: a node is either a
// mapping or a list), and JSON keeps any character in a key from colliding with the separator.
function pathKey(path: ConfigPath): string {
  return JSON.stringify(path.map(String));
}
