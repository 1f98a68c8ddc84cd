// Versions, `live` aliases and CodeDeploy traffic shifting, read from the synthesized
// template. moto skips CodeDeploy resources, so their template is checked here, by
// assertions and by cfn-lint ("recorded": the resource schemas cfn-lint ships are AWS's).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolloutOf } from '../../src/review/rollout';
import { cfnLint } from '../support/cfn-lint';
import { fn, only, resourcesOf, synth } from './helpers';

const api = { type: 'HTTP' };
const two = {
  api: fn({ routes: ['GET /items'] }),
  worker: fn(),
};

describe('versions and the live alias', () => {
  it('gives every function a version and a `live` alias that every invoke goes through', async () => {
    const { stack } = await synth({
      lambda_config: two,
      api_gateway_config: api,
      event_source_config: { jobs: { type: 'SQS', function: 'worker' } },
    });
    const aliases = resourcesOf(stack, 'AWS::Lambda::Alias');
    const versions = resourcesOf(stack, 'AWS::Lambda::Version');
    expect(Object.keys(aliases).sort()).toEqual(['ApiLiveAlias', 'WorkerLiveAlias']);
    expect(Object.keys(versions)).toHaveLength(2);
    expect(aliases['ApiLiveAlias']!.Properties).toMatchObject({
      Name: 'live',
      FunctionName: { Ref: 'ApiFunction' },
      FunctionVersion: {
        'Fn::GetAtt': [expect.stringMatching(/^ApiVersion[0-9A-F]{8}$/), 'Version'],
      },
    });
    expect(
      only(resourcesOf(stack, 'AWS::ApiGatewayV2::Integration')).Properties['IntegrationUri'],
    ).toEqual({
      Ref: 'ApiLiveAlias',
    });
    expect(
      only(resourcesOf(stack, 'AWS::Lambda::EventSourceMapping')).Properties['FunctionName'],
    ).toEqual({
      Ref: 'WorkerLiveAlias',
    });
    for (const permission of Object.values(resourcesOf(stack, 'AWS::Lambda::Permission'))) {
      expect(permission.Properties['FunctionName']).toEqual({ Ref: 'ApiLiveAlias' });
    }
    const outputs = stack.template.Outputs!;
    expect(JSON.stringify(outputs['LambdaAliasArns']!.Value)).toContain('"Ref":"ApiLiveAlias"');
    expect(JSON.stringify(outputs['LambdaFunctionArns']!.Value)).toContain('ApiFunction');
  });

  it('publishes a new version when the function changes, and none when it does not', async () => {
    const versionId = async (extra: Record<string, unknown>) =>
      Object.keys(
        resourcesOf(
          (await synth({ lambda_config: { api: fn(extra) } })).stack,
          'AWS::Lambda::Version',
        ),
      )[0];
    const base = await versionId({});
    expect(await versionId({})).toBe(base);
    expect(await versionId({ memory_size: 256 })).not.toBe(base);
    expect(await versionId({ environment: { MODE: 'x' } })).not.toBe(base);
    expect(await versionId({ source: 'src/handler.ts' })).not.toBe(base);
    // Reserved concurrency belongs to the function, not to a version.
    expect(await versionId({ reserved_concurrent_executions: 5 })).toBe(base);
  });
});

describe('deployment_preference', () => {
  const groups = async (environment: string, input: Record<string, unknown> = {}) => {
    const { stack } = await synth({
      environment,
      lambda_config: two,
      api_gateway_config: api,
      ...input,
    });
    return { stack, groups: resourcesOf(stack, 'AWS::CodeDeploy::DeploymentGroup') };
  };

  it('prod-like stages canary the functions that serve API routes, watching their own alarms', async () => {
    const { stack, groups: found } = await groups('prod');
    expect(Object.keys(found)).toEqual(['ApiDeploymentGroup']);
    expect(found['ApiDeploymentGroup']!.Properties).toMatchObject({
      DeploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      DeploymentStyle: { DeploymentType: 'BLUE_GREEN', DeploymentOption: 'WITH_TRAFFIC_CONTROL' },
      AutoRollbackConfiguration: {
        Enabled: true,
        Events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'],
      },
      AlarmConfiguration: {
        Enabled: true,
        Alarms: [{ Name: { Ref: 'ApiErrorsAlarm' } }, { Name: { Ref: 'ApiThrottlesAlarm' } }],
      },
    });
    const alias = stack.template.Resources['ApiLiveAlias'] as { UpdatePolicy?: unknown };
    expect(alias.UpdatePolicy).toEqual({
      CodeDeployLambdaAliasUpdate: {
        ApplicationName: { Ref: 'DeploymentApplication' },
        DeploymentGroupName: { Ref: 'ApiDeploymentGroup' },
      },
    });
    expect(only(resourcesOf(stack, 'AWS::CodeDeploy::Application')).Properties).toMatchObject({
      ComputePlatform: 'Lambda',
    });
    const role = resourcesOf(stack, 'AWS::IAM::Role')['DeploymentRole']!;
    expect(JSON.stringify(role.Properties['ManagedPolicyArns'])).toContain(
      'service-role/AWSCodeDeployRoleForLambda',
    );
    expect(rolloutOf(stack.template, stack.origins)).toEqual([
      expect.objectContaining({
        function: 'api',
        type: 'Canary10Percent5Minutes',
        alarms: ['demo-prod-api-errors', 'demo-prod-api-throttles'],
      }),
      expect.objectContaining({ function: 'worker', type: 'AllAtOnce', alarms: [] }),
    ]);
  });

  it('other stages and previews move the alias at once, without CodeDeploy', async () => {
    for (const environment of ['dev', 'staging', 'pr-12']) {
      const { stack, groups: found } = await groups(environment);
      expect(found).toEqual({});
      expect(resourcesOf(stack, 'AWS::CodeDeploy::Application')).toEqual({});
    }
  });

  it('an environments override sets AllAtOnce; an explicit type, alarms and hooks apply anywhere', async () => {
    const { groups: none } = await groups('prod', {
      environments: {
        prod: { lambda_config: { api: { deployment_preference: { type: 'AllAtOnce' } } } },
      },
    });
    expect(none).toEqual({});

    const { stack, groups: found } = await groups('dev', {
      lambda_config: {
        ...two,
        smoke: fn(),
        worker: fn({
          deployment_preference: {
            type: 'Linear10PercentEvery1Minute',
            alarms: [
              'duration',
              'api:errors',
              'api:5xx',
              'arn:aws:cloudwatch:us-east-1:123456789012:alarm:legacy',
            ],
            hooks: { pre_traffic: 'smoke', post_traffic: 'smoke' },
          },
        }),
      },
    });
    expect(found['WorkerDeploymentGroup']!.Properties).toMatchObject({
      DeploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
      AlarmConfiguration: {
        Alarms: [
          { Name: { Ref: 'WorkerDurationAlarm' } },
          { Name: { Ref: 'ApiErrorsAlarm' } },
          { Name: { Ref: 'Api5xxAlarm' } },
          { Name: 'legacy' },
        ],
      },
    });
    const alias = stack.template.Resources['WorkerLiveAlias'] as { UpdatePolicy?: unknown };
    expect(alias.UpdatePolicy).toMatchObject({
      CodeDeployLambdaAliasUpdate: {
        BeforeAllowTrafficHook: { Ref: 'SmokeFunction' },
        AfterAllowTrafficHook: { Ref: 'SmokeFunction' },
      },
    });
    // The hook reports its verdict; CodeDeploy may invoke it (the managed policy only covers CodeDeployHook_*).
    const roles = resourcesOf(stack, 'AWS::IAM::Role');
    expect(JSON.stringify(roles['SmokeRole']!.Properties)).toContain(
      'codedeploy:PutLifecycleEventHookExecutionStatus',
    );
    expect(JSON.stringify(roles['DeploymentRole']!.Properties['Policies'])).toContain(
      '"Fn::GetAtt":["SmokeFunction","Arn"]',
    );
    expect(rolloutOf(stack.template, stack.origins)).toContainEqual(
      expect.objectContaining({
        function: 'worker',
        hooks: { preTraffic: 'smoke', postTraffic: 'smoke' },
        alarms: ['demo-dev-worker-duration', 'demo-dev-api-errors', 'demo-dev-api-5xx', 'legacy'],
      }),
    );
  });

  it('without alarms, the group rolls back on a failed deployment only', async () => {
    const { groups: found } = await groups('prod', { monitoring: { alarms_enabled: false } });
    const properties = found['ApiDeploymentGroup']!.Properties;
    expect(properties['AutoRollbackConfiguration']).toEqual({
      Enabled: true,
      Events: ['DEPLOYMENT_FAILURE'],
    });
    expect(properties['AlarmConfiguration']).toBeUndefined();
  });

  it('cfn-lint (recorded resource schemas) accepts the CodeDeploy template', async () => {
    const { stack } = await groups('prod', {
      lambda_config: {
        ...two,
        smoke: fn(),
        worker: fn({
          deployment_preference: {
            type: 'Canary10Percent30Minutes',
            hooks: { pre_traffic: 'smoke' },
          },
        }),
      },
    });
    const file = join(stack.outDir, 'lint.template.json');
    writeFileSync(file, JSON.stringify(stack.template));
    expect(cfnLint(file)).toEqual([]);
  });
});
