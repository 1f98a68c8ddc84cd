import fc from 'fast-check';
import { deployDigest, digestFromDescription, withDigest } from '../../src/deploy/digest';
import type { CfnTemplate } from '../../src/synth/types';

const template: CfnTemplate = {
  Description: 'demo',
  Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { A: 1, B: 2 } } },
};
const base = { template, parameters: {}, tags: { a: '1', b: '2' }, assetHashes: ['h1', 'h2'] };

describe('deploy digest', () => {
  it('ignores key order and asset order', () => {
    const reordered = {
      template: {
        Resources: { Q: { Properties: { B: 2, A: 1 }, Type: 'AWS::SQS::Queue' } },
        Description: 'demo',
      },
      parameters: {},
      tags: { b: '2', a: '1' },
      assetHashes: ['h2', 'h1'],
    };
    expect(deployDigest(reordered)).toBe(deployDigest(base));
  });

  it('changes with the template, a tag, a parameter or an asset', () => {
    const digest = deployDigest(base);
    expect(deployDigest({ ...base, tags: { a: '1', b: '3' } })).not.toBe(digest);
    expect(deployDigest({ ...base, parameters: { P: 'x' } })).not.toBe(digest);
    expect(deployDigest({ ...base, assetHashes: ['h1', 'h3'] })).not.toBe(digest);
    expect(deployDigest({ ...base, template: { ...template, Description: 'other' } })).not.toBe(
      digest,
    );
  });

  it('covers each nested template by content and logical id; none leaves the digest as before', () => {
    const digest = deployDigest(base);
    expect(deployDigest({ ...base, nested: [] })).toBe(digest);
    const nested = [
      { logicalId: 'Functions07', template },
      { logicalId: 'Functions12', template: { Resources: {} } },
    ];
    const withNested = deployDigest({ ...base, nested });
    expect(withNested).not.toBe(digest);
    expect(deployDigest({ ...base, nested: [...nested].reverse() })).toBe(withNested);
    expect(
      deployDigest({
        ...base,
        nested: [
          nested[0]!,
          { logicalId: 'Functions12', template: { Resources: { Q: template.Resources['Q']! } } },
        ],
      }),
    ).not.toBe(withNested);
    expect(
      deployDigest({ ...base, nested: [nested[0]!, { ...nested[1]!, logicalId: 'Functions13' }] }),
    ).not.toBe(withNested);
  });

  it('round-trips through the Description within 1,024 characters', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 2000 }), { nil: undefined }), (description) => {
        const digest = deployDigest(base);
        const sent = withDigest(
          { ...template, ...(description !== undefined && { Description: description }) },
          digest,
        );
        expect(sent.Description!.length).toBeLessThanOrEqual(1024);
        expect(digestFromDescription(sent.Description)).toBe(digest);
      }),
    );
  });

  it('reads nothing from a foreign description', () => {
    expect(digestFromDescription('a stack made by hand')).toBeUndefined();
    expect(digestFromDescription(undefined)).toBeUndefined();
  });
});
