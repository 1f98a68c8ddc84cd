// Stack protection: termination protection and a stack policy on the stateful resources.
//
// The stack policy denies Update:Replace and Update:Delete on every resource of a stateful
// type (classify.ts's STATEFUL_TYPES: DynamoDB tables, S3 buckets, SQS queues, Kinesis
// streams, log groups: the same set the data-loss guard watches), by ResourceType condition,
// so it covers resources added later and stays far below the 16 KB policy limit. It stops
// any update of the stack from destroying data, whoever runs it (the console, another
// tool). A deploy run with allow-replacement relaxes it for that one execution
// (ExecuteChangeSet takes no "policy during update", unlike UpdateStack) and restores it
// afterwards, whether the execution succeeded or failed.
//
// Pure parts (the policies, what to change) are separate from the calls, which take the
// client. Calls moto does not implement are warned about, never fatal (a deploy on moto
// still completes).
import {
  GetStackPolicyCommand,
  SetStackPolicyCommand,
  UpdateTerminationProtectionCommand,
  type CloudFormationClient,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { errorMessage } from '../errors';
import type { Logger } from '../io';
import { STATEFUL_TYPES } from './classify';
import { isUnsupportedApi } from './unsupported';
import type { StackSettings } from './stack-defaults';

/** Denies replacing and deleting stateful resources; allows every other update. */
export function protectivePolicy(): string {
  return JSON.stringify({
    Statement: [
      { Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' },
      {
        Effect: 'Deny',
        Action: ['Update:Replace', 'Update:Delete'],
        Principal: '*',
        Resource: '*',
        Condition: { StringEquals: { ResourceType: [...STATEFUL_TYPES].sort() } },
      },
    ],
  });
}

/** Allows every update: a policy cannot be removed from a stack, only replaced. */
export function openPolicy(): string {
  return JSON.stringify({
    Statement: [{ Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' }],
  });
}

/** Whether a deployed policy body is this tool's protective one. Pure. */
export function isProtective(body: string | undefined): boolean {
  if (body === undefined || body === '') return false;
  try {
    return JSON.stringify(JSON.parse(body)) === protectivePolicy();
  } catch {
    return false;
  }
}

/** The policy for this stage, or undefined: leave the stack's policy as it is. Pure. */
export function wantedPolicy(
  settings: Pick<StackSettings, 'protectStateful' | 'kind'>,
  deployedBody: string | undefined,
): string | undefined {
  if (settings.protectStateful) return isProtective(deployedBody) ? undefined : protectivePolicy();
  // Protection turned off: open up only a policy this tool set (never someone else's).
  return isProtective(deployedBody) ? openPolicy() : undefined;
}

/** Not implemented by the endpoint (moto), or a role without the permission: warn, go on. */
function isUnsupported(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return isUnsupportedApi(error) || /AccessDenied/.test(name);
}

async function bestEffort<T>(
  logger: Logger,
  what: string,
  call: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (!isUnsupported(error)) throw error;
    logger.warn(`could not ${what}: ${errorMessage(error).split('\n')[0]} (continuing)`);
    return undefined;
  }
}

export async function getStackPolicy(
  cfn: CloudFormationClient,
  stackName: string,
  logger: Logger,
): Promise<string | undefined> {
  const out = await bestEffort(logger, `read the stack policy of ${stackName}`, () =>
    cfn.send(new GetStackPolicyCommand({ StackName: stackName })),
  );
  return out?.StackPolicyBody;
}

export async function setStackPolicy(
  cfn: CloudFormationClient,
  stackName: string,
  body: string,
  logger: Logger,
): Promise<boolean> {
  const done = await bestEffort(logger, `set the stack policy of ${stackName}`, () =>
    cfn.send(new SetStackPolicyCommand({ StackName: stackName, StackPolicyBody: body })),
  );
  return done !== undefined;
}

/**
 * Brings termination protection and the stack policy to what the stage wants, after a
 * deploy (or a no-op). Each is one call, made only when it differs. Returns what changed.
 */
export async function ensureProtection(
  cfn: CloudFormationClient,
  stack: Pick<Stack, 'StackName' | 'StackId' | 'EnableTerminationProtection'>,
  settings: StackSettings,
  logger: Logger,
  /** No-retry client for UpdateTerminationProtection (see unsupported.ts). */
  cfnOnce: CloudFormationClient = cfn,
): Promise<string[]> {
  const id = stack.StackId ?? stack.StackName ?? '';
  const changed: string[] = [];
  if ((stack.EnableTerminationProtection ?? false) !== settings.terminationProtection) {
    const done = await bestEffort(logger, `set termination protection on ${id}`, () =>
      cfnOnce.send(
        new UpdateTerminationProtectionCommand({
          StackName: id,
          EnableTerminationProtection: settings.terminationProtection,
        }),
      ),
    );
    if (done !== undefined) {
      changed.push(`termination protection ${settings.terminationProtection ? 'on' : 'off'}`);
    }
  }
  if (settings.kind !== 'ephemeral' || settings.protectStateful) {
    const body = wantedPolicy(settings, await getStackPolicy(cfn, id, logger));
    if (body !== undefined && (await setStackPolicy(cfn, id, body, logger))) {
      changed.push(settings.protectStateful ? 'stack policy set' : 'stack policy opened');
    }
  }
  if (changed.length > 0) logger.info(`${stack.StackName ?? id}: ${changed.join(', ')}`);
  return changed;
}

/**
 * Runs `execute` with the stack policy relaxed when replacement was allowed, restoring the
 * protective policy afterwards, also when `execute` throws. Without allow-replacement, or
 * when the stage does not protect its stateful resources, `execute` runs as it is.
 */
export async function withRelaxedPolicy<T>(
  cfn: CloudFormationClient,
  stackName: string,
  relax: boolean,
  logger: Logger,
  execute: () => Promise<T>,
): Promise<T> {
  if (!relax) return execute();
  const relaxed = await setStackPolicy(cfn, stackName, openPolicy(), logger);
  if (relaxed)
    logger.info(`${stackName}: stack policy relaxed for this deploy (allow-replacement)`);
  try {
    return await execute();
  } finally {
    if (relaxed) {
      // A failed restore must not hide the execution's own outcome: it is logged loudly,
      // and the next deploy sets the policy again (ensureProtection).
      try {
        await setStackPolicy(cfn, stackName, protectivePolicy(), logger);
        logger.info(`${stackName}: stack policy restored`);
      } catch (error) {
        logger.error(
          `${stackName}: could not restore the stack policy (${errorMessage(error)}); the next deploy sets it again`,
        );
      }
    }
  }
}
