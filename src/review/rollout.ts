// How each function's new version will take traffic, read from the synthesized template
// alone: its `live` alias, the CodeDeploy deployment group its UpdatePolicy names (the
// predefined config gives the SAM type), the alarms that group watches and its hooks.
// Pure: reads the template, never changes it. The report's "Rollout" section renders it.
import { deploymentTypeOf, type DeploymentType } from '../config/deployment-preference';
import type { CfnTemplate, ResourceOrigin } from '../synth/types';
import { allOrigins, asArray, isRecord, prop, referencedId } from './template';

export interface FunctionRollout {
  /** The config key. */
  readonly function: string;
  /** AllAtOnce when the alias moves without CodeDeploy. */
  readonly type: DeploymentType;
  /** Alarms that stop the shift and roll back, by CloudWatch alarm name. */
  readonly alarms: readonly string[];
  /** Config keys (or names) of the hook functions. */
  readonly hooks: { readonly preTraffic?: string; readonly postTraffic?: string };
  /** The function, its versions, its alias and its deployment group: a change to any of them is a rollout. */
  readonly logicalIds: readonly string[];
}

export function rolloutOf(
  template: CfnTemplate,
  origins: Readonly<Record<string, ResourceOrigin>> = {},
): FunctionRollout[] {
  const known = allOrigins(template, origins);
  const resources = template.Resources;
  const rollouts: FunctionRollout[] = [];
  for (const [aliasId, alias] of Object.entries(resources)) {
    if (alias.Type !== 'AWS::Lambda::Alias') continue;
    const functionId = referencedId(alias.Properties?.['FunctionName']);
    if (functionId === undefined || resources[functionId]?.Type !== 'AWS::Lambda::Function') {
      continue;
    }
    const label = (id: string): string => known[id]?.key ?? id;
    const versionIds = Object.entries(resources)
      .filter(
        ([, r]) =>
          r.Type === 'AWS::Lambda::Version' &&
          referencedId(r.Properties?.['FunctionName']) === functionId,
      )
      .map(([id]) => id);
    const update = prop(alias, 'UpdatePolicy', 'CodeDeployLambdaAliasUpdate');
    const groupId = referencedId(prop(update, 'DeploymentGroupName'));
    const group = groupId === undefined ? undefined : resources[groupId];
    const configName = prop(group?.Properties, 'DeploymentConfigName');
    const type =
      (typeof configName === 'string' ? deploymentTypeOf(configName) : undefined) ?? 'AllAtOnce';
    const gradual = type !== 'AllAtOnce';
    const alarms = gradual
      ? asArray(prop(group?.Properties, 'AlarmConfiguration', 'Alarms')).flatMap((entry) => {
          const name = alarmName(template, isRecord(entry) ? entry['Name'] : undefined);
          return name === undefined ? [] : [name];
        })
      : [];
    const hook = (key: string): string | undefined => {
      const id = referencedId(prop(update, key));
      return id === undefined ? undefined : label(id);
    };
    const preTraffic = gradual ? hook('BeforeAllowTrafficHook') : undefined;
    const postTraffic = gradual ? hook('AfterAllowTrafficHook') : undefined;
    rollouts.push({
      function: label(functionId),
      type,
      alarms,
      hooks: {
        ...(preTraffic !== undefined && { preTraffic }),
        ...(postTraffic !== undefined && { postTraffic }),
      },
      logicalIds: [functionId, ...versionIds, aliasId, ...(groupId !== undefined ? [groupId] : [])],
    });
  }
  return rollouts;
}

/** An alarm's name: a literal, or the AlarmName of the stack's alarm a Ref points at. */
function alarmName(template: CfnTemplate, value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const id = referencedId(value);
  if (id === undefined) return undefined;
  const name = template.Resources[id]?.Properties?.['AlarmName'];
  return typeof name === 'string' ? name : id;
}
