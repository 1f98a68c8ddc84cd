// The change a plan makes to the monthly bill: "+$12.40 / month, +31 %".
import type { CostEstimate } from '../types';

export interface CostDelta {
  readonly currentUsd: number;
  readonly deployedUsd: number;
  readonly deltaUsd: number;
  /** null when nothing is deployed yet (or it cost $0): a percentage of zero means nothing. */
  readonly deltaPercent: number | null;
}

/** `current` is the planned template's estimate; `deployed` the deployed template's (or its total). */
export function costDelta(
  current: CostEstimate | number,
  deployed: CostEstimate | number | undefined,
): CostDelta {
  const currentUsd = typeof current === 'number' ? current : current.monthlyUsd;
  const deployedUsd =
    deployed === undefined ? 0 : typeof deployed === 'number' ? deployed : deployed.monthlyUsd;
  const deltaUsd = Math.round((currentUsd - deployedUsd) * 100) / 100;
  return {
    currentUsd,
    deployedUsd,
    deltaUsd,
    deltaPercent: deployedUsd > 0 ? (deltaUsd / deployedUsd) * 100 : null,
  };
}

/** `+$12.40 / month, +31 %`; `-$3.00 / month, -20 %`; `+$5.00 / month (new)`; `no change`. */
export function formatCostDelta(delta: CostDelta): string {
  if (delta.deltaUsd === 0) return `no change (${formatUsd(delta.currentUsd)} / month)`;
  // Stryker disable next-line EqualityOperator: a delta of 0 has returned above.
  const sign = delta.deltaUsd > 0 ? '+' : '-';
  const amount = `${sign}${formatUsd(Math.abs(delta.deltaUsd))} / month`;
  if (delta.deltaPercent === null) return `${amount} (new)`;
  const percent = Math.round(Math.abs(delta.deltaPercent));
  return `${amount}, ${sign}${percent} %`;
}

/** `$1,234.56`. */
export function formatUsd(usd: number): string {
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
