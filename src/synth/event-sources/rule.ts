// SCHEDULE and EVENTBRIDGE: an EventBridge rule targeting the function, with a retry policy
// and a dead-letter queue for events the function could not take.
import { CfnRule } from '../l1/aws-events';
import type { EventSourceConfig } from '../../config/schema';
import { configProblem, markOrigin, type FunctionHandle, type SynthContext } from '../context';
import { optional } from '../optional';
import { allowInvoke } from '../permission';
import { addDeadLetterQueue, addQueuePolicy, allowServiceToSend } from '../queues';

/** EventBridge's own limit on target retries. */
export const MAX_RULE_RETRIES = 185;

export function addScheduleSource(
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
): void {
  if (!es.schedule) {
    throw configProblem(
      context,
      ['event_source_config', key, 'type'],
      'a SCHEDULE source needs `schedule`',
      'Add schedule: rate(5 minutes) or schedule: cron(0 12 * * ? *).',
    );
  }
  addRule(context, key, es, target, { scheduleExpression: es.schedule });
}

export function addEventBridgeSource(
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
): void {
  if (!es.event_pattern) {
    throw configProblem(
      context,
      ['event_source_config', key, 'type'],
      'an EVENTBRIDGE source needs `event_pattern`',
      'Add event_pattern, e.g. { source: [aws.s3], detail-type: [Object Created] }.',
    );
  }
  addRule(context, key, es, target, {
    eventPattern: es.event_pattern,
    ...optional({ eventBusName: es.event_bus_name }),
  });
}

function addRule(
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
  trigger: { scheduleExpression?: string; eventPattern?: unknown; eventBusName?: string },
): void {
  const path = `event_source_config.${key}`;
  const origin = (kind: string) => ({ kind, key, path });
  const dlq = addDeadLetterQueue(context, key, path);
  const retries = es.maximum_retry_attempts;
  const rule = new CfnRule(context.scopeOf(target.key), context.ids.of(key, 'Rule'), {
    name: context.names.name('eventsRule', key),
    state: 'ENABLED',
    ...trigger,
    targets: [
      {
        id: 'function',
        arn: target.invokeArn,
        deadLetterConfig: { arn: dlq.attrArn },
        retryPolicy: optional({
          maximumRetryAttempts:
            retries === null || retries === undefined
              ? undefined
              : Math.min(MAX_RULE_RETRIES, Math.max(0, retries)),
          maximumEventAgeInSeconds: es.maximum_event_age_in_seconds,
        }),
      },
    ],
  });
  markOrigin(rule, origin('rule'));
  addQueuePolicy(context, context.ids.of(key, 'DlqPolicy'), [dlq], origin('queue-policy'), [
    allowServiceToSend('events.amazonaws.com', dlq, rule.attrArn),
  ]);
  allowInvoke(
    context,
    context.ids.of(key, 'InvokePermission'),
    target,
    'events.amazonaws.com',
    rule.attrArn,
    origin('permission'),
  );
}
