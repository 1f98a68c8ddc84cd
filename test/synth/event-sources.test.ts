import { Match } from 'aws-cdk-lib/assertions';
import { fn, only, resourcesOf, synth } from './helpers';

const one = (extra: Record<string, unknown> = {}) => ({
  lambda_config: { worker: fn({ timeout: 20, ...extra }) },
});

describe('SQS sources', () => {
  it('create a queue with a DLQ, SSE and TLS-only policy, polled with the seed settings', async () => {
    const { template } = await synth({
      ...one(),
      event_source_config: {
        'sqs-trigger': {
          type: 'SQS',
          batch_size: 10,
          maximum_retry_attempts: 5,
          maximum_batching_window_in_seconds: 2,
          scaling_config: { maximum_concurrency: 4 },
          function_response_types: ['ReportBatchItemFailures'],
          message_retention_seconds: 3600,
          // Not for SQS: must not reach the mapping.
          parallelization_factor: 10,
          bisect_batch_on_function_error: true,
        },
      },
    });
    template.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'demo-dev-sqs-trigger',
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 120,
      MessageRetentionPeriod: 3600,
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': ['SqsTriggerDlq', 'Arn'] },
        maxReceiveCount: 5,
      },
    });
    template.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'demo-dev-sqs-trigger-dlq',
      MessageRetentionPeriod: 1209600,
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ],
      },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': ['SqsTriggerQueue', 'Arn'] },
      FunctionName: { Ref: 'WorkerLiveAlias' },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 2,
      ScalingConfig: { MaximumConcurrency: 4 },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ParallelizationFactor: Match.absent(),
      BisectBatchOnFunctionError: Match.absent(),
      StartingPosition: Match.absent(),
    });
  });

  it('default to 3 receives before the DLQ and reference an existing queue ARN', async () => {
    const { stack, template } = await synth({
      ...one(),
      event_source_config: {
        created: { type: 'SQS' },
        existing: { type: 'SQS', source: 'arn:aws:sqs:us-east-1:123456789012:theirs' },
      },
    });
    template.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'demo-dev-created',
      RedrivePolicy: Match.objectLike({ maxReceiveCount: 3 }),
    });
    expect(Object.keys(resourcesOf(stack, 'AWS::SQS::Queue'))).toEqual([
      'CreatedDlq',
      'CreatedQueue',
    ]);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:theirs',
    });
  });
});

describe('SNS sources', () => {
  it('create an encrypted topic, a lambda subscription with a DLQ, and the invoke permission', async () => {
    const { template } = await synth({
      ...one(),
      event_source_config: { alerts: { type: 'SNS' } },
    });
    template.hasResourceProperties('AWS::SNS::Topic', {
      TopicName: 'demo-dev-alerts',
      KmsMasterKeyId: 'alias/aws/sns',
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      Endpoint: { Ref: 'WorkerLiveAlias' },
      TopicArn: { Ref: 'AlertsTopic' },
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': ['AlertsSubscriptionDlq', 'Arn'] } },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'sns.amazonaws.com',
      SourceArn: { Ref: 'AlertsTopic' },
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'sns.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Condition: { ArnEquals: { 'aws:SourceArn': { Ref: 'AlertsTopic' } } },
          }),
        ]),
      },
    });
  });

  it('subscribe to an existing topic ARN without creating one', async () => {
    const arn = 'arn:aws:sns:us-east-1:123456789012:theirs';
    const { template } = await synth({
      ...one(),
      event_source_config: { t: { type: 'SNS', source: arn } },
    });
    template.resourceCountIs('AWS::SNS::Topic', 1); // only the alarm topic
    template.hasResourceProperties('AWS::SNS::Subscription', { TopicArn: arn });
  });
});

describe('S3 sources', () => {
  it('create a locked-down bucket that notifies the function directly (no custom resource)', async () => {
    const { stack, template } = await synth({
      ...one(),
      event_source_config: {
        uploads: {
          type: 'S3',
          events: ['s3:ObjectCreated:Put'],
          filter_prefix: 'in/',
          filter_suffix: '.csv',
        },
      },
    });
    const bucket = only(resourcesOf(stack, 'AWS::S3::Bucket'));
    expect(bucket.Properties).toMatchObject({
      BucketName: { 'Fn::Sub': 'demo-dev-uploads-${AWS::AccountId}' },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      NotificationConfiguration: {
        LambdaConfigurations: [
          {
            Event: 's3:ObjectCreated:Put',
            Function: { Ref: 'WorkerLiveAlias' },
            Filter: {
              S3Key: {
                Rules: [
                  { Name: 'prefix', Value: 'in/' },
                  { Name: 'suffix', Value: '.csv' },
                ],
              },
            },
          },
        ],
      },
    });
    expect(bucket['DependsOn']).toEqual(['UploadsInvokePermission']);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 's3.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny' })] },
    });
    expect(JSON.stringify(stack.template)).not.toMatch(
      /Custom::S3BucketNotifications|AutoDeleteObjects/,
    );
  });

  it('share one bucket between sources that name the same `source`', async () => {
    const { stack } = await synth({
      lambda_config: { csv: fn(), images: fn() },
      event_source_config: {
        'csv-in': { type: 'S3', function: 'csv', source: 'inbox', filter_suffix: '.csv' },
        'png-in': { type: 'S3', function: 'images', source: 'inbox', filter_suffix: '.png' },
      },
    });
    const bucket = only(resourcesOf(stack, 'AWS::S3::Bucket'));
    expect(bucket.Properties['BucketName']).toEqual({
      'Fn::Sub': 'demo-dev-inbox-${AWS::AccountId}',
    });
    const configurations = bucket.Properties['NotificationConfiguration'].LambdaConfigurations as {
      Function: unknown;
    }[];
    expect(configurations.map((c) => c.Function)).toEqual([
      { Ref: 'CsvLiveAlias' },
      { Ref: 'ImagesLiveAlias' },
    ]);
    expect(bucket['DependsOn']).toEqual(['CsvInInvokePermission', 'PngInInvokePermission']);
  });

  it('warn that an existing bucket needs its notification set by hand', async () => {
    const { stack, template } = await synth({
      ...one(),
      event_source_config: { ext: { type: 'S3', source: 'arn:aws:s3:::their-bucket' } },
    });
    template.resourceCountIs('AWS::S3::Bucket', 0);
    expect(stack.warnings?.join('\n')).toMatch(/their-bucket.*must be configured on the bucket/);
  });
});

describe('stream sources', () => {
  const table = {
    hash_key: 'id',
    attributes: [{ name: 'id', type: 'S' }],
    stream_enabled: true,
    stream_view_type: 'NEW_IMAGE',
  };

  it('DYNAMODB_STREAM maps every seed field and sends failures to a queue', async () => {
    const { stack, template } = await synth({
      ...one(),
      dynamodb_config: { users: table },
      event_source_config: {
        changes: {
          type: 'DYNAMODB_STREAM',
          source: 'users',
          batch_size: 100,
          starting_position: 'TRIM_HORIZON',
          maximum_retry_attempts: 2,
          maximum_record_age_in_seconds: 600,
          bisect_batch_on_function_error: true,
          parallelization_factor: 3,
          maximum_batching_window_in_seconds: 4,
        },
      },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': ['UsersTable', 'StreamArn'] },
      BatchSize: 100,
      StartingPosition: 'TRIM_HORIZON',
      MaximumRetryAttempts: 2,
      MaximumRecordAgeInSeconds: 600,
      BisectBatchOnFunctionError: true,
      ParallelizationFactor: 3,
      MaximumBatchingWindowInSeconds: 4,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': ['ChangesFailures', 'Arn'] } },
      },
    });
    const role = JSON.stringify(only(resourcesOf(stack, 'AWS::IAM::Role')));
    expect(role).toContain('dynamodb:GetRecords');
    expect(role).toContain(
      '"Action":["sqs:SendMessage"],"Resource":{"Fn::GetAtt":["ChangesFailures","Arn"]}',
    );
  });

  it('DYNAMODB_STREAM defaults: LATEST, 3 retries, the only streamed table', async () => {
    const { template } = await synth({
      ...one(),
      dynamodb_config: { users: table },
      event_source_config: { changes: { type: 'DYNAMODB_STREAM' } },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'LATEST',
      MaximumRetryAttempts: 3,
    });
  });

  it('DYNAMODB_STREAM fails on a table without a stream', async () => {
    await expect(
      synth({
        ...one(),
        dynamodb_config: { users: { ...table, stream_enabled: false } },
        event_source_config: { changes: { type: 'DYNAMODB_STREAM', source: 'users' } },
      }),
    ).rejects.toThrow(/table "users" has no stream/);
  });

  it('KINESIS creates an encrypted on-demand stream, or uses a given one and on-failure ARN', async () => {
    const { template } = await synth({
      ...one(),
      event_source_config: {
        clicks: { type: 'KINESIS', batch_size: 200 },
        theirs: {
          type: 'KINESIS',
          source: 'arn:aws:kinesis:us-east-1:123456789012:stream/theirs',
          destination_config: {
            on_failure: { destination_arn: 'arn:aws:sqs:us-east-1:123456789012:failed' },
          },
        },
      },
    });
    template.hasResourceProperties('AWS::Kinesis::Stream', {
      Name: 'demo-dev-clicks',
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
      StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': ['ClicksStream', 'Arn'] },
      BatchSize: 200,
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/theirs',
      DestinationConfig: {
        OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:failed' },
      },
    });
    template.resourceCountIs('AWS::Kinesis::Stream', 1);
  });
});

describe('SCHEDULE and EVENTBRIDGE sources', () => {
  it('create rules with retry policy, DLQ and invoke permission', async () => {
    const { template } = await synth({
      ...one(),
      event_source_config: {
        nightly: {
          type: 'SCHEDULE',
          schedule: 'rate(1 day)',
          maximum_retry_attempts: 500,
          maximum_event_age_in_seconds: 600,
        },
        'on-upload': {
          type: 'CloudWatch Events',
          event_pattern: { source: ['aws.s3'] },
          event_bus_name: 'custom-bus',
        },
      },
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      Name: 'demo-dev-nightly',
      ScheduleExpression: 'rate(1 day)',
      State: 'ENABLED',
      Targets: [
        {
          Id: 'function',
          Arn: { Ref: 'WorkerLiveAlias' },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': ['NightlyDlq', 'Arn'] } },
          // EventBridge's ceiling is 185.
          RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 600 },
        },
      ],
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['aws.s3'] },
      EventBusName: 'custom-bus',
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': ['NightlyRule', 'Arn'] },
    });
  });

  it('fail without schedule / event_pattern', async () => {
    await expect(
      synth({ ...one(), event_source_config: { s: { type: 'SCHEDULE' } } }),
    ).rejects.toThrow(/needs `schedule`/);
    await expect(
      synth({ ...one(), event_source_config: { e: { type: 'EVENTBRIDGE' } } }),
    ).rejects.toThrow(/needs `event_pattern`/);
  });
});

describe('event source targets', () => {
  it('need `function` when there is more than one function', async () => {
    await expect(
      synth({ lambda_config: { a: fn(), b: fn() }, event_source_config: { q: { type: 'SQS' } } }),
    ).rejects.toThrow(/"function" is required/);
  });
});
