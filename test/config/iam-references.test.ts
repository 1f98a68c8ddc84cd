// The parsing behind permissions resources and secrets references: pure string work.
import {
  isKmsKeyArn,
  parseArn,
  parseResourceReference,
  parseSecretReference,
} from '../../src/config/iam-references';

describe('parseArn', () => {
  it.each([
    ['arn:aws:s3:::bucket/key/*', 's3', '', '', 'bucket/key/*'],
    ['arn:aws:sqs:us-east-1:123456789012:orders', 'sqs', 'us-east-1', '123456789012', 'orders'],
    [
      'arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/anthropic.claude-v2:1',
      'bedrock',
      '${AWS::Region}',
      '',
      'foundation-model/anthropic.claude-v2:1',
    ],
    ['arn:aws-us-gov:iam::aws:policy/ReadOnly', 'iam', '', 'aws', 'policy/ReadOnly'],
  ])('parses %s', (arn, service, region, account, resource) => {
    expect(parseArn(arn)).toMatchObject({ service, region, account, resource });
  });

  it.each([
    'arn:aws:s3',
    'arn:aws:S3:::b',
    'arn:azure:s3:::b',
    'arn:aws:sqs:us-east-1:12:q',
    'x:aws:s3:::b',
  ])('refuses %s', (arn) => {
    expect(parseArn(arn)).toBeUndefined();
  });
});

describe('parseResourceReference', () => {
  it('reads ARNs, "*" and the stack\'s own resources with their suffixes', () => {
    expect(parseResourceReference('*')).toEqual({ type: 'any' });
    expect(parseResourceReference('dynamodb:users/index/by-email')).toEqual({
      type: 'own',
      kind: 'dynamodb',
      key: 'users',
      suffix: '/index/by-email',
    });
    expect(parseResourceReference('s3:uploads/*')).toMatchObject({ key: 'uploads', suffix: '/*' });
    expect(parseResourceReference('sqs:orders/x')).toMatchObject({ type: 'invalid' });
    expect(parseResourceReference('lambda:fn')).toMatchObject({ type: 'invalid' });
    expect(parseResourceReference('sqs:')).toMatchObject({ type: 'invalid' });
  });
});

describe('parseSecretReference', () => {
  it('gives the id the function gets and the ARN the role may read', () => {
    expect(parseSecretReference('ssm:/app/db')).toEqual({
      store: 'ssm',
      id: '/app/db',
      arn: 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/app/db',
    });
    expect(parseSecretReference('ssm:plain-name')).toMatchObject({
      arn: 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/plain-name',
    });
    expect(parseSecretReference('secretsmanager:app/stripe#api_key')).toEqual({
      store: 'secretsmanager',
      id: 'app/stripe',
      arn: 'arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:app/stripe-??????',
      jsonKey: 'api_key',
    });
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app/stripe-AbCdEf';
    expect(parseSecretReference(`secretsmanager:${arn}`)).toEqual({
      store: 'secretsmanager',
      id: arn,
      arn,
    });
  });

  it.each([
    'hunter2',
    'ssm:',
    'ssm:arn:aws:s3:::b',
    'secretsmanager:',
    'secretsmanager:name#',
    'secretsmanager:arn:aws:ssm:us-east-1:123456789012:parameter/x',
  ])('refuses %s', (value) => {
    expect(parseSecretReference(value).store).toBe('invalid');
  });
});

it('isKmsKeyArn takes key ARNs, not aliases', () => {
  expect(
    isKmsKeyArn('arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'),
  ).toBe(true);
  expect(isKmsKeyArn('arn:aws:kms:us-east-1:123456789012:alias/app')).toBe(false);
});
