// `lambda_config.<fn>.deployment_preference`: SAM's traffic-shifting type names, what each
// is in CodeDeploy, and the grammar of an alarm reference. Pure: shared by the config checks
// (errors at the config line), synth (src/synth/versions.ts) and the report.

/** SAM's DeploymentPreference types (AWS SAM developer guide, "Deploying serverless applications gradually"). */
export const DEPLOYMENT_TYPES = [
  'AllAtOnce',
  'Canary10Percent5Minutes',
  'Canary10Percent10Minutes',
  'Canary10Percent15Minutes',
  'Canary10Percent30Minutes',
  'Linear10PercentEvery1Minute',
  'Linear10PercentEvery2Minutes',
  'Linear10PercentEvery3Minutes',
  'Linear10PercentEvery10Minutes',
] as const;

export type DeploymentType = (typeof DEPLOYMENT_TYPES)[number];

/** What prod-like stages give a function that serves API routes when the config says nothing. */
export const PROD_DEFAULT_DEPLOYMENT_TYPE: DeploymentType = 'Canary10Percent5Minutes';

/** CodeDeploy's predefined config for a type: `CodeDeployDefault.Lambda<Type>`. */
export function codeDeployConfigName(type: DeploymentType): string {
  return `CodeDeployDefault.Lambda${type}`;
}

/** The type a `CodeDeployDefault.Lambda<Type>` config name stands for, if it is one of SAM's. */
export function deploymentTypeOf(configName: string): DeploymentType | undefined {
  const prefix = 'CodeDeployDefault.Lambda';
  if (!configName.startsWith(prefix)) return undefined;
  const type = configName.slice(prefix.length);
  return (DEPLOYMENT_TYPES as readonly string[]).includes(type)
    ? (type as DeploymentType)
    : undefined;
}

/** "10% for 5 minutes, then the rest" / "10% more every minute" / "all at once". */
export function describeDeploymentType(type: DeploymentType): string {
  const canary = /^Canary(\d+)Percent(\d+)Minutes$/.exec(type);
  if (canary) return `${canary[1]}% for ${canary[2]} min, then all`;
  const linear = /^Linear(\d+)PercentEvery(\d+)Minutes?$/.exec(type);
  if (linear) {
    const minutes = Number(linear[2]);
    return `${linear[1]}% more every ${minutes === 1 ? 'minute' : `${minutes} min`}`;
  }
  return 'all at once';
}

/** Alarms synth creates for every function (src/synth/monitoring.ts), by reference name. */
export const FUNCTION_ALARMS = ['errors', 'throttles', 'duration'] as const;
/** The API's alarms (HTTP and REST have both; WebSocket only `5xx`). */
export const API_ALARMS = ['5xx', 'latency'] as const;
/** What `alarms` holds when the config leaves it out. */
export const DEFAULT_ROLLOUT_ALARMS: readonly string[] = ['errors', 'throttles'];
/** CodeDeploy watches at most this many alarms per deployment group. */
export const MAX_ROLLOUT_ALARMS = 10;

/**
 * One entry of `alarms`:
 * - `errors` | `throttles` | `duration`: this function's own alarm;
 * - `<function>:errors` (and the others): another function's alarm;
 * - `api:5xx` | `api:latency`: the API's alarms;
 * - `arn:aws:cloudwatch:<region>:<account>:alarm:<name>`: an alarm that exists already.
 */
export type AlarmReference =
  | { readonly kind: 'function'; readonly functionKey: string; readonly alarm: string }
  | { readonly kind: 'api'; readonly alarm: string }
  | { readonly kind: 'existing'; readonly name: string };

const ALARM_ARN = /^arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:\d{12}:alarm:(.+)$/;

/** Parses one entry; a string says what is wrong with it. */
export function parseAlarmReference(
  entry: string,
  ownKey: string,
  functionKeys: ReadonlySet<string>,
): AlarmReference | string {
  const arn = ALARM_ARN.exec(entry);
  if (arn) return { kind: 'existing', name: arn[1]! };
  if (entry.startsWith('arn:')) {
    return `"${entry}" is not a CloudWatch alarm ARN (arn:aws:cloudwatch:<region>:<account>:alarm:<name>)`;
  }
  const colon = entry.lastIndexOf(':');
  const owner = colon === -1 ? ownKey : entry.slice(0, colon);
  const alarm = colon === -1 ? entry : entry.slice(colon + 1);
  // The API's alarm names and a function's differ, so a function keyed `api` stays reachable.
  if (owner === 'api' && (API_ALARMS as readonly string[]).includes(alarm)) {
    return { kind: 'api', alarm };
  }
  if (owner === 'api' && !functionKeys.has('api')) {
    return `"${entry}": the API's alarms are ${API_ALARMS.map((a) => `api:${a}`).join(', ')}`;
  }
  if (!functionKeys.has(owner)) {
    return `"${entry}": no function "${owner}" in lambda_config`;
  }
  if (!(FUNCTION_ALARMS as readonly string[]).includes(alarm)) {
    return `"${entry}": a function's alarms are ${FUNCTION_ALARMS.join(', ')} (or <function>:<alarm>, api:5xx, api:latency, an alarm ARN)`;
  }
  return { kind: 'function', functionKey: owner, alarm };
}
