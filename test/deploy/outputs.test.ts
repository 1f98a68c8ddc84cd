import {
  locationFromStackId,
  outputsFromParts,
  outputsFromResources,
  outputsFromStack,
} from '../../src/deploy/outputs';
import { originsOf } from '../../src/synth/origins';
import { deepFreeze } from '../support/deep-freeze';
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
    expect(outputsFromResources(template, originsOf(template), resources, where)).toEqual({
      lambda_function_names: { 'api-handler': 'demo-prod-api-handler' },
      lambda_function_arns: {
        'api-handler': 'arn:aws:lambda:eu-west-1:111122223333:function:demo-prod-api-handler',
      },
      lambda_alias_arns: {
        'api-handler': 'arn:aws:lambda:eu-west-1:111122223333:function:demo-prod-api-handler:live',
      },
      api_gateway_id: 'a1b2c3d4e5',
      api_gateway_endpoint: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
      dynamodb_table_names: { users: 'demo-prod-users' },
      dynamodb_table_arns: {
        users: 'arn:aws:dynamodb:eu-west-1:111122223333:table/demo-prod-users',
      },
    });
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
    expect(outputsFromResources(ws, originsOf(ws), resources, where).api_gateway_endpoint).toBe(
      'wss://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod',
    );
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

describe('outputs of a REST API', () => {
  it('name the API and the invoke URL of its stage', () => {
    const rest: CfnTemplate = {
      Resources: {
        Api: { Type: 'AWS::ApiGateway::RestApi', Metadata: origin('api', 'api') },
        ApiStage: {
          Type: 'AWS::ApiGateway::Stage',
          Properties: { RestApiId: { Ref: 'Api' }, StageName: 'dev' },
          Metadata: origin('stage', 'api'),
        },
      },
    };
    const outputs = outputsFromResources(
      deepFreeze(rest),
      originsOf(rest),
      [{ ...resources[0]!, LogicalResourceId: 'Api', PhysicalResourceId: 'r3st1d' }],
      where,
    );
    expect(outputs.api_gateway_id).toBe('r3st1d');
    expect(outputs.api_gateway_endpoint).toBe(
      'https://r3st1d.execute-api.eu-west-1.amazonaws.com/dev',
    );
  });
});

describe('outputs of a stack with nested stacks', () => {
  const where = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
  const summary = (LogicalResourceId: string, PhysicalResourceId: string) => ({
    LogicalResourceId,
    PhysicalResourceId,
    ResourceType: 'x',
    ResourceStatus: 'CREATE_COMPLETE' as const,
    LastUpdatedTimestamp: new Date(),
  });
  const group = (key: string): CfnTemplate => ({
    Resources: {
      [`${key}Function`]: { Type: 'AWS::Lambda::Function', Metadata: origin('function', key) },
    },
  });

  it('merge every stack of the tree: functions from the nested stacks, tables and API from the parent', () => {
    const parent: CfnTemplate = {
      Resources: {
        Tbl: template.Resources['Tbl']!,
        Api: template.Resources['Api']!,
        Stage: template.Resources['Stage']!,
        Functions07: {
          Type: 'AWS::CloudFormation::Stack',
          Metadata: origin('nested-stack', 'Functions07'),
        },
      },
    };
    const parts = deepFreeze([
      {
        template: parent,
        origins: originsOf(parent),
        resources: [
          summary('Tbl', 'big-dev-users'),
          summary('Api', 'a1b2c3'),
          summary('Functions07', 'big-dev-Functions07-X'),
        ],
      },
      {
        template: group('f3'),
        origins: originsOf(group('f3')),
        resources: [summary('f3Function', 'big-dev-f3')],
      },
      {
        template: group('f9'),
        origins: originsOf(group('f9')),
        resources: [summary('f9Function', 'big-dev-f9')],
      },
    ]);
    const outputs = outputsFromParts(parts, where);
    expect(outputs.lambda_function_names).not.toHaveProperty('Functions07');
    expect(outputs.lambda_function_names).toEqual({ f3: 'big-dev-f3', f9: 'big-dev-f9' });
    expect(outputs.lambda_function_arns['f9']).toBe(
      'arn:aws:lambda:us-east-1:123456789012:function:big-dev-f9',
    );
    expect(outputs.dynamodb_table_names).toEqual({ users: 'big-dev-users' });
    expect(outputs.api_gateway_id).toBe('a1b2c3');
    expect(outputs.api_gateway_endpoint).toBe('https://a1b2c3.execute-api.us-east-1.amazonaws.com');
  });
});
