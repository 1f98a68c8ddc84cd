// Queues the stack creates: for SQS event sources (with their own dead-letter queue), and
// as dead-letter / on-failure destinations of SNS subscriptions, streams and rules. All
// encrypted (SQS-managed SSE), TLS-only, and watched by the monitoring alarms.
import { CfnQueue, CfnQueuePolicy } from './l1/aws-sqs';
import { applyRemovalPolicy, markOrigin, type SynthContext } from './context';
import { denyInsecureTransport, type PolicyStatement } from './iam';
import type { ResourceOrigin } from './types';
import { optional } from './optional';

/** 14 days: the longest SQS keeps a message, so a failure is never lost before someone looks. */
export const DLQ_RETENTION_SECONDS = 1_209_600;

export interface QueueProps {
  /** Logical id prefix (already unique), e.g. `OrdersQueue`. */
  readonly id: string;
  readonly name: string;
  readonly origin: ResourceOrigin;
  readonly visibilityTimeout?: number | undefined;
  readonly messageRetention?: number | undefined;
  /** Adds a redrive policy to this DLQ after `maxReceiveCount` receives. */
  readonly deadLetter?: { readonly queue: CfnQueue; readonly maxReceiveCount: number };
  /** Is this queue a DLQ the alarms watch? */
  readonly isDeadLetter: boolean;
}

export function addQueue(context: SynthContext, props: QueueProps): CfnQueue {
  const queue = new CfnQueue(context.stack, props.id, {
    queueName: props.name,
    sqsManagedSseEnabled: true,
    ...optional({
      visibilityTimeout: props.visibilityTimeout,
      messageRetentionPeriod: props.messageRetention,
      redrivePolicy: props.deadLetter
        ? {
            deadLetterTargetArn: props.deadLetter.queue.attrArn,
            maxReceiveCount: props.deadLetter.maxReceiveCount,
          }
        : undefined,
    }),
  });
  applyRemovalPolicy(context, queue);
  markOrigin(queue, props.origin);
  if (props.isDeadLetter) {
    context.deadLetterQueues.set(props.id, { key: props.origin.key, name: props.name });
  }
  return queue;
}

/** A dead-letter queue named `<...>-<key>-dlq`, kept 14 days. */
export function addDeadLetterQueue(
  context: SynthContext,
  key: string,
  path: string,
  idSuffix = 'Dlq',
): CfnQueue {
  return addQueue(context, {
    id: context.ids.of(key, idSuffix),
    name: context.names.name('sqs', key, idSuffix.toLowerCase()),
    origin: { kind: 'dlq', key, path },
    messageRetention: DLQ_RETENTION_SECONDS,
    isDeadLetter: true,
  });
}

/** TLS-only access, plus whatever services must send to the queue (SNS, EventBridge). */
export function addQueuePolicy(
  context: SynthContext,
  id: string,
  queues: CfnQueue[],
  origin: ResourceOrigin,
  extra: PolicyStatement[] = [],
): CfnQueuePolicy {
  const policy = new CfnQueuePolicy(context.stack, id, {
    queues: queues.map((q) => q.ref),
    policyDocument: {
      Version: '2012-10-17',
      Statement: [denyInsecureTransport(queues.map((q) => q.attrArn)), ...extra],
    },
  });
  markOrigin(policy, origin);
  return policy;
}

/** Lets a service principal send to a queue, only on behalf of one source ARN. */
export function allowServiceToSend(
  service: string,
  queue: CfnQueue,
  sourceArn: string,
): PolicyStatement {
  return {
    Sid: `Allow${service.split('.')[0]}`,
    Effect: 'Allow',
    Principal: { Service: service },
    Action: 'sqs:SendMessage',
    Resource: queue.attrArn,
    Condition: { ArnEquals: { 'aws:SourceArn': sourceArn } },
  };
}
