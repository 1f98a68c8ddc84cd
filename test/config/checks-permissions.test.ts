// checkPermissions on its own: each statement's actions and resources, each secret
// reference, at the line it was written on.
import { checkPermissions, ownResourceKeys } from '../../src/config/checks/permissions';
import { contextOf, described } from './check-context';

const ARN = (service: string, resource: string) =>
  `arn:aws:${service}:us-east-1:123456789012:${resource}`;

const sources = {
  jobs: { type: 'SQS', function: 'f' },
  payments: { type: 'SQS', function: 'f', source: ARN('sqs', 'payments') },
  news: { type: 'SNS', function: 'f' },
  alerts: { type: 'SNS', function: 'f', source: ARN('sns', 'alerts') },
  uploads: { type: 'S3', function: 'f' },
  archive: { type: 'S3', function: 'f', source: 'arn:aws:s3:::archive' },
  clicks: { type: 'KINESIS', function: 'f' },
  feed: { type: 'KINESIS', function: 'f', source: ARN('kinesis', 'stream/feed') },
  named: { type: 'SQS', function: 'f', source: 'work' },
  tick: { type: 'SCHEDULE', function: 'f', schedule: 'rate(1 hour)' },
};
const tables = { orders: { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] } };

const check = (fn: Record<string, unknown>, eventSources: Record<string, unknown> = sources) =>
  described(
    checkPermissions(
      contextOf({
        lambda_config: { f: fn },
        dynamodb_config: tables,
        event_source_config: eventSources,
      }),
    ),
  );
const statement = (actions: string[], resources: string[]) => ({
  permissions: [{ actions, resources }],
});

describe('the stack’s own resources a statement may name', () => {
  it('are tables, and the queues, topics, buckets and streams created or named by ARN, by key', () => {
    const keys = ownResourceKeys(
      contextOf({
        lambda_config: { f: {} },
        dynamodb_config: tables,
        event_source_config: sources,
      }),
    );
    expect(
      Object.fromEntries(Object.entries(keys).map(([kind, set]) => [kind, [...set].sort()])),
    ).toEqual({
      dynamodb: ['orders'],
      sqs: ['jobs', 'payments', 'work'],
      sns: ['alerts', 'news'],
      s3: ['archive', 'uploads'],
      kinesis: ['clicks', 'feed'],
    });
  });

  it('are accepted by key, with a suffix where the kind takes one', () => {
    expect(
      check(
        statement(
          ['dynamodb:Query', 'sqs:*', '*'],
          [
            'dynamodb:orders',
            'dynamodb:orders/index/*',
            'sqs:jobs',
            'sqs:payments',
            'sns:alerts',
            's3:uploads/*',
            'kinesis:feed',
            '*',
            ARN('bedrock', 'foundation-model/x'),
          ],
        ),
      ),
    ).toEqual([]);
  });

  it('an unknown key lists the known ones, with the likely one', () => {
    expect(check(statement(['sqs:SendMessage'], ['sqs:job']))).toEqual([
      'error lambda_config.f.permissions.0.resources.0: sqs:job names no sqs resource of this stack; did you mean "jobs"? (known: jobs, work, payments)',
    ]);
  });

  it('without existing sources, the known ones are those the stack creates', () => {
    const created = {
      jobs: { type: 'SQS', function: 'f' },
      news: { type: 'SNS', function: 'f' },
      uploads: { type: 'S3', function: 'f' },
    };
    expect(check(statement(['sqs:*'], ['sqs:x', 'sns:x', 's3:x']), created)).toEqual([
      'error lambda_config.f.permissions.0.resources.0: sqs:x names no sqs resource of this stack (known: jobs)',
      'error lambda_config.f.permissions.0.resources.1: sns:x names no sns resource of this stack (known: news)',
      'error lambda_config.f.permissions.0.resources.2: s3:x names no s3 resource of this stack (known: uploads)',
    ]);
  });

  it('a kind with no resources at all says to write an ARN', () => {
    expect(check(statement(['kinesis:GetRecords'], ['kinesis:clicks']), {})).toEqual([
      "error lambda_config.f.permissions.0.resources.0: kinesis:clicks names no kinesis resource of this stack; write the resource's ARN instead (kinds: dynamodb, sqs, sns, s3, kinesis)",
    ]);
  });

  it('a reference that does not parse gives its own reason, at its index', () => {
    expect(check(statement(['s3:GetObject'], ['*', 'bucket:reports']))).toEqual([
      'error lambda_config.f.permissions.0.resources.1: "bucket:reports" is neither an ARN nor one of this stack\'s resources (dynamodb:<key>, sqs:<key>, sns:<key>, s3:<key>, kinesis:<key>)',
    ]);
  });
});

describe('actions', () => {
  it('must be service:Action, reported at each one', () => {
    expect(
      check({
        permissions: [
          { actions: ['s3:GetObject'], resources: ['*'] },
          { actions: ['s3:Get*', 'GetObject', 's3 GetObject'], resources: ['*'] },
        ],
      }),
    ).toEqual([
      'error lambda_config.f.permissions.1.actions.1: "GetObject" is not an IAM action: write service:Action, e.g. s3:GetObject or bedrock:InvokeModel',
      'error lambda_config.f.permissions.1.actions.2: "s3 GetObject" is not an IAM action: write service:Action, e.g. s3:GetObject or bedrock:InvokeModel',
    ]);
  });
});

describe('secrets', () => {
  it('a reference that does not parse is reported at the value, or at "from"', () => {
    expect(check({ secrets: { DB: 'vault:db', API: { from: 'keychain:api' } } })).toEqual([
      'error lambda_config.f.secrets.DB: "vault:db" does not say where the secret lives: write ssm:/path/name or secretsmanager:name-or-arn (optionally #json-key)',
      'error lambda_config.f.secrets.API.from: "keychain:api" does not say where the secret lives: write ssm:/path/name or secretsmanager:name-or-arn (optionally #json-key)',
    ]);
    expect(
      check({ secrets: { DB: 'ssm:/app/db', API: { from: 'secretsmanager:app/api#key' } } }),
    ).toEqual([]);
  });

  it('a variable Lambda reserves cannot carry a secret', () => {
    expect(check({ secrets: { AWS_REGION: 'ssm:/app/region' } })).toEqual([
      'error lambda_config.f.secrets.AWS_REGION (key): AWS_REGION is reserved by Lambda; name the variable differently',
    ]);
  });

  it('a variable secrets sets must not be set in environment too', () => {
    expect(
      check({ secrets: { DB: 'ssm:/app/db' }, environment: { DB: 'x', DB_JSON_KEY: 'y' } }),
    ).toEqual([
      'error lambda_config.f.secrets.DB (key): DB is set in environment too: secrets sets it to the parameter name; remove it from environment',
    ]);
    expect(
      check({
        secrets: { DB: 'secretsmanager:app/db#password' },
        environment: { DB: 'x', DB_JSON_KEY: 'y' },
      }),
    ).toEqual([
      'error lambda_config.f.secrets.DB (key): DB is set in environment too: secrets sets it to the secret id; remove it from environment',
      'error lambda_config.f.secrets.DB (key): DB_JSON_KEY is set in environment too: secrets sets it to the secret id; remove it from environment',
    ]);
    expect(
      check({ secrets: { DB: 'secretsmanager:app/db' }, environment: { DB_JSON_KEY: 'y' } }),
    ).toEqual([]);
  });

  it('kms_key_arn must be a key ARN, not an alias', () => {
    const key = ARN('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');
    expect(check({ secrets: { DB: { from: 'ssm:/app/db', kms_key_arn: key } } })).toEqual([]);
    const alias = ARN('kms', 'alias/app');
    expect(check({ secrets: { DB: { from: 'ssm:/app/db', kms_key_arn: alias } } })).toEqual([
      `error lambda_config.f.secrets.DB.kms_key_arn: "${alias}" is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID); an alias ARN does not authorize kms:Decrypt`,
    ]);
  });
});
