// SQS requests, SNS publishes, EventBridge custom events and Kinesis shard hours.
import type { CfnTemplate } from '../../synth/types';
import { asArray, asNumber, isTrue, prop, resourcesOfType } from '../template';
import {
  HOURS_PER_MONTH,
  isToolingResource,
  usageKey,
  type Charge,
  type CostContext,
} from './charge';

export function messagingCharges(template: CfnTemplate, context: CostContext): Charge[] {
  const charges: Charge[] = [];
  for (const queue of resourcesOfType(template, 'AWS::SQS::Queue', context.origins)) {
    if (isToolingResource(context, queue.logicalId)) continue;
    // A dead-letter queue shares its source's key; its usage is filed under `<key>-dlq`.
    const { key, origin } = usageKey(context, queue.logicalId);
    const name = origin?.kind === 'dlq' ? `${key}-dlq` : key;
    charges.push({
      resource: name,
      logicalId: queue.logicalId,
      service: 'Amazon SQS',
      priceKey: isTrue(queue.properties['FifoQueue'])
        ? 'sqs.fifo.requests'
        : 'sqs.standard.requests',
      quantity: context.usage.sqs?.[name]?.monthly_requests,
      usageBased: true,
      usageHint: `usage.sqs.${name}.monthly_requests`,
    });
  }
  for (const topic of resourcesOfType(template, 'AWS::SNS::Topic', context.origins)) {
    if (isToolingResource(context, topic.logicalId)) continue;
    const { key } = usageKey(context, topic.logicalId);
    charges.push({
      resource: key,
      logicalId: topic.logicalId,
      service: 'Amazon SNS',
      priceKey: 'sns.requests',
      quantity: context.usage.sns?.[key]?.monthly_requests,
      usageBased: true,
      usageHint: `usage.sns.${key}.monthly_requests`,
    });
  }
  for (const rule of resourcesOfType(template, 'AWS::Events::Rule', context.origins)) {
    if (isToolingResource(context, rule.logicalId) || !matchesCustomEvents(rule.properties)) {
      continue;
    }
    const { key } = usageKey(context, rule.logicalId);
    charges.push({
      resource: key,
      logicalId: rule.logicalId,
      service: 'Amazon EventBridge',
      priceKey: 'eventbridge.custom-events',
      quantity: context.usage.eventbridge?.[key]?.monthly_custom_events,
      usageBased: true,
      usageHint: `usage.eventbridge.${key}.monthly_custom_events`,
    });
  }
  for (const stream of resourcesOfType(template, 'AWS::Kinesis::Stream', context.origins)) {
    if (prop(stream.properties, 'StreamModeDetails', 'StreamMode') === 'ON_DEMAND') continue;
    const shards = asNumber(stream.properties['ShardCount']) ?? 1;
    charges.push({
      resource: usageKey(context, stream.logicalId).key,
      logicalId: stream.logicalId,
      service: 'Amazon Kinesis Data Streams',
      priceKey: 'kinesis.shard-hours',
      quantity: shards * HOURS_PER_MONTH,
      usageBased: false,
      derivation: `${shards} shard${shards === 1 ? '' : 's'} x 730 h`,
    });
  }
  return charges;
}

/**
 * Schedules and AWS service events (sources `aws.*`) are free; only events your code
 * publishes (PutEvents) are charged, and a rule matching them is where usage belongs.
 */
function matchesCustomEvents(properties: Readonly<Record<string, unknown>>): boolean {
  if (properties['ScheduleExpression'] !== undefined) return false;
  const sources = asArray(prop(properties, 'EventPattern', 'source'));
  if (sources.length === 0) return true;
  return sources.some((s) => typeof s !== 'string' || !s.startsWith('aws.'));
}
