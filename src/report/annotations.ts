// Config problems and findings as workflow annotations, pinned to the config's lines so
// they show on the pull request's "Files changed" tab.
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

/** Unsuppressed findings only: a suppression with a reason is a decision, not noise. */
export function findingAnnotations(findings: readonly Finding[]): Annotation[] {
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
