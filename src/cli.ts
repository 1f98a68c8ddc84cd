#!/usr/bin/env node
// `serverless-action <command>`: argv -> CommandOptions -> the command. Nothing else here.
import { parseArgs } from 'node:util';
import { COMMANDS } from './commands/registry';
import { DEFAULT_CONFIG_FILE, type CommandOptions, type OutputFormat } from './commands/options';
import { streamLogger } from './io';
import { ServerlessActionError, errorMessage } from './errors';

const USAGE = `usage: serverless-action <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

options:
  --config FILE          config file (default ${DEFAULT_CONFIG_FILE})
  --environment ENV      environment to use (default: the config's "environment")
  --format FORMAT        text | json (review also: sarif)
  --region REGION        AWS region (default: AWS_REGION, else us-east-1)
  --endpoint-url URL     AWS endpoint, e.g. a local moto server (default: AWS_ENDPOINT_URL)
  --out DIR              synth: cloud assembly directory (default cdk.out)
  --artifact-bucket B    plan/deploy: bucket for code and large templates
  --allow-replacement    deploy: execute even when stateful resources are replaced or deleted
  --force                destroy: also delete a stack not marked ephemeral
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
        force: { type: 'boolean' },
        verbose: { type: 'boolean' },
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
    throw new UsageError(`unknown command "${command}"; expected one of: ${Object.keys(COMMANDS).join(', ')}`);
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const format = values.format ?? 'text';
  const formats: readonly string[] = command === 'review' ? ['text', 'json', 'sarif'] : ['text', 'json'];
  if (!formats.includes(format)) {
    throw new UsageError(`--format must be one of ${formats.join(', ')} for ${command}, got "${format}"`);
  }
  const options: CommandOptions = {
    config: values.config ?? DEFAULT_CONFIG_FILE,
    format: format as OutputFormat,
    out: values.out ?? 'cdk.out',
    allowReplacement: values['allow-replacement'] ?? false,
    force: values.force ?? false,
    verbose: values.verbose ?? false,
    ...(values.environment !== undefined && { environment: values.environment }),
    ...(values.region !== undefined && { region: values.region }),
    ...(values['endpoint-url'] !== undefined && { endpointUrl: values['endpoint-url'] }),
    ...(values['artifact-bucket'] !== undefined && { artifactBucket: values['artifact-bucket'] }),
  };
  return { command, options };
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
    if (error instanceof ServerlessActionError) {
      logger.error(error.message);
      if (error.hint) logger.info(`hint: ${error.hint}`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`serverless-action: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
