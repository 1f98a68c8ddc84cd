// The plan/apply flags on the command line (no AWS).
import { parseCli } from '../../src/cli';

describe('plan/apply flags', () => {
  it('plan --out is the plan directory; the assembly stays in a scratch directory', () => {
    const { options } = parseCli(['plan', '--out', 'plan-prod', '-e', 'prod']);
    expect(options).toMatchObject({ planOut: 'plan-prod', out: 'cdk.out', environment: 'prod' });
  });

  it('deploy --plan DIR and --allow-rollback', () => {
    const { options } = parseCli(['deploy', '--plan', 'plan-prod', '--allow-rollback']);
    expect(options).toMatchObject({ plan: 'plan-prod', allowRollback: true });
    expect(parseCli(['deploy']).options.allowRollback).toBeUndefined();
  });

  it('--plan belongs to deploy only', () => {
    expect(() => parseCli(['plan', '--plan', 'x'])).toThrow(/--plan is for deploy/);
  });

  it('synth --out is still the assembly directory', () => {
    const { options } = parseCli(['synth', '--out', 'build']);
    expect(options.out).toBe('build');
    expect(options.planOut).toBeUndefined();
  });
});
