// Reads the zod definition the validator uses, for what zod's issues leave out: the keys a
// mapping accepts (for "did you mean") and both ends of a number's range (zod reports only
// the end that was crossed).
import type { z } from 'zod';
import type { ConfigPath } from './findings';

interface DefView {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly valueType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly defaultValue?: unknown;
  readonly entries?: Record<string, string | number>;
  readonly options?: readonly z.ZodType[];
  readonly values?: readonly unknown[];
}

export function defOf(schema: z.ZodType): DefView {
  return (schema as unknown as { _zod: { def: DefView } })._zod.def;
}

/** Strips optional / nullable / default / transform wrappers down to the schema that checks values. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (
      (def.type === 'optional' ||
        def.type === 'nullable' ||
        def.type === 'default' ||
        def.type === 'prefault') &&
      def.innerType !== undefined
    ) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in !== undefined && def.out !== undefined) {
      // z.preprocess(fn, s) is pipe(transform, s); s.transform(fn) is pipe(s, transform).
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else {
      return current;
    }
  }
}

/** The schema that checks the value at `path`, or undefined when the path leaves the definition. */
export function schemaAt(root: z.ZodType, path: ConfigPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(root);
  for (const segment of path) {
    if (current === undefined) return undefined;
    const def = defOf(current);
    let next: z.ZodType | undefined;
    if (def.type === 'object') next = def.shape?.[String(segment)];
    else if (def.type === 'record') next = def.valueType;
    else if (def.type === 'array') next = def.element;
    current = next === undefined ? undefined : unwrap(next);
  }
  return current;
}

/** The keys an object schema accepts; empty for anything else. */
export function knownKeys(schema: z.ZodType | undefined): string[] {
  if (schema === undefined) return [];
  const def = defOf(schema);
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** A number schema's inclusive bounds, as zod records them (`minValue` / `maxValue`). */
export function numberBounds(schema: z.ZodType | undefined): { min?: number; max?: number } {
  const bounds = schema as { minValue?: number | null; maxValue?: number | null } | undefined;
  const min = bounds?.minValue;
  const max = bounds?.maxValue;
  return {
    ...(typeof min === 'number' &&
      Number.isFinite(min) &&
      min > Number.MIN_SAFE_INTEGER && { min }),
    ...(typeof max === 'number' &&
      Number.isFinite(max) &&
      max < Number.MAX_SAFE_INTEGER && { max }),
  };
}
