import { deprecatedRuntime } from '../../../src/review/security/rules/runtime';
import { contextOf, fakeLoaded, fn, origin } from '../support/context';

const check = (runtime: string, today = '2026-11-28') =>
  deprecatedRuntime.check(
    contextOf(
      { Api: fn({ Runtime: runtime }) },
      { Api: origin('function', 'api', 'lambda_config.api') },
      {
        today,
        loaded: fakeLoaded({ 'lambda_config.api': 4, 'lambda_config.api.runtime': 5 }),
      },
    ),
  );

describe('SA-RUNTIME-DEPRECATED', () => {
  it('fires high on nodejs18.x (deprecated 2025-09-01) at the runtime line, suggesting nodejs24.x', () => {
    const [finding] = check('nodejs18.x');
    expect(finding).toMatchObject({ severity: 'high', location: { line: 5 } });
    expect(finding!.message).toContain('2025-09-01');
    expect(finding!.fix).toContain('nodejs24.x');
  });

  it('warns low within 90 days of the date', () => {
    // nodejs22.x: 2027-04-30; 2027-02-01 is 88 days before.
    expect(check('nodejs22.x', '2027-02-01')[0]?.severity).toBe('low');
  });

  it('stays quiet on supported runtimes', () => {
    expect(check('nodejs24.x')).toEqual([]);
    expect(check('nodejs22.x', '2026-11-28')).toEqual([]);
  });
});
