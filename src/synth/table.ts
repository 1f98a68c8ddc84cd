// One DynamoDB table per dynamodb_config entry. Normal environments keep their data:
// RETAIN, deletion protection and point-in-time recovery; pull-request environments get
// none of those from the preview defaults, so `destroy` removes everything.
import { CfnScalableTarget, CfnScalingPolicy } from './l1/aws-applicationautoscaling';
import { CfnTable } from './l1/aws-dynamodb';
import type { DynamoDbTableConfig } from '../config/schema';
import { applyRemovalPolicy, markOrigin, type SynthContext, type TableHandle } from './context';
import { optional } from './optional';

/** PROVISIONED without capacities gets DynamoDB console's defaults. */
const DEFAULT_CAPACITY = 5;

export function addTable(
  context: SynthContext,
  key: string,
  table: DynamoDbTableConfig,
): TableHandle {
  const { stack, ids, names } = context;
  const name = names.name('dynamodb', key);
  const provisioned = table.billing_mode === 'PROVISIONED';
  const throughput = (read?: number, write?: number) =>
    provisioned
      ? {
          readCapacityUnits: read ?? table.read_capacity ?? DEFAULT_CAPACITY,
          writeCapacityUnits: write ?? table.write_capacity ?? DEFAULT_CAPACITY,
        }
      : undefined;
  const keySchema = (hash: string, range: string | null | undefined) => [
    { attributeName: hash, keyType: 'HASH' },
    ...(range ? [{ attributeName: range, keyType: 'RANGE' }] : []),
  ];
  const sse = table.server_side_encryption;
  const streamEnabled = table.stream_enabled;

  const resource = new CfnTable(stack, ids.of(key, 'Table'), {
    tableName: name,
    billingMode: table.billing_mode,
    keySchema: keySchema(table.hash_key, table.range_key),
    attributeDefinitions: table.attributes.map((a) => ({
      attributeName: a.name,
      attributeType: a.type,
    })),
    // Previews get both off from the preview defaults (config/preview-defaults.ts).
    deletionProtectionEnabled: table.deletion_protection_enabled ?? true,
    pointInTimeRecoverySpecification: {
      pointInTimeRecoveryEnabled: table.point_in_time_recovery ?? true,
    },
    ...optional({
      provisionedThroughput: throughput(),
      globalSecondaryIndexes:
        table.global_secondary_indexes && table.global_secondary_indexes.length > 0
          ? table.global_secondary_indexes.map((index) => ({
              indexName: index.name,
              keySchema: keySchema(index.hash_key, index.range_key),
              projection: {
                projectionType: index.projection_type,
                ...optional({
                  nonKeyAttributes:
                    index.projection_type === 'INCLUDE'
                      ? (index.non_key_attributes ?? [])
                      : undefined,
                }),
              },
              ...optional({
                provisionedThroughput: throughput(index.read_capacity, index.write_capacity),
              }),
            }))
          : undefined,
      streamSpecification: streamEnabled
        ? { streamViewType: table.stream_view_type ?? 'NEW_AND_OLD_IMAGES' }
        : undefined,
      timeToLiveSpecification:
        table.ttl_enabled && table.ttl_attribute
          ? { enabled: true, attributeName: table.ttl_attribute }
          : undefined,
      // As aws_dynamodb_table: absent or `enabled: false` keeps DynamoDB's AWS-owned key (no
      // charge); enabled uses KMS, with `kms_key_arn` or else the AWS-managed alias/aws/dynamodb.
      sseSpecification: sse?.enabled
        ? {
            sseEnabled: true,
            sseType: 'KMS',
            ...optional({ kmsMasterKeyId: sse.kms_key_arn }),
          }
        : undefined,
    }),
  });
  applyRemovalPolicy(context, resource);
  markOrigin(resource, { kind: 'table', key, path: `dynamodb_config.${key}` });
  if (provisioned && table.autoscaling)
    addAutoScaling(context, key, name, resource, table.autoscaling);

  const handle: TableHandle = { key, name, table: resource, streamEnabled };
  context.tables.set(key, handle);
  return handle;
}

function addAutoScaling(
  context: SynthContext,
  key: string,
  tableName: string,
  table: CfnTable,
  scaling: NonNullable<DynamoDbTableConfig['autoscaling']>,
): void {
  for (const dimension of ['Read', 'Write'] as const) {
    const target = new CfnScalableTarget(
      context.stack,
      context.ids.of(key, `${dimension}Scaling`),
      {
        serviceNamespace: 'dynamodb',
        resourceId: `table/${tableName}`,
        scalableDimension: `dynamodb:table:${dimension}CapacityUnits`,
        minCapacity: scaling.min_capacity,
        maxCapacity: scaling.max_capacity,
      },
    );
    target.addResourceDependency(table);
    const policy = new CfnScalingPolicy(
      context.stack,
      context.ids.of(key, `${dimension}ScalingPolicy`),
      {
        policyName: `${tableName}-${dimension.toLowerCase()}`,
        policyType: 'TargetTrackingScaling',
        scalingTargetId: target.ref,
        targetTrackingScalingPolicyConfiguration: {
          targetValue: scaling.target_utilization,
          predefinedMetricSpecification: {
            predefinedMetricType: `DynamoDB${dimension}CapacityUtilization`,
          },
        },
      },
    );
    const origin = { kind: 'table-scaling', key, path: `dynamodb_config.${key}.autoscaling` };
    markOrigin(target, origin);
    markOrigin(policy, origin);
  }
}
