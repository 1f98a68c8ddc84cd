// Security findings by severity, details folded.
import { SEVERITIES, type Finding, type FindingSeverity } from '../review/types';
import type { Detail } from './detail';
import { cell, code, details, plural, table } from './markdown';

export const SEVERITY_LABEL: Readonly<Record<FindingSeverity, string>> = {
  critical: '🔴 critical',
  high: '🟠 high',
  medium: '🟡 medium',
  low: '🔵 low',
  info: '⚪ info',
};

export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.suppressed === undefined);
}

/** Unsuppressed findings at or above `threshold` (critical is the top). */
export function findingsAtOrAbove(
  findings: readonly Finding[],
  threshold: FindingSeverity,
): Finding[] {
  const limit = SEVERITIES.indexOf(threshold);
  return activeFindings(findings).filter((f) => SEVERITIES.indexOf(f.severity) <= limit);
}

export function severityCounts(findings: readonly Finding[]): string {
  return SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, count]) => count > 0)
    .map(([s, count]) => `${count} ${SEVERITY_LABEL[s]}`)
    .join(' · ');
}

function where(f: Finding): string {
  return f.location ? code(`${f.location.file}:${f.location.line}`) : '';
}

function findingRows(findings: readonly Finding[]): string[][] {
  return findings.map((f) => [
    code(f.rule),
    code(f.resource),
    cell(f.message),
    cell(f.fix ?? ''),
    where(f),
  ]);
}

export function renderFindings(findings: readonly Finding[], detail: Detail): string {
  const active = activeFindings(findings);
  const suppressed = findings.filter((f) => f.suppressed !== undefined);
  const heading =
    active.length === 0 ? '#### Security: no findings' : `#### Security: ${severityCounts(active)}`;
  const parts = [heading];
  if (detail === 'full') {
    for (const severity of SEVERITIES) {
      const these = active.filter((f) => f.severity === severity);
      if (these.length === 0) continue;
      parts.push(
        details(
          `${SEVERITY_LABEL[severity]} (${these.length})`,
          table(['Rule', 'Resource', 'Finding', 'Fix', 'Where'], findingRows(these)),
        ),
      );
    }
    if (suppressed.length > 0) {
      parts.push(
        details(
          `Suppressed (${suppressed.length})`,
          table(
            ['Rule', 'Resource', 'Reason'],
            suppressed.map((f) => [
              code(f.rule),
              code(f.resource),
              cell(f.suppressed?.reason ?? ''),
            ]),
          ),
        ),
      );
    }
  } else if (active.length > 0 || suppressed.length > 0) {
    parts.push(
      `${plural(active.length, 'finding')}${suppressed.length > 0 ? ` (${suppressed.length} suppressed)` : ''}: details in the job summary.`,
    );
  }
  return parts.join('\n\n');
}
