import {
  classifySecret,
  entropy,
  secretsInEnvironment,
} from '../../../src/review/security/rules/secrets';
import { contextOf, fakeLoaded, fn, origin } from '../support/context';

const api = origin('function', 'api', 'lambda_config.api');

function check(variables: Record<string, unknown>) {
  const loaded = fakeLoaded({
    'lambda_config.api': 10,
    'lambda_config.api.environment.API_KEY': 14,
  });
  return secretsInEnvironment.check(
    contextOf({ Api: fn({ Environment: { Variables: variables } }) }, { Api: api }, { loaded }),
  );
}

describe('SA-SECRET-ENV', () => {
  it('fires on API_KEY: secret-key (the seed example) and points at its line', () => {
    const findings = check({ TABLE_NAME: 'users', API_KEY: 'secret-key' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'SA-SECRET-ENV',
      severity: 'high',
      resource: 'api',
      logicalId: 'Api',
      location: { file: 'serverless.config.yml', line: 14 },
    });
    expect(findings[0]!.message).toContain('API_KEY');
    expect(findings[0]!.fix).toMatch(/Secrets Manager/);
  });

  it.each([
    ['an AWS access key', 'AWS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
    ['a Stripe live key', 'PAYMENTS', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['a GitHub token', 'GH', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a PEM block', 'CERT', '-----BEGIN RSA PRIVATE KEY-----\nMIIE...'],
  ])('is critical for %s whatever the name', (_kind, name, value) => {
    expect(check({ [name]: value })[0]?.severity).toBe('critical');
  });

  it('is medium for a high-entropy value under an innocent name', () => {
    expect(check({ SIGNING: 'q8Zr2LmX9vTk4WpB7nYc3HdJ6sFa' })[0]?.severity).toBe('medium');
  });

  it.each([
    ['a table name', { TABLE_NAME: 'users' }],
    [
      'a secret ARN',
      { DB_PASSWORD_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db' },
    ],
    ['an SSM parameter path', { API_KEY: '/prod/api-key' }],
    ['a dynamic reference', { API_KEY: '{{resolve:secretsmanager:prod/api:SecretString:key}}' }],
    ['an intrinsic', { API_TOKEN: { Ref: 'TokenParam' } }],
    ['a plain sentence', { GREETING: 'hello world, nice to meet you' }],
    ['a URL', { ENDPOINT: 'https://api.example.com/v1/items?page=2' }],
  ])('stays quiet on %s', (_what, variables) => {
    expect(check(variables)).toEqual([]);
  });

  it('measures entropy in bits per character', () => {
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abcd')).toBe(2);
    expect(classifySecret('X', 'short1')).toBeUndefined();
  });
});
