// lambda_config.<fn>.permissions / managed_policies / secrets and iam.permissions_boundary:
// every problem names the line it was written on and says what to write.
import { analyze, yaml } from './helpers';

const BASE = yaml`
  project_name: shop
  lambda_config:
    api:
      runtime: nodejs22.x
  dynamodb_config:
    users:
      hash_key: id
      attributes:
        - { name: id, type: S }
  event_source_config:
    orders:
      type: SQS
      function: api
    payments:
      type: SQS
      function: api
      source: arn:aws:sqs:us-east-1:123456789012:payments
`;

/** The base config with extra lines appended under lambda_config.api. */
function withFunctionLines(lines: string): string {
  const indented = lines
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `    ${l}`)
    .join('\n');
  return BASE.replace('    runtime: nodejs22.x\n', `    runtime: nodejs22.x\n${indented}\n`);
}

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('permissions', () => {
  it('accepts ARNs (with pseudo parameters), "*" and the stack\'s own resources by key', () => {
    const text = withFunctionLines(yaml`
      permissions:
        - actions: [bedrock:InvokeModel]
          resources: ['arn:\${AWS::Partition}:bedrock:\${AWS::Region}::foundation-model/x']
        - actions: [dynamodb:Query, sqs:SendMessage]
          resources: [dynamodb:users, dynamodb:users/index/*, sqs:orders, sqs:payments]
          effect: Allow
          conditions: { StringEquals: { aws:RequestedRegion: us-east-1 } }
        - actions: [s3:GetObject]
          resources: ['arn:aws:s3:::reports/*']
          effect: Deny
      managed_policies: [arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess]
    `);
    const result = analyze(text);
    expect(result.errors).toEqual([]);
    expect(result.config?.lambda_config['api']?.permissions?.[0]?.effect).toBe('Allow');
  });

  it('names the line of an action that is not service:Action', () => {
    const text = withFunctionLines(yaml`
      permissions:
        - actions:
            - s3:GetObject
            - s3.PutObject
          resources: ['*']
    `);
    const [problem] = analyze(text).errors;
    expect(problem).toMatchObject({
      line: lineOf(text, 's3.PutObject'),
      path: 'lambda_config.api.permissions.0.actions.1',
    });
    expect(problem!.message).toContain('write service:Action, e.g. s3:GetObject');
  });

  it('names the line of an ARN that does not parse', () => {
    const text = withFunctionLines(yaml`
      permissions:
        - actions: [s3:GetObject]
          resources:
            - arn:aws:s3
    `);
    const [problem] = analyze(text).errors;
    expect(problem).toMatchObject({ line: lineOf(text, '- arn:aws:s3') });
    expect(problem!.message).toContain('is not a valid ARN');
  });

  it('names the line of a key that does not exist, with the keys that do', () => {
    const text = withFunctionLines(yaml`
      permissions:
        - actions: [dynamodb:GetItem]
          resources:
            - dynamodb:user
        - actions: [sns:Publish]
          resources: [sns:alerts]
        - actions: [dynamodb:GetItem]
          resources: [dynamodb:users/items]
        - actions: [x:Y]
          resources: [lambda:other]
    `);
    const errors = analyze(text).errors;
    expect(errors.map((e) => e.line)).toEqual([
      lineOf(text, '- dynamodb:user'),
      lineOf(text, 'sns:alerts'),
      lineOf(text, 'dynamodb:users/items'),
      lineOf(text, 'lambda:other'),
    ]);
    expect(errors[0]!.message).toContain('did you mean "users"');
    expect(errors[1]!.message).toContain("write the resource's ARN instead");
    expect(errors[2]!.message).toContain('"/index/*" or "/stream/*"');
    expect(errors[3]!.message).toContain("neither an ARN nor one of this stack's resources");
  });

  it('rejects a managed policy that is not a policy ARN', () => {
    const text = withFunctionLines('managed_policies: [AdministratorAccess]');
    expect(analyze(text).errors[0]!.message).toContain('managed policy ARN');
  });
});

describe('secrets', () => {
  it('accepts SSM names and ARNs, Secrets Manager names, ARNs and JSON keys, and kms_key_arn', () => {
    const text = withFunctionLines(yaml`
      secrets:
        DB_PASSWORD: ssm:/shop/prod/db-password
        OTHER: ssm:arn:aws:ssm:us-east-1:123456789012:parameter/shop/other
        API_KEY: secretsmanager:shop/stripe#api_key
        TOKEN: secretsmanager:arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/token-AbCdEf
        SIGNING_KEY:
          from: ssm:/shop/signing-key
          kms_key_arn: arn:aws:kms:us-east-1:123456789012:key/2f1c1a57-8d77-4bfe-9cf4-6a1e55b7c0de
    `);
    expect(analyze(text).errors).toEqual([]);
  });

  it('names the line of a reference that says nowhere the secret lives', () => {
    const text = withFunctionLines(yaml`
      secrets:
        DB_PASSWORD: hunter2-plaintext
        API_KEY: secretsmanager:shop/stripe#
    `);
    const errors = analyze(text).errors;
    expect(errors.map((e) => e.line)).toEqual([
      lineOf(text, 'DB_PASSWORD'),
      lineOf(text, 'API_KEY'),
    ]);
    expect(errors[0]!.message).toContain('write ssm:/path/name or secretsmanager:name-or-arn');
    expect(errors[1]!.message).toContain('empty JSON key');
  });

  it('refuses a variable that environment sets too, and a key alias as kms_key_arn', () => {
    const text = withFunctionLines(yaml`
      environment:
        API_KEY_JSON_KEY: x
      secrets:
        API_KEY:
          from: secretsmanager:shop/stripe#api_key
          kms_key_arn: arn:aws:kms:us-east-1:123456789012:alias/shop
    `);
    const messages = analyze(text).errors.map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('API_KEY_JSON_KEY is set in environment too'),
        expect.stringContaining('an alias ARN does not authorize kms:Decrypt'),
      ]),
    );
  });
});

describe('iam.permissions_boundary and existing queues', () => {
  it('accepts a policy ARN with ${AWS::AccountId}, rejects anything else', () => {
    const ok = `${BASE}iam:\n  permissions_boundary: arn:aws:iam::\${AWS::AccountId}:policy/boundary\n`;
    expect(analyze(ok).errors).toEqual([]);
    const bad = `${BASE}iam:\n  permissions_boundary: boundary\n`;
    expect(analyze(bad).errors[0]).toMatchObject({ path: 'iam.permissions_boundary' });
  });

  it("warns at the line that maximum_retry_attempts on an existing queue is the queue's own redrive policy", () => {
    const text = BASE.replace(
      '    source: arn:aws:sqs:us-east-1:123456789012:payments\n',
      '    source: arn:aws:sqs:us-east-1:123456789012:payments\n    maximum_retry_attempts: 5\n',
    );
    const result = analyze(text);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        line: lineOf(text, 'maximum_retry_attempts'),
        message: expect.stringContaining('its own redrive policy (maxReceiveCount) decides'),
      }),
    ]);
  });
});
