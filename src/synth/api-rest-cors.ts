// CORS preflight for REST APIs: OPTIONS answered by API Gateway itself (MOCK), so browsers
// get their answer without invoking a function.
import { CfnMethod } from './l1/aws-apigateway';
import type { ApiGatewayConfig } from '../config/schema';
import { API_ORIGIN } from './api-common';
import type { ApiRoute } from './api-routes';
import { markOrigin, type SynthContext } from './context';

/** OPTIONS answered by API Gateway itself (MOCK) on every path that has routes. */
export function addCorsPreflight(
  context: SynthContext,
  api: ApiGatewayConfig,
  apiId: string,
  routes: readonly ApiRoute[],
  resourceFor: (path: string) => string,
): CfnMethod[] {
  const cors = api.cors_configuration!;
  const quote = (values: readonly string[] | undefined, fallback: string) =>
    `'${values && values.length > 0 ? values.join(',') : fallback}'`;
  const headers: Record<string, string> = {
    'method.response.header.Access-Control-Allow-Headers': quote(
      cors.allow_headers,
      'Content-Type,Authorization',
    ),
    'method.response.header.Access-Control-Allow-Methods': quote(
      cors.allow_methods,
      'GET,POST,PUT,DELETE,PATCH,OPTIONS',
    ),
    // A preflight answers one origin; the function's own responses handle the others.
    'method.response.header.Access-Control-Allow-Origin': quote(
      cors.allow_origins?.slice(0, 1),
      '*',
    ),
    ...(cors.max_age !== undefined && {
      'method.response.header.Access-Control-Max-Age': `'${cors.max_age}'`,
    }),
    ...(cors.allow_credentials && {
      'method.response.header.Access-Control-Allow-Credentials': "'true'",
    }),
  };
  const paths = [
    ...new Set(routes.filter((r) => r.method !== 'OPTIONS').map((r) => r.path ?? '/')),
  ];
  const explicit = new Set(routes.filter((r) => r.method === 'OPTIONS').map((r) => r.path));
  return paths
    .filter((path) => !explicit.has(path))
    .map((path) => {
      const method = new CfnMethod(context.stack, context.ids.of(`cors-${path}`, 'Preflight'), {
        restApiId: apiId,
        resourceId: resourceFor(path),
        httpMethod: 'OPTIONS',
        authorizationType: 'NONE',
        integration: {
          type: 'MOCK',
          requestTemplates: { 'application/json': '{"statusCode": 204}' },
          integrationResponses: [{ statusCode: '204', responseParameters: headers }],
        },
        methodResponses: [
          {
            statusCode: '204',
            responseParameters: Object.fromEntries(Object.keys(headers).map((h) => [h, true])),
          },
        ],
      });
      markOrigin(method, {
        kind: 'cors',
        ...API_ORIGIN,
        path: 'api_gateway_config.cors_configuration',
      });
      return method;
    });
}
