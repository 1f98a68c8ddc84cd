// The first line of a report: the verdict in words and one emoji, what changes in counts,
// and the cost delta, so a reviewer knows at a glance whether to read on.
import type { PlanResult, ResourceChange } from '../deploy/types';
import type { Report, ReportResult } from './model';
import { attentionItems } from './attention';
import { costHeadline } from './cost';
import { code } from './markdown';

export type Verdict =
  'safe' | 'attention' | 'data-loss' | 'no-op' | 'deployed' | 'destroyed' | 'refused' | 'failed';

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  safe: '✅ Safe',
  attention: '⚠️ Needs attention',
  'data-loss': '🛑 Will lose data',
  'no-op': '✅ No changes',
  deployed: '🚀 Deployed',
  destroyed: '🗑️ Destroyed',
  refused: '⛔ Refused',
  failed: '❌ Failed',
};

/** Error codes of runs the tool stopped on purpose, before anything reached the account. */
const REFUSALS: ReadonlySet<string> = new Set([
  'DATA_LOSS_GUARD',
  'DRIFT_GUARD',
  'FINDINGS_GATE',
  'PLACEHOLDER_VALUES',
]);

/** The outcome in one word: the report's own `result` when set, else read from the outcome. */
export function resultOf(report: Report): ReportResult {
  if (report.result !== undefined) return report.result;
  const { outcome } = report;
  switch (outcome.kind) {
    case 'plan':
      return outcome.plan.hasChanges ? 'planned' : 'no-op';
    case 'deploy':
      return outcome.deploy.hasChanges ? 'deployed' : 'no-op';
    case 'destroy':
      return 'destroyed';
    case 'failure':
      return outcome.error.code !== undefined && REFUSALS.has(outcome.error.code)
        ? 'refused'
        : 'failed';
  }
}

/** The plan a report is about, whatever its outcome (a refusal keeps what it refused). */
export function planOf(report: Report): PlanResult | undefined {
  const { outcome } = report;
  switch (outcome.kind) {
    case 'plan':
      return outcome.plan;
    case 'deploy':
      return outcome.deploy;
    case 'failure':
      return outcome.plan;
    case 'destroy':
      return undefined;
  }
}

export function verdictOf(report: Report): Verdict {
  const result = resultOf(report);
  switch (result) {
    case 'refused':
    case 'failed':
    case 'deployed':
    case 'destroyed':
    case 'no-op':
      return result;
    case 'planned': {
      const plan = planOf(report);
      if (plan === undefined) return 'safe';
      if (plan.changes.some((c) => c.risk === 'data-loss')) return 'data-loss';
      return attentionItems(plan, report.failOn).length > 0 ? 'attention' : 'safe';
    }
  }
}

interface Counts {
  readonly add: number;
  readonly change: number;
  readonly replace: number;
  readonly remove: number;
}

export function changeCounts(changes: readonly ResourceChange[]): Counts {
  let add = 0;
  let change = 0;
  let replace = 0;
  let remove = 0;
  for (const c of changes) {
    if (c.action === 'Add' || c.action === 'Import') add++;
    else if (c.action === 'Remove') remove++;
    else if (c.replacement === 'True' || c.replacement === 'Conditional') replace++;
    else change++;
  }
  return { add, change, replace, remove };
}

/** `3 to add, 2 to change, 1 to replace` (a plan) or `3 added, 2 changed` (a deploy). */
export function countsText(changes: readonly ResourceChange[], done: boolean): string {
  const counts = changeCounts(changes);
  const words: readonly [keyof Counts, string, string][] = [
    ['add', 'to add', 'added'],
    ['change', 'to change', 'changed'],
    ['replace', 'to replace', 'replaced'],
    ['remove', 'to delete', 'deleted'],
  ];
  return words
    .filter(([key]) => counts[key] > 0)
    .map(([key, future, past]) => `${counts[key]} ${done ? past : future}`)
    .join(', ');
}

/** `### ⚠️ Needs attention · `app-dev` plan: 3 to add, 1 to replace · +$3.10 / month (+33 %)` */
export function headline(report: Report): string {
  const verdict = verdictOf(report);
  const stack = report.stackName !== undefined ? `${code(report.stackName)} ` : '';
  const plan = planOf(report);
  const what: string[] = [];
  if (report.outcome.kind === 'destroy') {
    if (!report.outcome.destroy.deleted) {
      return `### ✅ Nothing to destroy · ${stack}does not exist`;
    }
  } else if (verdict === 'no-op') {
    what.push('up to date');
  } else if (plan !== undefined && plan.changes.length > 0) {
    what.push(countsText(plan.changes, verdict === 'deployed'));
  }
  if (plan?.cost !== undefined) what.push(costHeadline(plan, report.preview !== undefined));
  const label = VERDICT_LABEL[verdict];
  return `### ${label} · ${stack}${report.command}${what.length > 0 ? `: ${what.join(' · ')}` : ''}`;
}
