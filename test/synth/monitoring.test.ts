/* eslint-disable @typescript-eslint/no-unsafe-return --
   templates are untyped JSON; these tests index into them and compare with literals. */
import { Match } from 'aws-cdk-lib/assertions';
import { fn, resourcesOf, synth } from './helpers';

describe('monitoring', () => {
  it('alarms on function errors, throttles and duration near the timeout, to one topic', async () => {
    const { stack, template } = await synth({ lambda_config: { api: fn({ timeout: 10 }) } });
    const alarms = Object.values(resourcesOf(stack, 'AWS::CloudWatch::Alarm')).map(
      (a) => a.Properties,
    );
    expect(alarms.map((a) => [a['MetricName'], a['Threshold']])).toEqual([
      ['Errors', 1],
      ['Throttles', 1],
      ['Duration', 8000],
    ]);
    for (const alarm of alarms) {
      expect(alarm['AlarmActions']).toEqual([{ Ref: 'AlarmTopic' }]);
      expect(alarm['Dimensions']).toEqual([{ Name: 'FunctionName', Value: 'demo-dev-api' }]);
    }
    template.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'demo-dev-alarms' });
  });

  it('watches APIs, tables, DLQs, queue age and stream iterator age', async () => {
    const { stack } = await synth({
      lambda_config: { api: fn({ timeout: 10 }) },
      api_gateway_config: { type: 'HTTP' },
      dynamodb_config: {
        t: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }], stream_enabled: true },
      },
      event_source_config: { q: { type: 'SQS' }, s: { type: 'DYNAMODB_STREAM', source: 't' } },
    });
    const metrics = Object.values(resourcesOf(stack, 'AWS::CloudWatch::Alarm')).map(
      (a) => `${a.Properties['Namespace']}:${a.Properties['MetricName']}`,
    );
    expect(metrics).toEqual(
      expect.arrayContaining([
        'AWS/ApiGateway:5xx',
        'AWS/ApiGateway:Latency',
        'AWS/DynamoDB:ReadThrottleEvents',
        'AWS/DynamoDB:WriteThrottleEvents',
        'AWS/SQS:ApproximateNumberOfMessagesVisible',
        'AWS/SQS:ApproximateAgeOfOldestMessage',
        'AWS/Lambda:IteratorAge',
      ]),
    );
    // Two DLQs: the SQS source's and the stream's on-failure queue.
    expect(metrics.filter((m) => m === 'AWS/SQS:ApproximateNumberOfMessagesVisible')).toHaveLength(
      2,
    );
  });

  it('subscribes e-mail addresses and adds a monthly budget notifying the topic', async () => {
    const { template } = await synth({
      lambda_config: { api: fn() },
      monitoring: { alarm_email_addresses: ['ops@example.com'], budget_limit_usd: 25 },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
    template.hasResourceProperties('AWS::Budgets::Budget', {
      Budget: {
        BudgetType: 'COST',
        TimeUnit: 'MONTHLY',
        BudgetLimit: { Amount: 25, Unit: 'USD' },
        CostFilters: { TagKeyValue: ['aws:cloudformation:stack-name$demo-dev'] },
      },
      NotificationsWithSubscribers: Match.arrayWith([
        Match.objectLike({
          Subscribers: [{ SubscriptionType: 'SNS', Address: { Ref: 'AlarmTopic' } }],
        }),
      ]),
    });
  });

  it('can be turned off', async () => {
    const { template } = await synth({
      lambda_config: { api: fn() },
      monitoring: { alarms_enabled: false },
    });
    template.resourceCountIs('AWS::CloudWatch::Alarm', 0);
    template.resourceCountIs('AWS::SNS::Topic', 0);
  });
});
