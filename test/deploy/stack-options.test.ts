// Stack options: stage defaults (stack-defaults.ts), rollback triggers and the other
// CreateChangeSet parameters (stack-options.ts), pure; then the deploy engine sending them
// and reporting a rollback by alarm, driven by recorded real-AWS shapes (moto has no
// rollback triggers and no stack events).
import type {
  DescribeChangeSetOutput,
  DescribeStackEventsOutput,
  DescribeStacksOutput,
  ListStackResourcesOutput,
  Stack,
} from '@aws-sdk/client-cloudformation';
import { DeployFailedError, runDeploy, runPlan } from '../../src/deploy';
import { alarmNameOf, triggeringAlarm } from '../../src/deploy/events';
import { STAGE_DEFAULTS, resolveStackSettings } from '../../src/deploy/stack-defaults';
import {
  MAX_ROLLBACK_TRIGGERS,
  chooseRollbackTriggers,
  stackOptions,
  triggerRank,
} from '../../src/deploy/stack-options';
import { deepFreeze } from '../support/deep-freeze';
import { assetlessStack, fakeDeps, scriptedCloudFormation } from './fakes';
import { recorded } from './recorded';

const STACK_ID =
  'arn:aws:cloudformation:us-east-1:123456789012:stack/mi-proyecto-prod/8e6f5a40-ad5f-11ef-9a3b-0a1b2c3d4e5f';
const CHANGE_SET_ID =
  'arn:aws:cloudformation:us-east-1:123456789012:changeSet/serverless-action-1/1';
const WHERE = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const resources = recorded<ListStackResourcesOutput>(
  'list-stack-resources-with-alarms',
).StackResourceSummaries!;
/** The new template keeps every deployed resource. */
const keepsAll = {
  Resources: Object.fromEntries(
    resources.map((r) => [r.LogicalResourceId!, { Type: r.ResourceType! }]),
  ),
};

describe('stage defaults (one place)', () => {
  it.each([
    ['prod', 'prod-like', true, true, 5],
    ['production', 'prod-like', true, true, 5],
    ['prod-eu', 'prod-like', true, true, 5],
    ['staging', 'long-lived', true, true, 0],
    ['dev', 'long-lived', true, true, 0],
    ['pr-12', 'ephemeral', false, false, 0],
  ])('%s is %s: protection %s, policy %s, monitoring %i', (env, kind, tp, policy, minutes) => {
    expect(resolveStackSettings(env, undefined)).toEqual({
      kind,
      terminationProtection: tp,
      protectStateful: policy,
      rollbackMonitoringMinutes: minutes,
      notificationArns: [],
    });
  });

  it('the config overrides each default; the loader can mark any stage ephemeral', () => {
    const config = deepFreeze({
      termination_protection: false,
      rollback_monitoring_minutes: 30,
      notification_arns: ['arn:aws:sns:us-east-1:123456789012:stack-events'],
      role_arn: 'arn:aws:iam::123456789012:role/cfn-exec',
    });
    expect(resolveStackSettings('prod', config)).toMatchObject({
      terminationProtection: false,
      protectStateful: true,
      rollbackMonitoringMinutes: 30,
      notificationArns: ['arn:aws:sns:us-east-1:123456789012:stack-events'],
      roleArn: 'arn:aws:iam::123456789012:role/cfn-exec',
    });
    expect(resolveStackSettings('feature-x', undefined, true).kind).toBe('ephemeral');
    expect(STAGE_DEFAULTS.ephemeral.terminationProtection).toBe(false);
  });
});

describe('rollback triggers (recorded real-AWS shape: ListStackResources)', () => {
  it('recorded real-AWS shapes: API 5xx first, then function errors, then throttles; at most 5; the rest named', () => {
    const chosen = chooseRollbackTriggers(deepFreeze(resources), deepFreeze(keepsAll), WHERE);
    expect(chosen.triggers.map((t) => t.logicalId)).toEqual([
      'Api5xxAlarm',
      'ApiHandlerErrorsAlarm',
      'ReportsErrorsAlarm',
      'WorkerErrorsAlarm',
      'ApiHandlerThrottlesAlarm',
    ]);
    expect(chosen.triggers).toHaveLength(MAX_ROLLBACK_TRIGGERS);
    expect(chosen.leftOut).toEqual(['WorkerThrottlesAlarm']);
    expect(chosen.triggers[0]!.arn).toBe(
      'arn:aws:cloudwatch:us-east-1:123456789012:alarm:mi-proyecto-prod-alarm-api-5xx',
    );
  });

  it('duration, table and queue alarms are never triggers; an alarm the update removes is not either', () => {
    expect(triggerRank('ApiHandlerDurationAlarm')).toBeUndefined();
    expect(triggerRank('UsersReadThrottleAlarm')).toBeUndefined();
    expect(triggerRank('JobsQueueAgeAlarm')).toBeUndefined();
    const withoutApi = { Resources: { ...keepsAll.Resources } };
    delete (withoutApi.Resources as Record<string, unknown>)['Api5xxAlarm'];
    const chosen = chooseRollbackTriggers(resources, withoutApi, WHERE);
    expect(chosen.triggers.map((t) => t.logicalId)).not.toContain('Api5xxAlarm');
    expect(chosen.leftOut).toEqual([]);
  });

  it('a first create has no triggers but keeps the monitoring window; previews send nothing of it', () => {
    const prod = resolveStackSettings('prod', {
      notification_arns: ['arn:aws:sns:us-east-1:123456789012:stack-events'],
    });
    expect(stackOptions(prod, undefined, keepsAll).parameters).toEqual({
      RollbackConfiguration: { RollbackTriggers: [], MonitoringTimeInMinutes: 5 },
      NotificationARNs: ['arn:aws:sns:us-east-1:123456789012:stack-events'],
    });
    const preview = resolveStackSettings('pr-3', undefined);
    expect(stackOptions(preview, { resources, where: WHERE }, keepsAll).parameters).toEqual({});
  });
});

const stackIn = (status: string, extra: Partial<Stack> = {}): DescribeStacksOutput => ({
  Stacks: [
    {
      StackName: 'mi-proyecto-prod',
      StackId: STACK_ID,
      StackStatus: status as never,
      CreationTime: new Date(),
      ...extra,
    },
  ],
});
const modifyFunction: DescribeChangeSetOutput = {
  Status: 'CREATE_COMPLETE',
  Changes: [
    {
      Type: 'Resource',
      ResourceChange: {
        Action: 'Modify',
        LogicalResourceId: 'UsersTable9725E9C8',
        ResourceType: 'AWS::DynamoDB::Table',
        Replacement: 'False',
      },
    },
  ],
};

describe('deploy with stack options (recorded real-AWS shapes)', () => {
  const alarmEvents = recorded<DescribeStackEventsOutput>('describe-stack-events-alarm-rollback');

  it('recorded real-AWS shape: the alarm named in the rollback event is found by its ARN', () => {
    const arn = triggeringAlarm(alarmEvents.StackEvents!);
    expect(arn).toBe(
      'arn:aws:cloudwatch:us-east-1:123456789012:alarm:mi-proyecto-prod-alarm-api-handler-errors',
    );
    expect(alarmNameOf(arn!)).toBe('mi-proyecto-prod-alarm-api-handler-errors');
    const failedCreate = recorded<DescribeStackEventsOutput>('describe-stack-events-failed-create');
    expect(triggeringAlarm(failedCreate.StackEvents!)).toBeUndefined();
  });

  it('recorded real-AWS shapes: an update sends triggers, window and topics, and a rollback by alarm names the alarm', async () => {
    const cfn = scriptedCloudFormation({
      DescribeStacks: [
        stackIn('UPDATE_COMPLETE'),
        stackIn('UPDATE_IN_PROGRESS'),
        stackIn('UPDATE_ROLLBACK_COMPLETE'),
      ],
      ListChangeSets: [{ Summaries: [] }],
      ListStackResources: [{ StackResourceSummaries: resources }],
      GetTemplate: [{ TemplateBody: '{"Resources":{}}' }],
      CreateChangeSet: [{ Id: CHANGE_SET_ID, StackId: STACK_ID }],
      DescribeChangeSet: [modifyFunction],
      DescribeStackEvents: [{ StackEvents: alarmEvents.StackEvents!.slice(-1) }, alarmEvents],
      ExecuteChangeSet: [{}],
    });
    const stack = assetlessStack();
    // The update keeps the deployed alarms.
    const template = {
      ...stack.template,
      Resources: { ...stack.template.Resources, ...keepsAll.Resources },
    };
    const settings = resolveStackSettings('prod', {
      notification_arns: ['arn:aws:sns:us-east-1:123456789012:stack-events'],
      role_arn: 'arn:aws:iam::123456789012:role/cfn-exec',
    });
    const deps = fakeDeps(cfn);
    const error = await runDeploy({ ...stack, template }, deps, {
      stackSettings: settings,
    }).catch((e: unknown) => e);
    const sent = cfn.calls.find((c) => c.name === 'CreateChangeSet')!.input;
    expect(sent['RollbackConfiguration']).toEqual({
      RollbackTriggers: expect.arrayContaining([
        {
          Arn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:mi-proyecto-prod-alarm-api-5xx',
          Type: 'AWS::CloudWatch::Alarm',
        },
      ]),
      MonitoringTimeInMinutes: 5,
    });
    expect(
      (sent['RollbackConfiguration'] as { RollbackTriggers: unknown[] }).RollbackTriggers,
    ).toHaveLength(5);
    expect(sent['NotificationARNs']).toEqual(['arn:aws:sns:us-east-1:123456789012:stack-events']);
    expect(sent['RoleARN']).toBe('arn:aws:iam::123456789012:role/cfn-exec');
    expect(deps.logger.lines.join('\n')).toContain('left out, CloudFormation takes at most 5');

    expect(error).toBeInstanceOf(DeployFailedError);
    expect(error).toMatchObject({
      status: 'UPDATE_ROLLBACK_COMPLETE',
      alarm:
        'arn:aws:cloudwatch:us-east-1:123456789012:alarm:mi-proyecto-prod-alarm-api-handler-errors',
    });
    expect((error as Error).message).toMatch(
      /^deploy of mi-proyecto-prod was rolled back by alarm mi-proyecto-prod-alarm-api-handler-errors/,
    );
    expect((error as DeployFailedError).hint).toContain('previous version');
  });

  it('recorded real-AWS shapes: a plan of an existing stack leaves RoleARN out (the stack keeps its role; a plan role cannot pass it)', async () => {
    const cfn = scriptedCloudFormation({
      DescribeStacks: [stackIn('UPDATE_COMPLETE')],
      ListChangeSets: [{ Summaries: [] }],
      ListStackResources: [{ StackResourceSummaries: resources }],
      GetTemplate: [{ TemplateBody: '{"Resources":{}}' }],
      CreateChangeSet: [{ Id: CHANGE_SET_ID, StackId: STACK_ID }],
      DescribeChangeSet: [modifyFunction],
    });
    const settings = resolveStackSettings('prod', {
      role_arn: 'arn:aws:iam::123456789012:role/cfn-exec',
    });
    await runPlan(assetlessStack(), fakeDeps(cfn), { stackSettings: settings });
    const sent = cfn.calls.find((c) => c.name === 'CreateChangeSet')!.input;
    expect(sent).not.toHaveProperty('RoleARN');
    expect(sent['RollbackConfiguration']).toMatchObject({ MonitoringTimeInMinutes: 5 });
  });
});
