/* eslint-disable @typescript-eslint/no-unsafe-return --
   templates are untyped JSON; these tests index into them and compare with literals. */
import { Match } from 'aws-cdk-lib/assertions';
import { only, resourcesOf, synth } from './helpers';

const users = {
  billing_mode: 'PAY_PER_REQUEST',
  hash_key: 'id',
  range_key: 'email',
  attributes: [
    { name: 'id', type: 'S' },
    { name: 'email', type: 'S' },
    { name: 'n', type: 'N' },
  ],
  global_secondary_indexes: [
    {
      name: 'EmailIndex',
      hash_key: 'email',
      range_key: null,
      projection_type: 'ALL',
      non_key_attributes: [],
    },
    {
      name: 'ByN',
      hash_key: 'n',
      range_key: 'email',
      projection_type: 'INCLUDE',
      non_key_attributes: ['x'],
    },
    { name: 'Keys', hash_key: 'n', projection_type: 'KEYS_ONLY' },
  ],
  stream_enabled: true,
  stream_view_type: 'NEW_AND_OLD_IMAGES',
  ttl_enabled: true,
  ttl_attribute: 'expirationTime',
};

describe('dynamodb_config', () => {
  it('maps keys, attributes, indexes, stream and TTL', async () => {
    const { template } = await synth({ dynamodb_config: { users } });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'demo-dev-users',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'id', KeyType: 'HASH' },
        { AttributeName: 'email', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'id', AttributeType: 'S' },
        { AttributeName: 'email', AttributeType: 'S' },
        { AttributeName: 'n', AttributeType: 'N' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'EmailIndex',
          KeySchema: [{ AttributeName: 'email', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'ALL' },
        },
        {
          IndexName: 'ByN',
          KeySchema: [
            { AttributeName: 'n', KeyType: 'HASH' },
            { AttributeName: 'email', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['x'] },
        },
        {
          IndexName: 'Keys',
          KeySchema: [{ AttributeName: 'n', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'KEYS_ONLY' },
        },
      ],
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { Enabled: true, AttributeName: 'expirationTime' },
      ProvisionedThroughput: Match.absent(),
      SSESpecification: Match.absent(),
    });
  });

  it('keeps data in normal environments: RETAIN, deletion protection, PITR', async () => {
    const { template } = await synth({ dynamodb_config: { users } });
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      }),
    });
  });

  it('lets pull-request environments go: DESTROY, no protection, no PITR', async () => {
    const { template } = await synth({ environment: 'pr-42', dynamodb_config: { users } });
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({
        DeletionProtectionEnabled: false,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false },
      }),
    });
  });

  it('honours point_in_time_recovery, deletion_protection_enabled and a KMS key', async () => {
    const { template } = await synth({
      dynamodb_config: {
        t: {
          hash_key: 'id',
          attributes: [{ name: 'id', type: 'S' }],
          point_in_time_recovery: false,
          deletion_protection_enabled: false,
          server_side_encryption: {
            enabled: true,
            kms_key_arn: 'arn:aws:kms:us-east-1:123456789012:key/abc',
          },
        },
      },
    });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      DeletionProtectionEnabled: false,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false },
      SSESpecification: {
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc',
      },
    });
  });

  it('sizes PROVISIONED tables and their indexes, with target-tracking auto scaling', async () => {
    const { stack, template } = await synth({
      dynamodb_config: {
        orders: {
          billing_mode: 'PROVISIONED',
          hash_key: 'id',
          attributes: [
            { name: 'id', type: 'S' },
            { name: 'c', type: 'S' },
          ],
          read_capacity: 10,
          write_capacity: 4,
          global_secondary_indexes: [{ name: 'ByC', hash_key: 'c', read_capacity: 3 }],
          autoscaling: { min_capacity: 2, max_capacity: 40, target_utilization: 55 },
        },
      },
    });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 4 },
      GlobalSecondaryIndexes: [
        Match.objectLike({
          ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 4 },
        }),
      ],
    });
    const targets = Object.values(
      resourcesOf(stack, 'AWS::ApplicationAutoScaling::ScalableTarget'),
    );
    expect(targets.map((t) => t.Properties['ScalableDimension']).sort()).toEqual([
      'dynamodb:table:ReadCapacityUnits',
      'dynamodb:table:WriteCapacityUnits',
    ]);
    expect(targets[0]!.Properties).toMatchObject({
      ResourceId: 'table/demo-dev-orders',
      MinCapacity: 2,
      MaxCapacity: 40,
    });
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 55,
        PredefinedMetricSpecification: { PredefinedMetricType: 'DynamoDBReadCapacityUtilization' },
      },
    });
  });

  it('records the table origin and exports names and ARNs keyed by config key', async () => {
    const { stack } = await synth({ dynamodb_config: { users } });
    expect(stack.origins['UsersTable']).toEqual({
      kind: 'table',
      key: 'users',
      path: 'dynamodb_config.users',
    });
    expect(only(resourcesOf(stack, 'AWS::DynamoDB::Table')).Metadata).toEqual({
      'serverless-action:origin': { kind: 'table', key: 'users', path: 'dynamodb_config.users' },
    });
    expect(stack.template.Outputs?.['DynamodbTableNames']?.Value).toEqual({
      'Fn::Join': ['', ['{"users":"', { Ref: 'UsersTable' }, '"}']],
    });
    expect(stack.template.Outputs?.['DynamodbTableArns']?.Value).toEqual({
      'Fn::Join': ['', ['{"users":"', { 'Fn::GetAtt': ['UsersTable', 'Arn'] }, '"}']],
    });
  });
});
