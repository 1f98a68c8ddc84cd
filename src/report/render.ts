// One report, rendered as Markdown for the PR comment (fitted to GitHub's limit) and the
// job summary (everything): the verdict first, then what needs attention, then the detail
// in sections, then a footer that says what the report is about.
import type { PlanResult } from '../deploy/types';
import { formatDiagnostic } from '../errors';
import { renderAttention } from './attention';
import { renderChanges } from './changes';
import { renderCost } from './cost';
import { renderDeployOutputs } from './deploy-outputs';
import { ERROR_CHARS, type Detail } from './detail';
import { renderDiagram } from './diagram';
import { renderDrift } from './drift';
import { renderFindings } from './findings';
import type { SourceLinks } from './links';
import { clip, code, fenced } from './markdown';
import type { Report } from './model';
import { renderPreview } from './preview';
import { renderRollout } from './rollout';
import { headline, planOf, resultOf } from './verdict';

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65536;
/** GitHub's per-step job summary limit is 1 MiB; stay under it in UTF-16 units too. */
export const SUMMARY_LIMIT = 1_000_000;

export interface RenderOptions {
  /** Hidden first line that finds this comment again. */
  readonly marker?: string;
  /** Allow-replacement changes the data-loss note's wording. */
  readonly allowReplacement?: boolean;
}

/** The hidden marker of a stack's sticky comment. */
export function commentMarker(key: string): string {
  return `<!-- serverless-action:${key} -->`;
}

/** What every section reads. */
export interface SectionContext {
  readonly report: Report;
  /** The plan the report is about (also a refusal's), undefined for destroy and early failures. */
  readonly plan: PlanResult | undefined;
  readonly detail: Detail;
  readonly links: SourceLinks;
  readonly allowReplacement: boolean;
}

/** One part of the report; '' when it has nothing to say. */
export interface ReportSection {
  readonly id: string;
  render(context: SectionContext): string;
}

/**
 * The sections in reading order. New sections (IAM changes, "differs from production")
 * go into this list; each renders '' when it does not apply.
 */
export const SECTIONS: readonly ReportSection[] = [
  { id: 'failure', render: failureSection },
  {
    id: 'attention',
    render: ({ plan, report, links, allowReplacement }) =>
      plan ? renderAttention(plan, report.failOn, links, allowReplacement) : '',
  },
  {
    id: 'drift',
    render: ({ plan, detail }) => (plan?.drift ? renderDrift(plan.drift, detail) : ''),
  },
  {
    id: 'outputs',
    render: ({ report, detail }) =>
      report.outcome.kind === 'deploy'
        ? renderDeployOutputs(report.outcome.deploy.outputs, detail)
        : '',
  },
  {
    id: 'changes',
    render: ({ plan, detail, links, report }) =>
      plan ? renderChanges(plan.changes, detail, links, resultOf(report) === 'deployed') : '',
  },
  {
    id: 'rollout',
    render: ({ plan }) => (plan ? renderRollout(plan) : ''),
  },
  {
    id: 'cost',
    render: ({ plan, detail, report }) =>
      plan?.cost ? renderCost(plan, detail, report.preview !== undefined) : '',
  },
  {
    id: 'preview',
    render: ({ report }) => (report.preview ? renderPreview(report.preview) : ''),
  },
  {
    id: 'findings',
    render: ({ plan, detail, links }) =>
      plan?.findings ? renderFindings(plan.findings, detail, links, plan) : '',
  },
  {
    id: 'diagram',
    render: ({ plan, detail }) =>
      plan?.graph && detail !== 'minimal' ? renderDiagram(plan.graph, plan.changes) : '',
  },
  {
    id: 'change-set',
    render: ({ plan }) =>
      plan?.changeSetId !== undefined ? `<sub>Change set: ${code(plan.changeSetId)}</sub>` : '',
  },
];

function failureSection({ report, detail }: SectionContext): string {
  if (report.outcome.kind !== 'failure') return '';
  const { error } = report.outcome;
  const cause = clip(
    error.diagnostics && error.diagnostics.length > 0
      ? error.diagnostics.map(formatDiagnostic).join('\n')
      : error.message,
    ERROR_CHARS[detail],
  );
  return [
    `**${resultOf(report) === 'refused' ? 'Why' : 'Root cause'}**${error.code ? ` (${code(error.code)})` : ''}:`,
    fenced(cause),
    error.hint ? `**What to do:** ${clip(error.hint, ERROR_CHARS[detail])}` : '',
  ]
    .filter((p) => p !== '')
    .join('\n\n');
}

/** `2026-11-28 06:00 UTC`: to the minute, as a reviewer reads a time. */
export function minuteUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The commit, the config, the environment, the tool version and the time, on one line. */
export function footer(report: Report): string {
  const parts: string[] = [report.command];
  if (report.configPath !== undefined) parts.push(code(report.configPath));
  if (report.environment !== undefined) parts.push(`environment ${code(report.environment)}`);
  if (report.sha) parts.push(`commit ${code(report.sha.slice(0, 7))}`);
  if (report.toolVersion !== undefined) parts.push(`serverless-action ${report.toolVersion}`);
  parts.push(minuteUtc(report.updatedAt));
  if (report.runUrl) parts.push(`[run](${report.runUrl})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

function linksOf(report: Report): SourceLinks {
  return {
    ...(report.repoUrl !== undefined && { repoUrl: report.repoUrl }),
    ...(report.sha !== undefined && { sha: report.sha }),
    ...(report.configPath !== undefined && { configPath: report.configPath }),
  };
}

export function renderReport(report: Report, detail: Detail, options: RenderOptions = {}): string {
  const context: SectionContext = {
    report,
    plan: planOf(report),
    detail,
    links: linksOf(report),
    allowReplacement: options.allowReplacement ?? false,
  };
  const parts = [
    options.marker ?? '',
    headline(report),
    ...SECTIONS.map((section) => section.render(context)),
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
