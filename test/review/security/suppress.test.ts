import { applySuppressions } from '../../../src/review/security/suppress';
import { findSecurityIssues, sortFindings } from '../../../src/review/security';
import type { Finding } from '../../../src/review/types';
import { contextOf, fakeLoaded, fn, origin } from '../support/context';

const finding = (
  rule: string,
  resource: string,
  severity: Finding['severity'] = 'medium',
): Finding => ({
  rule,
  severity,
  resource,
  logicalId: `${resource}Id`,
  message: 'm',
});

describe('applySuppressions', () => {
  it('marks a matching finding suppressed with the reason', () => {
    const { findings, warnings } = applySuppressions(
      [finding('SA-ROUTE-NO-AUTH', 'health'), finding('SA-ROUTE-NO-AUTH', 'users')],
      [{ rule: 'SA-ROUTE-NO-AUTH', resource: 'health', reason: 'public health check' }],
    );
    expect(findings[0]!.suppressed).toEqual({ reason: 'public health check' });
    expect(findings[1]!.suppressed).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('matches by logical id, "*", and a pack rule id without its [detail]', () => {
    const { findings } = applySuppressions(
      [
        finding('AwsSolutions-IAM4[Policy::x]', 'api'),
        finding('SA-TLS-ONLY', 'q'),
        finding('SA-LOG-RETENTION', 'x'),
      ],
      [
        { rule: 'AwsSolutions-IAM4', resource: 'api', reason: 'basic execution role is fine' },
        { rule: 'SA-TLS-ONLY', resource: '*', reason: 'internal only' },
        { rule: 'SA-LOG-RETENTION', resource: 'xId', reason: 'kept for audit' },
      ],
    );
    expect(findings.every((f) => f.suppressed !== undefined)).toBe(true);
  });

  it('warns about a suppression that matches nothing', () => {
    const { warnings } = applySuppressions(
      [finding('SA-TLS-ONLY', 'q')],
      [{ rule: 'SA-SECRET-ENV', resource: 'nope', reason: 'old' }],
    );
    expect(warnings).toEqual([
      expect.stringContaining(
        'suppressions[0] (rule SA-SECRET-ENV, resource nope) matches no finding',
      ),
    ]);
  });
});

describe('findSecurityIssues', () => {
  it('applies the config suppressions to our rules and sorts worst first, suppressed last', () => {
    const loaded = fakeLoaded(
      {},
      {
        suppressions: [
          { rule: 'SA-RUNTIME-DEPRECATED', resource: 'api', reason: 'migrating in Q1' },
        ],
      },
    );
    const { findings, warnings } = findSecurityIssues(
      contextOf(
        {
          Api: fn({
            Runtime: 'nodejs18.x',
            Environment: { Variables: { API_KEY: 'AKIAIOSFODNN7EXAMPLE' } },
          }),
        },
        { Api: origin('function', 'api', 'lambda_config.api') },
        { loaded },
      ),
      { nag: false },
    );
    expect(findings.map((f) => [f.rule, f.suppressed?.reason])).toEqual([
      ['SA-SECRET-ENV', undefined],
      ['SA-RUNTIME-DEPRECATED', 'migrating in Q1'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('sorts by severity', () => {
    expect(
      sortFindings([finding('B', 'x', 'low'), finding('A', 'x', 'critical')]).map((f) => f.rule),
    ).toEqual(['A', 'B']);
  });
});
