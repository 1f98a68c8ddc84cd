// The artifact bucket the tool owns per account and region: created on first use, then
// only checked. Creation is idempotent and safe when two runs race: both may try, the
// loser gets BucketAlreadyOwnedByYou, and the settings calls are idempotent PUTs.
import {
  CreateBucketCommand,
  HeadBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketPolicyCommand,
  PutPublicAccessBlockCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { ServerlessActionError, errorMessage } from '../errors';
import type { Logger } from '../io';

/** Artifacts are content-addressed and CloudFormation copies code at deploy time; a month is ample. */
export const ARTIFACT_EXPIRY_DAYS = 30;

export function defaultArtifactBucketName(account: string, region: string): string {
  return `serverless-action-${account}-${region}`;
}

/** Deny every request not made over TLS (AWS's documented `aws:SecureTransport` pattern). */
export function tlsOnlyPolicy(bucket: string, partition = 'aws'): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:${partition}:s3:::${bucket}`, `arn:${partition}:s3:::${bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  });
}

/** Makes sure the bucket exists; configures it when this call (or a racing one) created it. */
export async function ensureArtifactBucket(
  s3: S3Client,
  bucket: string,
  region: string,
  logger: Logger,
  /**
   * Deny non-TLS requests. Off only when the endpoint itself is plain HTTP (a local
   * emulator such as moto, which enforces bucket policies): the policy would lock the
   * tool out of its own bucket there. Real AWS endpoints are always HTTPS.
   */
  tlsOnly = true,
): Promise<'existed' | 'created'> {
  if (await bucketExists(s3, bucket)) return 'existed';
  logger.info(`creating artifact bucket ${bucket}`);
  try {
    await s3.send(
      new CreateBucketCommand({
        Bucket: bucket,
        // us-east-1 is the one region that rejects an explicit LocationConstraint.
        ...(region !== 'us-east-1' && {
          CreateBucketConfiguration: { LocationConstraint: region as never },
        }),
      }),
    );
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'BucketAlreadyExists') {
      throw new ServerlessActionError(
        `the artifact bucket name ${bucket} belongs to another account`,
        'ARTIFACT_BUCKET',
        'pass --artifact-bucket with a bucket you own',
      );
    }
    if (name !== 'BucketAlreadyOwnedByYou') throw error;
  }
  // Independent settings: applied in parallel, each an idempotent PUT.
  const settings: Promise<unknown>[] = [
    s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: bucket,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      }),
    ),
    s3.send(
      new PutBucketEncryptionCommand({
        Bucket: bucket,
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
      }),
    ),
    s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: bucket,
        LifecycleConfiguration: {
          Rules: [
            {
              ID: 'expire-old-artifacts',
              Status: 'Enabled',
              Filter: { Prefix: '' },
              Expiration: { Days: ARTIFACT_EXPIRY_DAYS },
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
            },
          ],
        },
      }),
    ),
  ];
  if (tlsOnly) {
    settings.push(
      s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: tlsOnlyPolicy(bucket) })),
    );
  } else {
    logger.debug(`endpoint is plain HTTP: ${bucket} gets no TLS-only policy`);
  }
  await Promise.all(settings);
  return 'created';
}

async function bucketExists(s3: S3Client, bucket: string): Promise<boolean> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
    return true;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404) return false;
    if (status === 403) {
      throw new ServerlessActionError(
        `no access to the artifact bucket ${bucket}: ${errorMessage(error)}`,
        'ARTIFACT_BUCKET',
        'grant the deploy role s3:* on the bucket, or pass --artifact-bucket',
      );
    }
    throw error;
  }
}
