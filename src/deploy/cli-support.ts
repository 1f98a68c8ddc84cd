// What plan, deploy and destroy share on the command line: config -> synthesized stack in a
// scratch directory, SDK clients for the region/endpoint, and the text renderings.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Bundler } from '../assets/bundle';
import { createAwsClients, resolveEndpoint, resolveRegion, type AwsClients } from '../aws/clients';
import type { CommandContext } from '../commands/registry';
import { loadConfig, type LoadedConfig } from '../config';
import { ConfigError, ServerlessActionError, errorMessage, formatDiagnostic } from '../errors';
import { failureResult, knownPlan, withKnownPlan } from './outcome';
import { stackNameFor } from './stack-name';
import { resolveStackSettings, type StackSettings } from './stack-defaults';
import { refusePlaceholders } from '../config/checks/placeholders';
import { systemClock } from '../io';
import type * as Synth from '../synth';
import type { SynthesizedStack } from '../synth/types';
import type { DeployDeps } from './context';
import type { ResourceChange, SeedOutputs } from './types';
export { formatChanges } from './format';

/** Loads the config and synthesizes it; `cleanup` removes the scratch assembly. */
export async function synthesizeForCommand(
  context: CommandContext,
): Promise<{ stack: SynthesizedStack; cleanup: () => Promise<void> }> {
  return synthesizeLoaded(context, await loadForCommand(context));
}

/** The config of `--config` for `--environment`, its warnings printed. */
export async function loadForCommand(context: CommandContext): Promise<LoadedConfig> {
  const { options, logger, cwd } = context;
  const loaded = await loadConfig(options.config, {
    cwd,
    ...(options.environment !== undefined && { environment: options.environment }),
  });
  loaded.warnings.forEach((warning) => logger.info(formatDiagnostic(warning)));
  // plan and deploy (this function's callers) talk to AWS: placeholders stop here.
  refusePlaceholders(loaded.warnings, options.allowPlaceholders ?? false);
  return loaded;
}

/** `--out` keeps the assembly (for `cdk deploy --app` or inspection); else a scratch dir. */
export function keepsAssembly(context: CommandContext): boolean {
  return context.options.out !== 'cdk.out';
}

export async function synthesizeLoaded(
  context: CommandContext,
  loaded: LoadedConfig,
  bundler?: Bundler,
): Promise<{ stack: SynthesizedStack; cleanup: () => Promise<void> }> {
  const { options, logger, cwd } = context;
  const { synthesize } = await loadSynth();
  const keep = keepsAssembly(context);
  const outDir = keep
    ? resolve(cwd, options.out)
    : await mkdtemp(join(tmpdir(), 'serverless-action-'));
  const stack = await synthesize(loaded, {
    outDir,
    ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
    ...(bundler !== undefined && { bundler }),
  });
  (stack.warnings ?? []).forEach((warning) => logger.warn(warning));
  return {
    stack,
    cleanup: async () => {
      if (!keep) await rm(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * synth/ and aws-cdk-lib, as a split point of their own in the bundle: the deploy verb's
 * chunk stays small, and the inputs fast path answers without parsing aws-cdk-lib at all.
 * (webpack recognizes only this literal form; outside a bundle the plain import() runs.)
 */
function loadSynth(): Promise<typeof Synth> {
  if (typeof require.ensure !== 'function') return import('../synth');
  return new Promise((resolve, reject) => {
    require.ensure!(
      ['../synth'],
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      () => resolve(require('../synth') as typeof Synth),
      reject,
      'synth',
    );
  });
}

/** Clients for `--region` / `--endpoint-url` (or their environment variables), default credentials. */
export function clientsForCommand(context: CommandContext): AwsClients {
  const endpoint = resolveEndpoint(context.options.endpointUrl, context.env);
  return createAwsClients({
    region: resolveRegion(context.options.region, context.env),
    ...(endpoint !== undefined && { endpoint }),
  });
}

/** The stage's stack options: its `stack:` block over the defaults of its kind. */
export function stackSettingsFor(loaded: LoadedConfig): StackSettings {
  return resolveStackSettings(
    loaded.environment,
    loaded.config.stack,
    loaded.composition?.ephemeral,
  );
}

export function depsForCommand(context: CommandContext, clients: AwsClients): DeployDeps {
  return { clients, clock: systemClock, logger: context.logger };
}

export function formatOutputs(outputs: SeedOutputs): string {
  return Object.entries(outputs)
    .map(
      ([key, value]) => `  ${key} = ${typeof value === 'string' ? value : JSON.stringify(value)}`,
    )
    .join('\n');
}

/** The SPEC's change shape: exactly these five fields. */
export function changeJson(c: ResourceChange): Record<string, unknown> {
  return {
    logicalId: c.logicalId,
    type: c.type,
    action: c.action,
    replacement: c.replacement,
    risk: c.risk,
    ...(c.resource !== undefined && { resource: c.resource }),
    ...(c.reason !== undefined && { reason: c.reason }),
  };
}

/**
 * An AWS service or credentials error reaching the command is the user's to act on, not an
 * internal error: it becomes a ServerlessActionError naming the service's own error code.
 */
export function asUserError(error: unknown): unknown {
  if (error instanceof ServerlessActionError || !(error instanceof Error)) return error;
  const fromAws = '$metadata' in error || error.name === 'CredentialsProviderError';
  if (!fromAws) return error;
  const credentials =
    /Credential|ExpiredToken|InvalidClientTokenId|SignatureDoesNotMatch|AccessDenied|UnrecognizedClient/.test(
      error.name,
    );
  const known = knownPlan(error);
  const wrapped = new ServerlessActionError(
    `AWS error ${error.name}: ${error.message}`,
    'AWS_ERROR',
    credentials
      ? 'check the AWS credentials and the role permissions (AWS_PROFILE, AWS_ACCESS_KEY_ID, or the action role)'
      : 'the message above is AWS’s own; run with --verbose for progress detail',
  );
  return known !== undefined ? withKnownPlan(wrapped, known) : wrapped;
}

/**
 * `--format json` on a refused or failed plan/deploy: the same object as on success, as far
 * as it is known, with `result` and `error`, so a script reads one shape on every path.
 */
export function failureJson(stackName: string | undefined, error: unknown): string {
  const known = knownPlan(error);
  const cause = error instanceof ServerlessActionError ? error : undefined;
  const names = error instanceof ConfigError ? error.names : {};
  const name =
    stackName ??
    known?.stackName ??
    (names.projectName !== undefined && names.environment !== undefined
      ? stackNameFor(names.projectName, names.environment)
      : undefined);
  return JSON.stringify({
    ...(name !== undefined && { stackName: name }),
    hasChanges: known?.hasChanges ?? false,
    ...(known !== undefined && { changes: known.changes.map(changeJson) }),
    ...(known?.changeSetId !== undefined && { changeSetId: known.changeSetId }),
    ...(known?.cost !== undefined && { cost: known.cost }),
    ...(known?.findings !== undefined && { findings: known.findings }),
    result: failureResult(error),
    error: {
      message: errorMessage(error),
      ...(cause !== undefined && { code: cause.code }),
      ...(cause?.hint !== undefined && { hint: cause.hint }),
    },
  });
}
