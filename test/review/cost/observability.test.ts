// CloudWatch Logs, alarms, KMS keys and S3 buckets, as the PR comment lists them; figures by
// hand from src/review/cost/prices/us-east-1.json.
import { bare, lines, made } from './templates';

const LOGS = 'Amazon CloudWatch Logs';
const ALARMS = 'Amazon CloudWatch';
const of = (service: string) => (items: ReturnType<typeof lines>) =>
  items.filter((i) => i.service === service);

describe('CloudWatch Logs', () => {
  const fn = made('function', 'api', 'AWS::Lambda::Function');

  it('prices one stack-wide line each for ingestion and storage', () => {
    const usage = { cloudwatch: { monthly_log_ingestion_gb: 2, log_storage_gb: 10 } };
    expect(of(LOGS)(lines({ Fn: fn }, usage))).toEqual([
      {
        resource: 'logs',
        service: LOGS,
        usageBased: true,
        unitPrice: '$0.50 per GB',
        // 2 GB x $0.50
        description: 'CloudWatch Logs ingestion (Standard class): 2 GB x $0.50 per GB',
        monthlyUsd: 1,
      },
      {
        resource: 'logs',
        service: LOGS,
        usageBased: true,
        unitPrice: '$0.03 per GB-month',
        // 10 GB-months x $0.03
        description: 'CloudWatch Logs storage: 10 GB-months x $0.03 per GB-month',
        monthlyUsd: expect.closeTo(0.3, 9),
      },
    ]);
  });

  it('without usage: the unit prices and the settings to add', () => {
    const group = made('log-group', 'api', 'AWS::Logs::LogGroup');
    // A log group alone (no function) is enough for the lines.
    expect(of(LOGS)(lines({ Logs: group }))).toEqual([
      {
        resource: 'logs',
        service: LOGS,
        usageBased: true,
        unitPrice: '$0.50 per GB',
        description:
          'CloudWatch Logs ingestion (Standard class): usage unknown; set usage.cloudwatch.monthly_log_ingestion_gb for an estimate',
        monthlyUsd: null,
      },
      {
        resource: 'logs',
        service: LOGS,
        usageBased: true,
        unitPrice: '$0.03 per GB-month',
        description:
          'CloudWatch Logs storage: usage unknown; set usage.cloudwatch.log_storage_gb for an estimate',
        monthlyUsd: null,
      },
    ]);
  });

  it('has no lines for a stack without functions or log groups', () => {
    const usage = { cloudwatch: { monthly_log_ingestion_gb: 2, log_storage_gb: 10 } };
    expect(of(LOGS)(lines({ Key: made('key', 'k', 'AWS::KMS::Key') }, usage))).toEqual([]);
  });
});

describe('CloudWatch alarms', () => {
  const alarm = (key: string, properties: Record<string, unknown> = {}) =>
    made('alarm', key, 'AWS::CloudWatch::Alarm', properties);
  const metric = (id: string) => ({ Id: id, MetricStat: { Metric: { MetricName: id } } });

  it('bills each metric an alarm watches, one line per config entry', () => {
    const items = lines({
      // Two metrics and an expression over them: 2 metrics.
      ApiErrors: alarm('api', {
        Metrics: [metric('m1'), metric('m2'), { Id: 'e1', Expression: 'm1 + m2' }],
      }),
      // A single-metric alarm (MetricName, no Metrics): 1.
      ApiThrottles: alarm('api', { MetricName: 'Throttles' }),
      // Only an expression: still at least 1.
      WorkerErrors: alarm('worker', { Metrics: [{ Id: 'e1', Expression: 'SUM(METRICS())' }] }),
      // Without an origin: filed under its logical id.
      Custom: bare('AWS::CloudWatch::Alarm', { MetricName: 'Errors' }),
    });
    const line = (resource: string, count: string, usd: number) => ({
      resource,
      service: ALARMS,
      usageBased: false,
      unitPrice: '$0.10 per alarm metric',
      description: `CloudWatch standard-resolution alarm: ${count} x $0.10 per alarm metric`,
      monthlyUsd: expect.closeTo(usd, 9),
    });
    expect(of(ALARMS)(items)).toEqual([
      // (2 + 1) metrics x $0.10
      line('api', '3 alarm metrics', 0.3),
      line('worker', '1 alarm metric', 0.1),
      line('Custom', '1 alarm metric', 0.1),
    ]);
  });
});

describe('KMS keys', () => {
  it('charges $1 a month per key, under its config entry or its logical id', () => {
    const items = lines({
      NotifyKey: made('key', 'notify', 'AWS::KMS::Key'),
      OtherKey: bare('AWS::KMS::Key'),
    });
    const line = (resource: string, logicalId: string) => ({
      resource,
      logicalId,
      service: 'AWS KMS',
      usageBased: false,
      unitPrice: '$1.00 per key-month',
      description: 'KMS customer managed key: 1 key-month x $1.00 per key-month',
      monthlyUsd: 1,
    });
    expect(of('AWS KMS')(items)).toEqual([
      line('notify', 'NotifyKey'),
      line('OtherKey', 'OtherKey'),
    ]);
  });
});

describe('S3 buckets', () => {
  it("prices a bucket's storage and requests from usage.s3.<key>", () => {
    const items = lines(
      { Uploads: made('bucket', 'uploads', 'AWS::S3::Bucket') },
      { s3: { uploads: { storage_gb: 100, monthly_requests: 2_000_000 } } },
    );
    expect(of('Amazon S3')(items)).toEqual([
      {
        resource: 'uploads',
        logicalId: 'Uploads',
        service: 'Amazon S3',
        usageBased: true,
        unitPrice: '$0.023 per GB-month (first tier)',
        // 100 GB x $0.023
        description: 'S3 Standard storage: 100 GB-months x $0.023 per GB-month (first tier)',
        monthlyUsd: expect.closeTo(2.3, 9),
      },
      {
        resource: 'uploads',
        logicalId: 'Uploads',
        service: 'Amazon S3',
        usageBased: true,
        unitPrice: '$0.0004 per 1,000 requests',
        // 2,000,000 / 1,000 x $0.0004
        description: 'S3 GET and other requests: 2M requests x $0.0004 per 1,000 requests',
        monthlyUsd: expect.closeTo(0.8, 9),
      },
    ]);
  });

  it("leaves CDK's own buckets out, and names the settings for a bucket without usage", () => {
    const items = lines(
      {
        Archive: made('bucket', 'archive', 'AWS::S3::Bucket'),
        StagingBucket: bare('AWS::S3::Bucket'),
      },
      { s3: { uploads: { storage_gb: 100, monthly_requests: 2_000_000 } } },
    );
    expect(of('Amazon S3')(items).map((i) => [i.logicalId, i.description, i.monthlyUsd])).toEqual([
      [
        'Archive',
        'S3 Standard storage: usage unknown; set usage.s3.archive.storage_gb for an estimate',
        null,
      ],
      [
        'Archive',
        'S3 GET and other requests: usage unknown; set usage.s3.archive.monthly_requests for an estimate',
        null,
      ],
    ]);
  });

  it('with no usage.s3 at all, lists both lines at their unit price', () => {
    const items = lines({ Archive: made('bucket', 'archive', 'AWS::S3::Bucket') });
    expect(of('Amazon S3')(items).map((i) => [i.unitPrice, i.monthlyUsd])).toEqual([
      ['$0.023 per GB-month (first tier)', null],
      ['$0.0004 per 1,000 requests', null],
    ]);
  });

  it('in a template without origins, files a bucket under its logical id', () => {
    const items = lines(
      { Bucket: bare('AWS::S3::Bucket') },
      { s3: { Bucket: { storage_gb: 1, monthly_requests: 1000 } } },
    );
    // 1 GB x $0.023; 1,000 / 1,000 x $0.0004
    expect(of('Amazon S3')(items).map((i) => [i.resource, i.monthlyUsd])).toEqual([
      ['Bucket', expect.closeTo(0.023, 9)],
      ['Bucket', expect.closeTo(0.0004, 9)],
    ]);
  });
});
