// Plans of a stack with nested stacks, from recorded real-AWS shapes (moto ignores
// IncludeNestedStacks and makes no nested change sets): the nested change sets are read,
// every page, and their changes take the place of the nested stack, each named with it.
import type {
  Change,
  DescribeChangeSetOutput,
  DescribeStacksOutput,
} from '@aws-sdk/client-cloudformation';
import { DataLossError, runDeploy, runPlan } from '../../src/deploy';
import { formatChanges } from '../../src/deploy/format';
import {
  flattenChangeSets,
  planChanges,
  stackLevels,
  type StackLevel,
} from '../../src/deploy/plan-changes';
import { changeName } from '../../src/report/changes';
import { deepFreeze } from '../support/deep-freeze';
import { fakeDeps, scriptedCloudFormation } from './fakes';
import {
  F21,
  F21_STACK,
  F36,
  F36_STACK,
  ROOT_CHANGE_SET,
  STACK_ID,
  functions21,
  functions36,
  nestedDeployable,
  parentTemplate,
  withStorage,
} from './nested-fakes';
import { recorded } from './recorded';

const root = recorded<DescribeChangeSetOutput>('describe-change-set-nested-root');
const rootPage2 = recorded<DescribeChangeSetOutput>('describe-change-set-nested-root-page-2');
const functions36Set = recorded<DescribeChangeSetOutput>('describe-change-set-nested-functions36');
const F36_SET = functions36Set.ChangeSetId!;
const F21_SET = rootPage2.Changes![0]!.ResourceChange!.ChangeSetId!;

const deployedStack: DescribeStacksOutput = {
  Stacks: [
    {
      StackName: 'big-dev',
      StackId: STACK_ID,
      StackStatus: 'UPDATE_COMPLETE',
      CreationTime: new Date('2026-12-01T10:00:00Z'),
    },
  ],
};

/** CloudFormation answering with the recorded root and nested change sets. */
function nestedCloudFormation(functions21Set: string) {
  return scriptedCloudFormation({
    DescribeStacks: [deployedStack],
    ListChangeSets: [{ Summaries: [] }],
    CreateChangeSet: [{ Id: ROOT_CHANGE_SET, StackId: STACK_ID }],
    DescribeChangeSet: [
      (input: { ChangeSetName: string; NextToken?: string }) =>
        input.ChangeSetName === ROOT_CHANGE_SET
          ? input.NextToken === root.NextToken
            ? rootPage2
            : root
          : input.ChangeSetName === F36_SET
            ? functions36Set
            : input.ChangeSetName === F21_SET
              ? recorded<DescribeChangeSetOutput>(functions21Set)
              : new Error(`no change set ${input.ChangeSetName}`),
    ],
    GetTemplate: [
      (input: { StackName: string }) => ({
        TemplateBody: JSON.stringify(
          input.StackName === F36_STACK
            ? functions36(128, 'F3Version34B6C24D')
            : input.StackName === F21_STACK
              ? functions21('/aws/lambda/big-dev-f8')
              : parentTemplate({ f36: 'old36', f21: 'a21' }),
        ),
      }),
    ],
  });
}

describe('plans through nested change sets (recorded real-AWS shapes)', () => {
  it('recorded real-AWS shape: reads the root set page by page and each nested set, and names nested changes with their stack', async () => {
    const cfn = nestedCloudFormation('describe-change-set-nested-functions21-no-changes');
    const outcome = await runPlan(nestedDeployable(), withStorage(fakeDeps(cfn), cfn));

    const create = cfn.calls.find((c) => c.name === 'CreateChangeSet')!;
    expect(create.input['IncludeNestedStacks']).toBe(true);
    // The nested templates are in S3 before CloudFormation is asked for the change set.
    const names = cfn.calls.map((c) => c.name);
    expect(names.filter((n) => n === 'S3.PutObject')).toHaveLength(2);
    expect(names.lastIndexOf('S3.PutObject')).toBeLessThan(names.indexOf('CreateChangeSet'));
    // Nested sets are named by their ARN alone; the root's second page by its NextToken.
    const described = cfn.calls.filter((c) => c.name === 'DescribeChangeSet').map((c) => c.input);
    expect(described).toEqual(
      expect.arrayContaining([
        { StackName: 'big-dev', ChangeSetName: ROOT_CHANGE_SET, NextToken: root.NextToken },
        { ChangeSetName: F36_SET },
        { ChangeSetName: F21_SET },
      ]),
    );

    const changes = outcome.result.changes;
    // Functions21's own set is empty (listed only as Automatic): nothing of it is shown.
    expect(changes.map((c) => [c.nestedStack ?? '', c.logicalId, c.action, c.risk])).toEqual([
      ['Functions36', 'F3Function', 'Modify', 'safe'],
      ['Functions36', 'F3LiveAlias', 'Modify', 'safe'],
      ['Functions36', 'F3Version34B6C24D', 'Remove', 'safe'],
      ['Functions36', 'F3Version6C0D5B1A', 'Add', 'safe'],
      ['', 'T0Table', 'Modify', 'safe'],
    ]);
    // Values from the nested stack's deployed template, config keys from its origins.
    expect(changes[0]).toMatchObject({
      resource: 'f3',
      configPath: 'lambda_config.f3',
      properties: [{ name: 'MemorySize', before: '128', after: '256' }],
    });
    // Only nested stacks whose sets modify something are read (Functions21's is empty).
    const read = cfn.calls.filter((c) => c.name === 'GetTemplate').map((c) => c.input['StackName']);
    expect(read.sort()).toEqual([F36_STACK, 'big-dev'].sort());
    // Printed and reported with the nested stack's name.
    expect(formatChanges(changes)).toContain('f3 (Functions36/F3Function)');
    expect(changeName(changes[0]!)).toBe('`f3` (`Functions36/F3Function`)');
    expect(JSON.parse(JSON.stringify(outcome.result)).changes[0]).toMatchObject({
      nestedStack: 'Functions36',
      logicalId: 'F3Function',
    });
  });

  it('recorded real-AWS shape: the data-loss guard refuses a log group replaced inside a nested stack, before executing', async () => {
    const cfn = nestedCloudFormation('describe-change-set-nested-functions21-log-group-replaced');
    const deps = withStorage(fakeDeps(cfn), cfn);
    const error = await runDeploy(nestedDeployable('/aws/lambda/big-dev-f8-v2'), deps).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataLossError);
    expect((error as Error).message).toContain(
      'f8 (AWS::Logs::LogGroup, Functions21/F8LogGroup): will be replaced because LogGroupName changes',
    );
    expect(cfn.calls.map((c) => c.name)).not.toContain('ExecuteChangeSet');
  });

  it('recorded real-AWS shape: a root set failed by a nested one reports the nested reason', async () => {
    const cfn = scriptedCloudFormation({
      DescribeStacks: [deployedStack],
      ListChangeSets: [{ Summaries: [] }],
      CreateChangeSet: [{ Id: ROOT_CHANGE_SET, StackId: STACK_ID }],
      GetTemplate: [{ TemplateBody: '{"Resources":{}}' }],
      DescribeChangeSet: [
        (input: { ChangeSetName: string }) =>
          recorded(
            input.ChangeSetName === ROOT_CHANGE_SET
              ? 'describe-change-set-nested-failed'
              : 'describe-change-set-nested-failed-child',
          ),
      ],
    });
    await expect(
      runPlan(nestedDeployable(), withStorage(fakeDeps(cfn), cfn)),
    ).rejects.toMatchObject({
      code: 'CHANGE_SET_FAILED',
      message: expect.stringMatching(
        /was not successfully created: Currently in FAILED\. \(big-dev-Functions36\S+: Template format error: Unresolved resource dependencies \[F3Role\]/,
      ),
    });
  });
});

describe('flattening and classifying nested changes (pure)', () => {
  const stackChange = (id: string, changeSetId?: string): Change => ({
    Type: 'Resource',
    ResourceChange: {
      Action: 'Modify',
      LogicalResourceId: id,
      ResourceType: 'AWS::CloudFormation::Stack',
      Replacement: 'False',
      ...(changeSetId !== undefined && { ChangeSetId: changeSetId }),
    },
  });
  const rootLevel = (): StackLevel => ({
    next: parentTemplate({ f36: 'a36', f21: 'a21' }),
    origins: {
      [F36]: { kind: 'nested-stack', key: 'Functions36', path: 'lambda_config' },
      [F21]: { kind: 'nested-stack', key: 'Functions21', path: 'lambda_config' },
    },
  });

  it('moto shape: a nested stack without a nested change set stays one change, named by its group', () => {
    const tree = deepFreeze({ changes: [stackChange(F36)], nested: {} });
    const levels = deepFreeze(stackLevels(rootLevel(), tree, [], new Map()));
    const changes = planChanges(flattenChangeSets(tree), levels);
    expect(changes).toEqual([
      expect.objectContaining({
        logicalId: F36,
        type: 'AWS::CloudFormation::Stack',
        resource: 'Functions36',
        risk: 'safe',
      }),
    ]);
    expect(changes[0]!.nestedStack).toBeUndefined();
  });

  it('recorded real-AWS shape: nested changes replace their stack row; inputs are not changed', () => {
    const nestedChanges = functions36Set.Changes!;
    const tree = deepFreeze({
      changes: [stackChange(F36, F36_SET), stackChange(F21, F21_SET)],
      nested: {
        [F36]: { changes: nestedChanges, nested: {}, stackId: F36_STACK },
        [F21]: { changes: [], nested: {}, stackId: F21_STACK },
      },
    });
    const next = deepFreeze([
      { logicalId: F36, templateFile: 'f36.json', template: functions36(256, 'F3Version6C0D5B1A') },
    ]);
    const deployed = deepFreeze(new Map([[F36, functions36(128, 'F3Version34B6C24D')]]));
    const levels = stackLevels(deepFreeze(rootLevel()), tree, next, deployed);
    const placed = flattenChangeSets(tree);
    expect(placed.map((p) => p.path)).toEqual(nestedChanges.map(() => [F36]));
    const changes = planChanges(deepFreeze(placed), deepFreeze(levels));
    expect(changes.map((c) => `${c.nestedStack}/${c.logicalId}`)).toEqual([
      'Functions36/F3Function',
      'Functions36/F3LiveAlias',
      'Functions36/F3Version34B6C24D',
      'Functions36/F3Version6C0D5B1A',
    ]);
    // The removed version's origin comes from the deployed nested template.
    expect(changes[2]).toMatchObject({ resource: 'f3', configPath: 'lambda_config.f3' });
  });
});
