// What a change set carries besides the template: rollback triggers and their monitoring
// window, notification topics, the service role. Pure: settings and the deployed stack's
// resources in, CreateChangeSet parameters out.
//
// Rollback triggers. CloudFormation accepts at most 5 (RollbackConfiguration), and each must
// name an alarm that exists when the operation starts: a first create has none; an update
// uses the deployed stack's alarms that the new template keeps. Only alarms a bad release
// sets off qualify, most telling first:
//   1. the API's 5xx alarm (what users see),
//   2. each function's Errors alarm,
//   3. each function's Throttles alarm,
// ties by logical id. Queue age, dead-letter depth, iterator age, table throttles and
// duration alarms are left out on purpose: they can be in ALARM for reasons older than the
// deploy (a backlog, a poison message), and a trigger already in ALARM rolls every deploy
// back. Those left out past the fifth are counted and reported, not silently dropped.
import type { RollbackConfiguration, StackResourceSummary } from '@aws-sdk/client-cloudformation';
import type { CfnTemplate } from '../synth/types';
import type { StackLocation } from './outputs';
import type { StackSettings } from './stack-defaults';

/** CloudFormation's own limit on RollbackConfiguration.RollbackTriggers. */
export const MAX_ROLLBACK_TRIGGERS = 5;
export const ALARM_TYPE = 'AWS::CloudWatch::Alarm';

export interface RollbackTrigger {
  readonly logicalId: string;
  readonly arn: string;
}

export interface ChangeSetStackOptions {
  readonly RollbackConfiguration?: RollbackConfiguration;
  readonly NotificationARNs?: string[];
  readonly RoleARN?: string;
}

export interface StackOptionsPlan {
  /** Spread into CreateChangeSet's input. */
  readonly parameters: ChangeSetStackOptions;
  readonly triggers: readonly RollbackTrigger[];
  /** Qualifying alarms beyond the limit of 5, by logical id. */
  readonly leftOut: readonly string[];
}

/** Rank of an alarm as a rollback trigger (lower first); undefined: not a trigger. */
export function triggerRank(logicalId: string): number | undefined {
  if (/^Api5xxAlarm$/.test(logicalId)) return 0;
  if (/ErrorsAlarm[0-9A-F]*$/.test(logicalId)) return 1;
  if (/ThrottlesAlarm[0-9A-F]*$/.test(logicalId)) return 2;
  return undefined;
}

export function alarmArn(where: StackLocation, alarmName: string): string {
  return `arn:${where.partition}:cloudwatch:${where.region}:${where.account}:alarm:${alarmName}`;
}

/** The triggers for an update: deployed alarms the new template keeps, ranked, at most 5. */
export function chooseRollbackTriggers(
  deployed: readonly StackResourceSummary[],
  template: Pick<CfnTemplate, 'Resources'>,
  where: StackLocation,
): { triggers: RollbackTrigger[]; leftOut: string[] } {
  const candidates = deployed
    .filter(
      (r) =>
        r.ResourceType === ALARM_TYPE &&
        r.LogicalResourceId !== undefined &&
        r.PhysicalResourceId !== undefined &&
        r.PhysicalResourceId !== '' &&
        !/FAILED|DELETE/.test(r.ResourceStatus ?? '') &&
        template.Resources[r.LogicalResourceId]?.Type === ALARM_TYPE &&
        triggerRank(r.LogicalResourceId) !== undefined,
    )
    .map((r) => ({
      logicalId: r.LogicalResourceId!,
      rank: triggerRank(r.LogicalResourceId!)!,
      arn: alarmArn(where, r.PhysicalResourceId!),
    }))
    .sort((a, b) => a.rank - b.rank || a.logicalId.localeCompare(b.logicalId));
  return {
    triggers: candidates
      .slice(0, MAX_ROLLBACK_TRIGGERS)
      .map(({ logicalId, arn }) => ({ logicalId, arn })),
    leftOut: candidates.slice(MAX_ROLLBACK_TRIGGERS).map((c) => c.logicalId),
  };
}

/**
 * The CreateChangeSet parameters for `settings`. `deployed` is undefined on a first create
 * (no alarm exists yet: no triggers); ephemeral stages get no rollback configuration.
 */
export function stackOptions(
  settings: StackSettings,
  deployed:
    | {
        readonly resources: readonly StackResourceSummary[];
        readonly where: StackLocation;
      }
    | undefined,
  template: Pick<CfnTemplate, 'Resources'>,
): StackOptionsPlan {
  const chosen =
    deployed !== undefined && settings.kind !== 'ephemeral'
      ? chooseRollbackTriggers(deployed.resources, template, deployed.where)
      : { triggers: [], leftOut: [] };
  // Always explicit on a long-lived stage: without RollbackConfiguration CloudFormation
  // reuses the previous operation's triggers, which may name alarms this update removes.
  const rollback =
    settings.kind !== 'ephemeral'
      ? {
          RollbackConfiguration: {
            RollbackTriggers: chosen.triggers.map((t) => ({ Arn: t.arn, Type: ALARM_TYPE })),
            MonitoringTimeInMinutes: settings.rollbackMonitoringMinutes,
          },
        }
      : {};
  return {
    parameters: {
      ...rollback,
      ...(settings.notificationArns.length > 0 && {
        NotificationARNs: [...settings.notificationArns],
      }),
      ...(settings.roleArn !== undefined && { RoleARN: settings.roleArn }),
    },
    triggers: chosen.triggers,
    leftOut: chosen.leftOut,
  };
}
