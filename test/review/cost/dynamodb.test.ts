// Amazon DynamoDB lines as the PR comment lists them; figures by hand from
// src/review/cost/prices/us-east-1.json.
import { bare, lines, made } from './templates';

const SERVICE = 'Amazon DynamoDB';
const dynamo = (items: ReturnType<typeof lines>) => items.filter((i) => i.service === SERVICE);
const table = (key: string, properties: Record<string, unknown> = {}) =>
  made('table', key, 'AWS::DynamoDB::Table', properties);
const onDemand = { BillingMode: 'PAY_PER_REQUEST' };
const pitr = (enabled: unknown) => ({
  PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: enabled },
});

describe('on-demand tables', () => {
  it('prices request units, storage and continuous backups', () => {
    const items = lines(
      { Users: table('users', { ...onDemand, ...pitr(true) }) },
      {
        dynamodb: {
          users: {
            monthly_read_request_units: 1_000_000,
            monthly_write_request_units: 500_000,
            storage_gb: 5,
          },
        },
      },
    );
    const common = { resource: 'users', logicalId: 'Users', service: SERVICE, usageBased: true };
    expect(dynamo(items)).toEqual([
      {
        ...common,
        unitPrice: '$0.125 per 1M read request units',
        // 1M x $0.125 / 1M
        description:
          'DynamoDB on-demand read request units: 1M read request units x $0.125 per 1M read request units',
        monthlyUsd: expect.closeTo(0.125, 9),
      },
      {
        ...common,
        unitPrice: '$0.625 per 1M write request units',
        // 500,000 x $0.625 / 1M
        description:
          'DynamoDB on-demand write request units: 500,000 write request units x $0.625 per 1M write request units',
        monthlyUsd: expect.closeTo(0.3125, 9),
      },
      {
        ...common,
        unitPrice: '$0.25 per GB-month',
        // 5 GB x $0.25
        description: 'DynamoDB table storage (Standard class): 5 GB-months x $0.25 per GB-month',
        monthlyUsd: expect.closeTo(1.25, 9),
      },
      {
        ...common,
        unitPrice: '$0.20 per GB-month',
        // 5 GB x $0.20
        description: 'DynamoDB continuous backups (PITR): 5 GB-months x $0.20 per GB-month',
        monthlyUsd: expect.closeTo(1, 9),
      },
    ]);
  });

  it('without usage: every setting to add, under usage.dynamodb.<key>', () => {
    const items = lines({ Users: table('users', { ...onDemand, ...pitr('true') }) });
    expect(dynamo(items).map((i) => [i.description, i.monthlyUsd])).toEqual([
      [
        'DynamoDB on-demand read request units: usage unknown; set usage.dynamodb.users.monthly_read_request_units for an estimate',
        null,
      ],
      [
        'DynamoDB on-demand write request units: usage unknown; set usage.dynamodb.users.monthly_write_request_units for an estimate',
        null,
      ],
      [
        'DynamoDB table storage (Standard class): usage unknown; set usage.dynamodb.users.storage_gb for an estimate',
        null,
      ],
      [
        'DynamoDB continuous backups (PITR): usage unknown; set usage.dynamodb.users.storage_gb for an estimate',
        null,
      ],
    ]);
  });

  it('has no backup line without point-in-time recovery', () => {
    const items = lines({
      Off: table('off', { ...onDemand, ...pitr(false) }),
      Unset: table('unset', onDemand),
    });
    expect(dynamo(items).filter((i) => i.description.includes('PITR'))).toEqual([]);
  });
});

describe('provisioned tables', () => {
  const throughput = (read: unknown, write: unknown) => ({
    ProvisionedThroughput: { ReadCapacityUnits: read, WriteCapacityUnits: write },
  });

  it('bills table and index capacity for 730 hours, whatever the traffic', () => {
    const items = lines({
      Orders: table('orders', {
        ...throughput(5, 3),
        GlobalSecondaryIndexes: [
          { IndexName: 'a', ...throughput(2, 1) },
          // Numbers written as strings.
          { IndexName: 'b', ...throughput('3', '4') },
          { IndexName: 'c' },
        ],
      }),
    });
    const common = { resource: 'orders', logicalId: 'Orders', service: SERVICE, usageBased: false };
    expect(dynamo(items).filter((i) => !i.usageBased)).toEqual([
      {
        ...common,
        unitPrice: '$0.00013 per RCU-hour',
        // (5 + 2 + 3) RCU x 730 h = 7,300 x $0.00013
        description:
          'DynamoDB provisioned read capacity: 7,300 RCU-hours (10 RCU x 730 h) x $0.00013 per RCU-hour',
        monthlyUsd: expect.closeTo(0.949, 9),
      },
      {
        ...common,
        unitPrice: '$0.00065 per WCU-hour',
        // (3 + 1 + 4) WCU x 730 h = 5,840 x $0.00065
        description:
          'DynamoDB provisioned write capacity: 5,840 WCU-hours (8 WCU x 730 h) x $0.00065 per WCU-hour',
        monthlyUsd: expect.closeTo(3.796, 9),
      },
    ]);
    // Storage is still usage-based.
    expect(
      dynamo(items)
        .filter((i) => i.usageBased)
        .map((i) => i.description),
    ).toEqual([
      'DynamoDB table storage (Standard class): usage unknown; set usage.dynamodb.orders.storage_gb for an estimate',
    ]);
  });

  it('reads BillingMode PROVISIONED, and no throughput as none', () => {
    const items = lines({ Empty: table('empty', { BillingMode: 'PROVISIONED' }) });
    expect(dynamo(items).map((i) => [i.description, i.monthlyUsd])).toEqual([
      [
        'DynamoDB provisioned read capacity: 0 RCU-hours (0 RCU x 730 h) x $0.00013 per RCU-hour',
        0,
      ],
      [
        'DynamoDB provisioned write capacity: 0 WCU-hours (0 WCU x 730 h) x $0.00065 per WCU-hour',
        0,
      ],
      [
        'DynamoDB table storage (Standard class): usage unknown; set usage.dynamodb.empty.storage_gb for an estimate',
        null,
      ],
    ]);
  });
});

describe('DynamoDB Streams', () => {
  const stream = { StreamSpecification: { StreamViewType: 'NEW_IMAGE' } };
  const streamLines = (items: ReturnType<typeof lines>) =>
    dynamo(items)
      .filter((i) => i.description.startsWith('DynamoDB Streams'))
      .map((i) => [i.resource, i.description, i.monthlyUsd]);
  const trigger = (table: string) =>
    bare('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [table, 'StreamArn'] },
    });

  it('counts stream reads as usage-based', () => {
    const items = lines(
      { Other: table('other', { ...onDemand, ...stream }) },
      { dynamodb: { other: { monthly_streams_read_request_units: 1_000_000 } } },
    );
    const reads = dynamo(items).filter((i) => i.description.startsWith('DynamoDB Streams'));
    expect(reads.map((i) => [i.usageBased, i.monthlyUsd])).toEqual([
      [true, expect.closeTo(0.2, 9)],
    ]);
  });

  it('leaves out a stream only Lambda reads (free) unless its reads are given', () => {
    const resources = {
      Read: table('read', { ...onDemand, ...stream }),
      Other: table('other', { ...onDemand, ...stream }),
      NoStream: table('no-stream', onDemand),
      ReadTrigger: trigger('Read'),
      // A mapping naming an ARN rather than a resource reads no table of this stack.
      ArnTrigger: bare('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/x/stream/y',
      }),
    };
    expect(streamLines(lines(resources))).toEqual([
      [
        'other',
        'DynamoDB Streams read request units: usage unknown; set usage.dynamodb.other.monthly_streams_read_request_units for an estimate',
        null,
      ],
    ]);
    const usage = {
      dynamodb: {
        read: { monthly_streams_read_request_units: 2_000_000 },
        'no-stream': { monthly_streams_read_request_units: 2_000_000 },
      },
    };
    expect(streamLines(lines(resources, usage))).toEqual([
      [
        'read',
        // 2M x $0.20 / 1M
        'DynamoDB Streams read request units: 2M stream read request units x $0.20 per 1M stream read request units',
        expect.closeTo(0.4, 9),
      ],
      ['other', expect.stringContaining('usage unknown'), null],
    ]);
  });
});

describe('which tables', () => {
  it("leaves CDK's own tables out; without origins, files a table under its logical id", () => {
    expect(
      dynamo(
        lines({ Users: table('users', onDemand), Cdk: bare('AWS::DynamoDB::Table', onDemand) }),
      ).map((i) => i.logicalId),
    ).toEqual(['Users', 'Users', 'Users']);
    const items = lines(
      { Table: bare('AWS::DynamoDB::Table', onDemand) },
      { dynamodb: { Table: { storage_gb: 2 } } },
    );
    // 2 GB x $0.25
    expect(dynamo(items).map((i) => [i.resource, i.monthlyUsd])).toEqual([
      ['Table', null],
      ['Table', null],
      ['Table', expect.closeTo(0.5, 9)],
    ]);
  });
});
