// `deployment_preference`: its alarms and hooks name things that must exist, which the
// schema cannot see. Errors land on the entry's own line.
import { parseAlarmReference, type AlarmReference } from '../deployment-preference';
import { error, warning, type Finding } from '../findings';
import { didYouMean } from '../suggest';
import type { ResolvedConfig } from '../schema';
import type { SemanticContext } from './context';

export function checkDeploymentPreferences(context: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  const { config, declared } = context;
  for (const [key, fn] of Object.entries(config.lambda_config)) {
    const preference = fn.deployment_preference;
    if (preference === undefined) continue;
    const path = ['lambda_config', key, 'deployment_preference'];
    (preference.alarms ?? []).forEach((entry, index) => {
      const problem = alarmProblem(config, entry, key, declared.functions);
      if (problem !== undefined) findings.push(error([...path, 'alarms', index], problem));
    });
    for (const hook of ['pre_traffic', 'post_traffic'] as const) {
      const target = preference.hooks?.[hook];
      if (target === undefined) continue;
      if (target === key) {
        findings.push(error([...path, 'hooks', hook], `a function cannot be its own ${hook} hook`));
      } else if (!declared.functions.has(target)) {
        findings.push(
          error(
            [...path, 'hooks', hook],
            `no function "${target}" in lambda_config${didYouMean(target, [...declared.functions])}`,
          ),
        );
      }
    }
    if (
      preference.type === 'AllAtOnce' &&
      ((preference.alarms?.length ?? 0) > 0 || preference.hooks !== undefined)
    ) {
      findings.push(
        warning(
          [...path, 'type'],
          'AllAtOnce moves the alias without CodeDeploy: alarms and hooks have no effect',
        ),
      );
    }
  }
  return findings;
}

/** Why an `alarms` entry names nothing this stack (or the account) has; undefined when fine. */
export function alarmProblem(
  config: Pick<ResolvedConfig, 'monitoring' | 'api_gateway_config'>,
  entry: string,
  ownKey: string,
  functions: ReadonlySet<string>,
): string | undefined {
  const parsed: AlarmReference | string = parseAlarmReference(entry, ownKey, functions);
  if (typeof parsed === 'string') return parsed;
  if (parsed.kind === 'existing') return undefined;
  if (config.monitoring?.alarms_enabled === false) {
    return `"${entry}": monitoring.alarms_enabled is false, so the stack creates no alarms (name an existing alarm by ARN, or turn alarms on)`;
  }
  if (parsed.kind === 'api') {
    const api = config.api_gateway_config;
    if (!api) return `"${entry}": the config has no api_gateway_config`;
    if (parsed.alarm === 'latency' && api.type === 'WEBSOCKET') {
      return `"${entry}": WebSocket APIs have no latency alarm (use api:5xx)`;
    }
  }
  return undefined;
}
