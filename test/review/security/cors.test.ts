import { corsAnyOrigin } from '../../../src/review/security/rules/cors';
import { contextOf, fakeLoaded, origin } from '../support/context';

const apiOrigin = { Api: origin('api', 'api', 'api_gateway_config') };
const loaded = fakeLoaded({
  api_gateway_config: 20,
  'api_gateway_config.cors_configuration.allow_origins': 27,
});

function httpApi(cors: Record<string, unknown> | undefined) {
  return contextOf(
    {
      Api: {
        Type: 'AWS::ApiGatewayV2::Api',
        Properties: { Name: 'a', ProtocolType: 'HTTP', ...(cors && { CorsConfiguration: cors }) },
      },
    },
    apiOrigin,
    { loaded },
  );
}

describe('SA-CORS-ANY-ORIGIN', () => {
  it('fires on AllowOrigins "*" at the allow_origins line', () => {
    const [finding, ...rest] = corsAnyOrigin.check(httpApi({ AllowOrigins: ['*'] }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'medium', resource: 'api', location: { line: 27 } });
  });

  it('is high with credentials allowed', () => {
    expect(
      corsAnyOrigin.check(httpApi({ AllowOrigins: ['*'], AllowCredentials: true }))[0]?.severity,
    ).toBe('high');
  });

  it('stays quiet on listed origins or no CORS', () => {
    expect(corsAnyOrigin.check(httpApi({ AllowOrigins: ['https://app.example.com'] }))).toEqual([]);
    expect(corsAnyOrigin.check(httpApi(undefined))).toEqual([]);
  });

  it('fires on a REST OPTIONS method answering Access-Control-Allow-Origin *', () => {
    const method = (origin: string) =>
      contextOf({
        Opt: {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            HttpMethod: 'OPTIONS',
            Integration: {
              Type: 'MOCK',
              IntegrationResponses: [
                {
                  StatusCode: '204',
                  ResponseParameters: {
                    'method.response.header.Access-Control-Allow-Origin': origin,
                  },
                },
              ],
            },
          },
        },
      });
    expect(corsAnyOrigin.check(method("'*'"))).toHaveLength(1);
    expect(corsAnyOrigin.check(method("'https://app.example.com'"))).toEqual([]);
  });
});
