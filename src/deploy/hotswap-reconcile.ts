// Functions a hotswap left on code CloudFormation does not know about are pointed back at
// the template's code: by the next hotswap when their change was reverted, and by the next
// full deploy for every function whose template code CloudFormation did not change itself
// (it updates only what differs from its own template, which still names the old code).
import {
  PublishVersionCommand,
  UpdateAliasCommand,
  UpdateFunctionCodeCommand,
  waitUntilFunctionUpdatedV2,
} from '@aws-sdk/client-lambda';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { Stack } from '@aws-sdk/client-cloudformation';
import { resolvePlaceholders, type FileAsset } from '../assets/manifest';
import { callerEnvironment, type DeployDeps, type DeployableStack } from './context';
import { aliasOf, type CodeUpdate } from './hotswap-plan';
import {
  deleteRecord,
  pendingRecord,
  readRecord,
  recordLocation,
  type HotswapRecord,
  type RecordLocation,
} from './hotswap-record';
import { locationFromStackId } from './outputs';

export interface HotswapDeps extends DeployDeps {
  readonly clients: DeployDeps['clients'] & { readonly lambda: LambdaClient };
}

export async function updateFunctionCode(
  deps: HotswapDeps,
  functionName: string,
  bucket: string,
  key: string,
  options: { maxWaitSeconds?: number | undefined; alias?: string | undefined },
): Promise<void> {
  await deps.clients.lambda.send(
    new UpdateFunctionCodeCommand({ FunctionName: functionName, S3Bucket: bucket, S3Key: key }),
  );
  // The update runs on after the call returns; until it is Successful the old code answers.
  await waitUntilFunctionUpdatedV2(
    {
      client: deps.clients.lambda,
      maxWaitTime: options.maxWaitSeconds ?? 300,
      minDelay: 1,
      maxDelay: 5,
    },
    { FunctionName: functionName },
  );
  if (options.alias === undefined) return;
  // Invokes go through the alias (API, event sources): $LATEST alone would change nothing
  // they run. A version of the updated code, then the alias onto it.
  const published = await deps.clients.lambda.send(
    new PublishVersionCommand({ FunctionName: functionName }),
  );
  if (published.Version === undefined) {
    throw new Error(`PublishVersion of ${functionName} returned no version`);
  }
  await deps.clients.lambda.send(
    new UpdateAliasCommand({
      FunctionName: functionName,
      Name: options.alias,
      FunctionVersion: published.Version,
    }),
  );
}

/**
 * Functions a pending record lists whose template code is CloudFormation's again (the
 * change was reverted): the plan cannot see them, the template being equal to the stack's.
 */
export function revertUpdates(
  pending: HotswapRecord | undefined,
  stack: Pick<DeployableStack, 'template'>,
  planned: readonly CodeUpdate[],
): CodeUpdate[] {
  if (pending === undefined) return [];
  return Object.entries(pending.functions).flatMap(([logicalId, swapped]) => {
    if (planned.some((u) => u.logicalId === logicalId)) return [];
    const code = stack.template.Resources[logicalId]?.Properties?.['Code'] as
      { S3Bucket?: unknown; S3Key?: unknown } | undefined;
    if (typeof code?.S3Key !== 'string' || code.S3Key !== swapped.previousKey) return [];
    const bucket = code.S3Bucket;
    const literal =
      typeof bucket === 'string'
        ? bucket
        : ((bucket as Record<string, unknown> | undefined)?.['Fn::Sub'] as string | undefined);
    if (literal === undefined) return [];
    const alias = aliasOf(stack.template, logicalId)?.name;
    return [
      {
        logicalId,
        bucket: literal,
        key: code.S3Key,
        previousKey: swapped.previousKey,
        ...(alias !== undefined && { alias }),
      },
    ];
  });
}

/** The pending record of `current`, if any: read while the caller does other work. */
const RECREATED = new Set(['ROLLBACK_COMPLETE', 'REVIEW_IN_PROGRESS']);

export async function pendingHotswap(
  current: Stack | undefined,
  assets: readonly FileAsset[],
  deps: DeployDeps,
  artifactBucket?: string,
): Promise<{ record: HotswapRecord; location: RecordLocation } | undefined> {
  // A stack about to be created again (a failed first create, or one never executed) has
  // no swapped code worth reconciling: no read at all.
  if (current === undefined || RECREATED.has(current.StackStatus ?? '')) return undefined;
  const location = recordLocation(current, assets, artifactBucket);
  if (location === undefined) return undefined;
  const record = pendingRecord(await readRecord(deps.clients.s3, location), current);
  return record && { record, location };
}

/**
 * After a full deploy: every swapped function whose code CloudFormation left alone gets the
 * template's code again, and the record goes. Without a Lambda client it only warns.
 */
export async function reconcileAfterDeploy(
  pending: { record: HotswapRecord; location: RecordLocation },
  stack: Pick<DeployableStack, 'template' | 'stackName'>,
  deployed: Stack,
  deps: DeployDeps,
): Promise<string[]> {
  const lambda = deps.clients.lambda;
  const updates = revertUpdates(pending.record, stack, []);
  if (updates.length > 0 && lambda === undefined) {
    deps.logger.warn(
      `${stack.stackName}: functions hotswapped earlier may still run that code; deploy with this tool's CLI or action to reconcile them`,
    );
    return [];
  }
  const env =
    (deployed.StackId && locationFromStackId(deployed.StackId)) || (await callerEnvironment(deps));
  const withLambda = { ...deps, clients: { ...deps.clients, lambda: lambda! } };
  await Promise.all(
    updates.map((u) =>
      updateFunctionCode(
        withLambda,
        pending.record.functions[u.logicalId]!.functionName,
        resolvePlaceholders(u.bucket, env),
        u.key,
        { alias: u.alias },
      ),
    ),
  );
  await deleteRecord(deps.clients.s3, pending.location);
  const names = updates.map((u) => pending.record.functions[u.logicalId]!.functionName);
  if (names.length > 0) {
    deps.logger.info(
      `${stack.stackName}: pointed ${names.join(', ')} back at the code CloudFormation deployed (they ran hotswapped code)`,
    );
  }
  return names;
}
