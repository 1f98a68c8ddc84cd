// Thin, typed wrappers over the CloudFormation calls the engine makes. Each one is a
// single responsibility; the decisions live in the pure modules beside this one.
import { randomUUID } from 'node:crypto';
import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  ListChangeSetsCommand,
  ListStackResourcesCommand,
  type Change,
  type ChangeSetSummary,
  type CloudFormationClient,
  type DescribeChangeSetCommandOutput,
  type Stack,
  type StackEvent,
  type StackResourceSummary,
} from '@aws-sdk/client-cloudformation';
import { allItems, nextToken } from '../aws/pages';
import { isTransientFault } from '../aws/retry';
import { ServerlessActionError, errorMessage } from '../errors';
import type { Clock, Logger } from '../io';
import type { CfnTemplate } from '../synth/types';
import { isNoChangesReason, withNestedReason } from './change-set-reason';
import { backoffDelay, isTerminal } from './stack-state';
import type { ChangeSetStackOptions } from './stack-options';

/** Change sets this tool creates start with this; only those are ever cleaned up. */
export const CHANGE_SET_PREFIX = 'serverless-action-';

/** The stack, or undefined when it does not exist. */
export async function describeStack(
  cfn: CloudFormationClient,
  stackName: string,
): Promise<Stack | undefined> {
  try {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
    return out.Stacks?.[0];
  } catch (error) {
    if (/does not exist/.test(errorMessage(error))) return undefined;
    throw error;
  }
}

export interface WaitOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly timeoutMs: number;
  /** What the wait is for, in messages: "deploy of demo-dev". */
  readonly what: string;
}

/** Polls DescribeStacks with backoff until the status is terminal; prints new events. */
export async function waitForStack(
  cfn: CloudFormationClient,
  stackId: string,
  options: WaitOptions & { readonly printEvents?: () => Promise<void> },
): Promise<Stack | undefined> {
  const started = options.clock.now().getTime();
  for (let attempt = 0; ; attempt++) {
    // Status and events in parallel: one round trip per poll instead of two.
    const polled = await surviveFault(options, () =>
      Promise.all([
        describeStack(cfn, stackId),
        options.printEvents ? options.printEvents() : undefined,
      ]),
    );
    if (polled === FAULT) {
      await options.clock.sleep(backoffDelay(attempt));
      continue;
    }
    const [stack] = polled;
    if (stack === undefined || isTerminal(stack.StackStatus ?? '')) {
      // The parallel fetch may predate the last events (and the root cause among them).
      if (options.printEvents) await options.printEvents();
      return stack;
    }
    if (options.clock.now().getTime() - started > options.timeoutMs) {
      throw new ServerlessActionError(
        `timed out after ${Math.round(options.timeoutMs / 1000)} s waiting for ${options.what} (status ${stack.StackStatus})`,
        'DEPLOY_TIMEOUT',
        'CloudFormation keeps working; check the stack in the console, or raise the timeout',
      );
    }
    await options.clock.sleep(backoffDelay(attempt));
  }
}

const FAULT = Symbol('fault');

/**
 * One poll of a waiter. A fault the SDK's retries could not ride out (a longer outage, a
 * run of dropped connections) must not end a wait whose operation CloudFormation is still
 * running: it is logged and the next poll tries again, within the waiter's own timeout.
 */
async function surviveFault<T>(
  options: WaitOptions,
  poll: () => Promise<T>,
): Promise<T | typeof FAULT> {
  try {
    return await poll();
  } catch (error) {
    if (!isTransientFault(error)) throw error;
    options.logger.info(
      `network or service fault while waiting for ${options.what} (${errorMessage(error).split('\n')[0]}): polling again`,
    );
    return FAULT;
  }
}

/** Events newest first, up to `stopAtId` (exclusive) or `maxPages` pages. */
export async function recentEvents(
  cfn: CloudFormationClient,
  stackId: string,
  stopAtId: string | undefined,
  maxPages = 5,
): Promise<StackEvent[]> {
  const events: StackEvent[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const out = await cfn.send(
      new DescribeStackEventsCommand({ StackName: stackId, ...(token && { NextToken: token }) }),
    );
    for (const event of out.StackEvents ?? []) {
      if (stopAtId !== undefined && event.EventId === stopAtId) return events;
      events.push(event);
    }
    token = out.NextToken;
    if (!token) break;
  }
  return events;
}

export async function listStackResources(
  cfn: CloudFormationClient,
  stackName: string,
): Promise<StackResourceSummary[]> {
  return allItems(
    (token) =>
      cfn.send(new ListStackResourcesCommand({ StackName: stackName, ...nextToken(token) })),
    (page) => page.StackResourceSummaries,
  );
}

export async function deployedTemplate(
  cfn: CloudFormationClient,
  stackName: string,
): Promise<CfnTemplate | undefined> {
  const out = await cfn.send(
    new GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' }),
  );
  if (!out.TemplateBody) return undefined;
  try {
    return JSON.parse(out.TemplateBody) as CfnTemplate;
  } catch {
    return undefined; // A YAML template deployed by something else: no hints, still works.
  }
}

/**
 * Deletes this tool's earlier change sets that are still around (a plan never executed,
 * a failed run). Only sets ListChangeSets showed are deleted, through the no-retry client:
 * moto answers a missing set with HTTP 500, which retries would turn into a 45 s stall.
 */
export async function deleteStaleChangeSets(
  cfn: CloudFormationClient,
  cfnOnce: CloudFormationClient,
  stackName: string,
  logger: Logger,
  /** Sets to leave alone: another deploy's, still on its way to execution (busy.ts). */
  keep: (summary: ChangeSetSummary) => boolean = () => false,
): Promise<number> {
  let deleted = 0;
  // Listed in full first: deleting between pages could shift what the next page holds.
  const summaries = await allItems(
    (token) => cfn.send(new ListChangeSetsCommand({ StackName: stackName, ...nextToken(token) })),
    (page) => page.Summaries,
  );
  for (const summary of summaries) {
    if (!summary.ChangeSetName?.startsWith(CHANGE_SET_PREFIX)) continue;
    // Executed sets are gone on AWS (moto keeps them); running ones must not be touched.
    if (summary.ExecutionStatus?.startsWith('EXECUTE_') || keep(summary)) continue;
    await deleteChangeSet(cfnOnce, stackName, summary.ChangeSetId ?? summary.ChangeSetName, logger);
    deleted++;
  }
  return deleted;
}

/**
 * Best effort: a change set that is already gone is not an error. A fault is tried again a
 * few times here rather than by the SDK (see `cloudFormationOnce`), so a flaky network does
 * not leave the set behind.
 */
export async function deleteChangeSet(
  cfnOnce: CloudFormationClient,
  stackName: string,
  changeSet: string,
  logger: Logger,
  attempts = 4,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await cfnOnce.send(
        new DeleteChangeSetCommand({ StackName: stackName, ChangeSetName: changeSet }),
      );
      logger.debug(`deleted change set ${changeSet}`);
      return;
    } catch (error) {
      if (attempt < attempts && isTransientFault(error)) {
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
        continue;
      }
      logger.debug(`could not delete change set ${changeSet}: ${errorMessage(error)}`);
      return;
    }
  }
}

/**
 * The change set went away or went stale before this run executed it: another deploy of
 * the stack executed first (CloudFormation then removes every other change set of the
 * stack). The deploy plans again against the stack as it now is.
 */
export class ChangeSetSupersededError extends ServerlessActionError {
  constructor(stackName: string, changeSet: string) {
    super(
      `change set ${changeSet} of ${stackName} was superseded by another deploy of the same stack`,
      'CHANGE_SET_SUPERSEDED',
      'deploy again: the next plan starts from the stack as the other deploy left it',
    );
  }
}

function isSuperseded(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'ChangeSetNotFoundException' || name === 'InvalidChangeSetStatusException';
}

export interface CreatedChangeSet {
  readonly changeSetId: string;
  readonly stackId: string;
}

export async function createChangeSet(
  cfn: CloudFormationClient,
  input: {
    readonly stackName: string;
    readonly changeSetName: string;
    readonly type: 'CREATE' | 'UPDATE';
    readonly template: { readonly body: string } | { readonly url: string };
    readonly parameters: Readonly<Record<string, string>>;
    readonly tags: Readonly<Record<string, string>>;
    /** Rollback triggers, notification topics, service role (stack-options.ts). */
    readonly stackOptions?: ChangeSetStackOptions;
    /**
     * The template has nested stacks: CloudFormation then makes a change set for each of
     * them too (their templates must be in S3 already), which is how a plan sees inside.
     */
    readonly includeNestedStacks?: boolean;
  },
): Promise<CreatedChangeSet> {
  const out = await cfn.send(
    new CreateChangeSetCommand({
      // The SDK resends this same token on every retry of this call: a retry after a lost
      // answer returns the change set the first attempt made instead of making a second
      // one (for a new stack, a second stack left in REVIEW_IN_PROGRESS).
      ClientToken: randomUUID(),
      StackName: input.stackName,
      ChangeSetName: input.changeSetName,
      ChangeSetType: input.type,
      ...('body' in input.template
        ? { TemplateBody: input.template.body }
        : { TemplateURL: input.template.url }),
      Parameters: Object.entries(input.parameters).map(([ParameterKey, ParameterValue]) => ({
        ParameterKey,
        ParameterValue,
      })),
      Tags: Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
      // The synthesized stack creates roles; AUTO_EXPAND for transforms a user might add.
      Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'],
      Description: 'created by serverless-action',
      ...(input.includeNestedStacks === true && { IncludeNestedStacks: true }),
      ...input.stackOptions,
    }),
  );
  if (!out.Id || !out.StackId) {
    throw new ServerlessActionError('CreateChangeSet returned no id', 'CHANGE_SET_FAILED');
  }
  return { changeSetId: out.Id, stackId: out.StackId };
}

/**
 * Starts the change set's execution. The token makes the SDK's retries safe: a retry after
 * a lost answer is recognized by CloudFormation and does not execute anything twice.
 */
export async function executeChangeSet(
  cfn: CloudFormationClient,
  stackName: string,
  changeSetId: string,
): Promise<void> {
  try {
    await cfn.send(
      new ExecuteChangeSetCommand({
        StackName: stackName,
        ChangeSetName: changeSetId,
        ClientRequestToken: randomUUID(),
      }),
    );
  } catch (error) {
    if (isSuperseded(error)) throw new ChangeSetSupersededError(stackName, changeSetId);
    throw error;
  }
}

export type ChangeSetOutcome =
  { readonly kind: 'ready'; readonly changes: readonly Change[] } | { readonly kind: 'empty' };

/**
 * Waits until the change set is computed, then reads every page of its changes. A nested
 * change set (`nested`) is named by its ARN alone: a new nested stack has no id in the
 * parent's change to name it by; `stackName` then only labels messages.
 */
export async function waitForChangeSet(
  cfn: CloudFormationClient,
  stackName: string,
  changeSetId: string,
  options: WaitOptions & { readonly nested?: boolean },
): Promise<ChangeSetOutcome> {
  const started = options.clock.now().getTime();
  const name = changeSetName(stackName, changeSetId, options.nested === true);
  for (let attempt = 0; ; attempt++) {
    const first = await surviveFault(options, () =>
      cfn.send(new DescribeChangeSetCommand(name)),
    ).catch((error: unknown) => {
      if (isSuperseded(error)) throw new ChangeSetSupersededError(stackName, changeSetId);
      throw error;
    });
    if (first === FAULT) {
      await options.clock.sleep(backoffDelay(attempt));
      continue;
    }
    if (first.Status === 'CREATE_COMPLETE') {
      return { kind: 'ready', changes: await remainingPages(cfn, name, first) };
    }
    if (first.Status === 'FAILED') {
      if (isNoChangesReason(first.StatusReason)) return { kind: 'empty' };
      throw new ServerlessActionError(
        `change set for ${stackName} failed: ${await withNestedReason(cfn, first.StatusReason)}`,
        'CHANGE_SET_FAILED',
        'fix the template problem named above; `serverless-action synth` writes the template to inspect',
      );
    }
    if (options.clock.now().getTime() - started > options.timeoutMs) {
      throw new ServerlessActionError(
        `timed out waiting for the change set of ${stackName} (status ${first.Status})`,
        'DEPLOY_TIMEOUT',
      );
    }
    await options.clock.sleep(backoffDelay(attempt));
  }
}

function changeSetName(
  stackName: string,
  changeSetId: string,
  nested: boolean,
): { StackName?: string; ChangeSetName: string } {
  return nested
    ? { ChangeSetName: changeSetId }
    : { StackName: stackName, ChangeSetName: changeSetId };
}

async function remainingPages(
  cfn: CloudFormationClient,
  name: { StackName?: string; ChangeSetName: string },
  first: DescribeChangeSetCommandOutput,
): Promise<Change[]> {
  return allItems(
    (token) =>
      token === undefined
        ? Promise.resolve(first)
        : cfn.send(new DescribeChangeSetCommand({ ...name, NextToken: token })),
    (page) => page.Changes,
  );
}

export async function deleteStack(cfn: CloudFormationClient, stackId: string): Promise<void> {
  await cfn.send(new DeleteStackCommand({ StackName: stackId }));
}
