// A template goes to CloudFormation inline up to 51,200 bytes, beyond that by TemplateURL
// from the artifact bucket (CloudFormation's documented TemplateBody limit).
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { defaultArtifactBucketName, ensureArtifactBucket } from '../assets/artifact-bucket';
import { resolvePlaceholders, type Environment, type FileAsset } from '../assets/manifest';
import { templateUrl } from '../assets/publish';
import { sha256Hex } from '../assets/zip';
import { callerEnvironment, type DeployDeps } from './context';

export const MAX_TEMPLATE_BODY_BYTES = 51_200;

export async function templateSource(
  body: string,
  assets: readonly FileAsset[],
  deps: DeployDeps,
): Promise<{ body: string } | { url: string }> {
  if (Buffer.byteLength(body) <= MAX_TEMPLATE_BODY_BYTES) return { body };
  const env = await callerEnvironment(deps);
  const bucket = await artifactBucketFor(assets, env, deps);
  const key = `templates/${sha256Hex(body)}.json`;
  await deps.clients.s3.send(
    new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }),
  );
  deps.logger.info(
    `template is ${Buffer.byteLength(body)} bytes: uploaded to s3://${bucket}/${key}`,
  );
  return { url: templateUrl(bucket, env.region, key) };
}

/**
 * The bucket the synthesized assets point at; ensured (created and locked down) when it is
 * the tool's default per account and region, used as is when the user named it.
 */
export async function artifactBucketFor(
  assets: readonly FileAsset[],
  env: Environment,
  deps: DeployDeps,
): Promise<string> {
  const named = assets[0]?.bucketName;
  const bucket = named
    ? resolvePlaceholders(named, env)
    : defaultArtifactBucketName(env.account, env.region);
  await ensureOwnedBucket(bucket, env, deps);
  return bucket;
}

/** One ensure per bucket per run, shared by the concurrent callers (assets and template). */
const ensuredPerRun = new WeakMap<DeployDeps, Map<string, Promise<'existed' | 'created'>>>();

export async function ensureOwnedBucket(
  bucket: string,
  env: Environment,
  deps: DeployDeps,
): Promise<'existed' | 'created'> {
  if (bucket !== defaultArtifactBucketName(env.account, env.region)) return 'existed';
  let ensured = ensuredPerRun.get(deps);
  if (!ensured) {
    ensured = new Map<string, Promise<'existed' | 'created'>>();
    ensuredPerRun.set(deps, ensured);
  }
  let pending = ensured.get(bucket);
  if (!pending) {
    const plainHttp = deps.clients.endpoint?.startsWith('http:') ?? false;
    pending = ensureArtifactBucket(deps.clients.s3, bucket, env.region, deps.logger, !plainHttp);
    ensured.set(bucket, pending);
  }
  return pending;
}
