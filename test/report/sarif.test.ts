import { toRepoUri, toSarif } from '../../src/report/sarif';
import type { Finding } from '../../src/review/types';

const findings: Finding[] = [
  {
    rule: 'SA-SECRET-ENV',
    severity: 'high',
    resource: 'api-handler',
    logicalId: 'ApiHandler',
    message: 'environment variable API_KEY looks like a plaintext secret',
    fix: 'Use Secrets Manager.',
    location: { file: 'serverless.config.yml', line: 12, column: 9 },
  },
  {
    rule: 'AwsSolutions-IAM4[Policy::arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    severity: 'medium',
    resource: 'api-handler',
    logicalId: 'ApiHandlerRole',
    message: 'The IAM user, role, or group uses AWS managed policies.',
  },
  {
    rule: 'SA-ROUTE-NO-AUTH',
    severity: 'medium',
    resource: 'health',
    message: 'route "GET /health" has no authorizer',
    location: { file: '/repo/app/serverless.config.yml', line: 30, column: 5 },
    suppressed: { reason: 'public health check' },
  },
];

describe('toSarif', () => {
  const log = toSarif(
    { findings },
    { configFile: 'serverless.config.yml', baseDir: '/repo', toolVersion: '0.1.0' },
  );
  const run = log.runs[0]!;

  it('is SARIF 2.1.0 with one rule per base rule id', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toContain('sarif-2.1.0');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'AwsSolutions-IAM4',
      'SA-ROUTE-NO-AUTH',
      'SA-SECRET-ENV',
    ]);
    const secret = run.tool.driver.rules.find((r) => r.id === 'SA-SECRET-ENV')!;
    expect(secret.properties['security-severity']).toBe('8.0');
    expect(secret.defaultConfiguration.level).toBe('error');
    expect(run.tool.driver.rules[0]!.helpUri).toContain('cdk-nag');
  });

  it('maps levels and points each result at its config line and rule index', () => {
    const [secret, iam, route] = run.results;
    expect(secret).toMatchObject({ ruleId: 'SA-SECRET-ENV', ruleIndex: 2, level: 'error' });
    expect(secret!.locations[0]).toMatchObject({
      physicalLocation: {
        artifactLocation: { uri: 'serverless.config.yml' },
        region: { startLine: 12, startColumn: 9 },
      },
      logicalLocations: [{ name: 'ApiHandler', kind: 'resource' }],
    });
    // No location: the config file's first line, so code scanning still accepts it.
    expect(iam).toMatchObject({ ruleId: 'AwsSolutions-IAM4', level: 'warning' });
    expect(iam!.locations[0]).toMatchObject({ physicalLocation: { region: { startLine: 1 } } });
    expect(route!.locations[0]).toMatchObject({
      physicalLocation: { artifactLocation: { uri: 'app/serverless.config.yml' } },
    });
    expect(route!.suppressions).toEqual([
      { kind: 'external', justification: 'public health check' },
    ]);
  });

  it('gives stable fingerprints that differ per finding', () => {
    const again = toSarif({ findings }, { configFile: 'serverless.config.yml', baseDir: '/repo' });
    const prints = run.results.map((r) => r.partialFingerprints['serverless-action/v1']);
    expect(
      again.runs[0]!.results.map((r) => r.partialFingerprints['serverless-action/v1']),
    ).toEqual(prints);
    expect(new Set(prints).size).toBe(3);
  });

  it('serializes to JSON with no undefined holes', () => {
    expect(JSON.stringify(log)).not.toContain('undefined');
  });
});

describe('toRepoUri', () => {
  it('strips ./ and makes absolute paths repo-relative', () => {
    expect(toRepoUri('./serverless.config.yml', '/repo')).toBe('serverless.config.yml');
    expect(toRepoUri('/repo/a/b.yml', '/repo')).toBe('a/b.yml');
  });
});
