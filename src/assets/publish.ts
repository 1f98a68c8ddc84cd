// Uploads the assembly's file assets: each object is checked with HeadObject first and only
// uploaded when missing (keys are content hashes, so "present" means "identical"); uploads
// run in parallel, a few at a time.
import { readFile } from 'node:fs/promises';
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Logger } from '../io';
import { resolvePlaceholders, type Environment, type FileAsset } from './manifest';
import { zipDirectory } from './zip';

export interface PublishOutcome {
  /** `bucket/key` of every object uploaded by this call. */
  readonly uploaded: readonly string[];
  /** `bucket/key` of every object that was already there. */
  readonly skipped: readonly string[];
}

const DEFAULT_CONCURRENCY = 8;

export async function publishAssets(
  s3: S3Client,
  assets: readonly FileAsset[],
  env: Environment,
  logger: Logger,
  options: {
    readonly concurrency?: number;
    /** Buckets known to be empty (just created): upload without asking first. */
    readonly knownMissing?: ReadonlySet<string>;
  } = {},
): Promise<PublishOutcome> {
  const uploaded: string[] = [];
  const skipped: string[] = [];
  await forEachLimited(assets, options.concurrency ?? DEFAULT_CONCURRENCY, async (asset) => {
    const bucket = resolvePlaceholders(asset.bucketName, env);
    const key = resolvePlaceholders(asset.objectKey, env);
    const where = `${bucket}/${key}`;
    if (!options.knownMissing?.has(bucket) && (await objectExists(s3, bucket, key))) {
      logger.debug(`asset ${where} already uploaded`);
      skipped.push(where);
      return;
    }
    const body =
      asset.packaging === 'zip'
        ? await zipDirectory(asset.sourcePath)
        : await readFile(asset.sourcePath);
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentType: asset.packaging === 'zip' ? 'application/zip' : 'application/json',
      }),
    );
    logger.info(`uploaded ${where} (${body.length} bytes)`);
    uploaded.push(where);
  });
  return { uploaded: uploaded.sort(), skipped: skipped.sort() };
}

/** The URL form CloudFormation (and moto) accept for TemplateURL. */
export function templateUrl(bucket: string, region: string, key: string): string {
  return `https://${bucket}.s3.${region}.amazonaws.com/${key}`;
}

async function objectExists(s3: S3Client, bucket: string, key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404) return false;
    throw error;
  }
}

/** Runs `work` over `items` with at most `limit` in flight; the first failure rejects. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
