/* eslint-disable @typescript-eslint/no-unsafe-return --
   templates are untyped JSON; these tests index into them and compare with literals. */
import { Match } from 'aws-cdk-lib/assertions';
import { fn, resourcesOf, synth } from './helpers';

const seedApi = {
  type: 'HTTP',
  protocol_type: 'HTTP',
  description: 'API Principal',
  cors_configuration: {
    allow_origins: ['*'],
    allow_methods: ['GET', 'POST', 'PUT', 'DELETE'],
    allow_headers: ['*'],
    expose_headers: [],
    max_age: 3600,
  },
  domain_config: {
    domain_name: 'api.example.com',
    certificate_arn: 'arn:aws:acm:us-east-1:123456789012:certificate/1',
  },
};

describe('HTTP APIs', () => {
  it('send the $default route of a single function without routes to it', async () => {
    const { stack, template } = await synth({
      lambda_config: { 'api-handler': fn() },
      api_gateway_config: seedApi,
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      Name: 'demo-dev-api',
      ProtocolType: 'HTTP',
      Description: 'API Principal',
      CorsConfiguration: {
        AllowOrigins: ['*'],
        AllowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
        AllowHeaders: ['*'],
        MaxAge: 3600,
        ExposeHeaders: Match.absent(),
      },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { Ref: 'ApiHandlerLiveAlias' },
      PayloadFormatVersion: '2.0',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: '$default',
      AuthorizationType: 'NONE',
      Target: { 'Fn::Join': ['/', ['integrations', { Ref: 'ApiHandlerIntegration' }]] },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'apigateway.amazonaws.com',
      FunctionName: { Ref: 'ApiHandlerLiveAlias' },
    });
    expect(stack.template.Outputs?.['ApiGatewayId']?.Value).toEqual({ Ref: 'Api' });
    expect(stack.template.Outputs?.['ApiGatewayEndpoint']?.Value).toEqual({
      'Fn::Join': ['/', [{ 'Fn::GetAtt': ['Api', 'ApiEndpoint'] }, 'dev']],
    });
  });

  it('name the stage after the environment, throttle 100/50 by default and log access', async () => {
    const { template } = await synth({
      lambda_config: { a: fn() },
      api_gateway_config: { type: 'HTTP' },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: 'dev',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': ['ApiAccessLogs', 'Arn'] },
        Format: Match.stringLikeRegexp('requestId'),
      },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: '/aws/apigateway/demo-dev-access',
      RetentionInDays: 30,
    });
  });

  it('take stage_name, throttling, access_log_enabled: false', async () => {
    const { template } = await synth({
      lambda_config: { a: fn() },
      api_gateway_config: {
        type: 'HTTP',
        stage_name: 'v2',
        throttling_burst_limit: 7,
        throttling_rate_limit: 3,
        access_log_enabled: false,
      },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: 'v2',
      DefaultRouteSettings: { ThrottlingBurstLimit: 7, ThrottlingRateLimit: 3 },
      AccessLogSettings: Match.absent(),
    });
  });

  it('map a custom domain to the stage', async () => {
    const { template } = await synth({
      lambda_config: { a: fn() },
      api_gateway_config: {
        ...seedApi,
        domain_config: { ...seedApi.domain_config, base_path: 'v1' },
      },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: 'api.example.com',
      DomainNameConfigurations: [
        {
          CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/1',
          EndpointType: 'REGIONAL',
          SecurityPolicy: 'TLS_1_2',
        },
      ],
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', {
      ApiId: { Ref: 'Api' },
      DomainName: { Ref: 'ApiDomain' },
      Stage: { Ref: 'ApiStage' },
      ApiMappingKey: 'v1',
    });
  });

  it('route each function, with JWT, Lambda and IAM authorizers', async () => {
    const { stack, template } = await synth({
      lambda_config: {
        users: fn({ routes: ['GET /users/{id}', 'POST /users'] }),
        admin: fn({ routes: ['ANY /admin'], authorizer: 'custom' }),
        signed: fn({ routes: ['GET /signed'], authorizer: 'iam' }),
        authz: fn(),
      },
      api_gateway_config: {
        type: 'HTTP',
        default_authorizer: 'jwt',
        authorizers: {
          jwt: { type: 'JWT', issuer: 'https://issuer.example.com', audience: ['client'] },
          custom: { type: 'LAMBDA', function: 'authz', authorizer_result_ttl_in_seconds: 30 },
          iam: { type: 'IAM' },
        },
      },
    });
    const routes = Object.values(resourcesOf(stack, 'AWS::ApiGatewayV2::Route')).map((r) => [
      r.Properties['RouteKey'],
      r.Properties['AuthorizationType'],
    ]);
    expect(routes).toEqual([
      ['GET /users/{id}', 'JWT'],
      ['POST /users', 'JWT'],
      ['ANY /admin', 'CUSTOM'],
      ['GET /signed', 'AWS_IAM'],
    ]);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: 'https://issuer.example.com', Audience: ['client'] },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'REQUEST',
      AuthorizerPayloadFormatVersion: '2.0',
      EnableSimpleResponses: true,
      AuthorizerResultTtlInSeconds: 30,
    });
    // The authorizer function may be invoked by the API's authorizers.
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { Ref: 'AuthzLiveAlias' },
      SourceArn: {
        'Fn::Sub': [
          'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/authorizers/*',
          { Api: { Ref: 'Api' } },
        ],
      },
    });
  });

  it('derive a JWT issuer from a Cognito user pool', async () => {
    const { template } = await synth({
      lambda_config: { a: fn({ authorizer: 'pool' }) },
      api_gateway_config: {
        type: 'HTTP',
        authorizers: {
          pool: {
            type: 'COGNITO',
            user_pool_arns: ['arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc'],
            audience: ['c'],
          },
        },
      },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: {
        Issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc',
        Audience: ['c'],
      },
    });
  });

  it('reject API keys, unknown authorizers and APIs without routes', async () => {
    await expect(
      synth({ lambda_config: { a: fn() }, api_gateway_config: { type: 'HTTP', api_keys: ['k'] } }),
    ).rejects.toThrow(/only for REST APIs/);
    await expect(
      synth({
        lambda_config: { a: fn({ authorizer: 'nope' }) },
        api_gateway_config: { type: 'HTTP' },
      }),
    ).rejects.toThrow(/authorizer "nope" is not defined/);
    await expect(
      synth({ lambda_config: { a: fn(), b: fn() }, api_gateway_config: { type: 'HTTP' } }),
    ).rejects.toThrow(/the API has no routes/);
  });
});

describe('WebSocket APIs', () => {
  it('route keys, the connections permission and an authorizer on $connect only', async () => {
    const { stack, template } = await synth({
      lambda_config: {
        connect: fn({ routes: ['$connect'], authorizer: 'token' }),
        messages: fn({ routes: ['$default', 'send'], authorizer: 'token' }),
        authz: fn(),
      },
      api_gateway_config: {
        type: 'WEBSOCKET',
        authorizers: {
          token: {
            type: 'LAMBDA',
            function: 'authz',
            identity_sources: ['route.request.querystring.token'],
          },
        },
      },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'WEBSOCKET',
      RouteSelectionExpression: '$request.body.action',
    });
    const routes = Object.values(resourcesOf(stack, 'AWS::ApiGatewayV2::Route')).map((r) => [
      r.Properties['RouteKey'],
      r.Properties['AuthorizationType'],
    ]);
    expect(routes).toEqual([
      ['$connect', 'CUSTOM'],
      ['$default', 'NONE'],
      ['send', 'NONE'],
    ]);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'REQUEST',
      IdentitySource: ['route.request.querystring.token'],
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationUri: {
        'Fn::Sub': [
          'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Arn}/invocations',
          { Arn: { Ref: 'MessagesLiveAlias' } },
        ],
      },
    });
    const role = JSON.stringify(resourcesOf(stack, 'AWS::IAM::Role')['MessagesRole']);
    expect(role).toContain('execute-api:ManageConnections');
    expect(JSON.stringify(resourcesOf(stack, 'AWS::IAM::Role')['AuthzRole'])).not.toContain(
      'ManageConnections',
    );
  });
});
