// What deploy knows of nested stacks without asking AWS: which assets are their templates,
// what a report calls them, and that hotswap leaves a nested stack to the change set.
import { runHotswap } from '../../src/deploy/hotswap';
import {
  hasNestedStacks,
  nestedStackName,
  qualifiedId,
  splitAssets,
} from '../../src/deploy/nested';
import { loadDeployInputs } from '../../src/deploy/run-plan';
import { deepFreeze } from '../support/deep-freeze';
import { fakeDeps, scriptedCloudFormation } from './fakes';
import { F21, F36, nestedDeployable } from './nested-fakes';

describe('nested stacks in deploy', () => {
  it('tells the nested templates apart from code; the digest covers them by content', async () => {
    const stack = nestedDeployable();
    const inputs = await loadDeployInputs(stack);
    expect(inputs.code).toEqual([]);
    expect(inputs.nested.map((n) => [n.logicalId, n.asset.id])).toEqual([
      [F36, 'a36'],
      [F21, 'a21'],
    ]);
    const changed = nestedDeployable('/aws/lambda/big-dev-f8-v2');
    expect((await loadDeployInputs(changed)).digest).not.toBe(inputs.digest);
  });

  it('splits without changing its inputs, and refuses a nested template the manifest lacks', () => {
    const asset = (id: string, sourcePath: string) => ({
      id,
      sourcePath,
      packaging: 'file' as const,
      bucketName: 'b',
      objectKey: `${id}.json`,
      isTemplate: false,
    });
    const assets = deepFreeze([asset('code', '/a/asset.1'), asset('n1', '/a/n1.json')]);
    const nested = deepFreeze([
      { logicalId: 'N1', templateFile: '/a/n1.json', template: { Resources: {} } },
    ]);
    const split = splitAssets(assets, nested);
    expect(split.code.map((a) => a.id)).toEqual(['code']);
    expect(split.templates.map((t) => [t.logicalId, t.asset.id])).toEqual([['N1', 'n1']]);
    expect(() =>
      splitAssets(assets, [
        { logicalId: 'N2', templateFile: '/a/n2.json', template: { Resources: {} } },
      ]),
    ).toThrow(/no entry for the nested template \/a\/n2\.json/);
  });

  it('names a nested stack by its group and a change by its stack', () => {
    const stack = nestedDeployable();
    expect(hasNestedStacks(stack.template)).toBe(true);
    expect(hasNestedStacks({ Resources: { T: { Type: 'AWS::DynamoDB::Table' } } })).toBe(false);
    expect(nestedStackName(F36, stack.origins)).toBe('Functions36');
    expect(nestedStackName('Unknown', stack.origins)).toBe('Unknown');
    expect(qualifiedId({ logicalId: 'F3Function', nestedStack: 'Functions36' })).toBe(
      'Functions36/F3Function',
    );
    expect(qualifiedId({ logicalId: 'T0Table' })).toBe('T0Table');
  });

  it('hotswap falls back to a change set, saying why, before any AWS call', async () => {
    const cfn = scriptedCloudFormation({});
    const deps = fakeDeps(cfn);
    const lambda = { send: () => Promise.reject(new Error('no Lambda call expected')) } as never;
    const outcome = await runHotswap(
      nestedDeployable(),
      { ...deps, clients: { ...deps.clients, lambda } },
      { force: true },
    );
    expect(outcome).toEqual({
      kind: 'fallback',
      reason:
        'big-dev keeps its functions in nested stacks (more than 500 resources), which hotswap does not reach into',
    });
    expect(cfn.calls).toEqual([]);
  });
});
