// Deploy history: after every successful deploy that changed the stack, the template it
// deployed is kept in the artifact bucket under `history/<stack>/<timestamp>.json`, beside
// the code it names. `rollback` redeploys the newest entry whose template differs from the
// deployed one (history entries expire with the bucket's other artifacts, after
// ARTIFACT_EXPIRY_DAYS; so does the code they name).
import { createHash } from 'node:crypto';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { Stack } from '@aws-sdk/client-cloudformation';
import { errorMessage } from '../errors';
import type { Logger } from '../io';
import type { CfnTemplate } from '../synth/types';
import type { FileAsset } from '../assets/manifest';
import { callerEnvironment, type DeployDeps } from './context';
import { canonicalize } from './digest';
import { recordLocation } from './hotswap-record';
import { ensureOwnedBucket } from './template-source';

export const HISTORY_VERSION = 1;

export interface HistoryEntry {
  readonly version: typeof HISTORY_VERSION;
  readonly stackName: string;
  /** ISO time of the deploy's end. */
  readonly deployedAt: string;
  /** The stack's final status, e.g. UPDATE_COMPLETE. */
  readonly status: string;
  readonly commit?: string;
  readonly changeSetId?: string;
  readonly tags: Readonly<Record<string, string>>;
  /** sha256 of the canonical template (without the digest marker): what rollback compares. */
  readonly templateSha256: string;
  /** The template as synthesized (no digest marker in its Description). */
  readonly template: CfnTemplate;
}

const MARKER_SUFFIX = /\s*\(serverless-action digest [^)]*\)$/;

/** The template without the digest marker this tool adds to the Description. Pure. */
export function withoutDigestMarker(template: CfnTemplate): CfnTemplate {
  if (template.Description === undefined) return template;
  const description = template.Description.replace(MARKER_SUFFIX, '');
  const copy = { ...template };
  if (description === '') delete (copy as { Description?: string }).Description;
  else copy.Description = description;
  return copy;
}

export function templateHash(template: CfnTemplate): string {
  return createHash('sha256')
    .update(JSON.stringify(canonicalize(withoutDigestMarker(template))))
    .digest('hex');
}

export function historyPrefix(stackName: string): string {
  return `history/${stackName}/`;
}

/** `history/<stack>/2026-12-02T11-40-17-123Z.json`: sorts by time as text. */
export function historyKey(stackName: string, at: Date): string {
  return `${historyPrefix(stackName)}${at.toISOString().replace(/:/g, '-').replace('.', '-')}.json`;
}

export function historyEntry(input: {
  readonly stackName: string;
  readonly template: CfnTemplate;
  readonly tags: Readonly<Record<string, string>>;
  readonly final: Pick<Stack, 'StackStatus'>;
  readonly at: Date;
  readonly commit?: string;
  readonly changeSetId?: string;
}): HistoryEntry {
  const template = withoutDigestMarker(input.template);
  return {
    version: HISTORY_VERSION,
    stackName: input.stackName,
    deployedAt: input.at.toISOString(),
    status: input.final.StackStatus ?? 'UNKNOWN',
    ...(input.commit !== undefined && { commit: input.commit }),
    ...(input.changeSetId !== undefined && { changeSetId: input.changeSetId }),
    tags: { ...input.tags },
    templateSha256: templateHash(template),
    template,
  };
}

/** Best effort: a deploy that succeeded is not failed by its history; it warns instead. */
export async function writeHistory(
  s3: S3Client,
  bucket: string,
  entry: HistoryEntry,
  logger: Logger,
): Promise<string | undefined> {
  const key = historyKey(entry.stackName, new Date(entry.deployedAt));
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: JSON.stringify(entry),
        ContentType: 'application/json',
      }),
    );
    logger.debug(`kept the deployed template as s3://${bucket}/${key}`);
    return key;
  } catch (error) {
    logger.warn(
      `could not keep the deployed template in s3://${bucket}/${key} (${errorMessage(error)}): \`rollback\` will not find this deploy`,
    );
    return undefined;
  }
}

/** History keys of the stack, oldest first. */
export async function listHistory(
  s3: S3Client,
  bucket: string,
  stackName: string,
): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        Prefix: historyPrefix(stackName),
        ...(token && { ContinuationToken: token }),
      }),
    );
    keys.push(...(page.Contents ?? []).map((o) => o.Key!).filter((k) => k.endsWith('.json')));
    token = page.NextContinuationToken;
  } while (token);
  return keys.sort();
}

export async function readHistory(
  s3: S3Client,
  bucket: string,
  key: string,
): Promise<HistoryEntry> {
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return JSON.parse((await out.Body!.transformToString()) ?? '') as HistoryEntry;
}

/**
 * The entry to roll back to: the newest whose template differs from the deployed one
 * (`deployedHash`). Reads entries newest first and stops at the first that differs.
 */
export async function previousEntry(
  s3: S3Client,
  bucket: string,
  stackName: string,
  deployedHash: string | undefined,
): Promise<{ key: string; entry: HistoryEntry } | undefined> {
  const keys = await listHistory(s3, bucket, stackName);
  for (const key of [...keys].reverse()) {
    const entry = await readHistory(s3, bucket, key);
    if (entry.templateSha256 !== deployedHash) return { key, entry };
  }
  return undefined;
}

/**
 * After a successful deploy that changed the stack: keeps its template in the bucket the
 * stack's code goes to (the first asset's, else `artifactBucket`, else the tool's default,
 * ensured). Never throws.
 */
export async function keepDeployed(
  input: {
    readonly stackName: string;
    readonly template: CfnTemplate;
    readonly tags: Readonly<Record<string, string>>;
    readonly assets: readonly FileAsset[];
    readonly final: Stack;
    readonly commit?: string;
    readonly changeSetId?: string;
    readonly artifactBucket?: string;
  },
  deps: DeployDeps,
): Promise<string | undefined> {
  try {
    const location = recordLocation(input.final, input.assets, input.artifactBucket);
    if (location === undefined) return undefined;
    const env = await callerEnvironment(deps);
    await ensureOwnedBucket(location.bucket, env, deps);
    const entry = historyEntry({ ...input, at: deps.clock.now() });
    return await writeHistory(deps.clients.s3, location.bucket, entry, deps.logger);
  } catch (error) {
    deps.logger.warn(
      `could not keep the deployed template of ${input.stackName} (${errorMessage(error)}): \`rollback\` will not find this deploy`,
    );
    return undefined;
  }
}
