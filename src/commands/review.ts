// `serverless-action review`: load the config, synthesize into a scratch directory (or --out),
// estimate the monthly cost and list the security findings. Needs no AWS. Findings do not fail
// the command (exit 0); the action's `fail-on` decides what blocks a deploy.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, type LoadedConfig } from '../config';
import { formatDiagnostic } from '../errors';
import type { SynthOptions, SynthesizedStack } from '../synth/types';
import type { Command, CommandContext } from './registry';

export type Synthesize = (loaded: LoadedConfig, options: SynthOptions) => Promise<SynthesizedStack>;

/** The review command with its synth step injectable (tests pass a stack built from a fixture). */
export function makeReviewCommand(synthesize: () => Promise<Synthesize>): Command {
  return async (context: CommandContext) => {
    const { options } = context;
    const loaded = await loadConfig(options.config, {
      cwd: context.cwd,
      ...(options.environment !== undefined && { environment: options.environment }),
    });
    // Config warnings (e.g. a field that does not apply to its source type) go to stderr, as
    // `validate` prints them; stdout stays one document for --format json / sarif.
    for (const warning of loaded.warnings) context.logger.info(formatDiagnostic(warning));
    // `out` defaults to cdk.out for synth; review keeps the user's tree clean unless asked.
    const outGiven = context.options.out !== 'cdk.out';
    const outDir = outGiven
      ? resolve(context.cwd, options.out)
      : await mkdtemp(join(tmpdir(), 'serverless-action-review-'));
    try {
      const stack = await (await synthesize())(loaded, { outDir });
      const { review } = await import('../review');
      const region =
        options.region ??
        context.env['AWS_REGION'] ??
        context.env['AWS_DEFAULT_REGION'] ??
        'us-east-1';
      const result = await review(stack, { region });
      if (options.format === 'json') {
        const { reviewJson } = await import('../review/format');
        context.print(JSON.stringify(reviewJson(result), null, 2));
      } else if (options.format === 'sarif') {
        const { toSarif } = await import('../report/sarif');
        context.print(
          JSON.stringify(
            toSarif(result, { configFile: options.config, baseDir: context.cwd }),
            null,
            2,
          ),
        );
      } else if (options.format === 'markdown') {
        // The PR comment, for local use: what the action would post for a plan, without the
        // change set (that needs AWS) and so without changes or a cost delta.
        const { renderReport } = await import('../report/render');
        const { stackGraph } = await import('../review/graph');
        const { rolloutOf } = await import('../review/rollout');
        const { wholeTemplate } = await import('../review/whole-template');
        const { TOOL_VERSION } = await import('../version');
        const template = wholeTemplate(stack);
        context.print(
          renderReport(
            {
              command: 'plan',
              stackName: stack.stackName,
              environment: loaded.environment,
              configPath: options.config,
              toolVersion: TOOL_VERSION,
              updatedAt: new Date(),
              outcome: {
                kind: 'plan',
                plan: {
                  stackName: stack.stackName,
                  hasChanges: true,
                  changes: [],
                  cost: result.cost,
                  findings: result.findings,
                  graph: stackGraph(template, stack.origins),
                  rollout: rolloutOf(template, stack.origins),
                },
              },
            },
            'full',
          ),
        );
      } else {
        const { formatReviewText } = await import('../review/format');
        context.print(formatReviewText(result));
      }
      return 0;
    } finally {
      if (!outGiven) await rm(outDir, { recursive: true, force: true });
    }
  };
}

export const reviewCommand: Command = makeReviewCommand(
  async () => (await import('../synth')).synthesize,
);
