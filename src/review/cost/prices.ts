// The bundled price book: AWS list prices as data (src/review/cost/prices/<region>.json),
// imported as JSON modules so the ncc-built CLI carries them without reading files at run time.
import usEast1 from './prices/us-east-1.json';

export interface PriceTier {
  /** Cumulative quantity (in `unit`s) up to which this tier's rate applies; null for "and above". */
  readonly upTo: number | null;
  /** USD per `per` units. */
  readonly usd: number;
}

export interface Price {
  readonly description: string;
  /** What is counted, e.g. `requests`, `GB-seconds`, `hours`. */
  readonly unit: string;
  /** How many units `usd` buys, e.g. 1000000 for "$0.20 per 1M requests". */
  readonly per: number;
  readonly tiers: readonly PriceTier[];
  /** Where the figure comes from (pricing page or offer file). */
  readonly source: string;
  /** Date the figure was read (YYYY-MM-DD). */
  readonly date: string;
}

export interface PriceBook {
  readonly region: string;
  readonly currency: 'USD';
  readonly date: string;
  readonly prices: Readonly<Record<string, Price>>;
}

/** Every price key the cost model reads; the data files and the refresh script provide these. */
export const PRICE_KEYS = [
  'lambda.requests',
  'lambda.duration.x86_64',
  'lambda.duration.arm64',
  'lambda.provisioned.x86_64',
  'lambda.provisioned.arm64',
  'lambda.provisioned-duration.x86_64',
  'lambda.provisioned-duration.arm64',
  'apigateway.http.requests',
  'apigateway.rest.requests',
  'apigateway.websocket.messages',
  'apigateway.websocket.connection-minutes',
  'dynamodb.on-demand.read',
  'dynamodb.on-demand.write',
  'dynamodb.provisioned.read',
  'dynamodb.provisioned.write',
  'dynamodb.storage',
  'dynamodb.pitr',
  'dynamodb.streams.read',
  'sqs.standard.requests',
  'sqs.fifo.requests',
  'sns.requests',
  'eventbridge.custom-events',
  'logs.ingestion',
  'logs.storage',
  'cloudwatch.alarm',
  'xray.traces',
  'kms.key',
  'kinesis.shard-hours',
  's3.storage',
  's3.requests',
] as const;

/** REST API cache sizes (GB) as API Gateway names them; each has a price key `apigateway.rest.cache.<size>`. */
export const REST_CACHE_SIZES = [
  '0.5',
  '1.6',
  '6.1',
  '13.5',
  '28.4',
  '58.2',
  '118',
  '237',
] as const;

const BUNDLED: Readonly<Record<string, PriceBook>> = {
  'us-east-1': usEast1 as PriceBook,
};

export const DEFAULT_PRICE_REGION = 'us-east-1';

/** The bundled book for `region`, or us-east-1's with a warning saying so. */
export function bundledPrices(region: string): { book: PriceBook; warnings: string[] } {
  const book = BUNDLED[region];
  if (book) return { book, warnings: [] };
  return {
    book: BUNDLED[DEFAULT_PRICE_REGION]!,
    warnings: [`prices for ${region} not bundled; using ${DEFAULT_PRICE_REGION}`],
  };
}

/** Cost of `quantity` units under a tiered price, in USD (tiers are cumulative, as AWS bills them). */
export function tieredCost(price: Price, quantity: number): number {
  let remaining = quantity;
  let floor = 0;
  let total = 0;
  // Once nothing remains, later tiers add 0.
  for (const tier of price.tiers) {
    const width = tier.upTo === null ? remaining : Math.max(0, tier.upTo - floor);
    const inTier = Math.min(remaining, width);
    total += (inTier / price.per) * tier.usd;
    remaining -= inTier;
    floor = tier.upTo ?? floor;
  }
  return total;
}

/** `$0.20 per 1M requests` (first tier; `, tiered` when there are more). */
export function formatUnitPrice(price: Price): string {
  const first = price.tiers[0];
  const usd = first ? formatRate(first.usd) : '$?';
  const per = price.per === 1 ? '' : `${formatCount(price.per)} `;
  const unit = price.per === 1 ? singular(price.unit) : price.unit;
  return `${usd} per ${per}${unit}${price.tiers.length > 1 ? ' (first tier)' : ''}`;
}

/** 1000000 -> `1M`, 1500 -> `1,500`, 5256000 -> `5,256,000`. */
export function formatCount(n: number): string {
  if (n >= 1e9 && n % 1e9 === 0) return `${n / 1e9}B`;
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6}M`;
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** `$3.50`, `$0.125`, `$0.03`; prices per unit can be tiny ($0.0000166667): keep the significant digits. */
export function formatRate(usd: number): string {
  // Stryker disable next-line EqualityOperator: at exactly $1 both branches read "$1.00".
  if (usd >= 1) return `$${usd.toFixed(2)}`;
  // Stryker disable next-line EqualityOperator: at exactly 1 cent both branches read "$0.01".
  if (usd >= 0.01) return `$${usd.toFixed(3).replace(/0$/, '')}`;
  return `$${Number(usd.toPrecision(6)).toString()}`;
}

function singular(unit: string): string {
  return unit.replace(/s$/, '');
}

/** Looks a price up; a missing key is a bug in the data file, reported with the file to fix. */
export function priceOf(book: PriceBook, key: string): Price {
  const price = book.prices[key];
  if (!price) {
    throw new Error(
      `price "${key}" is missing from the ${book.region} price data; run scripts/refresh-prices.ts or add it to src/review/cost/prices/${book.region}.json`,
    );
  }
  return price;
}
