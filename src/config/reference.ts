// The field reference of docs/config.md, rendered from the zod definition itself (type,
// default, range, description), so the documentation cannot drift from the validator.
// scripts/config-reference.ts writes it; a test fails when the committed page is stale.
import type { z } from 'zod';
import { FIELD_DESCRIPTIONS, placeholderFor } from './descriptions';
import { ServerlessConfigSchema } from './schema';
import { defOf, numberBounds } from './schema-walk';

export const REFERENCE_BEGIN = '<!-- BEGIN GENERATED REFERENCE (scripts/config-reference.ts) -->';
export const REFERENCE_END = '<!-- END GENERATED REFERENCE -->';

export interface ReferenceRow {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly defaultValue?: unknown;
  readonly constraints: string;
  readonly description: string;
}

export function referenceRows(): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  visit(ServerlessConfigSchema, '', rows, undefined);
  return rows;
}

/** The reference as markdown: one table per top-level key. */
export function renderReference(): string {
  const rows = referenceRows();
  const sections = new Map<string, ReferenceRow[]>();
  for (const row of rows) {
    const top = row.path.split(/[.[]/)[0] ?? row.path;
    // Plain top-level values share one table; each section of the config gets its own.
    const section = rows.some((r) => r.path.startsWith(`${top}.`) || r.path.startsWith(`${top}[`))
      ? top
      : 'top level';
    sections.set(section, [...(sections.get(section) ?? []), row]);
  }
  const out = [REFERENCE_BEGIN, ''];
  for (const [top, sectionRows] of sections) {
    out.push(
      top === 'top level' ? '### Top level' : `### \`${top}\``,
      '',
      '| key | type | default | allowed | description |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const row of sectionRows) {
      const defaultText =
        row.defaultValue !== undefined
          ? `\`${JSON.stringify(row.defaultValue)}\``
          : row.required
            ? '**required**'
            : '';
      out.push(
        `| \`${row.path}\` | ${escape(row.type)} | ${defaultText} | ${escape(row.constraints)} | ${escape(row.description)} |`,
      );
    }
    out.push('');
  }
  out.push(REFERENCE_END);
  return out.join('\n');
}

/** Replaces the generated section of a markdown page (between the markers) with `reference`. */
export function replaceReference(page: string, reference: string): string {
  const begin = page.indexOf(REFERENCE_BEGIN);
  const end = page.indexOf(REFERENCE_END);
  if (begin === -1 || end === -1 || end < begin) {
    throw new Error(`the page has no "${REFERENCE_BEGIN}" ... "${REFERENCE_END}" section`);
  }
  return page.slice(0, begin) + reference + page.slice(end + REFERENCE_END.length);
}

interface Unwrapped {
  readonly schema: z.ZodType;
  readonly optional: boolean;
  readonly defaultValue?: unknown;
  readonly description?: string;
}

function peel(schema: z.ZodType): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  let description = described(schema);
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'nullable') && def.innerType !== undefined) {
      optional = true;
      current = def.innerType;
    } else if (def.type === 'default' && def.innerType !== undefined) {
      optional = true;
      defaultValue = def.defaultValue;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in !== undefined && def.out !== undefined) {
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else {
      break;
    }
    description ??= described(current);
  }
  return {
    schema: current,
    optional,
    ...(defaultValue !== undefined && { defaultValue }),
    ...(description !== undefined && { description }),
  };
}

function described(schema: z.ZodType): string | undefined {
  return (schema as { description?: string }).description;
}

function visit(
  schema: z.ZodType,
  path: string,
  rows: ReferenceRow[],
  fieldName: string | undefined,
): void {
  const def = defOf(schema);
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {})) {
      const childPath = path === '' ? key : `${path}.${key}`;
      const peeled = peel(child);
      rows.push({
        path: childPath,
        type: typeName(peeled.schema),
        required: !peeled.optional,
        ...(peeled.defaultValue !== undefined && { defaultValue: peeled.defaultValue }),
        constraints: constraints(peeled.schema),
        description: FIELD_DESCRIPTIONS[childPath] ?? peeled.description ?? '',
      });
      descend(peeled.schema, childPath, rows, key);
    }
    return;
  }
  descend(schema, path, rows, fieldName);
}

function descend(
  schema: z.ZodType,
  path: string,
  rows: ReferenceRow[],
  fieldName: string | undefined,
): void {
  const def = defOf(schema);
  if (def.type === 'object') visit(schema, path, rows, fieldName);
  else if (def.type === 'record' && def.valueType !== undefined) {
    const value = peel(def.valueType).schema;
    if (isContainer(value)) visit(value, `${path}.${placeholderFor(fieldName)}`, rows, undefined);
  } else if (def.type === 'array' && def.element !== undefined) {
    const element = peel(def.element).schema;
    if (isContainer(element)) visit(element, `${path}[]`, rows, undefined);
    // A list of "a string or a mapping" (routes): the mapping's fields are fields too.
    for (const option of defOf(element).type === 'union' ? (defOf(element).options ?? []) : []) {
      const shape = peel(option).schema;
      if (defOf(shape).type === 'object') visit(shape, `${path}[]`, rows, undefined);
    }
  }
}

function isContainer(schema: z.ZodType): boolean {
  const type = defOf(schema).type;
  return type === 'object' || type === 'record' || type === 'array';
}

function typeName(schema: z.ZodType): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return 'string';
    case 'number':
      return isInteger(schema) ? 'integer' : 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return 'enum';
    case 'literal':
      return 'literal';
    case 'object':
      return 'mapping';
    case 'record': {
      const value = def.valueType === undefined ? undefined : peel(def.valueType).schema;
      return `map of ${value === undefined ? 'any' : typeName(value)}`;
    }
    case 'array':
      return `list of ${def.element === undefined ? 'any' : typeName(peel(def.element).schema)}`;
    case 'union':
      return (def.options ?? []).map((o) => typeName(peel(o).schema)).join(' or ');
    case 'unknown':
    case 'any':
      return 'any';
    default:
      return def.type;
  }
}

function isInteger(schema: z.ZodType): boolean {
  return (schema as { isInt?: boolean }).isInt === true;
}

function constraints(schema: z.ZodType): string {
  const def = defOf(schema);
  if (def.type === 'enum')
    return Object.values(def.entries ?? {})
      .map((v) => `\`${v}\``)
      .join(', ');
  if (def.type === 'literal') return (def.values ?? []).map((v) => `\`${String(v)}\``).join(', ');
  if (def.type === 'number') {
    const { min, max } = numberBounds(schema);
    if (min !== undefined && max !== undefined) return `${min} – ${max}`;
    if (min !== undefined) return `≥ ${min}`;
    if (max !== undefined) return `≤ ${max}`;
    return '';
  }
  if (def.type === 'string') {
    const view = schema as {
      minLength?: number | null;
      maxLength?: number | null;
      format?: string | null;
    };
    const parts: string[] = [];
    if (typeof view.minLength === 'number' && view.minLength > 1)
      parts.push(`at least ${view.minLength} characters`);
    if (typeof view.maxLength === 'number') parts.push(`at most ${view.maxLength} characters`);
    const pattern = patternOf(schema);
    if (pattern !== undefined) parts.push(`matches \`${pattern}\``);
    else if (typeof view.format === 'string') parts.push(view.format);
    return parts.join('; ');
  }
  if (def.type === 'record' && def.valueType !== undefined) {
    const value = peel(def.valueType).schema;
    return defOf(value).type === 'enum' ? `values: ${constraints(value)}` : '';
  }
  if (def.type === 'array') {
    const element = def.element === undefined ? undefined : peel(def.element).schema;
    const elementRule = element === undefined ? '' : constraints(element);
    const checks =
      (
        def as {
          checks?: {
            _zod: { def: { check: string; minimum?: number; maximum?: number; length?: number } };
          }[];
        }
      ).checks ?? [];
    return checks
      .map((c) => c._zod.def)
      .map((c) =>
        c.check === 'min_length'
          ? `at least ${c.minimum} item${c.minimum === 1 ? '' : 's'}`
          : c.check === 'max_length'
            ? `at most ${c.maximum} items`
            : c.check === 'length_equals'
              ? `exactly ${c.length} item${c.length === 1 ? '' : 's'}`
              : '',
      )
      .concat(elementRule === '' ? [] : [`each: ${elementRule}`])
      .filter((s) => s !== '')
      .join('; ');
  }
  return '';
}

function patternOf(schema: z.ZodType): string | undefined {
  const checks =
    (defOf(schema) as { checks?: { _zod: { def: { format?: string; pattern?: RegExp } } }[] })
      .checks ?? [];
  const regex = checks.map((c) => c._zod.def).find((c) => c.format === 'regex');
  return regex?.pattern?.source;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
