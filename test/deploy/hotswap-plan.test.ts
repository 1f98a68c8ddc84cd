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
});
