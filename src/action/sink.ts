// Where the action's results go: step outputs, annotations, the job summary. main.ts
// passes one over @actions/core; tests pass memorySink().
import * as core from '@actions/core';
import type { Annotation } from '../report/annotations';

export interface ActionSink {
  setOutput(name: string, value: string): void;
  annotate(annotation: Annotation): void;
  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>;
}

export const coreSink: ActionSink = {
  setOutput: (name, value) => core.setOutput(name, value),
  annotate: ({ level, message, ...properties }) => {
    const emit = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice;
    emit(message, properties);
  },
  appendSummary: async (markdown) => {
    // No GITHUB_STEP_SUMMARY (a local run): the report is in the log already.
    if (!process.env['GITHUB_STEP_SUMMARY']) return;
    await core.summary.addRaw(markdown, true).write();
  },
};

export function memorySink(): ActionSink & {
  readonly outputs: Record<string, string>;
  readonly annotations: Annotation[];
  readonly summaries: string[];
} {
  const outputs: Record<string, string> = {};
  const annotations: Annotation[] = [];
  const summaries: string[] = [];
  return {
    outputs,
    annotations,
    summaries,
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    annotate: (a) => annotations.push(a),
    appendSummary: (markdown) => {
      summaries.push(markdown);
      return Promise.resolve();
    },
  };
}
