#!/usr/bin/env node
// `serverless-action <command>`: argv -> CommandOptions -> the command, and the help text;
// both follow the option table in src/commands/cli-options.ts. Nothing else here.
import { parseArgs } from 'node:util';
import { COMMANDS } from './commands/registry';
import { type CommandOptions } from './commands/options';
import {
  BASE_OPTIONS,
  CLI_OPTIONS,
  UsageError,
  choicesOf,
  describe,
  optionSignature,
  optionsOf,
  parseArgsOptions,
  type CliOption,
  type OptionsPatch,
} from './commands/cli-options';
import { streamLogger } from './io';
import { ConfigError, ServerlessActionError, errorMessage, formatDiagnostic } from './errors';
import { quietNodeVersionWarning } from './node-version';
import { TOOL_VERSION } from './version';

const NAME = 'serverless-action';

/** `serverless-action --help` (or no command): the commands and the options all take. */
export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length)) + 2;
  return [
    `usage: ${NAME} <command> [options]`,
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
    '',
    'options of every command:',
    ...optionLines(
      CLI_OPTIONS.filter((o) => o.commands === 'all'),
      '',
    ),
    '',
    `\`${NAME} <command> --help\` lists that command's own options, with an example.`,
  ].join('\n');
}

/** `serverless-action <command> --help`: its summary, every option it takes, an example. */
export function commandHelp(command: string): string {
  const entry = COMMANDS[command]!;
  return [
    `usage: ${NAME} ${command} [options]`,
    '',
    entry.summary,
    '',
    'options:',
    ...optionLines(optionsOf(command), command),
    '',
    entry.examples.length === 1 ? 'example:' : 'examples:',
    ...entry.examples.map((example) => `  ${NAME} ${example}`),
  ].join('\n');
}

function optionLines(options: readonly CliOption[], command: string): string[] {
  const width = Math.max(...options.map((o) => optionSignature(o).length)) + 2;
  return options.map((o) => `  ${optionSignature(o).padEnd(width)}${describe(o, command)}`);
}

/** `--help` or `--version`: print `text` on stdout, exit 0. */
export class CliAnswer extends Error {}

/** Where a usage error points the user. */
function seeHelp(command: string | undefined): string {
  return `run "${NAME}${command === undefined ? '' : ` ${command}`} --help" for the options`;
}

export function parseCli(argv: readonly string[]): { command: string; options: CommandOptions } {
  let tokens;
  try {
    // Not strict: every option is checked below against the command, to name both.
    ({ tokens } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: false,
      tokens: true,
      options: parseArgsOptions(),
    }));
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  const given = tokens.flatMap((t) => (t.kind === 'option' ? [t] : []));
  const command = positionals[0];
  if (given.some((t) => t.name === 'version')) throw new CliAnswer(TOOL_VERSION);
  const wantsHelp = given.some((t) => t.name === 'help');
  if (command === undefined) {
    if (wantsHelp || given.length === 0) throw new CliAnswer(usage());
    throw new UsageError(`no command given; ${seeHelp(undefined)}`);
  }
  if (!(command in COMMANDS)) {
    throw new UsageError(
      `unknown command "${command}"; expected one of: ${Object.keys(COMMANDS).join(', ')}`,
    );
  }
  if (wantsHelp) throw new CliAnswer(commandHelp(command));

  const patches: OptionsPatch[] = [];
  for (const token of given) {
    const option = CLI_OPTIONS.find((o) => o.name === token.name);
    if (option === undefined) {
      throw new UsageError(`unknown option ${token.rawName} for ${command}; ${seeHelp(command)}`);
    }
    if (option.commands !== 'all' && !option.commands.includes(command)) {
      throw new UsageError(
        `--${option.name} is for ${option.commands.join(', ')}, not ${command}; ${seeHelp(command)}`,
      );
    }
    if (option.type === 'boolean') {
      if (token.value !== undefined) {
        throw new UsageError(`--${option.name} takes no value, got "${token.value}"`);
      }
      if (option.set) patches.push(option.set(true, command));
      continue;
    }
    if (token.value === undefined) {
      throw new UsageError(`--${option.name} needs a value: --${option.name} ${option.value}`);
    }
    const choices = choicesOf(option, command);
    if (choices !== undefined && !choices.includes(token.value)) {
      throw new UsageError(
        `--${option.name} must be one of ${choices.join(', ')} for ${command}, got "${token.value}"`,
      );
    }
    if (option.set) patches.push(option.set(token.value, command));
  }
  // After the options: `plan --bogus x` is about --bogus, not about "x".
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument "${positionals[1]}" for ${command}`);
  }
  return { command, options: combine(patches) };
}

/** The patches over BASE_OPTIONS in order; a list option given twice (`--skip a --skip b`) adds up. */
function combine(patches: readonly OptionsPatch[]): CommandOptions {
  const options: Record<string, unknown> = { ...BASE_OPTIONS };
  for (const patch of patches) {
    for (const [key, value] of Object.entries(patch)) {
      const before = options[key];
      options[key] =
        Array.isArray(before) && Array.isArray(value)
          ? [...(before as unknown[]), ...(value as unknown[])]
          : value;
    }
  }
  return options as unknown as CommandOptions;
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(argv);
  } catch (error) {
    if (error instanceof CliAnswer) {
      process.stdout.write(error.message + '\n');
      return 0;
    }
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${NAME}: ${error.message}\n`);
    return 2;
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
  // One line instead of the AWS SDK's eight on Node versions it warns about.
  quietNodeVersionWarning(process, (line) => process.stderr.write(line + '\n'));
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
