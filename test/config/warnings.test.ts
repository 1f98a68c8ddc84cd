// Values that do not apply, or that AWS has deprecated, are warnings: the config stays valid
// (exit 0), and each warning names its line.
import { analyze, yaml } from './helpers';

interface WarningCase {
  readonly name: string;
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly words: readonly string[];
}

const WARNING_CASES: readonly WarningCase[] = [
  {
    name: 'deprecated runtime, with the family replacement',
    text: yaml`
      project_name: shop
      lambda_config:
        job:
          runtime: python3.9
          handler: main.handler
    `,
    line: 4,
    column: 14,
    words: ['python3.9', 'deprecation date', '2025-12-15', 'use python3.14'],
  },
  {
    name: 'starting_position on SQS',
    text: yaml`
      project_name: shop
      lambda_config: { a: {} }
      event_source_config:
        q:
          type: SQS
          starting_position: LATEST
    `,
    line: 6,
    column: 5,
    words: ['starting_position', 'does not apply to SQS'],
  },
  {
    name: 'batch_size on SNS',
    text: yaml`
      project_name: shop
      lambda_config: { a: {} }
      event_source_config:
        t:
          type: sns
          batch_size: 10
    `,
    line: 6,
    column: 5,
    words: ['batch_size', 'does not apply to SNS'],
  },
  {
    name: 'protocol_type contradicting type',
    text: yaml`
      project_name: shop
      lambda_config: { a: { routes: ["$connect"] } }
      api_gateway_config:
        type: WEBSOCKET
        protocol_type: HTTP
    `,
    line: 5,
    column: 18,
    words: ['protocol_type HTTP contradicts type WEBSOCKET'],
  },
  {
    name: 'REST-only cache settings on an HTTP API',
    text: yaml`
      project_name: shop
      lambda_config: { a: {} }
      api_gateway_config:
        type: HTTP
        cache_cluster_enabled: true
    `,
    line: 5,
    column: 3,
    words: ['cache_cluster_enabled', 'REST APIs only'],
  },
  {
    name: 'capacities on an on-demand table',
    text: yaml`
      project_name: shop
      dynamodb_config:
        t:
          hash_key: id
          attributes: [{ name: id, type: S }]
          read_capacity: 5
    `,
    line: 6,
    column: 5,
    words: ['read_capacity', 'PROVISIONED only'],
  },
  {
    name: 'routes without an API',
    text: yaml`
      project_name: shop
      lambda_config:
        a:
          routes: ["GET /"]
    `,
    line: 4,
    column: 5,
    words: ['routes are ignored', 'api_gateway_config'],
  },
  {
    name: 'a REST route function that outlives the integration timeout',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          timeout: 60
          routes: ["GET /report"]
      api_gateway_config: { type: REST }
    `,
    line: 4,
    column: 14,
    words: ['timeout 60', '29 s', '504'],
  },
  {
    name: 'retries on an SNS source',
    text: yaml`
      project_name: shop
      lambda_config: { a: {} }
      event_source_config:
        t:
          type: SNS
          maximum_retry_attempts: 2
    `,
    line: 6,
    column: 5,
    words: ['maximum_retry_attempts', 'does not apply to SNS'],
  },
  {
    name: 'EventBridge retries above its maximum',
    text: yaml`
      project_name: shop
      lambda_config: { a: {} }
      event_source_config:
        nightly:
          type: SCHEDULE
          schedule: rate(1 day)
          maximum_retry_attempts: 500
    `,
    line: 7,
    column: 29,
    words: ['at most 185', 'lowered to 185'],
  },
  {
    name: 'queue settings on an existing queue',
    text: yaml`
      project_name: shop
      lambda_config: { a: {} }
      event_source_config:
        q:
          type: SQS
          source: arn:aws:sqs:us-east-1:123456789012:orders
          visibility_timeout_seconds: 60
    `,
    line: 7,
    column: 5,
    words: ['visibility_timeout_seconds', 'existing queue', 'keeps its own'],
  },
  {
    name: 'usage naming a function that does not exist',
    text: yaml`
      project_name: shop
      lambda_config: { api: {} }
      usage:
        lambda:
          apii: { monthly_requests: 10 }
    `,
    line: 5,
    column: 5,
    words: ['usage.lambda.apii', 'did you mean "api"'],
  },
];

describe('warnings', () => {
  it.each(WARNING_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const analysis = analyze(c.text);
    expect(analysis.errors).toEqual([]);
    expect(analysis.config).toBeDefined();
    expect(analysis.warnings).toHaveLength(1);
    const [w] = analysis.warnings;
    expect([w?.line, w?.column]).toEqual([c.line, c.column]);
    for (const word of c.words) expect(w?.message).toContain(word);
  });

  it('a vpc_config alone is no warning', () => {
    const analysis = analyze(yaml`
      project_name: shop
      lambda_config:
        a:
          vpc_config: { subnet_ids: [subnet-0abc1234], security_group_ids: [sg-0abc1234] }
    `);
    expect(analysis.warnings).toEqual([]);
    expect(analysis.errors).toEqual([]);
  });

  it('null means "not set": the seed\'s starting_position: null on SQS is no warning', () => {
    const analysis = analyze(yaml`
      project_name: shop
      lambda_config: { a: {} }
      event_source_config:
        q: { type: SQS, starting_position: null }
    `);
    expect(analysis.warnings).toEqual([]);
  });
});

describe('every problem at once', () => {
  it('reports errors from the schema and from the semantic checks together, sorted by position', () => {
    const analysis = analyze(yaml`
      project_name: shop
      lambda_config:
        api:
          memory_size: 1
          environment:
            AWS_REGION: x
          routes: ["GET /a"]
        other:
          routes: ["GET /a"]
      api_gateway_config: { type: HTTP }
      event_source_config:
        q: { type: SQS, function: nope }
    `);
    expect(analysis.errors.map((e) => `${e.line}:${e.column}`)).toEqual([
      '4:18',
      '6:7',
      '9:14',
      '12:29',
    ]);
  });
});
