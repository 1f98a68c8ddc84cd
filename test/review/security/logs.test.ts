import { logRetention } from '../../../src/review/security/rules/logs';
import { contextOf, fn } from '../support/context';

describe('SA-LOG-RETENTION', () => {
  it('fires on a log group without RetentionInDays', () => {
    const findings = logRetention.check(
      contextOf({ Fn: fn(), Logs: { Type: 'AWS::Logs::LogGroup', Properties: {} } }),
    );
    expect(findings.map((f) => f.logicalId)).toEqual(['Logs']);
  });

  it('fires on a function with no log group in the stack (implicit, never expires)', () => {
    const bare = fn();
    delete (bare.Properties as Record<string, unknown>)['LoggingConfig'];
    const findings = logRetention.check(contextOf({ Fn: bare }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('never expires');
  });

  it('stays quiet with retention, via LoggingConfig or a /aws/lambda/<name> group', () => {
    expect(
      logRetention.check(
        contextOf({
          Fn: fn(),
          Logs: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } },
        }),
      ),
    ).toEqual([]);
    const named = fn({ FunctionName: 'shop-api' });
    delete (named.Properties as Record<string, unknown>)['LoggingConfig'];
    const joined = fn();
    delete (joined.Properties as Record<string, unknown>)['LoggingConfig'];
    expect(
      logRetention.check(
        contextOf({
          Named: named,
          NamedLogs: {
            Type: 'AWS::Logs::LogGroup',
            Properties: { LogGroupName: '/aws/lambda/shop-api', RetentionInDays: 7 },
          },
          Joined: joined,
          JoinedLogs: {
            Type: 'AWS::Logs::LogGroup',
            Properties: {
              LogGroupName: { 'Fn::Join': ['', ['/aws/lambda/', { Ref: 'Joined' }]] },
              RetentionInDays: 7,
            },
          },
        }),
      ),
    ).toEqual([]);
  });
});
