// checkApi on its own: route syntax per API type, routes served twice, authorizers, fields
// of one API type written on another, integration timeouts. Each case names the finding the
// user reads: severity, path, message.
import { checkApi, parseRoute } from '../../src/config/checks/api';
import { contextOf, described } from './check-context';

const api = (apiConfig: Record<string, unknown>, lambda: Record<string, unknown> = { a: {} }) =>
  described(checkApi(contextOf({ api_gateway_config: apiConfig, lambda_config: lambda })));

describe('parseRoute', () => {
  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'])(
    'takes %s, in any case, with the path as written',
    (method) => {
      expect(parseRoute(`  ${method.toLowerCase()}   /users/{id}  `, 'HTTP')).toEqual({
        key: `${method} /users/{id}`,
      });
    },
  );

  it.each([
    '/',
    '/users',
    '/users/{id}',
    '/users/{user_id}/orders/{order-id}',
    '/{proxy+}',
    '/files/{path+}',
    "/a.b_c~d:e@f!g$h&i'j(k)l*m,n;o=p-q",
    '/v1/{id}/items',
  ])('accepts the path %s', (path) => {
    expect(parseRoute(`GET ${path}`, 'REST')).toEqual({ key: `GET ${path}` });
  });

  it.each([
    'users',
    '/users/',
    '//users',
    '/{proxy+}/more',
    '/{1id}',
    '/{}',
    '/users/{id',
    '/a{id}',
    '/{id}x',
    '/us"ers',
  ])('refuses the path %s, saying what a path looks like', (path) => {
    expect(parseRoute(`GET ${path}`, 'HTTP')).toEqual({
      problem: `route "GET ${path}": the path must start with "/", not end with one, and use segments like users, {id} or a final {proxy+}`,
    });
  });

  it('refuses what is not "METHOD /path"', () => {
    for (const route of ['GET', '/users', 'GET /a /b']) {
      expect(parseRoute(route, 'HTTP')).toEqual({
        problem: `route "${route}" must be "METHOD /path", e.g. "GET /users/{id}"`,
      });
    }
  });

  it('refuses an unknown method, listing the methods and the likely one', () => {
    expect(parseRoute('GTE /a', 'HTTP')).toEqual({
      problem:
        'route "GTE /a": GTE is not an HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY); did you mean "GET"?',
    });
    expect(parseRoute('fetch /a', 'HTTP')).toEqual({
      problem:
        'route "fetch /a": FETCH is not an HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY)',
    });
  });

  it('$default is the catch-all: ANY /{proxy+} on REST, itself on HTTP', () => {
    expect(parseRoute(' $default ', 'REST')).toEqual({ key: 'ANY /{proxy+}' });
    expect(parseRoute('$default', 'HTTP')).toEqual({ key: '$default' });
  });

  it('WebSocket routes are the predefined keys or an action name', () => {
    for (const route of ['$connect', '$disconnect', '$default', 'sendMessage', ' join ']) {
      expect(parseRoute(route, 'WEBSOCKET')).toEqual({ key: route.trim() });
    }
    for (const route of ['$other', 'GET /a', '']) {
      expect(parseRoute(route, 'WEBSOCKET')).toEqual({
        problem: `WebSocket routes are route keys such as $connect, $disconnect, $default or an action name, not "${route}"`,
      });
    }
  });
});

describe('routes without an API', () => {
  it('are ignored, with a warning at each function that has some', () => {
    expect(
      described(
        checkApi(
          contextOf({ lambda_config: { a: { routes: ['GET /a'] }, b: { routes: [] }, c: {} } }),
        ),
      ),
    ).toEqual([
      'warning lambda_config.a.routes (key): routes are ignored: there is no api_gateway_config',
    ]);
  });
});

describe('routes of an API', () => {
  it('reports a route that does not parse at the route text, plain or in a mapping', () => {
    expect(
      api({ type: 'HTTP' }, { a: { routes: ['GET users', { route: 'PUT nope' }, 'GET /ok'] } }),
    ).toEqual([
      'error lambda_config.a.routes.0: route "GET users": the path must start with "/", not end with one, and use segments like users, {id} or a final {proxy+}',
      'error lambda_config.a.routes.1.route: route "PUT nope": the path must start with "/", not end with one, and use segments like users, {id} or a final {proxy+}',
    ]);
  });

  it('reports a route served twice, by the same function or by another', () => {
    expect(
      api(
        { type: 'HTTP' },
        {
          a: { routes: ['GET /a', 'get /a', 'POST /a'] },
          b: { routes: ['POST /a', 'GET /b'] },
        },
      ),
    ).toEqual([
      'error lambda_config.a.routes.1: route "GET /a" is listed twice in this function',
      'error lambda_config.b.routes.0: route "POST /a" is already served by function "a"; a route goes to one function',
    ]);
  });

  it('needs routes when several functions share an API, not when one does', () => {
    expect(api({ type: 'HTTP' }, { a: {}, b: {}, c: {} })).toEqual([
      'error api_gateway_config (key): the API has no routes and lambda_config has 3 functions: give each function that serves it "routes", e.g. ["GET /users/{id}"]',
    ]);
    expect(api({ type: 'HTTP' }, { a: {} })).toEqual([]);
    expect(api({ type: 'HTTP' }, { a: { routes: ['GET /a'] }, b: {} })).toEqual([]);
  });

  it('request_schema is a REST setting', () => {
    const lambda = { a: { routes: [{ route: 'POST /a', request_schema: 's.json' }, 'GET /a'] } };
    expect(api({ type: 'HTTP' }, lambda)).toEqual([
      'error lambda_config.a.routes.0.request_schema (key): request_schema validates requests on REST APIs only; on an HTTP API nothing would check it (set api_gateway_config.type: REST, or validate in the function)',
    ]);
    expect(api({ type: 'REST' }, lambda)).toEqual([]);
  });
});

describe('validate_request_body without models', () => {
  it('is warned about on a REST API where no route has a request_schema', () => {
    expect(
      api({ type: 'REST', validate_request_body: true }, { a: { routes: ['POST /a'] } }),
    ).toEqual([
      'warning api_gateway_config.validate_request_body: validate_request_body checks bodies against request models, and no route has one: give routes a request_schema, e.g. {route: "POST /users", request_schema: schemas/user.json}',
    ]);
  });

  it('one route with a model is enough, even beside routes without', () => {
    expect(
      api(
        { type: 'REST', validate_request_body: true },
        { a: { routes: [{ route: 'POST /a', request_schema: 'a.json' }, 'GET /a'] } },
      ),
    ).toEqual([]);
  });

  it('is not said on an HTTP API, where the field itself is ignored', () => {
    expect(
      api({ type: 'HTTP', validate_request_body: true }, { a: { routes: ['POST /a'] } }),
    ).toEqual([
      'warning api_gateway_config.validate_request_body (key): validate_request_body applies to REST APIs only; on an HTTP API it is ignored',
    ]);
  });

  it('is fine with one route that has a model, or when off', () => {
    expect(
      api(
        { type: 'REST', validate_request_body: true },
        {
          a: { routes: ['GET /a'] },
          b: { routes: [{ route: 'POST /b', request_schema: 'b.json' }] },
        },
      ),
    ).toEqual([]);
    expect(
      api({ type: 'REST', validate_request_body: false }, { a: { routes: ['POST /a'] } }),
    ).toEqual([]);
  });
});

describe('integration timeouts', () => {
  it('warn when a routed function outlives the API: 29 s on REST, 30 s on HTTP', () => {
    const lambda = {
      a: { timeout: 30, routes: ['GET /a'] },
      b: { timeout: 31, routes: ['GET /b'] },
    };
    expect(api({ type: 'REST' }, lambda)).toEqual([
      'warning lambda_config.a.timeout: timeout 30 is longer than the 29 s a REST API waits for its integration: callers get a 504 after 29 s while the function keeps running',
      'warning lambda_config.b.timeout: timeout 31 is longer than the 29 s a REST API waits for its integration: callers get a 504 after 29 s while the function keeps running',
    ]);
    expect(api({ type: 'HTTP' }, lambda)).toEqual([
      'warning lambda_config.b.timeout: timeout 31 is longer than the 30 s an HTTP API waits for its integration: callers get a 504 after 30 s while the function keeps running',
    ]);
    expect(api({ type: 'REST' }, { a: { timeout: 29, routes: ['GET /a'] } })).toEqual([]);
  });

  it('count only functions with routes, or the only function when none has routes', () => {
    expect(
      api({ type: 'HTTP' }, { a: { timeout: 60, routes: ['GET /a'] }, worker: { timeout: 900 } }),
    ).toEqual([expect.stringMatching(/^warning lambda_config\.a\.timeout: timeout 60 /)]);
    expect(api({ type: 'HTTP' }, { only: { timeout: 60 } })).toEqual([
      expect.stringMatching(/^warning lambda_config\.only\.timeout: timeout 60 /),
    ]);
  });

  it('without any routes, several functions serve nothing, so none is warned about', () => {
    expect(api({ type: 'HTTP' }, { a: { timeout: 60 }, b: { timeout: 60 } })).toEqual([
      'error api_gateway_config (key): the API has no routes and lambda_config has 2 functions: give each function that serves it "routes", e.g. ["GET /users/{id}"]',
    ]);
  });

  it('do not apply to WebSocket APIs', () => {
    expect(api({ type: 'WEBSOCKET' }, { a: { timeout: 900, routes: ['$default'] } })).toEqual([]);
  });
});

describe('fields of one API type written on another', () => {
  it('protocol_type that contradicts type is ignored, with a warning', () => {
    expect(api({ type: 'REST', protocol_type: 'HTTP' })).toEqual([
      'warning api_gateway_config.protocol_type: protocol_type HTTP contradicts type REST; type decides the API kind, so protocol_type is ignored',
    ]);
    expect(api({ type: 'REST', protocol_type: 'REST' })).toEqual([]);
    expect(api({ protocol_type: 'WEBSOCKET' }, { a: { routes: ['$connect'] } })).toEqual([]);
  });

  // Written out: the list of REST-only settings is the behaviour under test.
  it.each([
    ['binary_media_types', ['image/png']],
    ['cache_cluster_enabled', true],
    ['cache_cluster_size', '0.5'],
    ['cache_ttl_in_seconds', 60],
    ['validate_request_body', false],
    ['validate_request_parameters', true],
    ['api_keys', ['partner']],
    ['usage_plan', { quota_limit: 10 }],
    ['xray_tracing_enabled', true],
    ['web_acl_arn', 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/acl/1'],
    ['endpoint_type', 'REGIONAL'],
    ['vpc_endpoint_ids', ['vpce-0abc']],
    ['resource_policy', { Version: '2012-10-17' }],
  ])('%s applies to REST APIs only', (field, value) => {
    const extra =
      field === 'binary_media_types'
        ? ' (HTTP APIs pass binary bodies through base64-encoded)'
        : '';
    expect(api({ type: 'HTTP', [field]: value })).toEqual([
      `warning api_gateway_config.${field} (key): ${field} applies to REST APIs only; on an HTTP API it is ignored${extra}`,
    ]);
    expect(api({ type: 'WEBSOCKET', [field]: value }, { a: { routes: ['$connect'] } })).toEqual([
      `warning api_gateway_config.${field} (key): ${field} applies to REST APIs only; on a WEBSOCKET API it is ignored${extra}`,
    ]);
  });

  it('a REST-only field left null is not written', () => {
    expect(api({ type: 'HTTP', binary_media_types: null })).toEqual([]);
  });

  it.each([
    ['logging_level', 'INFO'],
    ['data_trace_enabled', true],
  ])('%s applies to REST and WebSocket APIs only', (field, value) => {
    expect(api({ type: 'HTTP', [field]: value })).toEqual([
      `warning api_gateway_config.${field} (key): ${field} applies to REST and WebSocket APIs only; on an HTTP API it is ignored`,
    ]);
    expect(api({ type: 'REST', [field]: value })).toEqual([]);
    expect(api({ type: 'WEBSOCKET', [field]: value }, { a: { routes: ['$connect'] } })).toEqual([]);
  });

  it('route_selection_expression applies to WebSocket APIs only', () => {
    const field = { route_selection_expression: '$request.body.op' };
    expect(api({ type: 'REST', ...field })).toEqual([
      'warning api_gateway_config.route_selection_expression (key): route_selection_expression applies to WebSocket APIs only; on a REST API it is ignored',
    ]);
    expect(api({ type: 'HTTP', ...field })).toEqual([
      'warning api_gateway_config.route_selection_expression (key): route_selection_expression applies to WebSocket APIs only; on an HTTP API it is ignored',
    ]);
    expect(api({ type: 'WEBSOCKET', ...field }, { a: { routes: ['$connect'] } })).toEqual([]);
  });

  it('cors_configuration does not apply to WebSocket APIs', () => {
    const cors = { cors_configuration: { allow_origins: ['*'] } };
    expect(api({ type: 'WEBSOCKET', ...cors }, { a: { routes: ['$connect'] } })).toEqual([
      'warning api_gateway_config.cors_configuration (key): cors_configuration does not apply to WebSocket APIs; it is ignored',
    ]);
    expect(api({ type: 'HTTP', ...cors })).toEqual([]);
    expect(
      api({ type: 'WEBSOCKET', cors_configuration: null }, { a: { routes: ['$connect'] } }),
    ).toEqual([]);
  });
});

describe('REST endpoint types', () => {
  it('a PRIVATE API needs VPC endpoints or a resource policy', () => {
    expect(api({ type: 'REST', endpoint_type: 'PRIVATE' })).toEqual([
      'error api_gateway_config.endpoint_type: a PRIVATE API needs vpc_endpoint_ids (the execute-api VPC endpoints allowed to call it) or a resource_policy',
    ]);
    expect(api({ type: 'REST', endpoint_type: 'PRIVATE', vpc_endpoint_ids: [] })).toHaveLength(1);
    expect(api({ type: 'REST', endpoint_type: 'PRIVATE', vpc_endpoint_ids: ['vpce-1'] })).toEqual(
      [],
    );
    expect(api({ type: 'REST', endpoint_type: 'PRIVATE', resource_policy: {} })).toEqual([]);
  });

  it('VPC endpoints on a public API are ignored, with a warning', () => {
    const warned = [
      'warning api_gateway_config.vpc_endpoint_ids (key): vpc_endpoint_ids apply to endpoint_type: PRIVATE only; they are ignored',
    ];
    expect(api({ type: 'REST', endpoint_type: 'REGIONAL', vpc_endpoint_ids: ['vpce-1'] })).toEqual(
      warned,
    );
    expect(api({ type: 'REST', vpc_endpoint_ids: ['vpce-1'] })).toEqual(warned);
    expect(api({ type: 'REST', endpoint_type: 'EDGE', vpc_endpoint_ids: [] })).toEqual([]);
  });
});

describe('authorizers', () => {
  it('default_authorizer must name one, with the likely one', () => {
    expect(
      api({ type: 'HTTP', authorizers: { users: { type: 'IAM' } }, default_authorizer: 'user' }),
    ).toEqual([
      'error api_gateway_config.default_authorizer: authorizer "user" is not defined in api_gateway_config.authorizers; did you mean "users"?',
    ]);
    expect(api({ type: 'HTTP', default_authorizer: 'users' })).toEqual([
      'error api_gateway_config.default_authorizer: authorizer "users" is not defined in api_gateway_config.authorizers',
    ]);
    expect(
      api({ type: 'HTTP', authorizers: { users: { type: 'IAM' } }, default_authorizer: 'users' }),
    ).toEqual([]);
  });

  it('JWT exists on HTTP APIs only and needs issuer and audience', () => {
    const jwt = { type: 'JWT', issuer: 'https://id.example.com', audience: ['app'] };
    expect(api({ type: 'HTTP', authorizers: { j: jwt } })).toEqual([]);
    expect(api({ type: 'REST', authorizers: { j: jwt } })).toEqual([
      'error api_gateway_config.authorizers.j.type: JWT authorizers exist on HTTP APIs only; on a REST API use COGNITO or LAMBDA',
    ]);
    expect(api({ type: 'HTTP', authorizers: { j: { type: 'JWT' } } })).toEqual([
      'error api_gateway_config.authorizers.j.type: a JWT authorizer needs issuer: the token issuer URL',
      'error api_gateway_config.authorizers.j.type: a JWT authorizer needs audience: the accepted client ids',
    ]);
  });

  it('COGNITO exists on REST APIs only and needs user pools', () => {
    const cognito = {
      type: 'COGNITO',
      user_pool_arns: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/p'],
    };
    expect(api({ type: 'REST', authorizers: { c: cognito } })).toEqual([]);
    expect(api({ type: 'HTTP', authorizers: { c: cognito } })).toEqual([
      'error api_gateway_config.authorizers.c.type: COGNITO authorizers exist on REST APIs only; on an HTTP API use JWT with the user pool as issuer',
    ]);
    expect(api({ type: 'REST', authorizers: { c: { type: 'COGNITO' } } })).toEqual([
      'error api_gateway_config.authorizers.c.type: a COGNITO authorizer needs user_pool_arns: the user pool ARNs',
    ]);
  });

  it('LAMBDA needs a function of lambda_config', () => {
    expect(api({ type: 'REST', authorizers: { l: { type: 'LAMBDA', function: 'a' } } })).toEqual(
      [],
    );
    expect(api({ type: 'REST', authorizers: { l: { type: 'LAMBDA' } } })).toEqual([
      'error api_gateway_config.authorizers.l.type: a LAMBDA authorizer needs function: the key of the authorizer function in lambda_config',
    ]);
    expect(
      api(
        { type: 'REST', authorizers: { l: { type: 'LAMBDA', function: 'auth' } } },
        { a: { routes: ['GET /a'] }, authz: {} },
      ),
    ).toEqual([
      'error api_gateway_config.authorizers.l.function: function "auth" is not defined in lambda_config; did you mean "authz"?',
    ]);
  });

  it('IAM needs nothing, on any API', () => {
    for (const type of ['HTTP', 'REST']) {
      expect(api({ type, authorizers: { i: { type: 'IAM' } } })).toEqual([]);
    }
  });
});
