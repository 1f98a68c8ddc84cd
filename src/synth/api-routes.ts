// Which function serves which route, and with which authorizer: pure, from the config.
// With one function and no routes anywhere, the API's default route goes to it.
import { routeSettings, routeText, routeTextPath } from '../config/route-entry';
import type { ApiGatewayConfig, LambdaFunctionConfig } from '../config/schema';

export type ApiType = ApiGatewayConfig['type'];

export interface ApiRoute {
  readonly functionKey: string;
  /** HTTP method (`GET`, `ANY`) for HTTP/REST; undefined for WebSocket and `$default`. */
  readonly method?: string;
  /** `/users/{id}`; undefined for WebSocket and `$default`. */
  readonly path?: string;
  /** As API Gateway v2 writes it: `GET /users/{id}`, `$default`, `$connect`. */
  readonly routeKey: string;
  readonly authorizer?: string;
  readonly apiKeyRequired: boolean;
  /** Index of the route in the function's `routes` list (for error locations); -1 when implied. */
  readonly index: number;
  /** REST: JSON Schema file of the request body, relative to the config file. */
  readonly request_schema?: string | undefined;
  readonly throttling_burst_limit?: number | undefined;
  readonly throttling_rate_limit?: number | undefined;
}

export class RouteError extends Error {
  constructor(
    message: string,
    readonly where: readonly (string | number)[],
  ) {
    super(message);
  }
}

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'];

export function apiRoutes(
  api: Pick<ApiGatewayConfig, 'type' | 'default_authorizer'>,
  functions: Readonly<Record<string, LambdaFunctionConfig>>,
): ApiRoute[] {
  const keys = Object.keys(functions);
  const anyRoutes = keys.some((k) => (functions[k]?.routes ?? []).length > 0);
  if (!anyRoutes) {
    const only = keys.length === 1 ? keys[0] : undefined;
    if (only === undefined) {
      throw new RouteError(
        `the API has no routes: give each function that serves it "routes" (e.g. ["GET /users/{id}"]${api.type === 'WEBSOCKET' ? ', or ["$connect", "$default"]' : ''})`,
        ['api_gateway_config'],
      );
    }
    return defaultRoutes(api, only, functions[only]!);
  }
  const routes: ApiRoute[] = [];
  const seen = new Map<string, string>();
  for (const [functionKey, fn] of Object.entries(functions)) {
    (fn.routes ?? []).forEach((entry, index) => {
      const where = routeTextPath(functionKey, index, entry);
      const route = {
        ...parseRoute(api, functionKey, fn, routeText(entry).trim(), index, where),
        ...routeSettings(entry),
      };
      const other = seen.get(route.routeKey);
      if (other !== undefined) {
        throw new RouteError(`route "${route.routeKey}" is already served by "${other}"`, where);
      }
      seen.set(route.routeKey, functionKey);
      routes.push(route);
    });
  }
  return routes;
}

function defaultRoutes(
  api: Pick<ApiGatewayConfig, 'type' | 'default_authorizer'>,
  functionKey: string,
  fn: LambdaFunctionConfig,
): ApiRoute[] {
  const common = {
    functionKey,
    apiKeyRequired: fn.api_key_required ?? false,
    index: -1,
    ...authorizerOf(api, fn),
  };
  if (api.type === 'REST') {
    return [
      { ...common, method: 'ANY', path: '/', routeKey: 'ANY /' },
      { ...common, method: 'ANY', path: '/{proxy+}', routeKey: 'ANY /{proxy+}' },
    ];
  }
  return [{ ...common, routeKey: '$default' }];
}

function parseRoute(
  api: Pick<ApiGatewayConfig, 'type' | 'default_authorizer'>,
  functionKey: string,
  fn: LambdaFunctionConfig,
  text: string,
  index: number,
  where: readonly (string | number)[],
): ApiRoute {
  const common = {
    functionKey,
    apiKeyRequired: fn.api_key_required ?? false,
    index,
    ...authorizerOf(api, fn),
  };
  if (api.type === 'WEBSOCKET') {
    if (/\s/.test(text)) {
      throw new RouteError(
        `WebSocket route keys are single words like "$connect" or "sendMessage", got "${text}"`,
        where,
      );
    }
    return { ...common, routeKey: text };
  }
  if (text === '$default') {
    if (api.type === 'REST') {
      return { ...common, method: 'ANY', path: '/{proxy+}', routeKey: 'ANY /{proxy+}' };
    }
    return { ...common, routeKey: '$default' };
  }
  const match = /^([A-Za-z]+)\s+(\/\S*)$/.exec(text);
  const method = match?.[1]?.toUpperCase();
  const path = match?.[2];
  if (!method || !path || !HTTP_METHODS.includes(method)) {
    throw new RouteError(
      `route "${text}" is not "METHOD /path" (METHOD one of ${HTTP_METHODS.join(', ')})`,
      where,
    );
  }
  if (path !== '/' && path.endsWith('/')) {
    throw new RouteError(`route "${text}": the path must not end with "/"`, where);
  }
  return { ...common, method, path, routeKey: `${method} ${path}` };
}

function authorizerOf(
  api: Pick<ApiGatewayConfig, 'default_authorizer'>,
  fn: LambdaFunctionConfig,
): { authorizer?: string } {
  const name = fn.authorizer ?? api.default_authorizer;
  return name === undefined ? {} : { authorizer: name };
}
