// Turns AWS Price List bulk offer files (pricing.us-east-1.amazonaws.com/offers/v1.0/aws/
// <offer>/current/<region>/index.json) into our price book. Pure; scripts/refresh-prices.ts
// does the downloading. Products are picked by usage type (region prefix stripped, e.g.
// `EUW1-Request` -> `Request`) plus, where one usage type covers several products, an attribute.
import { PRICE_KEYS, REST_CACHE_SIZES, type Price, type PriceBook, type PriceTier } from './prices';

export interface OfferFile {
  readonly offerCode: string;
  readonly publicationDate?: string;
  readonly products: Readonly<
    Record<string, { sku: string; attributes?: Readonly<Record<string, string>> }>
  >;
  readonly terms: {
    readonly OnDemand?: Readonly<
      Record<
        string,
        Readonly<
          Record<
            string,
            {
              priceDimensions: Readonly<
                Record<
                  string,
                  {
                    beginRange?: string;
                    endRange?: string;
                    unit?: string;
                    pricePerUnit: Readonly<Record<string, string>>;
                  }
                >
              >;
            }
          >
        >
      >
    >;
  };
}

interface Matcher {
  readonly offer: string;
  /** Usage type without its region prefix. */
  readonly usageType: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

type CacheKey = `apigateway.rest.cache.${(typeof REST_CACHE_SIZES)[number]}`;
type BookKey = (typeof PRICE_KEYS)[number] | CacheKey;

/** Which offer and product each price key comes from (typed so that no key can lack one). */
export const MATCHERS: Readonly<Record<BookKey, Matcher>> = {
  'lambda.requests': { offer: 'AWSLambda', usageType: 'Request' },
  'lambda.duration.x86_64': { offer: 'AWSLambda', usageType: 'Lambda-GB-Second' },
  'lambda.duration.arm64': { offer: 'AWSLambda', usageType: 'Lambda-GB-Second-ARM' },
  'lambda.provisioned.x86_64': { offer: 'AWSLambda', usageType: 'Lambda-Provisioned-Concurrency' },
  'lambda.provisioned.arm64': {
    offer: 'AWSLambda',
    usageType: 'Lambda-Provisioned-Concurrency-ARM',
  },
  'lambda.provisioned-duration.x86_64': {
    offer: 'AWSLambda',
    usageType: 'Lambda-Provisioned-GB-Second',
  },
  'lambda.provisioned-duration.arm64': {
    offer: 'AWSLambda',
    usageType: 'Lambda-Provisioned-GB-Second-ARM',
  },
  'apigateway.http.requests': { offer: 'AmazonApiGateway', usageType: 'ApiGatewayHttpRequest' },
  'apigateway.rest.requests': { offer: 'AmazonApiGateway', usageType: 'ApiGatewayRequest' },
  'apigateway.websocket.messages': { offer: 'AmazonApiGateway', usageType: 'ApiGatewayMessage' },
  'apigateway.websocket.connection-minutes': {
    offer: 'AmazonApiGateway',
    usageType: 'ApiGatewayMinute',
  },
  ...cacheMatchers(),
  'dynamodb.on-demand.read': { offer: 'AmazonDynamoDB', usageType: 'ReadRequestUnits' },
  'dynamodb.on-demand.write': { offer: 'AmazonDynamoDB', usageType: 'WriteRequestUnits' },
  'dynamodb.provisioned.read': { offer: 'AmazonDynamoDB', usageType: 'ReadCapacityUnit-Hrs' },
  'dynamodb.provisioned.write': { offer: 'AmazonDynamoDB', usageType: 'WriteCapacityUnit-Hrs' },
  'dynamodb.storage': { offer: 'AmazonDynamoDB', usageType: 'TimedStorage-ByteHrs' },
  'dynamodb.pitr': { offer: 'AmazonDynamoDB', usageType: 'TimedPITRStorage-ByteHrs' },
  'dynamodb.streams.read': { offer: 'AmazonDynamoDB', usageType: 'Streams-Requests' },
  'sqs.standard.requests': {
    offer: 'AWSQueueService',
    usageType: 'Requests-Tier1',
    attributes: { queueType: 'Standard' },
  },
  'sqs.fifo.requests': {
    offer: 'AWSQueueService',
    usageType: 'Requests-FIFO-Tier1',
    attributes: { queueType: 'FIFO (first-in, first-out)' },
  },
  'sns.requests': { offer: 'AmazonSNS', usageType: 'Requests-Tier1' },
  'eventbridge.custom-events': { offer: 'AWSEvents', usageType: 'Event-64K-Chunks' },
  'logs.ingestion': { offer: 'AmazonCloudWatch', usageType: 'DataProcessing-Bytes' },
  'logs.storage': { offer: 'AmazonCloudWatch', usageType: 'TimedStorage-ByteHrs' },
  'cloudwatch.alarm': { offer: 'AmazonCloudWatch', usageType: 'CW:AlarmMonitorUsage' },
  'xray.traces': { offer: 'AWSXRay', usageType: 'XRay-TracesStored' },
  'kms.key': { offer: 'awskms', usageType: 'KMS-Keys' },
  'kinesis.shard-hours': { offer: 'AmazonKinesis', usageType: 'Storage-ShardHour' },
  's3.storage': {
    offer: 'AmazonS3',
    usageType: 'TimedStorage-ByteHrs',
    attributes: { volumeType: 'Standard' },
  },
  's3.requests': { offer: 'AmazonS3', usageType: 'Requests-Tier2' },
};

/** One REST cache size per product, told apart by its memory size. */
function cacheMatchers(): Record<CacheKey, Matcher> {
  const out = {} as Record<CacheKey, Matcher>;
  for (const size of REST_CACHE_SIZES) {
    out[`apigateway.rest.cache.${size}`] = {
      offer: 'AmazonApiGateway',
      usageType: 'ApiGatewayCacheUsage',
      attributes: { cacheMemorySizeGb: size },
    };
  }
  return out;
}

/** The offer codes to download. */
export const OFFER_CODES: readonly string[] = [
  ...new Set(Object.values(MATCHERS).map((m) => m.offer)),
];

export function offerUrl(offerCode: string, region: string): string {
  return `https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/${offerCode}/current/${region}/index.json`;
}

/**
 * `EUW1-Request` -> `Request`, `EU-Request` (eu-west-1) -> `Request`; KMS prefixes the region's
 * name instead: `us-east-1-KMS-Keys` -> `KMS-Keys`. us-east-1 usage types mostly carry no
 * prefix, and a product's own capitals are no region: `KMS-Keys` stays.
 */
export function stripRegionPrefix(usageType: string): string {
  return usageType.replace(/^(?:[A-Z]{3}\d|EU|[a-z]{2}(?:-[a-z]+)+-\d)-/, '');
}

/**
 * Rebuilds a price book from offer files. Keys no offer file provides keep `previous`'s price
 * and are listed in `missing`, so a partial download never silently drops a price; so is a key
 * `previous` lacks (its description and unit come from there).
 */
export function buildPriceBook(
  offers: readonly OfferFile[],
  region: string,
  previous: PriceBook,
  date: string,
): { book: PriceBook; missing: string[] } {
  const prices: Record<string, Price> = {};
  const missing: string[] = [];
  const keys: BookKey[] = [
    ...PRICE_KEYS,
    ...REST_CACHE_SIZES.map((s): CacheKey => `apigateway.rest.cache.${s}`),
  ];
  for (const key of keys) {
    const old = previous.prices[key];
    if (!old) {
      missing.push(key);
      continue;
    }
    const matcher = MATCHERS[key];
    const offer = offers.find((o) => o.offerCode === matcher.offer);
    const tiers = offer && tiersFor(offer, matcher, old.per);
    if (tiers) {
      prices[key] = { ...old, tiers, source: offerUrl(matcher.offer, region), date };
    } else {
      prices[key] = old;
      missing.push(key);
    }
  }
  return { book: { region, currency: 'USD', date, prices }, missing };
}

function tiersFor(offer: OfferFile, matcher: Matcher, per: number): PriceTier[] | undefined {
  for (const product of Object.values(offer.products)) {
    const attributes = product.attributes ?? {};
    // Stryker disable next-line StringLiteral: any text no matcher names is as good as ''.
    if (stripRegionPrefix(attributes['usagetype'] ?? '') !== matcher.usageType) continue;
    if (Object.entries(matcher.attributes ?? {}).some(([k, v]) => attributes[k] !== v)) continue;
    const terms = offer.terms.OnDemand?.[product.sku];
    const dimensions = Object.values(terms ?? {}).flatMap((t) => Object.values(t.priceDimensions));
    const priced = dimensions
      .map((d) => ({
        begin: Number(d.beginRange ?? 0),
        end: d.endRange === undefined || d.endRange === 'Inf' ? null : Number(d.endRange),
        usd: Number(d.pricePerUnit['USD']),
      }))
      .filter((d) => Number.isFinite(d.usd))
      .sort((a, b) => a.begin - b.begin);
    if (priced.length === 0) continue;
    // Offer files price one unit; the book prices `per` units ($0.20 per 1M, not $0.0000002).
    return priced.map((d) => ({ upTo: d.end, usd: Number((d.usd * per).toPrecision(10)) }));
  }
  return undefined;
}
