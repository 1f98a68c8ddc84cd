import { LambdaFunctionSchema } from '../../src/config/schema';
import { RouteError, apiRoutes } from '../../src/synth/api-routes';

const fn = (extra: Record<string, unknown> = {}) => LambdaFunctionSchema.parse(extra);

describe('apiRoutes', () => {
  it('sends the default route to the only function when no routes are given', () => {
    expect(apiRoutes({ type: 'HTTP' }, { only: fn() }).map((r) => r.routeKey)).toEqual([
      '$default',
    ]);
    expect(apiRoutes({ type: 'REST' }, { only: fn() }).map((r) => r.routeKey)).toEqual([
      'ANY /',
      'ANY /{proxy+}',
    ]);
    expect(apiRoutes({ type: 'WEBSOCKET' }, { only: fn() }).map((r) => r.routeKey)).toEqual([
      '$default',
    ]);
  });

  it('fails with two functions and no routes', () => {
    expect(() => apiRoutes({ type: 'HTTP' }, { a: fn(), b: fn() })).toThrow(/no routes/);
  });

  it('parses METHOD /path, upper-cases the method, applies authorizers', () => {
    const routes = apiRoutes(
      { type: 'HTTP', default_authorizer: 'jwt' },
      {
        users: fn({ routes: ['get /users/{id}', 'POST /users'] }),
        admin: fn({ routes: ['ANY /admin/{proxy+}'], authorizer: 'iam', api_key_required: true }),
      },
    );
    expect(routes.map((r) => [r.functionKey, r.routeKey, r.authorizer, r.apiKeyRequired])).toEqual([
      ['users', 'GET /users/{id}', 'jwt', false],
      ['users', 'POST /users', 'jwt', false],
      ['admin', 'ANY /admin/{proxy+}', 'iam', true],
    ]);
  });

  it('rejects malformed and duplicate routes with the route as location', () => {
    expect(() => apiRoutes({ type: 'HTTP' }, { a: fn({ routes: ['FETCH /x'] }) })).toThrow(
      /not "METHOD \/path"/,
    );
    try {
      apiRoutes({ type: 'HTTP' }, { a: fn({ routes: ['GET /x'] }), b: fn({ routes: ['GET /x'] }) });
      throw new Error('expected a RouteError');
    } catch (error) {
      expect(error).toBeInstanceOf(RouteError);
      expect((error as RouteError).where).toEqual(['lambda_config', 'b', 'routes', 0]);
    }
  });

  it('keeps WebSocket route keys as written', () => {
    const routes = apiRoutes(
      { type: 'WEBSOCKET' },
      { ws: fn({ routes: ['$connect', 'sendMessage'] }) },
    );
    expect(routes.map((r) => r.routeKey)).toEqual(['$connect', 'sendMessage']);
    expect(() => apiRoutes({ type: 'WEBSOCKET' }, { ws: fn({ routes: ['GET /x'] }) })).toThrow(
      /single words/,
    );
  });
});
