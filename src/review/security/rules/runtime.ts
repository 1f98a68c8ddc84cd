// SA-RUNTIME-DEPRECATED: runtimes AWS no longer patches (and soon blocks updating), and a
// heads-up for those deprecating within 90 days.
import { RUNTIMES, isDeprecated } from '../../../config/runtimes';
import { resourcesOfType } from '../../template';
import { findingFor, type RuleContext, type SecurityRule } from '../rule';
import type { Finding } from '../../types';

const SOON_DAYS = 90;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** The newest runtime of the same family that AWS has not scheduled for deprecation. */
function replacementFor(runtime: string): string | undefined {
  const family = RUNTIMES[runtime]?.family;
  return Object.entries(RUNTIMES).find(
    ([, info]) => info.family === family && info.deprecated === undefined,
  )?.[0];
}

export const deprecatedRuntime: SecurityRule = {
  id: 'SA-RUNTIME-DEPRECATED',
  title: 'Deprecated Lambda runtime',
  severity: 'high',
  help: 'AWS stops security patches for a runtime on its deprecation date and later blocks creating and updating functions that use it.',
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const fn of resourcesOfType(context.template, 'AWS::Lambda::Function', context.origins)) {
      const runtime = fn.properties['Runtime'];
      if (typeof runtime !== 'string') continue;
      const date = RUNTIMES[runtime]?.deprecated;
      if (date === undefined) continue;
      const upgrade = replacementFor(runtime);
      const fix = `Change runtime to ${upgrade ?? 'a supported runtime'} and test the function on it.`;
      if (isDeprecated(runtime, context.today)) {
        findings.push(
          findingFor(context, this, fn, {
            message: `runtime ${runtime} was deprecated on ${date}: it gets no security patches`,
            fix,
            subPath: ['runtime'],
          }),
        );
      } else if (daysBetween(context.today, date) <= SOON_DAYS) {
        findings.push(
          findingFor(context, this, fn, {
            severity: 'low',
            message: `runtime ${runtime} is deprecated on ${date} (in ${daysBetween(context.today, date)} days)`,
            fix,
            subPath: ['runtime'],
          }),
        );
      }
    }
    return findings;
  },
};
