// One line of the estimate: a quantity times a price, or the unit price when the quantity
// depends on traffic nobody told us about (never a silent $0).
import type { CostItem } from '../types';
import type { UsageConfig } from '../../config/schema';
import type { ResourceOrigin } from '../../synth/types';
import { formatCount, formatUnitPrice, priceOf, tieredCost, type PriceBook } from './prices';

/** Hours in a billing month, as AWS's calculators count them. */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** What every service model reads. */
export interface CostContext {
  readonly book: PriceBook;
  readonly usage: UsageConfig;
  /** logical id -> origin (from synth, else the template's Metadata). */
  readonly origins: Readonly<Record<string, ResourceOrigin>>;
}

export interface Charge {
  readonly resource: string;
  readonly logicalId?: string;
  readonly service: string;
  readonly priceKey: string;
  /** Units per month; undefined when usage-based and not given. */
  readonly quantity: number | undefined;
  readonly usageBased: boolean;
  /** The usage setting to add when quantity is unknown, e.g. `usage.lambda.api.monthly_requests`. */
  readonly usageHint?: string;
  /** How the quantity was derived, when it is not given directly (e.g. `1M x 120 ms x 0.25 GB`). */
  readonly derivation?: string;
}

/** Prices a charge: `1,000,000 requests x $0.20 per 1M requests`. */
export function priceCharge(book: PriceBook, charge: Charge): CostItem {
  const price = priceOf(book, charge.priceKey);
  const unitPrice = formatUnitPrice(price);
  const base = {
    resource: charge.resource,
    ...(charge.logicalId !== undefined && { logicalId: charge.logicalId }),
    service: charge.service,
    usageBased: charge.usageBased,
    unitPrice,
  };
  if (charge.quantity === undefined) {
    const hint = charge.usageHint ? `; set ${charge.usageHint} for an estimate` : '';
    return {
      ...base,
      description: `${price.description}: usage unknown${hint}`,
      monthlyUsd: null,
    };
  }
  const unit = charge.quantity === 1 ? price.unit.replace(/s$/, '') : price.unit;
  const quantity = `${formatCount(round(charge.quantity))} ${unit}`;
  const how = charge.derivation ? ` (${charge.derivation})` : '';
  return {
    ...base,
    description: `${price.description}: ${quantity}${how} x ${unitPrice}`,
    monthlyUsd: tieredCost(price, charge.quantity),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The config key a resource's usage is filed under: its origin's key, else its logical id. */
export function usageKey(
  context: CostContext,
  logicalId: string,
): { key: string; origin?: ResourceOrigin } {
  const origin = context.origins[logicalId];
  return origin ? { key: origin.key, origin } : { key: logicalId };
}

/** True for resources CDK adds for itself (no config origin) in a template that records origins. */
export function isToolingResource(context: CostContext, logicalId: string): boolean {
  return context.origins[logicalId] === undefined && recordsOrigins(context.origins);
}

/** True when the map has any entry; asked once per resource, so without listing its 10,000 keys. */
function recordsOrigins(origins: Readonly<Record<string, ResourceOrigin>>): boolean {
  for (const key in origins) if (Object.hasOwn(origins, key)) return true;
  return false;
}
