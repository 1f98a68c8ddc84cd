// Orchestration paths moto cannot produce (failed resources, rollbacks, UPDATE_ROLLBACK_FAILED,
// a concurrent run), driven by recorded real-AWS response shapes through a scripted client.
import type {
  DescribeChangeSetOutput,
  DescribeStackEventsOutput,
  DescribeStacksOutput,
  Stack,
} from '@aws-sdk/client-cloudformation';
import { DeployFailedError, runDeploy, runPlan } from '../../src/deploy';
import {
  assetlessStack,
  fakeDeps,
  scriptedCloudFormation,
  stackDoesNotExist,
  virtualClock,
} from './fakes';
import { recorded } from './recorded';

const STACK_ID =
  'arn:aws:cloudformation:us-east-1:123456789012:stack/mi-proyecto-prod/8e6f5a40-ad5f-11ef-9a3b-0a1b2c3d4e5f';
const CHANGE_SET_ID =
  'arn:aws:cloudformation:us-east-1:123456789012:changeSet/serverless-action-1/1';
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
const addTable: DescribeChangeSetOutput = {
  Status: 'CREATE_COMPLETE',
  Changes: [
    {
      Type: 'Resource',
      ResourceChange: {
        Action: 'Add',
        LogicalResourceId: 'UsersTable9725E9C8',
        ResourceType: 'AWS::DynamoDB::Table',
      },
    },
  ],
};
const failedCreateEvents = recorded<DescribeStackEventsOutput>(
  'describe-stack-events-failed-create',
);

describe('deploy failure paths (recorded real-AWS shapes)', () => {
  it('recorded real-AWS shape: a failed first create names the root cause and the final status', async () => {
    const userInitiated = failedCreateEvents.StackEvents!.slice(-1);
    const cfn = scriptedCloudFormation({
      DescribeStacks: [
        stackDoesNotExist('mi-proyecto-prod'),
        stackIn('CREATE_IN_PROGRESS'),
        stackIn('ROLLBACK_COMPLETE'),
      ],
      CreateChangeSet: [{ Id: CHANGE_SET_ID, StackId: STACK_ID }],
      DescribeChangeSet: [{ Status: 'CREATE_PENDING' }, addTable],
      DescribeStackEvents: [
        { StackEvents: userInitiated },
        { StackEvents: failedCreateEvents.StackEvents!.slice(3) },
        failedCreateEvents,
      ],
      ExecuteChangeSet: [{}],
    });
    const deps = fakeDeps(cfn);
    const error = await runDeploy(assetlessStack(), deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployFailedError);
    expect(error).toMatchObject({ code: 'DEPLOY_FAILED', status: 'ROLLBACK_COMPLETE' });
    expect((error as Error).message).toMatch(
      /final status ROLLBACK_COMPLETE\nroot cause:\n {2}ApiHandler5E7490E8 \(AWS::Lambda::Function\) CREATE_FAILED: .*NoSuchKey/,
    );
    expect((error as Error).message).not.toContain('Resource creation cancelled');
    // Events were printed as they came, each once, oldest first.
    const printed = deps.logger.lines.filter((l) => /^\d\d:\d\d:\d\d {2}/.test(l));
    expect(printed[0]).toContain('CREATE_IN_PROGRESS');
    expect(printed.at(-1)).toContain('ROLLBACK_COMPLETE');
    expect(new Set(printed).size).toBe(printed.length);
    // Polled with backoff from 250 ms.
    expect(deps.clock.sleeps.slice(0, 2)).toEqual([250, 250]);
  });

  it('recorded real-AWS shape: UPDATE_ROLLBACK_FAILED refuses with continue-update-rollback instructions', async () => {
    const cfn = scriptedCloudFormation({
      DescribeStacks: [recorded<DescribeStacksOutput>('describe-stacks-update-rollback-failed')],
    });
    await expect(runDeploy(assetlessStack(), fakeDeps(cfn))).rejects.toMatchObject({
      code: 'STACK_BLOCKED',
      message: expect.stringContaining('UPDATE_ROLLBACK_FAILED'),
      hint: expect.stringContaining(
        'aws cloudformation continue-update-rollback --stack-name mi-proyecto-prod',
      ),
    });
    expect(cfn.calls.map((c) => c.name)).toEqual(['DescribeStacks']);
  });

  it('a stack left in ROLLBACK_COMPLETE by a failed first create is deleted and created again', async () => {
    const cfn = scriptedCloudFormation({
      DescribeStacks: [
        stackIn('ROLLBACK_COMPLETE'),
        stackIn('DELETE_IN_PROGRESS'),
        stackIn('DELETE_COMPLETE'),
        stackIn('CREATE_COMPLETE'),
      ],
      DeleteStack: [{}],
      CreateChangeSet: [{ Id: CHANGE_SET_ID, StackId: STACK_ID }],
      DescribeChangeSet: [addTable],
      DescribeStackEvents: [{ StackEvents: [] }],
      ExecuteChangeSet: [{}],
      ListStackResources: [
        {
          StackResourceSummaries: [
            {
              LogicalResourceId: 'UsersTable9725E9C8',
              PhysicalResourceId: 'mi-proyecto-prod-users',
            },
          ],
        },
      ],
    });
    const result = await runDeploy(assetlessStack(), fakeDeps(cfn));
    expect(result).toMatchObject({ status: 'CREATE_COMPLETE', changeSetType: 'CREATE' });
    expect(result.outputs.dynamodb_table_arns).toEqual({
      users: 'arn:aws:dynamodb:us-east-1:123456789012:table/mi-proyecto-prod-users',
    });
    const names = cfn.calls.map((c) => c.name);
    expect(names.indexOf('DeleteStack')).toBeLessThan(names.indexOf('CreateChangeSet'));
    expect(cfn.calls.find((c) => c.name === 'CreateChangeSet')?.input['ChangeSetType']).toBe(
      'CREATE',
    );
    expect(names).not.toContain('ListChangeSets');
  });

  it('waits for another run updating the stack, then plans an UPDATE', async () => {
    const clock = virtualClock();
    const cfn = scriptedCloudFormation({
      DescribeStacks: [
        stackIn('UPDATE_IN_PROGRESS'),
        stackIn('UPDATE_IN_PROGRESS'),
        stackIn('UPDATE_COMPLETE_CLEANUP_IN_PROGRESS'),
        stackIn('UPDATE_COMPLETE'),
      ],
      ListChangeSets: [{ Summaries: [] }],
      GetTemplate: [{ TemplateBody: '{"Resources":{}}' }],
      CreateChangeSet: [{ Id: CHANGE_SET_ID, StackId: STACK_ID }],
      DescribeChangeSet: [addTable],
    });
    const deps = fakeDeps(cfn, clock);
    const plan = await runPlan(assetlessStack(), deps);
    expect(plan.result).toMatchObject({ hasChanges: true, changeSetType: 'UPDATE' });
    expect(deps.logger.lines[0]).toContain('is UPDATE_IN_PROGRESS (another run?): waiting');
    expect(clock.sleeps).toEqual([250, 375]);
  });

  it('gives up waiting for another run after the bound, saying what it waited for', async () => {
    const cfn = scriptedCloudFormation({ DescribeStacks: [stackIn('UPDATE_IN_PROGRESS')] });
    await expect(
      runPlan(assetlessStack(), fakeDeps(cfn), { waitForOtherRunMs: 60_000 }),
    ).rejects.toMatchObject({
      code: 'DEPLOY_TIMEOUT',
      message: expect.stringContaining('the operation already running on mi-proyecto-prod'),
    });
  });

  it('recorded real-AWS shape: an empty change set is read from its status reason and deleted', async () => {
    const cfn = scriptedCloudFormation({
      DescribeStacks: [stackIn('UPDATE_COMPLETE')],
      ListChangeSets: [
        {
          Summaries: [
            {
              ChangeSetName: 'serverless-action-0',
              ChangeSetId: 'old',
              ExecutionStatus: 'AVAILABLE',
            },
            { ChangeSetName: 'someone-elses', ChangeSetId: 'theirs' },
          ],
        },
      ],
      DeleteChangeSet: [{}],
      GetTemplate: [{ TemplateBody: '{"Resources":{}}' }],
      CreateChangeSet: [{ Id: CHANGE_SET_ID, StackId: STACK_ID }],
      DescribeChangeSet: [recorded<DescribeChangeSetOutput>('describe-change-set-no-changes')],
    });
    const plan = await runPlan(assetlessStack(), fakeDeps(cfn));
    expect(plan.result).toEqual({ stackName: 'mi-proyecto-prod', hasChanges: false, changes: [] });
    const deleted = cfn.calls
      .filter((c) => c.name === 'DeleteChangeSet')
      .map((c) => c.input['ChangeSetName']);
    expect(deleted).toEqual(['old', CHANGE_SET_ID]);
  });

  it('recorded real-AWS shape: a replacement change set is refused by the guard before execution', async () => {
    const cfn = scriptedCloudFormation({
      DescribeStacks: [stackIn('UPDATE_COMPLETE')],
      ListChangeSets: [{ Summaries: [] }],
      GetTemplate: [{ TemplateBody: '{"Resources":{}}' }],
      CreateChangeSet: [{ Id: CHANGE_SET_ID, StackId: STACK_ID }],
      DescribeChangeSet: [recorded<DescribeChangeSetOutput>('describe-change-set-replacement')],
    });
    await expect(runDeploy(assetlessStack(), fakeDeps(cfn))).rejects.toMatchObject({
      code: 'DATA_LOSS_GUARD',
      message: expect.stringContaining(
        'users (AWS::DynamoDB::Table, UsersTable9725E9C8): will be replaced because KeySchema changes',
      ),
    });
    await expect(runDeploy(assetlessStack(), fakeDeps(cfn))).rejects.toThrow(
      'SqsTriggerQueue4F2A1B3C (AWS::SQS::Queue, SqsTriggerQueue4F2A1B3C): AWS::SQS::Queue is removed',
    );
    expect(cfn.calls.map((c) => c.name)).not.toContain('ExecuteChangeSet');
  });
});
