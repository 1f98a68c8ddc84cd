import { eventSourceWithoutDlq } from '../../../src/review/security/rules/dead-letters';
import { contextOf, fn, origin, type Resources } from '../support/context';

const check = (resources: Resources) =>
  eventSourceWithoutDlq.check(
    contextOf(resources, {
      Mapping: origin('event-source', 'orders', 'event_source_config.orders'),
    }),
  );

const mapping = (source: unknown, extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::Lambda::EventSourceMapping',
  Properties: { FunctionName: { Ref: 'Fn' }, EventSourceArn: source, ...extra },
});

describe('SA-EVENT-NO-DLQ', () => {
  it('fires on an SQS source queue without a redrive policy, named by the event source key', () => {
    const findings = check({
      Fn: fn(),
      Q: { Type: 'AWS::SQS::Queue', Properties: {} },
      Mapping: mapping({ 'Fn::GetAtt': ['Q', 'Arn'] }),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ resource: 'orders', logicalId: 'Mapping' });
  });

  it('stays quiet when the queue has a redrive policy', () => {
    expect(
      check({
        Fn: fn(),
        Q: {
          Type: 'AWS::SQS::Queue',
          Properties: { RedrivePolicy: { deadLetterTargetArn: 'x', maxReceiveCount: 3 } },
        },
        Mapping: mapping({ 'Fn::GetAtt': ['Q', 'Arn'] }),
      }),
    ).toEqual([]);
  });

  it('fires on a stream mapping without on-failure destination, quiet with one', () => {
    const table = { Type: 'AWS::DynamoDB::Table', Properties: {} };
    expect(
      check({ Fn: fn(), T: table, Mapping: mapping({ 'Fn::GetAtt': ['T', 'StreamArn'] }) }),
    ).toHaveLength(1);
    expect(
      check({
        Fn: fn(),
        T: table,
        Mapping: mapping(
          { 'Fn::GetAtt': ['T', 'StreamArn'] },
          { DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:1:dlq' } } },
        ),
      }),
    ).toEqual([]);
  });

  it('fires on an EventBridge target without DLQ; quiet with a target DLQ or the function keeping failures', () => {
    const rule = (target: Record<string, unknown>) => ({
      Type: 'AWS::Events::Rule',
      Properties: {
        ScheduleExpression: 'rate(1 hour)',
        Targets: [{ Id: 't', Arn: { 'Fn::GetAtt': ['Fn', 'Arn'] }, ...target }],
      },
    });
    expect(check({ Fn: fn(), R: rule({}) })).toHaveLength(1);
    expect(
      check({ Fn: fn(), R: rule({ DeadLetterConfig: { Arn: 'arn:aws:sqs:us-east-1:1:d' } }) }),
    ).toEqual([]);
    expect(
      check({
        Fn: fn(),
        R: rule({}),
        Cfg: {
          Type: 'AWS::Lambda::EventInvokeConfig',
          Properties: {
            FunctionName: { Ref: 'Fn' },
            Qualifier: '$LATEST',
            DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:1:d' } },
          },
        },
      }),
    ).toEqual([]);
  });

  it('fires on an SNS lambda subscription without redrive; quiet with one', () => {
    const sub = (extra: Record<string, unknown>) => ({
      Type: 'AWS::SNS::Subscription',
      Properties: {
        Protocol: 'lambda',
        TopicArn: { Ref: 'T' },
        Endpoint: { 'Fn::GetAtt': ['Fn', 'Arn'] },
        ...extra,
      },
    });
    expect(check({ Fn: fn(), S: sub({}) })).toHaveLength(1);
    expect(check({ Fn: fn(), S: sub({ RedrivePolicy: { deadLetterTargetArn: 'x' } }) })).toEqual(
      [],
    );
  });
});
