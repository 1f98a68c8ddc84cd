import { routeWithoutAuthorizer } from '../../../src/review/security/rules/routes';
import { contextOf, fakeLoaded, origin } from '../support/context';

const loaded = fakeLoaded({ 'lambda_config.api': 5, 'lambda_config.api.routes': 9 });

function httpRoute(protocol: string, routeKey: string, auth?: string) {
  return contextOf(
    {
      Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol } },
      Route: {
        Type: 'AWS::ApiGatewayV2::Route',
        Properties: {
          ApiId: { Ref: 'Api' },
          RouteKey: routeKey,
          ...(auth && { AuthorizationType: auth }),
        },
      },
    },
    { Route: origin('function', 'api', 'lambda_config.api') },
    { loaded },
  );
}

describe('SA-ROUTE-NO-AUTH', () => {
  it('fires on an HTTP route without authorization, at the routes line', () => {
    const findings = routeWithoutAuthorizer.check(httpRoute('HTTP', 'GET /users'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ resource: 'api', location: { line: 9 } });
    expect(findings[0]!.message).toContain('GET /users');
  });

  it('fires on AuthorizationType NONE and a WebSocket $connect without one', () => {
    expect(routeWithoutAuthorizer.check(httpRoute('HTTP', 'ANY /{proxy+}', 'NONE'))).toHaveLength(
      1,
    );
    expect(routeWithoutAuthorizer.check(httpRoute('WEBSOCKET', '$connect'))).toHaveLength(1);
  });

  it('stays quiet with JWT / IAM, and on WebSocket routes after $connect', () => {
    expect(routeWithoutAuthorizer.check(httpRoute('HTTP', 'GET /users', 'JWT'))).toEqual([]);
    expect(routeWithoutAuthorizer.check(httpRoute('HTTP', 'GET /users', 'AWS_IAM'))).toEqual([]);
    expect(routeWithoutAuthorizer.check(httpRoute('WEBSOCKET', 'sendMessage'))).toEqual([]);
    expect(routeWithoutAuthorizer.check(httpRoute('WEBSOCKET', '$disconnect'))).toEqual([]);
  });

  it('checks REST methods, but not OPTIONS or API-key methods', () => {
    const rest = (props: Record<string, unknown>) =>
      routeWithoutAuthorizer.check(
        contextOf({ M: { Type: 'AWS::ApiGateway::Method', Properties: props } }),
      );
    expect(rest({ HttpMethod: 'GET', AuthorizationType: 'NONE' })).toHaveLength(1);
    expect(rest({ HttpMethod: 'OPTIONS', AuthorizationType: 'NONE' })).toEqual([]);
    expect(rest({ HttpMethod: 'GET', AuthorizationType: 'NONE', ApiKeyRequired: true })).toEqual(
      [],
    );
    expect(rest({ HttpMethod: 'GET', AuthorizationType: 'COGNITO_USER_POOLS' })).toEqual([]);
  });
});

describe('SA-ROUTE-NO-AUTH grouping', () => {
  it('reports one finding per config entry listing its open routes', () => {
    const route = (key: string) => ({
      Type: 'AWS::ApiGatewayV2::Route',
      Properties: { ApiId: { Ref: 'Api' }, RouteKey: key },
    });
    const fnOrigin = origin('function', 'items', 'lambda_config.items');
    const findings = routeWithoutAuthorizer.check(
      contextOf(
        {
          Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: 'HTTP' } },
          A: route('GET /items'),
          B: route('POST /items'),
        },
        { A: fnOrigin, B: fnOrigin },
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe(
      'routes "GET /items", "POST /items" have no authorizer: anyone can call them',
    );
  });
});
