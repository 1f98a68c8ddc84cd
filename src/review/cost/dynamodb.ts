// Amazon DynamoDB: on-demand request units, provisioned capacity hours (table and GSIs),
// storage, point-in-time recovery and stream reads.
import type { CfnTemplate } from '../../synth/types';
import { asArray, asNumber, isTrue, prop, referencedId, resourcesOfType } from '../template';
import {
  HOURS_PER_MONTH,
  isToolingResource,
  usageKey,
  type Charge,
  type CostContext,
} from './charge';

const SERVICE = 'Amazon DynamoDB';

export function dynamoDbCharges(template: CfnTemplate, context: CostContext): Charge[] {
  // Holds undefined too (a mapping naming an ARN, not a resource): no table's id matches it.
  const streamsReadByLambda = new Set(
    resourcesOfType(template, 'AWS::Lambda::EventSourceMapping').map((m) =>
      referencedId(m.properties['EventSourceArn']),
    ),
  );
  const charges: Charge[] = [];
  for (const table of resourcesOfType(template, 'AWS::DynamoDB::Table', context.origins)) {
    if (isToolingResource(context, table.logicalId)) continue;
    const { key } = usageKey(context, table.logicalId);
    const usage = context.usage.dynamodb?.[key];
    const common = { resource: key, logicalId: table.logicalId, service: SERVICE };
    const hint = `usage.dynamodb.${key}`;
    const props = table.properties;

    if (props['BillingMode'] === 'PAY_PER_REQUEST') {
      charges.push(
        {
          ...common,
          priceKey: 'dynamodb.on-demand.read',
          quantity: usage?.monthly_read_request_units,
          usageBased: true,
          usageHint: `${hint}.monthly_read_request_units`,
        },
        {
          ...common,
          priceKey: 'dynamodb.on-demand.write',
          quantity: usage?.monthly_write_request_units,
          usageBased: true,
          usageHint: `${hint}.monthly_write_request_units`,
        },
      );
    } else {
      const { read, write } = provisionedCapacity(props);
      charges.push(
        {
          ...common,
          priceKey: 'dynamodb.provisioned.read',
          quantity: read * HOURS_PER_MONTH,
          usageBased: false,
          derivation: `${read} RCU x 730 h`,
        },
        {
          ...common,
          priceKey: 'dynamodb.provisioned.write',
          quantity: write * HOURS_PER_MONTH,
          usageBased: false,
          derivation: `${write} WCU x 730 h`,
        },
      );
    }
    charges.push({
      ...common,
      priceKey: 'dynamodb.storage',
      quantity: usage?.storage_gb,
      usageBased: true,
      usageHint: `${hint}.storage_gb`,
    });
    if (isTrue(prop(props, 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'))) {
      charges.push({
        ...common,
        priceKey: 'dynamodb.pitr',
        quantity: usage?.storage_gb,
        usageBased: true,
        usageHint: `${hint}.storage_gb`,
      });
    }
    const streamReads = usage?.monthly_streams_read_request_units;
    // Lambda triggers read streams for free; only other readers pay, so an unknown
    // amount is worth a line only when no function reads the stream.
    const hasStream = props['StreamSpecification'] !== undefined;
    if (hasStream && (streamReads !== undefined || !streamsReadByLambda.has(table.logicalId))) {
      charges.push({
        ...common,
        priceKey: 'dynamodb.streams.read',
        quantity: streamReads,
        usageBased: true,
        usageHint: `${hint}.monthly_streams_read_request_units`,
      });
    }
  }
  return charges;
}

/** Table plus GSI provisioned throughput. */
function provisionedCapacity(props: Readonly<Record<string, unknown>>): {
  read: number;
  write: number;
} {
  let read = asNumber(prop(props, 'ProvisionedThroughput', 'ReadCapacityUnits')) ?? 0;
  let write = asNumber(prop(props, 'ProvisionedThroughput', 'WriteCapacityUnits')) ?? 0;
  for (const index of asArray(props['GlobalSecondaryIndexes'])) {
    read += asNumber(prop(index, 'ProvisionedThroughput', 'ReadCapacityUnits')) ?? 0;
    write += asNumber(prop(index, 'ProvisionedThroughput', 'WriteCapacityUnits')) ?? 0;
  }
  return { read, write };
}
