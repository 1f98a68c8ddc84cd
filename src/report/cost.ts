// Monthly cost and its change against what is deployed.
import type { CostEstimate } from '../review/types';
import type { Detail } from './detail';
import { cell, details, plural, table, usd } from './markdown';

export function costDelta(monthlyUsd: number, deployedMonthlyUsd: number | undefined): string {
  if (deployedMonthlyUsd === undefined) return 'new stack';
  const delta = monthlyUsd - deployedMonthlyUsd;
  if (Math.abs(delta) < 0.005) return `no change from ${usd(deployedMonthlyUsd)} deployed`;
  const sign = delta > 0 ? '+' : '−';
  return `${sign}${usd(Math.abs(delta))} / month vs. ${usd(deployedMonthlyUsd)} deployed`;
}

export function renderCost(
  cost: CostEstimate,
  deployedMonthlyUsd: number | undefined,
  detail: Detail,
): string {
  const unknown = cost.items.filter((i) => i.monthlyUsd === null).length;
  const parts = [
    `#### Monthly cost: ${usd(cost.monthlyUsd)} (${costDelta(cost.monthlyUsd, deployedMonthlyUsd)})`,
    `${usd(cost.fixedUsd)} fixed + ${usd(cost.usageUsd)} from usage assumptions; ${cost.region} list prices of ${cost.priceDate}, no free tier.` +
      // The full report lists cost.warnings, which already say this.
      (unknown > 0 && (detail !== 'full' || cost.warnings.length === 0)
        ? ` ${plural(unknown, 'usage-based item')} without usage assumptions (add them under \`usage:\` in the config).`
        : ''),
  ];
  if (detail === 'full' && cost.items.length > 0) {
    const rows = cost.items.map((i) => [
      cell(i.resource),
      cell(i.service),
      cell(i.description),
      i.monthlyUsd === null ? `usage-based: ${cell(i.unitPrice ?? '')}` : usd(i.monthlyUsd),
    ]);
    parts.push(
      details('Cost by resource', table(['Resource', 'Service', 'What', 'Monthly'], rows)),
    );
  }
  if (detail === 'full' && cost.warnings.length > 0) {
    parts.push(cost.warnings.map((w) => `- ⚠️ ${cell(w)}`).join('\n'));
  }
  return parts.join('\n\n');
}
