// Every command-line option, once: its name, type, one-line description, the commands that
// take it and what it sets in CommandOptions. parseArgs' configuration, each command's
// `--help`, and the error for an option a command does not take are all derived from
// CLI_OPTIONS, so adding a flag is one row here (and its field in options.ts).
import type { CommandOptions } from './options';
import { DEFAULT_CONFIG_FILE } from './options';

/** Wrong usage: the CLI prints the message and exits 2. */
export class UsageError extends Error {}

type Writable<T> = { -readonly [K in keyof T]: T[K] };
/** What one option contributes to the command's options. */
export type OptionsPatch = Partial<Writable<CommandOptions>>;

interface OptionBase {
  /** The long name, without `--`. */
  readonly name: string;
  /** A one-letter alias, without `-`. */
  readonly short?: string;
  /** One line for `--help`. */
  readonly description: string;
  /** The commands that take it: `'all'` or their names. */
  readonly commands: 'all' | readonly string[];
  /** A command's own line, where the option means something particular to it. */
  readonly describeFor?: Readonly<Record<string, string>>;
}

export interface StringOption extends OptionBase {
  readonly type: 'string';
  /** The value's placeholder in help: `FILE`, `DIR`. */
  readonly value: string;
  /** The values allowed, by command (`'*'` for every other command); unlisted: any. */
  readonly choices?: Readonly<Record<string, readonly string[]>>;
  readonly set?: (value: string, command: string) => OptionsPatch;
}

export interface BooleanOption extends OptionBase {
  readonly type: 'boolean';
  readonly set?: (value: boolean, command: string) => OptionsPatch;
}

export type CliOption = StringOption | BooleanOption;

/** What every command starts from before its options apply. */
export const BASE_OPTIONS: CommandOptions = {
  config: DEFAULT_CONFIG_FILE,
  format: 'text',
  out: 'cdk.out',
  allowReplacement: false,
  force: false,
  verbose: false,
};

export const CLI_OPTIONS: readonly CliOption[] = [
  {
    name: 'config',
    short: 'c',
    type: 'string',
    value: 'FILE',
    description: `config file (default ${DEFAULT_CONFIG_FILE})`,
    commands: 'all',
    set: (config) => ({ config }),
  },
  {
    name: 'environment',
    short: 'e',
    type: 'string',
    value: 'ENV',
    description: 'environment to use (default: the config\'s "environment")',
    commands: 'all',
    set: (environment) => ({ environment }),
  },
  {
    name: 'format',
    type: 'string',
    value: 'FORMAT',
    description: 'output format',
    commands: 'all',
    choices: { '*': ['text', 'json'], review: ['text', 'json', 'sarif', 'markdown'] },
    describeFor: {
      review: 'output format; markdown prints the PR comment',
    },
    set: (format) => ({ format: format as CommandOptions['format'] }),
  },
  {
    name: 'region',
    type: 'string',
    value: 'REGION',
    description: 'AWS region (default: AWS_REGION, else us-east-1)',
    commands: 'all',
    set: (region) => ({ region }),
  },
  {
    name: 'endpoint-url',
    type: 'string',
    value: 'URL',
    description: 'AWS endpoint, e.g. a local moto server (default: AWS_ENDPOINT_URL)',
    commands: 'all',
    set: (endpointUrl) => ({ endpointUrl }),
  },
  {
    name: 'out',
    short: 'o',
    type: 'string',
    value: 'DIR',
    description: 'keep the synthesized cloud assembly in DIR',
    commands: ['synth', 'review', 'plan', 'deploy'],
    describeFor: {
      synth: 'cloud assembly directory (default cdk.out)',
      plan: 'write the plan directory (plan.json, template, code, review) here',
      deploy: 'keep the synthesized cloud assembly in DIR (always synthesizes)',
    },
    // plan's --out is the plan directory; its assembly stays in a scratch directory.
    set: (out, command) => (command === 'plan' ? { planOut: out } : { out }),
  },
  {
    name: 'plan',
    type: 'string',
    value: 'DIR',
    description: "execute exactly that plan directory's change set, or refuse",
    commands: ['deploy'],
    set: (plan) => ({ plan }),
  },
  {
    name: 'artifact-bucket',
    type: 'string',
    value: 'BUCKET',
    description: 'bucket for code and large templates (default: one the tool ensures)',
    commands: ['synth', 'plan', 'deploy', 'rollback'],
    set: (artifactBucket) => ({ artifactBucket }),
  },
  {
    name: 'allow-replacement',
    type: 'boolean',
    description: 'execute even when stateful resources are replaced or deleted',
    commands: ['plan', 'deploy', 'rollback'],
    describeFor: { plan: 'show the plan as allowed to replace or delete stateful resources' },
    set: (allowReplacement) => ({ allowReplacement }),
  },
  {
    name: 'allow-rollback',
    type: 'boolean',
    description: 'allow deploying a commit older than the deployed one',
    commands: ['deploy'],
    set: (allowRollback) => ({ allowRollback }),
  },
  {
    name: 'allow-placeholders',
    type: 'boolean',
    description: 'let IDs and ARNs that cannot be real through (synth-only use)',
    commands: ['plan', 'deploy'],
    set: (allowPlaceholders) => (allowPlaceholders ? { allowPlaceholders } : {}),
  },
  {
    name: 'hotswap',
    type: 'boolean',
    description: 'when only function code changed, update the functions directly',
    commands: ['deploy'],
    set: (hotswap) => ({ hotswap }),
  },
  {
    name: 'force',
    type: 'boolean',
    description: 'also act on a stack that is not marked ephemeral',
    commands: ['deploy', 'destroy'],
    describeFor: {
      deploy: 'with --hotswap: also hotswap a stage that is not ephemeral',
      destroy: 'also delete a stack that is not marked ephemeral',
    },
    set: (force) => ({ force }),
  },
  {
    name: 'keep',
    type: 'string',
    value: 'STAGES',
    description: 'comma-separated preview stages to keep, e.g. pr-12,pr-15',
    commands: ['sweep'],
    set: (keep) => ({ keep: parseKeep(keep) }),
  },
  {
    name: 'ttl-hours',
    type: 'string',
    value: 'N',
    description: 'delete previews not deployed for N hours, even when kept',
    commands: ['sweep'],
    set: (ttlHours) => ({ ttlHours: parseTtlHours(ttlHours) }),
  },
  {
    name: 'dry-run',
    type: 'boolean',
    description: 'list what would be deleted, delete nothing',
    commands: ['sweep'],
    set: (dryRun) => ({ dryRun }),
  },
  {
    name: 'detect-drift',
    type: 'boolean',
    description: 'run drift detection first and report drifted resources',
    commands: ['plan', 'deploy', 'rollback'],
    set: (detectDrift) => ({ detectDrift }),
  },
  {
    name: 'allow-drift',
    type: 'boolean',
    description: 'deploy even over drift on a stateful resource',
    commands: ['deploy', 'rollback'],
    set: (allowDrift) => ({ allowDrift }),
  },
  {
    name: 'template',
    type: 'string',
    value: 'FILE',
    description: 'redeploy this template or plan directory, not the last one in history',
    commands: ['rollback'],
    set: (template) => ({ template }),
  },
  {
    name: 'continue',
    type: 'boolean',
    description: 'continue the rollback of a stack in UPDATE_ROLLBACK_FAILED',
    commands: ['rollback'],
    set: (continueRollback) => ({ continueRollback }),
  },
  {
    name: 'skip',
    type: 'string',
    value: 'ID',
    description: 'with --continue: a logical id to skip (repeatable; each --skip adds one)',
    commands: ['rollback'],
    set: (id) => ({ skip: [id] }),
  },
  {
    name: 'verbose',
    type: 'boolean',
    description: 'debug output',
    commands: 'all',
    set: (verbose) => ({ verbose }),
  },
  {
    name: 'help',
    short: 'h',
    type: 'boolean',
    description: 'print the help (after a command: its options and an example)',
    commands: 'all',
  },
  {
    name: 'version',
    type: 'boolean',
    description: 'print the version',
    commands: 'all',
  },
];

/** The options `command` takes, in table order. */
export function optionsOf(command: string): CliOption[] {
  return CLI_OPTIONS.filter((o) => o.commands === 'all' || o.commands.includes(command));
}

/** The values `--<name>` allows for `command`, or undefined for any value. */
export function choicesOf(option: StringOption, command: string): readonly string[] | undefined {
  return option.choices?.[command] ?? option.choices?.['*'];
}

/** parseArgs' `options`, every row of the table. */
export function parseArgsOptions(): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  return Object.fromEntries(
    CLI_OPTIONS.map((o) => [o.name, { type: o.type, ...(o.short && { short: o.short }) }]),
  );
}

/** `--config FILE, -c`: how help names an option. */
export function optionSignature(option: CliOption): string {
  const value = option.type === 'string' ? ` ${option.value}` : '';
  return `--${option.name}${value}${option.short ? `, -${option.short}` : ''}`;
}

/** The option's line for `command` (its own, or the general one, with its choices). */
export function describe(option: CliOption, command: string): string {
  const line = option.describeFor?.[command] ?? option.description;
  const choices = option.type === 'string' ? choicesOf(option, command) : undefined;
  return choices ? `${line} (${choices.join(' | ')})` : line;
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
