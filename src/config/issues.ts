// zod issues -> findings a person can act on. zod's own texts ("Invalid input: expected
// number, received string") say what failed but not where or what to write instead; these
// name the field, the value that was written, the accepted range or values, and the closest
// known key or value.
import type { z } from 'zod';
import { error, show, type ConfigPath, type Finding } from './findings';
import { defOf, knownKeys, numberBounds, schemaAt, unwrap } from './schema-walk';
import { closestMatch, didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;

/** Units printed after a field's range, where AWS states one. */
const UNITS: Readonly<Record<string, string>> = {
  memory_size: ' MB',
  timeout: ' seconds',
};

export interface IssueContext {
  /** The schema the data was checked against. */
  readonly schema: z.ZodType;
  /** The data as written (after the environment merge), to quote the offending value. */
  readonly data: unknown;
  /** Keys accepted at the root besides the schema's own (e.g. `environments`). */
  readonly extraRootKeys?: readonly string[];
}

export function findingsFromIssues(issues: readonly Issue[], context: IssueContext): Finding[] {
  return issues.flatMap((issue) => fromIssue(issue, context));
}

function fromIssue(issue: Issue, context: IssueContext): Finding[] {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const value = valueAt(context.data, path);
  const field = fieldName(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schemaAt(context.schema, path));
      if (path.length === 0) known.push(...(context.extraRootKeys ?? []));
      return issue.keys.map((key) =>
        error([...path, key], unknownKeyMessage(key, path, known), 'key'),
      );
    }
    case 'invalid_type':
      if (value === undefined) return [missingKey(path)];
      return [
        error(path, `${field} must be ${expectedText(issue.expected)}, not ${describe(value)}`),
      ];
    case 'too_small':
    case 'too_big':
      return [error(path, sizeMessage(issue, field, value, context))];
    case 'invalid_value':
      return [error(path, choiceMessage(field, value, issue.values))];
    case 'invalid_format':
      return [error(path, formatMessage(issue, field, value))];
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? 'invalid key';
      return [
        error(path, `the key "${String(path[path.length - 1])}" is not valid: ${inner}`, 'key'),
      ];
    }
    case 'invalid_union': {
      const options = unionTypes(schemaAt(context.schema, path));
      return [
        error(
          path,
          options.length > 0
            ? `${field} must be ${options.join(' or ')}, not ${describe(value)}`
            : `${field} has the wrong type: ${describe(value)} is not accepted here`,
        ),
      ];
    }
    default:
      return [error(path, `${field}: ${issue.message}`)];
  }
}

/** `unknown key "x" in a.b; did you mean "y"?`: one wording for every place a key is checked. */
export function unknownKeyMessage(
  key: string,
  parent: ConfigPath,
  known: readonly string[],
): string {
  const where = parent.length === 0 ? 'at the top level' : `in ${parent.map(String).join('.')}`;
  const hint = didYouMean(key, known);
  if (hint !== '') return `unknown key "${key}" ${where}${hint}`;
  const list =
    known.length > 0 && known.length <= 12 ? `; expected one of: ${known.join(', ')}` : '';
  return `unknown key "${key}" ${where}${list || '; see docs/config.md for the keys'}`;
}

function missingKey(path: ConfigPath): Finding {
  const key = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  if (parent[0] === 'suppressions' && key === 'reason') {
    return error(parent, 'a suppression needs a "reason": say why the finding is accepted', 'key');
  }
  const where = parent.length === 0 ? '' : ` in ${parent.map(String).join('.')}`;
  return error(parent, `missing required key "${key}"${where}`, 'key');
}

function sizeMessage(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  field: string,
  value: unknown,
  context: IssueContext,
): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const tooSmall = issue.code === 'too_small';
  switch (issue.origin) {
    case 'number':
    case 'int': {
      const { min, max } = numberBounds(schemaAt(context.schema, issue.path as ConfigPath));
      const unit = UNITS[field] ?? '';
      const range =
        min !== undefined && max !== undefined
          ? `from ${min} to ${max}${unit}`
          : tooSmall
            ? `at least ${limit}${unit}`
            : `at most ${limit}${unit}`;
      return `${field} must be ${range}, got ${show(value)}`;
    }
    case 'string':
      return typeof value === 'string' && value.length === 0 && tooSmall
        ? `${field} must not be empty`
        : `${field} must be ${tooSmall ? 'at least' : 'at most'} ${limit} characters long, got ${typeof value === 'string' ? value.length : '?'}`;
    case 'array':
      return `${field} must have ${tooSmall ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}, got ${Array.isArray(value) ? value.length : '?'}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

function choiceMessage(field: string, value: unknown, values: readonly unknown[]): string {
  const choices = values.map(String);
  const hint = typeof value === 'string' ? closestMatch(value, choices) : undefined;
  return (
    `${field} must be one of ${choices.join(', ')}, got ${show(value)}` +
    (hint === undefined ? '' : `; did you mean "${hint}"?`)
  );
}

function formatMessage(
  issue: Extract<Issue, { code: 'invalid_format' }>,
  field: string,
  value: unknown,
): string {
  // Messages written in the schema are already specific; zod's defaults start with "Invalid".
  if (!issue.message.startsWith('Invalid')) return `${field} ${show(value)}: ${issue.message}`;
  switch (issue.format) {
    case 'email':
      return `${field} must be an e-mail address, got ${show(value)}`;
    case 'url':
      return `${field} must be a URL (https://...), got ${show(value)}`;
    case 'regex': {
      const pattern = (issue as { pattern?: string }).pattern ?? '';
      return `${field} ${show(value)} does not match the expected form ${pattern}`;
    }
    default:
      return `${field} must be a valid ${issue.format}, got ${show(value)}`;
  }
}

/** "a string", "a number", ... for each option of a union of simple types; [] otherwise. */
function unionTypes(schema: z.ZodType | undefined): string[] {
  if (schema === undefined) return [];
  const def = defOf(schema);
  if (def.type !== 'union') return [];
  return (def.options ?? []).map((option) => expectedText(defOf(unwrap(option)).type));
}

function expectedText(expected: string): string {
  switch (expected) {
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a mapping (key: value lines)';
    default:
      return expected;
  }
}

/** "a string ("abc")", "a list", "empty": what was written, in the user's terms. */
function describe(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number')
    return Number.isInteger(value) ? `the number ${value}` : `${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return `${typeof value === 'string' ? 'the string' : typeof value} ${show(value)}`;
}

/** "memory_size", or "layers[0]" for a list item. */
function fieldName(path: ConfigPath): string {
  const last = path[path.length - 1];
  if (typeof last === 'number') return `${String(path[path.length - 2] ?? 'item')}[${last}]`;
  return last ?? 'the config';
}

export function valueAt(data: unknown, path: ConfigPath): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
