// `deployment_preference`: how the `live` alias (versions.ts) moves to a new version. AllAtOnce
// moves it in the same update, without CodeDeploy. Any other type gives the function a
// CodeDeploy deployment group (ComputePlatform Lambda, the predefined
// `CodeDeployDefault.Lambda<Type>` config) that shifts traffic gradually, stops and rolls
// back when a watched alarm fires or a hook fails, and an UpdatePolicy on the alias that
// hands its update to that group (CloudFormation's CodeDeployLambdaAliasUpdate). One
// application and one service role serve every group in the stack.
import { Fn } from 'aws-cdk-lib/core';
import {
  DEFAULT_ROLLOUT_ALARMS,
  codeDeployConfigName,
  parseAlarmReference,
} from '../config/deployment-preference';
import { CfnApplication, CfnDeploymentGroup } from './l1/aws-codedeploy';
import { CfnRole } from './l1/aws-iam';
import { configProblem, markOrigin, type FunctionHandle, type SynthContext } from './context';
import { allow, assumedBy } from './iam';
import { deploymentTypeFor } from './stage';

/** AWS's managed policy for CodeDeploy on Lambda: alias updates, alarms, SNS, `CodeDeployHook_*` invokes. */
export const CODEDEPLOY_LAMBDA_POLICY = 'service-role/AWSCodeDeployRoleForLambda';

const ORIGIN = { key: 'deployment', path: 'lambda_config' } as const;

interface Shared {
  readonly application: CfnApplication;
  readonly role: CfnRole;
  /** ARNs of hook functions the role may invoke (the managed policy covers only `CodeDeployHook_*`). */
  readonly hookArns: string[];
}

export function addTrafficShifting(context: SynthContext): void {
  let shared: Shared | undefined;
  for (const handle of context.functions.values()) {
    const type = deploymentTypeFor(context.config, handle.key, context.ephemeral);
    if (type === 'AllAtOnce') continue;
    shared ??= addShared(context);
    addDeploymentGroup(context, handle, codeDeployConfigName(type), shared);
  }
}

function addShared(context: SynthContext): Shared {
  const { stack } = context;
  const application = new CfnApplication(stack, 'DeploymentApplication', {
    computePlatform: 'Lambda',
  });
  markOrigin(application, { ...ORIGIN, kind: 'codedeploy-application' });
  const hookArns: string[] = [];
  const role = new CfnRole(stack, 'DeploymentRole', {
    description: `CodeDeploy shifts traffic between versions of ${context.names.prefix}'s functions`,
    assumeRolePolicyDocument: assumedBy('codedeploy.amazonaws.com'),
    managedPolicyArns: [
      Fn.sub(`arn:\${AWS::Partition}:iam::aws:policy/${CODEDEPLOY_LAMBDA_POLICY}`),
    ],
  });
  // Policies only with hooks (allowHook): IAM refuses a policy without statements.
  markOrigin(role, { ...ORIGIN, kind: 'codedeploy-role' });
  return { application, role, hookArns };
}

function addDeploymentGroup(
  context: SynthContext,
  handle: FunctionHandle,
  configName: string,
  shared: Shared,
): void {
  const { ids } = context;
  const stack = context.scopeOf(handle.key);
  const preference = context.config.lambda_config[handle.key]?.deployment_preference;
  const where = ['lambda_config', handle.key, 'deployment_preference'];
  const alarms = alarmNames(context, handle.key, preference?.alarms, [...where, 'alarms']);
  const group = new CfnDeploymentGroup(stack, ids.of(handle.key, 'DeploymentGroup'), {
    applicationName: shared.application.ref,
    serviceRoleArn: shared.role.attrArn,
    deploymentConfigName: configName,
    deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
    autoRollbackConfiguration: {
      enabled: true,
      // Stopping on an alarm needs an alarm to watch; CodeDeploy refuses the event without one.
      events:
        alarms.length > 0
          ? ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM']
          : ['DEPLOYMENT_FAILURE'],
    },
    ...(alarms.length > 0 && {
      alarmConfiguration: { enabled: true, alarms: alarms.map((name) => ({ name })) },
    }),
  });
  markOrigin(group, {
    kind: 'deployment-group',
    key: handle.key,
    path: `lambda_config.${handle.key}`,
  });

  const hook = (name: 'pre_traffic' | 'post_traffic'): string | undefined => {
    const key = preference?.hooks?.[name];
    if (key === undefined) return undefined;
    const target = context.functions.get(key);
    if (target === undefined || key === handle.key) {
      throw configProblem(
        context,
        [...where, 'hooks', name],
        key === handle.key
          ? `a function cannot be its own ${name} hook`
          : `no function "${key}" in lambda_config`,
        `Set ${name} to another key of lambda_config.`,
      );
    }
    allowHook(target, shared);
    return target.function.ref;
  };
  const before = hook('pre_traffic');
  const after = hook('post_traffic');
  handle.alias.cfnOptions.updatePolicy = {
    codeDeployLambdaAliasUpdate: {
      applicationName: shared.application.ref,
      deploymentGroupName: group.ref,
      ...(before !== undefined && { beforeAllowTrafficHook: before }),
      ...(after !== undefined && { afterAllowTrafficHook: after }),
    },
  };
  // The Refs in the UpdatePolicy order the alias after the group (cfn-lint W3005).
}

/**
 * The hook may report its verdict on the stack's deployment groups (by application: naming
 * the group would make a cycle, the group's role invoking the hook); CodeDeploy may invoke it.
 */
function allowHook(hook: FunctionHandle, shared: Shared): void {
  if (shared.hookArns.includes(hook.function.attrArn)) return;
  shared.hookArns.push(hook.function.attrArn);
  hook.statements.push(
    allow(
      ['codedeploy:PutLifecycleEventHookExecutionStatus'],
      Fn.sub(
        'arn:${AWS::Partition}:codedeploy:${AWS::Region}:${AWS::AccountId}:deploymentgroup:${App}/*',
        { App: shared.application.ref },
      ),
    ),
  );
  shared.role.addPropertyOverride('Policies', [
    {
      PolicyName: 'invoke-hooks',
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [allow(['lambda:InvokeFunction'], [...shared.hookArns])],
      },
    },
  ]);
}

/**
 * CloudWatch alarm names for AlarmConfiguration: the stack's own alarms by Ref (which is the
 * name, and orders the group after them), existing ones by the name in their ARN.
 */
function alarmNames(
  context: SynthContext,
  key: string,
  entries: readonly string[] | undefined,
  where: readonly (string | number)[],
): string[] {
  const functions = new Set(context.functions.keys());
  // The defaults name alarms only when the stack has them (monitoring.alarms_enabled).
  if (entries === undefined) {
    return DEFAULT_ROLLOUT_ALARMS.flatMap((alarm) => {
      const own = context.alarms.get(`${key}:${alarm}`);
      return own === undefined ? [] : [own.ref];
    });
  }
  return entries.map((entry, index) => {
    const parsed = parseAlarmReference(entry, key, functions);
    if (typeof parsed !== 'string' && parsed.kind === 'existing') return parsed.name;
    const reference =
      typeof parsed === 'string'
        ? undefined
        : parsed.kind === 'api'
          ? `api:${parsed.alarm}`
          : `${parsed.functionKey}:${parsed.alarm}`;
    const alarm = reference === undefined ? undefined : context.alarms.get(reference);
    if (alarm === undefined) {
      throw configProblem(
        context,
        [...where, index],
        typeof parsed === 'string' ? parsed : `"${entry}": the stack creates no such alarm`,
        'Name errors, throttles, duration, <function>:<alarm>, api:5xx, api:latency (with monitoring.alarms_enabled), or an existing alarm ARN.',
      );
    }
    return alarm.ref;
  });
}
