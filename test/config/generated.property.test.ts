// Property over generated configs (fixed seed): any object the generator builds, written as
// YAML or JSON, is loaded and validated without throwing; every diagnostic points inside the
// file; a config comes back exactly when there are no errors. Hostile shapes found earlier
// are kept below as fixed cases.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { analyze } from './helpers';

const SEED = 19;

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 20_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('nodejs22.x', 'python3.13', 'PAY_PER_REQUEST', 'SQS', 'GET /users', '-1'),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('name', 'type', 'source', 'memory_size', 'x'), tie('node'), {
      maxKeys: 3,
    }),
  ),
})).node;
const fnFields = fc.record(
  {
    runtime: fc.constantFrom('nodejs22.x', 'nodejs24.x', 'python3.13', 'java21', 'bogus'),
    handler: fc.constantFrom('index.handler', 'app.main', ''),
    memory_size: fc.oneof(fc.integer({ min: 0, max: 20_000 }), value),
    timeout: fc.oneof(fc.integer({ min: 0, max: 1000 }), value),
    routes: fc.array(fc.constantFrom('GET /', 'POST /users', 'ANY /{proxy+}', 'BAD'), {
      maxLength: 3,
    }),
    environment: fc.dictionary(fc.constantFrom('A', 'B', 'lower', '1X'), value, { maxKeys: 2 }),
    extra: value,
  },
  { requiredKeys: [] },
);
const config = fc.record(
  {
    project_name: fc.oneof(fc.constantFrom('shop', 'my-app', 'Bad Name', ''), value),
    environment: fc.constantFrom('dev', 'prod', 'x y'),
    lambda_config: fc.oneof(
      fc.dictionary(fc.constantFrom('api', 'worker', 'a b'), fnFields, { maxKeys: 3 }),
      value,
    ),
    dynamodb_config: fc.dictionary(
      fc.constantFrom('users', 'orders'),
      fc.record(
        {
          hash_key: fc.constantFrom('id', ''),
          billing_mode: fc.constantFrom('PAY_PER_REQUEST', 'PROVISIONED', 'x'),
        },
        { requiredKeys: [] },
      ),
      { maxKeys: 2 },
    ),
    tags: fc.oneof(
      fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
      value,
    ),
    unknown_key: value,
  },
  { requiredKeys: [] },
);

function pointsInside(line: number, column: number, lines: readonly string[]): boolean {
  const text = lines[line - 1];
  return text !== undefined && line >= 1 && column >= 1 && column <= text.length + 1;
}

describe('generated configs', () => {
  it('load and validate without throwing; diagnostics inside the file', () => {
    fc.assert(
      fc.property(config, fc.boolean(), (generated, asJson) => {
        const text = asJson ? JSON.stringify(generated, null, 2) : stringify(generated);
        const analysis = analyze(text);
        const lines = text.split('\n');
        for (const d of [...analysis.errors, ...analysis.warnings]) {
          if (!pointsInside(d.line, d.column, lines)) {
            throw new Error(`${d.line}:${d.column} outside the file: ${d.message}\n${text}`);
          }
        }
        expect(analysis.config === undefined).toBe(analysis.errors.length > 0);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('kept case: 10,000 nested lists is a nesting error at its line, not a stack overflow', () => {
    const text = `project_name: shop\nlambda_config: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const analysis = analyze(text);
    expect(analysis.errors).toHaveLength(1);
    expect(analysis.errors[0]).toMatchObject({ line: 2 });
    expect(analysis.errors[0]?.message).toMatch(/nests more than \d+ levels/);
  });
});
