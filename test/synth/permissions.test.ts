// permissions, managed_policies, secrets and iam.permissions_boundary as they land in the
// template: statements with the stack's resources resolved, secrets as references with a
// grant on exactly that parameter or secret, and the boundary on every role.
import { fn, only, resourcesOf, synth } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function statementsOf(role: Json): Json[] {
  return (role as { Properties: { Policies: { PolicyDocument: { Statement: Json[] } }[] } })
    .Properties.Policies[0]!.PolicyDocument.Statement;
}

describe('lambda_config.<fn>.permissions', () => {
  it("resolves the stack's own resources, keeps ARNs, and names each statement by its index", async () => {
    const { stack } = await synth({
      lambda_config: {
        api: fn({
          permissions: [
            {
              actions: ['bedrock:InvokeModel'],
              resources: ['arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/m'],
            },
            {
              actions: ['dynamodb:Query'],
              resources: ['dynamodb:users', 'dynamodb:users/index/*'],
              conditions: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
            },
            { actions: ['sqs:SendMessage'], resources: ['sqs:jobs'], effect: 'Deny' },
          ],
          managed_policies: ['arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess'],
        }),
      },
      dynamodb_config: { users: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] } },
      event_source_config: { jobs: { type: 'SQS', function: 'api' } },
    });
    const role = only(resourcesOf(stack, 'AWS::IAM::Role'));
    const written = statementsOf(role).filter((s: Json) => typeof s.Sid === 'string');
    expect(written).toEqual([
      {
        Sid: 'Permissions0',
        Effect: 'Allow',
        Action: ['bedrock:InvokeModel'],
        Resource: {
          'Fn::Sub': 'arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/m',
        },
      },
      {
        Sid: 'Permissions1',
        Effect: 'Allow',
        Action: ['dynamodb:Query'],
        Resource: [
          { 'Fn::GetAtt': ['UsersTable', 'Arn'] },
          { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['UsersTable', 'Arn'] }, '/index/*']] },
        ],
        Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
      },
      {
        Sid: 'Permissions2',
        Effect: 'Deny',
        Action: ['sqs:SendMessage'],
        Resource: { 'Fn::GetAtt': ['JobsQueue', 'Arn'] },
      },
    ]);
    expect(role.Properties.ManagedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess',
    ]);
  });

  it('grants an existing queue exactly what the poller needs, on that queue', async () => {
    const arn = 'arn:aws:sqs:us-east-1:123456789012:payments';
    const { stack } = await synth({
      lambda_config: { api: fn() },
      event_source_config: { payments: { type: 'SQS', source: arn } },
    });
    // A permission may name the existing queue by its event source's key, too.
    const { stack: named } = await synth({
      lambda_config: {
        api: fn({ permissions: [{ actions: ['sqs:SendMessage'], resources: ['sqs:payments'] }] }),
      },
      event_source_config: { payments: { type: 'SQS', source: arn } },
    });
    expect(
      statementsOf(only(resourcesOf(named, 'AWS::IAM::Role'))).find(
        (s: { Sid?: string }) => s.Sid === 'Permissions0',
      ),
    ).toMatchObject({ Action: ['sqs:SendMessage'], Resource: arn });
    const onQueue = statementsOf(only(resourcesOf(stack, 'AWS::IAM::Role'))).filter((s: Json) =>
      JSON.stringify(s.Resource).includes('payments'),
    );
    expect(onQueue).toEqual([
      {
        Effect: 'Allow',
        Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
        Resource: arn,
      },
    ]);
    expect(resourcesOf(stack, 'AWS::SQS::Queue')).toEqual({});
  });
});

describe('lambda_config.<fn>.secrets', () => {
  it('sets references, never values, and grants read on exactly that parameter or secret', async () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/2f1c1a57-8d77-4bfe-9cf4-6a1e55b7c0de';
    const { stack } = await synth({
      lambda_config: {
        api: fn({
          secrets: {
            DB_PASSWORD: { from: 'ssm:/shop/dev/db-password', kms_key_arn: key },
            STRIPE_KEY: 'secretsmanager:shop/stripe#api_key',
            TOKEN: 'secretsmanager:arn:aws:secretsmanager:us-east-1:123456789012:secret:t-AbCdEf',
          },
        }),
      },
    });
    const lambda = only(resourcesOf(stack, 'AWS::Lambda::Function'));
    expect(lambda.Properties.Environment.Variables).toEqual({
      DB_PASSWORD: '/shop/dev/db-password',
      STRIPE_KEY: 'shop/stripe',
      STRIPE_KEY_JSON_KEY: 'api_key',
      TOKEN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:t-AbCdEf',
    });
    const statements = statementsOf(only(resourcesOf(stack, 'AWS::IAM::Role')));
    const on = (resource: unknown): Json[] =>
      statements.filter(
        (s: { Resource: unknown }) => JSON.stringify(s.Resource) === JSON.stringify(resource),
      );
    expect(
      on({
        'Fn::Sub':
          'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/shop/dev/db-password',
      })[0].Action,
    ).toEqual(['ssm:GetParameter', 'ssm:GetParameters']);
    expect(
      on({
        'Fn::Sub':
          'arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:shop/stripe-??????',
      })[0].Action,
    ).toEqual(['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret']);
    expect(on('arn:aws:secretsmanager:us-east-1:123456789012:secret:t-AbCdEf')).toHaveLength(1);
    expect(on(key)).toEqual([
      {
        Effect: 'Allow',
        Action: ['kms:Decrypt'],
        Resource: key,
        Condition: {
          StringEquals: { 'kms:ViaService': { 'Fn::Sub': 'ssm.${AWS::Region}.amazonaws.com' } },
        },
      },
    ]);
    // Nothing else in the account: no wildcard resource among the secret grants.
    expect(
      statements.filter((s: Json) =>
        [s.Action].flat().some((a: string) => /^(ssm|secretsmanager|kms):/.test(a)),
      ),
    ).toHaveLength(4);
  });
});

describe('iam.permissions_boundary', () => {
  it('is set on every role the stack creates, the API Gateway logging role included', async () => {
    const boundary = 'arn:aws:iam::${AWS::AccountId}:policy/serverless-action-boundary';
    const { stack } = await synth({
      iam: { permissions_boundary: boundary },
      lambda_config: { api: fn({ routes: ['GET /items'] }), worker: fn() },
      api_gateway_config: { type: 'REST', access_log_enabled: true },
    });
    const roles = resourcesOf(stack, 'AWS::IAM::Role');
    expect(Object.keys(roles).sort()).toEqual(['ApiCloudWatchRole', 'ApiRole', 'WorkerRole']);
    for (const role of Object.values(roles)) {
      expect(role.Properties.PermissionsBoundary).toEqual({ 'Fn::Sub': boundary });
    }
  });

  it('is absent when not configured', async () => {
    const { stack } = await synth({ lambda_config: { api: fn() } });
    expect(
      only(resourcesOf(stack, 'AWS::IAM::Role')).Properties.PermissionsBoundary,
    ).toBeUndefined();
  });
});
