// Checks on api_gateway_config and the routes functions declare: route syntax per API type,
// routes served twice, authorizers that do not exist or do not fit the API type, and
// fields of one API type written on another (the seed sets binary_media_types on an HTTP API).
import { error, warning, type Finding } from '../findings';
import type { ApiGatewayConfig, AuthorizerConfig } from '../schema';
import { didYouMean } from '../suggest';
import { routeSettings, routeText, routeTextPath, type RouteEntry } from '../route-entry';
import { isSet, type SemanticContext } from './context';

type ApiType = ApiGatewayConfig['type'];

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'];
/** `/`, `/users`, `/users/{id}`, `/{proxy+}` (a greedy parameter only as the last segment). */
const SEGMENT = "[A-Za-z0-9._~:@!$&'()*,;=-]+";
const PARAMETER = '\\{[A-Za-z_][A-Za-z0-9_-]*\\}';
const GREEDY = '\\{[A-Za-z_][A-Za-z0-9_-]*\\+\\}';
const PATH = new RegExp(
  `^/(?:(?:(?:${SEGMENT}|${PARAMETER})/)*(?:${SEGMENT}|${PARAMETER}|${GREEDY}))?$`,
);
/** WebSocket route keys: the predefined $connect / $disconnect / $default, or an action name. */
const WEBSOCKET_ROUTE = /^(\$connect|\$disconnect|\$default|[^\s$]\S*)$/;

const REST_ONLY: readonly (keyof ApiGatewayConfig)[] = [
  'binary_media_types',
  'cache_cluster_enabled',
  'cache_cluster_size',
  'cache_ttl_in_seconds',
  'validate_request_body',
  'validate_request_parameters',
  'api_keys',
  'usage_plan',
  'xray_tracing_enabled',
  'web_acl_arn',
  'endpoint_type',
  'vpc_endpoint_ids',
  'resource_policy',
];

/** HTTP APIs have access logs only: no execution logs, no route selection. */
const NOT_HTTP: readonly (keyof ApiGatewayConfig)[] = ['logging_level', 'data_trace_enabled'];
const WEBSOCKET_ONLY: readonly (keyof ApiGatewayConfig)[] = ['route_selection_expression'];

/** "an HTTP API", "a REST API", "a WEBSOCKET API": the article as the type is read aloud. */
function anApi(type: ApiType): string {
  return `${type === 'HTTP' ? 'an' : 'a'} ${type} API`;
}

export function checkApi(context: SemanticContext): Finding[] {
  const api = context.config.api_gateway_config;
  if (!isSet(api)) return checkRoutesWithoutApi(context);
  return [
    ...checkApiFields(api),
    ...checkRoutes(api.type, context),
    ...checkAuthorizers(api, context),
    ...checkValidatorHasModels(api, context),
  ];
}

/** Parses "GET /users/{id}" into a canonical key, or returns why it does not parse. */
export function parseRoute(route: string, type: ApiType): { key: string } | { problem: string } {
  const trimmed = route.trim();
  if (type === 'WEBSOCKET') {
    return WEBSOCKET_ROUTE.test(trimmed)
      ? { key: trimmed }
      : {
          problem: `WebSocket routes are route keys such as $connect, $disconnect, $default or an action name, not "${route}"`,
        };
  }
  // On a REST API, $default means the catch-all proxy route.
  if (trimmed === '$default') return { key: type === 'REST' ? 'ANY /{proxy+}' : '$default' };
  const match = /^(\S+)\s+(\S+)$/.exec(trimmed);
  const method = match?.[1]?.toUpperCase();
  const path = match?.[2];
  if (method === undefined || path === undefined) {
    return { problem: `route "${route}" must be "METHOD /path", e.g. "GET /users/{id}"` };
  }
  if (!METHODS.includes(method)) {
    return {
      problem: `route "${route}": ${method} is not an HTTP method (${METHODS.join(', ')})${didYouMean(method, METHODS)}`,
    };
  }
  if (!PATH.test(path)) {
    return {
      problem: `route "${route}": the path must start with "/", not end with one, and use segments like users, {id} or a final {proxy+}`,
    };
  }
  return { key: `${method} ${path}` };
}

function checkRoutesWithoutApi(context: SemanticContext): Finding[] {
  return Object.entries(context.config.lambda_config)
    .filter(([, fn]) => (fn.routes ?? []).length > 0)
    .map(([key]) =>
      warning(
        ['lambda_config', key, 'routes'],
        'routes are ignored: there is no api_gateway_config',
        'key',
      ),
    );
}

function checkRoutes(type: ApiType, context: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  const servedBy = new Map<string, string>();
  let routeCount = 0;
  for (const [key, fn] of Object.entries(context.config.lambda_config)) {
    (fn.routes ?? []).forEach((entry, i) => {
      routeCount++;
      const path = routeTextPath(key, i, entry);
      findings.push(...checkRouteSettings(type, key, i, entry));
      const parsed = parseRoute(routeText(entry), type);
      if ('problem' in parsed) {
        findings.push(error(path, parsed.problem));
        return;
      }
      const first = servedBy.get(parsed.key);
      if (first !== undefined) {
        findings.push(
          error(
            path,
            first === key
              ? `route "${parsed.key}" is listed twice in this function`
              : `route "${parsed.key}" is already served by function "${first}"; a route goes to one function`,
          ),
        );
      } else {
        servedBy.set(parsed.key, key);
      }
    });
  }
  findings.push(...checkIntegrationTimeouts(type, context));
  const functions = Object.keys(context.config.lambda_config);
  // With one function and no routes, the API's default route goes to it; with several,
  // nothing says which function serves what.
  if (routeCount === 0 && functions.length > 1) {
    findings.push(
      error(
        ['api_gateway_config'],
        `the API has no routes and lambda_config has ${functions.length} functions: give each function that serves it "routes", e.g. ["GET /users/{id}"]`,
        'key',
      ),
    );
  }
  return findings;
}

/** Request models are a REST feature; HTTP APIs validate nothing (their functions must). */
function checkRouteSettings(
  type: ApiType,
  functionKey: string,
  index: number,
  entry: RouteEntry,
): Finding[] {
  const settings = routeSettings(entry);
  if (type === 'REST' || !isSet(settings.request_schema)) return [];
  return [
    error(
      ['lambda_config', functionKey, 'routes', index, 'request_schema'],
      `request_schema validates requests on REST APIs only; on ${anApi(type)} nothing would check it (set api_gateway_config.type: REST, or validate in the function)`,
      'key',
    ),
  ];
}

/** A body validator without any model accepts every body: say so instead of pretending. */
function checkValidatorHasModels(api: ApiGatewayConfig, context: SemanticContext): Finding[] {
  if (api.type !== 'REST' || api.validate_request_body !== true) return [];
  const anySchema = Object.values(context.config.lambda_config).some((fn) =>
    (fn.routes ?? []).some((entry) => isSet(routeSettings(entry).request_schema)),
  );
  if (anySchema) return [];
  return [
    warning(
      ['api_gateway_config', 'validate_request_body'],
      'validate_request_body checks bodies against request models, and no route has one: give routes a request_schema, e.g. {route: "POST /users", request_schema: schemas/user.json}',
    ),
  ];
}

/** API Gateway gives up on an integration after 29 s (REST) or 30 s (HTTP), whatever Lambda's timeout. */
const INTEGRATION_TIMEOUT_SECONDS: Readonly<Partial<Record<ApiType, number>>> = {
  REST: 29,
  HTTP: 30,
};

function checkIntegrationTimeouts(type: ApiType, context: SemanticContext): Finding[] {
  const limit = INTEGRATION_TIMEOUT_SECONDS[type];
  if (limit === undefined) return [];
  const functions = Object.entries(context.config.lambda_config);
  const anyRoutes = functions.some(([, fn]) => (fn.routes ?? []).length > 0);
  return functions
    .filter(([, fn]) => (anyRoutes ? (fn.routes ?? []).length > 0 : functions.length === 1))
    .filter(([, fn]) => fn.timeout > limit)
    .map(([key, fn]) =>
      warning(
        ['lambda_config', key, 'timeout'],
        `timeout ${fn.timeout} is longer than the ${limit} s ${anApi(type)} waits for its integration: callers get a 504 after ${limit} s while the function keeps running`,
      ),
    );
}

function checkApiFields(api: ApiGatewayConfig): Finding[] {
  const findings: Finding[] = [];
  const path = ['api_gateway_config'];
  if (isSet(api.protocol_type) && api.protocol_type !== api.type) {
    findings.push(
      warning(
        [...path, 'protocol_type'],
        `protocol_type ${api.protocol_type} contradicts type ${api.type}; type decides the API kind, so protocol_type is ignored`,
      ),
    );
  }
  if (api.type !== 'REST') {
    for (const field of REST_ONLY) {
      if (!isSet(api[field])) continue;
      findings.push(
        warning(
          [...path, field],
          `${field} applies to REST APIs only; on ${anApi(api.type)} it is ignored` +
            (field === 'binary_media_types'
              ? ' (HTTP APIs pass binary bodies through base64-encoded)'
              : ''),
          'key',
        ),
      );
    }
  }
  const notFor = (fields: readonly (keyof ApiGatewayConfig)[], applies: string) =>
    fields
      .filter((field) => isSet(api[field]))
      .map((field) =>
        warning(
          [...path, field],
          `${field} applies to ${applies} only; on ${anApi(api.type)} it is ignored`,
          'key',
        ),
      );
  if (api.type === 'HTTP') findings.push(...notFor(NOT_HTTP, 'REST and WebSocket APIs'));
  if (api.type !== 'WEBSOCKET') findings.push(...notFor(WEBSOCKET_ONLY, 'WebSocket APIs'));
  if (api.type === 'REST') findings.push(...checkRestEndpoint(api));
  if (api.type === 'WEBSOCKET' && isSet(api.cors_configuration)) {
    findings.push(
      warning(
        [...path, 'cors_configuration'],
        'cors_configuration does not apply to WebSocket APIs; it is ignored',
        'key',
      ),
    );
  }
  return findings;
}

/** A PRIVATE API is reachable only as its resource policy allows: without one, by nobody. */
function checkRestEndpoint(api: ApiGatewayConfig): Finding[] {
  const path = ['api_gateway_config'];
  const endpoints = api.vpc_endpoint_ids ?? [];
  if (api.endpoint_type === 'PRIVATE' && endpoints.length === 0 && !isSet(api.resource_policy)) {
    return [
      error(
        [...path, 'endpoint_type'],
        'a PRIVATE API needs vpc_endpoint_ids (the execute-api VPC endpoints allowed to call it) or a resource_policy',
      ),
    ];
  }
  if (api.endpoint_type !== 'PRIVATE' && endpoints.length > 0) {
    return [
      warning(
        [...path, 'vpc_endpoint_ids'],
        'vpc_endpoint_ids apply to endpoint_type: PRIVATE only; they are ignored',
        'key',
      ),
    ];
  }
  return [];
}

function checkAuthorizers(api: ApiGatewayConfig, context: SemanticContext): Finding[] {
  const findings: Finding[] = [];
  const names = Object.keys(api.authorizers ?? {});
  if (isSet(api.default_authorizer) && !names.includes(api.default_authorizer)) {
    findings.push(
      error(
        ['api_gateway_config', 'default_authorizer'],
        `authorizer "${api.default_authorizer}" is not defined in api_gateway_config.authorizers${didYouMean(api.default_authorizer, names)}`,
      ),
    );
  }
  for (const [name, authorizer] of Object.entries(api.authorizers ?? {})) {
    findings.push(
      ...checkAuthorizer(
        ['api_gateway_config', 'authorizers', name],
        authorizer,
        api.type,
        context,
      ),
    );
  }
  return findings;
}

function checkAuthorizer(
  path: readonly string[],
  authorizer: AuthorizerConfig,
  apiType: ApiType,
  context: SemanticContext,
): Finding[] {
  const findings: Finding[] = [];
  const need = (field: keyof AuthorizerConfig, what: string): void => {
    if (!isSet(authorizer[field])) {
      findings.push(
        error([...path, 'type'], `a ${authorizer.type} authorizer needs ${field}: ${what}`),
      );
    }
  };
  switch (authorizer.type) {
    case 'JWT':
      if (apiType !== 'HTTP') {
        findings.push(
          error(
            [...path, 'type'],
            `JWT authorizers exist on HTTP APIs only; on ${anApi(apiType)} use COGNITO or LAMBDA`,
          ),
        );
      }
      need('issuer', 'the token issuer URL');
      need('audience', 'the accepted client ids');
      break;
    case 'COGNITO':
      if (apiType !== 'REST') {
        findings.push(
          error(
            [...path, 'type'],
            'COGNITO authorizers exist on REST APIs only; on an HTTP API use JWT with the user pool as issuer',
          ),
        );
      }
      need('user_pool_arns', 'the user pool ARNs');
      break;
    case 'LAMBDA':
      need('function', 'the key of the authorizer function in lambda_config');
      if (isSet(authorizer.function) && !context.declared.functions.has(authorizer.function)) {
        findings.push(
          error(
            [...path, 'function'],
            `function "${authorizer.function}" is not defined in lambda_config${didYouMean(authorizer.function, context.declared.functions)}`,
          ),
        );
      }
      break;
    case 'IAM':
      break;
  }
  return findings;
}
