// Security findings grouped by rule (twenty functions with the same finding are one row),
// new ones apart from those already deployed, suppressed ones folded with their reasons.
import type { PlanResult } from '../deploy/types';
import { SEVERITIES, findingKey, type Finding, type FindingSeverity } from '../review/types';
import { annotationOverflow } from './annotations';
import type { Detail } from './detail';
import { lineLink, type SourceLinks } from './links';
import { cell, code, details, plural, table } from './markdown';

/** Tables longer than this fold into <details>. */
const FOLD_ROWS = 15;
/** Resources listed per rule row; the rest are counted. */
const RESOURCES_PER_ROW = 5;

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

/** The rule a finding belongs to: `AwsSolutions-IAM5[Action::s3:*]` is `AwsSolutions-IAM5`. */
export function ruleOf(finding: Finding): string {
  return finding.rule.replace(/\[.*\]$/, '');
}

export type Novelty = 'new' | 'present' | 'unknown';

/**
 * Whether a finding comes with this change or is already on the deployed stack. The project's
 * own rules are run on the deployed template (`plan.previous`); cdk-nag's run on the new one
 * only, so theirs count as present when the resource exists and does not change.
 */
export function findingNovelty(finding: Finding, plan: PlanResult): Novelty {
  const previous = plan.previous;
  if (previous === undefined) {
    if (!plan.hasChanges) return 'present';
    return plan.changeSetType === 'CREATE' ? 'new' : 'unknown';
  }
  const id = finding.logicalId;
  if (id === undefined || !previous.logicalIds.includes(id)) return 'new';
  if (finding.rule.startsWith('SA-')) {
    return previous.findingKeys.includes(findingKey(finding)) ? 'present' : 'new';
  }
  return plan.changes.some((c) => c.logicalId === id) ? 'unknown' : 'present';
}

interface RuleGroup {
  readonly rule: string;
  readonly severity: FindingSeverity;
  readonly findings: readonly Finding[];
}

/** One group per rule and severity, worst first, then by rule id. */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.severity}\0${ruleOf(f)}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()]
    .map((found) => ({ rule: ruleOf(found[0]!), severity: found[0]!.severity, findings: found }))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        a.rule.localeCompare(b.rule),
    );
}

function resourcesCell(found: readonly Finding[], links: SourceLinks): string {
  const seen = new Map<string, Finding>();
  for (const f of found) if (!seen.has(f.resource)) seen.set(f.resource, f);
  const listed = [...seen.values()].slice(0, RESOURCES_PER_ROW).map((f) => {
    const link = lineLink(f.location, links);
    return link === '' ? code(f.resource) : `${code(f.resource)} ${link}`;
  });
  const more = seen.size - listed.length;
  return listed.join('<br>') + (more > 0 ? `<br>and ${more} more` : '');
}

function noveltyCell(found: readonly Finding[], plan: PlanResult | undefined): string {
  if (plan === undefined) return '';
  const counts = { new: 0, present: 0, unknown: 0 };
  for (const f of found) counts[findingNovelty(f, plan)]++;
  const parts: string[] = [];
  if (counts.new > 0) parts.push(found.length === counts.new ? '🆕 new' : `🆕 ${counts.new} new`);
  if (counts.present > 0) {
    parts.push(found.length === counts.present ? 'already deployed' : `${counts.present} deployed`);
  }
  if (counts.unknown > 0) parts.push(found.length === counts.unknown ? '—' : `${counts.unknown} ?`);
  return parts.join(', ');
}

function headingCounts(active: readonly Finding[], plan: PlanResult | undefined): string {
  if (plan === undefined) return severityCounts(active);
  const fresh = active.filter((f) => findingNovelty(f, plan) === 'new').length;
  const present = active.filter((f) => findingNovelty(f, plan) === 'present').length;
  const parts = [severityCounts(active)];
  if (fresh > 0) parts.push(`${fresh} new`);
  if (present > 0) parts.push(`${present} already deployed`);
  return parts.join(' · ');
}

export function renderFindings(
  findings: readonly Finding[],
  detail: Detail,
  links: SourceLinks,
  plan?: PlanResult,
): string {
  const active = activeFindings(findings);
  const suppressed = findings.filter((f) => f.suppressed !== undefined);
  const heading =
    active.length === 0
      ? '#### Security: no findings'
      : `#### Security: ${headingCounts(active, plan)}`;
  const parts = [heading];
  if (active.length > 0 && detail !== 'minimal') {
    const rows = groupByRule(active).map((g) => [
      SEVERITY_LABEL[g.severity],
      `${code(g.rule)}: ${cell(g.findings[0]!.message)}`,
      resourcesCell(g.findings, links),
      noveltyCell(g.findings, plan),
      cell(g.findings[0]!.fix ?? ''),
    ]);
    const body = table(['Severity', 'Rule', 'Resources', 'Status', 'Fix'], rows);
    parts.push(
      rows.length > FOLD_ROWS
        ? details(`${plural(rows.length, 'rule')} with findings`, body)
        : body,
    );
  }
  const overflow = annotationOverflow(findings);
  if (overflow > 0) {
    parts.push(
      `GitHub shows at most 10 annotations per level in a step: ${plural(overflow, 'more finding')} ${overflow === 1 ? 'is' : 'are'} listed here only.`,
    );
  }
  if (suppressed.length > 0 && detail !== 'minimal') {
    parts.push(
      details(
        `Suppressed (${suppressed.length})`,
        table(
          ['Rule', 'Resources', 'Reason'],
          groupByRule(suppressed).map((g) => [
            code(g.rule),
            [...new Set(g.findings.map((f) => code(f.resource)))].join(', '),
            cell(g.findings[0]!.suppressed?.reason ?? ''),
          ]),
        ),
      ),
    );
  } else if (suppressed.length > 0) {
    parts.push(`${plural(suppressed.length, 'suppressed finding')}: see the job summary.`);
  }
  return parts.join('\n\n');
}
