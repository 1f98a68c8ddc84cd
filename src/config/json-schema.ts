import { z } from 'zod';
import { FIELD_DESCRIPTIONS, placeholderFor } from './descriptions';
import { ServerlessConfigSchema } from './schema';

type JsonSchema = Record<string, unknown>;

/** The JSON Schema (draft 2020-12) of the config file as a user writes it, with field descriptions. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ServerlessConfigSchema, { io: 'input', unrepresentable: 'any' });
  describe(schema, '', undefined);
  const overrides = schema.properties?.['environments'];
  if (isSchema(overrides) && isSchema(overrides['additionalProperties'])) {
    overrides['additionalProperties'] = {
      ...overridePartial(schema, true),
      description: 'A partial config deep-merged over the base for this environment.',
    };
  }
  return {
    ...schema,
    // Top-level `x-` keys hold the user's YAML anchors (see checks/environments.ts).
    patternProperties: { '^x-': {} },
    $id: 'https://github.com/serverless-action/serverless-action/schema/serverless.config.schema.json',
    title: 'serverless-action config (serverless.config.yml)',
  };
}

/**
 * Adds the reference's one-line descriptions (src/config/descriptions.ts) to the JSON Schema,
 * so editors show them on hover and completion. Paths use the reference's form:
 * `lambda_config.<function>.memory_size`, `dynamodb_config.<table>.attributes[].name`.
 */
function describe(
  node: JsonSchema,
  path: string,
  fieldName: string | undefined,
  /** False for the variants of an anyOf: the description sits once, on the anyOf itself. */
  self = true,
): void {
  const description = FIELD_DESCRIPTIONS[path];
  if (self && description !== undefined && node['description'] === undefined) {
    node['description'] = description;
  }
  for (const variant of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = node[variant];
    if (Array.isArray(options)) {
      for (const option of options as JsonSchema[]) describe(option, path, fieldName, false);
    }
  }
  const properties = node['properties'];
  if (isSchema(properties)) {
    for (const [key, child] of Object.entries(properties)) {
      if (isSchema(child)) describe(child, path === '' ? key : `${path}.${key}`, key);
    }
  }
  const values = node['additionalProperties'];
  if (isSchema(values) && node['properties'] === undefined) {
    describe(values, `${path}.${placeholderFor(fieldName)}`, undefined);
  }
  const items = node['items'];
  if (isSchema(items)) describe(items, `${path}[]`, undefined);
}

/**
 * What an `environments.<env>` override may hold: the same keys with the same rules, none
 * required (the base has them), any set to null (null removes the key), no defaults. Lists
 * replace the base's list, so list items keep their full rules.
 */
function overridePartial(node: JsonSchema, root = false): JsonSchema {
  const out: JsonSchema = { ...node };
  delete out['required'];
  delete out['default'];
  delete out['$schema'];
  for (const variant of ['anyOf', 'oneOf'] as const) {
    const options = node[variant];
    if (Array.isArray(options))
      out[variant] = (options as JsonSchema[]).map((o) => overridePartial(o));
  }
  const properties = node['properties'];
  if (isSchema(properties)) {
    out['properties'] = Object.fromEntries(
      Object.entries(properties)
        .filter(([key]) => !(root && key === 'environments'))
        .map(([key, child]) => [key, isSchema(child) ? nullable(overridePartial(child)) : child]),
    );
  }
  const values = node['additionalProperties'];
  if (isSchema(values)) out['additionalProperties'] = nullable(overridePartial(values));
  return out;
}

function nullable(node: JsonSchema): JsonSchema {
  const options = node['anyOf'];
  if (Array.isArray(options) && options.some((o) => isSchema(o) && o['type'] === 'null'))
    return node;
  const { description, ...rest } = node;
  return { anyOf: [rest, { type: 'null' }], ...(description !== undefined && { description }) };
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
