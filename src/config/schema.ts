// The one definition of serverless.config.yml. The TypeScript types (`z.output`), the
// validator (`ServerlessConfigSchema.safeParse`) and the published JSON Schema
// (`schema/serverless.config.schema.json`, written by `npm run schema`) all come from here.
//
// Field names are the seed module's Terraform variables, unchanged; fields the seed does
// not have borrow the argument names of the matching Terraform AWS provider resource.
// Ranges are AWS's own limits, so a bad value fails here, with a line and column, instead
// of minutes later inside CloudFormation.
//
// Semantic checks that need more than one field (cross references, values that do not
// apply to a source type, deprecated runtimes) live in `semantics.ts`, not here.
import { z } from 'zod';
import { DEPLOYMENT_TYPES, MAX_ROLLOUT_ALARMS } from './deployment-preference';

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const KEY_MESSAGE = 'keys use letters, digits, "-" and "_", and start with a letter or digit';

/** A key of lambda_config / dynamodb_config / event_source_config: it ends up in names. */
const resourceKey = z.string().min(1).max(64).regex(KEY_PATTERN, KEY_MESSAGE);

const int = (min: number, max: number) => z.number().int().min(min).max(max);
const stringList = z.array(z.string().min(1));

// YAML writes `PORT: 8080` as a number; Lambda wants strings. Accept scalars, keep strings.
const envValue = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));

export const AccessLevel = z.enum(['read', 'write', 'read_write']);

const vpcConfig = z.strictObject({
  subnet_ids: z
    .array(z.string().regex(/^subnet-[0-9a-z]+$/, 'expected a subnet id like "subnet-0abc"'))
    .min(1)
    .max(16),
  security_group_ids: z
    .array(z.string().regex(/^sg-[0-9a-z]+$/, 'expected a security group id like "sg-0abc"'))
    .min(1)
    .max(5),
});

/** An IAM action as policies write it: `service:Action`, wildcards allowed (`s3:Get*`, `*`). */
export const IAM_ACTION_PATTERN = /^(\*|[a-z0-9-]+:[A-Za-z0-9*?]+)$/;

/**
 * One IAM statement a function's role gets beyond `access`. Resources are ARNs (`${AWS::Region}`,
 * `${AWS::AccountId}` and `${AWS::Partition}` allowed) or `<kind>:<key>` of the stack's own
 * resources; semantics.ts checks both and names the line.
 */
export const PermissionStatementSchema = z.strictObject({
  actions: z.array(z.string().min(1)).min(1),
  resources: z.array(z.string().min(1)).min(1),
  effect: z.enum(['Allow', 'Deny']).default('Allow'),
  /** IAM condition block: operator -> condition key -> value(s), as IAM writes it. */
  conditions: z
    .record(
      z.string().min(1),
      z.record(
        z.string().min(1),
        z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
      ),
    )
    .optional(),
});

/**
 * An existing IAM managed policy: AWS's (`iam::aws:policy/...`) or the account's, which may
 * be written `${AWS::AccountId}` (and `${AWS::Partition}`) so one config serves every account.
 */
const managedPolicyArn = z
  .string()
  .regex(
    /^arn:(aws[a-z-]*|\$\{AWS::Partition\}):iam::(aws|\d{12}|\$\{AWS::AccountId\}):policy\/.+$/,
    'expected a managed policy ARN like "arn:aws:iam::${AWS::AccountId}:policy/name"',
  );

/**
 * Where a secret lives: `ssm:/path/name` (or a parameter ARN), `secretsmanager:name-or-arn`,
 * optionally `#json-key`. The function gets this reference, never the value.
 */
export const SecretReferenceSchema = z.union([
  z.string().min(1),
  z.strictObject({
    from: z.string().min(1),
    /** Customer-managed key that encrypts the parameter or secret: the role may decrypt through that service only. */
    kms_key_arn: z.string().min(1).optional(),
  }),
]);

/** A route with settings of its own: `{route: "POST /users", request_schema: schemas/user.json}`. */
const routeSettings = z.strictObject({
  route: z.string().min(1),
  /** REST: a JSON Schema file (relative to the config file) the request body must match. */
  request_schema: z.string().min(1).optional(),
  throttling_burst_limit: int(0, 5000).optional(),
  throttling_rate_limit: z.number().min(0).max(10000).optional(),
});

export const LambdaFunctionSchema = z.strictObject({
  /** Lambda runtime identifier, e.g. nodejs22.x. Checked against the known runtimes. */
  runtime: z.string().default('nodejs22.x'),
  /** `file.export` inside the code. */
  handler: z.string().min(1).max(128).default('index.handler'),
  memory_size: int(128, 10240).default(128),
  timeout: int(1, 900).default(3),
  environment: z
    .record(
      z
        .string()
        .regex(
          /^[A-Za-z][A-Za-z0-9_]*$/,
          'environment variable names use letters, digits and "_", and start with a letter',
        ),
      envValue,
    )
    .nullish(),
  vpc_config: vpcConfig.nullish(),
  tracing_config: z.enum(['Active', 'PassThrough']).nullish(),
  layers: z
    .array(
      z
        .string()
        .regex(
          /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:layer:[A-Za-z0-9_-]+:\d+|[^:]+)$/,
          'expected a layer version ARN, or a directory relative to the config file',
        ),
    )
    .max(5)
    .nullish(),
  /** -1 leaves the function unreserved (the seed's convention). */
  reserved_concurrent_executions: int(-1, 100000).default(-1),
  // --- added fields ---
  /** Code location relative to the config file: a directory, or a .ts/.js/.mjs entry file. Default functions/<key>. */
  source: z.string().min(1).optional(),
  /** API routes served by this function: "GET /users/{id}", "ANY /{proxy+}", or "$connect" for WebSocket APIs. */
  routes: z.array(z.union([z.string().min(1), routeSettings])).optional(),
  architectures: z
    .array(z.enum(['x86_64', 'arm64']))
    .length(1)
    .optional(),
  description: z.string().max(256).optional(),
  /** aws_lambda_provisioned_concurrency_config.provisioned_concurrent_executions */
  provisioned_concurrent_executions: int(0, 100000).optional(),
  /** Retention of the function's log group (CloudWatch allowed values). */
  log_retention_in_days: z.number().int().optional(),
  /** Name of an authorizer in api_gateway_config.authorizers that protects this function's routes. */
  authorizer: z.string().min(1).optional(),
  /** REST APIs: routes of this function require an API key. */
  api_key_required: z.boolean().optional(),
  /**
   * What the function may use among this config's resources, by key, and how. Each entry
   * adds the resource's physical name as an environment variable and exactly the IAM actions
   * of that access level (see README "Access to tables, queues and topics").
   */
  access: z
    .strictObject({
      dynamodb: z.record(resourceKey, AccessLevel).optional(),
      sqs: z.record(resourceKey, AccessLevel).optional(),
      sns: z.record(resourceKey, AccessLevel).optional(),
      s3: z.record(resourceKey, AccessLevel).optional(),
    })
    .optional(),
  /** IAM statements for what `access` cannot say: other services, existing resources. */
  permissions: z.array(PermissionStatementSchema).optional(),
  /** ARNs of existing managed policies to attach to the function's role. */
  managed_policies: z.array(managedPolicyArn).max(20).optional(),
  /** Environment variable -> where its secret lives; the variable carries the reference, never the value. */
  secrets: z
    .record(
      z
        .string()
        .regex(
          /^[A-Za-z][A-Za-z0-9_]*$/,
          'environment variable names use letters, digits and "_", and start with a letter',
        ),
      SecretReferenceSchema,
    )
    .optional(),
  /**
   * How a new version takes traffic: SAM's type names, built on CodeDeploy. Default: the
   * stage's (src/synth/stage.ts): Canary10Percent5Minutes for API functions on prod-like
   * stages, else AllAtOnce (the alias moves at once, no CodeDeploy).
   */
  deployment_preference: z
    .strictObject({
      type: z.enum(DEPLOYMENT_TYPES).optional(),
      /** Alarms that stop and roll back the shift: errors, throttles, duration, <function>:<alarm>, api:5xx, api:latency, or an alarm ARN. */
      alarms: z.array(z.string().min(1)).max(MAX_ROLLOUT_ALARMS).optional(),
      /** Functions (lambda_config keys) CodeDeploy runs before and after the shift. */
      hooks: z
        .strictObject({
          pre_traffic: z.string().min(1).optional(),
          post_traffic: z.string().min(1).optional(),
        })
        .optional(),
    })
    .optional(),
});

const corsConfiguration = z.strictObject({
  allow_origins: stringList.optional(),
  allow_methods: stringList.optional(),
  allow_headers: stringList.optional(),
  expose_headers: stringList.optional(),
  max_age: int(0, 86400).optional(),
  allow_credentials: z.boolean().optional(),
});

const domainConfig = z.strictObject({
  domain_name: z.string().min(1).max(253),
  certificate_arn: z.string().min(1),
  /** Path under the domain the API is mapped to; empty maps the root. */
  base_path: z.string().optional(),
});

export const AuthorizerSchema = z.strictObject({
  /** JWT (Cognito or any OIDC issuer), COGNITO (REST user pools), LAMBDA (custom authorizer) or IAM. */
  type: z.enum(['JWT', 'COGNITO', 'LAMBDA', 'IAM']),
  /** JWT: the token issuer URL, e.g. https://cognito-idp.us-east-1.amazonaws.com/<pool-id>. */
  issuer: z.string().url().optional(),
  /** JWT: accepted audiences (client ids). */
  audience: stringList.optional(),
  /** COGNITO: user pool ARNs (REST APIs). */
  user_pool_arns: stringList.optional(),
  /** LAMBDA: the key of the authorizer function in lambda_config. */
  function: z.string().min(1).optional(),
  identity_sources: stringList.optional(),
  authorizer_result_ttl_in_seconds: int(0, 3600).optional(),
});

/** The seed writes `protocol_type`; without `type` it decides the API kind. */
function typeFromProtocolType(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const api = value as Record<string, unknown>;
  if (api['type'] !== undefined && api['type'] !== null) return value;
  if (typeof api['protocol_type'] !== 'string') return value;
  return { ...api, type: api['protocol_type'] };
}

export const ApiGatewaySchema = z.preprocess(
  typeFromProtocolType,
  z.strictObject({
    /** HTTP (API Gateway v2), REST (v1) or WEBSOCKET. */
    type: z.enum(['HTTP', 'REST', 'WEBSOCKET']).default('HTTP'),
    protocol_type: z.enum(['HTTP', 'WEBSOCKET', 'REST']).nullish(),
    description: z.string().max(1024).nullish(),
    binary_media_types: stringList.nullish(),
    cors_configuration: corsConfiguration.nullish(),
    domain_config: domainConfig.nullish(),
    // --- added fields ---
    /** Stage name; default: the environment. */
    stage_name: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,128}$/)
      .optional(),
    throttling_burst_limit: int(0, 5000).optional(),
    throttling_rate_limit: z.number().min(0).max(10000).optional(),
    access_log_enabled: z.boolean().optional(),
    /** REST: the stage cache (aws_api_gateway_stage.cache_cluster_enabled / cache_cluster_size). */
    cache_cluster_enabled: z.boolean().optional(),
    cache_cluster_size: z
      .enum(['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'])
      .optional(),
    cache_ttl_in_seconds: int(0, 3600).optional(),
    /** REST: request validation (aws_api_gateway_request_validator). */
    validate_request_body: z.boolean().optional(),
    validate_request_parameters: z.boolean().optional(),
    authorizers: z.record(resourceKey, AuthorizerSchema).optional(),
    /** Authorizer applied to every route without its own. */
    default_authorizer: z.string().min(1).optional(),
    /** REST: API keys to create, with one usage plan. */
    api_keys: z.array(resourceKey).optional(),
    usage_plan: z
      .strictObject({
        quota_limit: z.number().int().min(0).optional(),
        quota_period: z.enum(['DAY', 'WEEK', 'MONTH']).optional(),
        throttle_burst_limit: int(0, 5000).optional(),
        throttle_rate_limit: z.number().min(0).optional(),
      })
      .optional(),
    // --- stage observability, protection and endpoint (issue 17) ---
    /** REST: X-Ray tracing of the stage (aws_api_gateway_stage.xray_tracing_enabled); default: on when a routed function traces. */
    xray_tracing_enabled: z.boolean().optional(),
    /** REST and WebSocket: execution logging (method settings logging_level); default ERROR while access logs are on. */
    logging_level: z.enum(['OFF', 'ERROR', 'INFO']).optional(),
    /** REST and WebSocket: log full requests and responses (method settings data_trace_enabled). */
    data_trace_enabled: z.boolean().optional(),
    /** Per-route CloudWatch metrics (method settings metrics_enabled / detailed metrics). */
    metrics_enabled: z.boolean().optional(),
    /** REST: a WAFv2 web ACL associated with the stage. */
    web_acl_arn: z
      .string()
      .regex(
        /^arn:aws[a-z-]*:wafv2:[a-z0-9-]+:\d{12}:regional\/webacl\/.+$/,
        'expected a regional WAFv2 web ACL ARN',
      )
      .optional(),
    /** REST: REGIONAL (default), EDGE or PRIVATE (reached through VPC endpoints). */
    endpoint_type: z.enum(['REGIONAL', 'EDGE', 'PRIVATE']).optional(),
    /** REST, PRIVATE: the execute-api VPC endpoints that may reach the API. */
    vpc_endpoint_ids: z
      .array(z.string().regex(/^vpce-[0-9a-z]+$/, 'expected a VPC endpoint id like "vpce-0abc"'))
      .optional(),
    /** REST: the API's resource policy, as IAM writes it; PRIVATE APIs get one for their VPC endpoints by default. */
    resource_policy: z.record(z.string(), z.unknown()).optional(),
    /** WebSocket: which part of a message picks its route (default `$request.body.action`). */
    route_selection_expression: z.string().min(1).optional(),
  }),
);

const attribute = z.strictObject({
  name: z.string().min(1).max(255),
  type: z.enum(['S', 'N', 'B']),
});

const globalSecondaryIndex = z.strictObject({
  name: z
    .string()
    .regex(
      /^[A-Za-z0-9_.-]{3,255}$/,
      'index names are 3-255 characters of letters, digits, "_", "-" and "."',
    ),
  hash_key: z.string().min(1),
  range_key: z.string().min(1).nullish(),
  projection_type: z.enum(['ALL', 'KEYS_ONLY', 'INCLUDE']).default('ALL'),
  non_key_attributes: stringList.nullish(),
  read_capacity: int(1, 40000).optional(),
  write_capacity: int(1, 40000).optional(),
});

export const DynamoDbTableSchema = z.strictObject({
  billing_mode: z.enum(['PAY_PER_REQUEST', 'PROVISIONED']).default('PAY_PER_REQUEST'),
  hash_key: z.string().min(1).max(255),
  range_key: z.string().min(1).max(255).nullish(),
  attributes: z.array(attribute).min(1),
  global_secondary_indexes: z.array(globalSecondaryIndex).max(20).nullish(),
  stream_enabled: z.boolean().default(false),
  stream_view_type: z.enum(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES']).nullish(),
  ttl_enabled: z.boolean().default(false),
  ttl_attribute: z.string().min(1).nullish(),
  // --- added fields (aws_dynamodb_table argument names) ---
  read_capacity: int(1, 40000).optional(),
  write_capacity: int(1, 40000).optional(),
  /** PROVISIONED: target-tracking auto scaling of read and write capacity. */
  autoscaling: z
    .strictObject({
      min_capacity: int(1, 40000),
      max_capacity: int(1, 40000),
      target_utilization: z.number().min(20).max(90).default(70),
    })
    .optional(),
  point_in_time_recovery: z.boolean().optional(),
  server_side_encryption: z
    .strictObject({ enabled: z.boolean().default(true), kms_key_arn: z.string().min(1).optional() })
    .optional(),
  deletion_protection_enabled: z.boolean().optional(),
});

export const EventSourceType = z.enum([
  'SQS',
  'SNS',
  'S3',
  'DYNAMODB_STREAM',
  'KINESIS',
  'SCHEDULE',
  'EVENTBRIDGE',
]);

/** Accepts the SPEC's spellings: any case, and "CloudWatch Events" for EVENTBRIDGE. */
export function normalizeEventSourceType(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const upper = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (upper === 'CLOUDWATCH_EVENTS' || upper === 'CLOUDWATCH_EVENT') return 'EVENTBRIDGE';
  if (upper === 'DYNAMODB' || upper === 'DYNAMODB_STREAMS') return 'DYNAMODB_STREAM';
  return upper;
}

export const EventSourceSchema = z.strictObject({
  type: z.preprocess(normalizeEventSourceType, EventSourceType),
  batch_size: z.number().int().min(1).max(10000).nullish(),
  starting_position: z.enum(['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP']).nullish(),
  maximum_retry_attempts: int(-1, 10000).nullish(),
  maximum_record_age_in_seconds: z.number().int().min(-1).max(604800).nullish(),
  bisect_batch_on_function_error: z.boolean().nullish(),
  parallelization_factor: int(1, 10).nullish(),
  // --- added fields ---
  /** Key of the target function in lambda_config; may be omitted when there is exactly one. */
  function: z.string().min(1).optional(),
  /** A queue/topic/bucket/stream name created by the stack, an existing ARN, or (DYNAMODB_STREAM) a dynamodb_config key. */
  source: z.string().min(1).optional(),
  /**
   * An existing ARN in `source` (or `destination_config`) that preview stages may use too.
   * Without it, a preview consuming from or writing to an existing resource is an error.
   */
  shared: z.boolean().optional(),
  /** SCHEDULE: rate(...) or cron(...). */
  schedule: z
    .string()
    .regex(/^(rate|cron)\(.+\)$/, 'expected rate(...) or cron(...)')
    .optional(),
  /** EVENTBRIDGE: the event pattern, as EventBridge writes it. */
  event_pattern: z.record(z.string(), z.unknown()).optional(),
  /** EVENTBRIDGE: name of an existing custom event bus (default: the account's default bus). */
  event_bus_name: z.string().min(1).optional(),
  maximum_batching_window_in_seconds: int(0, 300).optional(),
  /** SQS: aws_lambda_event_source_mapping.scaling_config.maximum_concurrency */
  scaling_config: z.strictObject({ maximum_concurrency: int(2, 1000) }).optional(),
  /** ["ReportBatchItemFailures"] turns on partial batch responses. */
  function_response_types: z.array(z.literal('ReportBatchItemFailures')).optional(),
  /** S3: events that trigger the function, e.g. ["s3:ObjectCreated:*"]. */
  events: stringList.optional(),
  filter_prefix: z.string().optional(),
  filter_suffix: z.string().optional(),
  /** Streams: where failed batches go; default: an SQS queue the stack creates. */
  destination_config: z
    .strictObject({ on_failure: z.strictObject({ destination_arn: z.string().min(1) }) })
    .optional(),
  /** Queues created for SQS sources (aws_sqs_queue argument names). */
  visibility_timeout_seconds: int(0, 43200).optional(),
  message_retention_seconds: int(60, 1209600).optional(),
  /** EventBridge targets: aws_cloudwatch_event_target.retry_policy.maximum_event_age_in_seconds */
  maximum_event_age_in_seconds: int(60, 86400).optional(),
  /** KINESIS with AT_TIMESTAMP: where to start, RFC 3339 (aws_lambda_event_source_mapping.starting_position_timestamp). */
  starting_position_timestamp: z.iso.datetime({ offset: true }).optional(),
});

export const MonitoringSchema = z.strictObject({
  /** Alarms on functions, API, tables and queues (seed "Monitoreo"). */
  alarms_enabled: z.boolean().default(true),
  /** E-mail addresses subscribed to the alarm topic. */
  alarm_email_addresses: z.array(z.string().email()).optional(),
  /** Monthly cost budget in USD (AWS::Budgets::Budget), notifying the alarm topic. */
  budget_limit_usd: z.number().positive().optional(),
  /** Default log retention for every log group the stack creates. */
  log_retention_in_days: z.number().int().optional(),
});

/**
 * CloudFormation options of the stack itself (not of any resource in it). Every field is
 * optional: the defaults depend on the stage's kind and are decided in one place,
 * src/deploy/stack-defaults.ts (prod-like, other long-lived, ephemeral).
 */
export const StackSchema = z.strictObject({
  /** UpdateTerminationProtection: DeleteStack fails until it is turned off. */
  termination_protection: z.boolean().optional(),
  /** RollbackConfiguration.MonitoringTimeInMinutes: how long alarms may still roll back. */
  rollback_monitoring_minutes: int(0, 180).optional(),
  /** NotificationARNs: SNS topics that receive the stack's events (CloudFormation allows 5). */
  notification_arns: z
    .array(
      z
        .string()
        .regex(
          /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/,
          'expected an SNS topic ARN like "arn:aws:sns:us-east-1:123456789012:stack-events"',
        ),
    )
    .max(5)
    .optional(),
  /** RoleARN: the CloudFormation service role the stack's operations run as. */
  role_arn: z
    .string()
    .regex(
      /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
      'expected an IAM role ARN like "arn:aws:iam::123456789012:role/cloudformation-exec"',
    )
    .optional(),
  /** A stack policy denying Update:Replace and Update:Delete on the stateful resources. */
  protect_stateful: z.boolean().optional(),
});

const usageLambda = z.strictObject({
  monthly_requests: z.number().min(0).optional(),
  request_duration_ms: z.number().min(0).optional(),
});
const usageRequests = z.strictObject({ monthly_requests: z.number().min(0).optional() });

export const UsageSchema = z.strictObject({
  lambda: z.record(z.string(), usageLambda).optional(),
  api_gateway: z
    .strictObject({
      monthly_requests: z.number().min(0).optional(),
      monthly_messages: z.number().min(0).optional(),
      monthly_connection_mins: z.number().min(0).optional(),
    })
    .optional(),
  dynamodb: z
    .record(
      z.string(),
      z.strictObject({
        monthly_read_request_units: z.number().min(0).optional(),
        monthly_write_request_units: z.number().min(0).optional(),
        storage_gb: z.number().min(0).optional(),
        monthly_streams_read_request_units: z.number().min(0).optional(),
      }),
    )
    .optional(),
  sqs: z.record(z.string(), usageRequests).optional(),
  sns: z.record(z.string(), usageRequests).optional(),
  eventbridge: z
    .record(z.string(), z.strictObject({ monthly_custom_events: z.number().min(0).optional() }))
    .optional(),
  s3: z
    .record(
      z.string(),
      z.strictObject({
        storage_gb: z.number().min(0).optional(),
        monthly_requests: z.number().min(0).optional(),
      }),
    )
    .optional(),
  cloudwatch: z
    .strictObject({
      monthly_log_ingestion_gb: z.number().min(0).optional(),
      log_storage_gb: z.number().min(0).optional(),
    })
    .optional(),
});

export const SuppressionSchema = z.strictObject({
  /** Finding rule id, e.g. SA-SECRET-ENV or AwsSolutions-IAM4. */
  rule: z.string().min(1),
  /** Config key or logical id the suppression applies to; "*" for every resource. */
  resource: z.string().min(1),
  reason: z.string().trim().min(1, 'a suppression needs a reason'),
});

const NAME_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const NAME_MESSAGE =
  'use lowercase letters, digits and "-" (it becomes part of AWS resource names)';

/** `environments` keys: a stage name, or a glob over stage names (environment-patterns.ts). */
const ENVIRONMENT_KEY_PATTERN = /^[a-z0-9*?]([a-z0-9*?-]*[a-z0-9*?])?$/;

/** Everything but `environments`: what one environment's merged config must satisfy. */
export const ResolvedConfigSchema = z.strictObject({
  project_name: z.string().min(1).max(40).regex(NAME_PATTERN, NAME_MESSAGE),
  environment: z.string().min(1).max(24).regex(NAME_PATTERN, NAME_MESSAGE).default('dev'),
  lambda_config: z.record(resourceKey, LambdaFunctionSchema).default({}),
  api_gateway_config: ApiGatewaySchema.nullish(),
  dynamodb_config: z.record(resourceKey, DynamoDbTableSchema).default({}),
  event_source_config: z.record(resourceKey, EventSourceSchema).default({}),
  /**
   * What happens to tables, log groups, queues and buckets when the stack deletes them.
   * Default RETAIN; preview stages (pr-*) get DESTROY unless an environments key sets it.
   */
  removal_policy: z.enum(['RETAIN', 'DESTROY']).optional(),
  tags: z.record(z.string().min(1).max(128), envValue).default({}),
  usage: UsageSchema.optional(),
  suppressions: z.array(SuppressionSchema).default([]),
  monitoring: MonitoringSchema.optional(),
  iam: z
    .strictObject({
      /** Managed policy ARN set as the permissions boundary of every role the stack creates. */
      permissions_boundary: managedPolicyArn.optional(),
    })
    .optional(),
  stack: StackSchema.optional(),
});

/**
 * The file as written: the resolved shape plus `environments`, a map of environment name to
 * a partial config deep-merged over the base (maps merge, lists replace). Overrides are
 * checked after the merge, against ResolvedConfigSchema, so their errors point at the
 * override's own lines.
 */
export const ServerlessConfigSchema = ResolvedConfigSchema.extend({
  environments: z
    .record(
      z
        .string()
        .regex(
          ENVIRONMENT_KEY_PATTERN,
          'an environment name, or a pattern with "*" and "?" such as pr-*',
        ),
      z
        .looseObject({})
        .describe(
          'A partial config deep-merged over the base for this environment; a pattern key (pr-*) applies to every matching stage, least specific first, the exact name last.',
        ),
    )
    .optional(),
});

export type ServerlessConfigInput = z.input<typeof ServerlessConfigSchema>;
export type ServerlessConfigFile = z.output<typeof ServerlessConfigSchema>;
/** One environment's config, after merging and defaults: what synth, review and deploy read. */
export type ResolvedConfig = z.output<typeof ResolvedConfigSchema>;
export type LambdaFunctionConfig = z.output<typeof LambdaFunctionSchema>;
export type ApiGatewayConfig = z.output<typeof ApiGatewaySchema>;
export type AuthorizerConfig = z.output<typeof AuthorizerSchema>;
export type DynamoDbTableConfig = z.output<typeof DynamoDbTableSchema>;
export type EventSourceConfig = z.output<typeof EventSourceSchema>;
export type EventSourceTypeName = z.output<typeof EventSourceType>;
export type MonitoringConfig = z.output<typeof MonitoringSchema>;
export type StackConfig = z.output<typeof StackSchema>;
export type UsageConfig = z.output<typeof UsageSchema>;
export type Suppression = z.output<typeof SuppressionSchema>;
export type AccessLevelName = z.output<typeof AccessLevel>;
export type PermissionStatementConfig = z.output<typeof PermissionStatementSchema>;
export type SecretReferenceConfig = z.output<typeof SecretReferenceSchema>;
