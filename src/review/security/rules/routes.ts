// SA-ROUTE-NO-AUTH: a route anyone on the internet can call. Fine for a public endpoint,
// which is why this is medium and suppressible, but it should be a decision, not a default.
import {
  asString,
  isTrue,
  referencedId,
  resourcesOfType,
  type TemplateResource,
} from '../../template';
import { findingFor, type RuleContext, type SecurityRule } from '../rule';
import type { Finding } from '../../types';

/** WebSocket routes after $connect ride on the connection $connect authorized. */
const WEBSOCKET_UNAUTHORIZABLE = new Set(['$disconnect', '$default']);

function isOpen(authorizationType: unknown): boolean {
  return authorizationType === undefined || authorizationType === 'NONE';
}

export const routeWithoutAuthorizer: SecurityRule = {
  id: 'SA-ROUTE-NO-AUTH',
  title: 'API route without an authorizer',
  severity: 'medium',
  help: 'Routes without JWT, Cognito, IAM or Lambda authorization (or a REST API key) can be called by anyone who finds the URL.',
  check(context: RuleContext): Finding[] {
    const apis = new Map(
      resourcesOfType(context.template, 'AWS::ApiGatewayV2::Api').map((a) => [
        a.logicalId,
        a.properties['ProtocolType'],
      ]),
    );
    // One finding per config entry listing its open routes: one suppression covers them.
    const open = new Map<string, { first: TemplateResource; routes: string[] }>();
    const report = (r: TemplateResource, route: string): void => {
      const key = r.origin?.key ?? r.logicalId;
      const entry = open.get(key) ?? { first: r, routes: [] };
      entry.routes.push(route);
      open.set(key, entry);
    };
    for (const route of resourcesOfType(
      context.template,
      'AWS::ApiGatewayV2::Route',
      context.origins,
    )) {
      const key = asString(route.properties['RouteKey']) ?? '';
      const apiId = referencedId(route.properties['ApiId']);
      const protocol = apiId === undefined ? undefined : apis.get(apiId);
      if (protocol === 'WEBSOCKET' && WEBSOCKET_UNAUTHORIZABLE.has(key)) continue;
      if (protocol === 'WEBSOCKET' && key !== '$connect') continue;
      if (isOpen(route.properties['AuthorizationType'])) report(route, key);
    }
    for (const method of resourcesOfType(
      context.template,
      'AWS::ApiGateway::Method',
      context.origins,
    )) {
      const verb = asString(method.properties['HttpMethod']) ?? '';
      // OPTIONS answers CORS preflights, which browsers send without credentials.
      if (verb === 'OPTIONS' || isTrue(method.properties['ApiKeyRequired'])) continue;
      if (isOpen(method.properties['AuthorizationType']))
        report(method, `${verb} (${method.logicalId})`);
    }
    const findings: Finding[] = [];
    for (const { first, routes } of open.values()) {
      const list = routes.map((r) => `"${r}"`).join(', ');
      findings.push(
        findingFor(context, this, first, {
          message:
            routes.length === 1
              ? `route ${list} has no authorizer: anyone can call it`
              : `routes ${list} have no authorizer: anyone can call them`,
          fix: 'Set "authorizer" on the function (or api_gateway_config.default_authorizer) to a JWT, COGNITO, LAMBDA or IAM authorizer; suppress this rule with a reason if the routes are public on purpose.',
          subPath: ['routes'],
        }),
      );
    }
    return findings;
  },
};
