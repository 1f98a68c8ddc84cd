import {
  locationFromStackId,
  originsFromTemplate,
  outputsFromResources,
  outputsFromStack,
} from '../../src/deploy/outputs';
import type { CfnTemplate } from '../../src/synth/types';

const origin = (kind: string, key: string) => ({
  'serverless-action:origin': { kind, key, path: `x.${key}` },
});

const template: CfnTemplate = {
  Resources: {
    Fn: { Type: 'AWS::Lambda::Function', Metadata: origin('function', 'api-handler') },
    Live: {
      Type: 'AWS::Lambda::Alias',
      Properties: { FunctionName: { Ref: 'Fn' }, Name: 'live' },
      Metadata: origin('function-alias', 'api-handler'),
    },
    Tbl: { Type: 'AWS::DynamoDB::Table', Metadata: origin('table', 'users') },
    Api: {
      Type: 'AWS::ApiGatewayV2::Api',
      Properties: { ProtocolType: 'HTTP' },
      Metadata: origin('api', 'api'),
    },
    Stage: {
      Type: 'AWS::ApiGatewayV2::Stage',
      Properties: { ApiId: { Ref: 'Api' }, StageName: '$default' },
    },
    Role: { Type: 'AWS::IAM::Role' },
  },
};
const where = { partition: 'aws', region: 'eu-west-1', account: '111122223333' };
const resources = [
  { LogicalResourceId: 'Fn', PhysicalResourceId: 'demo-prod-api-handler' },
  // An alias's physical id (its Ref) is its ARN.
  {
    LogicalResourceId: 'Live',
    PhysicalResourceId: 'arn:aws:lambda:eu-west-1:111122223333:function:demo-prod-api-handler:live',
  },
  { LogicalResourceId: 'Tbl', PhysicalResourceId: 'demo-prod-users' },
  { LogicalResourceId: 'Api', PhysicalResourceId: 'a1b2c3d4e5' },
].map((r) => ({
  ...r,
  ResourceType: 'x',
  ResourceStatus: 'CREATE_COMPLETE' as const,
  LastUpdatedTimestamp: new Date(),
}));

describe('outputs', () => {
  it('are rebuilt from resources when the stack has no Outputs', () => {
    expect(outputsFromResources(template, originsFromTemplate(template), resources, where)).toEqual(
      {
        lambda_function_names: { 'api-handler': 'demo-prod-api-handler' },
        lambda_function_arns: {
          'api-handler': 'arn:aws:lambda:eu-west-1:111122223333:function:demo-prod-api-handler',
        },
        lambda_alias_arns: {
          'api-handler':
            'arn:aws:lambda:eu-west-1:111122223333:function:demo-prod-api-handler:live',
        },
        api_gateway_id: 'a1b2c3d4e5',
        api_gateway_endpoint: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
        dynamodb_table_names: { users: 'demo-prod-users' },
        dynamodb_table_arns: {
          users: 'arn:aws:dynamodb:eu-west-1:111122223333:table/demo-prod-users',
        },
      },
    );
  });

  it('a WebSocket API with a named stage gets a wss:// endpoint with the stage', () => {
    const ws: CfnTemplate = {
      Resources: {
        ...template.Resources,
        Api: { ...template.Resources['Api']!, Properties: { ProtocolType: 'WEBSOCKET' } },
        Stage: {
          Type: 'AWS::ApiGatewayV2::Stage',
          Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod' },
        },
      },
    };
    expect(
      outputsFromResources(ws, originsFromTemplate(ws), resources, where).api_gateway_endpoint,
    ).toBe('wss://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod');
  });

  it('are read from stack Outputs when present', () => {
    const outputs = outputsFromStack([
      { OutputKey: 'LambdaFunctionNames', OutputValue: '{"api-handler":"f"}' },
      { OutputKey: 'DynamodbTableArns', OutputValue: '{"users":"arn:t"}' },
      { OutputKey: 'ApiGatewayId', OutputValue: 'abc' },
      {
        OutputKey: 'ApiGatewayEndpoint',
        OutputValue: 'https://abc.execute-api.us-east-1.amazonaws.com',
      },
    ]);
    expect(outputs).toMatchObject({
      lambda_function_names: { 'api-handler': 'f' },
      lambda_function_arns: {},
      dynamodb_table_arns: { users: 'arn:t' },
      api_gateway_id: 'abc',
    });
    expect(outputsFromStack([])).toBeUndefined();
    expect(outputsFromStack(undefined)).toBeUndefined();
  });

  it('partition, region and account come from the stack id', () => {
    expect(
      locationFromStackId('arn:aws-cn:cloudformation:cn-north-1:123456789012:stack/s/guid'),
    ).toEqual({
      partition: 'aws-cn',
      region: 'cn-north-1',
      account: '123456789012',
    });
    expect(locationFromStackId('not-an-arn')).toBeUndefined();
  });
});
