// One sentence per config field, for the generated reference in docs/config.md. Keyed by
// the reference's path form (map keys as <function>, <table>, ...; list items as []).
// A test fails when a schema field has no entry here or an entry names no field, so the
// reference cannot fall behind the schema.
export const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  project_name: 'Name of the project; the first part of the stack name and of every resource name.',
  environment:
    'Default stage; `--environment` / the `environment` input override it. The stack is `<project_name>-<environment>`.',

  lambda_config: 'Lambda functions by key; the key becomes part of the function name.',
  'lambda_config.<function>.runtime':
    'Lambda runtime identifier; unknown runtimes are errors, deprecated ones warnings.',
  'lambda_config.<function>.handler': '`file.function` inside the code (node, python, ruby).',
  'lambda_config.<function>.memory_size': 'Memory in MB (CPU scales with it).',
  'lambda_config.<function>.timeout': 'Seconds before Lambda stops an invocation.',
  'lambda_config.<function>.environment':
    'Environment variables; names reserved by Lambda (AWS_REGION, ...) are errors; all names and values together at most 4 KB.',
  'lambda_config.<function>.vpc_config': 'Runs the function inside a VPC.',
  'lambda_config.<function>.vpc_config.subnet_ids':
    'Subnets (`subnet-...`), ideally one per availability zone.',
  'lambda_config.<function>.vpc_config.security_group_ids': 'Security groups (`sg-...`).',
  'lambda_config.<function>.tracing_config': 'X-Ray tracing mode.',
  'lambda_config.<function>.layers':
    'Layer version ARNs, or directories relative to the config file, each built into a layer (a Python `requirements.txt` in it is installed under `python/`).',
  'lambda_config.<function>.reserved_concurrent_executions':
    'Reserved concurrency; -1 leaves the function unreserved, 0 stops it.',
  'lambda_config.<function>.source':
    'Code, relative to the config file: a directory (zipped as is) or a `.ts`/`.js`/`.mjs`/`.cjs` entry (bundled). Default `functions/<function>`.',
  'lambda_config.<function>.routes':
    'API routes this function serves: `"GET /users/{id}"`, `"ANY /{proxy+}"`, `"$default"`; WebSocket route keys such as `"$connect"`. Each route goes to one function. An entry may be a mapping with settings of its own.',
  'lambda_config.<function>.routes[].route': 'The route, written as in the plain form.',
  'lambda_config.<function>.routes[].request_schema':
    'REST: a JSON Schema file (relative to the config file) that request bodies must match; API Gateway answers 400 otherwise.',
  'lambda_config.<function>.routes[].throttling_burst_limit':
    "This route's burst limit (overrides the stage's).",
  'lambda_config.<function>.routes[].throttling_rate_limit':
    "This route's requests per second (overrides the stage's).",
  'lambda_config.<function>.architectures': 'Instruction set, `[x86_64]` or `[arm64]`.',
  'lambda_config.<function>.description': 'Description shown in the Lambda console.',
  'lambda_config.<function>.provisioned_concurrent_executions':
    'Pre-initialized execution environments (aws_lambda_provisioned_concurrency_config).',
  'lambda_config.<function>.deployment_preference':
    'How a new version of the function takes traffic, through its `live` alias (see docs/production-safety.md). Default: `Canary10Percent5Minutes` for functions that serve API routes on prod-like stages (`prod`, `production`, `prd`, `live`, `prod-*`), else `AllAtOnce`.',
  'lambda_config.<function>.deployment_preference.type':
    "SAM's type names: `AllAtOnce` (the alias moves at once, no CodeDeploy), `Canary10Percent5Minutes`, `Canary10Percent10Minutes`, `Canary10Percent15Minutes`, `Canary10Percent30Minutes`, `Linear10PercentEvery1Minute`, `Linear10PercentEvery2Minutes`, `Linear10PercentEvery3Minutes`, `Linear10PercentEvery10Minutes`.",
  'lambda_config.<function>.deployment_preference.alarms':
    "Alarms that stop the shift and roll back: `errors`, `throttles`, `duration` (this function's), `<function>:errors` (another's), `api:5xx`, `api:latency`, or an existing alarm's ARN; at most 10. Default: `[errors, throttles]`.",
  'lambda_config.<function>.deployment_preference.hooks':
    'Functions (keys of `lambda_config`) CodeDeploy invokes around the shift; each must report back with `codedeploy:PutLifecycleEventHookExecutionStatus` (granted).',
  'lambda_config.<function>.deployment_preference.hooks.pre_traffic':
    'Runs before any traffic moves to the new version; a failure stops the deploy.',
  'lambda_config.<function>.deployment_preference.hooks.post_traffic':
    'Runs after all traffic has moved; a failure rolls back.',
  'lambda_config.<function>.log_retention_in_days':
    "Retention of the function's log group: one of CloudWatch's periods (1, 3, 5, 7, 14, 30, 60, 90, ...).",
  'lambda_config.<function>.authorizer':
    "Name of an authorizer in `api_gateway_config.authorizers` protecting this function's routes.",
  'lambda_config.<function>.api_key_required':
    "REST APIs: this function's routes require an API key.",
  'lambda_config.<function>.access':
    "What the function may use among this config's resources, by key, with `read`, `write` or `read_write`.",
  'lambda_config.<function>.access.dynamodb': 'Tables (keys of `dynamodb_config`).',
  'lambda_config.<function>.access.sqs': 'Queues the stack creates (SQS event sources).',
  'lambda_config.<function>.access.sns': 'Topics the stack creates (SNS event sources).',
  'lambda_config.<function>.access.s3': 'Buckets the stack creates (S3 event sources).',
  'lambda_config.<function>.permissions':
    'IAM statements for what `access` cannot say (other services, existing resources); see docs/security.md.',
  'lambda_config.<function>.permissions[].actions':
    '`service:Action` names, e.g. `s3:GetObject`, `bedrock:InvokeModel`; `*` is flagged by the review.',
  'lambda_config.<function>.permissions[].resources':
    "ARNs (`${AWS::Region}`, `${AWS::AccountId}`, `${AWS::Partition}` allowed) or this stack's own resources by key: `dynamodb:users`, `dynamodb:users/index/*`, `sqs:orders`, `sns:<topic>`, `s3:<bucket>/*`, `kinesis:<stream>`.",
  'lambda_config.<function>.permissions[].effect': '`Allow` or `Deny`.',
  'lambda_config.<function>.permissions[].conditions':
    'IAM condition block: operator -> condition key -> value(s), e.g. `{StringEquals: {"aws:ResourceTag/team": "orders"}}`.',
  'lambda_config.<function>.managed_policies':
    "ARNs of existing managed policies attached to the function's role.",
  'lambda_config.<function>.secrets':
    'Environment variable -> `ssm:/path/name` or `secretsmanager:name-or-arn[#json-key]` (or `{from, kms_key_arn}`): the variable gets the parameter name / secret id, never the value, and the role may read exactly that parameter or secret.',

  api_gateway_config: 'The API in front of the functions; no API when absent.',
  'api_gateway_config.type': 'HTTP (API Gateway v2), REST (v1) or WEBSOCKET.',
  'api_gateway_config.protocol_type':
    "The seed's field; `type` decides, a contradicting value is a warning.",
  'api_gateway_config.description': 'Description of the API.',
  'api_gateway_config.binary_media_types':
    'REST APIs: media types served as binary (a warning on other API types).',
  'api_gateway_config.cors_configuration': 'CORS of the API (not for WebSocket APIs).',
  'api_gateway_config.cors_configuration.allow_origins':
    'Allowed origins, e.g. `["https://app.example.com"]` or `["*"]`.',
  'api_gateway_config.cors_configuration.allow_methods': 'Allowed methods.',
  'api_gateway_config.cors_configuration.allow_headers': 'Allowed request headers.',
  'api_gateway_config.cors_configuration.expose_headers':
    'Response headers exposed to the browser.',
  'api_gateway_config.cors_configuration.max_age':
    'Seconds browsers may cache the preflight response.',
  'api_gateway_config.cors_configuration.allow_credentials':
    'Allow cookies and authorization headers.',
  'api_gateway_config.domain_config': 'Custom domain of the API.',
  'api_gateway_config.domain_config.domain_name': 'The domain, e.g. `api.example.com`.',
  'api_gateway_config.domain_config.certificate_arn': 'ACM certificate for the domain.',
  'api_gateway_config.domain_config.base_path':
    'Path under the domain the API is mapped to; empty maps the root.',
  'api_gateway_config.stage_name': 'Stage name; default: the environment.',
  'api_gateway_config.throttling_burst_limit': 'Default route burst limit (requests).',
  'api_gateway_config.throttling_rate_limit': 'Default route rate limit (requests per second).',
  'api_gateway_config.access_log_enabled': 'Write access logs to a log group.',
  'api_gateway_config.cache_cluster_enabled': 'REST: enable the stage cache.',
  'api_gateway_config.cache_cluster_size': 'REST: stage cache size in GB.',
  'api_gateway_config.cache_ttl_in_seconds': 'REST: seconds responses stay cached.',
  'api_gateway_config.validate_request_body': 'REST: validate request bodies.',
  'api_gateway_config.validate_request_parameters': 'REST: validate request parameters.',
  'api_gateway_config.authorizers':
    'Authorizers by name, referred to by `authorizer` and `default_authorizer`.',
  'api_gateway_config.authorizers.<authorizer>.type':
    'JWT (HTTP APIs), COGNITO (REST APIs), LAMBDA (custom) or IAM.',
  'api_gateway_config.authorizers.<authorizer>.issuer':
    'JWT: the token issuer URL, e.g. `https://cognito-idp.<region>.amazonaws.com/<pool-id>`.',
  'api_gateway_config.authorizers.<authorizer>.audience': 'JWT: accepted audiences (client ids).',
  'api_gateway_config.authorizers.<authorizer>.user_pool_arns': 'COGNITO: user pool ARNs.',
  'api_gateway_config.authorizers.<authorizer>.function':
    'LAMBDA: key of the authorizer function in `lambda_config`.',
  'api_gateway_config.authorizers.<authorizer>.identity_sources':
    'Where the identity is read, e.g. `["$request.header.Authorization"]`.',
  'api_gateway_config.authorizers.<authorizer>.authorizer_result_ttl_in_seconds':
    'Seconds an authorizer result is cached.',
  'api_gateway_config.default_authorizer': 'Authorizer for every route without its own.',
  'api_gateway_config.api_keys': 'REST: API keys to create, with one usage plan.',
  'api_gateway_config.usage_plan': 'REST: quota and throttling of the API keys.',
  'api_gateway_config.usage_plan.quota_limit': 'Requests per quota period.',
  'api_gateway_config.usage_plan.quota_period': 'Quota period.',
  'api_gateway_config.usage_plan.throttle_burst_limit': 'Burst limit per key.',
  'api_gateway_config.usage_plan.throttle_rate_limit': 'Requests per second per key.',
  'api_gateway_config.xray_tracing_enabled':
    'REST: X-Ray tracing of the stage; default on when a function the API invokes has `tracing_config: Active`.',
  'api_gateway_config.logging_level':
    'REST and WebSocket: execution logging; default `ERROR` while access logs are on, `OFF` otherwise.',
  'api_gateway_config.data_trace_enabled':
    'REST and WebSocket: log full requests and responses (may log personal data; default off).',
  'api_gateway_config.metrics_enabled': 'Per-route (detailed) CloudWatch metrics.',
  'api_gateway_config.web_acl_arn': 'REST: a regional WAFv2 web ACL associated with the stage.',
  'api_gateway_config.endpoint_type':
    'REST: `REGIONAL` (default), `EDGE` or `PRIVATE` (reached only through VPC endpoints).',
  'api_gateway_config.vpc_endpoint_ids':
    'REST, `PRIVATE`: the execute-api VPC endpoints (`vpce-...`) allowed to reach the API.',
  'api_gateway_config.resource_policy':
    'REST: resource policy document (`Version`, `Statement`); default for `PRIVATE` APIs: invoke only through `vpc_endpoint_ids`.',
  'api_gateway_config.route_selection_expression':
    'WebSocket: which part of a message picks its route; default `$request.body.action`.',

  dynamodb_config: 'DynamoDB tables by key.',
  'dynamodb_config.<table>.billing_mode': 'On-demand or provisioned capacity.',
  'dynamodb_config.<table>.hash_key': 'Partition key; must be in `attributes`.',
  'dynamodb_config.<table>.range_key': 'Sort key; must be in `attributes`.',
  'dynamodb_config.<table>.attributes':
    'Definitions of the key attributes (table and index keys, no others).',
  'dynamodb_config.<table>.attributes[].name': 'Attribute name.',
  'dynamodb_config.<table>.attributes[].type': 'S (string), N (number) or B (binary).',
  'dynamodb_config.<table>.global_secondary_indexes': 'Global secondary indexes.',
  'dynamodb_config.<table>.global_secondary_indexes[].name': 'Index name.',
  'dynamodb_config.<table>.global_secondary_indexes[].hash_key':
    'Partition key of the index; must be in `attributes`.',
  'dynamodb_config.<table>.global_secondary_indexes[].range_key':
    'Sort key of the index; must be in `attributes`.',
  'dynamodb_config.<table>.global_secondary_indexes[].projection_type':
    'Attributes copied into the index; INCLUDE needs `non_key_attributes`.',
  'dynamodb_config.<table>.global_secondary_indexes[].non_key_attributes':
    'INCLUDE: the attributes copied into the index.',
  'dynamodb_config.<table>.global_secondary_indexes[].read_capacity':
    'PROVISIONED: read capacity units of the index.',
  'dynamodb_config.<table>.global_secondary_indexes[].write_capacity':
    'PROVISIONED: write capacity units of the index.',
  'dynamodb_config.<table>.stream_enabled': 'Turn on the table stream (needs `stream_view_type`).',
  'dynamodb_config.<table>.stream_view_type': 'What each stream record holds.',
  'dynamodb_config.<table>.ttl_enabled': 'Expire items by time (needs `ttl_attribute`).',
  'dynamodb_config.<table>.ttl_attribute': 'Attribute holding the expiry time in epoch seconds.',
  'dynamodb_config.<table>.read_capacity': 'PROVISIONED: read capacity units (required).',
  'dynamodb_config.<table>.write_capacity': 'PROVISIONED: write capacity units (required).',
  'dynamodb_config.<table>.autoscaling':
    'PROVISIONED: target-tracking auto scaling of read and write capacity.',
  'dynamodb_config.<table>.autoscaling.min_capacity': 'Lowest capacity; at most `max_capacity`.',
  'dynamodb_config.<table>.autoscaling.max_capacity': 'Highest capacity.',
  'dynamodb_config.<table>.autoscaling.target_utilization': 'Target utilization in percent.',
  'dynamodb_config.<table>.point_in_time_recovery':
    'Continuous backups for point-in-time restore. Default: on (off in ephemeral `pr-*` environments).',
  'dynamodb_config.<table>.server_side_encryption': 'Encryption at rest with a KMS key.',
  'dynamodb_config.<table>.server_side_encryption.enabled':
    'Use KMS: `kms_key_arn`, else the AWS-managed key `alias/aws/dynamodb`; `false` (or no `server_side_encryption`) keeps the AWS-owned key.',
  'dynamodb_config.<table>.server_side_encryption.kms_key_arn':
    'Customer-managed KMS key; default: the AWS-managed key.',
  'dynamodb_config.<table>.deletion_protection_enabled':
    'Refuse to delete the table. Default: on (off in ephemeral `pr-*` environments).',

  event_source_config: 'What invokes the functions, by key.',
  'event_source_config.<source>.type':
    'SQS, SNS, S3, DYNAMODB_STREAM, KINESIS, SCHEDULE or EVENTBRIDGE (any case; `CloudWatch Events` means EVENTBRIDGE).',
  'event_source_config.<source>.shared':
    'An existing ARN in `source` (or `destination_config`) that preview stages may use too. Without it, a preview (pr-*) consuming from or writing to an existing resource is an error.',
  'event_source_config.<source>.batch_size':
    'Records per invocation: SQS 1–10000 (over 10 needs `maximum_batching_window_in_seconds`), streams 1–10000; other types take none.',
  'event_source_config.<source>.starting_position':
    'Streams: where to start reading (AT_TIMESTAMP: Kinesis only).',
  'event_source_config.<source>.maximum_retry_attempts':
    'Retries of a failed batch or event (-1: until the record expires); on SQS, receives before the dead-letter queue.',
  'event_source_config.<source>.maximum_record_age_in_seconds':
    'Streams: skip records older than this (-1 or 60–604800).',
  'event_source_config.<source>.bisect_batch_on_function_error':
    'Streams: split a failing batch in two and retry.',
  'event_source_config.<source>.parallelization_factor': 'Streams: concurrent batches per shard.',
  'event_source_config.<source>.function':
    'Key of the target function; may be omitted when there is exactly one function.',
  'event_source_config.<source>.source':
    'What emits the events: a queue/topic/bucket/stream name the stack creates, an existing ARN, or (DYNAMODB_STREAM) a key of `dynamodb_config` with `stream_enabled`. SQS, SNS, S3 and KINESIS sources without it get one named after their key.',
  'event_source_config.<source>.schedule': 'SCHEDULE: `rate(...)` or `cron(...)` (required).',
  'event_source_config.<source>.event_pattern':
    'EVENTBRIDGE: the event pattern, as EventBridge writes it (required).',
  'event_source_config.<source>.event_bus_name':
    "EVENTBRIDGE: an existing custom event bus; default: the account's default bus.",
  'event_source_config.<source>.maximum_batching_window_in_seconds':
    'SQS and streams: seconds to gather records before invoking.',
  'event_source_config.<source>.scaling_config': 'SQS: scaling of the event source mapping.',
  'event_source_config.<source>.scaling_config.maximum_concurrency':
    'SQS: most concurrent invocations from this queue.',
  'event_source_config.<source>.function_response_types':
    '`[ReportBatchItemFailures]` turns on partial batch responses.',
  'event_source_config.<source>.events':
    'S3: events that trigger the function, e.g. `["s3:ObjectCreated:*"]`.',
  'event_source_config.<source>.filter_prefix': 'S3: only keys starting with this.',
  'event_source_config.<source>.filter_suffix': 'S3: only keys ending with this.',
  'event_source_config.<source>.destination_config':
    'Streams: where failed batches go; default: a queue the stack creates.',
  'event_source_config.<source>.destination_config.on_failure': 'Destination of failed batches.',
  'event_source_config.<source>.destination_config.on_failure.destination_arn':
    'ARN of an SQS queue or SNS topic.',
  'event_source_config.<source>.visibility_timeout_seconds':
    "SQS queues the stack creates: at least the function's timeout.",
  'event_source_config.<source>.message_retention_seconds':
    'SQS queues the stack creates: how long messages are kept.',
  'event_source_config.<source>.maximum_event_age_in_seconds':
    'SCHEDULE and EVENTBRIDGE: drop events older than this.',
  'event_source_config.<source>.starting_position_timestamp':
    'KINESIS with `starting_position: AT_TIMESTAMP` (required there): where to start, RFC 3339 (`2026-01-31T00:00:00Z`).',

  removal_policy:
    'What happens to tables, log groups, queues and buckets when the stack deletes or replaces them: `RETAIN` (default) or `DESTROY`. Preview stages (pr-*) get `DESTROY` unless an environments key sets it.',
  tags: 'Tags applied to every taggable resource.',

  usage: 'Traffic assumptions for the cost estimate (infracost usage-file names).',
  'usage.lambda': 'Per function key.',
  'usage.lambda.<function>.monthly_requests': 'Invocations per month.',
  'usage.lambda.<function>.request_duration_ms': 'Average duration of one invocation in ms.',
  'usage.api_gateway': 'Traffic of the API.',
  'usage.api_gateway.monthly_requests': 'Requests per month (HTTP and REST).',
  'usage.api_gateway.monthly_messages': 'WebSocket messages per month.',
  'usage.api_gateway.monthly_connection_mins': 'WebSocket connection minutes per month.',
  'usage.dynamodb': 'Per table key.',
  'usage.dynamodb.<table>.monthly_read_request_units': 'Read request units per month.',
  'usage.dynamodb.<table>.monthly_write_request_units': 'Write request units per month.',
  'usage.dynamodb.<table>.storage_gb': 'Stored data in GB.',
  'usage.dynamodb.<table>.monthly_streams_read_request_units':
    'Stream read request units per month.',
  'usage.sqs': 'Per queue the stack creates.',
  'usage.sqs.<queue>.monthly_requests': 'SQS requests per month.',
  'usage.sns': 'Per topic the stack creates.',
  'usage.sns.<topic>.monthly_requests': 'SNS publishes per month.',
  'usage.eventbridge': 'Per EventBridge source.',
  'usage.eventbridge.<source>.monthly_custom_events': 'Custom events per month.',
  'usage.s3': 'Per bucket the stack creates.',
  'usage.s3.<bucket>.storage_gb': 'Stored data in GB.',
  'usage.s3.<bucket>.monthly_requests': 'Requests per month.',
  'usage.cloudwatch': 'Logs of the whole stack.',
  'usage.cloudwatch.monthly_log_ingestion_gb': 'Log data ingested per month in GB.',
  'usage.cloudwatch.log_storage_gb': 'Log data stored in GB.',

  suppressions: 'Accepted review findings; each needs a reason.',
  'suppressions[].rule': 'Finding rule id, e.g. `SA-SECRET-ENV` or `AwsSolutions-IAM4`.',
  'suppressions[].resource': 'Config key or logical id it applies to; `*` for every resource.',
  'suppressions[].reason': 'Why the finding is accepted (required, not empty).',

  monitoring: 'Alarms, budget and log retention of the stack.',
  'monitoring.alarms_enabled': 'Alarms on functions, API, tables and queues.',
  'monitoring.alarm_email_addresses': 'E-mail addresses subscribed to the alarm topic.',
  'monitoring.budget_limit_usd': 'Monthly cost budget in USD, notifying the alarm topic.',
  'monitoring.log_retention_in_days':
    "Default retention of every log group the stack creates (CloudWatch's periods).",

  iam: 'IAM settings of every role the stack creates.',
  'iam.permissions_boundary':
    'Managed policy ARN set as the permissions boundary of every role the stack creates; the review warns on prod environments without one.',

  stack:
    'CloudFormation options of the stack itself; defaults depend on the stage (see docs/production-safety.md).',
  'stack.termination_protection':
    'Termination protection: `destroy` (and DeleteStack) refuse until it is lifted. Default: on, off for ephemeral `pr-*` stages.',
  'stack.rollback_monitoring_minutes':
    "Minutes (0-180) after a deploy during which the stack's alarms roll it back. Default: 5 on prod-like stages (prod, production, prd, live, prod-*), else 0.",
  'stack.notification_arns': 'SNS topic ARNs (at most 5) that receive the stack events.',
  'stack.role_arn':
    'CloudFormation service role the stack operations run as (the deploy role then needs iam:PassRole on it).',
  'stack.protect_stateful':
    'Stack policy that denies replacing or deleting tables, queues, buckets, streams and log groups except in a deploy run with `allow-replacement`. Default: on, off for ephemeral stages.',

  environments:
    'Per environment name, a partial config deep-merged over the base (see "Environments").',
};

/** How the reference names the keys of a map, by the map's field name: lambda_config.<function>. */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  lambda_config: '<function>',
  dynamodb_config: '<table>',
  event_source_config: '<source>',
  environments: '<env>',
  authorizers: '<authorizer>',
  tags: '<tag>',
  environment: '<NAME>',
  secrets: '<NAME>',
  lambda: '<function>',
  dynamodb: '<table>',
  sqs: '<queue>',
  sns: '<topic>',
  s3: '<bucket>',
  eventbridge: '<source>',
};

export function placeholderFor(fieldName: string | undefined): string {
  return PLACEHOLDERS[fieldName ?? ''] ?? '<key>';
}
