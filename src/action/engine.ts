// What `run` needs from the engine, as one interface: the action's tests pass a fake, and
// main.ts loads the real one (synth + review + deploy, aws-cdk-lib included) only after
// credentials are in hand, so the action reaches its first AWS call fast.
import type { AwsCredentials } from '../aws/credentials';
import type { LoadedConfig } from '../config';
import type { DeployResult, DestroyResult, PlanResult } from '../deploy/types';
import type { FailOn } from '../inputs';
import type { AncestryCheck } from '../deploy/context';

export interface EngineRequest {
  readonly loaded: LoadedConfig;
  readonly stackName: string;
  readonly region: string;
  readonly endpointUrl?: string;
  /** undefined: the SDK's default credential chain. */
  readonly credentials?: AwsCredentials;
  readonly ephemeral: boolean;
  readonly allowReplacement: boolean;
  readonly artifactBucket?: string;
  readonly force: boolean;
  /** deploy: try the code-only fast path first (hotswap.ts). */
  readonly hotswap: boolean;
  /** deploy: refuse to execute when the review finds unsuppressed findings at or above this. */
  readonly failOn: FailOn;
  /** plan: write the plan directory here. */
  readonly planOut?: string;
  /** The commit deployed, recorded on the stack for the rollback guard. */
  readonly commit?: string;
  readonly allowRollback?: boolean;
  readonly isAncestor?: AncestryCheck;
  /** plan/deploy: drift detection first; undefined: on for prod-like stages. */
  readonly detectDrift?: boolean;
  /** deploy: deploy even over drift on a stateful resource. */
  readonly allowDrift?: boolean;
}

/** deploy with `plan`: execute a plan directory's change set, nothing else. */
export interface ApplyRequest {
  readonly planDir: string;
  readonly region: string;
  readonly endpointUrl?: string;
  readonly credentials?: AwsCredentials;
  readonly allowReplacement: boolean;
  readonly commit?: string;
  readonly allowRollback?: boolean;
  readonly isAncestor?: AncestryCheck;
}

export interface ActionEngine {
  plan(request: EngineRequest): Promise<PlanResult>;
  deploy(request: EngineRequest): Promise<DeployResult>;
  destroy(request: EngineRequest): Promise<DestroyResult>;
  apply(request: ApplyRequest): Promise<DeployResult>;
}
