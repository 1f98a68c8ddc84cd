// Seed "Monitoreo": alarms on what breaks first in a serverless stack, all sending to one
// SNS topic (with optional e-mail subscriptions), and an optional monthly cost budget that
// notifies the same topic.
import { Fn } from 'aws-cdk-lib/core';
import { CfnBudget } from './l1/aws-budgets';
import { CfnAlarm } from './l1/aws-cloudwatch';
import { CfnSubscription, CfnTopic, CfnTopicPolicy } from './l1/aws-sns';
import type { ApiResult } from './api-common';
import { markOrigin, type SynthContext } from './context';
import { denyInsecureTransport } from './iam';
import type { ResourceOrigin } from './types';

/** Duration alarms fire at this share of the function's timeout. */
export const DURATION_ALARM_RATIO = 0.8;
/** Stream consumers more than this far behind (ms) alarm. */
export const ITERATOR_AGE_THRESHOLD_MS = 60_000;
/** Event-source queues whose oldest message is older than this (s) alarm. */
export const QUEUE_AGE_THRESHOLD_S = 900;
/** API latency (p99, ms) above which the API alarms; API Gateway gives up at 29-30 s. */
export const API_LATENCY_THRESHOLD_MS = 5_000;

interface AlarmSpec {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly namespace: string;
  readonly metric: string;
  readonly dimensions: Record<string, string>;
  readonly statistic?: string;
  readonly extendedStatistic?: string;
  readonly threshold: number;
  readonly origin: ResourceOrigin;
  /** The function the alarm watches: it lives beside it (in its nested stack, if any). */
  readonly functionKey?: string;
  /** How `deployment_preference.alarms` names it: `<function>:errors`, `api:5xx`. */
  readonly reference?: string;
}

export function addMonitoring(context: SynthContext, api: ApiResult | undefined): void {
  const monitoring = context.config.monitoring;
  const alarmsEnabled = monitoring?.alarms_enabled ?? true;
  const budget = monitoring?.budget_limit_usd;
  if (!alarmsEnabled && budget === undefined) return;

  const topic = addAlarmTopic(context);
  if (alarmsEnabled) {
    for (const spec of alarmSpecs(context, api)) {
      const alarm = addAlarm(context, spec, topic.ref);
      if (spec.reference !== undefined) context.alarms.set(spec.reference, alarm);
    }
  }
  if (budget !== undefined) addBudget(context, budget, topic.ref);
}

function addAlarmTopic(context: SynthContext): CfnTopic {
  const origin = { kind: 'alarm-topic', key: 'monitoring', path: 'monitoring' };
  // Not KMS-encrypted: CloudWatch alarms and Budgets cannot publish to a topic encrypted with
  // the AWS-managed SNS key, and a customer key costs more than the alarms are worth here.
  const topic = new CfnTopic(context.stack, 'AlarmTopic', {
    topicName: context.names.name('sns', 'alarms'),
    displayName: `${context.names.prefix} alarms`,
  });
  markOrigin(topic, origin);
  const policy = new CfnTopicPolicy(context.stack, 'AlarmTopicPolicy', {
    topics: [topic.ref],
    policyDocument: {
      Version: '2012-10-17',
      Statement: [
        denyInsecureTransport([topic.ref]),
        {
          Sid: 'AllowBudgets',
          Effect: 'Allow',
          Principal: { Service: 'budgets.amazonaws.com' },
          Action: 'sns:Publish',
          Resource: topic.ref,
          Condition: { StringEquals: { 'aws:SourceAccount': Fn.ref('AWS::AccountId') } },
        },
      ],
    },
  });
  markOrigin(policy, { ...origin, kind: 'topic-policy' });
  (context.config.monitoring?.alarm_email_addresses ?? []).forEach((address, index) => {
    const subscription = new CfnSubscription(context.stack, `AlarmEmail${index + 1}`, {
      protocol: 'email',
      endpoint: address,
      topicArn: topic.ref,
    });
    markOrigin(subscription, { ...origin, kind: 'subscription' });
  });
  return topic;
}

/** Every alarm the config calls for; pure apart from reading the handles. */
export function alarmSpecs(context: SynthContext, api: ApiResult | undefined): AlarmSpec[] {
  const { names, ids } = context;
  const specs: AlarmSpec[] = [];
  for (const fn of context.functions.values()) {
    const origin = { kind: 'alarm', key: fn.key, path: `lambda_config.${fn.key}` };
    const base = {
      namespace: 'AWS/Lambda',
      dimensions: { FunctionName: fn.name },
      origin,
      functionKey: fn.key,
    };
    specs.push(
      {
        ...base,
        id: ids.of(fn.key, 'ErrorsAlarm'),
        reference: `${fn.key}:errors`,
        name: names.name('alarm', fn.key, 'errors'),
        description: `${fn.name} reported errors`,
        metric: 'Errors',
        statistic: 'Sum',
        threshold: 1,
      },
      {
        ...base,
        id: ids.of(fn.key, 'ThrottlesAlarm'),
        reference: `${fn.key}:throttles`,
        name: names.name('alarm', fn.key, 'throttles'),
        description: `${fn.name} was throttled`,
        metric: 'Throttles',
        statistic: 'Sum',
        threshold: 1,
      },
      {
        ...base,
        id: ids.of(fn.key, 'DurationAlarm'),
        reference: `${fn.key}:duration`,
        name: names.name('alarm', fn.key, 'duration'),
        description: `${fn.name} ran above ${DURATION_ALARM_RATIO * 100}% of its ${fn.timeoutSeconds} s timeout`,
        metric: 'Duration',
        statistic: 'Maximum',
        threshold: Math.round(fn.timeoutSeconds * 1000 * DURATION_ALARM_RATIO),
      },
    );
  }
  for (const [sourceKey, fnKey] of context.streamConsumers) {
    const fn = context.functions.get(fnKey)!;
    specs.push({
      id: ids.of(sourceKey, 'IteratorAgeAlarm'),
      name: names.name('alarm', sourceKey, 'iterator-age'),
      description: `${fn.name} is more than ${ITERATOR_AGE_THRESHOLD_MS / 1000} s behind its stream`,
      namespace: 'AWS/Lambda',
      metric: 'IteratorAge',
      dimensions: { FunctionName: fn.name },
      statistic: 'Maximum',
      threshold: ITERATOR_AGE_THRESHOLD_MS,
      origin: { kind: 'alarm', key: sourceKey, path: `event_source_config.${sourceKey}` },
    });
  }
  for (const [logicalId, queue] of context.sourceQueues) {
    specs.push({
      id: `${logicalId}AgeAlarm`,
      name: names.name('alarm', queue.key, 'queue-age'),
      description: `${queue.name} holds a message older than ${QUEUE_AGE_THRESHOLD_S} s`,
      namespace: 'AWS/SQS',
      metric: 'ApproximateAgeOfOldestMessage',
      dimensions: { QueueName: queue.name },
      statistic: 'Maximum',
      threshold: QUEUE_AGE_THRESHOLD_S,
      origin: { kind: 'alarm', key: queue.key, path: `event_source_config.${queue.key}` },
    });
  }
  for (const [logicalId, queue] of context.deadLetterQueues) {
    specs.push({
      id: `${logicalId}DepthAlarm`,
      name: fitAlarmName(context, `${queue.name}-depth`),
      description: `${queue.name} holds failed messages`,
      namespace: 'AWS/SQS',
      metric: 'ApproximateNumberOfMessagesVisible',
      dimensions: { QueueName: queue.name },
      statistic: 'Maximum',
      threshold: 1,
      origin: { kind: 'alarm', key: queue.key, path: `event_source_config.${queue.key}` },
    });
  }
  for (const table of context.tables.values()) {
    for (const kind of ['Read', 'Write'] as const) {
      specs.push({
        id: ids.of(table.key, `${kind}ThrottleAlarm`),
        name: names.name('alarm', table.key, `${kind.toLowerCase()}-throttles`),
        description: `${table.name}: ${kind.toLowerCase()} requests throttled`,
        namespace: 'AWS/DynamoDB',
        metric: `${kind}ThrottleEvents`,
        dimensions: { TableName: table.name },
        statistic: 'Sum',
        threshold: 1,
        origin: { kind: 'alarm', key: table.key, path: `dynamodb_config.${table.key}` },
      });
    }
  }
  if (api) specs.push(...apiAlarmSpecs(context, api));
  return specs;
}

function apiAlarmSpecs(context: SynthContext, api: ApiResult): AlarmSpec[] {
  const origin = { kind: 'alarm', key: 'api', path: 'api_gateway_config' };
  const errorMetric =
    api.type === 'REST' ? '5XXError' : api.type === 'HTTP' ? '5xx' : 'IntegrationError';
  const specs: AlarmSpec[] = [
    {
      id: 'Api5xxAlarm',
      reference: 'api:5xx',
      name: context.names.name('alarm', 'api', '5xx'),
      description: 'The API answered with server errors',
      namespace: api.metrics.namespace,
      metric: errorMetric,
      dimensions: api.metrics.dimensions,
      statistic: 'Sum',
      threshold: 1,
      origin,
    },
  ];
  if (api.type !== 'WEBSOCKET') {
    specs.push({
      id: 'ApiLatencyAlarm',
      reference: 'api:latency',
      name: context.names.name('alarm', 'api', 'latency'),
      description: `API p99 latency above ${API_LATENCY_THRESHOLD_MS} ms`,
      namespace: api.metrics.namespace,
      metric: 'Latency',
      dimensions: api.metrics.dimensions,
      extendedStatistic: 'p99',
      threshold: API_LATENCY_THRESHOLD_MS,
      origin,
    });
  }
  return specs;
}

function fitAlarmName(context: SynthContext, name: string): string {
  return name.length <= 255 ? name : context.names.name('alarm', name.slice(0, 200));
}

function addAlarm(context: SynthContext, spec: AlarmSpec, topicArn: string): CfnAlarm {
  const scope = spec.functionKey === undefined ? context.stack : context.scopeOf(spec.functionKey);
  const alarm = new CfnAlarm(scope, spec.id, {
    alarmName: spec.name,
    alarmDescription: spec.description,
    namespace: spec.namespace,
    metricName: spec.metric,
    dimensions: Object.entries(spec.dimensions).map(([name, value]) => ({ name, value })),
    ...(spec.extendedStatistic
      ? { extendedStatistic: spec.extendedStatistic }
      : { statistic: spec.statistic ?? 'Sum' }),
    period: 300,
    evaluationPeriods: 1,
    threshold: spec.threshold,
    comparisonOperator: 'GreaterThanOrEqualToThreshold',
    // No data means no traffic, not trouble.
    treatMissingData: 'notBreaching',
    alarmActions: [topicArn],
  });
  markOrigin(alarm, spec.origin);
  return alarm;
}

function addBudget(context: SynthContext, limitUsd: number, topicArn: string): void {
  const budget = new CfnBudget(context.stack, 'CostBudget', {
    budget: {
      budgetName: context.names.name('budget', 'monthly'),
      budgetType: 'COST',
      timeUnit: 'MONTHLY',
      budgetLimit: { amount: limitUsd, unit: 'USD' },
      // Only this stack's resources, through the tag CloudFormation puts on everything it
      // creates (activate it once as a cost allocation tag in the Billing console).
      costFilters: {
        TagKeyValue: [`aws:cloudformation:stack-name$${context.stack.stackName}`],
      },
    },
    notificationsWithSubscribers: [80, 100].map((threshold) => ({
      notification: {
        notificationType: threshold === 100 ? 'FORECASTED' : 'ACTUAL',
        comparisonOperator: 'GREATER_THAN',
        threshold,
        thresholdType: 'PERCENTAGE',
      },
      subscribers: [{ subscriptionType: 'SNS', address: topicArn }],
    })),
  });
  markOrigin(budget, { kind: 'budget', key: 'monitoring', path: 'monitoring.budget_limit_usd' });
}
