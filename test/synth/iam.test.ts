import { accessActions, accessEnvironmentName, allow, mergeStatements } from '../../src/synth/iam';

describe('access levels', () => {
  it('maps each level to exactly its actions', () => {
    expect(accessActions('dynamodb', 'read')).toEqual([
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:ConditionCheckItem',
      'dynamodb:DescribeTable',
    ]);
    expect(accessActions('dynamodb', 'write')).toEqual([
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
    ]);
    expect(accessActions('sqs', 'read')).toEqual([
      'sqs:ReceiveMessage',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
      'sqs:ChangeMessageVisibility',
    ]);
    expect(accessActions('sqs', 'write')).toEqual(['sqs:SendMessage']);
    expect(accessActions('sns', 'write')).toEqual(['sns:Publish']);
    expect(accessActions('s3', 'read_write')).toEqual([
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject',
      's3:DeleteObject',
    ]);
  });

  it('names environment variables TABLE_/QUEUE_URL_/TOPIC_ARN_/BUCKET_ + KEY', () => {
    expect(accessEnvironmentName('dynamodb', 'user-profiles')).toBe('TABLE_USER_PROFILES');
    expect(accessEnvironmentName('sqs', 'orders.v2')).toBe('QUEUE_URL_ORDERS_V2');
    expect(accessEnvironmentName('sns', 'alerts')).toBe('TOPIC_ARN_ALERTS');
    expect(accessEnvironmentName('s3', 'uploads')).toBe('BUCKET_UPLOADS');
  });

  it('merges statements on the same resource and keeps conditional ones apart', () => {
    const merged = mergeStatements([
      allow(['a:One'], '*'),
      allow(['a:Two', 'a:One'], '*'),
      allow(['b:One'], 'arn:x'),
      { Effect: 'Allow', Action: 'c:One', Resource: '*', Condition: { Bool: { x: 'true' } } },
    ]);
    expect(merged).toHaveLength(3);
    expect(merged[0]).toEqual({ Effect: 'Allow', Action: ['a:One', 'a:Two'], Resource: '*' });
  });
});
