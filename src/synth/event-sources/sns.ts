// SNS: a topic (created, or an existing ARN), the function's subscription with its own
// dead-letter queue, and the permission for SNS to invoke the function.
import { CfnSubscription, CfnTopic, CfnTopicPolicy } from '../l1/aws-sns';
import type { EventSourceConfig } from '../../config/schema';
import { isArn, markOrigin, type FunctionHandle, type SynthContext } from '../context';
import { denyInsecureTransport } from '../iam';
import { allowInvoke } from '../permission';
import { addDeadLetterQueue, addQueuePolicy, allowServiceToSend } from '../queues';
import { registerMessaging } from './registry';

/** SNS's AWS-managed key: encryption at rest at no key cost. */
export const SNS_MANAGED_KEY = 'alias/aws/sns';

export function addSnsSource(
  context: SynthContext,
  key: string,
  es: EventSourceConfig,
  target: FunctionHandle,
): void {
  const path = `event_source_config.${key}`;
  const origin = (kind: string) => ({ kind, key, path });
  let topicArn: string;
  if (isArn(es.source)) {
    topicArn = es.source;
    registerMessaging(context, 'sns', [key], { arn: topicArn, address: topicArn, created: false });
  } else {
    const name = es.source ?? key;
    const existing = context.messaging.get(`sns:${name}`);
    if (existing) {
      topicArn = existing.arn;
    } else {
      const topic = new CfnTopic(context.stack, context.ids.of(name, 'Topic'), {
        topicName: context.names.name('sns', name),
        kmsMasterKeyId: SNS_MANAGED_KEY,
      });
      markOrigin(topic, origin('topic'));
      const policy = new CfnTopicPolicy(context.stack, context.ids.of(name, 'TopicPolicy'), {
        topics: [topic.ref],
        policyDocument: { Version: '2012-10-17', Statement: [denyInsecureTransport([topic.ref])] },
      });
      markOrigin(policy, origin('topic-policy'));
      topicArn = topic.ref;
      registerMessaging(context, 'sns', [key, name], {
        arn: topicArn,
        address: topicArn,
        created: true,
      });
    }
  }

  const dlq = addDeadLetterQueue(context, key, path, 'SubscriptionDlq');
  addQueuePolicy(
    context,
    context.ids.of(key, 'SubscriptionDlqPolicy'),
    [dlq],
    origin('queue-policy'),
    [allowServiceToSend('sns.amazonaws.com', dlq, topicArn)],
  );
  const permission = allowInvoke(
    context,
    context.ids.of(key, 'InvokePermission'),
    target,
    'sns.amazonaws.com',
    topicArn,
    origin('permission'),
  );
  const subscription = new CfnSubscription(
    context.scopeOf(target.key),
    context.ids.of(key, 'Subscription'),
    {
      protocol: 'lambda',
      endpoint: target.invokeArn,
      topicArn,
      redrivePolicy: { deadLetterTargetArn: dlq.attrArn },
    },
  );
  subscription.addResourceDependency(permission);
  markOrigin(subscription, origin('subscription'));
}
