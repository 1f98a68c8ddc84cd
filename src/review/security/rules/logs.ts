// SA-LOG-RETENTION: logs kept forever. Lambda creates /aws/lambda/<name> on first run with no
// expiry when the stack does not own that log group; explicit groups without RetentionInDays
// never expire either. Both grow cost and keep personal data longer than anyone decided.
import { asArray, prop, referencedIds, resourcesOfType } from '../../template';
import { findingFor, type RuleContext, type SecurityRule } from '../rule';
import type { Finding } from '../../types';

const FIX =
  'Set log_retention_in_days on the function (or monitoring.log_retention_in_days for every log group), e.g. 30.';

export const logRetention: SecurityRule = {
  id: 'SA-LOG-RETENTION',
  title: 'Log group without retention',
  severity: 'low',
  help: 'CloudWatch log groups without a retention period keep every log line forever, at $0.03 per GB-month, including any personal data logged.',
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const groups = resourcesOfType(context.template, 'AWS::Logs::LogGroup', context.origins);
    for (const group of groups) {
      if (group.properties['RetentionInDays'] !== undefined) continue;
      findings.push(
        findingFor(context, this, group, {
          message: 'log group has no retention: its logs are kept forever',
          fix: FIX,
          subPath: ['log_retention_in_days'],
        }),
      );
    }
    for (const fn of resourcesOfType(context.template, 'AWS::Lambda::Function', context.origins)) {
      if (hasOwnLogGroup(fn.logicalId, fn.properties, groups)) continue;
      findings.push(
        findingFor(context, this, fn, {
          message:
            'the function has no log group in the stack: Lambda creates one on first run that never expires and outlives the stack',
          fix: FIX,
          subPath: ['log_retention_in_days'],
        }),
      );
    }
    return findings;
  },
};

function hasOwnLogGroup(
  logicalId: string,
  properties: Readonly<Record<string, unknown>>,
  groups: readonly { readonly properties: Readonly<Record<string, unknown>> }[],
): boolean {
  if (prop(properties, 'LoggingConfig', 'LogGroup') !== undefined) return true;
  const name = properties['FunctionName'];
  return groups.some((g) => {
    const groupName = g.properties['LogGroupName'];
    if (typeof name === 'string' && groupName === `/aws/lambda/${name}`) return true;
    // `/aws/lambda/${Fn}` built with Join or Sub from the function's Ref.
    return referencedIds(asArray(groupName)).has(logicalId);
  });
}
