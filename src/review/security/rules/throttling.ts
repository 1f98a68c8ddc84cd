// SA-API-THROTTLING: an API limited only by the account-wide default (10,000 requests/s) lets
// one client run up the Lambda and DynamoDB bill, or starve every other API in the account.
import { asArray, prop, referencedId, resourcesOfType } from '../../template';
import { findingFor, type RuleContext, type SecurityRule } from '../rule';
import type { Finding } from '../../types';

const FIX =
  'Set api_gateway_config.throttling_rate_limit and throttling_burst_limit to what the backend can serve (or a usage_plan for REST APIs).';

export const apiThrottling: SecurityRule = {
  id: 'SA-API-THROTTLING',
  title: 'API without throttling',
  severity: 'medium',
  help: 'Without stage throttling only the account-level limit applies, shared by every API in the account and region.',
  check(context: RuleContext): Finding[] {
    const { template } = context;
    const findings: Finding[] = [];
    const throttledApis = new Set<string>();
    for (const stage of resourcesOfType(template, 'AWS::ApiGatewayV2::Stage')) {
      const settings = stage.properties['DefaultRouteSettings'];
      if (
        prop(settings, 'ThrottlingRateLimit') !== undefined ||
        prop(settings, 'ThrottlingBurstLimit') !== undefined
      ) {
        const api = referencedId(stage.properties['ApiId']);
        if (api) throttledApis.add(api);
      }
    }
    for (const stage of resourcesOfType(template, 'AWS::ApiGateway::Stage')) {
      const throttled = asArray(stage.properties['MethodSettings']).some(
        (s) =>
          prop(s, 'ThrottlingRateLimit') !== undefined ||
          prop(s, 'ThrottlingBurstLimit') !== undefined,
      );
      const api = referencedId(stage.properties['RestApiId']);
      if (throttled && api) throttledApis.add(api);
    }
    for (const plan of resourcesOfType(template, 'AWS::ApiGateway::UsagePlan')) {
      if (prop(plan.properties, 'Throttle') === undefined) continue;
      for (const stage of asArray(plan.properties['ApiStages'])) {
        const api = referencedId(prop(stage, 'ApiId'));
        if (api) throttledApis.add(api);
      }
    }
    const apis = resourcesOfType(
      template,
      ['AWS::ApiGatewayV2::Api', 'AWS::ApiGateway::RestApi'],
      context.origins,
    );
    for (const api of apis) {
      if (throttledApis.has(api.logicalId)) continue;
      findings.push(
        findingFor(context, this, api, {
          message:
            'the API has no throttling: only the account-wide limit (10,000 requests/s shared by all APIs) applies',
          fix: FIX,
        }),
      );
    }
    return findings;
  },
};
