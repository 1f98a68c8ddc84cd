import { parseSettings, type ActionSettings } from '../../src/inputs';

const parse = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): ActionSettings =>
  parseSettings((name) => inputs[name] ?? '', env);

describe('parseSettings', () => {
  it('applies the documented defaults', () => {
    expect(parse({ 'aws-region': 'us-east-1' })).toEqual({
      config: 'serverless.config.yml',
      region: 'us-east-1',
      audience: 'sts.amazonaws.com',
      roleDurationSeconds: 3600,
      commentOnPr: true,
      allowReplacement: false,
      allowPlaceholders: false,
      force: false,
      allowRollback: false,
      allowDrift: false,
      failOn: 'none',
    });
  });

  it('reads detect-drift (empty: left to the stage kind) and allow-drift', () => {
    expect(parse({ 'aws-region': 'us-east-1' }).detectDrift).toBeUndefined();
    expect(
      parse({ 'aws-region': 'us-east-1', 'detect-drift': 'false', 'allow-drift': 'true' }),
    ).toMatchObject({ detectDrift: false, allowDrift: true });
  });

  it('reads the plan to execute and allow-rollback', () => {
    expect(
      parse({ 'aws-region': 'us-east-1', plan: 'plan-prod', 'allow-rollback': 'true' }),
    ).toMatchObject({ plan: 'plan-prod', allowRollback: true });
  });

  it('reads every input', () => {
    const settings = parse({
      command: 'Deploy',
      config: 'infra/app.yml',
      environment: 'pr-7',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-region': 'eu-west-1',
      audience: 'custom',
      'role-session-name': 'my-session',
      'role-duration-seconds': '900',
      'github-token': 'ghs_x',
      'comment-on-pr': 'false',
      'endpoint-url': 'http://127.0.0.1:5000',
      'allow-replacement': 'TRUE',
      'fail-on': 'High',
      'artifact-bucket': 'bucket',
      ephemeral: 'true',
      force: 'True',
    });
    expect(settings).toMatchObject({
      command: 'deploy',
      config: 'infra/app.yml',
      environment: 'pr-7',
      roleToAssume: 'arn:aws:iam::123456789012:role/deploy',
      region: 'eu-west-1',
      audience: 'custom',
      roleSessionName: 'my-session',
      roleDurationSeconds: 900,
      githubToken: 'ghs_x',
      commentOnPr: false,
      endpointUrl: 'http://127.0.0.1:5000',
      allowReplacement: true,
      failOn: 'high',
      artifactBucket: 'bucket',
      ephemeral: true,
      force: true,
    });
  });

  it('falls back to AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(parse({}, { AWS_REGION: 'ap-south-1' }).region).toBe('ap-south-1');
    expect(parse({}, { AWS_DEFAULT_REGION: 'us-gov-west-1' }).region).toBe('us-gov-west-1');
    expect(() => parse({})).toThrow(/'aws-region' is required/);
  });

  it.each([
    ['command', 'apply', /Invalid input 'command': 'apply'. Expected one of plan, deploy, destroy/],
    ['role-to-assume', 'deploy-role', /'role-to-assume': 'deploy-role'. Expected an IAM role ARN/],
    ['role-to-assume', 'arn:aws:iam::12345:role/x', /'role-to-assume'/],
    ['aws-region', 'Europe', /'aws-region': 'Europe'. Expected a region/],
    [
      'role-duration-seconds',
      '899',
      /'role-duration-seconds': '899'. Expected a whole number of seconds from 900 to 43200/,
    ],
    ['role-duration-seconds', '43201', /'role-duration-seconds'/],
    ['role-duration-seconds', '1h', /'role-duration-seconds'/],
    [
      'fail-on',
      'severe',
      /'fail-on': 'severe'. Expected one of none, critical, high, medium, low, info/,
    ],
    ['comment-on-pr', 'yes', /'comment-on-pr': 'yes'. Expected true or false/],
    ['endpoint-url', 'localhost:5000', /'endpoint-url'/],
    ['endpoint-url', 'ftp://127.0.0.1', /'endpoint-url'/],
    ['role-session-name', 'has space', /'role-session-name'/],
    ['environment', 'Prod', /'environment': 'Prod'/],
  ])('rejects %s = %p, naming the input and the value', (input, value, message) => {
    expect(() => parse({ 'aws-region': 'us-east-1', [input]: value })).toThrow(message);
  });

  it('accepts partitioned role ARNs and paths', () => {
    expect(
      parse({
        'aws-region': 'cn-north-1',
        'role-to-assume': 'arn:aws-cn:iam::123456789012:role/ci/deploy',
      }).roleToAssume,
    ).toBe('arn:aws-cn:iam::123456789012:role/ci/deploy');
  });

  it('treats whitespace-only inputs as unset', () => {
    expect(parse({ 'aws-region': 'us-east-1', command: '  ' }).command).toBeUndefined();
  });
});
