// rollback: redeploy the previous successful template of a stack through the same guards
// as any deploy (change set, data-loss guard, drift guard, stack protection); and
// `--continue` for a stack stuck in UPDATE_ROLLBACK_FAILED.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ContinueUpdateRollbackCommand,
  type Stack,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { ServerlessActionError } from '../errors';
import type { CfnTemplate } from '../synth/types';
import { deployedTemplate, describeStack, recentEvents, waitForStack } from './cfn';
import { DEFAULT_TIMEOUT_MS, type DeployDeps, type DeployOptions } from './context';
import { previousEntry, templateHash, withoutDigestMarker } from './history';
import { recordLocation } from './hotswap-record';
import { originsOf } from '../synth/origins';
import { runDeploy, type DeployOutcome } from './run-deploy';

export interface RollbackSource {
  readonly template: CfnTemplate;
  /** Where it came from, in messages: a file, a plan directory, `s3://.../history/...`. */
  readonly from: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly commit?: string;
}

export interface RollbackOptions extends DeployOptions {
  /** `--template FILE` / a plan directory, read by the command; else the history. */
  readonly source?: RollbackSource;
}

const HINT_TEMPLATE =
  'pass --template FILE (a template saved earlier) or --template DIR (a plan directory from `plan --out`)';

/** The template to go back to: the given one, else the newest kept one unlike the deployed. */
export async function rollbackSource(
  current: Stack,
  deps: DeployDeps,
  options: RollbackOptions,
): Promise<RollbackSource> {
  if (options.source !== undefined) return options.source;
  const location = recordLocation(current, [], options.artifactBucket);
  if (location === undefined) {
    throw new ServerlessActionError(
      `cannot tell where the history of ${current.StackName ?? 'the stack'} is kept`,
      'ROLLBACK_NO_HISTORY',
      HINT_TEMPLATE,
    );
  }
  const deployed = await deployedTemplate(deps.clients.cloudFormation, current.StackId!);
  const found = await previousEntry(
    deps.clients.s3,
    location.bucket,
    current.StackName!,
    deployed !== undefined ? templateHash(deployed) : undefined,
  ).catch((error: unknown) => {
    const name = (error as { name?: string }).name;
    if (name === 'NoSuchBucket' || name === 'NotFound') return undefined;
    throw error;
  });
  if (found === undefined) {
    throw new ServerlessActionError(
      `no earlier deploy of ${current.StackName!} is kept in s3://${location.bucket}/history/${current.StackName!}/ (history starts with the first deploy of a tool version that writes it, and expires with the bucket's artifacts)`,
      'ROLLBACK_NO_HISTORY',
      HINT_TEMPLATE,
    );
  }
  return {
    template: found.entry.template,
    from: `s3://${location.bucket}/${found.key} (deployed ${found.entry.deployedAt}${found.entry.commit !== undefined ? `, commit ${found.entry.commit.slice(0, 7)}` : ''})`,
    tags: found.entry.tags,
    ...(found.entry.commit !== undefined && { commit: found.entry.commit }),
  };
}

export async function runRollback(
  stackName: string,
  deps: DeployDeps,
  options: RollbackOptions = {},
): Promise<DeployOutcome & { readonly from: string }> {
  const current = await describeStack(deps.clients.cloudFormation, stackName);
  if (current === undefined) {
    throw new ServerlessActionError(
      `stack ${stackName} does not exist: there is nothing to roll back`,
      'STACK_NOT_FOUND',
    );
  }
  if (current.StackStatus === 'UPDATE_ROLLBACK_FAILED') {
    throw new ServerlessActionError(
      `stack ${stackName} is in UPDATE_ROLLBACK_FAILED: finish that rollback first`,
      'STACK_BLOCKED',
      'run `serverless-action rollback --continue` (it lists the resources to skip)',
    );
  }
  const source = await rollbackSource(current, deps, options);
  deps.logger.info(`rolling ${stackName} back to ${source.from}`);
  const template = withoutDigestMarker(source.template);
  const dir = await mkdtemp(join(tmpdir(), 'serverless-action-rollback-'));
  try {
    const templateFile = join(dir, `${stackName}.template.json`);
    const assetManifestFile = join(dir, `${stackName}.assets.json`);
    await writeFile(templateFile, JSON.stringify(template));
    // The code the template names is already in the bucket (kept by the deploy that made it).
    await writeFile(assetManifestFile, JSON.stringify({ version: '55.0.0', files: {} }));
    const tags =
      source.tags ??
      Object.fromEntries((current.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    const outcome = await runDeploy(
      {
        stackName,
        templateFile,
        assetManifestFile,
        template,
        tags,
        origins: originsOf(template),
      },
      deps,
      {
        ...options,
        // Going back is the point: the commit guard would refuse exactly this.
        allowRollback: true,
        ...(source.commit !== undefined && { commit: source.commit }),
      },
    );
    return { ...outcome, from: source.from };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Resources that failed while CloudFormation rolled the last update back: UPDATE_FAILED
 * resource events after the newest UPDATE_ROLLBACK_IN_PROGRESS stack event. Pure; newest-
 * first events in (DescribeStackEvents order), logical ids out, each once.
 */
export function failedInRollback(newestFirst: readonly StackEvent[]): string[] {
  const failed: string[] = [];
  for (const event of newestFirst) {
    const stackLevel = event.ResourceType === 'AWS::CloudFormation::Stack';
    if (stackLevel && event.ResourceStatus === 'UPDATE_ROLLBACK_IN_PROGRESS') break;
    if (
      !stackLevel &&
      event.ResourceStatus === 'UPDATE_FAILED' &&
      event.LogicalResourceId !== undefined &&
      !failed.includes(event.LogicalResourceId)
    ) {
      failed.push(event.LogicalResourceId);
    }
  }
  return failed.reverse();
}

/** The command that continues the rollback skipping `ids`, as the user typed the rest. */
export function skipCommand(ids: readonly string[], continueCommand: string): string {
  return `${continueCommand} ${ids.map((id) => `--skip ${id}`).join(' ')}`;
}

export interface ContinueOptions {
  /** Logical ids to skip (ResourcesToSkip). */
  readonly skip?: readonly string[];
  /** How the user continues this stack's rollback, for the printed command. */
  readonly continueCommand?: string;
  readonly timeoutMs?: number;
}

export interface ContinueResult {
  readonly stackName: string;
  readonly status: string;
  readonly skipped: readonly string[];
}

/** ContinueUpdateRollback, waited for; a rollback that fails again lists what to skip. */
export async function runContinueRollback(
  stackName: string,
  deps: DeployDeps,
  options: ContinueOptions = {},
): Promise<ContinueResult> {
  const cfn = deps.clients.cloudFormation;
  const prefix = options.continueCommand ?? 'serverless-action rollback --continue';
  const current = await describeStack(cfn, stackName);
  if (current?.StackStatus !== 'UPDATE_ROLLBACK_FAILED') {
    throw new ServerlessActionError(
      `stack ${stackName} is ${current?.StackStatus ?? 'not there'}, not UPDATE_ROLLBACK_FAILED: there is no rollback to continue`,
      'ROLLBACK_NOT_STUCK',
      current === undefined
        ? undefined
        : 'to go back to the previous template, run `rollback` without --continue',
    );
  }
  const stackId = current.StackId ?? stackName;
  const before = await recentEvents(cfn, stackId, undefined);
  const failed = failedInRollback(before);
  const skip = options.skip ?? [];
  if (failed.length > 0) {
    deps.logger.info(`resources that failed to roll back: ${failed.join(', ')}`);
    if (skip.length === 0) {
      deps.logger.info(
        `if they cannot be restored (fix them by hand first where you can), skip them: ${skipCommand(failed, prefix)}`,
      );
    }
  }
  const unknown = skip.filter((id) => failed.length > 0 && !failed.includes(id));
  if (unknown.length > 0) {
    throw new ServerlessActionError(
      `cannot skip ${unknown.join(', ')}: only resources that failed to roll back can be skipped (${failed.join(', ')})`,
      'ROLLBACK_BAD_SKIP',
      skipCommand(failed, prefix),
    );
  }
  deps.logger.info(
    `continuing the rollback of ${stackName}${skip.length > 0 ? `, skipping ${skip.join(', ')}` : ''}`,
  );
  await cfn.send(
    new ContinueUpdateRollbackCommand({
      StackName: stackId,
      ...(skip.length > 0 && { ResourcesToSkip: [...skip] }),
    }),
  );
  const final = await waitForStack(cfn, stackId, {
    clock: deps.clock,
    logger: deps.logger,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    what: `the rollback of ${stackName}`,
  });
  const status = final?.StackStatus ?? 'UNKNOWN';
  if (status !== 'UPDATE_ROLLBACK_COMPLETE') {
    const again = failedInRollback(await recentEvents(cfn, stackId, undefined));
    throw new ServerlessActionError(
      `the rollback of ${stackName} ended in ${status}` +
        (again.length > 0 ? `; resources that failed to roll back: ${again.join(', ')}` : ''),
      'ROLLBACK_FAILED',
      again.length > 0
        ? `fix them by hand where you can, then run: ${skipCommand(again, prefix)} (a skipped resource keeps its current state and CloudFormation marks it rolled back)`
        : 'see the stack events in the CloudFormation console',
    );
  }
  deps.logger.info(`${stackName}: UPDATE_ROLLBACK_COMPLETE`);
  return { stackName, status, skipped: skip };
}
