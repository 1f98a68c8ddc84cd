// AWS Lambda and X-Ray lines as the PR comment lists them; figures by hand from
// src/review/cost/prices/us-east-1.json.
import { sampledTraces } from '../../../src/review/cost/lambda';
import { bare, lines, made } from './templates';

const fn = (key: string, properties: Record<string, unknown> = {}) =>
  made('function', key, 'AWS::Lambda::Function', properties);
const lambda = (items: ReturnType<typeof lines>) =>
  items.filter((i) => i.service === 'AWS Lambda' || i.service === 'AWS X-Ray');
const priced = (items: ReturnType<typeof lines>) =>
  lambda(items).map((i) => [i.description, i.monthlyUsd]);

describe('Lambda requests and duration', () => {
  it('prices requests and x86 GB-seconds from memory, requests and duration', () => {
    const items = lines(
      { Api: fn('api', { MemorySize: 512, Architectures: ['x86_64'] }) },
      { lambda: { api: { monthly_requests: 2_000_000, request_duration_ms: 100 } } },
    );
    const common = { resource: 'api', logicalId: 'Api', service: 'AWS Lambda', usageBased: true };
    expect(lambda(items)).toEqual([
      {
        ...common,
        unitPrice: '$0.20 per 1M requests',
        // 2M x $0.20 / 1M
        description: 'Lambda requests: 2M requests x $0.20 per 1M requests',
        monthlyUsd: expect.closeTo(0.4, 9),
      },
      {
        ...common,
        unitPrice: '$0.0000166667 per GB-second (first tier)',
        // 2,000,000 x 0.1 s x 0.5 GB = 100,000 GB-s x $0.0000166667
        description:
          'Lambda duration (x86_64): 100,000 GB-seconds (2M x 100 ms x 0.5 GB) x $0.0000166667 per GB-second (first tier)',
        monthlyUsd: expect.closeTo(1.66667, 9),
      },
    ]);
  });

  it('prices arm64 at its own rate; memory defaults to 128 MB', () => {
    const items = lines(
      { Worker: fn('worker', { Architectures: ['arm64'] }) },
      { lambda: { worker: { monthly_requests: 1_000_000, request_duration_ms: 200 } } },
    );
    expect(priced(items)).toEqual([
      ['Lambda requests: 1M requests x $0.20 per 1M requests', expect.closeTo(0.2, 9)],
      // 1,000,000 x 0.2 s x 0.125 GB = 25,000 GB-s x $0.0000133334
      [
        'Lambda duration (arm64): 25,000 GB-seconds (1M x 200 ms x 0.125 GB) x $0.0000133334 per GB-second (first tier)',
        expect.closeTo(0.333335, 9),
      ],
    ]);
  });

  it('names the setting still missing: requests first, then duration', () => {
    const items = lines(
      {
        Idle: fn('idle'),
        Half: fn('half'),
        Timed: fn('timed'),
      },
      {
        lambda: {
          half: { monthly_requests: 1_000_000 },
          timed: { request_duration_ms: 50 },
        },
      },
    );
    expect(lambda(items).map((i) => [i.resource, i.description, i.monthlyUsd])).toEqual([
      [
        'idle',
        'Lambda requests: usage unknown; set usage.lambda.idle.monthly_requests for an estimate',
        null,
      ],
      [
        'idle',
        'Lambda duration (x86_64): usage unknown; set usage.lambda.idle.monthly_requests for an estimate',
        null,
      ],
      ['half', 'Lambda requests: 1M requests x $0.20 per 1M requests', expect.closeTo(0.2, 9)],
      [
        'half',
        'Lambda duration (x86_64): usage unknown; set usage.lambda.half.request_duration_ms for an estimate',
        null,
      ],
      [
        'timed',
        'Lambda requests: usage unknown; set usage.lambda.timed.monthly_requests for an estimate',
        null,
      ],
      [
        'timed',
        'Lambda duration (x86_64): usage unknown; set usage.lambda.timed.monthly_requests for an estimate',
        null,
      ],
    ]);
  });

  it("leaves CDK's own functions out; without origins, files a function under its logical id", () => {
    expect(
      lambda(lines({ Api: fn('api'), LogRetention: bare('AWS::Lambda::Function') })).map(
        (i) => i.logicalId,
      ),
    ).toEqual(['Api', 'Api']);
    const items = lines(
      { Handler: bare('AWS::Lambda::Function') },
      { lambda: { Handler: { monthly_requests: 5_000_000 } } },
    );
    expect(lambda(items).map((i) => [i.resource, i.monthlyUsd])).toEqual([
      // 5M x $0.20 / 1M
      ['Handler', expect.closeTo(1, 9)],
      ['Handler', null],
    ]);
  });
});

describe('Lambda provisioned concurrency', () => {
  it('adds up environments from aliases and versions, and bills duration at the lower rate', () => {
    const pc = (count: number | undefined) =>
      count === undefined
        ? {}
        : { ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: count } };
    const items = lines(
      {
        Worker: fn('worker', { Architectures: ['arm64'] }),
        WorkerVersion: bare('AWS::Lambda::Version', { FunctionName: { Ref: 'Worker' } }),
        // 2 on an alias of the function, 1 on a published version, 1 on an alias naming the
        // version: 4 environments. An alias with 0 or none adds nothing.
        Live: bare('AWS::Lambda::Alias', { FunctionName: { Ref: 'Worker' }, ...pc(2) }),
        Pinned: bare('AWS::Lambda::Version', { FunctionName: { Ref: 'Worker' }, ...pc(1) }),
        Canary: bare('AWS::Lambda::Alias', {
          FunctionName: { 'Fn::GetAtt': ['WorkerVersion', 'Version'] },
          ...pc(1),
        }),
        Zero: bare('AWS::Lambda::Alias', { FunctionName: { Ref: 'Worker' }, ...pc(0) }),
        Plain: bare('AWS::Lambda::Alias', { FunctionName: { Ref: 'Worker' } }),
      },
      { lambda: { worker: { monthly_requests: 1_000_000, request_duration_ms: 200 } } },
    );
    expect(lambda(items)).toEqual([
      expect.objectContaining({
        description: 'Lambda requests: 1M requests x $0.20 per 1M requests',
      }),
      {
        resource: 'worker',
        logicalId: 'Worker',
        service: 'AWS Lambda',
        usageBased: true,
        unitPrice: '$0.0000077778 per GB-second',
        // 25,000 GB-s x $0.0000077778
        description:
          'Lambda duration on provisioned concurrency (arm64): 25,000 GB-seconds (1M x 200 ms x 0.125 GB) x $0.0000077778 per GB-second',
        monthlyUsd: expect.closeTo(0.194445, 9),
      },
      {
        resource: 'worker',
        logicalId: 'Worker',
        service: 'AWS Lambda',
        usageBased: false,
        unitPrice: '$0.0000033334 per GB-second',
        // 4 x 0.125 GB x 2,628,000 s = 1,314,000 GB-s x $0.0000033334
        description:
          'Lambda provisioned concurrency (arm64): 1,314,000 GB-seconds (4 environments x 0.125 GB x 730 h) x $0.0000033334 per GB-second',
        monthlyUsd: expect.closeTo(4.3800876, 9),
      },
    ]);
  });

  it('prices x86 provisioned environments, billed whether or not usage is given', () => {
    const items = lines({
      Api: fn('api', { MemorySize: 512 }),
      ApiVersion: bare('AWS::Lambda::Version', {
        FunctionName: { Ref: 'Api' },
        ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: '1' },
      }),
    });
    expect(priced(items)).toEqual([
      [
        'Lambda requests: usage unknown; set usage.lambda.api.monthly_requests for an estimate',
        null,
      ],
      [
        'Lambda duration on provisioned concurrency (x86_64): usage unknown; set usage.lambda.api.monthly_requests for an estimate',
        null,
      ],
      // 1 x 0.5 GB x 2,628,000 s = 1,314,000 GB-s x $0.0000041667
      [
        'Lambda provisioned concurrency (x86_64): 1,314,000 GB-seconds (1 environment x 0.5 GB x 730 h) x $0.0000041667 per GB-second',
        expect.closeTo(5.4750438, 9),
      ],
    ]);
  });
});

describe('X-Ray traces of active tracing', () => {
  it('prices the traces default sampling records', () => {
    const items = lines(
      {
        Api: fn('api', { TracingConfig: { Mode: 'Active' } }),
        Busy: fn('busy', { TracingConfig: { Mode: 'Active' } }),
        Quiet: fn('quiet', { TracingConfig: { Mode: 'Active' } }),
        Passing: fn('passing', { TracingConfig: { Mode: 'PassThrough' } }),
      },
      {
        lambda: {
          api: { monthly_requests: 2_000_000 },
          busy: { monthly_requests: 10_000_000 },
          passing: { monthly_requests: 1_000_000 },
        },
      },
    );
    const xray = items.filter((i) => i.service === 'AWS X-Ray');
    expect(xray).toEqual([
      {
        resource: 'api',
        logicalId: 'Api',
        service: 'AWS X-Ray',
        usageBased: true,
        unitPrice: '$5.00 per 1M traces',
        // 2M requests, under one a second: all sampled; 2M x $5 / 1M
        description:
          'X-Ray traces recorded: 2M traces (default sampling: 1/s + 5 % of the rest) x $5.00 per 1M traces',
        monthlyUsd: expect.closeTo(10, 9),
      },
      expect.objectContaining({
        resource: 'busy',
        // 2,628,000 + 5 % x 7,372,000 = 2,996,600 x $5 / 1M
        description:
          'X-Ray traces recorded: 2,996,600 traces (default sampling: 1/s + 5 % of the rest) x $5.00 per 1M traces',
        monthlyUsd: expect.closeTo(14.983, 9),
      }),
      expect.objectContaining({
        resource: 'quiet',
        description:
          'X-Ray traces recorded: usage unknown; set usage.lambda.quiet.monthly_requests for an estimate',
        monthlyUsd: null,
      }),
    ]);
  });

  it('samples every request up to one a second', () => {
    // 2,628,000 s in a 730 h month
    expect(sampledTraces(2_628_000)).toBe(2_628_000);
    expect(sampledTraces(1000)).toBe(1000);
    expect(sampledTraces(0)).toBe(0);
  });
});
