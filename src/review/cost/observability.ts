// CloudWatch Logs ingestion and storage, CloudWatch alarms, KMS keys and S3 buckets.
import type { CfnTemplate } from '../../synth/types';
import { asArray, prop, resourcesOfType } from '../template';
import { isToolingResource, usageKey, type Charge, type CostContext } from './charge';

export function observabilityCharges(template: CfnTemplate, context: CostContext): Charge[] {
  const charges: Charge[] = [];
  const functions = resourcesOfType(template, 'AWS::Lambda::Function').length;
  const logGroups = resourcesOfType(template, 'AWS::Logs::LogGroup').length;
  if (functions + logGroups > 0) {
    // The usage is one figure for the stack (SPEC §4), so logs are one line, not one per group.
    const cw = context.usage.cloudwatch;
    const common = { resource: 'logs', service: 'Amazon CloudWatch Logs', usageBased: true };
    charges.push(
      {
        ...common,
        priceKey: 'logs.ingestion',
        quantity: cw?.monthly_log_ingestion_gb,
        usageHint: 'usage.cloudwatch.monthly_log_ingestion_gb',
      },
      {
        ...common,
        priceKey: 'logs.storage',
        quantity: cw?.log_storage_gb,
        usageHint: 'usage.cloudwatch.log_storage_gb',
      },
    );
  }

  // Alarms are billed per metric they watch; group them by the config entry they watch.
  const alarmMetrics = new Map<string, number>();
  for (const alarm of resourcesOfType(template, 'AWS::CloudWatch::Alarm', context.origins)) {
    const metrics = asArray(alarm.properties['Metrics']).filter(
      (m) => prop(m, 'MetricStat') !== undefined,
    ).length;
    const key = usageKey(context, alarm.logicalId).key;
    alarmMetrics.set(key, (alarmMetrics.get(key) ?? 0) + Math.max(1, metrics));
  }
  for (const [key, count] of alarmMetrics) {
    charges.push({
      resource: key,
      service: 'Amazon CloudWatch',
      priceKey: 'cloudwatch.alarm',
      quantity: count,
      usageBased: false,
    });
  }

  for (const key of resourcesOfType(template, 'AWS::KMS::Key', context.origins)) {
    charges.push({
      resource: usageKey(context, key.logicalId).key,
      logicalId: key.logicalId,
      service: 'AWS KMS',
      priceKey: 'kms.key',
      quantity: 1,
      usageBased: false,
    });
  }

  for (const bucket of resourcesOfType(template, 'AWS::S3::Bucket', context.origins)) {
    if (isToolingResource(context, bucket.logicalId)) continue;
    const { key } = usageKey(context, bucket.logicalId);
    const usage = context.usage.s3?.[key];
    const common = {
      resource: key,
      logicalId: bucket.logicalId,
      service: 'Amazon S3',
      usageBased: true,
    };
    charges.push(
      {
        ...common,
        priceKey: 's3.storage',
        quantity: usage?.storage_gb,
        usageHint: `usage.s3.${key}.storage_gb`,
      },
      {
        ...common,
        priceKey: 's3.requests',
        quantity: usage?.monthly_requests,
        usageHint: `usage.s3.${key}.monthly_requests`,
      },
    );
  }
  return charges;
}
