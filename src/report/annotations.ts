// Config problems, findings and data-losing changes as workflow annotations, pinned to the
// config's lines so they show on the pull request's "Files changed" tab. GitHub shows at most
// 10 annotations of each level per step, so findings beyond that are counted in the report
// instead of sent to be dropped.
import { qualifiedId } from '../deploy/nested';
import type { ResourceChange } from '../deploy/types';
import type { Diagnostic } from '../errors';
import type { Finding, FindingSeverity } from '../review/types';

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

/** GitHub's display limit per level and step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export function diagnosticAnnotations(diagnostics: readonly Diagnostic[]): Annotation[] {
  return diagnostics.map((d) => ({
    level: d.severity,
    message: d.message,
    title: d.path === '' ? 'serverless config' : d.path,
    file: d.file,
    startLine: d.line,
    startColumn: d.column,
  }));
}

const LEVEL: Readonly<Record<FindingSeverity, Annotation['level']>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'warning',
  info: 'notice',
};

/** Keeps the first `perLevel` annotations of each level (callers sort worst first). */
export function capAnnotations(
  annotations: readonly Annotation[],
  perLevel = ANNOTATIONS_PER_LEVEL,
): { kept: Annotation[]; dropped: number } {
  const used = { error: 0, warning: 0, notice: 0 };
  const kept: Annotation[] = [];
  for (const a of annotations) {
    if (used[a.level] >= perLevel) continue;
    used[a.level]++;
    kept.push(a);
  }
  return { kept, dropped: annotations.length - kept.length };
}

function uncappedFindingAnnotations(findings: readonly Finding[]): Annotation[] {
  return findings
    .filter((f) => f.suppressed === undefined)
    .map((f) => ({
      level: LEVEL[f.severity],
      message: `${f.resource}: ${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`,
      title: `${f.rule} (${f.severity})`,
      ...(f.location !== undefined && {
        file: f.location.file,
        startLine: f.location.line,
        startColumn: f.location.column,
      }),
    }));
}

/**
 * Unsuppressed findings only (a suppression with a reason is a decision, not noise), at most
 * 10 per level; the report counts the rest (annotationOverflow).
 */
export function findingAnnotations(findings: readonly Finding[]): Annotation[] {
  return capAnnotations(uncappedFindingAnnotations(findings)).kept;
}

/** Findings not annotated because of GitHub's per-level limit. */
export function annotationOverflow(findings: readonly Finding[]): number {
  return capAnnotations(uncappedFindingAnnotations(findings)).dropped;
}

/** Changes that delete data or cannot succeed, as errors at the config line that causes them. */
export function changeAnnotations(changes: readonly ResourceChange[]): Annotation[] {
  const annotations = changes
    .filter((c) => c.location !== undefined && (c.risk === 'data-loss' || c.customName))
    .map((c) => ({
      level: 'error' as const,
      title: c.customName !== undefined ? 'replacement will fail' : 'data loss',
      message:
        c.customName !== undefined
          ? `${c.resource ?? qualifiedId(c)} must be replaced but keeps its name ${c.customName}: CloudFormation fails the update. Rename it (a new key) and copy the data, or undo the change${c.reason ? ` (${c.reason})` : ''}.`
          : `${c.resource ?? qualifiedId(c)} (${c.type}): ${c.reason ?? 'deleted with its data'}`,
      file: c.location!.file,
      startLine: c.location!.line,
      startColumn: c.location!.column,
    }));
  return capAnnotations(annotations).kept;
}
