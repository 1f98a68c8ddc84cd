// Checks on each event_source_config entry: the target function, what emits the events,
// batch sizes per source type, and fields that do not apply to the source's type (the seed
// sets stream-only fields on an SQS source: those are warnings, not errors, so it deploys).
import { error, warning, type Finding } from '../findings';
import type { EventSourceConfig, EventSourceTypeName } from '../schema';
import { didYouMean } from '../suggest';
import { isArn, isSet, type SemanticContext } from './context';

const STREAMS: readonly EventSourceTypeName[] = ['KINESIS', 'DYNAMODB_STREAM'];
const POLLED: readonly EventSourceTypeName[] = ['SQS', ...STREAMS];
const RULES: readonly EventSourceTypeName[] = ['SCHEDULE', 'EVENTBRIDGE'];

/** Which source types each optional field means something for. */
const APPLIES_TO: Readonly<
  Partial<Record<keyof EventSourceConfig, readonly EventSourceTypeName[]>>
> = {
  batch_size: POLLED,
  starting_position: STREAMS,
  maximum_record_age_in_seconds: STREAMS,
  bisect_batch_on_function_error: STREAMS,
  parallelization_factor: STREAMS,
  destination_config: STREAMS,
  maximum_batching_window_in_seconds: POLLED,
  function_response_types: POLLED,
  scaling_config: ['SQS'],
  visibility_timeout_seconds: ['SQS'],
  message_retention_seconds: ['SQS'],
  events: ['S3'],
  filter_prefix: ['S3'],
  filter_suffix: ['S3'],
  schedule: ['SCHEDULE'],
  event_pattern: ['EVENTBRIDGE'],
  event_bus_name: ['EVENTBRIDGE'],
  maximum_event_age_in_seconds: RULES,
  starting_position_timestamp: ['KINESIS'],
  source: ['SQS', 'SNS', 'S3', ...STREAMS],
  // SNS and S3 invoke the function asynchronously: no mapping, no rule, nothing retries.
  maximum_retry_attempts: [...POLLED, ...RULES],
};

/** EventBridge targets retry at most this many times (RetryPolicy.MaximumRetryAttempts). */
const RULE_RETRIES_MAX = 185;

/** Settings of a queue the stack creates; an existing queue (an ARN) keeps its own. */
const CREATED_QUEUE_FIELDS = ['visibility_timeout_seconds', 'message_retention_seconds'] as const;

/** Lambda: an SQS batch over 10 records needs a batching window of at least 1 second. */
const SQS_BATCH_WITHOUT_WINDOW_MAX = 10;

export function checkEventSources(context: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  for (const [key, source] of Object.entries(context.config.event_source_config)) {
    const path = ['event_source_config', key];
    findings.push(
      ...checkTarget(path, source, context),
      ...checkInapplicableFields(path, source),
      ...checkEmitter(path, source, context),
      ...checkBatching(path, source),
      ...checkStartingTimestamp(path, source),
    );
  }
  return findings;
}

function checkTarget(
  path: readonly string[],
  source: EventSourceConfig,
  context: SemanticContext,
): Finding[] {
  const functions = [...context.declared.functions];
  if (isSet(source.function)) {
    if (context.declared.functions.has(source.function)) {
      return checkVisibilityTimeout(path, source, source.function, context);
    }
    return [
      error(
        [...path, 'function'],
        `function "${source.function}" is not defined in lambda_config${didYouMean(source.function, functions)}`,
      ),
    ];
  }
  const [only] = functions;
  if (functions.length === 1 && only !== undefined) {
    return checkVisibilityTimeout(path, source, only, context);
  }
  return [
    error(
      path,
      functions.length === 0
        ? 'this event source has no function to invoke: lambda_config defines none'
        : `name the function this event source invokes with "function:" (lambda_config has ${functions.length}: ${functions.join(', ')})`,
      'key',
    ),
  ];
}

/**
 * AWS rejects an SQS mapping whose queue would hand a message out again while the function
 * may still be working on it: the visibility timeout must be at least the function's timeout.
 */
function checkVisibilityTimeout(
  path: readonly string[],
  source: EventSourceConfig,
  target: string,
  context: SemanticContext,
): Finding[] {
  const timeout = context.config.lambda_config[target]?.timeout;
  const visibility = source.visibility_timeout_seconds;
  const createsQueue = !isSet(source.source) || !isArn(source.source);
  if (
    source.type !== 'SQS' ||
    !createsQueue ||
    !isSet(visibility) ||
    timeout === undefined ||
    visibility >= timeout
  ) {
    return [];
  }
  return [
    error(
      [...path, 'visibility_timeout_seconds'],
      `visibility_timeout_seconds (${visibility}) is shorter than the timeout of function "${target}" (${timeout}); Lambda requires at least the function's timeout (AWS recommends 6 times)`,
    ),
  ];
}

function checkInapplicableFields(path: readonly string[], source: EventSourceConfig): Finding[] {
  const findings: Finding[] = [];
  for (const [field, types] of Object.entries(APPLIES_TO)) {
    const value = source[field as keyof EventSourceConfig];
    if (!isSet(value) || types.includes(source.type)) continue;
    findings.push(
      warning(
        [...path, field],
        `${field} does not apply to ${source.type} sources (only to ${types.join(', ')}); it is ignored`,
        'key',
      ),
    );
  }
  return findings;
}

/**
 * What emits the events: a table's stream, a schedule, a pattern. (SQS, SNS, S3 and KINESIS
 * sources without `source` get a queue, topic, bucket or stream named after their key.)
 */
function checkEmitter(
  path: readonly string[],
  source: EventSourceConfig,
  context: SemanticContext,
): Finding[] {
  switch (source.type) {
    case 'DYNAMODB_STREAM':
      return checkTableStream(path, source, context);
    case 'SCHEDULE':
      return isSet(source.schedule)
        ? []
        : [
            error(
              path,
              'a SCHEDULE source needs "schedule", e.g. "rate(5 minutes)" or "cron(0 12 * * ? *)"',
              'key',
            ),
          ];
    case 'EVENTBRIDGE':
      return isSet(source.event_pattern)
        ? []
        : [
            error(
              path,
              'an EVENTBRIDGE source needs "event_pattern", e.g. { source: ["aws.s3"] }',
              'key',
            ),
          ];
    default:
      return [];
  }
}

function checkTableStream(
  path: readonly string[],
  source: EventSourceConfig,
  context: SemanticContext,
): Finding[] {
  const tables = [...context.declared.tables];
  if (!isSet(source.source)) {
    return [
      error(
        path,
        'a DYNAMODB_STREAM source needs "source": the key of a table in dynamodb_config',
        'key',
      ),
    ];
  }
  if (isArn(source.source)) {
    return source.starting_position === 'AT_TIMESTAMP'
      ? [
          error(
            [...path, 'starting_position'],
            'DynamoDB streams start at TRIM_HORIZON or LATEST, not AT_TIMESTAMP',
          ),
        ]
      : [];
  }
  if (!context.declared.tables.has(source.source)) {
    return [
      error(
        [...path, 'source'],
        `table "${source.source}" is not defined in dynamodb_config${didYouMean(source.source, tables)}`,
      ),
    ];
  }
  const findings: Finding[] = [];
  const table = context.config.dynamodb_config[source.source];
  if (table !== undefined && !table.stream_enabled) {
    findings.push(
      error(
        [...path, 'source'],
        `table "${source.source}" has no stream: set stream_enabled: true and stream_view_type in dynamodb_config.${source.source}`,
      ),
    );
  }
  if (source.starting_position === 'AT_TIMESTAMP') {
    findings.push(
      error(
        [...path, 'starting_position'],
        'DynamoDB streams start at TRIM_HORIZON or LATEST, not AT_TIMESTAMP',
      ),
    );
  }
  return findings;
}

/** AT_TIMESTAMP names no time by itself: Lambda refuses the mapping without one. */
function checkStartingTimestamp(path: readonly string[], source: EventSourceConfig): Finding[] {
  if (source.type !== 'KINESIS') return [];
  const atTimestamp = source.starting_position === 'AT_TIMESTAMP';
  if (atTimestamp && !isSet(source.starting_position_timestamp)) {
    return [
      error(
        [...path, 'starting_position'],
        'starting_position AT_TIMESTAMP needs starting_position_timestamp, e.g. starting_position_timestamp: "2026-01-31T00:00:00Z"',
      ),
    ];
  }
  if (!atTimestamp && isSet(source.starting_position_timestamp)) {
    return [
      warning(
        [...path, 'starting_position_timestamp'],
        `starting_position_timestamp is used only with starting_position: AT_TIMESTAMP (here ${source.starting_position ?? 'LATEST'}); it is ignored`,
        'key',
      ),
    ];
  }
  return [];
}

function checkBatching(path: readonly string[], source: EventSourceConfig): Finding[] {
  const findings: Finding[] = [];
  const window = source.maximum_batching_window_in_seconds ?? 0;
  if (
    source.type === 'SQS' &&
    isSet(source.batch_size) &&
    source.batch_size > SQS_BATCH_WITHOUT_WINDOW_MAX &&
    window < 1
  ) {
    findings.push(
      error(
        [...path, 'batch_size'],
        `an SQS batch_size over ${SQS_BATCH_WITHOUT_WINDOW_MAX} (here ${source.batch_size}) needs maximum_batching_window_in_seconds of at least 1`,
      ),
    );
  }
  const retries = source.maximum_retry_attempts;
  if (RULES.includes(source.type) && isSet(retries) && retries > RULE_RETRIES_MAX) {
    findings.push(
      warning(
        [...path, 'maximum_retry_attempts'],
        `EventBridge retries a target at most ${RULE_RETRIES_MAX} times; ${retries} is lowered to ${RULE_RETRIES_MAX}`,
      ),
    );
  }
  if (source.type === 'SQS' && isSet(source.source) && isArn(source.source)) {
    for (const field of CREATED_QUEUE_FIELDS) {
      if (!isSet(source[field])) continue;
      findings.push(
        warning(
          [...path, field],
          `${field} applies to queues the stack creates; the existing queue ${source.source} keeps its own setting`,
          'key',
        ),
      );
    }
  }
  if (
    source.type === 'SQS' &&
    isSet(source.source) &&
    isArn(source.source) &&
    isSet(source.maximum_retry_attempts)
  ) {
    findings.push(
      warning(
        [...path, 'maximum_retry_attempts'],
        `maximum_retry_attempts sets the receive count of queues the stack creates; for the existing queue ${source.source} its own redrive policy (maxReceiveCount) decides, so set it there`,
        'key',
      ),
    );
  }
  const age = source.maximum_record_age_in_seconds;
  if (STREAMS.includes(source.type) && isSet(age) && age >= 0 && age < 60) {
    findings.push(
      error(
        [...path, 'maximum_record_age_in_seconds'],
        `maximum_record_age_in_seconds must be -1 (keep records until they expire) or from 60 to 604800, got ${age}`,
      ),
    );
  }
  return findings;
}
