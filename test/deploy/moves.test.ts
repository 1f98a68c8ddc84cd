// Which removals are moves between stacks (pure; inputs deep-frozen).
import { assertNoMoves, layoutOf, movedResources } from '../../src/deploy/moves';
import type { ResourceChange } from '../../src/deploy/types';
import { deepFreeze } from '../support/deep-freeze';

const change = (over: Partial<ResourceChange>): ResourceChange => ({
  logicalId: 'F3Function',
  type: 'AWS::Lambda::Function',
  action: 'Remove',
  replacement: null,
  risk: 'safe',
  ...over,
});

describe('movedResources', () => {
  it('a removal added again in another stack by the same change set is a move', () => {
    const changes = deepFreeze([
      change({}),
      change({ action: 'Add', nestedStack: 'Functions07' }),
      change({ logicalId: 'OldFunction' }),
    ]);
    expect(movedResources(changes).map((c) => c.logicalId)).toEqual(['F3Function']);
  });

  it('without nested change sets, the new templates say where the resource went', () => {
    const changes = deepFreeze([change({}), change({ logicalId: 'Gone' })]);
    const layout = new Map([['F3Function', 'Functions07']]);
    expect(movedResources(changes, layout).map((c) => c.logicalId)).toEqual(['F3Function']);
    // Removed from a nested stack and still in that nested stack: replaced, not moved.
    expect(movedResources([change({ nestedStack: 'Functions07' })], layout)).toEqual([]);
    expect(() => assertNoMoves(changes, layout)).toThrow(
      /moves 1 resource of 1 config entry \(F3Function\) between stacks/,
    );
    expect(() => assertNoMoves(changes)).not.toThrow();
  });

  it('layoutOf places every resource: the stack itself, or its nested stack by name', () => {
    const stack = deepFreeze({
      template: { Resources: { Table: { Type: 'AWS::DynamoDB::Table' } } },
      origins: { NestedA: { kind: 'nested-stack', key: 'Functions07', path: 'lambda_config' } },
      nested: [
        {
          logicalId: 'NestedA',
          templateFile: '/x.json',
          template: { Resources: { F3Function: { Type: 'AWS::Lambda::Function' } } },
        },
      ],
    });
    expect([...layoutOf(stack)]).toEqual([
      ['Table', ''],
      ['F3Function', 'Functions07'],
    ]);
    // Back from a nested stack into the stack itself: a move too.
    expect(
      movedResources([change({ logicalId: 'Table', nestedStack: 'Functions07' })], layoutOf(stack)),
    ).toHaveLength(1);
  });
});
