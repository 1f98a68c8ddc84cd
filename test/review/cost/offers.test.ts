// The refresh script's parsing, on small offer files recorded in the Price List bulk API's shape.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildPriceBook,
  offerUrl,
  stripRegionPrefix,
  type OfferFile,
} from '../../../src/review/cost/offers';
import { bundledPrices, type PriceBook } from '../../../src/review/cost/prices';
import { refreshPrices } from '../../../scripts/refresh-prices';

const offersDir = join(__dirname, '../../fixtures/review/offers');
const offer = (code: string, region: string) =>
  JSON.parse(
    readFileSync(join(offersDir, code, 'current', region, 'index.json'), 'utf8'),
  ) as OfferFile;
const { book: previous } = bundledPrices('us-east-1');

describe('buildPriceBook', () => {
  it('converts per-unit offer prices to our per-1M tiers, with the offer URL and date', () => {
    const { book } = buildPriceBook(
      [offer('AWSLambda', 'us-east-1')],
      'us-east-1',
      previous,
      '2026-11-28',
    );
    // $0.0000002 per request x 1,000,000 = $0.20 per 1M
    expect(book.prices['lambda.requests']).toMatchObject({
      per: 1_000_000,
      tiers: [{ upTo: null, usd: 0.2 }],
      source: offerUrl('AWSLambda', 'us-east-1'),
      date: '2026-11-28',
    });
    expect(book.prices['lambda.duration.arm64']!.tiers).toEqual([
      { upTo: 7.5e9, usd: 0.0000133334 },
      { upTo: 18.75e9, usd: 0.0000120001 },
      { upTo: null, usd: 0.0000106667 },
    ]);
  });

  it('reads region-prefixed usage types and picks products by attribute', () => {
    const { book, missing } = buildPriceBook(
      [offer('AmazonDynamoDB', 'eu-west-1'), offer('AWSQueueService', 'eu-west-1')],
      'eu-west-1',
      previous,
      '2026-11-28',
    );
    // $0.0000001413 per RRU x 1M = $0.1413 per 1M
    expect(book.prices['dynamodb.on-demand.read']!.tiers).toEqual([{ upTo: null, usd: 0.1413 }]);
    expect(book.prices['dynamodb.storage']!.tiers).toEqual([{ upTo: null, usd: 0.283 }]);
    expect(book.prices['sqs.fifo.requests']!.tiers).toEqual([{ upTo: null, usd: 0.5 }]);
    expect(book.prices['sqs.standard.requests']!.tiers).toHaveLength(3);
    // Keys without an offer keep the previous price and are reported.
    expect(book.prices['lambda.requests']).toEqual(previous.prices['lambda.requests']);
    expect(missing).toContain('lambda.requests');
    expect(missing).not.toContain('dynamodb.on-demand.read');
  });

  it('strips region prefixes only', () => {
    expect(stripRegionPrefix('EUW1-Request')).toBe('Request');
    expect(stripRegionPrefix('USE2-Lambda-GB-Second')).toBe('Lambda-GB-Second');
    expect(stripRegionPrefix('Lambda-GB-Second')).toBe('Lambda-GB-Second');
  });
});

describe('scripts/refresh-prices.ts', () => {
  it('writes a price file from a directory of offer files (no network)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'prices-'));
    try {
      const { file, missing } = await refreshPrices({
        region: 'eu-west-1',
        offersDir,
        outDir: out,
        date: '2026-11-28',
      });
      const written = JSON.parse(readFileSync(file, 'utf8')) as PriceBook;
      expect(written.region).toBe('eu-west-1');
      expect(written.prices['dynamodb.on-demand.write']!.tiers[0]!.usd).toBeCloseTo(0.7063, 10);
      expect(missing).toContain('xray.traces');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
