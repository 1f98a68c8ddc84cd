// AWS Lambda: requests, GB-seconds by architecture (tiered), provisioned concurrency, and the
// X-Ray traces an active-tracing function records.
import type { CfnTemplate } from '../../synth/types';
import { asArray, asNumber, prop, referencedId, resourcesOfType } from '../template';
import {
  SECONDS_PER_MONTH,
  isToolingResource,
  usageKey,
  type Charge,
  type CostContext,
} from './charge';
import { formatCount } from './prices';

type Architecture = 'x86_64' | 'arm64';

/** X-Ray's default sampling rule: the first request each second, then 5 % of the rest. */
export function sampledTraces(monthlyRequests: number): number {
  const reservoir = Math.min(monthlyRequests, SECONDS_PER_MONTH);
  return reservoir + 0.05 * (monthlyRequests - reservoir);
}

export function lambdaCharges(template: CfnTemplate, context: CostContext): Charge[] {
  const provisioned = provisionedConcurrency(template);
  const charges: Charge[] = [];
  for (const fn of resourcesOfType(template, 'AWS::Lambda::Function', context.origins)) {
    if (isToolingResource(context, fn.logicalId)) continue;
    const { key } = usageKey(context, fn.logicalId);
    const memoryGb = (asNumber(fn.properties['MemorySize']) ?? 128) / 1024;
    const arch: Architecture =
      asArray(fn.properties['Architectures'])[0] === 'arm64' ? 'arm64' : 'x86_64';
    const usage = context.usage.lambda?.[key];
    const requests = usage?.monthly_requests;
    const durationMs = usage?.request_duration_ms;
    const common = { resource: key, logicalId: fn.logicalId, service: 'AWS Lambda' };
    const hint = `usage.lambda.${key}`;
    const concurrency = provisioned.get(fn.logicalId) ?? 0;

    charges.push({
      ...common,
      priceKey: 'lambda.requests',
      quantity: requests,
      usageBased: true,
      usageHint: `${hint}.monthly_requests`,
    });
    const gbSeconds =
      requests !== undefined && durationMs !== undefined
        ? requests * (durationMs / 1000) * memoryGb
        : undefined;
    charges.push({
      ...common,
      // Invocations served by provisioned environments are billed at the lower duration rate.
      priceKey: concurrency > 0 ? `lambda.provisioned-duration.${arch}` : `lambda.duration.${arch}`,
      quantity: gbSeconds,
      usageBased: true,
      usageHint:
        requests === undefined ? `${hint}.monthly_requests` : `${hint}.request_duration_ms`,
      ...(gbSeconds !== undefined && {
        derivation: `${formatCount(requests!)} x ${durationMs} ms x ${memoryGb} GB`,
      }),
    });
    if (concurrency > 0) {
      charges.push({
        ...common,
        priceKey: `lambda.provisioned.${arch}`,
        quantity: concurrency * memoryGb * SECONDS_PER_MONTH,
        usageBased: false,
        derivation: `${concurrency} environment${concurrency === 1 ? '' : 's'} x ${memoryGb} GB x 730 h`,
      });
    }
    if (prop(fn.properties, 'TracingConfig', 'Mode') === 'Active') {
      charges.push({
        ...common,
        service: 'AWS X-Ray',
        priceKey: 'xray.traces',
        quantity: requests === undefined ? undefined : sampledTraces(requests),
        usageBased: true,
        usageHint: `${hint}.monthly_requests`,
        // Shown only beside a quantity (priceCharge).
        derivation: 'default sampling: 1/s + 5 % of the rest',
      });
    }
  }
  return charges;
}

/** Function logical id -> provisioned environments, from its aliases and versions. */
function provisionedConcurrency(template: CfnTemplate): Map<string, number> {
  const out = new Map<string, number>();
  const versions = new Map<string, string>();
  for (const version of resourcesOfType(template, 'AWS::Lambda::Version')) {
    const fn = referencedId(version.properties['FunctionName']);
    // Stryker disable next-line ConditionalExpression: an entry without a function only ever leads to no count, as no entry would.
    if (fn) versions.set(version.logicalId, fn);
  }
  for (const r of resourcesOfType(template, ['AWS::Lambda::Alias', 'AWS::Lambda::Version'])) {
    const count = asNumber(
      prop(r.properties, 'ProvisionedConcurrencyConfig', 'ProvisionedConcurrentExecutions'),
    );
    if (!count) continue;
    const target = referencedId(r.properties['FunctionName']);
    const fn = target && versions.has(target) ? versions.get(target) : target;
    // Stryker disable next-line ConditionalExpression: a count under no function is never read.
    if (fn) out.set(fn, (out.get(fn) ?? 0) + count);
  }
  return out;
}
