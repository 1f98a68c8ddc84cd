// The refresh script's parsing, on small offer files recorded in the Price List bulk API's shape.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OFFER_CODES,
  buildPriceBook,
  offerUrl,
  stripRegionPrefix,
  type OfferFile,
} from '../../../src/review/cost/offers';
import { bundledPrices, type PriceBook } from '../../../src/review/cost/prices';
import { refreshPrices } from '../../../scripts/refresh-prices';
import { deepFreeze } from '../../support/deep-freeze';

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
    expect(stripRegionPrefix('APN1-ApiGatewayCacheUsage')).toBe('ApiGatewayCacheUsage');
    // eu-west-1 is the one region whose code has no digit.
    expect(stripRegionPrefix('EU-Requests-Tier1')).toBe('Requests-Tier1');
    // KMS prefixes the region's name.
    expect(stripRegionPrefix('us-east-1-KMS-Keys')).toBe('KMS-Keys');
    expect(stripRegionPrefix('ap-southeast-2-KMS-Keys')).toBe('KMS-Keys');
    expect(stripRegionPrefix('us-gov-west-1-KMS-Keys')).toBe('KMS-Keys');
    // Capitals that belong to the product are no region code.
    expect(stripRegionPrefix('KMS-Keys')).toBe('KMS-Keys');
    expect(stripRegionPrefix('Lambda-GB-Second')).toBe('Lambda-GB-Second');
    expect(stripRegionPrefix('CW:AlarmMonitorUsage')).toBe('CW:AlarmMonitorUsage');
    // Only a prefix, once.
    expect(stripRegionPrefix('Requests-EUW1-Tier1')).toBe('Requests-EUW1-Tier1');
    expect(stripRegionPrefix('EUW1-USE2-Request')).toBe('USE2-Request');
  });
});

describe('buildPriceBook: the product behind each price', () => {
  // Written out from the Price List files, not read from MATCHERS, so a wrong offer code,
  // usage type or attribute there fails here: [price key, offer code, usage type, attributes].
  const SOURCES: readonly (readonly [string, string, string, Record<string, string>?])[] = [
    ['lambda.requests', 'AWSLambda', 'Request'],
    ['lambda.duration.x86_64', 'AWSLambda', 'Lambda-GB-Second'],
    ['lambda.duration.arm64', 'AWSLambda', 'Lambda-GB-Second-ARM'],
    ['lambda.provisioned.x86_64', 'AWSLambda', 'Lambda-Provisioned-Concurrency'],
    ['lambda.provisioned.arm64', 'AWSLambda', 'Lambda-Provisioned-Concurrency-ARM'],
    ['lambda.provisioned-duration.x86_64', 'AWSLambda', 'Lambda-Provisioned-GB-Second'],
    ['lambda.provisioned-duration.arm64', 'AWSLambda', 'Lambda-Provisioned-GB-Second-ARM'],
    ['apigateway.http.requests', 'AmazonApiGateway', 'ApiGatewayHttpRequest'],
    ['apigateway.rest.requests', 'AmazonApiGateway', 'ApiGatewayRequest'],
    ['apigateway.websocket.messages', 'AmazonApiGateway', 'ApiGatewayMessage'],
    ['apigateway.websocket.connection-minutes', 'AmazonApiGateway', 'ApiGatewayMinute'],
    // Cache sizes share one usage type; listed largest first so each is found past the others.
    ...['237', '118', '58.2', '28.4', '13.5', '6.1', '1.6', '0.5'].map(
      (size) =>
        [
          `apigateway.rest.cache.${size}`,
          'AmazonApiGateway',
          'ApiGatewayCacheUsage',
          { cacheMemorySizeGb: size },
        ] as const,
    ),
    ['dynamodb.on-demand.read', 'AmazonDynamoDB', 'ReadRequestUnits'],
    ['dynamodb.on-demand.write', 'AmazonDynamoDB', 'WriteRequestUnits'],
    ['dynamodb.provisioned.read', 'AmazonDynamoDB', 'ReadCapacityUnit-Hrs'],
    ['dynamodb.provisioned.write', 'AmazonDynamoDB', 'WriteCapacityUnit-Hrs'],
    ['dynamodb.storage', 'AmazonDynamoDB', 'TimedStorage-ByteHrs'],
    ['dynamodb.pitr', 'AmazonDynamoDB', 'TimedPITRStorage-ByteHrs'],
    ['dynamodb.streams.read', 'AmazonDynamoDB', 'Streams-Requests'],
    [
      'sqs.fifo.requests',
      'AWSQueueService',
      'Requests-FIFO-Tier1',
      { queueType: 'FIFO (first-in, first-out)' },
    ],
    ['sqs.standard.requests', 'AWSQueueService', 'Requests-Tier1', { queueType: 'Standard' }],
    ['sns.requests', 'AmazonSNS', 'Requests-Tier1'],
    ['eventbridge.custom-events', 'AWSEvents', 'Event-64K-Chunks'],
    ['logs.ingestion', 'AmazonCloudWatch', 'DataProcessing-Bytes'],
    ['logs.storage', 'AmazonCloudWatch', 'TimedStorage-ByteHrs'],
    ['cloudwatch.alarm', 'AmazonCloudWatch', 'CW:AlarmMonitorUsage'],
    ['xray.traces', 'AWSXRay', 'XRay-TracesStored'],
    ['kms.key', 'awskms', 'KMS-Keys'],
    ['kinesis.shard-hours', 'AmazonKinesis', 'Storage-ShardHour'],
    ['s3.storage', 'AmazonS3', 'TimedStorage-ByteHrs', { volumeType: 'Standard' }],
    ['s3.requests', 'AmazonS3', 'Requests-Tier2'],
  ];
  /** A distinct per-unit price for each key, so a product picked for the wrong key shows. */
  const unitUsd = (index: number) => (index + 1) / 10_000;

  type Product = OfferFile['products'][string];
  type Terms = NonNullable<OfferFile['terms']['OnDemand']>[string];
  const onDemand = (usd: Record<string, string>): Terms => ({
    term: { priceDimensions: { dim: { pricePerUnit: usd } } },
  });

  /** Offer files holding every source's product, behind products that must not be picked. */
  function offerFiles(prefix: (region: string, offer: string) => string): OfferFile[] {
    const files = new Map<
      string,
      { products: Record<string, Product>; terms: Record<string, Terms> }
    >();
    const file = (code: string) => {
      let f = files.get(code);
      if (!f) {
        // A product without attributes, and one of the same usage type whose terms are missing
        // or priced in another currency, come first in every file.
        f = { products: { bare: { sku: 'bare' } }, terms: {} };
        files.set(code, f);
      }
      return f;
    };
    SOURCES.forEach(([key, code, usageType, attributes], index) => {
      const f = file(code);
      const usagetype = `${prefix('eu-west-2', code)}${usageType}`;
      f.products[`${key}-unpriced`] = {
        sku: `${key}-unpriced`,
        attributes: { usagetype, ...attributes },
      };
      f.products[`${key}-cny`] = { sku: `${key}-cny`, attributes: { usagetype, ...attributes } };
      f.terms[`${key}-cny`] = onDemand({ CNY: '7' });
      if (attributes) {
        // Same usage type, another attribute value (or none): another product.
        const other = Object.fromEntries(Object.keys(attributes).map((k) => [k, 'Other']));
        f.products[`${key}-other`] = { sku: `${key}-other`, attributes: { usagetype, ...other } };
        f.terms[`${key}-other`] = onDemand({ USD: '999' });
        f.products[`${key}-none`] = { sku: `${key}-none`, attributes: { usagetype } };
        f.terms[`${key}-none`] = onDemand({ USD: '999' });
      }
      f.products[key] = { sku: key, attributes: { usagetype, ...attributes } };
      f.terms[key] = onDemand({ USD: String(unitUsd(index)) });
    });
    return [...files].map(([offerCode, f]) =>
      deepFreeze({ offerCode, products: f.products, terms: { OnDemand: f.terms } }),
    );
  }

  const regional = (region: string, offer: string) => (offer === 'awskms' ? `${region}-` : 'EUW2-');

  it("reads every price key from its own product, at the price book's unit", () => {
    const frozen = deepFreeze(previous);
    const { book, missing } = buildPriceBook(
      offerFiles(regional),
      'eu-west-2',
      frozen,
      '2026-12-01',
    );
    expect(missing).toEqual([]);
    expect(book.region).toBe('eu-west-2');
    expect(book.currency).toBe('USD');
    expect(book.date).toBe('2026-12-01');
    expect(Object.keys(book.prices).sort()).toEqual(SOURCES.map(([key]) => key).sort());
    SOURCES.forEach(([key, code], index) => {
      const old = previous.prices[key]!;
      expect([key, book.prices[key]]).toEqual([
        key,
        {
          ...old,
          tiers: [{ upTo: null, usd: expect.closeTo(unitUsd(index) * old.per, 6) }],
          source: `https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/${code}/current/eu-west-2/index.json`,
          date: '2026-12-01',
        },
      ]);
    });
  });

  it('reads us-east-1 usage types, which have no region code', () => {
    const files = offerFiles((_region, offer) => (offer === 'awskms' ? 'us-east-1-' : ''));
    const { book, missing } = buildPriceBook(files, 'us-east-1', previous, '2026-12-01');
    expect(missing).toEqual([]);
    expect(book.prices['kms.key']!.tiers).toEqual([
      { upTo: null, usd: expect.closeTo(unitUsd(SOURCES.findIndex(([k]) => k === 'kms.key')), 10) },
    ]);
  });

  it('downloads each offer file the sources name, once', () => {
    expect([...OFFER_CODES].sort()).toEqual([...new Set(SOURCES.map(([, code]) => code))].sort());
    expect(offerUrl('AWSLambda', 'eu-west-2')).toBe(
      'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/current/eu-west-2/index.json',
    );
  });

  it('keeps the previous price of a key whose offer has no on-demand terms, and reports it', () => {
    const xray: OfferFile = deepFreeze({
      offerCode: 'AWSXRay',
      products: { t: { sku: 't', attributes: { usagetype: 'XRay-TracesStored' } } },
      terms: {},
    });
    const { book, missing } = buildPriceBook([xray], 'us-east-1', previous, '2026-12-01');
    expect(book.prices['xray.traces']).toEqual(previous.prices['xray.traces']);
    expect(missing).toContain('xray.traces');
  });

  it('reports a key the previous book lacks, having no description or unit to give it', () => {
    const prices = Object.fromEntries(
      Object.entries(previous.prices).filter(([key]) => key !== 'kms.key'),
    );
    const partial: PriceBook = deepFreeze({ ...previous, prices });
    const { book, missing } = buildPriceBook(
      offerFiles(regional),
      'eu-west-2',
      partial,
      '2026-12-01',
    );
    expect(missing).toEqual(['kms.key']);
    expect(book.prices).not.toHaveProperty(['kms.key']);
  });

  it('orders tiers by where they begin; an open end is "and above"', () => {
    const dimension = (
      beginRange: string | undefined,
      endRange: string | undefined,
      usd: string,
    ) => ({
      ...(beginRange !== undefined && { beginRange }),
      ...(endRange !== undefined && { endRange }),
      pricePerUnit: { USD: usd },
    });
    const lambda: OfferFile = deepFreeze({
      offerCode: 'AWSLambda',
      products: {
        x86: { sku: 'x86', attributes: { usagetype: 'Lambda-GB-Second' } },
        arm: { sku: 'arm', attributes: { usagetype: 'Lambda-GB-Second-ARM' } },
      },
      terms: {
        OnDemand: {
          // Listed out of order, the first without a begin, the last ending at "Inf".
          x86: {
            term: {
              priceDimensions: {
                b: dimension('6000000000', '15000000000', '0.000015'),
                c: dimension('15000000000', 'Inf', '0.0000133334'),
                a: dimension(undefined, '6000000000', '0.0000166667'),
              },
            },
          },
          // The last without an end.
          arm: {
            term: {
              priceDimensions: {
                b: dimension('7500000000', undefined, '0.0000120001'),
                a: dimension('0', '7500000000', '0.0000133334'),
              },
            },
          },
        },
      },
    });
    const { book } = buildPriceBook([lambda], 'us-east-1', previous, '2026-12-01');
    expect(book.prices['lambda.duration.x86_64']!.tiers).toEqual([
      { upTo: 6e9, usd: 0.0000166667 },
      { upTo: 15e9, usd: 0.000015 },
      { upTo: null, usd: 0.0000133334 },
    ]);
    expect(book.prices['lambda.duration.arm64']!.tiers).toEqual([
      { upTo: 7.5e9, usd: 0.0000133334 },
      { upTo: null, usd: 0.0000120001 },
    ]);
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
