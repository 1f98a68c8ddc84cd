// `suppressions:` in the config move matching findings to "suppressed" (kept, shown as such,
// never silently dropped); a suppression that matches nothing is probably stale or misspelt.
import type { Suppression } from '../../config/schema';
import type { Finding } from '../types';
import { baseRuleId } from './nag';

/** A suppression of `AwsSolutions-IAM5` also covers `AwsSolutions-IAM5[Action::s3:*]`. */
function matches(suppression: Suppression, finding: Finding): boolean {
  const ruleMatches =
    suppression.rule === finding.rule || suppression.rule === baseRuleId(finding.rule);
  const resourceMatches =
    suppression.resource === '*' ||
    suppression.resource === finding.resource ||
    suppression.resource === finding.logicalId;
  return ruleMatches && resourceMatches;
}

export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
): { findings: Finding[]; warnings: string[] } {
  const used = new Set<number>();
  const out = findings.map((finding) => {
    const index = suppressions.findIndex((s) => matches(s, finding));
    if (index === -1) return finding;
    used.add(index);
    return { ...finding, suppressed: { reason: suppressions[index]!.reason } };
  });
  const warnings = suppressions
    .map((s, i) => ({ s, i }))
    .filter(({ i }) => !used.has(i))
    .map(
      ({ s, i }) =>
        `suppressions[${i}] (rule ${s.rule}, resource ${s.resource}) matches no finding; remove it or fix the rule id / resource key`,
    );
  return { findings: out, warnings };
}
