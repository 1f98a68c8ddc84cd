// When the schema rejects part of the config, the semantic checks still run on the rest, so
// one run reports every problem. Each mapping that fails loses only its failing fields (a
// function with a bad memory_size keeps its environment, so a reserved variable name in it
// is still reported); an entry that still fails (a required key is missing) is dropped, and
// a top-level section that still fails falls back to its default.
import type { z } from 'zod';
import { isPlainObject } from './merge';
import {
  ApiGatewaySchema,
  DynamoDbTableSchema,
  EventSourceSchema,
  LambdaFunctionSchema,
  ResolvedConfigSchema,
  type ResolvedConfig,
} from './schema';
import type { DeclaredKeys } from './checks/context';

const KEYED_SECTIONS: Readonly<Record<string, z.ZodType>> = {
  lambda_config: LambdaFunctionSchema,
  dynamodb_config: DynamoDbTableSchema,
  event_source_config: EventSourceSchema,
};

const OBJECT_SECTIONS: Readonly<Record<string, z.ZodType>> = {
  api_gateway_config: ApiGatewaySchema,
};

export function salvageConfig(data: Record<string, unknown>): ResolvedConfig {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ResolvedConfigSchema.shape) as [string, z.ZodType][]) {
    const raw = data[key];
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      out[key] = parsed.data;
      continue;
    }
    const entrySchema = KEYED_SECTIONS[key];
    if (entrySchema !== undefined && isPlainObject(raw)) {
      out[key] = Object.fromEntries(
        Object.entries(raw).flatMap(([name, entry]) => {
          const one = parseWithoutFailingFields(entrySchema, entry);
          return one.success ? [[name, one.data] as const] : [];
        }),
      );
      continue;
    }
    const objectSchema = OBJECT_SECTIONS[key];
    const repaired =
      objectSchema === undefined ? undefined : parseWithoutFailingFields(objectSchema, raw);
    if (repaired?.success === true) {
      out[key] = repaired.data;
      continue;
    }
    const fallback = schema.safeParse(undefined);
    out[key] = fallback.success ? fallback.data : typeof raw === 'string' ? raw : '';
  }
  return out as ResolvedConfig;
}

/** Parses `value`; when that fails, once more without the top-level fields the issues name. */
function parseWithoutFailingFields(
  schema: z.ZodType,
  value: unknown,
): { success: true; data: unknown } | { success: false } {
  const first = schema.safeParse(value);
  if (first.success || !isPlainObject(value)) return first;
  const failing = new Set<string>();
  for (const issue of first.error.issues) {
    const [field] = issue.path;
    if (field !== undefined) failing.add(String(field));
    else if (issue.code === 'unrecognized_keys') issue.keys.forEach((k) => failing.add(k));
  }
  const kept = Object.fromEntries(Object.entries(value).filter(([field]) => !failing.has(field)));
  return schema.safeParse(kept);
}

/** The keys each section declares as written, valid or not. */
export function declaredKeysOfData(data: Record<string, unknown>): DeclaredKeys {
  const keysOf = (section: string): ReadonlySet<string> => {
    const value = data[section];
    return new Set(isPlainObject(value) ? Object.keys(value) : []);
  };
  return {
    functions: keysOf('lambda_config'),
    tables: keysOf('dynamodb_config'),
    eventSources: keysOf('event_source_config'),
  };
}
