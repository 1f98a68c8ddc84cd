// The change set as a table, most dangerous first; data-loss changes also get a loud
// callout above the table, since they are the ones a reviewer must not miss.
import type { ResourceChange, Risk } from '../deploy/types';
import { CHANGE_ROWS, type Detail } from './detail';
import { cell, code, plural, table } from './markdown';

export const RISK_ORDER: readonly Risk[] = [
  'data-loss',
  'replacement',
  'permissions',
  'code-only',
  'safe',
];

export const RISK_LABEL: Readonly<Record<Risk, string>> = {
  'data-loss': '🛑 data loss',
  replacement: '⚠️ replacement',
  permissions: '🔐 permissions',
  'code-only': '📦 code only',
  safe: '✅ safe',
};

export function sortChanges(changes: readonly ResourceChange[]): ResourceChange[] {
  return [...changes].sort(
    (a, b) =>
      RISK_ORDER.indexOf(a.risk) - RISK_ORDER.indexOf(b.risk) ||
      a.logicalId.localeCompare(b.logicalId),
  );
}

export function riskCounts(changes: readonly ResourceChange[]): string {
  return RISK_ORDER.map((risk) => [risk, changes.filter((c) => c.risk === risk).length] as const)
    .filter(([, count]) => count > 0)
    .map(([risk, count]) => `${count} ${RISK_LABEL[risk]}`)
    .join(' · ');
}

function verb(change: ResourceChange): string {
  if (change.action === 'Remove') return 'deleted';
  if (change.replacement === 'True') return 'replaced';
  if (change.replacement === 'Conditional') return 'possibly replaced';
  return 'changed';
}

function name(change: ResourceChange): string {
  return change.resource !== undefined && change.resource !== change.logicalId
    ? `${code(change.logicalId)} (${code(change.resource)})`
    : code(change.logicalId);
}

/** The callout for changes that destroy data; '' when there are none. */
export function dataLossCallout(
  changes: readonly ResourceChange[],
  allowReplacement: boolean,
): string {
  const risky = changes.filter((c) => c.risk === 'data-loss');
  if (risky.length === 0) return '';
  const lines = risky.map(
    (c) =>
      `> - ${name(c)} ${cell(c.type)} will be **${verb(c)}**${c.reason ? `: ${cell(c.reason)}` : ''}`,
  );
  const guard = allowReplacement
    ? '> `allow-replacement` is on: deploy will go ahead and the data in these resources will be lost.'
    : '> Deploy refuses these changes unless `allow-replacement: true` is set; back up the data first.';
  return [
    '> [!CAUTION]',
    `> **${plural(risky.length, 'change')} will delete data.**`,
    ...lines,
    '>',
    guard,
  ].join('\n');
}

export function renderChanges(
  changes: readonly ResourceChange[],
  detail: Detail,
  allowReplacement: boolean,
): string {
  if (changes.length === 0) return '';
  const sorted = sortChanges(changes);
  const shown = sorted.slice(0, CHANGE_ROWS[detail]);
  const rows = shown.map((c) => [
    RISK_LABEL[c.risk],
    c.action,
    name(c),
    cell(c.type),
    c.replacement ?? '',
    cell(c.reason ?? ''),
  ]);
  const hidden = sorted.length - shown.length;
  return [
    `#### Changes: ${riskCounts(changes)}`,
    dataLossCallout(sorted, allowReplacement),
    table(['Risk', 'Action', 'Resource', 'Type', 'Replacement', 'Why'], rows),
    hidden > 0 ? `…and ${plural(hidden, 'more change')}: see the job summary.` : '',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}
