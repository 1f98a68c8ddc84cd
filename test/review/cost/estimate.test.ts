// Cost figures checked against arithmetic done by hand from src/review/cost/prices/us-east-1.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimateCost } from '../../../src/review/cost';
import { bundledPrices } from '../../../src/review/cost/prices';
import type { UsageConfig } from '../../../src/config/schema';
import type { CfnTemplate } from '../../../src/synth/types';
import type { CostItem } from '../../../src/review/types';
import { made, template as tinyTemplate } from './templates';

const template = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/review/templates/cost-full.json'), 'utf8'),
) as CfnTemplate;
const { book } = bundledPrices('us-east-1');

const usage: UsageConfig = {
  lambda: {
    api: { monthly_requests: 1_000_000, request_duration_ms: 120 },
    worker: { monthly_requests: 2_000_000, request_duration_ms: 200 },
  },
  api_gateway: { monthly_requests: 1_000_000 },
  dynamodb: {
    users: {
      monthly_read_request_units: 1_000_000,
      monthly_write_request_units: 500_000,
      storage_gb: 5,
    },
  },
  sqs: { orders: { monthly_requests: 2_000_000 } },
  eventbridge: { 'app-events': { monthly_custom_events: 500_000 } },
  cloudwatch: { monthly_log_ingestion_gb: 2, log_storage_gb: 10 },
};

function line(
  items: readonly CostItem[],
  resource: string,
  service: string,
  text: string,
): CostItem {
  const found = items.filter(
    (i) => i.resource === resource && i.service === service && i.description.includes(text),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('estimateCost on a hand-written template', () => {
  const estimate = estimateCost(template, usage, book, 'us-east-1');
  const items = estimate.items;

  it('prices Lambda requests, x86 duration and X-Ray traces of "api"', () => {
    // 1,000,000 requests / 1M x $0.20 = $0.20
    expect(line(items, 'api', 'AWS Lambda', 'requests').monthlyUsd).toBeCloseTo(0.2, 6);
    // 1,000,000 x 0.120 s x 0.25 GB = 30,000 GB-s x $0.0000166667 = $0.500001
    expect(line(items, 'api', 'AWS Lambda', 'duration').monthlyUsd).toBeCloseTo(0.500001, 6);
    // 1M requests < 2,628,000 s/month, so the 1/s reservoir samples all: 1M traces x $5 / 1M = $5.00
    expect(line(items, 'api', 'AWS X-Ray', 'traces').monthlyUsd).toBeCloseTo(5, 6);
  });

  it('prices arm64 provisioned concurrency and its lower duration rate for "worker"', () => {
    // 2 environments x 1 GB x 730 h x 3600 s = 5,256,000 GB-s x $0.0000033334 = $17.5203504
    const pc = line(items, 'worker', 'AWS Lambda', 'Lambda provisioned concurrency');
    expect(pc.monthlyUsd).toBeCloseTo(17.5203504, 6);
    expect(pc.usageBased).toBe(false);
    // 2,000,000 x 0.2 s x 1 GB = 400,000 GB-s x $0.0000077778 = $3.11112
    expect(line(items, 'worker', 'AWS Lambda', 'duration on provisioned').monthlyUsd).toBeCloseTo(
      3.11112,
      6,
    );
    // 2,000,000 / 1M x $0.20 = $0.40
    expect(line(items, 'worker', 'AWS Lambda', 'requests').monthlyUsd).toBeCloseTo(0.4, 6);
  });

  it('prices the HTTP API, on-demand and provisioned tables', () => {
    // 1,000,000 / 1M x $1.00
    expect(line(items, 'api', 'Amazon API Gateway', 'HTTP').monthlyUsd).toBeCloseTo(1, 6);
    // 1,000,000 RRU x $0.125 / 1M = $0.125; 500,000 WRU x $0.625 / 1M = $0.3125
    expect(line(items, 'users', 'Amazon DynamoDB', 'read request').monthlyUsd).toBeCloseTo(
      0.125,
      6,
    );
    expect(line(items, 'users', 'Amazon DynamoDB', 'write request').monthlyUsd).toBeCloseTo(
      0.3125,
      6,
    );
    // 5 GB x $0.25 = $1.25 storage; 5 GB x $0.20 = $1.00 PITR
    expect(line(items, 'users', 'Amazon DynamoDB', 'storage').monthlyUsd).toBeCloseTo(1.25, 6);
    expect(line(items, 'users', 'Amazon DynamoDB', 'PITR').monthlyUsd).toBeCloseTo(1, 6);
    // (5 table + 2 GSI) RCU x 730 h = 5,110 x $0.00013 = $0.6643
    expect(line(items, 'orders', 'Amazon DynamoDB', 'read capacity').monthlyUsd).toBeCloseTo(
      0.6643,
      6,
    );
    // (5 + 2) WCU x 730 h = 5,110 x $0.00065 = $3.3215
    expect(line(items, 'orders', 'Amazon DynamoDB', 'write capacity').monthlyUsd).toBeCloseTo(
      3.3215,
      6,
    );
  });

  it('leaves the stream read by a Lambda trigger out (free) and schedules out (free)', () => {
    expect(items.some((i) => i.description.includes('Streams'))).toBe(false);
    expect(items.some((i) => i.resource === 'nightly')).toBe(false);
  });

  it('prices queues, custom events, logs, alarms and KMS keys', () => {
    // 2,000,000 / 1M x $0.40
    expect(line(items, 'orders', 'Amazon SQS', 'SQS').monthlyUsd).toBeCloseTo(0.8, 6);
    // 500,000 / 1M x $1.00
    expect(line(items, 'app-events', 'Amazon EventBridge', 'custom').monthlyUsd).toBeCloseTo(
      0.5,
      6,
    );
    // 2 GB x $0.50 = $1.00; 10 GB x $0.03 = $0.30
    expect(line(items, 'logs', 'Amazon CloudWatch Logs', 'ingestion').monthlyUsd).toBeCloseTo(1, 6);
    expect(line(items, 'logs', 'Amazon CloudWatch Logs', 'storage').monthlyUsd).toBeCloseTo(0.3, 6);
    // 2 alarms x $0.10
    expect(line(items, 'api', 'Amazon CloudWatch', 'alarm').monthlyUsd).toBeCloseTo(0.2, 6);
    expect(line(items, 'notify', 'AWS KMS', 'key').monthlyUsd).toBeCloseTo(1, 6);
  });

  it('lists usage-based resources without usage at their unit price, never as $0', () => {
    const dlq = line(items, 'orders-dlq', 'Amazon SQS', 'SQS');
    expect(dlq.monthlyUsd).toBeNull();
    expect(dlq.unitPrice).toBe('$0.40 per 1M requests (first tier)');
    expect(dlq.description).toContain('usage.sqs.orders-dlq.monthly_requests');
    expect(line(items, 'notify', 'Amazon SNS', 'SNS').monthlyUsd).toBeNull();
    expect(line(items, 'orders', 'Amazon DynamoDB', 'storage').monthlyUsd).toBeNull();
    expect(estimate.warnings.join('\n')).toContain('3 usage-based lines have no usage');
  });

  it('totals fixed and usage-based separately', () => {
    // usage: 0.20 + 0.500001 + 5.00 + 0.40 + 3.11112 + 1.00 + 0.125 + 0.3125 + 1.25 + 1.00
    //        + 0.80 + 0.50 + 1.00 + 0.30 = 15.498621
    expect(estimate.usageUsd).toBe(15.5);
    // fixed: 17.5203504 + 0.6643 + 3.3215 + 0.20 + 1.00 = 22.7061504
    expect(estimate.fixedUsd).toBe(22.71);
    // 15.498621 + 22.7061504 = 38.2047714
    expect(estimate.monthlyUsd).toBe(38.2);
    expect(estimate.priceDate).toBe(book.date);
    expect(estimate.region).toBe('us-east-1');
  });

  it('prices SNS requests from usage.sns, into the usage total', () => {
    const withSns = estimateCost(
      template,
      { ...usage, sns: { notify: { monthly_requests: 3_000_000 } } },
      book,
      'us-east-1',
    );
    // 3,000,000 / 1M x $0.50 = $1.50
    const sns = line(withSns.items, 'notify', 'Amazon SNS', 'SNS');
    expect(sns.monthlyUsd).toBeCloseTo(1.5, 6);
    expect(sns.usageBased).toBe(true);
    // 15.498621 + 1.50 = 16.998621
    expect(withSns.usageUsd).toBe(17);
    expect(withSns.fixedUsd).toBe(estimate.fixedUsd);
    expect(withSns.warnings.join('\n')).toContain('2 usage-based lines have no usage');
    // Usage for another topic key does not price this one.
    const elsewhere = estimateCost(
      template,
      { ...usage, sns: { other: { monthly_requests: 3_000_000 } } },
      book,
      'us-east-1',
    );
    expect(line(elsewhere.items, 'notify', 'Amazon SNS', 'SNS').monthlyUsd).toBeNull();
  });

  it('with no usage at all, only fixed charges count', () => {
    const bare = estimateCost(template, undefined, book, 'us-east-1');
    expect(bare.monthlyUsd).toBe(22.71);
    expect(
      bare.items.find((i) => i.resource === 'api' && i.service === 'AWS Lambda')?.monthlyUsd,
    ).toBeNull();
  });
});

describe('estimateCost of other API kinds', () => {
  const origin = (kind: string, key: string) => ({
    'serverless-action:origin': { kind, key, path: 'api_gateway_config' },
  });

  it('prices WebSocket messages and connection minutes', () => {
    const t: CfnTemplate = {
      Resources: {
        Ws: {
          Type: 'AWS::ApiGatewayV2::Api',
          Metadata: origin('api', 'api'),
          Properties: { ProtocolType: 'WEBSOCKET' },
        },
      },
    };
    const e = estimateCost(
      t,
      { api_gateway: { monthly_messages: 3_000_000, monthly_connection_mins: 10_000_000 } },
      book,
      'us-east-1',
    );
    // 3M messages x $1.00 / 1M = $3.00; 10M minutes x $0.25 / 1M = $2.50
    expect(e.usageUsd).toBe(5.5);
  });

  it('prices REST requests and a 0.5 GB stage cache at 730 h', () => {
    const t: CfnTemplate = {
      Resources: {
        Rest: {
          Type: 'AWS::ApiGateway::RestApi',
          Metadata: origin('api', 'api'),
          Properties: { Name: 'x' },
        },
        Stage: {
          Type: 'AWS::ApiGateway::Stage',
          Metadata: origin('stage', 'api'),
          Properties: {
            RestApiId: { Ref: 'Rest' },
            CacheClusterEnabled: true,
            CacheClusterSize: '0.5',
          },
        },
      },
    };
    const e = estimateCost(t, { api_gateway: { monthly_requests: 2_000_000 } }, book, 'us-east-1');
    // 2M x $3.50 / 1M = $7.00 usage; 730 h x $0.02 = $14.60 fixed
    expect(e.usageUsd).toBe(7);
    expect(e.fixedUsd).toBe(14.6);
  });
});

describe('bundled prices', () => {
  it('warns and falls back to us-east-1 for a region without data', () => {
    const { book: fallback, warnings } = bundledPrices('eu-west-1');
    expect(fallback.region).toBe('us-east-1');
    expect(warnings).toEqual([
      expect.stringContaining('prices for eu-west-1 not bundled; using us-east-1'),
    ]);
    const e = estimateCost({ Resources: {} }, undefined, fallback, 'eu-west-1', { warnings });
    expect(e.warnings[0]).toContain('eu-west-1');
  });

  it('has every price with a unit, tiers, source URL and date', () => {
    for (const [key, price] of Object.entries(book.prices)) {
      expect([key, price.unit.length > 0]).toEqual([key, true]);
      expect(price.tiers.length).toBeGreaterThan(0);
      expect(price.tiers[price.tiers.length - 1]!.upTo).toBeNull();
      expect(price.source).toMatch(/^https:\/\/aws\.amazon\.com\//);
      expect(price.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('estimate warnings', () => {
  const topic = (key: string) => made('topic', key, 'AWS::SNS::Topic');
  const estimate = (resources: CfnTemplate['Resources'], warnings?: readonly string[]) =>
    estimateCost(tinyTemplate(resources), {}, book, 'us-east-1', warnings ? { warnings } : {});

  it('counts the lines left out of the total for want of usage, in words that agree', () => {
    expect(estimate({ A: topic('a') }).warnings).toEqual([
      '1 usage-based line has no usage and is not in the total; add them under "usage:" in the config (see docs/review.md)',
    ]);
    expect(estimate({ A: topic('a'), B: topic('b') }).warnings).toEqual([
      '2 usage-based lines have no usage and are not in the total; add them under "usage:" in the config (see docs/review.md)',
    ]);
  });

  it('warns of nothing when every line has a figure, and carries the warnings it is given first', () => {
    const key = { Key: made('key', 'k', 'AWS::KMS::Key') };
    expect(estimate(key).warnings).toEqual([]);
    expect(
      estimate({ ...key, A: topic('a') }, ['prices for eu-west-1 not bundled']).warnings,
    ).toEqual([
      'prices for eu-west-1 not bundled',
      expect.stringMatching(/^1 usage-based line has no usage/),
    ]);
  });
});
