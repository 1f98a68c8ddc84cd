// The size line synth and the action print.
import { describeSize } from '../../src/synth/size';

describe('describeSize', () => {
  it('counts resources, and nested stacks when there are any', () => {
    expect(describeSize({ resourceCount: 1 })).toBe('1 resource');
    expect(describeSize({ resourceCount: 12, nested: [] })).toBe('12 resources');
    const nested = (n: number) => Array.from({ length: n }, () => ({}) as never);
    expect(describeSize({ resourceCount: 831, nested: nested(37) })).toBe(
      '831 resources (37 nested stacks)',
    );
    expect(describeSize({ resourceCount: 501, nested: nested(1) })).toBe(
      '501 resources (1 nested stack)',
    );
  });
});
