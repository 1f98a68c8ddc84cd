// CORS for REST APIs: OPTIONS answered by API Gateway itself (MOCK), so browsers get their
// preflight answer without invoking a function, and API Gateway's own error answers (4XX/5XX
// gateway responses: a missing key, a failed authorizer, a body that fails its model) carry
// the same headers, so the browser shows the error instead of a CORS failure.
import { CfnGatewayResponse, CfnMethod } from './l1/aws-apigateway';
import type { ApiGatewayConfig } from '../config/schema';
import { API_ORIGIN } from './api-common';
import type { ApiRoute } from './api-routes';
import { markOrigin, type SynthContext } from './context';

type Cors = NonNullable<ApiGatewayConfig['cors_configuration']>;

const DEFAULT_HEADERS = ['Content-Type', 'Authorization'];
const DEFAULT_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

const quoted = (values: readonly string[]) => `'${values.join(',')}'`;

/** `["*"]` or nothing: any origin. Otherwise the listed origins, each answered as itself. */
function origins(cors: Cors): readonly string[] {
  const list = cors.allow_origins ?? [];
  return list.length === 0 || list.includes('*') ? ['*'] : list;
}

/** The CORS headers every answer carries, except Allow-Origin (which depends on the request). */
function commonHeaders(cors: Cors): Record<string, string> {
  return {
    'Access-Control-Allow-Headers': quoted(
      cors.allow_headers?.length ? cors.allow_headers : DEFAULT_HEADERS,
    ),
    'Access-Control-Allow-Methods': quoted(
      cors.allow_methods?.length ? cors.allow_methods : DEFAULT_METHODS,
    ),
    ...(cors.expose_headers?.length && {
      'Access-Control-Expose-Headers': quoted(cors.expose_headers),
    }),
    ...(cors.allow_credentials && { 'Access-Control-Allow-Credentials': "'true'" }),
    ...(origins(cors).length > 1 && { Vary: "'Origin'" }),
  };
}

/**
 * With several origins, a static header can name only one: the integration response echoes
 * the request's Origin when it is on the list (the way aws-cdk's RestApi does it).
 */
export function originOverrideTemplate(allowed: readonly string[]): string {
  const test = allowed.map((o) => `$origin == "${o.replace(/"/g, '')}"`).join(' || ');
  return [
    '#set($origin = $input.params().header.get("Origin"))',
    '#if($origin == "")#set($origin = $input.params().header.get("origin"))#end',
    `#if(${test})`,
    '#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)',
    '#end',
  ].join('\n');
}

/** OPTIONS answered by API Gateway itself (MOCK) on every path that has routes. */
export function addCorsPreflight(
  context: SynthContext,
  api: ApiGatewayConfig,
  apiId: string,
  routes: readonly ApiRoute[],
  resourceFor: (path: string) => string,
): CfnMethod[] {
  const cors = api.cors_configuration!;
  const allowed = origins(cors);
  const headers = Object.fromEntries(
    Object.entries({
      ...commonHeaders(cors),
      'Access-Control-Allow-Origin': `'${allowed[0]!}'`,
      ...(cors.max_age !== undefined && { 'Access-Control-Max-Age': `'${cors.max_age}'` }),
    }).map(([name, value]) => [`method.response.header.${name}`, value]),
  );
  const paths = [
    ...new Set(routes.filter((r) => r.method !== 'OPTIONS').map((r) => r.path ?? '/')),
  ];
  const explicit = new Set(routes.filter((r) => r.method === 'OPTIONS').map((r) => r.path));
  return paths
    .filter((path) => !explicit.has(path))
    .map((path) => {
      const method = new CfnMethod(
        // Beside its path's resource: in the path's nested stack when the stack is split.
        context.pathScopeOf(path),
        context.ids.of(`cors-${path}`, 'Preflight'),
        {
          restApiId: apiId,
          resourceId: resourceFor(path),
          httpMethod: 'OPTIONS',
          authorizationType: 'NONE',
          integration: {
            type: 'MOCK',
            requestTemplates: { 'application/json': '{"statusCode": 204}' },
            integrationResponses: [
              {
                statusCode: '204',
                responseParameters: headers,
                ...(allowed.length > 1 && {
                  responseTemplates: { 'application/json': originOverrideTemplate(allowed) },
                }),
              },
            ],
          },
          methodResponses: [
            {
              statusCode: '204',
              responseParameters: Object.fromEntries(Object.keys(headers).map((h) => [h, true])),
            },
          ],
        },
      );
      markOrigin(method, {
        kind: 'cors',
        ...API_ORIGIN,
        path: 'api_gateway_config.cors_configuration',
      });
      return method;
    });
}

/**
 * API Gateway's own 4XX and 5XX answers with the CORS headers. A gateway response cannot
 * test the origin against a list: with several origins it echoes the request's Origin, which
 * exposes only API Gateway's own error messages (never a function's data) to other origins.
 */
export function addCorsGatewayResponses(
  context: SynthContext,
  api: ApiGatewayConfig,
  apiId: string,
): CfnGatewayResponse[] {
  const cors = api.cors_configuration!;
  const allowed = origins(cors);
  const responseParameters = Object.fromEntries(
    Object.entries({
      ...commonHeaders(cors),
      'Access-Control-Allow-Origin':
        allowed.length > 1 ? 'method.request.header.origin' : `'${allowed[0]!}'`,
    }).map(([name, value]) => [`gatewayresponse.header.${name}`, value]),
  );
  return (['DEFAULT_4XX', 'DEFAULT_5XX'] as const).map((type) => {
    const response = new CfnGatewayResponse(
      context.stack,
      context.ids.of(`cors-${type}`, 'GatewayResponse'),
      { restApiId: apiId, responseType: type, responseParameters },
    );
    markOrigin(response, {
      kind: 'gateway-response',
      ...API_ORIGIN,
      path: 'api_gateway_config.cors_configuration',
    });
    return response;
  });
}
