// Properties of change classification over generated change-set entries (fixed seed): it
// never throws and never mutates what it reads, and the guard's class follows exactly from
// the resource type, the action, replacement and the policy CloudFormation applies.
import type { Change, ResourceChangeDetail } from '@aws-sdk/client-cloudformation';
import fc from 'fast-check';
import {
  STATEFUL_TYPES,
  classifyChange,
  oldResourcePolicy,
  sortChanges,
  type ClassifyHints,
} from '../../src/deploy/classify';

const SEED = 19;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const types = fc.constantFrom(
  ...STATEFUL_TYPES,
  'AWS::Lambda::Function',
  'AWS::IAM::Role',
  'AWS::Lambda::Permission',
  'AWS::SNS::Topic',
  'AWS::ApiGatewayV2::Api',
  'Custom::Thing',
);
const detail: fc.Arbitrary<ResourceChangeDetail> = fc.record({
  Target: fc.record({
    Attribute: fc.constantFrom('Properties', 'Metadata', 'Tags'),
    Name: fc.constantFrom('Code', 'MemorySize', 'KeySchema', 'TableName', 'Tags'),
    RequiresRecreation: fc.constantFrom('Never', 'Conditionally', 'Always'),
  }),
});
const policyWords = fc.constantFrom(
  undefined,
  'Delete',
  'Retain',
  'Snapshot',
  'RetainExceptOnCreate',
);

const entry: fc.Arbitrary<Change> = fc
  .record(
    {
      ResourceType: types,
      Action: fc.constantFrom('Add', 'Modify', 'Remove', 'Import', 'Dynamic'),
      LogicalResourceId: fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,20}$/),
      Replacement: fc.constantFrom('True', 'False', 'Conditional'),
      PolicyAction: fc.constantFrom(
        'Delete',
        'Retain',
        'Snapshot',
        'ReplaceAndDelete',
        'ReplaceAndRetain',
        'ReplaceAndSnapshot',
      ),
      Details: fc.array(detail, { maxLength: 3 }),
    },
    { requiredKeys: ['ResourceType', 'Action', 'LogicalResourceId'] },
  )
  .map((rc) => ({ Type: 'Resource', ResourceChange: rc }));

const hints: fc.Arbitrary<ClassifyHints> = fc.record(
  {
    changedProperties: fc.array(
      fc.constantFrom('Code', 'KeySchema', 'TableName', 'MemorySize', 'QueueName', 'Tags'),
      { maxLength: 3 },
    ),
    resource: fc.constantFrom('users', 'api'),
    policies: fc.record(
      { deletion: policyWords, updateReplace: policyWords },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<ClassifyHints>;

describe('classifyChange over generated change sets', () => {
  it('is pure, total, and data-loss exactly where data leaves the stack', () => {
    fc.assert(
      fc.property(entry, hints, (change, hint) => {
        const frozenChange = deepFreeze(structuredClone(change));
        const frozenHints = deepFreeze(structuredClone(hint));
        const result = classifyChange(frozenChange, frozenHints);
        expect(classifyChange(frozenChange, frozenHints)).toEqual(result);

        const rc = change.ResourceChange!;
        const stateful = STATEFUL_TYPES.has(rc.ResourceType!);
        const modifies = rc.Action === 'Modify' || rc.Action === 'Dynamic';
        expect(result.replacement === null).toBe(!modifies);
        const replaced = result.replacement === 'True' || result.replacement === 'Conditional';
        const removedAndDeleted =
          rc.Action === 'Remove' &&
          oldResourcePolicy(rc.PolicyAction, hint.policies?.deletion) === 'Delete';
        expect(result.risk === 'data-loss').toBe(stateful && (replaced || removedAndDeleted));
        if (result.risk === 'data-loss') {
          // The message says what happens to the old resource, by the policy that decides it.
          expect(result.reason).toMatch(/\((DeletionPolicy|UpdateReplacePolicy) \w+\)/);
          if (replaced) expect(result.reason).toContain('the new resource starts empty');
        }
        if (replaced && !stateful) expect(result.risk).toBe('replacement');
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('sortChanges is a permutation, most dangerous first', () => {
    const order = ['data-loss', 'replacement', 'permissions', 'code-only', 'safe'];
    fc.assert(
      fc.property(fc.array(fc.tuple(entry, hints), { maxLength: 12 }), (pairs) => {
        const classified = deepFreeze(pairs.map(([c, h]) => classifyChange(c, h)));
        const sorted = sortChanges(classified);
        const key = (list: readonly unknown[]): string[] =>
          list.map((c) => JSON.stringify(c)).sort();
        expect(key(sorted)).toEqual(key(classified));
        for (let i = 1; i < sorted.length; i++) {
          expect(order.indexOf(sorted[i - 1]!.risk)).toBeLessThanOrEqual(
            order.indexOf(sorted[i]!.risk),
          );
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
