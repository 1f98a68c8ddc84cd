// The stack options of one stage: the config's `stack:` block over the defaults of the
// stage's kind. This is the one place those defaults are decided. Pure.
//
// | stage kind                              | termination protection | stack policy | rollback monitoring |
// | prod-like (prod, production, prd, live) | on                     | on           | 5 minutes           |
// | other long-lived (dev, staging, ...)    | on                     | on           | 0                   |
// | ephemeral (pr-*)                        | off                    | off          | 0                   |
import { stageKind, type StageKind } from '../config/ephemeral';
import type { StackConfig } from '../config/schema';

export interface StackSettings {
  readonly kind: StageKind;
  readonly terminationProtection: boolean;
  /** Stack policy denying Update:Replace / Update:Delete on stateful resources. */
  readonly protectStateful: boolean;
  /** 0 = triggers apply only while the stack operation runs. */
  readonly rollbackMonitoringMinutes: number;
  readonly notificationArns: readonly string[];
  readonly roleArn?: string;
}

export const STAGE_DEFAULTS: Readonly<
  Record<
    StageKind,
    Pick<StackSettings, 'terminationProtection' | 'protectStateful' | 'rollbackMonitoringMinutes'>
  >
> = {
  'prod-like': { terminationProtection: true, protectStateful: true, rollbackMonitoringMinutes: 5 },
  'long-lived': {
    terminationProtection: true,
    protectStateful: true,
    rollbackMonitoringMinutes: 0,
  },
  ephemeral: { terminationProtection: false, protectStateful: false, rollbackMonitoringMinutes: 0 },
};

export function resolveStackSettings(
  environment: string,
  config: StackConfig | undefined,
  ephemeral?: boolean,
): StackSettings {
  const kind = stageKind(environment, ephemeral);
  const defaults = STAGE_DEFAULTS[kind];
  return {
    kind,
    terminationProtection: config?.termination_protection ?? defaults.terminationProtection,
    protectStateful: config?.protect_stateful ?? defaults.protectStateful,
    rollbackMonitoringMinutes:
      config?.rollback_monitoring_minutes ?? defaults.rollbackMonitoringMinutes,
    notificationArns: config?.notification_arns ?? [],
    ...(config?.role_arn !== undefined && { roleArn: config.role_arn }),
  };
}
