// The preview's own part of a report: what it costs per day, and where it differs from
// production (the preview defaults it got, the existing resources it shares). Kept apart
// from the rest of the comment so its layout can change without touching this.
import type { PreviewDifference } from '../config/preview-defaults';
import type { CostEstimate } from '../review/types';

export interface PreviewSummary {
  /** The preview defaults that changed a setting, and shared existing resources. */
  readonly differences: readonly PreviewDifference[];
}

/** AWS prices a month as 730 hours. */
const DAYS_PER_MONTH = 730 / 24;

export function dailyUsd(monthlyUsd: number): number {
  return monthlyUsd / DAYS_PER_MONTH;
}

export function renderPreview(preview: PreviewSummary, cost: CostEstimate | undefined): string {
  const lines: string[] = ['#### Preview'];
  if (cost !== undefined) {
    lines.push(
      '',
      `Estimated cost while it runs: **$${dailyUsd(cost.monthlyUsd).toFixed(2)} / day** (the usage assumptions' month, over ${DAYS_PER_MONTH.toFixed(1)} days).`,
    );
  }
  if (preview.differences.length > 0) {
    lines.push(
      '',
      '<details><summary>Differs from production</summary>',
      '',
      '| setting | preview | production | override with |',
      '| --- | --- | --- | --- |',
      ...preview.differences.map(
        (d) =>
          `| ${d.what} | ${d.preview} | ${d.production} | \`${d.path}\` under \`environments.pr-*\` |`,
      ),
      '',
      '</details>',
    );
  }
  return lines.join('\n');
}
