// How deeply a config text nests, measured on the text before any parser recurses into it:
// the YAML parser and the walker are recursive, and a hostile 10,000-deep file would end
// in "Maximum call stack size exceeded" instead of a message that says what is wrong.
//
// The measure counts block levels (a stack of indentations, plus one per "- " list marker)
// and flow levels ("[" and "{" outside quotes and comments). It is an estimate, exact for
// ordinary files and never below the real depth by more than the markers it cannot see; a
// real config nests about ten levels, so the limit leaves ample room.

/** Deeper than this is refused; a config (event patterns included) needs a fraction of it. */
export const MAX_NESTING = 100;

export interface DeepNesting {
  /** 1-based line and column where the limit is first passed. */
  readonly line: number;
  readonly column: number;
}

/** Where the text first nests deeper than `limit`, or undefined when it never does. */
export function findDeepNesting(text: string, limit = MAX_NESTING): DeepNesting | undefined {
  const indents: number[] = [];
  let flow = 0;
  let blockScalarIndent: number | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = /^ */.exec(line)![0].length;
    const content = line.slice(indent);
    if (blockScalarIndent !== undefined) {
      // The text of a "|" or ">" scalar is data, however it is indented.
      if (content === '' || indent > blockScalarIndent) continue;
      blockScalarIndent = undefined;
    }
    if (content === '' || content.startsWith('#')) continue;
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let depth = indents.length + flow;
    let quote: string | undefined;
    for (let c = 0; c < content.length; c++) {
      const ch = content[c]!;
      if (quote !== undefined) {
        if (ch === quote) quote = undefined;
        continue;
      }
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#' && (c === 0 || content[c - 1] === ' ')) break;
      else if (ch === '[' || ch === '{') flow++;
      else if (ch === ']' || ch === '}') flow = Math.max(0, flow - 1);
      else if (ch === '-' && content[c + 1] === ' ' && /^[-\s]*$/.test(content.slice(0, c))) {
        depth++; // "- - - x": each marker opens a list
      }
      if (Math.max(depth, indents.length + flow) > limit) {
        return { line: i + 1, column: indent + c + 1 };
      }
    }
    if (/[|>][-+0-9]*\s*(#.*)?$/.test(content) && quote === undefined && flow === 0) {
      blockScalarIndent = indent;
    }
  }
  return undefined;
}
