// Every object of the config language refuses keys it does not know, each with an error at
// its own path: a typo never passes silently. The object kinds come from walking the schema
// (configJsonSchema(): every object with additionalProperties false), so a new object kind
// is checked as soon as it exists; RICH below must hold one of each (a test says which is
// missing). Each case writes the config as JSON and runs validateConfig on it, as the CLI does.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { validateConfig } from '../../src/config';
import { configJsonSchema } from '../../src/config/json-schema';
import { TODAY } from './helpers';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = Record<string, unknown>;

const UNKNOWN = 'zz_not_a_key';

/** A pattern over config paths: a key, `*` (any key of a record) or `#` (any list item). */
type Pattern = readonly string[];

/** The location of every object in the schema that lists its keys and allows no others. */
function strictObjects(schema: Node): Pattern[] {
  const found: Pattern[] = [];
  const walk = (node: unknown, path: Pattern): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as Node;
    if (n['additionalProperties'] === false) found.push(path);
    for (const [name, child] of Object.entries((n['properties'] ?? {}) as Node)) {
      walk(child, [...path, name]);
    }
    if (typeof n['additionalProperties'] === 'object')
      walk(n['additionalProperties'], [...path, '*']);
    if (n['items'] !== undefined) walk(n['items'], [...path, '#']);
    for (const union of ['anyOf', 'oneOf', 'allOf']) {
      for (const branch of (n[union] ?? []) as unknown[]) walk(branch, path);
    }
  };
  walk(schema, []);
  // A union can repeat a location (e.g. nullable objects): keep each once.
  return [...new Map(found.map((p) => [p.join('.'), p])).values()];
}

/** The first mapping in `value` at a path matching `pattern`, with that path. */
function findMapping(
  value: Json,
  pattern: Pattern,
  at: (string | number)[] = [],
): (string | number)[] | undefined {
  if (pattern.length === 0) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? at : undefined;
  }
  const [head, ...rest] = pattern;
  if (typeof value !== 'object' || value === null) return undefined;
  const entries: [string | number, Json][] = Array.isArray(value)
    ? head === '#'
      ? value.map((item, i) => [i, item])
      : []
    : head === '*'
      ? Object.entries(value)
      : head !== '#' && head! in value
        ? [[head!, value[head!]!]]
        : [];
  for (const [key, child] of entries) {
    const found = findMapping(child, rest, [...at, key]);
    if (found) return found;
  }
  return undefined;
}

/** test/fixtures/config/full.yml, plus one of every object kind it does not use. */
function richConfig(): { [key: string]: Json } {
  const full = YAML.parse(
    readFileSync(join(__dirname, '..', 'fixtures', 'config', 'full.yml'), 'utf8'),
  ) as Record<string, Json>;
  const at = (...keys: string[]): Record<string, Json> =>
    keys.reduce((node, key) => node[key] as Record<string, Json>, full);
  const api = at('lambda_config', 'api');
  api['vpc_config'] = { subnet_ids: ['subnet-0a1b2c'], security_group_ids: ['sg-0a1b2c'] };
  (api['routes'] as Json[]).push({ route: 'DELETE /orders/{id}' });
  api['permissions'] = [{ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::shop-assets/*'] }];
  api['secrets'] = { DB_PASSWORD: { from: 'ssm:/shop/db-password' } };
  api['deployment_preference'] = {
    type: 'Canary10Percent5Minutes',
    hooks: { pre_traffic: 'worker' },
  };
  const gateway = at('api_gateway_config');
  gateway['domain_config'] = {
    domain_name: 'api.shop.example.com',
    certificate_arn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d',
  };
  gateway['usage_plan'] = { quota_limit: 1000, quota_period: 'DAY' };
  const orders = at('dynamodb_config', 'orders');
  orders['autoscaling'] = { min_capacity: 1, max_capacity: 10 };
  orders['server_side_encryption'] = { enabled: true };
  at('event_source_config', 'order-events')['scaling_config'] = { maximum_concurrency: 5 };
  at('event_source_config', 'order-changes')['destination_config'] = {
    on_failure: { destination_arn: 'arn:aws:sqs:us-east-1:123456789012:failed' },
  };
  full['usage'] = {
    ...at('usage'),
    api_gateway: { monthly_requests: 1000 },
    sns: { alerts: { monthly_requests: 1000 } },
    eventbridge: { 's3-uploads': { monthly_custom_events: 1000 } },
    s3: { uploads: { storage_gb: 1 } },
    cloudwatch: { monthly_log_ingestion_gb: 1 },
  };
  full['monitoring'] = { alarms_enabled: true };
  full['iam'] = {
    permissions_boundary: 'arn:aws:iam::123456789012:policy/boundary',
  };
  full['stack'] = { termination_protection: true };
  // An environment that overrides every section: the same objects, one level down.
  const sections = [
    'lambda_config',
    'api_gateway_config',
    'dynamodb_config',
    'event_source_config',
    'usage',
    'suppressions',
    'monitoring',
    'iam',
    'stack',
  ];
  at('environments')['everything'] = Object.fromEntries(
    sections.map((name): [string, Json] => [name, structuredClone(full[name]!)]),
  );
  return full;
}

const RICH = richConfig();
const LOCATIONS = strictObjects(configJsonSchema()).map((pattern) => ({
  name: pattern.length === 0 ? '(top level)' : pattern.join('.'),
  pattern,
  path: findMapping(RICH, pattern),
}));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unknown-keys-'));
  for (const source of ['functions/api', 'functions/worker', 'functions/nightly']) {
    mkdirSync(join(dir, source), { recursive: true });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function errors(
  config: Json,
  environment?: string,
): Promise<{ path: string; message: string }[]> {
  writeFileSync(join(dir, 'serverless.config.json'), JSON.stringify(config, null, 2));
  const result = await validateConfig('serverless.config.json', {
    cwd: dir,
    today: TODAY,
    ...(environment !== undefined && { environment }),
  });
  return result.errors.map((e) => ({ path: e.path ?? '', message: e.message }));
}

describe('unknown keys', () => {
  it('the schema has the object kinds this test expects to walk', () => {
    // Root, functions, tables, sources, usage, environments... (66 when written).
    expect(LOCATIONS.length).toBeGreaterThanOrEqual(60);
    expect(LOCATIONS.map((l) => l.name)).toEqual(
      expect.arrayContaining(['(top level)', 'dynamodb_config.*', 'usage.sns.*']),
    );
  });

  it('RICH holds one of every object kind (add the missing ones to richConfig())', () => {
    expect(LOCATIONS.filter((l) => l.path === undefined).map((l) => l.name)).toEqual([]);
  });

  // Found by this test: validating one environment did not look inside the others'
  // overrides, so a typo in `environments.prod` passed `validate` on a pull request and
  // failed only when prod was validated or deployed. Now it is reported at its own path.
  it.each(
    LOCATIONS.filter((l) => l.path !== undefined && l.path[0] === 'environments').map(
      (l) => [l.name, l.path!] as const,
    ),
  )('in %s, while another environment is validated', async (_name, path) => {
    const config = structuredClone(RICH);
    let node = config as unknown as Node;
    for (const key of path) node = node[key as string] as Node;
    node[UNKNOWN] = 1;
    const found = (await errors(config, 'dev')).filter((e) => e.message.includes(`"${UNKNOWN}"`));
    expect(found).toEqual([
      {
        path: [...path, UNKNOWN].join('.'),
        message: expect.stringContaining(`unknown key "${UNKNOWN}" in ${path.join('.')}`),
      },
    ]);
  });

  it('RICH itself has no unknown key', async () => {
    expect((await errors(RICH)).filter((e) => e.message.includes('unknown key'))).toEqual([]);
  });

  it.each(LOCATIONS.filter((l) => l.path !== undefined).map((l) => [l.name, l.path!] as const))(
    'in %s',
    async (_name, path) => {
      const config = structuredClone(RICH);
      let node = config as unknown as Node;
      for (const key of path) node = node[key as string] as Node;
      node[UNKNOWN] = 1;
      // An environment's overrides are checked merged over the base, for that environment,
      // so the error names the merged path (its line is the override's own).
      const [first, environment, ...inside] = path;
      const inEnvironment = first === 'environments';
      const found = (await errors(config, inEnvironment ? String(environment) : undefined)).filter(
        (e) => e.message.includes(`"${UNKNOWN}"`),
      );
      expect(found).toEqual([
        {
          path: (inEnvironment ? [...inside, UNKNOWN] : [...path, UNKNOWN]).join('.'),
          message: expect.stringContaining(`unknown key "${UNKNOWN}"`),
        },
      ]);
    },
  );
});
