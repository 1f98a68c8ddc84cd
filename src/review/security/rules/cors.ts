// SA-CORS-ANY-ORIGIN: an API that lets any web page call it from a browser. With credentials
// allowed too, any site a signed-in user visits can act as that user.
import { asArray, isRecord, isTrue, prop, resourcesOfType } from '../../template';
import { findingFor, type RuleContext, type SecurityRule } from '../rule';
import type { Finding } from '../../types';

const FIX =
  'List the exact origins in api_gateway_config.cors_configuration.allow_origins (e.g. "https://app.example.com") instead of "*".';

export const corsAnyOrigin: SecurityRule = {
  id: 'SA-CORS-ANY-ORIGIN',
  title: 'CORS allows any origin',
  severity: 'medium',
  help: 'Access-Control-Allow-Origin "*" lets scripts on every web site read the API\'s responses from a visitor\'s browser.',
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const api of resourcesOfType(
      context.template,
      'AWS::ApiGatewayV2::Api',
      context.origins,
    )) {
      const cors = api.properties['CorsConfiguration'];
      if (!isRecord(cors) || !asArray(cors['AllowOrigins']).includes('*')) continue;
      const credentials = isTrue(cors['AllowCredentials']);
      findings.push(
        findingFor(context, this, api, {
          severity: credentials ? 'high' : 'medium',
          message: credentials
            ? 'CORS allows any origin ("*") together with credentials: any web site can call the API as the signed-in user'
            : 'CORS allows any origin ("*"): any web site can call the API from a visitor\'s browser',
          fix: FIX,
          subPath: ['cors_configuration', 'allow_origins'],
        }),
      );
    }
    // REST APIs answer CORS from their OPTIONS mock integrations and gateway responses.
    const restMethods = resourcesOfType(
      context.template,
      'AWS::ApiGateway::Method',
      context.origins,
    );
    const reported = new Set<string>();
    for (const method of restMethods) {
      const responses = asArray(prop(method.properties, 'Integration', 'IntegrationResponses'));
      const anyOrigin = responses.some(
        (r) =>
          prop(r, 'ResponseParameters', 'method.response.header.Access-Control-Allow-Origin') ===
          "'*'",
      );
      const key = method.origin?.key ?? method.logicalId;
      if (!anyOrigin || reported.has(key)) continue;
      reported.add(key);
      findings.push(
        findingFor(context, this, method, {
          message:
            'CORS allows any origin ("*"): any web site can call the API from a visitor\'s browser',
          fix: FIX,
        }),
      );
    }
    return findings;
  },
};
