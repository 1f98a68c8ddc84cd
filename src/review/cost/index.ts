// estimateCost: a template + usage assumptions + a price book -> the monthly estimate.
// Pure: the same template and usage always give the same figures.
import type { UsageConfig } from '../../config/schema';
import type { CfnTemplate, ResourceOrigin } from '../../synth/types';
import type { CostEstimate, CostItem } from '../types';
import { allOrigins } from '../template';
import { apiCharges } from './api';
import { priceCharge, type CostContext } from './charge';
import { dynamoDbCharges } from './dynamodb';
import { lambdaCharges } from './lambda';
import { messagingCharges } from './messaging';
import { observabilityCharges } from './observability';
import type { PriceBook } from './prices';

export interface EstimateOptions {
  /** logical id -> config origin; default: read from the template's Metadata. */
  readonly origins?: Readonly<Record<string, ResourceOrigin>>;
  /** Extra warnings to carry (e.g. "prices for eu-west-1 not bundled"). */
  readonly warnings?: readonly string[];
}

export function estimateCost(
  template: CfnTemplate,
  usage: UsageConfig | undefined,
  book: PriceBook,
  region: string,
  options: EstimateOptions = {},
): CostEstimate {
  const context: CostContext = {
    book,
    usage: usage ?? {},
    origins: allOrigins(template, options.origins),
  };
  const charges = [
    ...lambdaCharges(template, context),
    ...apiCharges(template, context),
    ...dynamoDbCharges(template, context),
    ...messagingCharges(template, context),
    ...observabilityCharges(template, context),
  ];
  const items = charges.map((charge) => priceCharge(book, charge));
  const fixedUsd = sum(items.filter((i) => !i.usageBased));
  const usageUsd = sum(items.filter((i) => i.usageBased));
  const unknown = items.filter((i) => i.monthlyUsd === null).length;
  const warnings = [...(options.warnings ?? [])];
  if (unknown > 0) {
    warnings.push(
      `${unknown} usage-based line${unknown === 1 ? ' has' : 's have'} no usage and ${unknown === 1 ? 'is' : 'are'} not in the total; add them under "usage:" in the config (see docs/review.md)`,
    );
  }
  return {
    monthlyUsd: roundCents(fixedUsd + usageUsd),
    fixedUsd: roundCents(fixedUsd),
    usageUsd: roundCents(usageUsd),
    items,
    region,
    priceDate: book.date,
    warnings,
  };
}

function sum(items: readonly CostItem[]): number {
  return items.reduce((total, item) => total + (item.monthlyUsd ?? 0), 0);
}

function roundCents(usd: number): number {
  return Math.round(usd * 100) / 100;
}

export { bundledPrices, type PriceBook } from './prices';
export { costDelta, formatCostDelta, type CostDelta } from './delta';
