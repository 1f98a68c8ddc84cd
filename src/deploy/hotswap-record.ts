// After a hotswap the functions run code CloudFormation does not know about: its template
// (and the digest in its Description) still name the old code. The record says which
// functions differ and from what, in the artifact bucket beside the code itself, so the
// next deploy neither mistakes the stack for up to date (a revert to the code CloudFormation
// has would otherwise be a no-op) nor leaves a function on swapped code.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { Stack } from '@aws-sdk/client-cloudformation';
import { defaultArtifactBucketName } from '../assets/artifact-bucket';
import { resolvePlaceholders, type FileAsset } from '../assets/manifest';
import { digestFromDescription } from './digest';
import { locationFromStackId } from './outputs';

export interface SwappedFunction {
  readonly functionName: string;
  /** The code object the function runs now. */
  readonly key: string;
  /** The code object CloudFormation's template names. */
  readonly previousKey: string;
}

export interface HotswapRecord {
  /** The digest in the stack's Description when the functions were swapped. */
  readonly stackDigest: string | null;
  /** The deploy digest of what was swapped in. */
  readonly digest: string;
  readonly at: string;
  /** By logical id. */
  readonly functions: Readonly<Record<string, SwappedFunction>>;
}

export interface RecordLocation {
  readonly bucket: string;
  readonly key: string;
}

/**
 * Where the record of `stack` lives: the bucket its code goes to (the first file asset's,
 * else `--artifact-bucket`, else the tool's default for the stack's account and region).
 */
export function recordLocation(
  stack: Stack,
  assets: readonly FileAsset[],
  artifactBucket?: string,
): RecordLocation | undefined {
  const where = stack.StackId ? locationFromStackId(stack.StackId) : undefined;
  if (where === undefined || stack.StackName === undefined) return undefined;
  const named = assets.find((a) => !a.isTemplate)?.bucketName ?? artifactBucket;
  const bucket =
    named !== undefined
      ? resolvePlaceholders(named, where)
      : defaultArtifactBucketName(where.account, where.region);
  return { bucket, key: `hotswap/${stack.StackName}.json` };
}

/**
 * The record when it still describes the stack: CloudFormation has not deployed since
 * (a full deploy in between changes the Description's digest and makes the record stale).
 */
export function pendingRecord(
  record: HotswapRecord | undefined,
  stack: Stack,
): HotswapRecord | undefined {
  if (record === undefined) return undefined;
  return record.stackDigest === (digestFromDescription(stack.Description) ?? null)
    ? record
    : undefined;
}

/** Undefined when there is none (or the bucket is gone: then there is nothing to reconcile). */
export async function readRecord(
  s3: S3Client,
  location: RecordLocation,
): Promise<HotswapRecord | undefined> {
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: location.bucket, Key: location.key }));
    const text = await out.Body?.transformToString();
    return text === undefined ? undefined : (JSON.parse(text) as HotswapRecord);
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'NoSuchKey' || name === 'NoSuchBucket' || name === 'NotFound') return undefined;
    throw error;
  }
}

export async function writeRecord(
  s3: S3Client,
  location: RecordLocation,
  record: HotswapRecord,
): Promise<void> {
  await s3.send(
    new PutObjectCommand({
      Bucket: location.bucket,
      Key: location.key,
      Body: JSON.stringify(record, null, 2),
      ContentType: 'application/json',
    }),
  );
}

export async function deleteRecord(s3: S3Client, location: RecordLocation): Promise<void> {
  await s3.send(new DeleteObjectCommand({ Bucket: location.bucket, Key: location.key }));
}
