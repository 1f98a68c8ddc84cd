#!/usr/bin/env node
// `serverless-action <command>`: argv -> CommandOptions -> the command. Nothing else here.
import { parseArgs } from 'node:util';
import { COMMANDS } from './commands/registry';
import { DEFAULT_CONFIG_FILE, type CommandOptions, type OutputFormat } from './commands/options';
import { streamLogger } from './io';
import { ConfigError, ServerlessActionError, errorMessage, formatDiagnostic } from './errors';

const USAGE = `usage: serverless-action <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

options:
  --config FILE          config file (default ${DEFAULT_CONFIG_FILE})
  --environment ENV      environment to use (default: the config's "environment")
  --format FORMAT        text | json (review also: sarif, markdown: the PR comment)
  --region REGION        AWS region (default: AWS_REGION, else us-east-1)
  --endpoint-url URL     AWS endpoint, e.g. a local moto server (default: AWS_ENDPOINT_URL)
  --out DIR              synth: cloud assembly directory (default cdk.out);
                         plan: write the plan directory (plan.json, template, assets) here
  --plan DIR             deploy: execute exactly that plan's change set, or refuse
  --allow-rollback       deploy: allow a commit older than the deployed one
  --artifact-bucket B    plan/deploy: bucket for code and large templates
  --allow-replacement    deploy: execute even when stateful resources are replaced or deleted
  --force                destroy: also delete a stack not marked ephemeral;
                         deploy --hotswap: also hotswap a stage that is not ephemeral
  --hotswap              deploy: when only function code changed, update the functions
                         directly (no change set); else deploy as usual and say why
  --allow-placeholders   plan/deploy: let IDs and ARNs that cannot be real through (synth-only use)
  --force                destroy: also delete a stack not marked ephemeral
  --keep STAGES          sweep: comma-separated preview stages to keep, e.g. pr-12,pr-15
  --ttl-hours N          sweep: delete previews not deployed for N hours, even when kept
  --dry-run              sweep: list what would be deleted, delete nothing
  --detect-drift         plan/deploy: run drift detection first and report drifted resources
  --allow-drift          deploy: deploy even over drift on a stateful resource
  --template FILE        rollback: redeploy this template (or a plan directory) instead of
                         the previous one kept in the artifact bucket's history
  --continue             rollback: continue the rollback of a stack in UPDATE_ROLLBACK_FAILED
  --skip ID              rollback --continue: a logical id to skip (repeatable)
  --verbose              debug output
  --help                 this text`;

/** Thrown for wrong usage; the CLI exits 2. */
class UsageError extends Error {}

export function parseCli(argv: readonly string[]): { command: string; options: CommandOptions } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        environment: { type: 'string', short: 'e' },
        format: { type: 'string' },
        region: { type: 'string' },
        'endpoint-url': { type: 'string' },
        out: { type: 'string', short: 'o' },
        'artifact-bucket': { type: 'string' },
        'allow-replacement': { type: 'boolean' },
        'allow-rollback': { type: 'boolean' },
        plan: { type: 'string' },
        'allow-placeholders': { type: 'boolean' },
        force: { type: 'boolean' },
        hotswap: { type: 'boolean' },
        verbose: { type: 'boolean' },
        keep: { type: 'string' },
        'ttl-hours': { type: 'string' },
        'dry-run': { type: 'boolean' },
        'detect-drift': { type: 'boolean' },
        'allow-drift': { type: 'boolean' },
        template: { type: 'string' },
        continue: { type: 'boolean' },
        skip: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === undefined) throw new UsageError('');
  if (!(command in COMMANDS)) {
    throw new UsageError(
      `unknown command "${command}"; expected one of: ${Object.keys(COMMANDS).join(', ')}`,
    );
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  if (values.plan !== undefined && command !== 'deploy') {
    throw new UsageError(`--plan is for deploy (execute a plan directory), not ${command}`);
  }
  const format = values.format ?? 'text';
  const formats: readonly string[] =
    command === 'review' ? ['text', 'json', 'sarif', 'markdown'] : ['text', 'json'];
  if (!formats.includes(format)) {
    throw new UsageError(
      `--format must be one of ${formats.join(', ')} for ${command}, got "${format}"`,
    );
  }
  const options: CommandOptions = {
    config: values.config ?? DEFAULT_CONFIG_FILE,
    format: format as OutputFormat,
    // plan's --out is the plan directory; its assembly stays in a scratch directory.
    out: command === 'plan' ? 'cdk.out' : (values.out ?? 'cdk.out'),
    ...(command === 'plan' && values.out !== undefined && { planOut: values.out }),
    ...(values.plan !== undefined && { plan: values.plan }),
    ...(values['allow-rollback'] !== undefined && { allowRollback: values['allow-rollback'] }),
    allowReplacement: values['allow-replacement'] ?? false,
    ...(values['allow-placeholders'] === true && { allowPlaceholders: true }),
    force: values.force ?? false,
    ...(values.hotswap !== undefined && { hotswap: values.hotswap }),
    verbose: values.verbose ?? false,
    ...(values.environment !== undefined && { environment: values.environment }),
    ...(values.region !== undefined && { region: values.region }),
    ...(values['endpoint-url'] !== undefined && { endpointUrl: values['endpoint-url'] }),
    ...(values['artifact-bucket'] !== undefined && { artifactBucket: values['artifact-bucket'] }),
    ...(values.keep !== undefined && { keep: parseKeep(values.keep) }),
    ...(values['ttl-hours'] !== undefined && { ttlHours: parseTtlHours(values['ttl-hours']) }),
    ...(values['dry-run'] !== undefined && { dryRun: values['dry-run'] }),
    ...(values['detect-drift'] !== undefined && { detectDrift: values['detect-drift'] }),
    ...(values['allow-drift'] !== undefined && { allowDrift: values['allow-drift'] }),
    ...(values.template !== undefined && { template: values.template }),
    ...(values.continue !== undefined && { continueRollback: values.continue }),
    ...(values.skip !== undefined && { skip: values.skip }),
  };
  return { command, options };
}

/** `--keep "pr-1, pr-2,"` -> ['pr-1', 'pr-2']; an empty value keeps nothing (no PR is open). */
function parseKeep(value: string): string[] {
  return value
    .split(',')
    .map((stage) => stage.trim())
    .filter((stage) => stage !== '');
}

function parseTtlHours(value: string): number {
  const hours = Number(value);
  if (value.trim() === '' || !Number.isFinite(hours) || hours <= 0) {
    throw new UsageError(`--ttl-hours must be a positive number of hours, got "${value}"`);
  }
  return hours;
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const wantedHelp = error.message === '';
    (wantedHelp ? process.stdout : process.stderr).write(
      (wantedHelp ? '' : `serverless-action: ${error.message}\n\n`) + USAGE + '\n',
    );
    return wantedHelp ? 0 : 2;
  }
  const logger = streamLogger(process.stderr, parsed.options.verbose);
  try {
    const command = await COMMANDS[parsed.command]!.load();
    return await command({
      options: parsed.options,
      logger,
      print: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
      env: process.env,
      cwd: process.cwd(),
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      // Diagnostics already read `FILE:LINE:COLUMN: error: ...`; print them as they are.
      for (const d of [...error.diagnostics, ...error.warnings]) logger.info(formatDiagnostic(d));
      return 1;
    }
    if (error instanceof ServerlessActionError) {
      logger.error(error.message);
      if (error.hint) logger.info(`hint: ${error.hint}`);
      return 1;
    }
    throw error;
  }
}

/** Runs the CLI on this process's argv and sets its exit code. */
export function runCli(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `serverless-action: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runCli();
