// The one place SDK clients are built. Everything downstream takes these clients as
// arguments, so the CLI, the action (OIDC credentials) and tests (moto) share the engine.
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { FaultTolerantRetryStrategy } from './retry';

export interface AwsClientOptions {
  readonly region: string;
  /** Every service at one URL (moto, LocalStack); else the SDK's own AWS_ENDPOINT_URL handling. */
  readonly endpoint?: string;
  /** Explicit credentials (the action's OIDC session); else the SDK's default chain. */
  readonly credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /**
   * Attempts per call including the first, with the SDK's adaptive retry (throttling-aware)
   * widened to every 5xx, timeout and dropped connection (retry.ts).
   */
  readonly maxAttempts?: number;
}

export interface AwsClients {
  readonly region: string;
  /** The custom endpoint, when one is used (moto, LocalStack). */
  readonly endpoint?: string;
  readonly cloudFormation: CloudFormationClient;
  /**
   * The same service with retries off, for calls whose failure must not be retried:
   * moto answers DeleteChangeSet on a missing set with HTTP 500, which the SDK would
   * otherwise retry for ~45 s.
   */
  readonly cloudFormationOnce: CloudFormationClient;
  readonly s3: S3Client;
  readonly sts: STSClient;
  /** deploy --hotswap: UpdateFunctionCode, and reconciling after one. */
  readonly lambda: LambdaClient;
  /** Closes every client's sockets, so the process can exit as soon as work is done. */
  destroy(): void;
}

const DEFAULT_MAX_ATTEMPTS = 5;

export function createAwsClients(options: AwsClientOptions): AwsClients {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const common = {
    region: options.region,
    // The strategy decides; maxAttempts says the same number to whoever reads the config.
    maxAttempts,
    // One strategy per client: each keeps its own retry budget and sending rate.
    retryStrategy: new FaultTolerantRetryStrategy(maxAttempts),
    ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
    ...(options.credentials !== undefined && { credentials: options.credentials }),
  };
  const cloudFormation = new CloudFormationClient(common);
  const cloudFormationOnce = new CloudFormationClient({
    ...common,
    maxAttempts: 1,
    retryStrategy: new FaultTolerantRetryStrategy(1),
  });
  // A custom endpoint (moto, LocalStack) has no per-bucket DNS names: use path-style URLs.
  const s3 = new S3Client({
    ...common,
    retryStrategy: new FaultTolerantRetryStrategy(maxAttempts),
    forcePathStyle: options.endpoint !== undefined,
  });
  const sts = new STSClient({
    ...common,
    retryStrategy: new FaultTolerantRetryStrategy(maxAttempts),
  });
  const lambda = new LambdaClient({
    ...common,
    retryStrategy: new FaultTolerantRetryStrategy(maxAttempts),
  });
  return {
    region: options.region,
    ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
    cloudFormation,
    cloudFormationOnce,
    s3,
    sts,
    lambda,
    destroy: () => {
      cloudFormation.destroy();
      cloudFormationOnce.destroy();
      s3.destroy();
      sts.destroy();
      lambda.destroy();
    },
  };
}

/** `--region`, else AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1. */
export function resolveRegion(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
}

/** `--endpoint-url`, else AWS_ENDPOINT_URL; undefined means AWS's own endpoints. */
export function resolveEndpoint(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
): string | undefined {
  const value = flag ?? env['AWS_ENDPOINT_URL'];
  return value === undefined || value === '' ? undefined : value;
}
