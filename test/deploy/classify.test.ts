import type { Change, DescribeChangeSetOutput } from '@aws-sdk/client-cloudformation';
import {
  changedProperties,
  classifyChange,
  customName,
  policyHints,
  propertyChanges,
  sortChanges,
} from '../../src/deploy/classify';
import { recorded } from './recorded';

const change = (rc: NonNullable<Change['ResourceChange']>): Change => ({
  Type: 'Resource',
  ResourceChange: rc,
});

describe('classifyChange (recorded real-AWS shape: DescribeChangeSet with replacement details)', () => {
  const changes = recorded<DescribeChangeSetOutput>('describe-change-set-replacement').Changes!;
  const classified = Object.fromEntries(
    changes.map((c) => [c.ResourceChange!.LogicalResourceId!, classifyChange(c)]),
  );

  it('a replaced table is data-loss, naming the property that forces it', () => {
    expect(classified['UsersTable9725E9C8']).toMatchObject({
      action: 'Modify',
      replacement: 'True',
      risk: 'data-loss',
      reason:
        'will be replaced because KeySchema changes; the old resource is deleted with its data (UpdateReplacePolicy Delete); the new resource starts empty',
      physicalId: 'mi-proyecto-prod-users',
    });
  });

  it('a function whose only change is Code is code-only', () => {
    expect(classified['ApiHandler5E7490E8']).toMatchObject({
      risk: 'code-only',
      replacement: 'False',
    });
  });

  it('an IAM policy change is permissions', () => {
    expect(classified['ApiHandlerServiceRoleDefaultPolicy10321D87']?.risk).toBe('permissions');
  });

  it('a conditional replacement of a stateless resource is replacement', () => {
    expect(classified['ApiStage1234ABCD']).toMatchObject({
      risk: 'replacement',
      replacement: 'Conditional',
      reason: 'may be replaced because ApiId changes',
    });
  });

  it('a removed log group kept by DeletionPolicy Retain is not data-loss', () => {
    expect(classified['ApiHandlerLogs7BF57C16']).toMatchObject({ risk: 'safe', replacement: null });
  });

  it('a removed queue that CloudFormation deletes is data-loss', () => {
    expect(classified['SqsTriggerQueue4F2A1B3C']).toMatchObject({
      action: 'Remove',
      risk: 'data-loss',
      reason:
        'AWS::SQS::Queue is removed from the template: the old resource is deleted with its data (DeletionPolicy Delete)',
    });
  });

  it('sorts most dangerous first', () => {
    expect(sortChanges(Object.values(classified)).map((c) => c.risk)).toEqual([
      'data-loss',
      'data-loss',
      'replacement',
      'permissions',
      'code-only',
      'safe',
    ]);
  });
});

describe('classifyChange without Details (as moto answers)', () => {
  it('infers a table replacement from the template diff', () => {
    const result = classifyChange(
      change({ Action: 'Modify', LogicalResourceId: 'T', ResourceType: 'AWS::DynamoDB::Table' }),
      { changedProperties: ['KeySchema', 'AttributeDefinitions'], resource: 'users' },
    );
    expect(result).toMatchObject({ replacement: 'True', risk: 'data-loss', resource: 'users' });
  });

  it('a Code-only diff of a function is code-only; memory too makes it safe', () => {
    const fn = change({
      Action: 'Modify',
      LogicalResourceId: 'F',
      ResourceType: 'AWS::Lambda::Function',
    });
    expect(classifyChange(fn, { changedProperties: ['Code'] }).risk).toBe('code-only');
    expect(classifyChange(fn, { changedProperties: ['Code', 'MemorySize'] }).risk).toBe('safe');
    expect(classifyChange(fn).risk).toBe('safe');
  });

  it('an added table is safe, an added role permissions', () => {
    expect(
      classifyChange(change({ Action: 'Add', ResourceType: 'AWS::DynamoDB::Table' })).risk,
    ).toBe('safe');
    expect(classifyChange(change({ Action: 'Add', ResourceType: 'AWS::IAM::Role' })).risk).toBe(
      'permissions',
    );
  });
});

describe('changedProperties', () => {
  it('lists top-level properties that differ, including added and removed ones', () => {
    expect(
      changedProperties(
        { Properties: { A: 1, B: { x: 1 }, C: 3 } },
        { Properties: { A: 1, B: { x: 2 }, D: 4 } },
      ),
    ).toEqual(['B', 'C', 'D']);
  });
});

describe('what happens to the old resource, by its DeletionPolicy and UpdateReplacePolicy', () => {
  const replacedTable = (PolicyAction?: 'ReplaceAndRetain' | 'ReplaceAndSnapshot'): Change =>
    change({
      Action: 'Modify',
      LogicalResourceId: 'T',
      ResourceType: 'AWS::DynamoDB::Table',
      Replacement: 'True',
      ...(PolicyAction !== undefined && { PolicyAction }),
    });

  it('a replaced table with UpdateReplacePolicy Retain is orphaned, and the new one starts empty', () => {
    const fromChangeSet = classifyChange(replacedTable('ReplaceAndRetain'));
    const fromTemplate = classifyChange(replacedTable(), {
      policies: { updateReplace: 'Retain', deletion: 'Retain' },
    });
    for (const result of [fromChangeSet, fromTemplate]) {
      expect(result.risk).toBe('data-loss');
      expect(result.reason).toBe(
        'will be replaced; the old resource is kept with its data but orphaned: no longer part of the stack, and never updated or deleted by it again (UpdateReplacePolicy Retain); the new resource starts empty',
      );
      expect(result.reason).not.toMatch(/deleted with its data/);
    }
  });

  it('Snapshot is said as such; no policy at all is CloudFormation default, Delete', () => {
    expect(classifyChange(replacedTable('ReplaceAndSnapshot')).reason).toContain(
      'a snapshot of the old resource is taken, then the resource is deleted (UpdateReplacePolicy Snapshot); the new resource starts empty',
    );
    expect(classifyChange(replacedTable()).reason).toContain(
      'the old resource is deleted with its data (UpdateReplacePolicy Delete); the new resource starts empty',
    );
  });

  it('a removed table is judged by its DeletionPolicy, read from the deployed template when the change set is silent', () => {
    const removed = change({
      Action: 'Remove',
      LogicalResourceId: 'T',
      ResourceType: 'AWS::DynamoDB::Table',
    });
    expect(classifyChange(removed, { policies: { deletion: 'Retain' } })).toMatchObject({
      risk: 'safe',
      reason:
        'AWS::DynamoDB::Table is removed from the template: the old resource is kept with its data but orphaned: no longer part of the stack, and never updated or deleted by it again (DeletionPolicy Retain)',
    });
    expect(classifyChange(removed).risk).toBe('data-loss');
  });
});

describe('the hints classify reads from the two templates', () => {
  it('policyHints takes DeletionPolicy from the deployed template and UpdateReplacePolicy from the new', () => {
    expect(
      policyHints(
        { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Delete' },
        { DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Snapshot' },
      ),
    ).toEqual({ deletion: 'Retain', updateReplace: 'Snapshot' });
    expect(policyHints(undefined, undefined)).toEqual({});
    expect(policyHints({}, { DeletionPolicy: 'Retain' })).toEqual({});
  });

  it('customName reads the literal name property of the types that have one', () => {
    expect(
      customName('AWS::DynamoDB::Table', { Properties: { TableName: 'orders', Other: 'x' } }),
    ).toBe('orders');
    expect(customName('AWS::Lambda::Function', { Properties: { FunctionName: 'api' } })).toBe(
      'api',
    );
    // A generated name (an intrinsic), an unknown type, or nothing: no custom name.
    expect(
      customName('AWS::DynamoDB::Table', { Properties: { TableName: { Ref: 'AWS::StackName' } } }),
    ).toBeUndefined();
    expect(customName('AWS::SNS::Topic', { Properties: { TableName: 'orders' } })).toBeUndefined();
    expect(customName('AWS::DynamoDB::Table', undefined)).toBeUndefined();
  });

  it('propertyChanges lists each changed property with short old and new values', () => {
    const long = 'x'.repeat(80);
    expect(
      propertyChanges(
        { Properties: { MemorySize: 128, Same: 1, Gone: 'old', Policy: long } },
        { Properties: { MemorySize: 256, Same: 1, Added: { a: 1 }, Policy: `${long}y` } },
      ),
    ).toEqual([
      { name: 'Added', after: '{"a":1}' },
      { name: 'Gone', before: 'old' },
      { name: 'MemorySize', before: '128', after: '256' },
      // At most 60 characters, the last an ellipsis.
      { name: 'Policy', before: `${'x'.repeat(59)}…`, after: `${'x'.repeat(59)}…` },
    ]);
    expect(propertyChanges(undefined, { Properties: { A: 'x'.repeat(60) } })).toEqual([
      { name: 'A', after: 'x'.repeat(60) },
    ]);
    expect(propertyChanges(undefined, undefined)).toEqual([]);
  });

  it('sortChanges puts the most dangerous first, then orders by logical id', () => {
    const c = (logicalId: string, replacement: 'True' | 'False', type: string) =>
      classifyChange(
        change({
          Action: 'Modify',
          LogicalResourceId: logicalId,
          ResourceType: type,
          Replacement: replacement,
        }),
      );
    const sorted = sortChanges([
      c('Zeta', 'False', 'AWS::Lambda::Function'),
      c('Beta', 'True', 'AWS::DynamoDB::Table'),
      c('Alpha', 'False', 'AWS::Lambda::Function'),
      c('Alpha2', 'True', 'AWS::DynamoDB::Table'),
    ]);
    expect(sorted.map((s) => s.logicalId)).toEqual(['Alpha2', 'Beta', 'Alpha', 'Zeta']);
  });
});
