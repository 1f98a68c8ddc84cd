// `serverless-action sweep`: delete the preview stacks (pr-*) of this config's project
// whose pull request is closed (not in --keep) or that were not deployed for --ttl-hours.
// The scheduled workflow `workflows/sweep-previews.yml` runs it with the open PRs as --keep.
import { createAwsClients, resolveEndpoint, resolveRegion } from '../aws/clients';
import { loadConfig } from '../config';
import { runDestroy } from '../deploy';
import { sweepPreviews, type SweepOutcome } from '../deploy/previews';
import { ServerlessActionError } from '../errors';
import { systemClock, type Clock } from '../io';
import type { Command, CommandContext } from './registry';

export const sweepCommand: Command = (context) => runSweep(context, systemClock);

/** The command with its clock injected, so tests can make the deletion wait instant. */
export async function runSweep(context: CommandContext, clock: Clock): Promise<number> {
  const { options, logger, print, env, cwd } = context;
  if (options.keep === undefined && options.ttlHours === undefined) {
    throw new ServerlessActionError(
      'sweep needs --keep, --ttl-hours, or both; without them nothing could be told apart from an open preview',
      'SWEEP_NO_CRITERIA',
      'pass the open pull requests\' stages, e.g. --keep "$(gh pr list --state open --json number --jq \'map("pr-\\(.number)") | join(",")\')"',
    );
  }
  // The project comes from the config, so one repository's sweep never reaches another's.
  const { config } = await loadConfig(options.config, { cwd });
  const endpoint = resolveEndpoint(options.endpointUrl, env);
  const clients = createAwsClients({
    region: resolveRegion(options.region, env),
    ...(endpoint !== undefined && { endpoint }),
  });
  try {
    const outcomes = await sweepPreviews(
      {
        cfn: clients.cloudFormation,
        logger,
        // The engine's destroy: it re-checks the tags, empties the stack's buckets and
        // explains a failed deletion.
        destroy: async (stack) => {
          await runDestroy(stack.stackName, { clients, clock, logger });
        },
      },
      {
        project: config.project_name,
        ...(options.keep !== undefined && { keep: new Set(options.keep) }),
        ...(options.ttlHours !== undefined && { ttlHours: options.ttlHours }),
        now: clock.now(),
      },
      options.dryRun ?? false,
    );
    const dryRun = options.dryRun ?? false;
    print(
      options.format === 'json'
        ? JSON.stringify(sweepJson(outcomes, dryRun))
        : sweepMarkdown(outcomes, dryRun, config.project_name),
    );
    return outcomes.some((o) => o.result?.deleted === false) ? 1 : 0;
  } finally {
    clients.destroy();
  }
}

/** The stacks actually deleted, and those left standing (kept, skipped, or failed). */
export function sweepTally(outcomes: readonly SweepOutcome[]): {
  deleted: string[];
  kept: string[];
} {
  const deleted = outcomes.filter((o) => o.result?.deleted === true).map((o) => o.stack.stackName);
  const kept = outcomes
    .filter((o) => o.result?.deleted !== true && !(o.action === 'delete' && o.result === undefined))
    .map((o) => o.stack.stackName);
  return { deleted, kept };
}

/** `--format json`: one object, one entry per preview stack seen. */
export function sweepJson(outcomes: readonly SweepOutcome[], dryRun: boolean) {
  return {
    dryRun,
    ...sweepTally(outcomes),
    stacks: outcomes.map((o) => ({
      stackName: o.stack.stackName,
      environment: o.stack.environment,
      action: o.action,
      reason: o.reason,
      ...(o.result !== undefined && { deleted: o.result.deleted }),
      ...(o.result?.deleted === false && { error: o.result.error }),
    })),
  };
}

/** Text output is Markdown: the workflow appends it to the job summary as is. */
export function sweepMarkdown(
  outcomes: readonly SweepOutcome[],
  dryRun: boolean,
  project: string,
): string {
  const title = `### Preview sweep of ${project}${dryRun ? ' (dry run: nothing deleted)' : ''}`;
  if (outcomes.length === 0) return `${title}\n\nNo preview stacks found.\n`;
  const rows = outcomes.map(
    (o) =>
      `| ${o.stack.stackName} | ${o.stack.environment} | ${verdict(o, dryRun)} | ${o.reason} |`,
  );
  const { deleted, kept } = sweepTally(outcomes);
  const list = (names: string[]) => (names.length > 0 ? names.join(', ') : 'none');
  return [
    title,
    '',
    dryRun
      ? `Would delete: ${list(outcomes.filter((o) => o.action === 'delete').map((o) => o.stack.stackName))}. Kept: ${list(kept)}.`
      : `Deleted: ${list(deleted)}. Kept: ${list(kept)}.`,
    '',
    '| stack | stage | result | why |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function verdict(outcome: SweepOutcome, dryRun: boolean): string {
  if (outcome.action !== 'delete') return outcome.action === 'keep' ? 'kept' : 'skipped';
  if (dryRun || outcome.result === undefined) return 'would delete';
  return outcome.result.deleted ? 'deleted' : `**failed**: ${outcome.result.error}`;
}
