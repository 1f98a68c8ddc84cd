// SQS: an existing queue ARN is polled as is; otherwise the stack creates the queue (named
// after `source`, else the event source's key) with a dead-letter queue behind it.
import type { EventSourceConfig } from '../../config/schema';
import { isArn, type FunctionHandle, type SynthContext } from '../context';
import { accessActions, allow } from '../iam';
import { addDeadLetterQueue, addQueue, addQueuePolicy } from '../queues';
import { addQueueMapping } from './mapping';
import { registerMessaging, queueUrlFromArn } from './registry';

/**
 * What Lambda's poller needs on a queue (AWSLambdaSQSQueueExecutionRole): receive, delete,
 * and the attributes it reads when the mapping is created. An existing queue gets exactly these.
 */
export const SQS_POLL_ACTIONS = [
  'sqs:ReceiveMessage',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
];

/** A queue's visibility timeout must cover the function's timeout; AWS advises six times it. */
export function defaultVisibilityTimeout(functionTimeout: number): number {
  return Math.min(43_200, Math.max(30, functionTimeout * 6));
}

export function addSqsSource(
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
): void {
  const path = `event_source_config.${key}`;
  let arn: string;
  if (isArn(es.source)) {
    arn = es.source;
    registerMessaging(context, 'sqs', [key], {
      arn,
      address: queueUrlFromArn(arn),
      created: false,
    });
    target.statements.push(allow(SQS_POLL_ACTIONS, arn));
    addQueueMapping(context, key, es, target, arn);
    return;
  } else {
    const name = es.source ?? key;
    const existing = context.messaging.get(`sqs:${name}`);
    if (existing) {
      arn = existing.arn;
    } else {
      const dlq = addDeadLetterQueue(context, name, path);
      const queue = addQueue(context, {
        id: context.ids.of(name, 'Queue'),
        name: context.names.name('sqs', name),
        origin: { kind: 'queue', key, path },
        visibilityTimeout:
          es.visibility_timeout_seconds ?? defaultVisibilityTimeout(target.timeoutSeconds),
        messageRetention: es.message_retention_seconds,
        // The seed's maximum_retry_attempts on an SQS source: receives before the DLQ.
        deadLetter: { queue: dlq, maxReceiveCount: Math.max(1, es.maximum_retry_attempts ?? 3) },
        isDeadLetter: false,
      });
      addQueuePolicy(context, context.ids.of(name, 'QueuePolicy'), [queue, dlq], {
        kind: 'queue-policy',
        key,
        path,
      });
      context.sourceQueues.set(queue.node.id, { key, name: context.names.name('sqs', name) });
      arn = queue.attrArn;
      registerMessaging(context, 'sqs', [key, name], { arn, address: queue.ref, created: true });
    }
  }
  target.statements.push(allow(accessActions('sqs', 'read'), arn));
  addQueueMapping(context, key, es, target, arn);
}
