// "Rollout": for each changed function, how its new version takes traffic and which alarms
// can stop it. Only when a change shifts traffic gradually somewhere: a stack that moves
// every alias at once has nothing to say here.
import type { PlanResult } from '../deploy/types';
import { describeDeploymentType } from '../config/deployment-preference';
import type { FunctionRollout } from '../review/rollout';
import { code, table } from './markdown';

export function renderRollout(plan: PlanResult): string {
  if (!plan.hasChanges || plan.rollout === undefined) return '';
  const changed = new Set(plan.changes.map((c) => c.logicalId));
  // Without a change set (review --format markdown) every function is "changed".
  const rollouts =
    plan.changes.length === 0
      ? plan.rollout
      : plan.rollout.filter((r) => r.logicalIds.some((id) => changed.has(id)));
  if (!rollouts.some((r) => r.type !== 'AllAtOnce')) return '';
  return [
    '#### Rollout',
    '',
    table(['Function', 'Traffic shift', 'Stopped and rolled back by'], rollouts.map(row)),
  ].join('\n');
}

function row(rollout: FunctionRollout): string[] {
  if (rollout.type === 'AllAtOnce') {
    return [code(rollout.function), 'all at once (`AllAtOnce`)', '—'];
  }
  const hooks = [
    rollout.hooks.preTraffic !== undefined && `pre-traffic hook ${code(rollout.hooks.preTraffic)}`,
    rollout.hooks.postTraffic !== undefined &&
      `post-traffic hook ${code(rollout.hooks.postTraffic)}`,
  ].filter((h): h is string => typeof h === 'string');
  const stoppers = [...rollout.alarms.map(code), ...hooks];
  return [
    code(rollout.function),
    `${describeDeploymentType(rollout.type)} (\`${rollout.type}\`, CodeDeploy)`,
    stoppers.length > 0 ? stoppers.join(', ') : 'a failed deployment only (no alarms)',
  ];
}
