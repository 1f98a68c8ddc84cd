import fc from 'fast-check';
import {
  PRICE_KEYS,
  REST_CACHE_SIZES,
  bundledPrices,
  formatCount,
  formatRate,
  formatUnitPrice,
  priceOf,
  tieredCost,
} from '../../../src/review/cost/prices';
import { costDelta, formatCostDelta } from '../../../src/review/cost/delta';
import { sampledTraces } from '../../../src/review/cost/lambda';
import { estimateCost } from '../../../src/review/cost';
import { bare, template } from './templates';

const { book } = bundledPrices('us-east-1');

describe('tieredCost', () => {
  it('splits Lambda x86 duration across tiers', () => {
    // 10B GB-s: 6B x $0.0000166667 = $100,000.20, then 4B x $0.000015 = $60,000 -> $160,000.20
    expect(tieredCost(priceOf(book, 'lambda.duration.x86_64'), 10e9)).toBeCloseTo(160000.2, 4);
  });

  it('splits HTTP API requests across tiers', () => {
    // 400M: 300M x $1.00/1M = $300, then 100M x $0.90/1M = $90 -> $390
    expect(tieredCost(priceOf(book, 'apigateway.http.requests'), 400e6)).toBeCloseTo(390, 6);
  });

  it('runs through every tier of x86 duration', () => {
    // 20B GB-s: 6B x $0.0000166667 = $100,000.20, 9B x $0.000015 = $135,000,
    // 5B x $0.0000133334 = $66,667 -> $301,667.20
    expect(tieredCost(priceOf(book, 'lambda.duration.x86_64'), 20e9)).toBeCloseTo(301667.2, 4);
  });

  it('fills each tier up to its bound, then the next', () => {
    const price = {
      ...priceOf(book, 'kms.key'),
      per: 1,
      tiers: [
        { upTo: 10, usd: 1 },
        { upTo: 20, usd: 0.5 },
        { upTo: null, usd: 0.1 },
      ],
    };
    expect(tieredCost(price, 10)).toBeCloseTo(10, 9);
    // 10 x $1 + 5 x $0.50
    expect(tieredCost(price, 15)).toBeCloseTo(12.5, 9);
    // 10 x $1 + 10 x $0.50 + 5 x $0.10
    expect(tieredCost(price, 25)).toBeCloseTo(15.5, 9);
  });

  it('charges nothing for nothing', () => {
    expect(tieredCost(priceOf(book, 'sqs.standard.requests'), 0)).toBe(0);
  });
});

describe('price data', () => {
  it('holds every key the model reads', () => {
    const keys = [...PRICE_KEYS, ...REST_CACHE_SIZES.map((s) => `apigateway.rest.cache.${s}`)];
    expect(keys.filter((k) => book.prices[k] === undefined)).toEqual([]);
  });

  it('formats unit prices people can read', () => {
    expect(formatUnitPrice(priceOf(book, 'lambda.requests'))).toBe('$0.20 per 1M requests');
    expect(formatUnitPrice(priceOf(book, 'dynamodb.storage'))).toBe('$0.25 per GB-month');
    expect(formatUnitPrice(priceOf(book, 'lambda.duration.arm64'))).toBe(
      '$0.0000133334 per GB-second (first tier)',
    );
  });

  it('formats a price without tiers as unknown rather than $0', () => {
    expect(formatUnitPrice({ ...priceOf(book, 'lambda.requests'), tiers: [] })).toBe(
      '$? per 1M requests',
    );
  });

  it('formats counts: whole millions and billions short, else grouped with 2 decimals', () => {
    expect(formatCount(1e9)).toBe('1B');
    expect(formatCount(3e9)).toBe('3B');
    expect(formatCount(2.5e9)).toBe('2500M');
    expect(formatCount(2e6)).toBe('2M');
    expect(formatCount(1.5e6)).toBe('1,500,000');
    expect(formatCount(5_256_000)).toBe('5,256,000');
    expect(formatCount(1234.567)).toBe('1,234.57');
    expect(formatCount(730)).toBe('730');
  });

  it('formats rates: cents above $1, three places above a cent, else 6 significant digits', () => {
    expect(formatRate(3.5)).toBe('$3.50');
    expect(formatRate(2.375)).toBe('$2.38');
    expect(formatRate(1)).toBe('$1.00');
    expect(formatRate(0.125)).toBe('$0.125');
    expect(formatRate(0.1)).toBe('$0.10');
    expect(formatRate(0.03)).toBe('$0.03');
    expect(formatRate(0.01)).toBe('$0.01');
    expect(formatRate(0.0004)).toBe('$0.0004');
    expect(formatRate(0.0000166667)).toBe('$0.0000166667');
    expect(formatRate(0.00001234567)).toBe('$0.0000123457');
  });

  it('names the file to fix when a key is missing', () => {
    expect(() => priceOf(book, 'nope')).toThrow(/src\/review\/cost\/prices\/us-east-1\.json/);
  });
});

describe('bundledPrices', () => {
  it("gives a bundled region's book without a warning", () => {
    const bundled = bundledPrices('us-east-1');
    expect(bundled.book.region).toBe('us-east-1');
    expect(bundled.warnings).toEqual([]);
  });
});

describe('sampledTraces', () => {
  it('samples 1 request per second then 5 % of the rest', () => {
    // 10M requests: 2,628,000 reservoir + 5 % x 7,372,000 = 2,628,000 + 368,600 = 2,996,600
    expect(sampledTraces(10_000_000)).toBeCloseTo(2_996_600, 6);
  });
});

describe('costDelta', () => {
  it('formats an increase with its percentage', () => {
    // 52.40 - 40.00 = 12.40; 12.40 / 40 = 31 %
    expect(formatCostDelta(costDelta(52.4, 40))).toBe('+$12.40 / month, +31 %');
  });

  it('formats a decrease', () => {
    expect(formatCostDelta(costDelta(8, 10))).toBe('-$2.00 / month, -20 %');
  });

  it('has no percentage against nothing deployed', () => {
    const d = costDelta(5, undefined);
    expect(d.deltaPercent).toBeNull();
    expect(formatCostDelta(d)).toBe('+$5.00 / month (new)');
  });

  it("compares two estimates' totals", () => {
    const keys = (n: number) =>
      estimateCost(
        template(
          Object.fromEntries(
            Array.from({ length: n }, (_, i) => [`Key${i}`, bare('AWS::KMS::Key')]),
          ),
        ),
        undefined,
        book,
        'us-east-1',
      );
    // 1 key ($1.00) planned against 2 deployed ($2.00): -$1.00, -50 %
    expect(costDelta(keys(1), keys(2))).toEqual({
      currentUsd: 1,
      deployedUsd: 2,
      deltaUsd: -1,
      deltaPercent: -50,
    });
  });

  it('says no change when equal', () => {
    expect(formatCostDelta(costDelta(3, 3))).toBe('no change ($3.00 / month)');
  });
});

describe('tieredCost properties', () => {
  const tiered = ['lambda.duration.x86_64', 'apigateway.rest.requests', 'sqs.standard.requests'];

  it('never decreases as quantity grows and never exceeds the first-tier rate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...tiered),
        fc.double({ min: 0, max: 5e10, noNaN: true }),
        fc.double({ min: 0, max: 5e10, noNaN: true }),
        (key, a, b) => {
          const price = priceOf(book, key);
          const [low, high] = a <= b ? [a, b] : [b, a];
          const first = price.tiers[0]!.usd / price.per;
          expect(tieredCost(price, low)).toBeLessThanOrEqual(tieredCost(price, high) + 1e-9);
          expect(tieredCost(price, high)).toBeLessThanOrEqual(high * first * (1 + 1e-12) + 1e-9);
        },
      ),
    );
  });
});
