// The published JSON Schema comes from the validator's definition and carries the field
// descriptions editors show; the committed file must match a fresh render.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchema } from '../../src/config/json-schema';

type Node = {
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  anyOf?: Node[];
  required?: string[];
  description?: string;
  type?: string;
  default?: unknown;
};

/** The non-null variant of `anyOf: [x, {type: null}]`, or the node itself. */
const nonNull = (node: Node | boolean | undefined): Node | undefined =>
  typeof node === 'object' ? (node.anyOf?.find((o) => o.type !== 'null') ?? node) : undefined;

describe('configJsonSchema', () => {
  const schema = configJsonSchema() as Node;

  it('describes fields, inside maps too', () => {
    const fn = nonNull(schema.properties?.['lambda_config']?.additionalProperties);
    expect(schema.properties?.['project_name']?.description).toContain('stack name');
    expect(fn?.properties?.['memory_size']?.description).toBe('Memory in MB (CPU scales with it).');
    expect(fn?.properties?.['environment']?.description).toContain('reserved');
  });

  it('an environment override: the same keys and rules, none required, null allowed, no defaults', () => {
    const override = nonNull(schema.properties?.['environments']?.additionalProperties);
    expect(override?.required).toBeUndefined();
    expect(override?.additionalProperties).toBe(false);
    expect(Object.keys(override?.properties ?? {})).not.toContain('environments');
    const project = override?.properties?.['project_name'];
    expect(project?.anyOf?.map((o) => o.type)).toEqual(['string', 'null']);
    const fn = nonNull(nonNull(override?.properties?.['lambda_config'])?.additionalProperties);
    const memory = fn?.properties?.['memory_size'];
    expect(nonNull(memory)).toMatchObject({ type: 'integer', minimum: 128, maximum: 10240 });
    expect(nonNull(memory)?.default).toBeUndefined();
    expect(fn?.required).toBeUndefined();
  });

  it('matches the committed schema/serverless.config.schema.json (else: npm run schema)', () => {
    const file = join(__dirname, '..', '..', 'schema', 'serverless.config.schema.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(configJsonSchema());
  });
});
