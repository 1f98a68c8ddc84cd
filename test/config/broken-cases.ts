// Broken configs, one problem each, with where it must be reported and words the message
// must contain. Line and column are 1-based, as editors count them.
import type { PathProbe } from '../../src/config/code-sources';
import { yaml } from './helpers';

export interface BrokenCase {
  readonly name: string;
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** Words the message must contain (case-insensitive). */
  readonly words: readonly string[];
  readonly environment?: string;
  /** What exists on disk for code sources; default: every path is a directory. */
  readonly probe?: PathProbe;
}

export const BROKEN_CASES: readonly BrokenCase[] = [
  {
    name: 'YAML syntax: unclosed flow list',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          routes: ["GET /a"
      tags: {}
    `,
    line: 5,
    column: 1,
    words: ['invalid YAML'],
  },
  {
    name: 'YAML syntax: tab indentation',
    text: 'project_name: shop\nlambda_config:\n\tapi: {}\n',
    line: 3,
    column: 1,
    words: ['tabs'],
  },
  {
    name: 'duplicate top-level key',
    text: yaml`
      project_name: shop
      environment: dev
      project_name: other
    `,
    line: 3,
    column: 1,
    words: ['duplicate key', 'project_name', 'line 1'],
  },
  {
    name: 'duplicate nested key',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          memory_size: 256
          timeout: 10
          memory_size: 512
    `,
    line: 6,
    column: 5,
    words: ['duplicate key', 'memory_size', 'line 4'],
  },
  {
    name: 'root is a list',
    text: '- project_name: shop\n',
    line: 1,
    column: 1,
    words: ['mapping', 'not a list'],
  },
  {
    name: 'root is a scalar',
    text: 'just some text\n',
    line: 1,
    column: 1,
    words: ['mapping', 'single value'],
  },
  {
    name: 'only comments',
    text: '# nothing here yet\n',
    line: 1,
    column: 1,
    words: ['no settings'],
  },
  {
    name: 'missing project_name',
    text: yaml`
      environment: dev
      lambda_config: {}
    `,
    line: 1,
    column: 1,
    words: ['missing required key', 'project_name'],
  },
  {
    name: 'project_name with uppercase',
    text: yaml`
      project_name: My Shop
    `,
    line: 1,
    column: 15,
    words: ['project_name', 'lowercase'],
  },
  {
    name: 'memory_size out of range',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          memory_size: 99999
    `,
    line: 4,
    column: 18,
    words: ['memory_size', '128', '10240', 'MB', '99999'],
  },
  {
    name: 'timeout out of range',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          timeout: 901
    `,
    line: 4,
    column: 14,
    words: ['timeout', '1 to 900', 'seconds'],
  },
  {
    name: 'memory_size is a string',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          memory_size: lots
    `,
    line: 4,
    column: 18,
    words: ['memory_size', 'must be a number', '"lots"'],
  },
  {
    name: 'unknown key with did you mean',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          tiemout: 10
    `,
    line: 4,
    column: 5,
    words: ['unknown key "tiemout"', 'did you mean "timeout"'],
  },
  {
    name: 'unknown top-level key with did you mean',
    text: yaml`
      project_name: shop
      lamda_config: {}
    `,
    line: 2,
    column: 1,
    words: ['unknown key "lamda_config"', 'did you mean "lambda_config"'],
  },
  {
    name: 'unknown runtime with did you mean',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          runtime: nodejs22
    `,
    line: 4,
    column: 14,
    words: ['unknown runtime', 'did you mean "nodejs22.x"'],
  },
  {
    name: 'enum value in the wrong case',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          tracing_config: active
    `,
    line: 4,
    column: 21,
    words: ['tracing_config', 'Active, PassThrough', 'did you mean "Active"'],
  },
  {
    name: 'reserved environment variable',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          environment:
            TABLE: items
            AWS_REGION: eu-west-1
    `,
    line: 6,
    column: 7,
    words: ['AWS_REGION', 'reserved'],
  },
  {
    name: 'environment variables over 4 KB',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          environment:
            BIG: ${'x'.repeat(4100)}
    `,
    line: 4,
    column: 5,
    words: ['4096', '4 KB'],
  },
  {
    name: 'event source names a missing function',
    text: yaml`
      project_name: shop
      lambda_config:
        worker: {}
      event_source_config:
        jobs:
          type: SQS
          function: wroker
    `,
    line: 7,
    column: 15,
    words: ['function "wroker"', 'not defined', 'did you mean "worker"'],
  },
  {
    name: 'event source without function among several',
    text: yaml`
      project_name: shop
      lambda_config:
        a: {}
        b: {}
      event_source_config:
        jobs:
          type: SQS
    `,
    line: 6,
    column: 3,
    words: ['function:', 'a, b'],
  },
  {
    name: 'SQS batch over 10 without batching window',
    text: yaml`
      project_name: shop
      lambda_config:
        worker: {}
      event_source_config:
        jobs:
          type: SQS
          batch_size: 100
    `,
    line: 7,
    column: 17,
    words: ['batch_size', 'maximum_batching_window_in_seconds'],
  },
  {
    name: 'batch size over the stream maximum',
    text: yaml`
      project_name: shop
      lambda_config:
        worker: {}
      event_source_config:
        clicks:
          type: KINESIS
          source: clicks
          batch_size: 20000
    `,
    line: 8,
    column: 17,
    words: ['batch_size', '1 to 10000', '20000'],
  },
  {
    name: 'DynamoDB stream source on a table without a stream',
    text: yaml`
      project_name: shop
      lambda_config:
        worker: {}
      dynamodb_config:
        items:
          hash_key: id
          attributes: [{ name: id, type: S }]
      event_source_config:
        changes:
          type: DYNAMODB_STREAM
          source: items
    `,
    line: 11,
    column: 13,
    words: ['items', 'no stream', 'stream_enabled'],
  },
  {
    name: 'DynamoDB stream source naming a missing table',
    text: yaml`
      project_name: shop
      lambda_config:
        worker: {}
      dynamodb_config:
        items:
          hash_key: id
          attributes: [{ name: id, type: S }]
          stream_enabled: true
          stream_view_type: NEW_IMAGE
      event_source_config:
        changes:
          type: dynamodb_stream
          source: itmes
    `,
    line: 13,
    column: 13,
    words: ['table "itmes"', 'did you mean "items"'],
  },
  {
    name: 'stream_enabled without stream_view_type',
    text: yaml`
      project_name: shop
      dynamodb_config:
        items:
          hash_key: id
          attributes: [{ name: id, type: S }]
          stream_enabled: true
    `,
    line: 6,
    column: 5,
    words: ['stream_enabled', 'stream_view_type'],
  },
  {
    name: 'hash_key missing from attributes',
    text: yaml`
      project_name: shop
      dynamodb_config:
        items:
          hash_key: pk
          attributes: [{ name: id, type: S }]
    `,
    line: 4,
    column: 15,
    words: ['hash_key "pk"', 'not in attributes'],
  },
  {
    name: 'GSI key missing from attributes',
    text: yaml`
      project_name: shop
      dynamodb_config:
        users:
          hash_key: id
          attributes:
            - { name: id, type: S }
          global_secondary_indexes:
            - name: EmailIndex
              hash_key: emial
    `,
    line: 9,
    column: 19,
    words: ['hash_key "emial"', 'not in attributes'],
  },
  {
    name: 'INCLUDE projection without non_key_attributes',
    text: yaml`
      project_name: shop
      dynamodb_config:
        users:
          hash_key: id
          attributes:
            - { name: id, type: S }
          global_secondary_indexes:
            - name: ByIdIndex
              hash_key: id
              projection_type: INCLUDE
    `,
    line: 10,
    column: 26,
    words: ['INCLUDE', 'non_key_attributes'],
  },
  {
    name: 'ttl_enabled without ttl_attribute',
    text: yaml`
      project_name: shop
      dynamodb_config:
        items:
          hash_key: id
          attributes: [{ name: id, type: S }]
          ttl_enabled: true
    `,
    line: 6,
    column: 5,
    words: ['ttl_enabled', 'ttl_attribute'],
  },
  {
    name: 'PROVISIONED without capacities',
    text: yaml`
      project_name: shop
      dynamodb_config:
        items:
          billing_mode: PROVISIONED
          hash_key: id
          attributes: [{ name: id, type: S }]
          read_capacity: 5
    `,
    line: 4,
    column: 19,
    words: ['PROVISIONED', 'write_capacity'],
  },
  {
    name: 'missing required attributes list',
    text: yaml`
      project_name: shop
      dynamodb_config:
        items:
          hash_key: id
    `,
    line: 3,
    column: 3,
    words: ['missing required key "attributes"', 'dynamodb_config.items'],
  },
  {
    name: 'duplicate route across functions',
    text: yaml`
      project_name: shop
      lambda_config:
        a:
          routes: ["GET /items"]
        b:
          routes: ["POST /items", "get /items"]
      api_gateway_config: { type: HTTP }
    `,
    line: 6,
    column: 29,
    words: ['GET /items', 'already served', '"a"'],
  },
  {
    name: 'route that does not parse',
    text: yaml`
      project_name: shop
      lambda_config:
        a:
          routes:
            - /items
      api_gateway_config: { type: HTTP }
    `,
    line: 5,
    column: 9,
    words: ['METHOD /path'],
  },
  {
    name: 'HTTP route on a WebSocket API',
    text: yaml`
      project_name: shop
      lambda_config:
        a:
          routes: ["$connect", "GET /x"]
      api_gateway_config: { type: WEBSOCKET }
    `,
    line: 4,
    column: 26,
    words: ['WebSocket', '$connect'],
  },
  {
    name: 'authorizer that does not exist',
    text: yaml`
      project_name: shop
      lambda_config:
        a:
          routes: ["GET /x"]
          authorizer: cognito
      api_gateway_config:
        type: HTTP
        authorizers:
          cognito-jwt:
            type: JWT
            issuer: https://issuer.example.com
            audience: [client]
    `,
    line: 5,
    column: 17,
    words: ['authorizer "cognito"', 'not defined', 'did you mean "cognito-jwt"'],
  },
  {
    name: 'access naming a missing table',
    text: yaml`
      project_name: shop
      lambda_config:
        a:
          access:
            dynamodb:
              orders: read
      dynamodb_config:
        items:
          hash_key: id
          attributes: [{ name: id, type: S }]
    `,
    line: 6,
    column: 9,
    words: ['access.dynamodb', '"orders"', 'dynamodb_config'],
  },
  {
    name: 'SCHEDULE without schedule',
    text: yaml`
      project_name: shop
      lambda_config:
        a: {}
      event_source_config:
        nightly:
          type: SCHEDULE
    `,
    line: 5,
    column: 3,
    words: ['SCHEDULE', 'schedule', 'rate('],
  },
  {
    name: 'EVENTBRIDGE without event_pattern',
    text: yaml`
      project_name: shop
      lambda_config:
        a: {}
      event_source_config:
        uploads:
          type: CloudWatch Events
    `,
    line: 5,
    column: 3,
    words: ['EVENTBRIDGE', 'event_pattern'],
  },
  {
    name: 'unknown event source type',
    text: yaml`
      project_name: shop
      lambda_config:
        a: {}
      event_source_config:
        jobs:
          type: SQSS
    `,
    line: 6,
    column: 11,
    words: ['type', 'SQS, SNS', 'did you mean "SQS"'],
  },
  {
    name: 'suppression without reason',
    text: yaml`
      project_name: shop
      suppressions:
        - rule: SA-SECRET-ENV
          resource: api
    `,
    line: 3,
    column: 5,
    words: ['suppression', 'reason'],
  },
  {
    name: 'missing code in the default place',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          memory_size: 256
    `,
    probe: () => 'missing',
    line: 3,
    column: 3,
    words: ['code of function "api"', 'functions/api', 'does not exist'],
  },
  {
    name: 'code source that is not an entry file',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          source: src/api.py
    `,
    probe: () => 'file',
    line: 4,
    column: 13,
    words: ['source src/api.py', 'not a .ts'],
  },
  {
    name: 'subnet id of the wrong form',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          vpc_config:
            subnet_ids: [subnet-1, net-2]
            security_group_ids: [sg-1]
    `,
    line: 5,
    column: 30,
    words: ['subnet_ids[1]', 'subnet id'],
  },
  {
    name: 'resource key with a space',
    text: yaml`
      project_name: shop
      lambda_config:
        my api: {}
    `,
    line: 3,
    column: 3,
    words: ['"my api"', 'not valid', 'letters, digits'],
  },
  {
    name: 'environments entry that is not a mapping',
    text: yaml`
      project_name: shop
      environments:
        prod: yes please
    `,
    line: 3,
    column: 9,
    words: ['environments.prod', 'mapping'],
  },
  {
    name: 'error inside an environment override points at the override',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          memory_size: 256
      environments:
        prod:
          lambda_config:
            api:
              memory_size: 20000
    `,
    environment: 'prod',
    line: 9,
    column: 22,
    words: ['memory_size', '20000'],
  },
  {
    name: 'invalid --environment name',
    text: yaml`
      project_name: shop
    `,
    environment: 'Prod_1',
    line: 1,
    column: 1,
    words: ['--environment', 'Prod_1'],
  },
  {
    name: 'log retention not a CloudWatch period',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          log_retention_in_days: 10
    `,
    line: 4,
    column: 28,
    words: ['log_retention_in_days', '14', 'got 10'],
  },
  {
    name: 'handler without a function part',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          handler: index
    `,
    line: 4,
    column: 14,
    words: ['handler "index"', 'file.function'],
  },
  {
    name: 'list where a mapping belongs',
    text: yaml`
      project_name: shop
      lambda_config:
        - api
    `,
    line: 3,
    column: 3,
    words: ['lambda_config', 'mapping', 'not a list'],
  },
  {
    name: 'environment name that cannot be a stack name',
    text: yaml`
      project_name: shop
      environments:
        Prod_EU:
          tags: { region: eu }
    `,
    line: 3,
    column: 3,
    words: ['"Prod_EU"', 'lowercase'],
  },
  {
    name: 'environment variable value that is a list',
    text: yaml`
      project_name: shop
      lambda_config:
        api:
          environment:
            ORIGINS: [a, b]
    `,
    line: 5,
    column: 16,
    words: ['ORIGINS must be a string or a number or true or false', 'not a list'],
  },
  {
    name: 'tag key with the reserved aws: prefix',
    text: yaml`
      project_name: shop
      tags:
        team: web
        aws:owner: me
    `,
    line: 4,
    column: 3,
    words: ['"aws:owner"', 'reserved'],
  },
  {
    name: 'SQS visibility timeout below the function timeout',
    text: yaml`
      project_name: shop
      lambda_config:
        worker: { timeout: 120 }
      event_source_config:
        jobs:
          type: SQS
          visibility_timeout_seconds: 30
    `,
    line: 7,
    column: 33,
    words: ['visibility_timeout_seconds (30)', '"worker" (120)'],
  },
  {
    name: 'an API with several functions and no routes',
    text: yaml`
      project_name: shop
      lambda_config:
        a: {}
        b: {}
      api_gateway_config:
        type: HTTP
    `,
    line: 5,
    column: 1,
    words: ['no routes', '2 functions', 'routes'],
  },
  {
    name: '$default and ANY /{proxy+} are one route on a REST API',
    text: yaml`
      project_name: shop
      lambda_config:
        a: { routes: ["$default"] }
        b: { routes: ["ANY /{proxy+}"] }
      api_gateway_config: { type: REST }
    `,
    line: 4,
    column: 17,
    words: ['ANY /{proxy+}', 'already served by function "a"'],
  },
  {
    name: 'an attribute no key uses',
    text: yaml`
      project_name: shop
      dynamodb_config:
        t:
          hash_key: id
          attributes:
            - { name: id, type: S }
            - { name: email, type: S }
    `,
    line: 7,
    column: 9,
    words: ['"email"', 'not a key', 'remove it'],
  },
  {
    name: 'JWT authorizer without issuer on a REST API',
    text: yaml`
      project_name: shop
      lambda_config:
        a:
          routes: ["GET /x"]
      api_gateway_config:
        type: REST
        authorizers:
          users:
            type: JWT
            audience: [web]
    `,
    line: 9,
    column: 13,
    words: ['JWT', 'HTTP APIs only'],
  },
];
