// One priced line: the quantity and derivation in words, or the unit price and the usage
// setting to add, never a silent $0; usage keys and CDK's own resources.
import {
  HOURS_PER_MONTH,
  SECONDS_PER_MONTH,
  isToolingResource,
  priceCharge,
  usageKey,
  type CostContext,
} from '../../../src/review/cost/charge';
import { bundledPrices } from '../../../src/review/cost/prices';

const { book } = bundledPrices('us-east-1');

describe('priceCharge', () => {
  const base = {
    resource: 'api',
    service: 'AWS Lambda',
    priceKey: 'lambda.requests',
    usageBased: true,
  };

  it('prices a quantity, naming it, its derivation and the unit price', () => {
    expect(
      priceCharge(book, {
        ...base,
        logicalId: 'ApiFn',
        quantity: 2_500_000.004,
        derivation: '2.5M invocations',
      }),
    ).toEqual({
      resource: 'api',
      logicalId: 'ApiFn',
      service: 'AWS Lambda',
      usageBased: true,
      unitPrice: '$0.20 per 1M requests',
      description: 'Lambda requests: 2,500,000 requests (2.5M invocations) x $0.20 per 1M requests',
      // 2.5M / 1M x $0.20
      monthlyUsd: expect.closeTo(0.5, 6),
    });
  });

  it('says "1 request", not "1 requests", and leaves out a missing derivation and logical id', () => {
    const item = priceCharge(book, { ...base, quantity: 1 });
    expect(item.description).toBe('Lambda requests: 1 request x $0.20 per 1M requests');
    expect(item).not.toHaveProperty('logicalId');
  });

  it('without a quantity: the unit price, no figure, and the usage setting to add', () => {
    expect(
      priceCharge(book, {
        ...base,
        quantity: undefined,
        usageHint: 'usage.lambda.api.monthly_requests',
      }),
    ).toMatchObject({
      monthlyUsd: null,
      unitPrice: '$0.20 per 1M requests',
      description:
        'Lambda requests: usage unknown; set usage.lambda.api.monthly_requests for an estimate',
    });
    expect(priceCharge(book, { ...base, quantity: undefined }).description).toBe(
      'Lambda requests: usage unknown',
    );
  });
});

describe('usage keys and tooling resources', () => {
  const context = (origins: CostContext['origins']): CostContext => ({ book, usage: {}, origins });
  const origin = { kind: 'function', key: 'api', path: 'lambda_config.api' } as const;

  it("files usage under the origin's key, else the logical id", () => {
    expect(usageKey(context({ ApiFn: origin }), 'ApiFn')).toEqual({ key: 'api', origin });
    expect(usageKey(context({ ApiFn: origin }), 'Other')).toEqual({ key: 'Other' });
  });

  it('a resource without an origin is CDK tooling only when the template records origins', () => {
    expect(isToolingResource(context({ ApiFn: origin }), 'LogRetentionFn')).toBe(true);
    expect(isToolingResource(context({ ApiFn: origin }), 'ApiFn')).toBe(false);
    expect(isToolingResource(context({}), 'LogRetentionFn')).toBe(false);
  });

  it('counts a month as 730 hours', () => {
    expect(HOURS_PER_MONTH).toBe(730);
    expect(SECONDS_PER_MONTH).toBe(2_628_000);
  });
});
