import { stackGraph } from '../../src/review/graph';
import type { CfnTemplate } from '../../src/synth/types';

const template: CfnTemplate = {
  Resources: {
    Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: {} },
    Integration: {
      Type: 'AWS::ApiGatewayV2::Integration',
      Properties: { ApiId: { Ref: 'Api' }, IntegrationUri: { 'Fn::GetAtt': ['Fn', 'Arn'] } },
    },
    Role: { Type: 'AWS::IAM::Role', Properties: {} },
    Fn: { Type: 'AWS::Lambda::Function', Properties: { Role: { 'Fn::GetAtt': ['Role', 'Arn'] } } },
    Policy: {
      Type: 'AWS::IAM::Policy',
      Properties: {
        Roles: [{ Ref: 'Role' }],
        PolicyDocument: {
          Statement: [
            { Resource: { 'Fn::GetAtt': ['Users', 'Arn'] } },
            { Resource: { 'Fn::GetAtt': ['Jobs', 'Arn'] } },
          ],
        },
      },
    },
    Users: { Type: 'AWS::DynamoDB::Table', Properties: {} },
    Jobs: { Type: 'AWS::SQS::Queue', Properties: {} },
    Mapping: {
      Type: 'AWS::Lambda::EventSourceMapping',
      Properties: {
        FunctionName: { Ref: 'Fn' },
        EventSourceArn: { 'Fn::GetAtt': ['Jobs', 'Arn'] },
      },
    },
    Nightly: {
      Type: 'AWS::Events::Rule',
      Properties: {
        ScheduleExpression: 'rate(1 day)',
        Targets: [{ Arn: { 'Fn::GetAtt': ['Fn', 'Arn'] } }],
      },
    },
    AlarmTopic: {
      Type: 'AWS::SNS::Topic',
      Properties: {},
      Metadata: {
        'serverless-action:origin': { kind: 'alarm-topic', key: 'monitoring', path: 'monitoring' },
      },
    },
  },
};

describe('stackGraph', () => {
  it('reads API → function → table and queue/schedule → function from the template, unchanged', () => {
    const frozen = JSON.parse(JSON.stringify(template)) as CfnTemplate;
    Object.freeze(frozen.Resources);
    const graph = stackGraph(frozen);
    expect(graph.nodes.map((n) => `${n.kind}:${n.id}`).sort()).toEqual(
      ['api:Api', 'function:Fn', 'queue:Jobs', 'schedule:Nightly', 'table:Users'].sort(),
    );
    const edges = graph.edges.map((e) => `${e.from}->${e.to}`).sort();
    // The function's grant on its own trigger queue draws no reverse arrow.
    expect(edges).toEqual(['Api->Fn', 'Fn->Users', 'Jobs->Fn', 'Nightly->Fn'].sort());
  });
});
