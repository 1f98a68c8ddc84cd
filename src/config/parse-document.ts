// Text -> plain value + where every path is written. Uses the `yaml` package's Document API
// with a LineCounter because positions are the point: js-yaml and JSON.parse lose them.
// JSON files go through the same parser (JSON is YAML 1.2 flow syntax), so both report
// errors the same way.
//
// The plain value is built here rather than with `doc.toJS()` so that every key that ends
// up in the value has an index entry, every duplicate key is reported with the line of the
// first (yaml's own message names neither), and alias expansion has a budget.
import {
  LineCounter,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Alias,
  type Document,
  type Node,
  type Pair,
} from 'yaml';
import { error, type ConfigPath, type Finding, type Position } from './findings';
import { MAX_NESTING, findDeepNesting } from './nesting';
import { PositionIndex } from './positions';

export interface ParsedDocument {
  /** The document as plain data; undefined when the text has syntax errors or no root mapping. */
  readonly value: Record<string, unknown> | undefined;
  readonly index: PositionIndex;
  readonly findings: readonly Finding[];
}

/** Aliases may repeat a subtree; past this many nodes the file is rejected (a "billion laughs" guard). */
const MAX_NODES = 50_000;

export function parseConfigText(text: string): ParsedDocument {
  // Measured before parsing: the parser itself recurses, and would overflow first.
  const deep = findDeepNesting(text);
  if (deep !== undefined) {
    return {
      value: undefined,
      index: new PositionIndex(),
      findings: [
        located(
          deep,
          `the file nests more than ${MAX_NESTING} levels deep here (lists and mappings inside each other); a config needs far fewer: flatten this part`,
        ),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    // Duplicates are found below, every one of them, with both positions.
    uniqueKeys: false,
    keepSourceTokens: false,
  });
  const lines = text.split('\n');
  const at = (offset: number): Position => clampToText(lineCounter.linePos(offset), lines);
  const index = new PositionIndex();

  const syntax = doc.errors.map((e) => located(at(e.pos[0]), syntaxMessage(e.code, e.message)));
  if (syntax.length > 0) return { value: undefined, index, findings: syntax };

  const root = doc.contents;
  const start = at(root?.range?.[0] ?? 0);
  index.set([], { key: start, value: start, isMapping: isMap(root) });
  if (root === null || (isScalar(root) && root.value === null)) {
    return {
      value: undefined,
      index,
      findings: [
        located(
          start,
          'the file has no settings (only comments or blank lines); start with "project_name: my-app"',
        ),
      ],
    };
  }
  if (!isMap(root)) {
    return {
      value: undefined,
      index,
      findings: [
        located(
          start,
          `the file must be a mapping of settings ("project_name: ...", "lambda_config: ..."), not ${describeNode(root)}`,
        ),
      ],
    };
  }
  const walker = new TreeWalker(doc, at, index);
  const value = walker.walk(root, []) as Record<string, unknown>;
  return { value, index, findings: walker.findings };
}

class TreeWalker {
  readonly findings: Finding[] = [];
  private nodes = 0;
  private readonly inProgress = new Set<Node>();
  private readonly aliasTargets = new Map<Alias, unknown>();

  constructor(
    private readonly doc: Document,
    private readonly at: (offset: number) => Position,
    private readonly index: PositionIndex,
  ) {}

  walk(node: unknown, path: ConfigPath): unknown {
    if (++this.nodes > MAX_NODES) {
      if (this.nodes === MAX_NODES + 1) {
        this.findings.push(
          located(
            this.positionOf(node),
            `the file expands to more than ${MAX_NODES} values (YAML aliases repeat too much)`,
          ),
        );
      }
      return undefined;
    }
    if (isAlias(node)) return this.walkAlias(node, path);
    if (isMap(node)) return this.guard(node, () => this.walkMap(node.items, path));
    if (isSeq(node)) {
      return this.guard(node, () =>
        node.items.map((item, i) => {
          const position = this.positionOf(item);
          this.index.set([...path, i], { key: position, value: position, isMapping: isMap(item) });
          return this.walk(item, [...path, i]);
        }),
      );
    }
    if (isScalar(node)) return node.value;
    return null;
  }

  /**
   * yaml's Alias.resolve searches the whole document each time; an alias repeated by other
   * aliases would make that quadratic, so each alias is resolved once.
   */
  private resolveAlias(node: Alias): unknown {
    if (!this.aliasTargets.has(node)) this.aliasTargets.set(node, node.resolve(this.doc));
    return this.aliasTargets.get(node);
  }

  private walkAlias(node: Alias, path: ConfigPath): unknown {
    const target = this.resolveAlias(node);
    if (target === undefined) {
      this.findings.push(
        located(this.positionOf(node), 'this alias names no anchor defined before it'),
      );
      return null;
    }
    return this.walk(target, path);
  }

  /** A node that contains itself through an alias would recurse forever. */
  private guard(node: Node, walk: () => unknown): unknown {
    if (this.inProgress.has(node)) {
      this.findings.push(
        located(this.positionOf(node), 'an alias refers to a node that contains it'),
      );
      return null;
    }
    this.inProgress.add(node);
    try {
      return walk();
    } finally {
      this.inProgress.delete(node);
    }
  }

  /** `skip`: keys already set by the mapping a merge source is merged into. */
  private walkMap(
    pairs: readonly Pair[],
    path: ConfigPath,
    skip: ReadonlySet<string> = new Set(),
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const firstSeen = new Map<string, Position>();
    const mergeSources: unknown[] = [];
    for (const pair of pairs) {
      const keyPosition = this.positionOf(pair.key ?? pair.value);
      if (pair.key !== null && !isScalar(pair.key)) {
        this.findings.push(located(keyPosition, 'keys must be plain names, not lists or mappings'));
        continue;
      }
      const name = scalarKeyName(pair.key?.value);
      // YAML 1.1 merge keys ("<<: *defaults") are common in configs; apply them below.
      if (name === '<<' && pair.key?.type === 'PLAIN') {
        mergeSources.push(pair.value);
        continue;
      }
      if (skip.has(name)) continue;
      if (name === '__proto__') {
        this.findings.push(located(keyPosition, 'the key "__proto__" is not allowed'));
        continue;
      }
      const first = firstSeen.get(name);
      if (first !== undefined) {
        this.findings.push(
          located(
            keyPosition,
            `duplicate key "${name}" (first written at line ${first.line}); keep one of them`,
          ),
        );
      } else {
        firstSeen.set(name, keyPosition);
      }
      const value = pair.value;
      const empty = value === null || (isScalar(value) && value.range?.[0] === value.range?.[1]);
      const valuePosition = empty ? keyPosition : this.positionOf(value);
      const childPath = [...path, name];
      this.index.set(childPath, {
        key: keyPosition,
        value: valuePosition,
        isMapping: isMap(isAlias(value) ? this.resolveAlias(value) : value),
      });
      out[name] = this.walk(value, childPath);
    }
    for (const source of mergeSources) this.merge(out, source, path);
    return out;
  }

  /** `<<: *a` or `<<: [*a, *b]`: keys not written in the mapping itself come from the sources. */
  private merge(out: Record<string, unknown>, source: unknown, path: ConfigPath): void {
    const sources = isSeq(source) ? source.items : [source];
    for (const item of sources) {
      const target = isAlias(item) ? this.resolveAlias(item) : item;
      if (!isMap(target)) {
        this.findings.push(
          located(this.positionOf(item), '"<<" merges mappings only: use an alias of a mapping'),
        );
        continue;
      }
      Object.assign(out, this.walkMap(target.items, path, new Set(Object.keys(out))));
    }
  }

  private positionOf(node: unknown): Position {
    const range = (node as { range?: [number, number, number] | null } | null)?.range;
    return this.at(range?.[0] ?? 0);
  }
}

/** A scalar key as JavaScript would name the property: `1: x` is key "1", `null: x` key "". */
function scalarKeyName(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return JSON.stringify(value) ?? '';
}

function located(position: Position, message: string): Finding {
  return { ...error([], message), position };
}

/** yaml's messages are good; a few codes get one that says what to do. */
function syntaxMessage(code: string, message: string): string {
  const firstLine = message.split('\n')[0]?.trim() ?? message;
  switch (code) {
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document (a second "---"); a config is one document';
    case 'TAB_AS_INDENT':
      return 'YAML indentation must use spaces, not tabs';
    default:
      return `invalid YAML: ${firstLine}`;
  }
}

function describeNode(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return `a single value (${JSON.stringify(node.value)})`;
  return 'this';
}

/** Keeps a reported position inside the text: the end of the file maps to its last line. */
function clampToText(position: { line: number; col: number }, lines: readonly string[]): Position {
  const line = Math.min(Math.max(position.line, 1), lines.length);
  const length = lines[line - 1]?.length ?? 0;
  const column = Math.min(Math.max(position.col, 1), length + 1);
  return { line, column };
}
