// The preview's own part of a report: where it differs from production (the preview
// defaults it got, the existing resources it shares). Its cost per day is in the cost
// section, which reads dailyUsd from here.
import type { PreviewDifference } from '../config/preview-defaults';

export interface PreviewSummary {
  /** The preview defaults that changed a setting, and shared existing resources. */
  readonly differences: readonly PreviewDifference[];
}

/** AWS prices a month as 730 hours. */
const DAYS_PER_MONTH = 730 / 24;

export function dailyUsd(monthlyUsd: number): number {
  return monthlyUsd / DAYS_PER_MONTH;
}

/** '' when the preview differs from production in nothing. */
export function renderPreview(preview: PreviewSummary): string {
  if (preview.differences.length === 0) return '';
  return [
    '#### Preview',
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
  ].join('\n');
}
