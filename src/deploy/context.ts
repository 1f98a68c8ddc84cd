// What the orchestration layer receives from outside: clients, clock, logger, options.
import type { Stack } from '@aws-sdk/client-cloudformation';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsClients } from '../aws/clients';
import type { Environment } from '../assets/manifest';
import type { Clock, Logger } from '../io';
import type { SynthesizedStack } from '../synth/types';
import type { StackSettings } from './stack-defaults';

/** The parts of a synthesized stack deploy reads (tests build these without synth). */
export type DeployableStack = Pick<
  SynthesizedStack,
  'stackName' | 'templateFile' | 'assetManifestFile' | 'template' | 'tags' | 'origins' | 'nested'
>;

export interface DeployDeps {
  readonly clients: Pick<
    AwsClients,
    'region' | 'endpoint' | 'cloudFormation' | 'cloudFormationOnce' | 's3' | 'sts'
  > &
    // Only hotswap and the reconciling after one call Lambda.
    Partial<Pick<AwsClients, 'lambda'>>;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface PlanOptions {
  /**
   * DescribeStacks already in flight for this stack name (started while synthesis ran);
   * used instead of a new call when the name matches the synthesized stack's.
   */
  readonly prefetched?: { readonly stackName: string; readonly stack: Promise<Stack | undefined> };
  /** Digest of synthesis' inputs (input-digest.ts), stored with the deploy for the next run's fast path. */
  readonly inputDigest?: string;
  /** The commit being deployed (lowercase hex), recorded on the stack for the rollback guard. */
  readonly commit?: string;
  /** Template parameters (the synthesized stack has none today). */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Bound on waiting for another run's operation on the same stack. Default 15 min. */
  readonly waitForOtherRunMs?: number;
  /** Bound on change set computation and on stack operations. Default 60 min. */
  readonly timeoutMs?: number;
  /**
   * The change set will be executed by this run (a deploy): named so that a concurrent
   * deploy waits for it instead of cleaning it up (busy.ts).
   */
  readonly forDeploy?: boolean;
  /**
   * The stage's stack options (stack-defaults.ts): rollback triggers, notifications, service
   * role, termination protection, stack policy. Undefined: none are sent (tests, old callers).
   */
  readonly stackSettings?: StackSettings;
  /** Run drift detection before planning (drift.ts); the result goes into the plan. */
  readonly detectDrift?: boolean;
}

export interface DeployOptions extends PlanOptions {
  /** Execute even when stateful resources would be replaced or removed. */
  readonly allowReplacement?: boolean;
  /** Deploy even a commit older than (an ancestor of) the deployed one. */
  readonly allowRollback?: boolean;
  /** Whether `older` is an ancestor of `newer`; undefined when it cannot be told (rollback.ts). */
  readonly isAncestor?: AncestryCheck;
  /** The artifact bucket the user named (`--artifact-bucket`): where history is kept too. */
  readonly artifactBucket?: string;
  /** Deploy even over drift on a stateful resource (drift.ts). */
  readonly allowDrift?: boolean;
}

/** git's or GitHub's answer; undefined: unknown (a shallow clone, no token, an API error). */
export type AncestryCheck = (older: string, newer: string) => Promise<boolean | undefined>;

export const DEFAULT_TIMEOUT_MS = 60 * 60 * 1000;
export const DEFAULT_WAIT_FOR_OTHER_RUN_MS = 15 * 60 * 1000;

/** Account and partition of the caller (one STS call), cached per deps object. */
const environments = new WeakMap<object, Promise<Environment>>();
export function callerEnvironment(deps: DeployDeps): Promise<Environment> {
  let cached = environments.get(deps.clients);
  if (!cached) {
    cached = deps.clients.sts.send(new GetCallerIdentityCommand({})).then((out) => ({
      account: out.Account ?? '',
      region: deps.clients.region,
      partition: out.Arn?.split(':')[1] ?? 'aws',
    }));
    environments.set(deps.clients, cached);
  }
  return cached;
}
