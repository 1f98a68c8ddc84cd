// What every builder (function.ts, table.ts, api-*.ts, event-sources/*) receives: the stack,
// the config, naming, policies that depend on the environment, and the registries through
// which one builder finds what another created (a function's role, a table's stream).
import { RemovalPolicy, type CfnResource, type Stack } from 'aws-cdk-lib/core';
import { Bundler } from '../assets/bundle';
import type { CfnAlias, CfnFunction, CfnVersion } from './l1/aws-lambda';
import type { CfnRole } from './l1/aws-iam';
import type { CfnTable } from './l1/aws-dynamodb';
import type { CfnBucket } from './l1/aws-s3';
import type { CfnAlarm } from './l1/aws-cloudwatch';
import type { LoadedConfig } from '../config';
import type { ResolvedConfig } from '../config/schema';
import { ServerlessActionError } from '../errors';
import type { PolicyStatement } from './iam';
import { LogicalIds, Namer } from './names';
import { flatScopes, type ScopeOf } from './nesting';
import { ORIGIN_METADATA_KEY, type ResourceOrigin } from './types';

/** A function as the other builders see it. */
export interface FunctionHandle {
  readonly key: string;
  readonly name: string;
  readonly function: CfnFunction;
  readonly role: CfnRole;
  /** What invokes resolve to: the ARN of its `live` alias (versions.ts). */
  readonly invokeArn: string;
  /** The version this deploy publishes (its logical id carries a hash of the function). */
  readonly version: CfnVersion;
  /** The `live` alias, pointed at `version` (shifted by CodeDeploy where configured). */
  readonly alias: CfnAlias;
  readonly timeoutSeconds: number;
  /** Statements added by access entries and event sources; the role renders them lazily. */
  readonly statements: PolicyStatement[];
  /** Environment variables added by access entries (the config's own come first). */
  readonly environment: Record<string, string>;
}

export interface TableHandle {
  readonly key: string;
  readonly name: string;
  readonly table: CfnTable;
  readonly streamEnabled: boolean;
}

/** A queue, topic, bucket or stream created for (or referenced by) an event source. */
export interface MessagingHandle {
  readonly kind: 'sqs' | 'sns' | 's3' | 'kinesis';
  readonly key: string;
  readonly arn: string;
  /** Queue URL, topic ARN, bucket name or stream name: what a function's code needs. */
  readonly address: string;
  /** True when the stack created it (false for an existing ARN). */
  readonly created: boolean;
}

export interface SynthContext {
  readonly stack: Stack;
  /** The stack a function's own resources go in: `stack`, or its nested stack (nesting.ts). */
  readonly scopeOf: ScopeOf;
  /** The stack a REST API path's resource goes in: `stack`, or its `PathsNN` nested stack. */
  readonly pathScopeOf: ScopeOf;
  readonly loaded: LoadedConfig;
  readonly config: ResolvedConfig;
  readonly names: Namer;
  readonly ids: LogicalIds;
  readonly ephemeral: boolean;
  /** Where bundled code is staged (inside the cloud assembly). */
  readonly outDir: string;
  /** This run's esbuild bundles: each distinct entry once, in parallel. */
  readonly bundler: Bundler;
  readonly functions: Map<string, FunctionHandle>;
  readonly tables: Map<string, TableHandle>;
  /** Keyed `<kind>:<key>`; an event source registers under its own key and its `source` name. */
  readonly messaging: Map<string, MessagingHandle>;
  /** DLQs and queues the monitoring alarms watch, keyed by logical id. */
  readonly deadLetterQueues: Map<string, { readonly key: string; readonly name: string }>;
  /** Event-source queues whose oldest message age is watched, keyed by logical id. */
  readonly sourceQueues: Map<string, { readonly key: string; readonly name: string }>;
  /** Buckets created for S3 sources, by `source` name: sources may share one. */
  readonly buckets: Map<string, { readonly bucket: CfnBucket; readonly notifications: unknown[] }>;
  /** Event source key -> function key, for stream sources (iterator age alarms). */
  readonly streamConsumers: Map<string, string>;
  /** Alarms `deployment_preference.alarms` may name, by reference (`<function>:errors`, `api:5xx`). */
  readonly alarms: Map<string, CfnAlarm>;
  /** Non-fatal problems (e.g. an existing bucket whose notification we cannot set). */
  readonly warnings: string[];
}

export function createContext(
  stack: Stack,
  loaded: LoadedConfig,
  outDir: string,
  ephemeral: boolean,
  bundler: Bundler = new Bundler(),
  scopeOf: ScopeOf = flatScopes(stack),
  pathScopeOf: ScopeOf = flatScopes(stack),
): SynthContext {
  return {
    stack,
    scopeOf,
    pathScopeOf,
    loaded,
    config: loaded.config,
    names: new Namer(loaded.config.project_name, loaded.config.environment),
    ids: new LogicalIds(),
    ephemeral,
    outDir,
    bundler,
    functions: new Map(),
    tables: new Map(),
    messaging: new Map(),
    deadLetterQueues: new Map(),
    sourceQueues: new Map(),
    streamConsumers: new Map(),
    buckets: new Map(),
    alarms: new Map(),
    warnings: [],
  };
}

/**
 * Stateful resources keep their data unless the config says DESTROY (pull-request stages
 * get that from the preview defaults, config/preview-defaults.ts).
 */
export function statefulRemovalPolicy(context: SynthContext): RemovalPolicy {
  return context.config.removal_policy === 'DESTROY' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
}

/** Applies the environment's removal policy to a stateful resource. */
export function applyRemovalPolicy(context: SynthContext, resource: CfnResource): void {
  resource.applyRemovalPolicy(statefulRemovalPolicy(context));
}

/** Records which config entry a resource came from, as resource Metadata the deploy step reads. */
export function markOrigin(resource: CfnResource, origin: ResourceOrigin): void {
  resource.addMetadata(ORIGIN_METADATA_KEY, { ...origin });
}

/** Log retention for a log group: its own, else the stage's, else 30 (previews: see preview-defaults.ts). */
export function logRetentionDays(context: SynthContext, own?: number): number {
  return own ?? context.config.monitoring?.log_retention_in_days ?? 30;
}

/** The function an entry targets: its `function` key, or the only function there is. */
export function targetFunction(
  context: SynthContext,
  wanted: string | undefined,
  where: readonly (string | number)[],
): FunctionHandle {
  if (wanted === undefined && context.functions.size === 1) {
    return [...context.functions.values()][0]!;
  }
  const handle = wanted === undefined ? undefined : context.functions.get(wanted);
  if (handle) return handle;
  const known = [...context.functions.keys()].join(', ') || '(none)';
  throw configProblem(
    context,
    where,
    wanted === undefined
      ? '"function" is required when there is more than one function'
      : `no function "${wanted}" in lambda_config`,
    `Set "function" to one of: ${known}.`,
  );
}

/** A ServerlessActionError that points at the config line of `where`. */
export function configProblem(
  context: SynthContext,
  where: readonly (string | number)[],
  message: string,
  hint?: string,
): ServerlessActionError {
  const at = context.loaded.locate(where);
  return new ServerlessActionError(
    `${at.file}:${at.line}:${at.column}: error: ${where.join('.')}: ${message}`,
    'SYNTH_INVALID',
    hint,
  );
}

/** True for strings like `arn:aws:sqs:...`. */
export function isArn(value: string | undefined): value is string {
  return value !== undefined && value.startsWith('arn:');
}
