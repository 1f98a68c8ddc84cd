// Every leaf field of the config schema either changes the synthesized template where it says
// it acts, or is listed in NO_TEMPLATE_EFFECT with the reason it cannot. The list of leaves is
// read from the schema itself (the same walk that writes docs/config.md), so a new field
// without a case here, or a case whose field no longer changes anything, fails this test.
//
// Each case starts from a small base config, sets one valid non-default value, synthesizes
// in-process, and compares with the base's template: some resource of a type in `acts` (or
// the Outputs) must differ. Bases are synthesized once and shared.
import { referenceRows } from '../../src/config/reference';
import type { CfnTemplate } from '../../src/synth/types';
import { fn, synth } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Config = Record<string, any>;

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-444455556666';
const POOL = 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Example';

/** Small configs that each field's case starts from; one synth each, shared by the cases. */
const BASES = {
  /** An HTTP API, a table, an SQS source. */
  http: (): Config => ({
    lambda_config: {
      api: fn({ routes: ['GET /items', 'POST /items'] }),
      worker: fn(),
    },
    api_gateway_config: { type: 'HTTP' },
    dynamodb_config: { items: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] } },
    event_source_config: { jobs: { type: 'SQS', function: 'worker' } },
  }),
  rest: (): Config => ({
    lambda_config: {
      api: fn({ routes: ['GET /items', 'POST /items'] }),
      authz: fn(),
    },
    api_gateway_config: { type: 'REST', cors_configuration: {} },
  }),
  websocket: (): Config => ({
    lambda_config: { ws: fn({ routes: ['$connect', '$default'] }), authz: fn() },
    api_gateway_config: { type: 'WEBSOCKET' },
  }),
  /** A table with a stream and a GSI, consumed by a function. */
  stream: (): Config => ({
    lambda_config: { worker: fn() },
    dynamodb_config: {
      items: {
        hash_key: 'id',
        range_key: 'sk',
        attributes: [
          { name: 'id', type: 'S' },
          { name: 'sk', type: 'S' },
          { name: 'gpk', type: 'S' },
        ],
        global_secondary_indexes: [{ name: 'by-gpk', hash_key: 'gpk', projection_type: 'ALL' }],
        stream_enabled: true,
        stream_view_type: 'NEW_IMAGE',
      },
    },
    event_source_config: {
      changes: { type: 'DYNAMODB_STREAM', source: 'items', function: 'worker' },
      clicks: { type: 'KINESIS', function: 'worker' },
    },
  }),
  provisioned: (): Config => ({
    lambda_config: { worker: fn() },
    dynamodb_config: {
      items: {
        billing_mode: 'PROVISIONED',
        hash_key: 'id',
        attributes: [{ name: 'id', type: 'S' }],
        read_capacity: 5,
        write_capacity: 5,
        autoscaling: { min_capacity: 5, max_capacity: 50 },
      },
    },
  }),
  /** Every other source type, on one function. */
  sources: (): Config => ({
    lambda_config: { worker: fn() },
    event_source_config: {
      uploads: { type: 'S3', function: 'worker' },
      tick: { type: 'SCHEDULE', schedule: 'rate(5 minutes)', function: 'worker' },
      orders: { type: 'EVENTBRIDGE', event_pattern: { source: ['shop'] }, function: 'worker' },
      news: { type: 'SNS', function: 'worker' },
    },
  }),
  /** The http base with a canary on `api`: its deployment group is there before a case starts. */
  shifted: (): Config => {
    const config = BASES.http();
    config['lambda_config']['api']['deployment_preference'] = { type: 'Canary10Percent5Minutes' };
    return config;
  },
} satisfies Record<string, () => Config>;

type BaseName = keyof typeof BASES;

interface Case {
  readonly base: BaseName;
  /** Sets the field (and only what the field needs to be meaningful) on a fresh base. */
  readonly set: (config: Config) => unknown;
  /** Resource types (or "Outputs") of which at least one must change. */
  readonly acts: readonly string[];
}

const FN = 'AWS::Lambda::Function';
const ROLE = 'AWS::IAM::Role';
const REST_METHOD = 'AWS::ApiGateway::Method';
const REST_STAGE = 'AWS::ApiGateway::Stage';
const V2_API = 'AWS::ApiGatewayV2::Api';
const V2_STAGE = 'AWS::ApiGatewayV2::Stage';
const TABLE = 'AWS::DynamoDB::Table';
const MAPPING = 'AWS::Lambda::EventSourceMapping';
const QUEUE = 'AWS::SQS::Queue';
const POLICY = 'AWS::IAM::Policy';
const BUCKET_OBJECTS = 'arn:aws:s3:::shop-uploads/*';

const api = (c: Config) => c['api_gateway_config'] as Config;
const lambda = (c: Config, key: string) => c['lambda_config'][key] as Config;
const table = (c: Config) => c['dynamodb_config']['items'] as Config;
const source = (c: Config, key: string) => c['event_source_config'][key] as Config;

/** Fields that act on the template, with how to set them. */
const CASES: Readonly<Record<string, Case>> = {
  project_name: { base: 'http', set: (c) => (c['project_name'] = 'other'), acts: [FN] },
  environment: { base: 'http', set: (c) => (c['environment'] = 'qa'), acts: [FN] },

  'lambda_config.<function>.runtime': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['runtime'] = 'nodejs24.x'),
    acts: [FN],
  },
  'lambda_config.<function>.handler': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['handler'] = 'index.other'),
    acts: [FN],
  },
  'lambda_config.<function>.memory_size': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['memory_size'] = 512),
    acts: [FN],
  },
  'lambda_config.<function>.timeout': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['timeout'] = 10),
    acts: [FN],
  },
  'lambda_config.<function>.environment': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['environment'] = { MODE: 'fast' }),
    acts: [FN],
  },
  'lambda_config.<function>.vpc_config.subnet_ids': {
    base: 'http',
    set: (c) =>
      (lambda(c, 'worker')['vpc_config'] = {
        subnet_ids: ['subnet-0abc'],
        security_group_ids: ['sg-0abc'],
      }),
    acts: [FN],
  },
  'lambda_config.<function>.vpc_config.security_group_ids': {
    base: 'http',
    set: (c) =>
      (lambda(c, 'worker')['vpc_config'] = {
        subnet_ids: ['subnet-0abc'],
        security_group_ids: ['sg-0def'],
      }),
    acts: [FN],
  },
  'lambda_config.<function>.tracing_config': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['tracing_config'] = 'Active'),
    acts: [FN],
  },
  'lambda_config.<function>.layers': {
    base: 'http',
    set: (c) =>
      (lambda(c, 'worker')['layers'] = ['arn:aws:lambda:us-east-1:123456789012:layer:deps:3']),
    acts: [FN],
  },
  'lambda_config.<function>.reserved_concurrent_executions': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['reserved_concurrent_executions'] = 5),
    acts: [FN],
  },
  'lambda_config.<function>.source': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['source'] = 'src/handler.ts'),
    acts: [FN],
  },
  'lambda_config.<function>.routes': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['routes'] = ['GET /jobs']),
    acts: ['AWS::ApiGatewayV2::Route'],
  },
  'lambda_config.<function>.routes[].route': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['routes'] = [{ route: 'GET /jobs' }]),
    acts: ['AWS::ApiGatewayV2::Route'],
  },
  'lambda_config.<function>.routes[].request_schema': {
    base: 'rest',
    set: (c) =>
      (lambda(c, 'api')['routes'] = [
        'GET /items',
        { route: 'POST /items', request_schema: 'schemas/item.json' },
      ]),
    acts: ['AWS::ApiGateway::Model', REST_METHOD],
  },
  'lambda_config.<function>.routes[].throttling_burst_limit': {
    base: 'rest',
    set: (c) =>
      (lambda(c, 'api')['routes'] = [
        'GET /items',
        { route: 'POST /items', throttling_burst_limit: 5 },
      ]),
    acts: [REST_STAGE],
  },
  'lambda_config.<function>.routes[].throttling_rate_limit': {
    base: 'http',
    set: (c) =>
      (lambda(c, 'api')['routes'] = [
        'GET /items',
        { route: 'POST /items', throttling_rate_limit: 5 },
      ]),
    acts: [V2_STAGE],
  },
  'lambda_config.<function>.architectures': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['architectures'] = ['arm64']),
    acts: [FN],
  },
  'lambda_config.<function>.description': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['description'] = 'does the jobs'),
    acts: [FN],
  },
  'lambda_config.<function>.provisioned_concurrent_executions': {
    base: 'http',
    set: (c) => (lambda(c, 'api')['provisioned_concurrent_executions'] = 2),
    acts: ['AWS::Lambda::Alias'],
  },
  'lambda_config.<function>.deployment_preference.type': {
    base: 'http',
    set: (c) =>
      (lambda(c, 'worker')['deployment_preference'] = { type: 'Linear10PercentEvery1Minute' }),
    acts: ['AWS::CodeDeploy::DeploymentGroup', 'AWS::Lambda::Alias'],
  },
  'lambda_config.<function>.deployment_preference.alarms': {
    base: 'shifted',
    set: (c) => (lambda(c, 'api')['deployment_preference']['alarms'] = ['duration']),
    acts: ['AWS::CodeDeploy::DeploymentGroup'],
  },
  'lambda_config.<function>.deployment_preference.hooks.pre_traffic': {
    base: 'shifted',
    set: (c) => (lambda(c, 'api')['deployment_preference']['hooks'] = { pre_traffic: 'worker' }),
    acts: ['AWS::Lambda::Alias'],
  },
  'lambda_config.<function>.deployment_preference.hooks.post_traffic': {
    base: 'shifted',
    set: (c) => (lambda(c, 'api')['deployment_preference']['hooks'] = { post_traffic: 'worker' }),
    acts: ['AWS::Lambda::Alias'],
  },
  'lambda_config.<function>.log_retention_in_days': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['log_retention_in_days'] = 90),
    acts: ['AWS::Logs::LogGroup'],
  },
  'lambda_config.<function>.authorizer': {
    base: 'rest',
    set: (c) => {
      api(c)['authorizers'] = { iam: { type: 'IAM' } };
      lambda(c, 'api')['authorizer'] = 'iam';
    },
    acts: [REST_METHOD],
  },
  'lambda_config.<function>.api_key_required': {
    base: 'rest',
    set: (c) => (lambda(c, 'api')['api_key_required'] = true),
    acts: [REST_METHOD],
  },
  'lambda_config.<function>.access.dynamodb': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['access'] = { dynamodb: { items: 'read' } }),
    acts: [ROLE],
  },
  'lambda_config.<function>.access.sqs': {
    base: 'http',
    set: (c) => (lambda(c, 'api')['access'] = { sqs: { jobs: 'write' } }),
    acts: [ROLE],
  },
  'lambda_config.<function>.access.sns': {
    base: 'sources',
    set: (c) => (lambda(c, 'worker')['access'] = { sns: { news: 'write' } }),
    acts: [ROLE],
  },
  'lambda_config.<function>.access.s3': {
    base: 'sources',
    set: (c) => (lambda(c, 'worker')['access'] = { s3: { uploads: 'read' } }),
    acts: [ROLE],
  },

  'api_gateway_config.type': {
    base: 'http',
    set: (c) => (api(c)['type'] = 'REST'),
    acts: ['AWS::ApiGateway::RestApi'],
  },
  'api_gateway_config.protocol_type': {
    base: 'http',
    set: (c) => {
      delete api(c)['type'];
      api(c)['protocol_type'] = 'WEBSOCKET';
      lambda(c, 'api')['routes'] = ['$default'];
    },
    acts: [V2_API],
  },
  'api_gateway_config.description': {
    base: 'http',
    set: (c) => (api(c)['description'] = 'the items API'),
    acts: [V2_API],
  },
  'api_gateway_config.binary_media_types': {
    base: 'rest',
    set: (c) => (api(c)['binary_media_types'] = ['image/png']),
    acts: ['AWS::ApiGateway::RestApi'],
  },
  'api_gateway_config.cors_configuration.allow_origins': {
    base: 'rest',
    set: (c) =>
      (api(c)['cors_configuration'] = {
        allow_origins: ['https://a.example.com', 'https://b.example.com'],
      }),
    acts: [REST_METHOD],
  },
  'api_gateway_config.cors_configuration.allow_methods': {
    base: 'rest',
    set: (c) => (api(c)['cors_configuration'] = { allow_methods: ['GET'] }),
    acts: [REST_METHOD],
  },
  'api_gateway_config.cors_configuration.allow_headers': {
    base: 'rest',
    set: (c) => (api(c)['cors_configuration'] = { allow_headers: ['X-Trace'] }),
    acts: [REST_METHOD],
  },
  'api_gateway_config.cors_configuration.expose_headers': {
    base: 'rest',
    set: (c) => (api(c)['cors_configuration'] = { expose_headers: ['X-Request-Id'] }),
    acts: ['AWS::ApiGateway::GatewayResponse', REST_METHOD],
  },
  'api_gateway_config.cors_configuration.max_age': {
    base: 'rest',
    set: (c) => (api(c)['cors_configuration'] = { max_age: 600 }),
    acts: [REST_METHOD],
  },
  'api_gateway_config.cors_configuration.allow_credentials': {
    base: 'rest',
    set: (c) =>
      (api(c)['cors_configuration'] = {
        allow_origins: ['https://a.example.com'],
        allow_credentials: true,
      }),
    acts: [REST_METHOD],
  },
  'api_gateway_config.domain_config.domain_name': {
    base: 'http',
    set: (c) =>
      (api(c)['domain_config'] = { domain_name: 'api.example.com', certificate_arn: CERT }),
    acts: ['AWS::ApiGatewayV2::DomainName'],
  },
  'api_gateway_config.domain_config.certificate_arn': {
    base: 'http',
    set: (c) =>
      (api(c)['domain_config'] = { domain_name: 'api.example.com', certificate_arn: CERT }),
    acts: ['AWS::ApiGatewayV2::DomainName'],
  },
  'api_gateway_config.domain_config.base_path': {
    base: 'http',
    set: (c) =>
      (api(c)['domain_config'] = {
        domain_name: 'api.example.com',
        certificate_arn: CERT,
        base_path: 'v1',
      }),
    acts: ['AWS::ApiGatewayV2::ApiMapping'],
  },
  'api_gateway_config.stage_name': {
    base: 'http',
    set: (c) => (api(c)['stage_name'] = 'live'),
    acts: [V2_STAGE],
  },
  'api_gateway_config.throttling_burst_limit': {
    base: 'http',
    set: (c) => (api(c)['throttling_burst_limit'] = 7),
    acts: [V2_STAGE],
  },
  'api_gateway_config.throttling_rate_limit': {
    base: 'http',
    set: (c) => (api(c)['throttling_rate_limit'] = 7),
    acts: [V2_STAGE],
  },
  'api_gateway_config.access_log_enabled': {
    base: 'http',
    set: (c) => (api(c)['access_log_enabled'] = false),
    acts: [V2_STAGE],
  },
  'api_gateway_config.cache_cluster_enabled': {
    base: 'rest',
    set: (c) => (api(c)['cache_cluster_enabled'] = true),
    acts: [REST_STAGE],
  },
  'api_gateway_config.cache_cluster_size': {
    base: 'rest',
    set: (c) => {
      api(c)['cache_cluster_enabled'] = true;
      api(c)['cache_cluster_size'] = '6.1';
    },
    acts: [REST_STAGE],
  },
  'api_gateway_config.cache_ttl_in_seconds': {
    base: 'rest',
    set: (c) => {
      api(c)['cache_cluster_enabled'] = true;
      api(c)['cache_ttl_in_seconds'] = 60;
    },
    acts: [REST_STAGE],
  },
  'api_gateway_config.validate_request_body': {
    base: 'rest',
    set: (c) => (api(c)['validate_request_body'] = true),
    acts: ['AWS::ApiGateway::RequestValidator'],
  },
  'api_gateway_config.validate_request_parameters': {
    base: 'rest',
    set: (c) => (api(c)['validate_request_parameters'] = true),
    acts: ['AWS::ApiGateway::RequestValidator'],
  },
  'api_gateway_config.xray_tracing_enabled': {
    base: 'rest',
    set: (c) => (api(c)['xray_tracing_enabled'] = true),
    acts: [REST_STAGE],
  },
  'api_gateway_config.logging_level': {
    base: 'websocket',
    set: (c) => (api(c)['logging_level'] = 'INFO'),
    acts: [V2_STAGE],
  },
  'api_gateway_config.data_trace_enabled': {
    base: 'rest',
    set: (c) => (api(c)['data_trace_enabled'] = true),
    acts: [REST_STAGE],
  },
  'api_gateway_config.metrics_enabled': {
    base: 'http',
    set: (c) => (api(c)['metrics_enabled'] = true),
    acts: [V2_STAGE],
  },
  'api_gateway_config.web_acl_arn': {
    base: 'rest',
    set: (c) =>
      (api(c)['web_acl_arn'] =
        'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/shop/0a1b2c3d-1111-2222-3333-444455556666'),
    acts: ['AWS::WAFv2::WebACLAssociation'],
  },
  'api_gateway_config.endpoint_type': {
    base: 'rest',
    set: (c) => (api(c)['endpoint_type'] = 'EDGE'),
    acts: ['AWS::ApiGateway::RestApi'],
  },
  'api_gateway_config.vpc_endpoint_ids': {
    base: 'rest',
    set: (c) =>
      Object.assign(api(c), { endpoint_type: 'PRIVATE', vpc_endpoint_ids: ['vpce-0abc'] }),
    acts: ['AWS::ApiGateway::RestApi'],
  },
  'api_gateway_config.resource_policy': {
    base: 'rest',
    set: (c) =>
      (api(c)['resource_policy'] = {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 'execute-api:Invoke',
            Resource: 'execute-api:/*',
          },
        ],
      }),
    acts: ['AWS::ApiGateway::RestApi'],
  },
  'api_gateway_config.route_selection_expression': {
    base: 'websocket',
    set: (c) => (api(c)['route_selection_expression'] = '$request.body.type'),
    acts: [V2_API],
  },
  'api_gateway_config.authorizers.<authorizer>.type': {
    base: 'rest',
    set: (c) => {
      api(c)['authorizers'] = { custom: { type: 'LAMBDA', function: 'authz' } };
      lambda(c, 'api')['authorizer'] = 'custom';
    },
    acts: ['AWS::ApiGateway::Authorizer'],
  },
  'api_gateway_config.authorizers.<authorizer>.issuer': {
    base: 'http',
    set: (c) => {
      api(c)['authorizers'] = {
        jwt: { type: 'JWT', issuer: 'https://issuer.example.com', audience: ['app'] },
      };
      lambda(c, 'api')['authorizer'] = 'jwt';
    },
    acts: ['AWS::ApiGatewayV2::Authorizer'],
  },
  'api_gateway_config.authorizers.<authorizer>.audience': {
    base: 'http',
    set: (c) => {
      api(c)['authorizers'] = {
        jwt: { type: 'JWT', issuer: 'https://issuer.example.com', audience: ['app', 'cli'] },
      };
      lambda(c, 'api')['authorizer'] = 'jwt';
    },
    acts: ['AWS::ApiGatewayV2::Authorizer'],
  },
  'api_gateway_config.authorizers.<authorizer>.user_pool_arns': {
    base: 'rest',
    set: (c) => {
      api(c)['authorizers'] = { pool: { type: 'COGNITO', user_pool_arns: [POOL] } };
      lambda(c, 'api')['authorizer'] = 'pool';
    },
    acts: ['AWS::ApiGateway::Authorizer'],
  },
  'api_gateway_config.authorizers.<authorizer>.function': {
    base: 'rest',
    set: (c) => {
      api(c)['authorizers'] = { custom: { type: 'LAMBDA', function: 'authz' } };
      lambda(c, 'api')['authorizer'] = 'custom';
    },
    acts: ['AWS::ApiGateway::Authorizer'],
  },
  'api_gateway_config.authorizers.<authorizer>.identity_sources': {
    base: 'rest',
    set: (c) => {
      api(c)['authorizers'] = {
        custom: {
          type: 'LAMBDA',
          function: 'authz',
          identity_sources: ['method.request.header.X-Token'],
        },
      };
      lambda(c, 'api')['authorizer'] = 'custom';
    },
    acts: ['AWS::ApiGateway::Authorizer'],
  },
  'api_gateway_config.authorizers.<authorizer>.authorizer_result_ttl_in_seconds': {
    base: 'rest',
    set: (c) => {
      api(c)['authorizers'] = {
        custom: { type: 'LAMBDA', function: 'authz', authorizer_result_ttl_in_seconds: 60 },
      };
      lambda(c, 'api')['authorizer'] = 'custom';
    },
    acts: ['AWS::ApiGateway::Authorizer'],
  },
  'api_gateway_config.default_authorizer': {
    base: 'rest',
    set: (c) => {
      api(c)['authorizers'] = { iam: { type: 'IAM' } };
      api(c)['default_authorizer'] = 'iam';
    },
    acts: [REST_METHOD],
  },
  'api_gateway_config.api_keys': {
    base: 'rest',
    set: (c) => (api(c)['api_keys'] = ['partner']),
    acts: ['AWS::ApiGateway::ApiKey'],
  },
  'api_gateway_config.usage_plan.quota_limit': {
    base: 'rest',
    set: (c) => (api(c)['usage_plan'] = { quota_limit: 1000 }),
    acts: ['AWS::ApiGateway::UsagePlan'],
  },
  'api_gateway_config.usage_plan.quota_period': {
    base: 'rest',
    set: (c) => (api(c)['usage_plan'] = { quota_limit: 1000, quota_period: 'WEEK' }),
    acts: ['AWS::ApiGateway::UsagePlan'],
  },
  'api_gateway_config.usage_plan.throttle_burst_limit': {
    base: 'rest',
    set: (c) => (api(c)['usage_plan'] = { throttle_burst_limit: 3 }),
    acts: ['AWS::ApiGateway::UsagePlan'],
  },
  'api_gateway_config.usage_plan.throttle_rate_limit': {
    base: 'rest',
    set: (c) => (api(c)['usage_plan'] = { throttle_rate_limit: 3 }),
    acts: ['AWS::ApiGateway::UsagePlan'],
  },

  'dynamodb_config.<table>.billing_mode': {
    base: 'http',
    set: (c) => Object.assign(table(c), { billing_mode: 'PROVISIONED' }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.hash_key': {
    base: 'http',
    set: (c) =>
      Object.assign(table(c), { hash_key: 'pk', attributes: [{ name: 'pk', type: 'S' }] }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.range_key': {
    base: 'http',
    set: (c) =>
      Object.assign(table(c), {
        range_key: 'sk',
        attributes: [
          { name: 'id', type: 'S' },
          { name: 'sk', type: 'S' },
        ],
      }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.attributes[].name': {
    base: 'http',
    set: (c) =>
      Object.assign(table(c), { hash_key: 'key', attributes: [{ name: 'key', type: 'S' }] }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.attributes[].type': {
    base: 'http',
    set: (c) => Object.assign(table(c), { attributes: [{ name: 'id', type: 'N' }] }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.global_secondary_indexes[].name': {
    base: 'stream',
    set: (c) => (table(c)['global_secondary_indexes'][0]['name'] = 'by-group'),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.global_secondary_indexes[].hash_key': {
    base: 'stream',
    set: (c) => (table(c)['global_secondary_indexes'][0]['hash_key'] = 'sk'),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.global_secondary_indexes[].range_key': {
    base: 'stream',
    set: (c) => (table(c)['global_secondary_indexes'][0]['range_key'] = 'sk'),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.global_secondary_indexes[].projection_type': {
    base: 'stream',
    set: (c) => (table(c)['global_secondary_indexes'][0]['projection_type'] = 'KEYS_ONLY'),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.global_secondary_indexes[].non_key_attributes': {
    base: 'stream',
    set: (c) =>
      Object.assign(table(c)['global_secondary_indexes'][0] as Config, {
        projection_type: 'INCLUDE',
        non_key_attributes: ['title'],
      }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.global_secondary_indexes[].read_capacity': {
    base: 'provisioned',
    set: (c) =>
      Object.assign(table(c), {
        attributes: [
          { name: 'id', type: 'S' },
          { name: 'gpk', type: 'S' },
        ],
        global_secondary_indexes: [{ name: 'by-gpk', hash_key: 'gpk', read_capacity: 9 }],
      }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.global_secondary_indexes[].write_capacity': {
    base: 'provisioned',
    set: (c) =>
      Object.assign(table(c), {
        attributes: [
          { name: 'id', type: 'S' },
          { name: 'gpk', type: 'S' },
        ],
        global_secondary_indexes: [{ name: 'by-gpk', hash_key: 'gpk', write_capacity: 9 }],
      }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.stream_enabled': {
    base: 'http',
    set: (c) => Object.assign(table(c), { stream_enabled: true, stream_view_type: 'KEYS_ONLY' }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.stream_view_type': {
    base: 'stream',
    set: (c) => (table(c)['stream_view_type'] = 'NEW_AND_OLD_IMAGES'),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.ttl_enabled': {
    base: 'http',
    set: (c) => Object.assign(table(c), { ttl_enabled: true, ttl_attribute: 'expires' }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.ttl_attribute': {
    base: 'http',
    set: (c) => Object.assign(table(c), { ttl_enabled: true, ttl_attribute: 'gone_at' }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.read_capacity': {
    base: 'provisioned',
    set: (c) => Object.assign(table(c), { read_capacity: 7, autoscaling: undefined }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.write_capacity': {
    base: 'provisioned',
    set: (c) => Object.assign(table(c), { write_capacity: 7, autoscaling: undefined }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.autoscaling.min_capacity': {
    base: 'provisioned',
    set: (c) => (table(c)['autoscaling']['min_capacity'] = 2),
    acts: ['AWS::ApplicationAutoScaling::ScalableTarget'],
  },
  'dynamodb_config.<table>.autoscaling.max_capacity': {
    base: 'provisioned',
    set: (c) => (table(c)['autoscaling']['max_capacity'] = 99),
    acts: ['AWS::ApplicationAutoScaling::ScalableTarget'],
  },
  'dynamodb_config.<table>.autoscaling.target_utilization': {
    base: 'provisioned',
    set: (c) => (table(c)['autoscaling']['target_utilization'] = 50),
    acts: ['AWS::ApplicationAutoScaling::ScalingPolicy'],
  },
  'dynamodb_config.<table>.point_in_time_recovery': {
    base: 'http',
    set: (c) => (table(c)['point_in_time_recovery'] = false),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.server_side_encryption.enabled': {
    base: 'http',
    set: (c) => (table(c)['server_side_encryption'] = { enabled: true }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.server_side_encryption.kms_key_arn': {
    base: 'http',
    set: (c) =>
      (table(c)['server_side_encryption'] = {
        kms_key_arn: 'arn:aws:kms:us-east-1:123456789012:key/11112222-3333-4444-5555-666677778888',
      }),
    acts: [TABLE],
  },
  'dynamodb_config.<table>.deletion_protection_enabled': {
    base: 'http',
    set: (c) => (table(c)['deletion_protection_enabled'] = false),
    acts: [TABLE],
  },

  'event_source_config.<source>.type': {
    base: 'http',
    set: (c) => (source(c, 'jobs')['type'] = 'SNS'),
    acts: ['AWS::SNS::Topic'],
  },
  'event_source_config.<source>.batch_size': {
    base: 'http',
    set: (c) => (source(c, 'jobs')['batch_size'] = 5),
    acts: [MAPPING],
  },
  'event_source_config.<source>.starting_position_timestamp': {
    base: 'stream',
    set: (c) =>
      Object.assign(source(c, 'clicks'), {
        starting_position: 'AT_TIMESTAMP',
        starting_position_timestamp: '2026-01-31T00:00:00Z',
      }),
    acts: [MAPPING],
  },
  'event_source_config.<source>.starting_position': {
    base: 'stream',
    set: (c) => (source(c, 'clicks')['starting_position'] = 'TRIM_HORIZON'),
    acts: [MAPPING],
  },
  'event_source_config.<source>.maximum_retry_attempts': {
    base: 'stream',
    set: (c) => (source(c, 'changes')['maximum_retry_attempts'] = 2),
    acts: [MAPPING],
  },
  'event_source_config.<source>.maximum_record_age_in_seconds': {
    base: 'stream',
    set: (c) => (source(c, 'changes')['maximum_record_age_in_seconds'] = 3600),
    acts: [MAPPING],
  },
  'event_source_config.<source>.bisect_batch_on_function_error': {
    base: 'stream',
    set: (c) => (source(c, 'changes')['bisect_batch_on_function_error'] = true),
    acts: [MAPPING],
  },
  'event_source_config.<source>.parallelization_factor': {
    base: 'stream',
    set: (c) => (source(c, 'changes')['parallelization_factor'] = 4),
    acts: [MAPPING],
  },
  'event_source_config.<source>.function': {
    base: 'http',
    set: (c) => (source(c, 'jobs')['function'] = 'api'),
    acts: [MAPPING],
  },
  'event_source_config.<source>.source': {
    base: 'http',
    set: (c) => (source(c, 'jobs')['source'] = 'arn:aws:sqs:us-east-1:123456789012:elsewhere'),
    acts: [MAPPING],
  },
  'event_source_config.<source>.schedule': {
    base: 'sources',
    set: (c) => (source(c, 'tick')['schedule'] = 'cron(0 12 * * ? *)'),
    acts: ['AWS::Events::Rule'],
  },
  'event_source_config.<source>.event_pattern': {
    base: 'sources',
    set: (c) => (source(c, 'orders')['event_pattern'] = { source: ['billing'] }),
    acts: ['AWS::Events::Rule'],
  },
  'event_source_config.<source>.event_bus_name': {
    base: 'sources',
    set: (c) => (source(c, 'orders')['event_bus_name'] = 'partners'),
    acts: ['AWS::Events::Rule'],
  },
  'event_source_config.<source>.maximum_batching_window_in_seconds': {
    base: 'http',
    set: (c) => (source(c, 'jobs')['maximum_batching_window_in_seconds'] = 5),
    acts: [MAPPING],
  },
  'event_source_config.<source>.scaling_config.maximum_concurrency': {
    base: 'http',
    set: (c) => (source(c, 'jobs')['scaling_config'] = { maximum_concurrency: 3 }),
    acts: [MAPPING],
  },
  'event_source_config.<source>.function_response_types': {
    base: 'http',
    set: (c) => (source(c, 'jobs')['function_response_types'] = ['ReportBatchItemFailures']),
    acts: [MAPPING],
  },
  'event_source_config.<source>.events': {
    base: 'sources',
    set: (c) => (source(c, 'uploads')['events'] = ['s3:ObjectRemoved:*']),
    acts: ['AWS::S3::Bucket'],
  },
  'event_source_config.<source>.filter_prefix': {
    base: 'sources',
    set: (c) => (source(c, 'uploads')['filter_prefix'] = 'in/'),
    acts: ['AWS::S3::Bucket'],
  },
  'event_source_config.<source>.filter_suffix': {
    base: 'sources',
    set: (c) => (source(c, 'uploads')['filter_suffix'] = '.csv'),
    acts: ['AWS::S3::Bucket'],
  },
  'event_source_config.<source>.destination_config.on_failure.destination_arn': {
    base: 'stream',
    set: (c) =>
      (source(c, 'changes')['destination_config'] = {
        on_failure: { destination_arn: 'arn:aws:sqs:us-east-1:123456789012:failed' },
      }),
    acts: [MAPPING],
  },
  'event_source_config.<source>.visibility_timeout_seconds': {
    base: 'http',
    set: (c) => (source(c, 'jobs')['visibility_timeout_seconds'] = 600),
    acts: [QUEUE],
  },
  'event_source_config.<source>.message_retention_seconds': {
    base: 'http',
    set: (c) => (source(c, 'jobs')['message_retention_seconds'] = 3600),
    acts: [QUEUE],
  },
  'event_source_config.<source>.maximum_event_age_in_seconds': {
    base: 'sources',
    set: (c) => (source(c, 'tick')['maximum_event_age_in_seconds'] = 600),
    acts: ['AWS::Events::Rule'],
  },

  'lambda_config.<function>.permissions[].actions': {
    base: 'http',
    set: (c) =>
      (lambda(c, 'worker')['permissions'] = [
        { actions: ['s3:GetObject'], resources: [BUCKET_OBJECTS] },
      ]),
    acts: [ROLE, POLICY],
  },
  'lambda_config.<function>.permissions[].resources': {
    base: 'http',
    set: (c) =>
      (lambda(c, 'worker')['permissions'] = [
        { actions: ['s3:GetObject'], resources: [`${BUCKET_OBJECTS}x`] },
      ]),
    acts: [ROLE, POLICY],
  },
  'lambda_config.<function>.permissions[].effect': {
    base: 'http',
    set: (c) =>
      (lambda(c, 'worker')['permissions'] = [
        { actions: ['s3:DeleteObject'], resources: [BUCKET_OBJECTS], effect: 'Deny' },
      ]),
    acts: [ROLE, POLICY],
  },
  'lambda_config.<function>.permissions[].conditions': {
    base: 'http',
    set: (c) =>
      (lambda(c, 'worker')['permissions'] = [
        {
          actions: ['s3:GetObject'],
          resources: [BUCKET_OBJECTS],
          conditions: { Bool: { 'aws:SecureTransport': 'true' } },
        },
      ]),
    acts: [ROLE, POLICY],
  },
  'lambda_config.<function>.managed_policies': {
    base: 'http',
    set: (c) =>
      (lambda(c, 'worker')['managed_policies'] = [
        'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess',
      ]),
    acts: [ROLE],
  },
  'lambda_config.<function>.secrets': {
    base: 'http',
    set: (c) => (lambda(c, 'worker')['secrets'] = { API_KEY: 'ssm:/shop/api-key' }),
    acts: [FN, ROLE, POLICY],
  },
  removal_policy: {
    base: 'http',
    set: (c) => (c['removal_policy'] = 'DESTROY'),
    acts: [TABLE],
  },
  'iam.permissions_boundary': {
    base: 'http',
    set: (c) => (c['iam'] = { permissions_boundary: 'arn:aws:iam::123456789012:policy/boundary' }),
    acts: [ROLE],
  },

  tags: { base: 'http', set: (c) => (c['tags'] = { team: 'shop' }), acts: [FN, TABLE] },
  'monitoring.alarms_enabled': {
    base: 'http',
    set: (c) => (c['monitoring'] = { alarms_enabled: false }),
    acts: ['AWS::CloudWatch::Alarm'],
  },
  'monitoring.alarm_email_addresses': {
    base: 'http',
    set: (c) => (c['monitoring'] = { alarm_email_addresses: ['ops@example.com'] }),
    acts: ['AWS::SNS::Topic', 'AWS::SNS::Subscription'],
  },
  'monitoring.budget_limit_usd': {
    base: 'http',
    set: (c) => (c['monitoring'] = { budget_limit_usd: 50 }),
    acts: ['AWS::Budgets::Budget'],
  },
  'monitoring.log_retention_in_days': {
    base: 'http',
    set: (c) => (c['monitoring'] = { log_retention_in_days: 365 }),
    acts: ['AWS::Logs::LogGroup'],
  },
};

const STACK_OPTION =
  'a CloudFormation option of the stack operation (CreateChangeSet / UpdateTerminationProtection), not of the template: test/deploy/stack-options.test.ts';
const COST_ONLY = 'traffic assumption for the cost estimate of `review`; deploys nothing';

/** Fields that cannot change the template, each with the reason. */
const NO_TEMPLATE_EFFECT: Readonly<Record<string, string>> = {
  environments:
    'merged over the base before synthesis: its fields are the fields above, each tested there',
  'event_source_config.<source>.shared':
    'lets a preview stage consume an existing source (a validation rule); the template is the same',
  'suppressions[].rule': 'silences a review finding; review-only',
  'suppressions[].resource': 'silences a review finding; review-only',
  'suppressions[].reason': 'documents a suppression; review-only',
  'stack.termination_protection': STACK_OPTION,
  'stack.rollback_monitoring_minutes': STACK_OPTION,
  'stack.notification_arns': STACK_OPTION,
  'stack.role_arn': STACK_OPTION,
  'stack.protect_stateful':
    'the stack policy (SetStackPolicy), set beside the template by the deploy: test/deploy/protection.test.ts',
  'usage.lambda.<function>.monthly_requests': COST_ONLY,
  'usage.lambda.<function>.request_duration_ms': COST_ONLY,
  'usage.api_gateway.monthly_requests': COST_ONLY,
  'usage.api_gateway.monthly_messages': COST_ONLY,
  'usage.api_gateway.monthly_connection_mins': COST_ONLY,
  'usage.dynamodb.<table>.monthly_read_request_units': COST_ONLY,
  'usage.dynamodb.<table>.monthly_write_request_units': COST_ONLY,
  'usage.dynamodb.<table>.storage_gb': COST_ONLY,
  'usage.dynamodb.<table>.monthly_streams_read_request_units': COST_ONLY,
  'usage.sqs.<queue>.monthly_requests': COST_ONLY,
  'usage.sns.<topic>.monthly_requests': COST_ONLY,
  'usage.eventbridge.<source>.monthly_custom_events': COST_ONLY,
  'usage.s3.<bucket>.storage_gb': COST_ONLY,
  'usage.s3.<bucket>.monthly_requests': COST_ONLY,
  'usage.cloudwatch.monthly_log_ingestion_gb': COST_ONLY,
  'usage.cloudwatch.log_storage_gb': COST_ONLY,
};

/** The schema's leaf fields, in the reference's path form (`lambda_config.<function>.timeout`). */
function schemaLeaves(): string[] {
  const paths = referenceRows().map((r) => r.path);
  return paths.filter((p) => !paths.some((o) => o.startsWith(`${p}.`) || o.startsWith(`${p}[`)));
}

/** Types of the resources (and "Outputs") that differ between two templates. */
export function changedTypes(before: CfnTemplate, after: CfnTemplate): Set<string> {
  const types = new Set<string>();
  const ids = new Set([...Object.keys(before.Resources), ...Object.keys(after.Resources)]);
  for (const id of ids) {
    const a = before.Resources[id];
    const b = after.Resources[id];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (a) types.add(a.Type);
    if (b) types.add(b.Type);
  }
  if (JSON.stringify(before.Outputs ?? {}) !== JSON.stringify(after.Outputs ?? {})) {
    types.add('Outputs');
  }
  return types;
}

const baseTemplates = new Map<BaseName, Promise<CfnTemplate>>();
function baseTemplate(name: BaseName): Promise<CfnTemplate> {
  let template = baseTemplates.get(name);
  if (!template) {
    template = synth(BASES[name]()).then((s) => s.stack.template);
    baseTemplates.set(name, template);
  }
  return template;
}

describe('no config field is silently ignored', () => {
  const leaves = schemaLeaves();

  it('every schema leaf has a case or a reason, and no case names a field that does not exist', () => {
    const uncovered = leaves.filter((p) => !(p in CASES) && !(p in NO_TEMPLATE_EFFECT));
    expect(uncovered).toEqual([]);
    // A field that is a value or a mapping (routes: "GET /x" or {route, ...}) may have a case too.
    const fields = referenceRows().map((r) => r.path);
    const stale = [...Object.keys(CASES), ...Object.keys(NO_TEMPLATE_EFFECT)].filter(
      (p) => !fields.includes(p),
    );
    expect(stale).toEqual([]);
    const both = Object.keys(CASES).filter((p) => p in NO_TEMPLATE_EFFECT);
    expect(both).toEqual([]);
  });

  it.each(Object.entries(CASES))('%s changes the template where it acts', async (path, c) => {
    const config = BASES[c.base]();
    c.set(config);
    const [before, after] = await Promise.all([baseTemplate(c.base), synth(config)]);
    const changed = changedTypes(before, after.stack.template);
    const where = c.acts.filter((type) => changed.has(type));
    if (where.length === 0) {
      throw new Error(
        `${path} changed nothing of ${c.acts.join(' / ')} (changed: ${[...changed].join(', ') || 'nothing'})`,
      );
    }
    expect(where.length).toBeGreaterThan(0);
  });
});
