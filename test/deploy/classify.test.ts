import type { Change, DescribeChangeSetOutput } from '@aws-sdk/client-cloudformation';
import type { ResourceChange } from '../../src/deploy/types';
import {
  changedProperties,
  classifyChange,
  customName,
  policyHints,
  propertyChanges,
  sortChanges,
} from '../../src/deploy/classify';
import { deepFreeze } from '../support/deep-freeze';
import { recorded } from './recorded';

const change = (rc: NonNullable<Change['ResourceChange']>): Change => ({
  Type: 'Resource',
  ResourceChange: rc,
});

describe('classifyChange (recorded real-AWS shape: DescribeChangeSet with replacement details)', () => {
  // Classified inside each test, not at describe time: Stryker's per-test coverage sees only
  // what runs inside a test, and treats the rest as static (every test reruns for it).
  const classifyRecorded = () =>
    Object.fromEntries(
      recorded<DescribeChangeSetOutput>('describe-change-set-replacement').Changes!.map((c) => [
        c.ResourceChange!.LogicalResourceId!,
        classifyChange(deepFreeze(c)),
      ]),
    );

  it('a replaced table is data-loss, naming the property that forces it', () => {
    expect(classifyRecorded()['UsersTable9725E9C8']).toMatchObject({
      action: 'Modify',
      replacement: 'True',
      risk: 'data-loss',
      reason:
        'will be replaced because KeySchema changes; the old resource is deleted with its data (UpdateReplacePolicy Delete); the new resource starts empty',
      physicalId: 'mi-proyecto-prod-users',
    });
  });

  it('a function whose only change is Code is code-only', () => {
    expect(classifyRecorded()['ApiHandler5E7490E8']).toMatchObject({
      risk: 'code-only',
      replacement: 'False',
    });
  });

  it('an IAM policy change is permissions', () => {
    expect(classifyRecorded()['ApiHandlerServiceRoleDefaultPolicy10321D87']?.risk).toBe(
      'permissions',
    );
  });

  it('a conditional replacement of a stateless resource is replacement', () => {
    expect(classifyRecorded()['ApiStage1234ABCD']).toMatchObject({
      risk: 'replacement',
      replacement: 'Conditional',
      reason: 'may be replaced because ApiId changes',
    });
  });

  it('a removed log group kept by DeletionPolicy Retain is not data-loss', () => {
    expect(classifyRecorded()['ApiHandlerLogs7BF57C16']).toMatchObject({
      risk: 'safe',
      replacement: null,
    });
  });

  it('a removed queue that CloudFormation deletes is data-loss', () => {
    expect(classifyRecorded()['SqsTriggerQueue4F2A1B3C']).toMatchObject({
      action: 'Remove',
      risk: 'data-loss',
      reason:
        'AWS::SQS::Queue is removed from the template: the old resource is deleted with its data (DeletionPolicy Delete)',
    });
  });

  it('sorts most dangerous first', () => {
    expect(sortChanges(Object.values(classifyRecorded())).map((c) => c.risk)).toEqual([
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
    expect(customName('AWS::DynamoDB::Table', {})).toBeUndefined();
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

/** One change-set entry, frozen: classification must not write to what the SDK returned. */
const frozen = (rc: NonNullable<Change['ResourceChange']>): Change => deepFreeze(change(rc));

describe('which resources hold data', () => {
  // Written out, not read from STATEFUL_TYPES: the list is the behaviour under test.
  it.each([
    'AWS::DynamoDB::Table',
    'AWS::DynamoDB::GlobalTable',
    'AWS::S3::Bucket',
    'AWS::SQS::Queue',
    'AWS::Kinesis::Stream',
    'AWS::Logs::LogGroup',
  ])('removing a %s that CloudFormation deletes is data-loss', (type) => {
    expect(
      classifyChange(frozen({ Action: 'Remove', LogicalResourceId: 'R', ResourceType: type })),
    ).toStrictEqual({
      logicalId: 'R',
      type,
      action: 'Remove',
      replacement: null,
      risk: 'data-loss',
      reason: `${type} is removed from the template: the old resource is deleted with its data (DeletionPolicy Delete)`,
    });
  });

  it('removing or replacing a resource without data is not data-loss', () => {
    expect(
      classifyChange(
        frozen({ Action: 'Remove', LogicalResourceId: 'T', ResourceType: 'AWS::SNS::Topic' }),
      ),
    ).toStrictEqual({
      logicalId: 'T',
      type: 'AWS::SNS::Topic',
      action: 'Remove',
      replacement: null,
      risk: 'safe',
    });
    expect(
      classifyChange(
        frozen({
          Action: 'Modify',
          LogicalResourceId: 'T',
          ResourceType: 'AWS::SNS::Topic',
          Replacement: 'True',
        }),
      ),
    ).toMatchObject({ risk: 'replacement', reason: 'will be replaced' });
  });
});

describe('which changes are permissions', () => {
  it.each([
    'AWS::IAM::Role',
    'AWS::IAM::Policy',
    'AWS::IAM::ManagedPolicy',
    'AWS::Lambda::Permission',
    'AWS::S3::BucketPolicy',
    'AWS::SQS::QueuePolicy',
    'AWS::SNS::TopicPolicy',
  ])('a changed %s is permissions, without a reason', (type) => {
    const result = classifyChange(
      frozen({ Action: 'Modify', ResourceType: type, Replacement: 'False' }),
    );
    expect(result.risk).toBe('permissions');
    expect(result).not.toHaveProperty('reason');
  });

  it.each([
    'AWS::Lambda::Function',
    'AWS::S3::Bucket',
    'AWS::Events::Rule',
    'Custom::AWS::IAM::Thing',
  ])('a changed %s is not', (type) => {
    expect(
      classifyChange(frozen({ Action: 'Modify', ResourceType: type, Replacement: 'False' })).risk,
    ).toBe('safe');
  });

  it('a replaced role is a replacement first', () => {
    expect(
      classifyChange(
        frozen({ Action: 'Modify', ResourceType: 'AWS::IAM::Role', Replacement: 'True' }),
      ).risk,
    ).toBe('replacement');
  });
});

describe('replacement as CloudFormation reports it', () => {
  it('an entry with nothing in it is a safe, unreplaced modification of an unknown resource', () => {
    expect(classifyChange(deepFreeze({ Type: 'Resource' }))).toStrictEqual({
      logicalId: '?',
      type: 'Unknown',
      action: 'Modify',
      replacement: 'False',
      risk: 'safe',
    });
  });

  it('Dynamic changes carry their Replacement like Modify; Add, Remove and Import have none', () => {
    const of = (Action: 'Dynamic' | 'Add' | 'Import' | 'Remove') =>
      classifyChange(frozen({ Action, ResourceType: 'AWS::SNS::Topic', Replacement: 'True' }))
        .replacement;
    expect(of('Dynamic')).toBe('True');
    expect(of('Add')).toBeNull();
    expect(of('Import')).toBeNull();
    expect(of('Remove')).toBeNull();
  });

  it('a dynamic replacement of a table is data-loss', () => {
    expect(
      classifyChange(
        frozen({
          Action: 'Dynamic',
          ResourceType: 'AWS::DynamoDB::Table',
          Replacement: 'Conditional',
        }),
      ),
    ).toMatchObject({
      replacement: 'Conditional',
      risk: 'data-loss',
      reason:
        'may be replaced; the old resource is deleted with its data (UpdateReplacePolicy Delete); the new resource starts empty',
    });
  });

  it('names every property that forces replacement, sorted, and none that does not', () => {
    const result = classifyChange(
      frozen({
        Action: 'Modify',
        ResourceType: 'AWS::SNS::Topic',
        Replacement: 'True',
        Details: [
          { Target: { Attribute: 'Properties', Name: 'TopicName', RequiresRecreation: 'Always' } },
          { Target: { Attribute: 'Properties', Name: 'DisplayName', RequiresRecreation: 'Never' } },
          {
            Target: {
              Attribute: 'Properties',
              Name: 'FifoTopic',
              RequiresRecreation: 'Conditionally',
            },
          },
          // The same property twice (a static and a dynamic evaluation) is named once.
          { Target: { Attribute: 'Properties', Name: 'TopicName', RequiresRecreation: 'Always' } },
        ],
      }),
    );
    expect(result.reason).toBe('will be replaced because FifoTopic, TopicName change');
  });

  it('a forcing target without a property name is named by its attribute, else "?"', () => {
    const reason = (Target: { Attribute?: 'Metadata'; RequiresRecreation: 'Always' }) =>
      classifyChange(
        frozen({
          Action: 'Modify',
          ResourceType: 'AWS::SNS::Topic',
          Replacement: 'True',
          Details: [{ Target }],
        }),
      ).reason;
    expect(reason({ Attribute: 'Metadata', RequiresRecreation: 'Always' })).toBe(
      'will be replaced because Metadata changes',
    );
    expect(reason({ RequiresRecreation: 'Always' })).toBe('will be replaced because ? changes');
  });

  it('a detail without a Target forces nothing and is not a code change', () => {
    expect(
      classifyChange(
        frozen({
          Action: 'Modify',
          ResourceType: 'AWS::SNS::Topic',
          Replacement: 'True',
          Details: [{ Evaluation: 'Static' }],
        }),
      ).reason,
    ).toBe('will be replaced');
    expect(
      classifyChange(
        frozen({
          Action: 'Modify',
          ResourceType: 'AWS::Lambda::Function',
          Replacement: 'False',
          Details: [{ Evaluation: 'Static' }],
        }),
      ).risk,
    ).toBe('safe');
  });

  it('when CloudFormation gives Details, they decide, not the template diff', () => {
    const result = classifyChange(
      frozen({
        Action: 'Modify',
        ResourceType: 'AWS::DynamoDB::Table',
        Replacement: 'False',
        Details: [
          { Target: { Attribute: 'Properties', Name: 'BillingMode', RequiresRecreation: 'Never' } },
        ],
      }),
      deepFreeze({ changedProperties: ['KeySchema'] }),
    );
    expect(result).toMatchObject({ replacement: 'False', risk: 'safe' });
    expect(result).not.toHaveProperty('reason');
  });
});

describe('replacement inferred from the template diff (no Details, as moto answers)', () => {
  // Each type's replacing properties, from its page in the CloudFormation User Guide.
  it.each([
    ['AWS::DynamoDB::Table', 'TableName'],
    ['AWS::DynamoDB::Table', 'KeySchema'],
    ['AWS::DynamoDB::Table', 'LocalSecondaryIndexes'],
    ['AWS::DynamoDB::GlobalTable', 'TableName'],
    ['AWS::DynamoDB::GlobalTable', 'KeySchema'],
    ['AWS::DynamoDB::GlobalTable', 'LocalSecondaryIndexes'],
    ['AWS::S3::Bucket', 'BucketName'],
    ['AWS::S3::Bucket', 'ObjectLockEnabled'],
    ['AWS::SQS::Queue', 'QueueName'],
    ['AWS::SQS::Queue', 'FifoQueue'],
    ['AWS::Kinesis::Stream', 'Name'],
    ['AWS::Logs::LogGroup', 'LogGroupName'],
    ['AWS::Lambda::Function', 'FunctionName'],
    ['AWS::IAM::Role', 'RoleName'],
    ['AWS::IAM::Role', 'Path'],
    ['AWS::SNS::Topic', 'TopicName'],
    ['AWS::SNS::Topic', 'FifoTopic'],
    ['AWS::ApiGatewayV2::Api', 'ProtocolType'],
  ])('a %s whose %s changes is replaced', (type, property) => {
    const result = classifyChange(
      frozen({ Action: 'Modify', ResourceType: type }),
      deepFreeze({ changedProperties: ['Description', property] }),
    );
    expect(result.replacement).toBe('True');
    expect(result.reason).toMatch(new RegExp(`^will be replaced because ${property} changes`));
  });

  it('other properties, or a type without replacing properties, are updated in place', () => {
    const of = (type: string, changed: string[]) =>
      classifyChange(
        frozen({ Action: 'Modify', ResourceType: type }),
        deepFreeze({ changedProperties: changed }),
      );
    expect(of('AWS::DynamoDB::Table', ['BillingMode', 'Tags'])).toMatchObject({
      replacement: 'False',
      risk: 'safe',
    });
    expect(of('AWS::Events::Rule', ['Name', 'TableName'])).toMatchObject({ replacement: 'False' });
  });

  it('a reported Conditional stays Conditional, whatever the diff infers', () => {
    expect(
      classifyChange(
        frozen({ Action: 'Modify', ResourceType: 'AWS::SNS::Topic', Replacement: 'Conditional' }),
        deepFreeze({ changedProperties: ['TopicName'] }),
      ),
    ).toMatchObject({
      replacement: 'Conditional',
      risk: 'replacement',
      reason: 'may be replaced because TopicName changes',
    });
  });

  it('a reported Replacement False is overridden by a replacing property in the diff', () => {
    expect(
      classifyChange(
        frozen({ Action: 'Modify', ResourceType: 'AWS::SQS::Queue', Replacement: 'False' }),
        deepFreeze({ changedProperties: ['FifoQueue', 'QueueName'] }),
      ),
    ).toMatchObject({
      replacement: 'True',
      risk: 'data-loss',
      reason:
        'will be replaced because FifoQueue, QueueName change; the old resource is deleted with its data (UpdateReplacePolicy Delete); the new resource starts empty',
    });
  });
});

describe('the policy that decides the old resource’s fate', () => {
  const removedBucket = (PolicyAction?: 'Retain' | 'Snapshot' | 'Delete'): Change =>
    frozen({
      Action: 'Remove',
      ResourceType: 'AWS::S3::Bucket',
      ...(PolicyAction !== undefined && { PolicyAction }),
    });

  it('the change set’s PolicyAction wins over the template’s policy', () => {
    expect(classifyChange(removedBucket('Retain'), { policies: { deletion: 'Delete' } }).risk).toBe(
      'safe',
    );
    expect(classifyChange(removedBucket('Delete'), { policies: { deletion: 'Retain' } }).risk).toBe(
      'data-loss',
    );
  });

  it('RetainExceptOnCreate and Snapshot keep the data of a removed resource; anything unknown deletes it', () => {
    const reason = (deletion: string) =>
      classifyChange(removedBucket(), deepFreeze({ policies: { deletion } }));
    expect(reason('RetainExceptOnCreate')).toMatchObject({
      risk: 'safe',
      reason:
        'AWS::S3::Bucket is removed from the template: the old resource is kept with its data but orphaned: no longer part of the stack, and never updated or deleted by it again (DeletionPolicy RetainExceptOnCreate)',
    });
    expect(reason('Snapshot')).toMatchObject({
      risk: 'safe',
      reason:
        'AWS::S3::Bucket is removed from the template: a snapshot of the old resource is taken, then the resource is deleted (DeletionPolicy Snapshot)',
    });
    expect(reason('Keep')).toMatchObject({
      risk: 'data-loss',
      reason:
        'AWS::S3::Bucket is removed from the template: the old resource is deleted with its data (DeletionPolicy Delete)',
    });
  });

  it('a removal reads the DeletionPolicy, a replacement the UpdateReplacePolicy', () => {
    const policies = deepFreeze({ deletion: 'Retain', updateReplace: 'Snapshot' });
    expect(classifyChange(removedBucket(), { policies }).reason).toContain(
      '(DeletionPolicy Retain)',
    );
    expect(
      classifyChange(
        frozen({ Action: 'Modify', ResourceType: 'AWS::S3::Bucket', Replacement: 'True' }),
        { policies },
      ).reason,
    ).toContain('(UpdateReplacePolicy Snapshot); the new resource starts empty');
  });
});

describe('code-only changes of a function', () => {
  const fn = (
    Action: 'Modify' | 'Add',
    Details?: NonNullable<Change['ResourceChange']>['Details'],
  ) =>
    frozen({
      Action,
      ResourceType: 'AWS::Lambda::Function',
      Replacement: 'False',
      ...(Details !== undefined && { Details }),
    });
  const code = {
    Target: { Attribute: 'Properties', Name: 'Code', RequiresRecreation: 'Never' },
  } as const;

  it('Details that all change Code are code-only; any other detail makes it safe', () => {
    expect(classifyChange(fn('Modify', [code, code])).risk).toBe('code-only');
    expect(
      classifyChange(
        fn('Modify', [
          code,
          { Target: { Attribute: 'Properties', Name: 'MemorySize', RequiresRecreation: 'Never' } },
        ]),
      ).risk,
    ).toBe('safe');
    expect(
      classifyChange(fn('Modify', [{ Target: { Attribute: 'Metadata', Name: 'Code' } }])).risk,
    ).toBe('safe');
  });

  it('an empty diff is not a code change, and neither is an added function', () => {
    expect(classifyChange(fn('Modify'), { changedProperties: [] }).risk).toBe('safe');
    expect(classifyChange(fn('Add'), { changedProperties: ['Code'] }).risk).toBe('safe');
  });

  it('only functions have code-only changes', () => {
    expect(
      classifyChange(frozen({ Action: 'Modify', ResourceType: 'AWS::Lambda::LayerVersion' }), {
        changedProperties: ['Code'],
      }).risk,
    ).toBe('safe');
  });
});

describe('what classify passes through to the report', () => {
  it('keeps the physical id, origin and property changes it is given, and nothing it is not', () => {
    const properties = deepFreeze([{ name: 'MemorySize', before: '128', after: '256' }]);
    expect(
      classifyChange(
        frozen({
          Action: 'Modify',
          LogicalResourceId: 'Api',
          PhysicalResourceId: 'shop-dev-api',
          ResourceType: 'AWS::Lambda::Function',
          Replacement: 'False',
        }),
        deepFreeze({ resource: 'api', configPath: 'lambda_config.api', properties }),
      ),
    ).toStrictEqual({
      logicalId: 'Api',
      type: 'AWS::Lambda::Function',
      action: 'Modify',
      replacement: 'False',
      risk: 'safe',
      physicalId: 'shop-dev-api',
      resource: 'api',
      configPath: 'lambda_config.api',
      properties,
    });
  });
});

describe('a replacement under the same explicit name (the update would fail)', () => {
  const replaced = (type: string, Replacement: 'True' | 'Conditional' = 'True') =>
    frozen({ Action: 'Modify', LogicalResourceId: 'R', ResourceType: type, Replacement });

  // Each type's name property, written out: a rename is what makes the replacement possible.
  it.each([
    ['AWS::DynamoDB::Table', 'TableName'],
    ['AWS::DynamoDB::GlobalTable', 'TableName'],
    ['AWS::S3::Bucket', 'BucketName'],
    ['AWS::SQS::Queue', 'QueueName'],
    ['AWS::SNS::Topic', 'TopicName'],
    ['AWS::Kinesis::Stream', 'Name'],
    ['AWS::Logs::LogGroup', 'LogGroupName'],
    ['AWS::Lambda::Function', 'FunctionName'],
    ['AWS::IAM::Role', 'RoleName'],
  ])('a replaced %s keeping its name is flagged; renaming it (%s) is not', (type, nameProperty) => {
    expect(customName(type, { Properties: { [nameProperty]: 'fixed' } })).toBe('fixed');
    expect(classifyChange(replaced(type), { customName: 'fixed' }).customName).toBe('fixed');
    expect(
      classifyChange(replaced(type), { customName: 'fixed', changedProperties: [nameProperty] }),
    ).not.toHaveProperty('customName');
    // Without a template diff, the report's property changes say the same.
    expect(
      classifyChange(replaced(type), { customName: 'fixed', properties: [{ name: nameProperty }] }),
    ).not.toHaveProperty('customName');
  });

  it('is not flagged without a custom name, for a conditional replacement, or without replacement', () => {
    expect(classifyChange(replaced('AWS::SQS::Queue'))).not.toHaveProperty('customName');
    expect(
      classifyChange(replaced('AWS::SQS::Queue', 'Conditional'), { customName: 'jobs' }),
    ).not.toHaveProperty('customName');
    expect(
      classifyChange(frozen({ Action: 'Modify', ResourceType: 'AWS::SQS::Queue' }), {
        customName: 'jobs',
      }),
    ).not.toHaveProperty('customName');
  });

  it('other changed properties do not count as a rename', () => {
    expect(
      classifyChange(replaced('AWS::SQS::Queue'), {
        customName: 'jobs',
        changedProperties: ['FifoQueue'],
      }).customName,
    ).toBe('jobs');
  });
});

describe('sortChanges', () => {
  const of = (logicalId: string, risk: ResourceChange['risk']): ResourceChange =>
    deepFreeze({ logicalId, type: 'T', action: 'Modify', replacement: 'False', risk });

  it('orders every risk class, most dangerous first', () => {
    const sorted = sortChanges(
      deepFreeze([
        of('a', 'safe'),
        of('b', 'code-only'),
        of('c', 'permissions'),
        of('d', 'replacement'),
        of('e', 'data-loss'),
      ]),
    );
    expect(sorted.map((c) => c.risk)).toEqual([
      'data-loss',
      'replacement',
      'permissions',
      'code-only',
      'safe',
    ]);
    expect(
      sortChanges([
        of('a', 'replacement'),
        of('b', 'data-loss'),
        of('c', 'code-only'),
        of('d', 'permissions'),
      ]).map((c) => c.logicalId),
    ).toEqual(['b', 'a', 'd', 'c']);
  });

  it('orders one risk class by logical id, in either input order', () => {
    const ids = (list: ResourceChange[]) => sortChanges(deepFreeze(list)).map((c) => c.logicalId);
    expect(ids([of('b', 'safe'), of('a', 'safe'), of('c', 'safe')])).toEqual(['a', 'b', 'c']);
    expect(ids([of('a', 'safe'), of('c', 'safe'), of('b', 'safe')])).toEqual(['a', 'b', 'c']);
  });
});

describe('changedProperties and propertyChanges, exactly', () => {
  it('lists names sorted, whatever order the templates write them in, and reads a missing side as empty', () => {
    expect(
      changedProperties(
        deepFreeze({ Properties: { Zeta: 1, Alpha: 1 } }),
        deepFreeze({ Properties: { Zeta: 2, Alpha: 2 } }),
      ),
    ).toEqual(['Alpha', 'Zeta']);
    expect(changedProperties(undefined, { Properties: { B: 1, A: 1 } })).toEqual(['A', 'B']);
    expect(changedProperties({ Properties: { A: 1 } }, undefined)).toEqual(['A']);
    expect(changedProperties({}, {})).toEqual([]);
  });

  it('gives no before for an added property and no after for a removed one', () => {
    expect(
      propertyChanges(
        deepFreeze({ Properties: { Gone: 1 } }),
        deepFreeze({ Properties: { New: 'x' } }),
      ),
    ).toStrictEqual([
      { name: 'Gone', before: '1' },
      { name: 'New', after: 'x' },
    ]);
  });
});

describe('policyHints, exactly', () => {
  it('leaves out a policy neither template writes', () => {
    expect(policyHints(deepFreeze({}), deepFreeze({ DeletionPolicy: 'Retain' }))).toStrictEqual({});
    expect(policyHints(deepFreeze({ DeletionPolicy: 'Retain' }), undefined)).toStrictEqual({
      deletion: 'Retain',
    });
    expect(policyHints(undefined, deepFreeze({ UpdateReplacePolicy: 'Retain' }))).toStrictEqual({
      updateReplace: 'Retain',
    });
  });
});
