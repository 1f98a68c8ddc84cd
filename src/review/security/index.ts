// findSecurityIssues: our rules plus the cdk-nag packs, suppressions applied, worst first.
import { errorMessage } from '../../errors';
import { SEVERITIES, type Finding } from '../types';
import { applySuppressions } from './suppress';
import { deadLetterIds, mapNagViolations } from './nag';
import { runNagRules } from './nag-tree';
import type { RuleContext, SecurityRule } from './rule';
import { corsAnyOrigin } from './rules/cors';
import { eventSourceWithoutDlq } from './rules/dead-letters';
import { rolesWithoutBoundary } from './rules/boundary';
import { iamWildcard } from './rules/iam';
import { logRetention } from './rules/logs';
import { messagingEncryption, tlsOnly } from './rules/messaging';
import { routeWithoutAuthorizer } from './rules/routes';
import { deprecatedRuntime } from './rules/runtime';
import { secretsInEnvironment } from './rules/secrets';
import { apiThrottling } from './rules/throttling';

export const OUR_RULES: readonly SecurityRule[] = [
  secretsInEnvironment,
  corsAnyOrigin,
  routeWithoutAuthorizer,
  iamWildcard,
  rolesWithoutBoundary,
  deprecatedRuntime,
  messagingEncryption,
  tlsOnly,
  eventSourceWithoutDlq,
  apiThrottling,
  logRetention,
];

export interface SecurityOptions {
  /** Run the cdk-nag packs too (default true; the pure rules alone for fast unit tests). */
  readonly nag?: boolean;
}

export function findSecurityIssues(
  context: RuleContext,
  options: SecurityOptions = {},
): { findings: Finding[]; warnings: string[] } {
  const ours = OUR_RULES.flatMap((rule) => rule.check(context));
  const nagWarnings: string[] = [];
  let nag: Finding[] = [];
  if (options.nag !== false && !context.tree) {
    nagWarnings.push(
      'cdk-nag needs the constructs synth built, and this review has only a template; its findings are missing',
    );
  } else if (options.nag !== false && context.tree) {
    try {
      nag = mapNagViolations(runNagRules(context.tree), {
        ...context,
        deadLetterIds: deadLetterIds(context.template),
      });
    } catch (error) {
      // Our own rules still stand; say plainly that the packs did not run.
      nagWarnings.push(
        `cdk-nag could not check the stack (${errorMessage(error)}); its findings are missing`,
      );
    }
  }
  const { findings, warnings } = applySuppressions(
    [...ours, ...nag],
    context.loaded?.config.suppressions ?? [],
  );
  return { findings: sortFindings(findings), warnings: [...nagWarnings, ...warnings] };
}

/** Unsuppressed before suppressed, then by severity, rule and resource. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding): number =>
    (f.suppressed ? SEVERITIES.length : 0) + SEVERITIES.indexOf(f.severity);
  return [...findings].sort(
    (a, b) =>
      rank(a) - rank(b) || a.rule.localeCompare(b.rule) || a.resource.localeCompare(b.resource),
  );
}

export type { RuleContext, SecurityRule } from './rule';
