/* eslint-disable @typescript-eslint/no-unsafe-return --
   templates are untyped JSON; these tests index into them and compare with literals. */
import { Match } from 'aws-cdk-lib/assertions';
import { pathPrefixes } from '../../src/synth/api-rest';
import { fn, only, resourcesOf, synth } from './helpers';

describe('REST APIs', () => {
  it('expand the default route of one function to ANY / and ANY /{proxy+}', async () => {
    const { stack, template } = await synth({
      lambda_config: { a: fn() },
      api_gateway_config: { type: 'REST' },
    });
    const methods = Object.values(resourcesOf(stack, 'AWS::ApiGateway::Method')).map(
      (m) => m.Properties['HttpMethod'],
    );
    expect(methods).toEqual(['ANY', 'ANY']);
    template.hasResourceProperties('AWS::ApiGateway::Resource', { PathPart: '{proxy+}' });
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      Integration: {
        Type: 'AWS_PROXY',
        IntegrationHttpMethod: 'POST',
        Uri: {
          'Fn::Sub': [
            'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Arn}/invocations',
            { Arn: { Ref: 'ALiveAlias' } },
          ],
        },
      },
    });
    expect(stack.template.Outputs?.['ApiGatewayEndpoint']?.Value).toEqual({
      'Fn::Sub': [
        'https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}',
        { Api: { Ref: 'Api' }, Stage: 'dev' },
      ],
    });
  });

  it('build the resource tree, methods, validator, cache, binary types, CORS and access logs', async () => {
    const { stack, template } = await synth({
      lambda_config: {
        items: fn({ routes: ['GET /items', 'GET /items/{id}', 'DELETE /items/{id}'] }),
      },
      api_gateway_config: {
        type: 'REST',
        description: 'd',
        binary_media_types: ['image/png'],
        cors_configuration: {
          allow_origins: ['https://a.example'],
          allow_methods: ['GET'],
          max_age: 60,
        },
        cache_cluster_enabled: true,
        cache_cluster_size: '1.6',
        cache_ttl_in_seconds: 120,
        validate_request_body: true,
        validate_request_parameters: false,
        throttling_burst_limit: 9,
        throttling_rate_limit: 4,
      },
    });
    template.hasResourceProperties('AWS::ApiGateway::RestApi', {
      Name: 'demo-dev-api',
      Description: 'd',
      BinaryMediaTypes: ['image/png'],
      EndpointConfiguration: { Types: ['REGIONAL'] },
    });
    const paths = Object.values(resourcesOf(stack, 'AWS::ApiGateway::Resource')).map(
      (r) => r.Properties['PathPart'],
    );
    expect(paths).toEqual(['items', '{id}']);
    template.hasResourceProperties('AWS::ApiGateway::RequestValidator', {
      ValidateRequestBody: true,
      ValidateRequestParameters: false,
    });
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'DELETE',
      RequestValidatorId: { Ref: 'ApiRequestValidator' },
    });
    // One MOCK preflight per path.
    const preflights = Object.values(resourcesOf(stack, 'AWS::ApiGateway::Method')).filter(
      (m) => m.Properties['HttpMethod'] === 'OPTIONS',
    );
    expect(preflights).toHaveLength(2);
    expect(
      preflights[0]!.Properties['Integration'].IntegrationResponses[0].ResponseParameters,
    ).toEqual({
      'method.response.header.Access-Control-Allow-Headers': "'Content-Type,Authorization'",
      'method.response.header.Access-Control-Allow-Methods': "'GET'",
      'method.response.header.Access-Control-Allow-Origin': "'https://a.example'",
      'method.response.header.Access-Control-Max-Age': "'60'",
    });
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'dev',
      CacheClusterEnabled: true,
      CacheClusterSize: '1.6',
      MethodSettings: [
        {
          ResourcePath: '/*',
          HttpMethod: '*',
          ThrottlingBurstLimit: 9,
          ThrottlingRateLimit: 4,
          CachingEnabled: true,
          CacheTtlInSeconds: 120,
        },
      ],
      AccessLogSetting: {
        DestinationArn: { 'Fn::GetAtt': ['ApiAccessLogs', 'Arn'] },
        Format: Match.stringLikeRegexp('resourcePath'),
      },
    });
    // Access logs need the account's CloudWatch role; the stage waits for it.
    template.hasResourceProperties('AWS::ApiGateway::Account', {
      CloudWatchRoleArn: { 'Fn::GetAtt': ['ApiCloudWatchRole', 'Arn'] },
    });
    expect(only(resourcesOf(stack, 'AWS::ApiGateway::Stage'))['DependsOn']).toEqual(['ApiAccount']);
    // The deployment waits for every method and changes id when the routes do.
    const deployment = Object.entries(resourcesOf(stack, 'AWS::ApiGateway::Deployment'));
    expect(deployment).toHaveLength(1);
    // 3 routes, 2 preflights, 2 CORS gateway responses (4XX, 5XX).
    expect(deployment[0]![1]['DependsOn']).toHaveLength(7);
  });

  it('give a new deployment id when the routes change', async () => {
    const id = async (routes: string[]) => {
      const { stack } = await synth({
        lambda_config: { a: fn({ routes }) },
        api_gateway_config: { type: 'REST' },
      });
      return Object.keys(resourcesOf(stack, 'AWS::ApiGateway::Deployment'))[0];
    };
    expect(await id(['GET /a'])).not.toBe(await id(['GET /a', 'GET /b']));
  });

  it('attach Cognito, Lambda and IAM authorizers, API keys and a usage plan', async () => {
    const { stack, template } = await synth({
      lambda_config: {
        items: fn({ routes: ['GET /items'], authorizer: 'pool', api_key_required: true }),
        admin: fn({ routes: ['ANY /admin'], authorizer: 'iam' }),
        reports: fn({ routes: ['GET /reports'], authorizer: 'custom' }),
        authz: fn(),
      },
      api_gateway_config: {
        type: 'REST',
        authorizers: {
          pool: {
            type: 'COGNITO',
            user_pool_arns: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/p'],
          },
          iam: { type: 'IAM' },
          custom: { type: 'LAMBDA', function: 'authz', authorizer_result_ttl_in_seconds: 300 },
        },
        api_keys: ['partner-a', 'partner-b'],
        usage_plan: {
          quota_limit: 1000,
          quota_period: 'DAY',
          throttle_burst_limit: 5,
          throttle_rate_limit: 2,
        },
      },
    });
    const methods = Object.values(resourcesOf(stack, 'AWS::ApiGateway::Method')).map((m) => [
      m.Properties['HttpMethod'],
      m.Properties['AuthorizationType'],
      m.Properties['ApiKeyRequired'],
    ]);
    expect(methods).toEqual([
      ['GET', 'COGNITO_USER_POOLS', true],
      ['ANY', 'AWS_IAM', false],
      ['GET', 'CUSTOM', false],
    ]);
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'COGNITO_USER_POOLS',
      ProviderARNs: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/p'],
      IdentitySource: 'method.request.header.Authorization',
    });
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'REQUEST',
      AuthorizerResultTtlInSeconds: 300,
    });
    template.resourceCountIs('AWS::ApiGateway::ApiKey', 2);
    template.hasResourceProperties('AWS::ApiGateway::ApiKey', {
      Name: 'demo-dev-partner-a',
      Enabled: true,
    });
    template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      ApiStages: [{ ApiId: { Ref: 'Api' }, Stage: { Ref: 'ApiStage' } }],
      Quota: { Limit: 1000, Period: 'DAY' },
      Throttle: { BurstLimit: 5, RateLimit: 2 },
    });
    template.resourceCountIs('AWS::ApiGateway::UsagePlanKey', 2);
  });

  it('map a custom domain with a regional certificate', async () => {
    const { template } = await synth({
      lambda_config: { a: fn() },
      api_gateway_config: {
        type: 'REST',
        domain_config: {
          domain_name: 'api.example.com',
          certificate_arn: 'arn:aws:acm:us-east-1:123456789012:certificate/1',
        },
      },
    });
    template.hasResourceProperties('AWS::ApiGateway::DomainName', {
      DomainName: 'api.example.com',
      RegionalCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/1',
      SecurityPolicy: 'TLS_1_2',
    });
    template.hasResourceProperties('AWS::ApiGateway::BasePathMapping', {
      DomainName: { Ref: 'ApiDomain' },
      RestApiId: { Ref: 'Api' },
      Stage: { Ref: 'ApiStage' },
    });
  });

  it('lists parent paths first', () => {
    expect(pathPrefixes('/a/{b}/c')).toEqual(['/a', '/a/{b}', '/a/{b}/c']);
    expect(pathPrefixes('/')).toEqual([]);
  });
});
