// Drift: what was changed by hand (console, CLI) since CloudFormation last deployed the
// stack. The no-op fast path trusts the digest in the stack's Description and cannot see it;
// drift detection asks CloudFormation to compare each resource with the template.
//
// DetectStackDrift -> poll DescribeStackDriftDetectionStatus (injected clock, bounded) ->
// DescribeStackResourceDrifts (MODIFIED and DELETED only). The summary is pure. Deploying
// over drift on a stateful resource is refused unless allowed: the update would silently
// overwrite (or fail on) a hand-made change to data-bearing infrastructure.
import {
  DescribeStackDriftDetectionStatusCommand,
  DescribeStackResourceDriftsCommand,
  DetectStackDriftCommand,
  type CloudFormationClient,
  type StackResourceDrift,
} from '@aws-sdk/client-cloudformation';
import { allItems, nextToken } from '../aws/pages';
import { ServerlessActionError, errorMessage } from '../errors';
import type { Clock, Logger } from '../io';
import type { ResourceOrigin } from '../synth/types';
import { STATEFUL_TYPES } from './classify';
import { backoffDelay } from './stack-state';
import { isUnsupportedApi } from './unsupported';

export interface DriftedProperty {
  /** JSON pointer into the resource's properties, e.g. `/MemorySize`. */
  readonly path: string;
  readonly expected?: string;
  readonly actual?: string;
  /** ADD | REMOVE | NOT_EQUAL */
  readonly difference: string;
}

export interface DriftedResource {
  readonly logicalId: string;
  readonly type: string;
  readonly physicalId?: string;
  /** MODIFIED | DELETED */
  readonly status: string;
  readonly stateful: boolean;
  /** The config key the resource came from, when known. */
  readonly resource?: string;
  readonly configPath?: string;
  readonly properties: readonly DriftedProperty[];
}

export interface DriftReport {
  readonly stackName: string;
  /** IN_SYNC | DRIFTED | UNKNOWN (detection failed or is not supported by the endpoint). */
  readonly status: 'IN_SYNC' | 'DRIFTED' | 'UNKNOWN';
  readonly detectionId?: string;
  /** Why the status is UNKNOWN, or a partial detection's reason. */
  readonly reason?: string;
  readonly resources: readonly DriftedResource[];
}

export const DEFAULT_DRIFT_TIMEOUT_MS = 5 * 60 * 1000;

/** The drifted resources, stateful first, then by logical id. Pure. */
export function summarizeDrifts(
  drifts: readonly StackResourceDrift[],
  origins: Readonly<Record<string, ResourceOrigin>> = {},
): DriftedResource[] {
  return drifts
    .filter(
      (d) => d.StackResourceDriftStatus === 'MODIFIED' || d.StackResourceDriftStatus === 'DELETED',
    )
    .map((d) => {
      const logicalId = d.LogicalResourceId ?? '?';
      const origin = origins[logicalId];
      const type = d.ResourceType ?? '?';
      return {
        logicalId,
        type,
        ...(d.PhysicalResourceId !== undefined && { physicalId: d.PhysicalResourceId }),
        status: d.StackResourceDriftStatus!,
        stateful: STATEFUL_TYPES.has(type),
        ...(origin !== undefined && { resource: origin.key, configPath: origin.path }),
        properties: (d.PropertyDifferences ?? []).map((p) => ({
          path: p.PropertyPath ?? '',
          ...(p.ExpectedValue !== undefined && { expected: p.ExpectedValue }),
          ...(p.ActualValue !== undefined && { actual: p.ActualValue }),
          difference: p.DifferenceType ?? 'NOT_EQUAL',
        })),
      };
    })
    .sort(
      (a, b) => Number(b.stateful) - Number(a.stateful) || a.logicalId.localeCompare(b.logicalId),
    );
}

/** Refused: a stateful resource drifted and the deploy was not told to go ahead. */
export class DriftRefusedError extends ServerlessActionError {
  constructor(
    readonly drift: DriftReport,
    readonly stateful: readonly DriftedResource[],
  ) {
    super(
      `refusing to deploy ${drift.stackName} over drift on stateful resources:\n` +
        stateful.map((r) => `  ${describeDrifted(r)}`).join('\n'),
      'DRIFT_GUARD',
      'undo the hand-made change (or write it into the config), or re-run with --allow-drift (input allow-drift: true) to let the deploy overwrite it',
    );
  }
}

/** Throws DriftRefusedError when a stateful resource drifted and drift is not allowed. */
export function assertNoStatefulDrift(drift: DriftReport | undefined, allowDrift: boolean): void {
  if (drift === undefined || allowDrift) return;
  const stateful = drift.resources.filter((r) => r.stateful);
  if (stateful.length > 0) throw new DriftRefusedError(drift, stateful);
}

/** `users (AWS::DynamoDB::Table, UsersTable...) MODIFIED: /PointInTimeRecovery... true -> false` */
export function describeDrifted(r: DriftedResource): string {
  const name =
    r.resource !== undefined
      ? `${r.resource} (${r.type}, ${r.logicalId})`
      : `${r.logicalId} (${r.type})`;
  if (r.status === 'DELETED') return `${name} DELETED outside CloudFormation`;
  const props = r.properties
    .map((p) => `${p.path} ${p.expected ?? '(none)'} -> ${p.actual ?? '(none)'}`)
    .join('; ');
  return `${name} MODIFIED${props !== '' ? `: ${props}` : ''}`;
}

export function formatDriftText(drift: DriftReport): string {
  if (drift.status === 'UNKNOWN') {
    return `${drift.stackName}: drift unknown (${drift.reason ?? 'detection did not finish'})`;
  }
  if (drift.resources.length === 0) return `${drift.stackName}: in sync (no drift)`;
  return [
    `${drift.stackName}: ${drift.resources.length} drifted resource(s)`,
    ...drift.resources.map((r) => `  ${r.stateful ? '[stateful] ' : ''}${describeDrifted(r)}`),
  ].join('\n');
}

export interface DriftOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly timeoutMs?: number;
  readonly origins?: Readonly<Record<string, ResourceOrigin>>;
  /** The no-retry client for the first call (see unsupported.ts); default `cfn`. */
  readonly cfnOnce?: CloudFormationClient;
}

/**
 * Runs drift detection on an existing stack. An endpoint that does not implement it (moto)
 * or a detection that fails gives status UNKNOWN with the reason, never an exception: drift
 * is information, and "unknown" is said as such. A timeout is an error (the bound was hit).
 */
export async function detectDrift(
  cfn: CloudFormationClient,
  stackName: string,
  options: DriftOptions,
): Promise<DriftReport> {
  let detectionId: string | undefined;
  try {
    detectionId = (
      await (options.cfnOnce ?? cfn).send(new DetectStackDriftCommand({ StackName: stackName }))
    ).StackDriftDetectionId;
  } catch (error) {
    if (!isUnsupportedApi(error)) throw error;
    const reason = `this endpoint does not implement drift detection (${errorMessage(error).split('\n')[0]})`;
    options.logger.warn(`${stackName}: ${reason}`);
    return { stackName, status: 'UNKNOWN', reason, resources: [] };
  }
  if (detectionId === undefined) {
    return {
      stackName,
      status: 'UNKNOWN',
      reason: 'DetectStackDrift returned no id',
      resources: [],
    };
  }
  options.logger.info(`detecting drift on ${stackName} (${detectionId})`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_DRIFT_TIMEOUT_MS;
  const started = options.clock.now().getTime();
  let reason: string | undefined;
  for (let attempt = 0; ; attempt++) {
    const status = await cfn.send(
      new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId: detectionId }),
    );
    if (status.DetectionStatus === 'DETECTION_COMPLETE') break;
    if (status.DetectionStatus === 'DETECTION_FAILED') {
      // Some resources could not be checked; those that were still have results.
      reason = `detection failed for part of the stack: ${status.DetectionStatusReason ?? 'no reason given'}`;
      break;
    }
    if (options.clock.now().getTime() - started > timeoutMs) {
      throw new ServerlessActionError(
        `timed out after ${Math.round(timeoutMs / 1000)} s waiting for drift detection on ${stackName}`,
        'DRIFT_TIMEOUT',
        'CloudFormation keeps detecting; run `serverless-action drift` again later, or deploy without --detect-drift',
      );
    }
    await options.clock.sleep(backoffDelay(attempt, 1000));
  }
  const drifts = await allItems(
    (token) =>
      cfn.send(
        new DescribeStackResourceDriftsCommand({
          StackName: stackName,
          StackResourceDriftStatusFilters: ['MODIFIED', 'DELETED'],
          ...nextToken(token),
        }),
      ),
    (page) => page.StackResourceDrifts,
  );
  const resources = summarizeDrifts(drifts, options.origins);
  return {
    stackName,
    status:
      reason !== undefined && resources.length === 0
        ? 'UNKNOWN'
        : resources.length > 0
          ? 'DRIFTED'
          : 'IN_SYNC',
    detectionId,
    ...(reason !== undefined && { reason }),
    resources,
  };
}
