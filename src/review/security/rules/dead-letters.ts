// SA-EVENT-NO-DLQ: event sources whose failed events vanish. A poisoned SQS message without a
// redrive policy loops until it expires; a failing stream batch blocks its shard until the
// records age out; async invocations (EventBridge, SNS, S3) drop the event after two retries.
import {
  asArray,
  isRecord,
  prop,
  referencedId,
  resourcesOfType,
  type TemplateResource,
} from '../../template';
import { findingFor, type RuleContext, type SecurityRule } from '../rule';
import type { CfnTemplate } from '../../../synth/types';
import type { Finding } from '../../types';

const FIX_ASYNC =
  'Give the function an on-failure destination or dead-letter queue for asynchronous invocations (or a DLQ on the rule target / subscription).';

/** Functions whose asynchronous invocations keep failed events (DLQ or on-failure destination). */
function functionsKeepingFailures(template: CfnTemplate): Set<string> {
  const out = new Set<string>();
  for (const fn of resourcesOfType(template, 'AWS::Lambda::Function')) {
    if (prop(fn.properties, 'DeadLetterConfig', 'TargetArn') !== undefined) out.add(fn.logicalId);
  }
  for (const config of resourcesOfType(template, 'AWS::Lambda::EventInvokeConfig')) {
    const target = referencedId(config.properties['FunctionName']);
    if (
      target &&
      prop(config.properties, 'DestinationConfig', 'OnFailure', 'Destination') !== undefined
    ) {
      out.add(target);
    }
  }
  return out;
}

export const eventSourceWithoutDlq: SecurityRule = {
  id: 'SA-EVENT-NO-DLQ',
  title: 'Event source without a dead-letter queue or on-failure destination',
  severity: 'medium',
  help: 'Events that keep failing are lost (or block the stream) unless they are sent somewhere they can be inspected and replayed.',
  check(context: RuleContext): Finding[] {
    const { template } = context;
    const findings: Finding[] = [];
    const typeOf = (id: string | undefined): string | undefined =>
      id === undefined ? undefined : template.Resources[id]?.Type;
    const keepsFailures = functionsKeepingFailures(template);
    const report = (r: TemplateResource, message: string, fix: string): void => {
      findings.push(findingFor(context, this, r, { message, fix }));
    };

    for (const mapping of resourcesOfType(
      template,
      'AWS::Lambda::EventSourceMapping',
      context.origins,
    )) {
      const sourceId = referencedId(mapping.properties['EventSourceArn']);
      const sourceType = typeOf(sourceId);
      if (sourceType === 'AWS::SQS::Queue') {
        if (prop(template.Resources[sourceId!]?.Properties, 'RedrivePolicy') === undefined) {
          report(
            mapping,
            'the SQS source queue has no redrive policy: a message that always fails is retried until it expires',
            'Give the queue a dead-letter queue (RedrivePolicy with maxReceiveCount), as queues created for SQS event sources have.',
          );
        }
        continue;
      }
      const isStream =
        sourceType === 'AWS::DynamoDB::Table' ||
        sourceType === 'AWS::Kinesis::Stream' ||
        /:(kinesis|dynamodb):/.test(String(mapping.properties['EventSourceArn']));
      if (
        isStream &&
        prop(mapping.properties, 'DestinationConfig', 'OnFailure', 'Destination') === undefined
      ) {
        report(
          mapping,
          'the stream event source has no on-failure destination: a failing batch blocks its shard and is then dropped',
          'Set destination_config.on_failure.destination_arn on the event source (or leave it unset in a version of synth that creates the queue).',
        );
      }
    }

    for (const rule of resourcesOfType(template, 'AWS::Events::Rule', context.origins)) {
      for (const target of asArray(rule.properties['Targets'])) {
        if (!isRecord(target)) continue;
        const fn = referencedId(target['Arn']);
        if (typeOf(fn) !== 'AWS::Lambda::Function') continue;
        if (prop(target, 'DeadLetterConfig', 'Arn') !== undefined || keepsFailures.has(fn!))
          continue;
        report(
          rule,
          'the EventBridge rule invokes the function with no dead-letter queue: events that fail twice are dropped',
          FIX_ASYNC,
        );
      }
    }

    for (const subscription of resourcesOfType(
      template,
      'AWS::SNS::Subscription',
      context.origins,
    )) {
      if (subscription.properties['Protocol'] !== 'lambda') continue;
      const fn = referencedId(subscription.properties['Endpoint']);
      if (subscription.properties['RedrivePolicy'] !== undefined || (fn && keepsFailures.has(fn)))
        continue;
      report(
        subscription,
        'the SNS subscription has no redrive policy and the function keeps no failed events: failed deliveries are dropped',
        FIX_ASYNC,
      );
    }

    for (const notifications of resourcesOfType(
      template,
      ['Custom::S3BucketNotifications', 'AWS::S3::Bucket'],
      context.origins,
    )) {
      const configurations = asArray(
        prop(
          notifications.properties,
          'NotificationConfiguration',
          'LambdaFunctionConfigurations',
        ) ?? prop(notifications.properties, 'NotificationConfiguration', 'LambdaConfigurations'),
      );
      for (const configuration of configurations) {
        const fn = referencedId(
          prop(configuration, 'LambdaFunctionArn') ?? prop(configuration, 'Function'),
        );
        if (fn === undefined || keepsFailures.has(fn)) continue;
        report(
          notifications,
          'S3 invokes the function asynchronously and the function keeps no failed events: they are dropped after two retries',
          FIX_ASYNC,
        );
      }
    }
    return findings;
  },
};
