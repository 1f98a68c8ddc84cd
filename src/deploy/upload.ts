// Uploads file assets for a deploy: to the buckets they name, each bucket ensured first.
// Code goes while the change set is computed; nested stacks' templates go before it is
// created (CloudFormation reads them then).
import { resolvePlaceholders, type FileAsset } from '../assets/manifest';
import { publishAssets, type PublishOutcome } from '../assets/publish';
import { callerEnvironment, type DeployDeps } from './context';
import { ensureOwnedBucket } from './template-source';

export async function publish(
  assets: readonly FileAsset[],
  deps: DeployDeps,
): Promise<PublishOutcome> {
  if (assets.length === 0) return { uploaded: [], skipped: [] };
  const env = await callerEnvironment(deps);
  const buckets = [...new Set(assets.map((a) => resolvePlaceholders(a.bucketName, env)))];
  const states = await Promise.all(buckets.map((b) => ensureOwnedBucket(b, env, deps)));
  // A bucket created a moment ago is empty: asking it for each object would be wasted calls.
  const fresh = new Set(buckets.filter((_, i) => states[i] === 'created'));
  return publishAssets(deps.clients.s3, assets, env, deps.logger, { knownMissing: fresh });
}
