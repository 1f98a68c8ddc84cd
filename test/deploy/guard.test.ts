import { DataLossError, assertNoDataLoss } from '../../src/deploy/guard';
import { refuseReason } from '../../src/deploy/run-destroy';
import type { ResourceChange } from '../../src/deploy/types';

const table: ResourceChange = {
  logicalId: 'UsersTable',
  type: 'AWS::DynamoDB::Table',
  action: 'Modify',
  replacement: 'True',
  risk: 'data-loss',
  reason: 'will be replaced because KeySchema changes',
  resource: 'users',
};
const fn: ResourceChange = {
  logicalId: 'Fn',
  type: 'AWS::Lambda::Function',
  action: 'Modify',
  replacement: 'False',
  risk: 'code-only',
};

describe('data-loss guard', () => {
  it('refuses, naming each resource and why, with a hint', () => {
    let error: unknown;
    try {
      assertNoDataLoss([fn, table], false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataLossError);
    expect(error).toMatchObject({
      code: 'DATA_LOSS_GUARD',
      hint: expect.stringContaining('--allow-replacement'),
    });
    expect((error as Error).message).toContain(
      'users (AWS::DynamoDB::Table, UsersTable): will be replaced because KeySchema changes',
    );
    expect((error as Error).message).not.toContain('Fn');
    expect((error as Error).message).toMatch(
      /^refusing to execute: the change set would leave 1 stateful resource\(s\) without their data:/,
    );
  });

  it('lets it through with allowReplacement, and lets safe change sets through', () => {
    expect(() => assertNoDataLoss([table], true)).not.toThrow();
    expect(() => assertNoDataLoss([fn], false)).not.toThrow();
  });
});

describe('destroy refusal', () => {
  const tags = (t: Record<string, string>) =>
    Object.entries(t).map(([Key, Value]) => ({ Key, Value }));
  it('refuses stacks without the managed-by tag, even with force', () => {
    expect(
      refuseReason({ StackName: 's', Tags: tags({ ephemeral: 'true' }) }, true)?.message,
    ).toContain('did not create it');
  });
  it('refuses long-lived stages unless forced', () => {
    const stack = { StackName: 's', Tags: tags({ 'managed-by': 'serverless-action' }) };
    expect(refuseReason(stack, false)?.hint).toContain('--force');
    expect(refuseReason(stack, true)).toBeUndefined();
  });
  it('lets ephemeral stages go', () => {
    expect(
      refuseReason(
        { StackName: 's', Tags: tags({ 'managed-by': 'serverless-action', ephemeral: 'true' }) },
        false,
      ),
    ).toBeUndefined();
  });
});
