// Monthly cost, honest about what it does not know: each line says whether its usage came
// from `usage:` or is unknown (then "+ usage", never a made-up $0.00), and the change against
// what is deployed is shown in dollars and percent.
import type { PlanResult } from '../deploy/types';
import type { CostEstimate, CostItem } from '../review/types';
import type { Detail } from './detail';
import { cell, details, plural, table, usd } from './markdown';
import { dailyUsd } from './preview';

/** Tables longer than this fold into <details> (as the change table does). */
const FOLD_ROWS = 15;
/** Days in the 730-hour month the prices assume. */

function unknownCount(cost: CostEstimate): number {
  return cost.items.filter((i) => i.monthlyUsd === null).length;
}

/** `$0.90 / month + usage` when some usage is unknown, else `$12.40 / month`. */
export function monthlyText(cost: CostEstimate): string {
  return `${usd(cost.monthlyUsd)} / month${unknownCount(cost) > 0 ? ' + usage' : ''}`;
}

/**
 * `+$3.10 / month (+33 %)`, `no change`, `new stack`; `deployed cost unknown` when an update's
 * deployed template could not be read (never "new stack" for a stack that exists).
 */
export function costDelta(
  monthlyUsd: number,
  deployedMonthlyUsd: number | undefined,
  changeSetType: PlanResult['changeSetType'],
): string {
  if (deployedMonthlyUsd === undefined) {
    return changeSetType === 'CREATE' ? 'new stack' : 'deployed cost unknown';
  }
  const delta = Math.round((monthlyUsd - deployedMonthlyUsd) * 100) / 100;
  if (Math.abs(delta) < 0.005) return 'no change';
  const sign = delta > 0 ? '+' : '−';
  const percent =
    deployedMonthlyUsd > 0
      ? ` (${sign}${Math.round(Math.abs((delta / deployedMonthlyUsd) * 100))} %)`
      : '';
  return `${sign}${usd(Math.abs(delta))} / month${percent}`;
}

/** The cost part of the headline: the delta when there is one, else the total. */
export function costHeadline(plan: PlanResult, preview: boolean): string {
  const cost = plan.cost!;
  const delta = costDelta(cost.monthlyUsd, plan.deployedMonthlyUsd, plan.changeSetType);
  const perDay = preview ? `, ≈ ${usd(dailyUsd(cost.monthlyUsd))} / day` : '';
  if (delta.startsWith('+') || delta.startsWith('−')) return `cost ${delta}${perDay}`;
  return `cost ${monthlyText(cost)}${perDay} (${delta})`;
}

function usageSource(item: CostItem): string {
  if (!item.usageBased) return 'fixed';
  if (item.monthlyUsd === null) return `unknown: ${cell(item.unitPrice ?? 'priced by use')}`;
  return '`usage:`';
}

/** The line's name without the "usage unknown; set ..." hint, which the Usage column says. */
function what(item: CostItem): string {
  return cell(item.description.replace(/: usage unknown.*$/, ''));
}

export function renderCost(plan: PlanResult, detail: Detail, preview: boolean): string {
  const cost = plan.cost!;
  const unknown = unknownCount(cost);
  const delta = costDelta(cost.monthlyUsd, plan.deployedMonthlyUsd, plan.changeSetType);
  const vs =
    plan.deployedMonthlyUsd !== undefined && delta !== 'no change'
      ? `${delta} vs. ${usd(plan.deployedMonthlyUsd)} deployed`
      : delta;
  const parts = [`#### Cost: ${monthlyText(cost)} · ${vs}`];
  if (preview) {
    parts.push(
      `This preview costs ≈ ${usd(dailyUsd(cost.monthlyUsd))} / day${unknown > 0 ? ' + usage' : ''} while it runs.`,
    );
  }
  parts.push(
    `${usd(cost.fixedUsd)} fixed + ${usd(cost.usageUsd)} from \`usage:\`` +
      (unknown > 0
        ? `; ${plural(unknown, 'usage-based line')} without usage ${unknown === 1 ? 'is' : 'are'} not in the total (add ${unknown === 1 ? 'it' : 'them'} under \`usage:\` in the config)`
        : '') +
      `. ${cost.region} list prices of ${cost.priceDate}, no free tier.`,
  );
  if (detail !== 'minimal' && cost.items.length > 0) {
    const items = [...cost.items].sort(
      (a, b) => (b.monthlyUsd ?? -1) - (a.monthlyUsd ?? -1) || a.resource.localeCompare(b.resource),
    );
    const shown = detail === 'full' ? items : items.slice(0, 50);
    const rows = shown.map((i) => [
      cell(i.resource),
      cell(i.service),
      what(i),
      i.monthlyUsd === null ? '+ usage' : usd(i.monthlyUsd),
      usageSource(i),
    ]);
    const body = table(['Resource', 'Service', 'What', 'Monthly', 'Usage'], rows);
    const more = items.length - shown.length;
    const folded = rows.length > FOLD_ROWS ? details(`Cost by line (${rows.length})`, body) : body;
    parts.push(
      more > 0 ? `${folded}\n\n…and ${plural(more, 'more line')}: see the job summary.` : folded,
    );
  }
  if (detail === 'full') {
    // Price-data warnings only; "no usage" is said once above.
    const notes = cost.warnings.filter((w) => !/usage/i.test(w));
    if (notes.length > 0) parts.push(notes.map((w) => `- ⚠️ ${cell(w)}`).join('\n'));
  }
  return parts.join('\n\n');
}
