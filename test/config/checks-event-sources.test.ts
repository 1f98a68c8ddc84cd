// checkEventSources on its own: the target function, what emits the events, batching limits,
// and fields that do not apply to a source's type.
import { checkEventSources } from '../../src/config/checks/event-sources';
import { contextOf, described } from './check-context';

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:orders';
const STREAM_ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/2026-01-01T00:00:00.000';

const check = (
  sources: Record<string, unknown>,
  lambda: Record<string, unknown> = { a: {} },
  tables: Record<string, unknown> = {},
) =>
  described(
    checkEventSources(
      contextOf({ lambda_config: lambda, dynamodb_config: tables, event_source_config: sources }),
    ),
  );

const streamTable = {
  t: {
    hash_key: 'id',
    attributes: [{ name: 'id', type: 'S' }],
    stream_enabled: true,
    stream_view_type: 'NEW_IMAGE',
  },
};

/** The least each type needs to raise nothing. */
const BASE: Record<string, Record<string, unknown>> = {
  SQS: { type: 'SQS' },
  SNS: { type: 'SNS' },
  S3: { type: 'S3' },
  KINESIS: { type: 'KINESIS' },
  DYNAMODB_STREAM: { type: 'DYNAMODB_STREAM', source: 't' },
  SCHEDULE: { type: 'SCHEDULE', schedule: 'rate(5 minutes)' },
  EVENTBRIDGE: { type: 'EVENTBRIDGE', event_pattern: { source: ['aws.s3'] } },
};

describe('fields that apply to some source types only', () => {
  // Written out, field by field: which types a field means something for is the behaviour.
  it.each([
    ['batch_size', 5, 'SQS, KINESIS, DYNAMODB_STREAM'],
    ['starting_position', 'LATEST', 'KINESIS, DYNAMODB_STREAM'],
    ['maximum_record_age_in_seconds', 60, 'KINESIS, DYNAMODB_STREAM'],
    ['bisect_batch_on_function_error', true, 'KINESIS, DYNAMODB_STREAM'],
    ['parallelization_factor', 2, 'KINESIS, DYNAMODB_STREAM'],
    [
      'destination_config',
      { on_failure: { destination_arn: QUEUE_ARN } },
      'KINESIS, DYNAMODB_STREAM',
    ],
    ['maximum_batching_window_in_seconds', 5, 'SQS, KINESIS, DYNAMODB_STREAM'],
    ['function_response_types', ['ReportBatchItemFailures'], 'SQS, KINESIS, DYNAMODB_STREAM'],
    ['scaling_config', { maximum_concurrency: 2 }, 'SQS'],
    ['visibility_timeout_seconds', 30, 'SQS'],
    ['message_retention_seconds', 60, 'SQS'],
    ['events', ['s3:ObjectCreated:*'], 'S3'],
    ['filter_prefix', 'in/', 'S3'],
    ['filter_suffix', '.csv', 'S3'],
    ['schedule', 'rate(1 day)', 'SCHEDULE'],
    ['event_pattern', { source: ['x'] }, 'EVENTBRIDGE'],
    ['event_bus_name', 'orders', 'EVENTBRIDGE'],
    ['maximum_event_age_in_seconds', 60, 'SCHEDULE, EVENTBRIDGE'],
    ['starting_position_timestamp', '2026-01-31T00:00:00Z', 'KINESIS'],
    ['source', 'things', 'SQS, SNS, S3, KINESIS, DYNAMODB_STREAM'],
    ['maximum_retry_attempts', 2, 'SQS, KINESIS, DYNAMODB_STREAM, SCHEDULE, EVENTBRIDGE'],
  ])('%s is ignored, with a warning, outside its types; fine on them', (field, value, types) => {
    const applies = types.split(', ');
    const other = Object.keys(BASE).find((type) => !applies.includes(type))!;
    expect(check({ s: { ...BASE[other], [field]: value } }, { a: {} }, streamTable)).toContain(
      `warning event_source_config.s.${field} (key): ${field} does not apply to ${other} sources (only to ${types}); it is ignored`,
    );
    for (const type of applies) {
      const findings = check({ s: { ...BASE[type], [field]: value } }, { a: {} }, streamTable);
      expect(findings.filter((f) => f.includes('does not apply'))).toEqual([]);
    }
  });

  it('a field outside its types gets the warning alone, not the checks of the types it belongs to', () => {
    const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:news';
    expect(
      check(
        {
          s: {
            type: 'SNS',
            source: TOPIC_ARN,
            visibility_timeout_seconds: 1,
            maximum_retry_attempts: 3,
            maximum_record_age_in_seconds: 30,
          },
        },
        { a: { timeout: 10 } },
      ),
    ).toEqual([
      'warning event_source_config.s.maximum_record_age_in_seconds (key): maximum_record_age_in_seconds does not apply to SNS sources (only to KINESIS, DYNAMODB_STREAM); it is ignored',
      'warning event_source_config.s.visibility_timeout_seconds (key): visibility_timeout_seconds does not apply to SNS sources (only to SQS); it is ignored',
      'warning event_source_config.s.maximum_retry_attempts (key): maximum_retry_attempts does not apply to SNS sources (only to SQS, KINESIS, DYNAMODB_STREAM, SCHEDULE, EVENTBRIDGE); it is ignored',
    ]);
  });

  it('a field left null is not written', () => {
    expect(check({ s: { type: 'SNS', batch_size: null } })).toEqual([]);
  });
});

describe('the function a source invokes', () => {
  it('must be defined in lambda_config, with the likely one', () => {
    expect(check({ s: { type: 'SNS', function: 'ap' } }, { api: {} })).toEqual([
      'error event_source_config.s.function: function "ap" is not defined in lambda_config; did you mean "api"?',
    ]);
    expect(check({ s: { type: 'SNS', function: 'api' } }, { api: {}, worker: {} })).toEqual([]);
  });

  it('may be left out when there is exactly one function', () => {
    expect(check({ s: { type: 'SNS' } }, { only: {} })).toEqual([]);
    expect(check({ s: { type: 'SNS' } }, {})).toEqual([
      'error event_source_config.s (key): this event source has no function to invoke: lambda_config defines none',
    ]);
    expect(check({ s: { type: 'SNS' } }, { a: {}, b: {} })).toEqual([
      'error event_source_config.s (key): name the function this event source invokes with "function:" (lambda_config has 2: a, b)',
    ]);
  });
});

describe('the visibility timeout of a queue the stack creates', () => {
  it('must be at least the timeout of the function it feeds, named or the only one', () => {
    const lambda = { fast: { timeout: 3 }, slow: { timeout: 60 } };
    expect(
      check({ q: { type: 'SQS', function: 'slow', visibility_timeout_seconds: 59 } }, lambda),
    ).toEqual([
      'error event_source_config.q.visibility_timeout_seconds: visibility_timeout_seconds (59) is shorter than the timeout of function "slow" (60); Lambda requires at least the function\'s timeout (AWS recommends 6 times)',
    ]);
    expect(
      check({ q: { type: 'SQS', function: 'slow', visibility_timeout_seconds: 60 } }, lambda),
    ).toEqual([]);
    expect(
      check({ q: { type: 'SQS', function: 'fast', visibility_timeout_seconds: 59 } }, lambda),
    ).toEqual([]);
    expect(
      check({ q: { type: 'SQS', visibility_timeout_seconds: 10 } }, { only: { timeout: 20 } }),
    ).toEqual([
      expect.stringMatching(
        /^error event_source_config\.q\.visibility_timeout_seconds: visibility_timeout_seconds \(10\) is shorter than the timeout of function "only" \(20\)/,
      ),
    ]);
  });

  it('counts for a queue named by the stack, not for an existing one', () => {
    expect(
      check(
        { q: { type: 'SQS', source: 'jobs', visibility_timeout_seconds: 10 } },
        { a: { timeout: 20 } },
      ),
    ).toHaveLength(1);
    expect(
      check(
        { q: { type: 'SQS', source: QUEUE_ARN, visibility_timeout_seconds: 10 } },
        { a: { timeout: 20 } },
      ),
    ).toEqual([
      `warning event_source_config.q.visibility_timeout_seconds (key): visibility_timeout_seconds applies to queues the stack creates; the existing queue ${QUEUE_ARN} keeps its own setting`,
    ]);
  });
});

describe('what emits the events', () => {
  it('a SCHEDULE needs schedule, an EVENTBRIDGE source event_pattern', () => {
    expect(check({ s: { type: 'SCHEDULE' } })).toEqual([
      'error event_source_config.s (key): a SCHEDULE source needs "schedule", e.g. "rate(5 minutes)" or "cron(0 12 * * ? *)"',
    ]);
    expect(check({ s: { type: 'EVENTBRIDGE' } })).toEqual([
      'error event_source_config.s (key): an EVENTBRIDGE source needs "event_pattern", e.g. { source: ["aws.s3"] }',
    ]);
    expect(check({ s: BASE['SCHEDULE'], e: BASE['EVENTBRIDGE'] })).toEqual([]);
  });

  it('a DYNAMODB_STREAM needs a table of dynamodb_config with a stream', () => {
    expect(check({ s: { type: 'DYNAMODB_STREAM' } }, { a: {} }, streamTable)).toEqual([
      'error event_source_config.s (key): a DYNAMODB_STREAM source needs "source": the key of a table in dynamodb_config',
    ]);
    expect(check({ s: { type: 'DYNAMODB_STREAM', source: 'tt' } }, { a: {} }, streamTable)).toEqual(
      [
        'error event_source_config.s.source: table "tt" is not defined in dynamodb_config; did you mean "t"?',
      ],
    );
    expect(
      check(
        { s: { type: 'DYNAMODB_STREAM', source: 't' } },
        { a: {} },
        {
          t: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] },
        },
      ),
    ).toEqual([
      'error event_source_config.s.source: table "t" has no stream: set stream_enabled: true and stream_view_type in dynamodb_config.t',
    ]);
    expect(check({ s: { type: 'DYNAMODB_STREAM', source: 't' } }, { a: {} }, streamTable)).toEqual(
      [],
    );
  });

  it('a DynamoDB stream has no AT_TIMESTAMP, whether its table is ours or an ARN', () => {
    const atTimestamp =
      'error event_source_config.s.starting_position: DynamoDB streams start at TRIM_HORIZON or LATEST, not AT_TIMESTAMP';
    expect(
      check(
        { s: { type: 'DYNAMODB_STREAM', source: 't', starting_position: 'AT_TIMESTAMP' } },
        { a: {} },
        streamTable,
      ),
    ).toEqual([atTimestamp]);
    expect(
      check({
        s: { type: 'DYNAMODB_STREAM', source: STREAM_ARN, starting_position: 'AT_TIMESTAMP' },
      }),
    ).toEqual([atTimestamp]);
    expect(
      check({ s: { type: 'DYNAMODB_STREAM', source: STREAM_ARN, starting_position: 'LATEST' } }),
    ).toEqual([]);
    expect(
      check(
        { s: { type: 'DYNAMODB_STREAM', source: 't', starting_position: 'TRIM_HORIZON' } },
        { a: {} },
        streamTable,
      ),
    ).toEqual([]);
  });
});

describe('starting_position_timestamp on Kinesis', () => {
  it('is needed by AT_TIMESTAMP and ignored without it', () => {
    expect(check({ k: { type: 'KINESIS', starting_position: 'AT_TIMESTAMP' } })).toEqual([
      'error event_source_config.k.starting_position: starting_position AT_TIMESTAMP needs starting_position_timestamp, e.g. starting_position_timestamp: "2026-01-31T00:00:00Z"',
    ]);
    expect(
      check({
        k: {
          type: 'KINESIS',
          starting_position: 'AT_TIMESTAMP',
          starting_position_timestamp: '2026-01-31T00:00:00Z',
        },
      }),
    ).toEqual([]);
    expect(
      check({ k: { type: 'KINESIS', starting_position_timestamp: '2026-01-31T00:00:00Z' } }),
    ).toEqual([
      'warning event_source_config.k.starting_position_timestamp (key): starting_position_timestamp is used only with starting_position: AT_TIMESTAMP (here LATEST); it is ignored',
    ]);
    expect(
      check({
        k: {
          type: 'KINESIS',
          starting_position: 'TRIM_HORIZON',
          starting_position_timestamp: '2026-01-31T00:00:00Z',
        },
      }),
    ).toEqual([expect.stringContaining('(here TRIM_HORIZON); it is ignored')]);
  });
});

describe('batching and retries', () => {
  it('an SQS batch over 10 needs a batching window of at least 1 s', () => {
    expect(check({ q: { type: 'SQS', batch_size: 11 } })).toEqual([
      'error event_source_config.q.batch_size: an SQS batch_size over 10 (here 11) needs maximum_batching_window_in_seconds of at least 1',
    ]);
    expect(
      check({ q: { type: 'SQS', batch_size: 11, maximum_batching_window_in_seconds: 0 } }),
    ).toHaveLength(1);
    expect(check({ q: { type: 'SQS', batch_size: 10 } })).toEqual([]);
    expect(
      check({ q: { type: 'SQS', batch_size: 11, maximum_batching_window_in_seconds: 1 } }),
    ).toEqual([]);
    expect(check({ k: { type: 'KINESIS', batch_size: 100 } })).toEqual([]);
  });

  it('EventBridge retries a target at most 185 times', () => {
    for (const base of [BASE['SCHEDULE'], BASE['EVENTBRIDGE']]) {
      expect(check({ r: { ...base, maximum_retry_attempts: 186 } })).toEqual([
        'warning event_source_config.r.maximum_retry_attempts: EventBridge retries a target at most 185 times; 186 is lowered to 185',
      ]);
      expect(check({ r: { ...base, maximum_retry_attempts: 185 } })).toEqual([]);
    }
    expect(check({ q: { type: 'SQS', maximum_retry_attempts: 500 } })).toEqual([]);
  });

  it('an existing queue keeps its own settings and redrive policy', () => {
    expect(
      check({
        q: {
          type: 'SQS',
          source: QUEUE_ARN,
          message_retention_seconds: 600,
          maximum_retry_attempts: 3,
        },
      }),
    ).toEqual([
      `warning event_source_config.q.message_retention_seconds (key): message_retention_seconds applies to queues the stack creates; the existing queue ${QUEUE_ARN} keeps its own setting`,
      `warning event_source_config.q.maximum_retry_attempts (key): maximum_retry_attempts sets the receive count of queues the stack creates; for the existing queue ${QUEUE_ARN} its own redrive policy (maxReceiveCount) decides, so set it there`,
    ]);
    expect(
      check({
        q: {
          type: 'SQS',
          source: 'jobs',
          message_retention_seconds: 600,
          maximum_retry_attempts: 3,
        },
      }),
    ).toEqual([]);
    expect(check({ q: { type: 'SQS', source: QUEUE_ARN } })).toEqual([]);
  });

  it('a stream record age is -1 or at least 60 s', () => {
    for (const age of [0, 59]) {
      expect(check({ k: { type: 'KINESIS', maximum_record_age_in_seconds: age } })).toEqual([
        `error event_source_config.k.maximum_record_age_in_seconds: maximum_record_age_in_seconds must be -1 (keep records until they expire) or from 60 to 604800, got ${age}`,
      ]);
    }
    for (const age of [-1, 60]) {
      expect(check({ k: { type: 'KINESIS', maximum_record_age_in_seconds: age } })).toEqual([]);
    }
    expect(
      check(
        { s: { type: 'DYNAMODB_STREAM', source: 't', maximum_record_age_in_seconds: 30 } },
        { a: {} },
        streamTable,
      ),
    ).toHaveLength(1);
  });
});
