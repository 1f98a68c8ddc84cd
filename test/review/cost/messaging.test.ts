// SQS, SNS, EventBridge and Kinesis lines as the PR comment lists them; figures by hand from
// src/review/cost/prices/us-east-1.json.
import { bare, lines, made } from './templates';

const of = (service: string) => (items: ReturnType<typeof lines>) =>
  items.filter((i) => i.service === service);

describe('SQS queues', () => {
  const queue = (kind: string, key: string, properties: Record<string, unknown> = {}) =>
    made(kind, key, 'AWS::SQS::Queue', properties);

  it('prices standard and FIFO requests; a dead-letter queue files its usage under <key>-dlq', () => {
    const items = lines(
      {
        Orders: queue('queue', 'orders'),
        OrdersDlq: queue('dlq', 'orders'),
        Payments: queue('queue', 'payments', { FifoQueue: true }),
        // CloudFormation booleans may arrive as strings.
        Refunds: queue('queue', 'refunds', { FifoQueue: 'true' }),
        Audit: queue('queue', 'audit', { FifoQueue: false }),
        // CDK's own queue (no origin in a template that records them): not the user's.
        CdkQueue: bare('AWS::SQS::Queue'),
      },
      {
        sqs: {
          orders: { monthly_requests: 2_000_000 },
          'orders-dlq': { monthly_requests: 1000 },
          payments: { monthly_requests: 3_000_000 },
        },
      },
    );
    expect(of('Amazon SQS')(items)).toEqual([
      {
        resource: 'orders',
        logicalId: 'Orders',
        service: 'Amazon SQS',
        usageBased: true,
        unitPrice: '$0.40 per 1M requests (first tier)',
        // 2M x $0.40 / 1M
        description:
          'SQS standard queue requests: 2M requests x $0.40 per 1M requests (first tier)',
        monthlyUsd: expect.closeTo(0.8, 9),
      },
      {
        resource: 'orders-dlq',
        logicalId: 'OrdersDlq',
        service: 'Amazon SQS',
        usageBased: true,
        unitPrice: '$0.40 per 1M requests (first tier)',
        // 1,000 x $0.40 / 1M
        description:
          'SQS standard queue requests: 1,000 requests x $0.40 per 1M requests (first tier)',
        monthlyUsd: expect.closeTo(0.0004, 9),
      },
      {
        resource: 'payments',
        logicalId: 'Payments',
        service: 'Amazon SQS',
        usageBased: true,
        unitPrice: '$0.50 per 1M requests (first tier)',
        // 3M x $0.50 / 1M
        description: 'SQS FIFO queue requests: 3M requests x $0.50 per 1M requests (first tier)',
        monthlyUsd: expect.closeTo(1.5, 9),
      },
      {
        resource: 'refunds',
        logicalId: 'Refunds',
        service: 'Amazon SQS',
        usageBased: true,
        unitPrice: '$0.50 per 1M requests (first tier)',
        description:
          'SQS FIFO queue requests: usage unknown; set usage.sqs.refunds.monthly_requests for an estimate',
        monthlyUsd: null,
      },
      {
        resource: 'audit',
        logicalId: 'Audit',
        service: 'Amazon SQS',
        usageBased: true,
        unitPrice: '$0.40 per 1M requests (first tier)',
        description:
          'SQS standard queue requests: usage unknown; set usage.sqs.audit.monthly_requests for an estimate',
        monthlyUsd: null,
      },
    ]);
  });

  it('in a template without origins, files a queue under its logical id', () => {
    const items = lines(
      { Jobs: bare('AWS::SQS::Queue') },
      { sqs: { Jobs: { monthly_requests: 1_000_000 } } },
    );
    expect(of('Amazon SQS')(items).map((i) => [i.resource, i.monthlyUsd])).toEqual([
      ['Jobs', expect.closeTo(0.4, 9)],
    ]);
  });

  it('with no usage.sqs at all, lists the queue at its unit price', () => {
    const items = lines({ Orders: queue('queue', 'orders') });
    expect(of('Amazon SQS')(items).map((i) => i.monthlyUsd)).toEqual([null]);
  });
});

describe('SNS topics', () => {
  it('prices publishes from usage.sns.<key>; leaves CDK topics out', () => {
    const items = lines(
      {
        Notify: made('topic', 'notify', 'AWS::SNS::Topic'),
        Alerts: made('topic', 'alerts', 'AWS::SNS::Topic'),
        CdkTopic: bare('AWS::SNS::Topic'),
      },
      { sns: { notify: { monthly_requests: 3_000_000 } } },
    );
    expect(of('Amazon SNS')(items)).toEqual([
      {
        resource: 'notify',
        logicalId: 'Notify',
        service: 'Amazon SNS',
        usageBased: true,
        unitPrice: '$0.50 per 1M requests',
        // 3M x $0.50 / 1M
        description: 'SNS standard topic API requests: 3M requests x $0.50 per 1M requests',
        monthlyUsd: expect.closeTo(1.5, 9),
      },
      {
        resource: 'alerts',
        logicalId: 'Alerts',
        service: 'Amazon SNS',
        usageBased: true,
        unitPrice: '$0.50 per 1M requests',
        description:
          'SNS standard topic API requests: usage unknown; set usage.sns.alerts.monthly_requests for an estimate',
        monthlyUsd: null,
      },
    ]);
  });

  it('with no usage.sns at all, lists the topic at its unit price', () => {
    const items = lines({ Notify: made('topic', 'notify', 'AWS::SNS::Topic') });
    expect(of('Amazon SNS')(items).map((i) => i.monthlyUsd)).toEqual([null]);
  });
});

describe('EventBridge rules', () => {
  const rule = (key: string, properties: Record<string, unknown>) =>
    made('rule', key, 'AWS::Events::Rule', properties);
  const pattern = (source: unknown) => ({ EventPattern: { source } });

  it('charges the custom events a rule matches; schedules and AWS events are free', () => {
    const items = lines(
      {
        Nightly: rule('nightly', { ScheduleExpression: 'rate(1 day)' }),
        S3Events: rule('s3-events', pattern(['aws.s3'])),
        Ec2Events: rule('ec2-events', pattern('aws.ec2')),
        AppEvents: rule('app-events', pattern(['myapp.orders'])),
        Mixed: rule('mixed', pattern(['aws.s3', 'myapp.billing'])),
        // A pattern on other fields matches custom events too.
        AnySource: rule('any-source', { EventPattern: { 'detail-type': ['Order placed'] } }),
        // A content filter ({"prefix": ...}) may match custom sources.
        Prefixed: rule('prefixed', pattern([{ prefix: 'aws.' }])),
        CdkRule: bare('AWS::Events::Rule', pattern(['myapp.orders'])),
      },
      { eventbridge: { 'app-events': { monthly_custom_events: 500_000 } } },
    );
    const events = of('Amazon EventBridge')(items);
    expect(events.map((i) => i.resource)).toEqual([
      'app-events',
      'mixed',
      'any-source',
      'prefixed',
    ]);
    expect(events[0]).toEqual({
      resource: 'app-events',
      logicalId: 'AppEvents',
      service: 'Amazon EventBridge',
      usageBased: true,
      unitPrice: '$1.00 per 1M events',
      // 500,000 x $1.00 / 1M
      description: 'EventBridge custom events published: 500,000 events x $1.00 per 1M events',
      monthlyUsd: expect.closeTo(0.5, 9),
    });
    expect(events[1]!.description).toBe(
      'EventBridge custom events published: usage unknown; set usage.eventbridge.mixed.monthly_custom_events for an estimate',
    );
  });

  it('with no usage.eventbridge at all, lists the rule at its unit price', () => {
    const items = lines({ AppEvents: rule('app-events', pattern(['myapp.orders'])) });
    expect(of('Amazon EventBridge')(items).map((i) => i.monthlyUsd)).toEqual([null]);
  });
});

describe('Kinesis streams', () => {
  const stream = (key: string, properties: Record<string, unknown>) =>
    made('stream', key, 'AWS::Kinesis::Stream', properties);

  it('charges provisioned shards for 730 hours; on-demand streams are not modelled', () => {
    const items = lines({
      Clicks: stream('clicks', { ShardCount: 2 }),
      Views: stream('views', { ShardCount: '3', StreamModeDetails: { StreamMode: 'PROVISIONED' } }),
      Default: bare('AWS::Kinesis::Stream'),
      Burst: stream('burst', { StreamModeDetails: { StreamMode: 'ON_DEMAND' } }),
    });
    const line = (resource: string, logicalId: string, text: string, usd: number) => ({
      resource,
      logicalId,
      service: 'Amazon Kinesis Data Streams',
      usageBased: false,
      unitPrice: '$0.015 per shard-hour',
      description: `Kinesis Data Streams shard (provisioned): ${text} x $0.015 per shard-hour`,
      monthlyUsd: expect.closeTo(usd, 9),
    });
    expect(of('Amazon Kinesis Data Streams')(items)).toEqual([
      // 2 x 730 = 1,460 h x $0.015 = $21.90
      line('clicks', 'Clicks', '1,460 shard-hours (2 shards x 730 h)', 21.9),
      // 3 x 730 = 2,190 h x $0.015 = $32.85
      line('views', 'Views', '2,190 shard-hours (3 shards x 730 h)', 32.85),
      // No ShardCount: CloudFormation's default of 1; 730 h x $0.015 = $10.95
      line('Default', 'Default', '730 shard-hours (1 shard x 730 h)', 10.95),
    ]);
  });
});
