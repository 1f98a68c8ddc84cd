// The checks on `environments` on their own: names and patterns, the requested stage, keys
// in the stages not being validated, and what a preview stage may share with production.
import {
  checkEnvironmentNames,
  checkRequestedEnvironment,
  withoutExtensions,
} from '../../src/config/checks/environments';
import { checkPreviewIsolation, existingArnUses } from '../../src/config/checks/isolation';
import { checkOtherEnvironmentKeys } from '../../src/config/checks/other-environments';
import { deepFreeze } from '../support/deep-freeze';
import { contextOf, described } from './check-context';

describe('withoutExtensions', () => {
  it('drops the user’s own x- keys, and only those', () => {
    expect(
      withoutExtensions(deepFreeze({ 'x-defaults': { a: 1 }, project_name: 'shop', 'box-x': 1 })),
    ).toEqual({ project_name: 'shop', 'box-x': 1 });
  });
});

describe('checkEnvironmentNames', () => {
  it('names become stack names: lowercase letters, digits and "-", at most 24', () => {
    expect(
      described(
        checkEnvironmentNames(
          deepFreeze({
            prod: {},
            'pr-*': {},
            Staging: {},
            ['a'.repeat(25)]: {},
            'p**': {},
            'PR-*': {},
          }),
        ),
      ),
    ).toEqual([
      'error environments.Staging (key): environment name "Staging" is not valid: use lowercase letters, digits and "-" (at most 24)',
      `error environments.${'a'.repeat(25)} (key): environment name "${'a'.repeat(25)}" is not valid: use lowercase letters, digits and "-" (at most 24)`,
      'error environments.p** (key): environment pattern "p**" is not valid: "**" means the same as "*": write one "*"',
      'error environments.PR-* (key): environment pattern "PR-*" is not valid: a pattern uses lowercase letters, digits, "-", and the wildcards "*" (any run of characters) and "?" (one character)',
    ]);
  });

  it('anything but a mapping has no names to check', () => {
    expect(checkEnvironmentNames(['prod'])).toEqual([]);
    expect(checkEnvironmentNames(undefined)).toEqual([]);
  });
});

describe('checkRequestedEnvironment', () => {
  const environments = deepFreeze({ prod: {}, staging: {}, 'pr-*': {} });

  it('an invalid --environment is an error at 1:1', () => {
    expect(checkRequestedEnvironment(environments, 'Prod!')).toEqual([
      {
        severity: 'error',
        path: [],
        message:
          '--environment "Prod!" is not a valid environment name: use lowercase letters, digits and "-" (at most 24)',
        position: { line: 1, column: 1 },
      },
    ]);
  });

  it('a name one letter from a defined one is probably a typo', () => {
    expect(described(checkRequestedEnvironment(environments, 'prd'))).toEqual([
      'warning environments (key): environment "prd" is not defined under environments, so it gets the base config; did you mean "prod"?',
    ]);
  });

  it('a defined name, one a pattern matches, a distant one or no environments at all say nothing', () => {
    expect(checkRequestedEnvironment(environments, 'prod')).toEqual([]);
    expect(checkRequestedEnvironment(environments, 'pr-12')).toEqual([]);
    expect(checkRequestedEnvironment(environments, 'qa')).toEqual([]);
    expect(checkRequestedEnvironment(undefined, 'prd')).toEqual([]);
    expect(checkRequestedEnvironment(environments, undefined)).toEqual([]);
  });

  it('a defined name is not a typo of another defined one', () => {
    expect(checkRequestedEnvironment(deepFreeze({ prod: {}, prd: {} }), 'prod')).toEqual([]);
  });

  it('patterns are not offered as the likely name', () => {
    expect(checkRequestedEnvironment(deepFreeze({ 'stag?': {} }), 'stag')).toEqual([]);
  });
});

describe('checkOtherEnvironmentKeys', () => {
  it('reports unknown keys in the stages not being validated, at their own path', () => {
    expect(
      described(
        checkOtherEnvironmentKeys(
          deepFreeze({
            dev: { lambda_config: { api: { memry_size: 1 } } },
            prod: {
              lambda_config: {
                api: { tiemout: 3, routes: ['GET /a', { route: 'GET /b', schema: 'x' }] },
              },
              dynamodb_config: { t: { attributes: [{ name: 'id', typ: 'S' }] } },
              api_gateway_config: { resource_policy: { Anything: 1 }, typo_key: 1 },
              tags: { anything: 'x' },
            },
            'pr-*': 'not a mapping',
          }),
          ['dev'],
        ),
      ),
    ).toEqual([
      'error environments.prod.lambda_config.api.tiemout (key): unknown key "tiemout" in environments.prod.lambda_config.api; did you mean "timeout"?',
      'error environments.prod.lambda_config.api.routes.1.schema (key): unknown key "schema" in environments.prod.lambda_config.api.routes.1; expected one of: route, request_schema, throttling_burst_limit, throttling_rate_limit',
      'error environments.prod.dynamodb_config.t.attributes.0.typ (key): unknown key "typ" in environments.prod.dynamodb_config.t.attributes.0; did you mean "type"?',
      expect.stringMatching(
        /^error environments\.prod\.api_gateway_config\.typo_key \(key\): unknown key "typo_key" in environments\.prod\.api_gateway_config/,
      ),
    ]);
  });

  it('values of the wrong shape are left to the validation of their stage', () => {
    expect(
      checkOtherEnvironmentKeys(
        deepFreeze({
          prod: {
            tags: ['a'],
            project_name: { x: 1 },
            lambda_config: { api: { routes: 'GET /a', layers: [{ bad: 1 }], environment: [] } },
            api_gateway_config: { resource_policy: { Statement: [{ Anything: 1 }] } },
          },
        }),
        [],
      ),
    ).toEqual([]);
  });

  it('a secret written as an object is checked as one; anything but a mapping of stages is not checked', () => {
    expect(
      described(
        checkOtherEnvironmentKeys(
          deepFreeze({
            prod: { lambda_config: { f: { secrets: { DB: { from: 'ssm:/db', region: 'k' } } } } },
          }),
          [],
        ),
      ),
    ).toEqual([
      'error environments.prod.lambda_config.f.secrets.DB.region (key): unknown key "region" in environments.prod.lambda_config.f.secrets.DB; expected one of: from, kms_key_arn',
    ]);
    expect(checkOtherEnvironmentKeys(['prod'], [])).toEqual([]);
  });
});

describe('existingArnUses and checkPreviewIsolation', () => {
  const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders';
  const DLQ = 'arn:aws:sqs:us-east-1:123456789012:dlq';
  const sources = (extra: Record<string, unknown> = {}) =>
    contextOf({
      environment: 'pr-7',
      lambda_config: { f: {} },
      event_source_config: {
        orders: { type: 'SQS', source: QUEUE, ...extra },
        clicks: {
          type: 'KINESIS',
          source: 'clicks',
          destination_config: { on_failure: { destination_arn: DLQ } },
        },
        tick: { type: 'SCHEDULE', schedule: 'rate(1 hour)' },
      },
    }).config;

  it('lists every existing ARN a stage consumes from or writes failures to', () => {
    expect(existingArnUses(sources())).toEqual([
      {
        key: 'orders',
        path: 'event_source_config.orders.source',
        arn: QUEUE,
        use: 'consumes from the existing queue, and would take messages meant for production',
      },
      {
        key: 'clicks',
        path: 'event_source_config.clicks.destination_config.on_failure.destination_arn',
        arn: DLQ,
        use: 'writes its failed records to an existing destination',
      },
    ]);
  });

  it.each([
    [
      'KINESIS',
      'arn:aws:kinesis:us-east-1:123456789012:stream/s',
      'stream, and would read (and slow) production records',
    ],
    [
      'DYNAMODB_STREAM',
      'arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/x',
      'table stream, and would read production changes',
    ],
    [
      'SNS',
      'arn:aws:sns:us-east-1:123456789012:t',
      'topic, and would be subscribed to production notifications',
    ],
    ['S3', 'arn:aws:s3:::bucket', 'bucket, and would set notifications on it'],
  ])('a %s source by ARN is consumed from', (type, arn, what) => {
    const config = contextOf({
      lambda_config: { f: {} },
      event_source_config: { s: { type, source: arn } },
    }).config;
    expect(existingArnUses(config).map((u) => u.use)).toEqual([
      `consumes from the existing ${what}`,
    ]);
  });

  it('sources that name an ARN where it means nothing, or a destination by name, are not uses', () => {
    const config = contextOf({
      lambda_config: { f: {} },
      event_source_config: {
        rule: {
          type: 'EVENTBRIDGE',
          event_pattern: { source: ['x'] },
          source: 'arn:aws:events:us-east-1:123456789012:event-bus/b',
        },
        clicks: { type: 'KINESIS', destination_config: { on_failure: { destination_arn: 'dlq' } } },
      },
    }).config;
    expect(existingArnUses(config)).toEqual([]);
  });

  it('a shared source is exempt; the others of the stage are not', () => {
    expect(described(checkPreviewIsolation(sources({ shared: true }), true, {}, []))).toEqual([
      expect.stringMatching(
        /^error event_source_config\.clicks\.destination_config\.on_failure\.destination_arn: /,
      ),
    ]);
  });

  it('a preview stage may not use them, unless an applied layer writes the value or the source is shared', () => {
    expect(described(checkPreviewIsolation(sources(), true, {}, []))).toEqual([
      `error event_source_config.orders.source: pr-7 is a preview stage, and it consumes from the existing queue, and would take messages meant for production (${QUEUE}). Give previews their own: under environments, a pattern such as "pr-*" can set event_source_config.orders.source (or remove "source" to let the stack create one); or mark the event source "shared: true" if every preview may use it too.`,
      `error event_source_config.clicks.destination_config.on_failure.destination_arn: pr-7 is a preview stage, and it writes its failed records to an existing destination (${DLQ}). Give previews their own: under environments, a pattern such as "pr-*" can set event_source_config.clicks.destination_config.on_failure.destination_arn (or remove "source" to let the stack create one); or mark the event source "shared: true" if every preview may use it too.`,
    ]);
    expect(checkPreviewIsolation(sources(), false, {}, [])).toEqual([]);
    const environments = deepFreeze({
      'pr-*': {
        event_source_config: { orders: { source: 'arn:aws:sqs:us-east-1:123456789012:pr' } },
      },
      prod: {
        event_source_config: {
          clicks: { destination_config: { on_failure: { destination_arn: 'x' } } },
        },
      },
    });
    expect(described(checkPreviewIsolation(sources(), true, environments, ['pr-*']))).toEqual([
      expect.stringMatching(
        /^error event_source_config\.clicks\.destination_config\.on_failure\.destination_arn: /,
      ),
    ]);
    expect(
      described(
        checkPreviewIsolation(sources({ shared: true }), true, environments, ['pr-*', 'prod']),
      ),
    ).toEqual([]);
    expect(checkPreviewIsolation(sources(), true, 'not a mapping', ['pr-*'])).toHaveLength(2);
    expect(
      checkPreviewIsolation(sources(), true, deepFreeze({ 'pr-*': { event_source_config: 'x' } }), [
        'pr-*',
      ]),
    ).toHaveLength(2);
  });
});
