/* eslint-disable @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call --
   templates are untyped JSON; these tests index into them and compare with literals. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { fn, only, resourcesOf, synth } from './helpers';

describe('lambda_config', () => {
  it('maps every seed field onto AWS::Lambda::Function', async () => {
    const { template } = await synth({
      lambda_config: {
        'api-handler': fn({
          runtime: 'nodejs22.x',
          handler: 'main.handle',
          memory_size: 256,
          timeout: 30,
          environment: { TABLE_NAME: 'users', PORT: 8080 },
          vpc_config: { subnet_ids: ['subnet-0aa', 'subnet-0bb'], security_group_ids: ['sg-0cc'] },
          tracing_config: 'Active',
          layers: ['arn:aws:lambda:us-east-1:123456789012:layer:shared:3'],
          reserved_concurrent_executions: 7,
          architectures: ['arm64'],
          description: 'the API',
        }),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'demo-dev-api-handler',
      Runtime: 'nodejs22.x',
      Handler: 'main.handle',
      MemorySize: 256,
      Timeout: 30,
      Environment: { Variables: { TABLE_NAME: 'users', PORT: '8080' } },
      VpcConfig: { SubnetIds: ['subnet-0aa', 'subnet-0bb'], SecurityGroupIds: ['sg-0cc'] },
      TracingConfig: { Mode: 'Active' },
      Layers: ['arn:aws:lambda:us-east-1:123456789012:layer:shared:3'],
      ReservedConcurrentExecutions: 7,
      Architectures: ['arm64'],
      Description: 'the API',
      LoggingConfig: { LogGroup: { Ref: 'ApiHandlerLogGroup' } },
    });
  });

  it('applies AWS defaults and leaves -1 reserved concurrency, empty layers and no tracing out', async () => {
    const { stack } = await synth({
      lambda_config: { f: fn({ reserved_concurrent_executions: -1, layers: [] }) },
    });
    const props = only(resourcesOf(stack, 'AWS::Lambda::Function')).Properties;
    expect(props).toMatchObject({
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      MemorySize: 128,
      Timeout: 3,
      Architectures: ['x86_64'],
    });
    for (const absent of [
      'ReservedConcurrentExecutions',
      'Layers',
      'TracingConfig',
      'VpcConfig',
      'Environment',
    ]) {
      expect(props).not.toHaveProperty(absent);
    }
  });

  it('gives each function a log group with retention and a least-privilege role', async () => {
    const { stack, template } = await synth({
      lambda_config: {
        plain: fn(),
        traced: fn({ tracing_config: 'Active', log_retention_in_days: 14 }),
      },
      monitoring: { log_retention_in_days: 90, alarms_enabled: false },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: '/aws/lambda/demo-dev-plain',
      RetentionInDays: 90,
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: '/aws/lambda/demo-dev-traced',
      RetentionInDays: 14,
    });
    const roles = resourcesOf(stack, 'AWS::IAM::Role');
    const statements = (id: string) =>
      roles[id]!.Properties['Policies'][0].PolicyDocument.Statement;
    expect(statements('PlainRole')).toEqual([
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: { 'Fn::GetAtt': ['PlainLogGroup', 'Arn'] },
      },
    ]);
    expect(statements('TracedRole')).toContainEqual({
      Effect: 'Allow',
      Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
      Resource: '*',
    });
    // No managed policies, no custom resources (the logRetention prop would add one).
    expect(JSON.stringify(stack.template)).not.toMatch(
      /ManagedPolicyArns|Custom::|AWS::CloudFormation::CustomResource/,
    );
  });

  it('adds VPC network-interface actions only with vpc_config', async () => {
    const { stack } = await synth({
      lambda_config: {
        inside: fn({ vpc_config: { subnet_ids: ['subnet-0aa'], security_group_ids: ['sg-0cc'] } }),
        outside: fn(),
      },
    });
    const text = (id: string) => JSON.stringify(resourcesOf(stack, 'AWS::IAM::Role')[id]);
    expect(text('InsideRole')).toContain('ec2:CreateNetworkInterface');
    expect(text('OutsideRole')).not.toContain('ec2:');
  });

  it('stages a directory source as a zip asset under assets/<hash>.zip', async () => {
    const { stack } = await synth({ lambda_config: { f: fn() } });
    const code = only(resourcesOf(stack, 'AWS::Lambda::Function')).Properties['Code'];
    expect(code.S3Bucket).toEqual({
      'Fn::Sub': 'serverless-action-${AWS::AccountId}-${AWS::Region}',
    });
    expect(code.S3Key).toMatch(/^assets\/[0-9a-f]{64}\.zip$/);
    const manifest = JSON.parse(readFileSync(stack.assetManifestFile, 'utf8'));
    const hash = code.S3Key.slice('assets/'.length, -'.zip'.length);
    const entry = manifest.files[hash];
    expect(entry.source.packaging).toBe('zip');
    expect(existsSync(join(stack.outDir, entry.source.path, 'index.js'))).toBe(true);
  });

  it('bundles a .ts entry with esbuild into the asset', async () => {
    const { stack } = await synth({
      lambda_config: { api: { source: 'src/handler.ts', handler: 'index.handler' } },
    });
    const manifest = JSON.parse(readFileSync(stack.assetManifestFile, 'utf8'));
    const code = Object.values(manifest.files as Record<string, { source: { path: string } }>).find(
      (f) => f.source.path.startsWith('bundle.'),
    );
    const bundled = readFileSync(join(stack.outDir, code!.source.path, 'index.js'), 'utf8');
    expect(bundled).toContain('TABLE_USERS');
    // The AWS SDK v3 ships with the runtime: left external.
    expect(bundled).toContain('require("@aws-sdk/client-dynamodb")');
  });

  it('uses the artifact bucket given in the options', async () => {
    const { stack } = await synth(
      { lambda_config: { f: fn() } },
      { artifactBucket: 'my-artifacts' },
    );
    const code = only(resourcesOf(stack, 'AWS::Lambda::Function')).Properties['Code'];
    expect(code.S3Bucket).toBe('my-artifacts');
  });

  it('fails with the config location when the code is missing', async () => {
    await expect(synth({ lambda_config: { ghost: {} } })).rejects.toThrow(
      /serverless\.config\.yml:7:3: .*the code of function "ghost" is not at .*functions\/ghost/,
    );
  });

  it('puts provisioned concurrency on a live alias that invocations target', async () => {
    const { template } = await synth({
      lambda_config: { f: fn({ provisioned_concurrent_executions: 3 }) },
      event_source_config: { q: { type: 'SQS' } },
    });
    template.hasResourceProperties('AWS::Lambda::Alias', {
      Name: 'live',
      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 3 },
      FunctionVersion: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FVersion'), 'Version'] },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: 'FLiveAlias' },
    });
  });
});

describe('access entries', () => {
  it('grant exactly the level actions and set the environment variables', async () => {
    const { stack } = await synth({
      lambda_config: {
        worker: fn({
          access: {
            dynamodb: { users: 'read' },
            sqs: { jobs: 'write' },
            sns: { alerts: 'write' },
            s3: { uploads: 'read_write' },
          },
        }),
      },
      dynamodb_config: { users: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] } },
      event_source_config: {
        jobs: { type: 'SQS' },
        alerts: { type: 'SNS' },
        uploads: { type: 'S3' },
      },
    });
    const fnProps = only(resourcesOf(stack, 'AWS::Lambda::Function')).Properties;
    expect(fnProps['Environment'].Variables).toEqual({
      TABLE_USERS: { Ref: 'UsersTable' },
      QUEUE_URL_JOBS: { Ref: 'JobsQueue' },
      TOPIC_ARN_ALERTS: { Ref: 'AlertsTopic' },
      BUCKET_UPLOADS: { 'Fn::Sub': 'demo-dev-uploads-${AWS::AccountId}' },
    });
    const statements = only(resourcesOf(stack, 'AWS::IAM::Role')).Properties['Policies'][0]
      .PolicyDocument.Statement as { Action: string[]; Resource: unknown }[];
    const on = (resource: unknown) =>
      statements.find((s) => JSON.stringify(s.Resource) === JSON.stringify(resource))?.Action;
    expect(
      on([
        { 'Fn::GetAtt': ['UsersTable', 'Arn'] },
        { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['UsersTable', 'Arn'] }, '/index/*']] },
      ]),
    ).toEqual([
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:ConditionCheckItem',
      'dynamodb:DescribeTable',
    ]);
    // Receive (event source) and send (access: write) on the same queue.
    expect(on({ 'Fn::GetAtt': ['JobsQueue', 'Arn'] })).toEqual([
      'sqs:ReceiveMessage',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
      'sqs:ChangeMessageVisibility',
      'sqs:SendMessage',
    ]);
    expect(on({ Ref: 'AlertsTopic' })).toEqual(['sns:Publish']);
    expect(
      on({
        'Fn::Join': [
          '',
          [{ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::demo-dev-uploads-${AWS::AccountId}' }, '/*'],
        ],
      }),
    ).toEqual(['s3:GetObject', 's3:PutObject', 's3:DeleteObject']);
    expect(
      on({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::demo-dev-uploads-${AWS::AccountId}' }),
    ).toEqual(['s3:ListBucket']);
    expect(JSON.stringify(statements)).not.toContain('dynamodb:PutItem');
  });

  it('fails on an access entry naming nothing in the config', async () => {
    await expect(
      synth({ lambda_config: { f: fn({ access: { dynamodb: { nope: 'read' } } }) } }),
    ).rejects.toThrow(/no dynamodb resource "nope" in dynamodb_config/);
  });
});
