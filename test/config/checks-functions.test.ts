// checkFunctions on its own: runtimes, handlers, reserved and oversized environments, log
// retention, references to authorizers and to the stack's own resources.
import { checkFunctions } from '../../src/config/checks/functions';
import type { SemanticContext } from '../../src/config/checks/context';
import { deepFreeze } from '../support/deep-freeze';
import { contextOf, described } from './check-context';

const check = (config: Record<string, unknown>, today?: string) =>
  described(checkFunctions(contextOf(config, today)));
const fn = (settings: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  check({ lambda_config: { f: settings }, ...extra });

describe('runtimes', () => {
  it('an unknown runtime is an error, with the likely one', () => {
    expect(fn({ runtime: 'nodejs22' })).toEqual([
      'error lambda_config.f.runtime: unknown runtime "nodejs22"; did you mean "nodejs22.x"? (see the runtimes AWS Lambda supports)',
    ]);
    expect(fn({ runtime: 'cobol', handler: 'x' })).toEqual([
      'error lambda_config.f.runtime: unknown runtime "cobol" (see the runtimes AWS Lambda supports)',
    ]);
  });

  it('a runtime past its deprecation date is warned about, with the newest supported one of its language', () => {
    expect(fn({ runtime: 'python3.9' }, {})).toEqual([
      "warning lambda_config.f.runtime: runtime python3.9 is past AWS's deprecation date (2025-12-15): it gets no security patches and AWS will block creating and updating it; use python3.14",
    ]);
    expect(check({ lambda_config: { f: { runtime: 'nodejs22.x' } } }, '2027-04-30')).toEqual([
      "warning lambda_config.f.runtime: runtime nodejs22.x is past AWS's deprecation date (2027-04-30): it gets no security patches and AWS will block creating and updating it; use nodejs24.x",
    ]);
    expect(check({ lambda_config: { f: { runtime: 'nodejs22.x' } } }, '2027-04-29')).toEqual([]);
  });

  it('says nothing of a replacement when its language has none', () => {
    expect(fn({ runtime: 'go1.x', handler: 'bootstrap' })).toEqual([
      "warning lambda_config.f.runtime: runtime go1.x is past AWS's deprecation date (2024-01-08): it gets no security patches and AWS will block creating and updating it",
    ]);
  });
});

describe('handlers', () => {
  it.each(['nodejs22.x', 'python3.13', 'ruby3.4'])('%s needs "file.function"', (runtime) => {
    for (const handler of ['index.handler', 'src/app.main', 'a.b.c']) {
      expect(fn({ runtime, handler })).toEqual([]);
    }
    for (const handler of [
      'index',
      'index.',
      '.handler',
      'a..b',
      'my app.handler',
      'app.my handler',
    ]) {
      expect(fn({ runtime, handler })).toEqual([
        `error lambda_config.f.handler: handler "${handler}" must be "file.function", e.g. "index.handler" for an exported handler in index.js`,
      ]);
    }
  });

  it('java, dotnet and custom runtimes have their own forms', () => {
    expect(fn({ runtime: 'java21', handler: 'com.example.Handler::handleRequest' })).toEqual([]);
    expect(fn({ runtime: 'java21', handler: 'Handler' })).toEqual([]);
    expect(fn({ runtime: 'dotnet10', handler: 'App::App.Function::Handle' })).toEqual([]);
    expect(fn({ runtime: 'provided.al2023', handler: 'bootstrap' })).toEqual([]);
  });
});

describe('environment variables', () => {
  // Written out: the names Lambda reserves (AWS Lambda developer guide) are the behaviour.
  it.each([
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_EXECUTION_ENV',
    'AWS_LAMBDA_FUNCTION_NAME',
    'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
    'AWS_LAMBDA_FUNCTION_VERSION',
    'AWS_LAMBDA_INITIALIZATION_TYPE',
    'AWS_LAMBDA_LOG_GROUP_NAME',
    'AWS_LAMBDA_LOG_STREAM_NAME',
    'AWS_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_LAMBDA_RUNTIME_API',
    'LAMBDA_TASK_ROOT',
    'LAMBDA_RUNTIME_DIR',
  ])('%s is reserved', (name) => {
    expect(fn({ environment: { [name]: 'x', TABLE: 'y' } })).toEqual([
      `error lambda_config.f.environment.${name} (key): environment variable ${name} is reserved: Lambda sets it itself and rejects functions that define it; rename it`,
    ]);
  });

  it.each(['_HANDLER', '_X_AMZN_TRACE_ID'])(
    '%s is reserved too (the schema already refuses a leading "_"; the check holds on its own)',
    (name) => {
      const valid = contextOf({ lambda_config: { f: {} } });
      const f = valid.config.lambda_config['f']!;
      const context: SemanticContext = deepFreeze({
        ...valid,
        config: { ...valid.config, lambda_config: { f: { ...f, environment: { [name]: 'x' } } } },
      });
      expect(described(checkFunctions(context))).toEqual([
        `error lambda_config.f.environment.${name} (key): environment variable ${name} is reserved: Lambda sets it itself and rejects functions that define it; rename it`,
      ]);
    },
  );

  it('names and values together may take 4096 bytes', () => {
    expect(fn({ environment: { A: 'x'.repeat(4095) } })).toEqual([]);
    expect(fn({ environment: { A: 'x'.repeat(2000), B: 'y'.repeat(2094) } })).toEqual([]);
    expect(fn({ environment: { A: 'x'.repeat(2000), B: 'y'.repeat(2095) } })).toEqual([
      'error lambda_config.f.environment (key): environment variables take 4097 bytes (names and values together); Lambda allows 4096 (4 KB): move large values to SSM Parameter Store or the code',
    ]);
    // Bytes, not characters: "é" takes two.
    expect(fn({ environment: { A: 'é'.repeat(2048) } })).toEqual([
      expect.stringContaining('environment variables take 4097 bytes'),
    ]);
  });
});

describe('log retention and reserved concurrency', () => {
  const periods =
    '1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653';

  it('log_retention_in_days must be one of CloudWatch periods, on a function or in monitoring', () => {
    expect(
      fn({ log_retention_in_days: 14 }, { monitoring: { log_retention_in_days: 3653 } }),
    ).toEqual([]);
    expect(fn({ log_retention_in_days: 15 }, { monitoring: { log_retention_in_days: 2 } })).toEqual(
      [
        `error lambda_config.f.log_retention_in_days: log_retention_in_days must be one of CloudWatch's periods (${periods}), got 15`,
        `error monitoring.log_retention_in_days: log_retention_in_days must be one of CloudWatch's periods (${periods}), got 2`,
      ],
    );
    expect(fn({}, { monitoring: {} })).toEqual([]);
  });

  it('reserved_concurrent_executions 0 stops the function', () => {
    expect(fn({ reserved_concurrent_executions: 0 })).toEqual([
      'warning lambda_config.f.reserved_concurrent_executions: reserved_concurrent_executions 0 stops the function from running at all; use -1 for unreserved',
    ]);
    expect(fn({ reserved_concurrent_executions: 1 })).toEqual([]);
    expect(fn({ reserved_concurrent_executions: -1 })).toEqual([]);
  });
});

describe('references', () => {
  it('authorizer must name one of api_gateway_config.authorizers', () => {
    const api = { api_gateway_config: { type: 'HTTP', authorizers: { users: { type: 'IAM' } } } };
    expect(fn({ authorizer: 'users' }, api)).toEqual([]);
    expect(fn({ authorizer: 'user' }, api)).toEqual([
      'error lambda_config.f.authorizer: authorizer "user" is not defined in api_gateway_config.authorizers; did you mean "users"?',
    ]);
    expect(fn({ authorizer: 'users' })).toEqual([
      'error lambda_config.f.authorizer: authorizer "users" is not defined in api_gateway_config.authorizers',
    ]);
  });

  it('api_key_required applies to REST APIs only', () => {
    const warned = [
      'warning lambda_config.f.api_key_required (key): api_key_required applies to REST APIs only; it is ignored',
    ];
    expect(fn({ api_key_required: true }, { api_gateway_config: { type: 'HTTP' } })).toEqual(
      warned,
    );
    expect(fn({ api_key_required: true })).toEqual(warned);
    expect(fn({ api_key_required: true }, { api_gateway_config: { type: 'REST' } })).toEqual([]);
    expect(fn({ api_key_required: false })).toEqual([]);
  });

  it('access names tables of dynamodb_config and the queues, topics and buckets the stack creates', () => {
    const config = {
      dynamodb_config: { orders: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] } },
      event_source_config: {
        jobs: { type: 'SQS', function: 'f' },
        news: { type: 'SNS', function: 'f' },
        uploads: { type: 'S3', function: 'f' },
      },
    };
    expect(
      fn(
        {
          access: {
            dynamodb: { orders: 'read' },
            sqs: { jobs: 'write' },
            sns: { news: 'write' },
            s3: { uploads: 'read_write' },
          },
        },
        config,
      ),
    ).toEqual([]);
    expect(
      fn(
        {
          access: {
            dynamodb: { order: 'read' },
            sqs: { job: 'write' },
            sns: { new: 'write' },
            s3: { upload: 'read' },
          },
        },
        config,
      ),
    ).toEqual([
      'error lambda_config.f.access.dynamodb.order (key): access.dynamodb names "order", which is not a key of dynamodb_config; did you mean "orders"?',
      'error lambda_config.f.access.sqs.job (key): access.sqs names "job", which is not a queue the stack creates (an SQS event source); did you mean "jobs"?',
      'error lambda_config.f.access.sns.new (key): access.sns names "new", which is not a topic the stack creates (an SNS event source); did you mean "news"?',
      'error lambda_config.f.access.s3.upload (key): access.s3 names "upload", which is not a bucket the stack creates (an S3 event source); did you mean "uploads"?',
    ]);
  });

  it('an existing queue named by ARN is not one the stack creates', () => {
    expect(
      fn(
        { access: { sqs: { jobs: 'read' } } },
        {
          event_source_config: {
            jobs: { type: 'SQS', function: 'f', source: 'arn:aws:sqs:us-east-1:123456789012:jobs' },
          },
        },
      ),
    ).toEqual([
      'error lambda_config.f.access.sqs.jobs (key): access.sqs names "jobs", which is not a queue the stack creates (an SQS event source)',
    ]);
  });
});
