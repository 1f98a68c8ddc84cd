// Every action input, read once, into one typed and validated settings object. Nothing
// else in the action calls core.getInput: tests build settings from a plain map.
import * as core from '@actions/core';
import { SEVERITIES, type FindingSeverity } from './review/types';
import { DEFAULT_CONFIG_FILE } from './commands/options';
import { ServerlessActionError } from './errors';

export const ACTION_COMMANDS = ['plan', 'deploy', 'destroy'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

/** `none` never fails on findings; a severity fails on unsuppressed findings at or above it. */
export type FailOn = 'none' | FindingSeverity;

export interface ActionSettings {
  /** What to do; undefined: chosen from the triggering event (see action/command.ts). */
  readonly command?: ActionCommand;
  /** Config file path, relative to the workspace. */
  readonly config: string;
  /** Environment (stage); undefined: pr-<number> for previews, else the config's own. */
  readonly environment?: string;
  /** IAM role assumed through GitHub OIDC; undefined: the SDK's default credential chain. */
  readonly roleToAssume?: string;
  readonly region: string;
  /** Audience of the GitHub OIDC token; must match the trust policy's `:aud` condition. */
  readonly audience: string;
  /** STS session name; undefined: derived from the repository and run id. */
  readonly roleSessionName?: string;
  readonly roleDurationSeconds: number;
  /** Token for the PR comment; undefined disables commenting. */
  readonly githubToken?: string;
  readonly commentOnPr: boolean;
  /** AWS endpoint for every client, STS included (moto, LocalStack). */
  readonly endpointUrl?: string;
  /** Let the data-loss guard pass (stateful resources replaced or removed). */
  readonly allowReplacement: boolean;
  /** Let plan and deploy through with IDs and ARNs that cannot be real (a sandbox such as moto). */
  readonly allowPlaceholders: boolean;
  readonly failOn: FailOn;
  readonly artifactBucket?: string;
  /** undefined: ephemeral when the environment is a pr-<number> preview. */
  readonly ephemeral?: boolean;
  /** destroy: delete even a stack that is not marked ephemeral. */
  readonly force: boolean;
  /** deploy: a plan directory whose change set to execute exactly (no synthesis). */
  readonly plan?: string;
  /** deploy: allow a commit older than (an ancestor of) the deployed one. */
  readonly allowRollback: boolean;
  /** plan/deploy: drift detection first; undefined (input empty): on for prod-like stages. */
  readonly detectDrift?: boolean;
  /** deploy: deploy even over drift on a stateful resource. */
  readonly allowDrift: boolean;
  /** deploy: code-only fast path; undefined: on for ephemeral stages. */
  readonly hotswap?: boolean;
}

/** Reads one input as the runner passes it (core.getInput), '' when unset. */
export type InputReader = (name: string) => string;

export const ROLE_ARN_PATTERN = /^arn:aws[-a-z]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
export const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
/** STS RoleSessionName: 2-64 characters of [\w+=,.@-]. */
export const SESSION_NAME_PATTERN = /^[\w+=,.@-]{2,64}$/;
const ENVIRONMENT_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

export class InputError extends ServerlessActionError {
  constructor(input: string, value: string, expected: string) {
    super(`Invalid input '${input}': '${value}'. Expected ${expected}.`, 'INPUT_INVALID');
  }
}

/** The runner's inputs (INPUT_* variables), each read once. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  return parseSettings((name) => core.getInput(name), env);
}

/**
 * Parses the inputs. `env` supplies the region fallback (AWS_REGION, AWS_DEFAULT_REGION) the
 * way configure-aws-credentials leaves it for later steps.
 */
export function parseSettings(read: InputReader, env: NodeJS.ProcessEnv = {}): ActionSettings {
  const get = (name: string): string | undefined => {
    const value = read(name).trim();
    return value === '' ? undefined : value;
  };
  const command = oneOf(get('command'), 'command', ACTION_COMMANDS);
  const failOn = oneOf(get('fail-on'), 'fail-on', ['none', ...SEVERITIES] as const) ?? 'none';
  const environment = matching(
    get('environment'),
    'environment',
    ENVIRONMENT_PATTERN,
    'lowercase letters, digits and "-", e.g. "staging" or "pr-42"',
  );
  const roleToAssume = matching(
    get('role-to-assume'),
    'role-to-assume',
    ROLE_ARN_PATTERN,
    'an IAM role ARN like arn:aws:iam::123456789012:role/deploy',
  );
  const regionValue = get('aws-region') ?? env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'];
  if (regionValue === undefined || regionValue === '') {
    throw new ServerlessActionError(
      "Input 'aws-region' is required: no AWS_REGION or AWS_DEFAULT_REGION in the environment either.",
      'INPUT_INVALID',
      "Add `aws-region: us-east-1` (or your region) to the step's `with:`.",
    );
  }
  const region = matching(regionValue, 'aws-region', REGION_PATTERN, 'a region like us-east-1')!;
  const roleSessionName = matching(
    get('role-session-name'),
    'role-session-name',
    SESSION_NAME_PATTERN,
    '2-64 characters of letters, digits and +=,.@_-',
  );
  const duration = integer(get('role-duration-seconds'), 'role-duration-seconds', 900, 43200);
  const endpointUrl = url(get('endpoint-url'), 'endpoint-url');
  const githubToken = get('github-token');
  const artifactBucket = get('artifact-bucket');
  const ephemeral = boolean(get('ephemeral'), 'ephemeral');
  const plan = get('plan');
  const hotswap = boolean(get('hotswap'), 'hotswap');
  const detectDrift = boolean(get('detect-drift'), 'detect-drift');
  return {
    config: get('config') ?? DEFAULT_CONFIG_FILE,
    region,
    audience: get('audience') ?? 'sts.amazonaws.com',
    roleDurationSeconds: duration ?? 3600,
    commentOnPr: boolean(get('comment-on-pr'), 'comment-on-pr') ?? true,
    allowReplacement: boolean(get('allow-replacement'), 'allow-replacement') ?? false,
    allowPlaceholders: boolean(get('allow-placeholders'), 'allow-placeholders') ?? false,
    force: boolean(get('force'), 'force') ?? false,
    allowRollback: boolean(get('allow-rollback'), 'allow-rollback') ?? false,
    allowDrift: boolean(get('allow-drift'), 'allow-drift') ?? false,
    failOn,
    ...(command !== undefined && { command }),
    ...(environment !== undefined && { environment }),
    ...(roleToAssume !== undefined && { roleToAssume }),
    ...(roleSessionName !== undefined && { roleSessionName }),
    ...(githubToken !== undefined && { githubToken }),
    ...(endpointUrl !== undefined && { endpointUrl }),
    ...(artifactBucket !== undefined && { artifactBucket }),
    ...(ephemeral !== undefined && { ephemeral }),
    ...(plan !== undefined && { plan }),
    ...(hotswap !== undefined && { hotswap }),
    ...(detectDrift !== undefined && { detectDrift }),
  };
}

function oneOf<T extends string>(
  value: string | undefined,
  input: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  const found = allowed.find((a) => a === lower);
  if (found === undefined) throw new InputError(input, value, `one of ${allowed.join(', ')}`);
  return found;
}

function matching(
  value: string | undefined,
  input: string,
  pattern: RegExp,
  expected: string,
): string | undefined {
  if (value === undefined) return undefined;
  if (!pattern.test(value)) throw new InputError(input, value, expected);
  return value;
}

function integer(
  value: string | undefined,
  input: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new InputError(input, value, `a whole number of seconds from ${min} to ${max}`);
  }
  return n;
}

// The runner's YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

function boolean(value: string | undefined, input: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  throw new InputError(input, value, 'true or false');
}

function url(value: string | undefined, input: string): string | undefined {
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new InputError(input, value, 'an http(s) URL like http://127.0.0.1:5000');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError(input, value, 'an http(s) URL like http://127.0.0.1:5000');
  }
  return value;
}
