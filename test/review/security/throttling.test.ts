import { apiThrottling } from '../../../src/review/security/rules/throttling';
import { contextOf } from '../support/context';

const api = { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: 'HTTP' } };

describe('SA-API-THROTTLING', () => {
  it('fires on an HTTP API whose stage sets no throttling', () => {
    const findings = apiThrottling.check(
      contextOf({
        Api: api,
        Stage: {
          Type: 'AWS::ApiGatewayV2::Stage',
          Properties: { ApiId: { Ref: 'Api' }, StageName: '$default' },
        },
      }),
    );
    expect(findings.map((f) => f.logicalId)).toEqual(['Api']);
  });

  it('stays quiet with DefaultRouteSettings throttling', () => {
    expect(
      apiThrottling.check(
        contextOf({
          Api: api,
          Stage: {
            Type: 'AWS::ApiGatewayV2::Stage',
            Properties: {
              ApiId: { Ref: 'Api' },
              StageName: '$default',
              DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 50 },
            },
          },
        }),
      ),
    ).toEqual([]);
  });

  it('fires on a REST API without stage or usage-plan throttling, quiet with either', () => {
    const rest = { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'r' } };
    expect(apiThrottling.check(contextOf({ Rest: rest }))).toHaveLength(1);
    expect(
      apiThrottling.check(
        contextOf({
          Rest: rest,
          Stage: {
            Type: 'AWS::ApiGateway::Stage',
            Properties: {
              RestApiId: { Ref: 'Rest' },
              MethodSettings: [{ HttpMethod: '*', ResourcePath: '/*', ThrottlingRateLimit: 10 }],
            },
          },
        }),
      ),
    ).toEqual([]);
    expect(
      apiThrottling.check(
        contextOf({
          Rest: rest,
          Plan: {
            Type: 'AWS::ApiGateway::UsagePlan',
            Properties: {
              Throttle: { RateLimit: 5 },
              ApiStages: [{ ApiId: { Ref: 'Rest' }, Stage: 'dev' }],
            },
          },
        }),
      ),
    ).toEqual([]);
  });
});
