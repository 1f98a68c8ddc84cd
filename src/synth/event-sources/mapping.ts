// AWS::Lambda::EventSourceMapping for the poll-based sources (SQS, DynamoDB streams,
// Kinesis): which fields apply to which source, and the stream on-failure destination.
import { CfnEventSourceMapping } from '../l1/aws-lambda';
import type { EventSourceConfig } from '../../config/schema';
import { isArn, markOrigin, type FunctionHandle, type SynthContext } from '../context';
import { accessActions, allow } from '../iam';
import { optional } from '../optional';
import { addDeadLetterQueue, addQueuePolicy } from '../queues';

/** Stream retries default to 3, not AWS's -1 (forever): a poison record must reach the on-failure queue. */
export const DEFAULT_STREAM_RETRIES = 3;

export function addQueueMapping(
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
  queueArn: string,
): CfnEventSourceMapping {
  const batchSize = es.batch_size ?? undefined;
  const mapping = new CfnEventSourceMapping(
    context.scopeOf(target.key),
    context.ids.of(key, 'Mapping'),
    {
      functionName: target.invokeArn,
      eventSourceArn: queueArn,
      enabled: true,
      ...optional({
        batchSize,
        // SQS refuses batches above 10 without a batching window.
        maximumBatchingWindowInSeconds:
          es.maximum_batching_window_in_seconds ??
          (batchSize !== undefined && batchSize > 10 ? 1 : undefined),
        scalingConfig: es.scaling_config
          ? { maximumConcurrency: es.scaling_config.maximum_concurrency }
          : undefined,
        functionResponseTypes: es.function_response_types,
      }),
    },
  );
  markOrigin(mapping, { kind: 'event-source-mapping', key, path: `event_source_config.${key}` });
  mapping.addResourceDependency(target.role);
  return mapping;
}

/** Streams: starting position, retries, record age, bisect, parallelization, on-failure queue. */
export function addStreamMapping(
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
  streamArn: string,
): CfnEventSourceMapping {
  const path = `event_source_config.${key}`;
  const onFailure = onFailureDestination(context, key, es, target);
  const mapping = new CfnEventSourceMapping(
    context.scopeOf(target.key),
    context.ids.of(key, 'Mapping'),
    {
      functionName: target.invokeArn,
      eventSourceArn: streamArn,
      enabled: true,
      startingPosition: es.starting_position ?? 'LATEST',
      maximumRetryAttempts: es.maximum_retry_attempts ?? DEFAULT_STREAM_RETRIES,
      destinationConfig: { onFailure: { destination: onFailure } },
      ...optional({
        batchSize: es.batch_size ?? undefined,
        maximumRecordAgeInSeconds: es.maximum_record_age_in_seconds ?? undefined,
        bisectBatchOnFunctionError: es.bisect_batch_on_function_error ?? undefined,
        parallelizationFactor: es.parallelization_factor ?? undefined,
        // CloudFormation wants epoch seconds; the config writes RFC 3339, as Terraform does.
        startingPositionTimestamp:
          es.starting_position === 'AT_TIMESTAMP' && es.starting_position_timestamp
            ? Date.parse(es.starting_position_timestamp) / 1000
            : undefined,
        maximumBatchingWindowInSeconds: es.maximum_batching_window_in_seconds,
        functionResponseTypes: es.function_response_types,
      }),
    },
  );
  markOrigin(mapping, { kind: 'event-source-mapping', key, path });
  mapping.addResourceDependency(target.role);
  context.streamConsumers.set(key, target.key);
  return mapping;
}

/** The given destination ARN, or a queue the stack creates; the function's role may send to it. */
function onFailureDestination(
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
): string {
  const given = es.destination_config?.on_failure.destination_arn;
  if (isArn(given)) {
    const isTopic = given.startsWith('arn:') && given.split(':')[2] === 'sns';
    target.statements.push(allow(isTopic ? ['sns:Publish'] : accessActions('sqs', 'write'), given));
    return given;
  }
  const path = `event_source_config.${key}`;
  const queue = addDeadLetterQueue(context, key, path, 'Failures');
  // TLS-only like every queue the stack creates (the function's role sends over HTTPS).
  addQueuePolicy(context, context.ids.of(key, 'FailuresPolicy'), [queue], {
    kind: 'queue-policy',
    key,
    path,
  });
  target.statements.push(allow(accessActions('sqs', 'write'), queue.attrArn));
  return queue.attrArn;
}
