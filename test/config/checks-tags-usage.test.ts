// The small checks on their own: tags, usage names, the resources the stack creates, the
// stack size, and the context helpers every check reads.
import { declaredKeysOf, isArn, isSet } from '../../src/config/checks/context';
import { createdResources } from '../../src/config/checks/resources';
import { checkStackSize, minimumResources } from '../../src/config/checks/stack-size';
import { functionGroupOf } from '../../src/synth/function-groups';
import { checkTags } from '../../src/config/checks/tags';
import { checkUsage } from '../../src/config/checks/usage';
import { contextOf, described } from './check-context';

describe('checkTags', () => {
  const tags = (values: Record<string, string>, extra: Record<string, unknown> = {}) =>
    described(checkTags(contextOf({ environment: 'prod', tags: values, ...extra })));

  it('the "aws:" prefix is AWS’s, in any case', () => {
    expect(tags({ 'aws:owner': 'me', 'AWS:Team': 'x', 'awsome:x': 'y' })).toEqual([
      'error tags.aws:owner (key): tag key "aws:owner": the "aws:" prefix is reserved for AWS',
      'error tags.AWS:Team (key): tag key "AWS:Team": the "aws:" prefix is reserved for AWS',
    ]);
  });

  it('values may take 256 characters', () => {
    expect(tags({ note: 'x'.repeat(256) })).toEqual([]);
    expect(tags({ note: 'x'.repeat(257) })).toEqual([
      'error tags.note: tag "note" has a 257-character value; AWS allows 256',
    ]);
  });

  it('a reserved key is dropped unless it says what the stack sets anyway', () => {
    const dropped = (key: string, value: string) =>
      `warning tags.${key} (key): tag "${key}: ${value}" is dropped: serverless-action sets project, environment, managed-by, ephemeral itself (keys compare case-insensitively); rename it, e.g. "app-${key.toLowerCase()}", or remove it`;
    expect(
      tags({
        Project: 'other',
        Environment: 'staging',
        'Managed-By': 'terraform',
        EPHEMERAL: 'true',
      }),
    ).toEqual([
      dropped('Project', 'other'),
      dropped('Environment', 'staging'),
      dropped('Managed-By', 'terraform'),
      dropped('EPHEMERAL', 'true'),
    ]);
    expect(
      tags({ Project: 'shop', environment: 'prod', 'managed-by': 'serverless-action', team: 'a' }),
    ).toEqual([]);
  });
});

describe('checkUsage', () => {
  const usage = (values: Record<string, unknown>) =>
    described(
      checkUsage(
        contextOf({
          lambda_config: { api: {} },
          dynamodb_config: { orders: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] } },
          event_source_config: {
            jobs: { type: 'SQS', function: 'api' },
            news: { type: 'SNS', function: 'api' },
          },
          usage: values,
        }),
      ),
    );

  it('no usage, or names that match, say nothing', () => {
    expect(described(checkUsage(contextOf({})))).toEqual([]);
    expect(
      usage({
        lambda: { api: { monthly_requests: 1 } },
        dynamodb: { orders: { storage_gb: 1 } },
        sqs: { jobs: { monthly_requests: 1 } },
        sns: { news: { monthly_requests: 1 } },
      }),
    ).toEqual([]);
  });

  it('a name that matches nothing drops its estimate, with a warning and the likely name', () => {
    expect(
      usage({
        lambda: { apj: { monthly_requests: 1 } },
        dynamodb: { order: { storage_gb: 1 } },
        sqs: { job: { monthly_requests: 1 } },
        sns: { zzz: { monthly_requests: 1 } },
      }),
    ).toEqual([
      'warning usage.lambda.apj (key): usage.lambda.apj matches nothing in lambda_config; did you mean "api"?; it is not used in the estimate',
      'warning usage.dynamodb.order (key): usage.dynamodb.order matches nothing in dynamodb_config; did you mean "orders"?; it is not used in the estimate',
      'warning usage.sqs.job (key): usage.sqs.job matches nothing in the queues the stack creates; did you mean "jobs"?; it is not used in the estimate',
      'warning usage.sns.zzz (key): usage.sns.zzz matches nothing in the topics the stack creates; it is not used in the estimate',
    ]);
  });
});

describe('createdResources', () => {
  it('each SQS, SNS, S3 and KINESIS source creates one named by its source, else its key; an ARN creates none', () => {
    const created = createdResources(
      contextOf({
        lambda_config: { f: {} },
        event_source_config: {
          q1: { type: 'SQS' },
          q2: { type: 'SQS', source: 'work' },
          q3: { type: 'SQS', source: 'arn:aws:sqs:us-east-1:123456789012:q' },
          t1: { type: 'SNS' },
          b1: { type: 'S3', source: 'files' },
          k1: { type: 'KINESIS' },
          s1: { type: 'SCHEDULE', schedule: 'rate(1 hour)' },
        },
      }).config,
    );
    expect({
      queues: [...created.queues],
      topics: [...created.topics],
      buckets: [...created.buckets],
      streams: [...created.streams],
    }).toEqual({ queues: ['q1', 'work'], topics: ['t1'], buckets: ['files'], streams: ['k1'] });
  });
});

describe('checkStackSize', () => {
  const functions = (n: number) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, {}]));

  it('counts five resources a function, one a table, event source and route (routes only with an API)', () => {
    const config = {
      lambda_config: { a: { routes: ['GET /a', 'POST /a'] }, b: {} },
      dynamodb_config: { t: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] } },
      event_source_config: { q: { type: 'SQS', function: 'b' } },
    };
    expect(minimumResources(contextOf(config).config)).toBe(12);
    expect(
      minimumResources(contextOf({ ...config, api_gateway_config: { type: 'HTTP' } }).config),
    ).toBe(14);
  });

  it('past 500, refuses only what nested stacks cannot hold: a full group, or a full parent', () => {
    expect(checkStackSize(contextOf({ lambda_config: functions(101) }))).toEqual([]);
    // The functions whose keys hash to one group: 101 of them need 505 there.
    const inOneGroup = Array.from({ length: 20000 }, (_, i) => `f${i}`)
      .filter((key) => functionGroupOf(key) === 'Functions00')
      .slice(0, 101);
    expect(inOneGroup).toHaveLength(101);
    const crowded = Object.fromEntries(inOneGroup.map((key) => [key, {}]));
    expect(described(checkStackSize(contextOf({ lambda_config: crowded })))).toEqual([
      "error lambda_config (key): this config (101 functions) does not fit CloudFormation's 500 resources per stack: the functions are spread over 64 nested stacks by their keys, and group Functions00 needs at least 505; split it into two projects",
    ]);
    const table = { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] };
    const tables = Object.fromEntries(Array.from({ length: 495 }, (_, i) => [`t${i}`, table]));
    expect(
      described(
        checkStackSize(contextOf({ lambda_config: functions(10), dynamodb_config: tables })),
      ),
    ).toEqual([
      "error lambda_config (key): this config (10 functions) does not fit CloudFormation's 500 resources per stack: the parent stack needs at least 505 (495 for tables, 10 nested stacks); split it into two projects",
    ]);
  });
});

describe('context helpers', () => {
  it('isSet treats null and undefined as not written, anything else as written', () => {
    expect([undefined, null, 0, '', false].map(isSet)).toEqual([false, false, true, true, true]);
  });

  it('isArn', () => {
    expect(isArn('arn:aws:sqs:us-east-1:123456789012:q')).toBe(true);
    expect(isArn('queue-arn:x')).toBe(false);
  });

  it('declaredKeysOf lists the keys of functions, tables and event sources', () => {
    const declared = declaredKeysOf(
      contextOf({
        lambda_config: { f: {} },
        dynamodb_config: { t: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] } },
        event_source_config: { e: { type: 'SNS' } },
      }).config,
    );
    expect([[...declared.functions], [...declared.tables], [...declared.eventSources]]).toEqual([
      ['f'],
      ['t'],
      ['e'],
    ]);
  });
});
