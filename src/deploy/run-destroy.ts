// destroy: delete the stack of one environment, but only a stack this tool created, and
// only an ephemeral one unless forced. Buckets of ephemeral stages are emptied first
// (CloudFormation cannot delete a bucket that still holds objects).
import { DeleteObjectsCommand, ListObjectVersionsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Stack } from '@aws-sdk/client-cloudformation';
import { ServerlessActionError, errorMessage } from '../errors';
import type { Logger } from '../io';
import { deleteStack, describeStack, listStackResources, recentEvents, waitForStack } from './cfn';
import { DEFAULT_TIMEOUT_MS, type DeployDeps } from './context';
import { rootCauseEvents } from './events';
import type { DestroyResult } from './types';

export const MANAGED_BY_TAG = { key: 'managed-by', value: 'serverless-action' } as const;
export const EPHEMERAL_TAG = 'ephemeral';

export interface DestroyOptions {
  /** Delete even when the stack is not marked ephemeral. */
  readonly force?: boolean;
  readonly timeoutMs?: number;
}

/** Why this stack may not be deleted, or undefined when it may. Pure. */
export function refuseReason(
  stack: Pick<Stack, 'StackName' | 'Tags' | 'EnableTerminationProtection'>,
  force: boolean,
): { message: string; hint: string } | undefined {
  const tags = new Map((stack.Tags ?? []).map((t) => [t.Key, t.Value]));
  if (tags.get(MANAGED_BY_TAG.key) !== MANAGED_BY_TAG.value) {
    return {
      message: `refusing to delete ${stack.StackName}: it has no "${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value}" tag, so this tool did not create it`,
      hint: 'delete it with the tool that created it (or the CloudFormation console)',
    };
  }
  // --force does not lift termination protection: the protection exists to stop exactly a
  // forced delete by CI; lifting it is a deliberate step of its own, named in the hint.
  if (stack.EnableTerminationProtection === true) {
    return {
      message: `refusing to delete ${stack.StackName}: it has termination protection (stack.termination_protection, on by default for long-lived stages)`,
      hint:
        `lift it first: "aws cloudformation update-termination-protection --no-enable-termination-protection --stack-name ${stack.StackName}", ` +
        `then run destroy again (with --force for a long-lived stage). To keep it off, set "stack: { termination_protection: false }" ` +
        `under this environment in the config: otherwise the next deploy turns it back on`,
    };
  }
  const ephemeral = tags.get(EPHEMERAL_TAG);
  if (!force && ephemeral !== 'true') {
    return {
      message: `refusing to delete ${stack.StackName}: it is not an ephemeral stage (no "${EPHEMERAL_TAG}: true" tag)`,
      hint: 'pass --force to delete a long-lived environment and everything in it',
    };
  }
  return undefined;
}

export async function runDestroy(
  stackName: string,
  deps: DeployDeps,
  options: DestroyOptions = {},
): Promise<DestroyResult> {
  const cfn = deps.clients.cloudFormation;
  const stack = await describeStack(cfn, stackName);
  if (stack === undefined) {
    deps.logger.info(`stack ${stackName} does not exist: nothing to delete`);
    return { stackName, deleted: false };
  }
  const refusal = refuseReason(stack, options.force ?? false);
  if (refusal) throw new ServerlessActionError(refusal.message, 'DESTROY_REFUSED', refusal.hint);
  const stackId = stack.StackId ?? stackName;

  const ephemeral = (stack.Tags ?? []).some((t) => t.Key === EPHEMERAL_TAG && t.Value === 'true');
  if (ephemeral) {
    const resources = await listStackResources(cfn, stackId);
    const buckets = resources
      .filter((r) => r.ResourceType === 'AWS::S3::Bucket' && r.PhysicalResourceId)
      .map((r) => r.PhysicalResourceId!);
    await Promise.all(buckets.map((b) => emptyBucket(deps.clients.s3, b, deps.logger)));
  }

  const before = (await recentEvents(cfn, stackId, undefined, 1))[0]?.EventId;
  deps.logger.info(`deleting stack ${stackName}`);
  await deleteStack(cfn, stackId);
  const final = await waitForStack(cfn, stackId, {
    clock: deps.clock,
    logger: deps.logger,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    what: `the deletion of ${stackName}`,
  });
  if (final !== undefined && final.StackStatus !== 'DELETE_COMPLETE') {
    const cause = rootCauseEvents(await recentEvents(cfn, stackId, before));
    throw new ServerlessActionError(
      `deleting ${stackName} ended in ${final.StackStatus}` +
        cause.map((e) => `\n  ${e.LogicalResourceId}: ${e.ResourceStatusReason ?? ''}`).join(''),
      'DESTROY_FAILED',
      'remove or empty the resource named above, then run destroy again',
    );
  }
  deps.logger.info(`${stackName}: DELETE_COMPLETE`);
  return { stackName, deleted: true };
}

/** Deletes every object version and delete marker, 1,000 per request. */
export async function emptyBucket(s3: S3Client, bucket: string, logger: Logger): Promise<number> {
  let removed = 0;
  try {
    for (;;) {
      const page = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, MaxKeys: 1000 }));
      const objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]
        .filter((o) => o.Key !== undefined)
        .map((o) => ({
          Key: o.Key!,
          ...(o.VersionId !== undefined && { VersionId: o.VersionId }),
        }));
      if (objects.length === 0) break;
      await s3.send(
        new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }),
      );
      removed += objects.length;
    }
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchBucket') return removed;
    throw new ServerlessActionError(
      `could not empty bucket ${bucket}: ${errorMessage(error)}`,
      'DESTROY_FAILED',
      'grant s3:ListBucketVersions and s3:DeleteObjectVersion, or empty the bucket by hand',
    );
  }
  if (removed > 0) logger.info(`emptied bucket ${bucket} (${removed} objects)`);
  return removed;
}
