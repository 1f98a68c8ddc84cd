// REST and WebSocket settings that used to be accepted and dropped: each is checked in the
// template where it must act.
import { Match } from 'aws-cdk-lib/assertions';
import { cfnLint } from '../support/cfn-lint';
import { fn, only, resourcesOf, synth } from './helpers';

const WEB_ACL =
  'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/shop/0a1b2c3d-1111-2222-3333-444455556666';

const rest = (api: Record<string, unknown> = {}, items: Record<string, unknown> = {}) => ({
  lambda_config: {
    items: fn({
      routes: [
        'GET /items/{id}',
        { route: 'POST /items', request_schema: 'schemas/item.json', throttling_burst_limit: 5 },
      ],
      ...items,
    }),
  },
  api_gateway_config: { type: 'REST', ...api },
});

describe('REST request validation', () => {
  it('turns a request_schema into a model, a body validator and the method that uses both', async () => {
    const { stack, template } = await synth(rest());
    template.hasResourceProperties('AWS::ApiGateway::Model', {
      ContentType: 'application/json',
      Schema: { title: 'Item', required: ['name'] },
    });
    const model = Object.keys(resourcesOf(stack, 'AWS::ApiGateway::Model'))[0]!;
    const validator = only(resourcesOf(stack, 'AWS::ApiGateway::RequestValidator'));
    expect(validator.Properties).toMatchObject({
      ValidateRequestBody: true,
      ValidateRequestParameters: false,
    });
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'POST',
      RequestModels: { 'application/json': { Ref: model } },
      RequestValidatorId: { Ref: Match.anyValue() },
    });
    // Path parameters are declared, so validate_request_parameters has something to check.
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'GET',
      RequestParameters: { 'method.request.path.id': true },
    });
  });

  it('names the line of a schema file that is missing', async () => {
    await expect(
      synth(rest({}, { routes: [{ route: 'POST /items', request_schema: 'schemas/none.json' }] })),
    ).rejects.toThrow(/request_schema schemas\/none.json cannot be used/);
  });
});

describe('REST CORS', () => {
  it('answers every listed origin in the preflight, and puts CORS on gateway errors', async () => {
    const { stack } = await synth(
      rest({
        cors_configuration: {
          allow_origins: ['https://a.example.com', 'https://b.example.com'],
          expose_headers: ['X-Request-Id'],
          allow_credentials: true,
        },
      }),
    );
    const preflights = Object.values(resourcesOf(stack, 'AWS::ApiGateway::Method')).filter(
      (m) => m.Properties['HttpMethod'] === 'OPTIONS',
    );
    expect(preflights).toHaveLength(2);
    const response = preflights[0]!.Properties['Integration'].IntegrationResponses[0];
    const template = response.ResponseTemplates['application/json'] as string;
    expect(template).toContain('$origin == "https://a.example.com"');
    expect(template).toContain('$origin == "https://b.example.com"');
    expect(template).toContain('responseOverride.header.Access-Control-Allow-Origin = $origin');
    expect(response.ResponseParameters['method.response.header.Vary']).toBe("'Origin'");

    const gateway = Object.values(resourcesOf(stack, 'AWS::ApiGateway::GatewayResponse'));
    expect(gateway.map((g) => g.Properties['ResponseType'] as string).sort()).toEqual([
      'DEFAULT_4XX',
      'DEFAULT_5XX',
    ]);
    expect(gateway[0]!.Properties['ResponseParameters']).toMatchObject({
      'gatewayresponse.header.Access-Control-Allow-Origin': 'method.request.header.origin',
      'gatewayresponse.header.Access-Control-Expose-Headers': "'X-Request-Id'",
      'gatewayresponse.header.Access-Control-Allow-Credentials': "'true'",
    });
  });

  it('names a single origin as itself', async () => {
    const { stack } = await synth(
      rest({ cors_configuration: { allow_origins: ['https://a.example.com'] } }),
    );
    const gateway = Object.values(resourcesOf(stack, 'AWS::ApiGateway::GatewayResponse'))[0]!;
    expect(
      gateway.Properties['ResponseParameters'][
        'gatewayresponse.header.Access-Control-Allow-Origin'
      ],
    ).toBe("'https://a.example.com'");
  });
});

describe('REST stage', () => {
  it('traces when a function does, logs execution at ERROR, throttles per route', async () => {
    const { stack } = await synth(rest({}, { tracing_config: 'Active' }));
    const stage = only(resourcesOf(stack, 'AWS::ApiGateway::Stage')).Properties;
    expect(stage['TracingEnabled']).toBe(true);
    expect(stage['MethodSettings']).toEqual([
      expect.objectContaining({ ResourcePath: '/*', HttpMethod: '*', LoggingLevel: 'ERROR' }),
      expect.objectContaining({
        ResourcePath: '/~1items',
        HttpMethod: 'POST',
        ThrottlingBurstLimit: 5,
        ThrottlingRateLimit: 50,
        LoggingLevel: 'ERROR',
      }),
    ]);
  });

  it('keeps the account-level CloudWatch role when the stack is deleted', async () => {
    const { stack } = await synth(rest());
    const account = only(resourcesOf(stack, 'AWS::ApiGateway::Account'));
    expect(account['DeletionPolicy']).toBe('Retain');
    expect(account['UpdateReplacePolicy']).toBe('Retain');
    expect(resourcesOf(stack, 'AWS::IAM::Role')['ApiCloudWatchRole']?.['DeletionPolicy']).toBe(
      'Retain',
    );
  });

  it('associates a WAF web ACL with the stage', async () => {
    const { template } = await synth(rest({ web_acl_arn: WEB_ACL }));
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      WebACLArn: WEB_ACL,
      ResourceArn: {
        'Fn::Sub': [
          'arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/${Stage}',
          { Api: { Ref: 'Api' }, Stage: { Ref: 'ApiStage' } },
        ],
      },
    });
  });

  it('admits only its VPC endpoints to a PRIVATE API', async () => {
    const { stack } = await synth(
      rest({ endpoint_type: 'PRIVATE', vpc_endpoint_ids: ['vpce-0abc'] }),
    );
    const api = only(resourcesOf(stack, 'AWS::ApiGateway::RestApi')).Properties;
    expect(api['EndpointConfiguration']).toEqual({
      Types: ['PRIVATE'],
      VpcEndpointIds: ['vpce-0abc'],
    });
    expect(api['Policy'].Statement[1]).toMatchObject({
      Effect: 'Deny',
      Condition: { StringNotEquals: { 'aws:SourceVpce': ['vpce-0abc'] } },
    });
  });

  it('deploys again when a target gains provisioned concurrency or a schema changes', async () => {
    const deploymentId = async (input: Record<string, unknown>) =>
      Object.keys(resourcesOf((await synth(input)).stack, 'AWS::ApiGateway::Deployment'))[0];
    const plain = await deploymentId(rest());
    const provisioned = await deploymentId(rest({}, { provisioned_concurrent_executions: 1 }));
    const otherSchema = await deploymentId(
      rest({}, { routes: [{ route: 'POST /items', request_schema: 'schemas/other.json' }] }),
    );
    expect(new Set([plain, provisioned, otherSchema]).size).toBe(3);
  });
});

describe('WebSocket APIs', () => {
  it('give their functions the management endpoint and the right to use it', async () => {
    const { stack, template } = await synth({
      lambda_config: {
        chat: fn({ routes: ['$connect', '$disconnect', '$default', 'sendMessage'] }),
      },
      api_gateway_config: {
        type: 'WEBSOCKET',
        route_selection_expression: '$request.body.type',
      },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'WEBSOCKET',
      RouteSelectionExpression: '$request.body.type',
    });
    const keys = Object.values(resourcesOf(stack, 'AWS::ApiGatewayV2::Route')).map(
      (r) => r.Properties['RouteKey'] as string,
    );
    expect(keys.sort()).toEqual(['$connect', '$default', '$disconnect', 'sendMessage']);
    const fnProps = only(resourcesOf(stack, 'AWS::Lambda::Function')).Properties;
    expect(fnProps['Environment'].Variables['WEBSOCKET_MANAGEMENT_ENDPOINT']).toEqual({
      'Fn::Sub': [
        'https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}',
        { Api: { Ref: 'Api' }, Stage: 'dev' },
      ],
    });
    const policy = JSON.stringify(
      Object.values(resourcesOf(stack, 'AWS::IAM::Role')).map(
        (r) => r.Properties['Policies'] as unknown,
      ),
    );
    expect(policy).toContain('execute-api:ManageConnections');
    expect(policy).toContain('/*/@connections/*');
    // The connection URL is the stage's wss:// endpoint.
    expect(stack.template.Outputs?.['ApiGatewayEndpoint']?.Value).toEqual({
      'Fn::Join': ['/', [{ 'Fn::GetAtt': ['Api', 'ApiEndpoint'] }, 'dev']],
    });
  });
});

describe('cfn-lint', () => {
  it('accepts a REST API with every new setting, and a WebSocket API with execution logs', async () => {
    const restStack = await synth(
      rest(
        {
          endpoint_type: 'PRIVATE',
          vpc_endpoint_ids: ['vpce-0abc'],
          web_acl_arn: WEB_ACL,
          metrics_enabled: true,
          data_trace_enabled: true,
          cors_configuration: { allow_origins: ['https://a.example.com', 'https://b.example.com'] },
        },
        { tracing_config: 'Active', provisioned_concurrent_executions: 1 },
      ),
    );
    const websocket = await synth({
      lambda_config: {
        chat: fn({ routes: ['$connect', { route: 'send', throttling_rate_limit: 5 }] }),
      },
      api_gateway_config: { type: 'WEBSOCKET', logging_level: 'INFO', metrics_enabled: true },
    });
    expect(cfnLint([restStack.stack.templateFile, websocket.stack.templateFile])).toEqual([]);
  });
});
