// One report, rendered as Markdown for the PR comment (fitted to GitHub's limit) and the
// job summary (everything).
import type { PlanResult } from '../deploy/types';
import { formatDiagnostic } from '../errors';
import { renderChanges } from './changes';
import { renderCost } from './cost';
import { renderDeployOutputs } from './deploy-outputs';
import { ERROR_CHARS, type Detail } from './detail';
import { renderFindings } from './findings';
import { clip, code, fenced, plural } from './markdown';
import type { Report } from './model';
import { renderPreview } from './preview';
import type { CostEstimate } from '../review/types';

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65536;
/** GitHub's per-step job summary limit is 1 MiB; stay under it in UTF-16 units too. */
export const SUMMARY_LIMIT = 1_000_000;

export interface RenderOptions {
  /** Hidden first line that finds this comment again. */
  readonly marker?: string;
  /** Allow-replacement changes the data-loss callout's last line. */
  readonly allowReplacement?: boolean;
}

/** The hidden marker of a stack's sticky comment. */
export function commentMarker(key: string): string {
  return `<!-- serverless-action:${key} -->`;
}

function subject(report: Report): string {
  return report.stackName !== undefined ? code(report.stackName) : 'the stack';
}

function headline(report: Report): string {
  const { outcome } = report;
  const stack = subject(report);
  switch (outcome.kind) {
    case 'plan':
      return outcome.plan.hasChanges
        ? `### 📝 Plan for ${stack}: ${plural(outcome.plan.changes.length, 'change')}`
        : `### ✅ No changes: ${stack} is up to date`;
    case 'deploy':
      return outcome.deploy.hasChanges
        ? `### 🚀 Deployed ${stack} (${outcome.deploy.status})`
        : `### ✅ No changes: ${stack} is up to date, nothing deployed`;
    case 'destroy':
      return outcome.destroy.deleted
        ? `### 🗑️ Destroyed ${stack}`
        : `### ✅ Nothing to destroy: ${stack} does not exist`;
    case 'failure':
      return outcome.refused
        ? `### 🛑 ${report.command} refused for ${stack}`
        : `### ❌ ${report.command} failed for ${stack}`;
  }
}

function planSections(plan: PlanResult, detail: Detail, allowReplacement: boolean): string[] {
  const sections: string[] = [];
  if (plan.changeSetId !== undefined) sections.push(`Change set: ${code(plan.changeSetId)}`);
  sections.push(renderChanges(plan.changes, detail, allowReplacement));
  if (plan.cost) sections.push(renderCost(plan.cost, plan.deployedMonthlyUsd, detail));
  if (plan.findings) sections.push(renderFindings(plan.findings, detail));
  return sections;
}

function body(report: Report, detail: Detail, allowReplacement: boolean): string[] {
  const { outcome } = report;
  switch (outcome.kind) {
    case 'plan':
      return planSections(outcome.plan, detail, allowReplacement);
    case 'deploy':
      return [
        renderDeployOutputs(outcome.deploy.outputs, detail),
        ...planSections(outcome.deploy, detail, allowReplacement),
      ];
    case 'destroy':
      return [];
    case 'failure': {
      const { error } = outcome;
      const cause = clip(
        error.diagnostics && error.diagnostics.length > 0
          ? error.diagnostics.map(formatDiagnostic).join('\n')
          : error.message,
        ERROR_CHARS[detail],
      );
      return [
        `**Root cause**${error.code ? ` (${code(error.code)})` : ''}:`,
        fenced(cause),
        error.hint ? `**What to do:** ${clip(error.hint, ERROR_CHARS[detail])}` : '',
        ...(outcome.plan ? planSections(outcome.plan, detail, allowReplacement) : []),
      ];
    }
  }
}

function costOf(outcome: Report['outcome']): CostEstimate | undefined {
  if (outcome.kind === 'plan') return outcome.plan.cost;
  if (outcome.kind === 'deploy') return outcome.deploy.cost;
  return outcome.kind === 'failure' ? outcome.plan?.cost : undefined;
}

function footer(report: Report): string {
  const run = report.runUrl ? ` by [this run](${report.runUrl})` : '';
  const sha = report.sha ? ` for ${code(report.sha.slice(0, 7))}` : '';
  const env = report.environment ? ` · environment ${code(report.environment)}` : '';
  return `<sub>${report.command}${env} · updated ${report.updatedAt.toISOString()}${run}${sha}</sub>`;
}

export function renderReport(report: Report, detail: Detail, options: RenderOptions = {}): string {
  const parts = [
    options.marker ?? '',
    headline(report),
    ...body(report, detail, options.allowReplacement ?? false),
    report.preview ? renderPreview(report.preview, costOf(report.outcome)) : '',
    detail === 'full'
      ? ''
      : `> [!NOTE]\n> Details were trimmed to fit GitHub's comment limit; the full report is in the ${report.runUrl ? `[job summary](${report.runUrl})` : 'job summary'}.`,
    footer(report),
  ];
  return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

/**
 * The most detailed rendering that fits `limit` characters. When even the minimal one does
 * not (a pathological change set), it is cut, keeping the marker and headline at the top.
 */
export function renderFitted(report: Report, limit: number, options: RenderOptions = {}): string {
  for (const detail of ['full', 'compact', 'minimal'] as const) {
    const text = renderReport(report, detail, options);
    if (text.length <= limit) return text;
  }
  const note = '\n\n…(cut to fit the comment limit; see the job summary)\n';
  return renderReport(report, 'minimal', options).slice(0, limit - note.length) + note;
}
