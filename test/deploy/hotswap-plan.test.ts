// The pure code-only check behind deploy --hotswap: what swaps, what falls back, and why.
import { planHotswap } from '../../src/deploy/hotswap-plan';
import type { CfnTemplate } from '../../src/synth/types';

const fn = (key: string, memory = 128) => ({
  Type: 'AWS::Lambda::Function',
  Properties: {
    Code: { S3Bucket: { 'Fn::Sub': 'bucket-${AWS::AccountId}' }, S3Key: key },
    MemorySize: memory,
  },
});
const template = (resources: Record<string, unknown>, description = 'd1'): CfnTemplate =>
  Object.freeze({ Description: description, Resources: resources }) as unknown as CfnTemplate;

describe('planHotswap', () => {
  it('swaps a function whose code alone changed (the Description does not count)', () => {
    expect(
      planHotswap(template({ F: fn('assets/a.zip') }), template({ F: fn('assets/b.zip') }, 'd2')),
    ).toEqual({
      kind: 'hotswap',
      updates: [
        {
          logicalId: 'F',
          bucket: 'bucket-${AWS::AccountId}',
          key: 'assets/b.zip',
          previousKey: 'assets/a.zip',
        },
      ],
    });
  });

  it('falls back, naming the reason, for anything else', () => {
    expect(planHotswap(template({ F: fn('a') }), template({ F: fn('b', 256) }))).toMatchObject({
      kind: 'fallback',
      reason: 'F changes more than its code (MemorySize)',
    });
    expect(
      planHotswap(template({ F: fn('a') }), template({ F: fn('a'), G: fn('g') })),
    ).toMatchObject({ kind: 'fallback', reason: 'resources are added or removed (G)' });
    expect(
      planHotswap(
        template({ T: { Type: 'AWS::SQS::Queue', Properties: { A: 1 } } }),
        template({ T: { Type: 'AWS::SQS::Queue', Properties: { A: 2 } } }),
      ),
    ).toMatchObject({ kind: 'fallback', reason: 'T (AWS::SQS::Queue) changes A' });
    expect(planHotswap(template({ F: fn('a') }), template({ F: fn('a') }))).toMatchObject({
      kind: 'fallback',
      unchanged: true,
    });
  });

  describe('with versions and a live alias', () => {
    const version = { Type: 'AWS::Lambda::Version', Properties: { FunctionName: { Ref: 'F' } } };
    const alias = (versionId: string, updatePolicy?: object) => ({
      Type: 'AWS::Lambda::Alias',
      Properties: {
        FunctionName: { Ref: 'F' },
        FunctionVersion: { 'Fn::GetAtt': [versionId, 'Version'] },
        Name: 'live',
      },
      ...(updatePolicy && { UpdatePolicy: updatePolicy }),
    });
    const codeDeploy = {
      CodeDeployLambdaAliasUpdate: { ApplicationName: 'a', DeploymentGroupName: 'g' },
    };

    it('takes a new version of new code for the hotswap itself, and moves the alias', () => {
      const before = template({ F: fn('a'), FVersionAAA: version, FAlias: alias('FVersionAAA') });
      const after = template({ F: fn('b'), FVersionBBB: version, FAlias: alias('FVersionBBB') });
      expect(planHotswap(before, after)).toEqual({
        kind: 'hotswap',
        updates: [expect.objectContaining({ logicalId: 'F', key: 'b', alias: 'live' })],
      });
    });

    it('falls back for a function CodeDeploy shifts traffic for, saying why', () => {
      const before = template({
        F: fn('a'),
        FVersionAAA: version,
        FAlias: alias('FVersionAAA', codeDeploy),
      });
      const after = template({
        F: fn('b'),
        FVersionBBB: version,
        FAlias: alias('FVersionBBB', codeDeploy),
      });
      expect(planHotswap(before, after)).toEqual({
        kind: 'fallback',
        reason: expect.stringMatching(/^F shifts traffic through CodeDeploy.*gradual rollout/),
      });
    });

    it('still sees an alias that changes more than its version', () => {
      const before = template({ F: fn('a'), FVersionAAA: version, FAlias: alias('FVersionAAA') });
      const moved = alias('FVersionBBB');
      const after = template({
        F: fn('b'),
        FVersionBBB: version,
        FAlias: { ...moved, Properties: { ...moved.Properties, Description: 'new' } },
      });
      expect(planHotswap(before, after)).toMatchObject({
        kind: 'fallback',
        reason: 'FAlias (AWS::Lambda::Alias) changes Description',
      });
    });
  });
});
