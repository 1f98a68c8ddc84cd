// The review's side of permissions, secrets and the boundary: a wildcard the config wrote is
// reported at its statement's line; SA-SECRET-ENV's fix is the exact `secrets:` line; the
// variables `secrets` set are references, not findings; prod without a boundary is flagged.
import { rolesWithoutBoundary } from '../../../src/review/security/rules/boundary';
import { iamWildcard } from '../../../src/review/security/rules/iam';
import { secretsInEnvironment } from '../../../src/review/security/rules/secrets';
import { contextOf, fakeLoaded, fn, origin } from '../support/context';

const role = (statements: Record<string, unknown>[], boundary?: unknown) => ({
  Type: 'AWS::IAM::Role',
  Properties: {
    AssumeRolePolicyDocument: {},
    Policies: [{ PolicyName: 'least-privilege', PolicyDocument: { Statement: statements } }],
    ...(boundary !== undefined && { PermissionsBoundary: boundary }),
  },
});
const apiRole = origin('role', 'api', 'lambda_config.api');

describe('SA-IAM-WILDCARD on statements the config wrote', () => {
  const loaded = fakeLoaded({
    'lambda_config.api': 10,
    'lambda_config.api.access': 12,
    'lambda_config.api.permissions.0': 20,
    'lambda_config.api.permissions.1': 23,
  });
  const findings = iamWildcard.check(
    contextOf(
      {
        ApiRole: role([
          { Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: 'arn:aws:logs:x' },
          {
            Sid: 'Permissions0',
            Effect: 'Allow',
            Action: ['s3:GetObject'],
            Resource: 'arn:aws:s3:::b/*',
          },
          { Sid: 'Permissions1', Effect: 'Allow', Action: ['bedrock:*'], Resource: '*' },
          { Sid: 'Permissions1', Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' },
        ]),
      },
      { ApiRole: apiRole },
      { loaded },
    ),
  );

  it("points at the statement's own line and says what to narrow", () => {
    expect(findings.map((f) => [f.severity, f.location?.line])).toEqual([
      ['high', 23],
      ['medium', 23],
    ]);
    expect(findings[0]!.fix).toContain('permissions[1].actions');
    expect(findings[0]!.fix).toContain('s3:GetObject instead of s3:*');
    expect(findings[1]!.fix).toContain('Replace "*" in permissions[1].resources');
  });
});

describe("SA-SECRET-ENV's fix and the secrets variables", () => {
  const api = origin('function', 'api', 'lambda_config.api');
  const loaded = fakeLoaded(
    { 'lambda_config.api': 10, 'lambda_config.api.environment.DB_PASSWORD': 14 },
    {
      environment: 'staging',
      lambda_config: {
        api: {
          runtime: 'nodejs22.x',
          handler: 'index.handler',
          memory_size: 128,
          timeout: 3,
          reserved_concurrent_executions: -1,
          secrets: { STRIPE_KEY: 'secretsmanager:shop/stripe#api_key' },
        },
      },
    },
  );
  const findings = secretsInEnvironment.check(
    contextOf(
      {
        Api: fn({
          Environment: {
            Variables: {
              DB_PASSWORD: 'hunter2-plaintext',
              STRIPE_KEY: 'shop/stripe',
              STRIPE_KEY_JSON_KEY: 'api_key',
            },
          },
        }),
      },
      { Api: api },
      { loaded },
    ),
  );

  it('gives the exact line to write under secrets', () => {
    expect(findings).toHaveLength(1);
    expect(findings[0]!.location?.line).toBe(14);
    expect(findings[0]!.fix).toContain(
      'write under lambda_config.api.secrets: `DB_PASSWORD: ssm:/shop/staging/db-password`',
    );
    expect(findings[0]!.fix).toContain('--name /shop/staging/db-password');
    expect(findings[0]!.fix).toContain('delete DB_PASSWORD from lambda_config.api.environment');
  });

  it('does not report the variables secrets set (a secret id is not a secret)', () => {
    expect(findings.map((f) => f.message).join('\n')).not.toContain('STRIPE_KEY');
  });
});

describe('SA-IAM-NO-BOUNDARY', () => {
  const resources = {
    ApiRole: role([]),
    ApiCloudWatchRole: role([]),
  };
  const check = (environment: string, boundary?: string) =>
    rolesWithoutBoundary.check(
      contextOf(
        boundary === undefined
          ? resources
          : { ApiRole: role([], boundary), ApiCloudWatchRole: role([], boundary) },
        { ApiRole: apiRole },
        {
          loaded: fakeLoaded({ iam: 3 }, { environment }),
        },
      ),
    );

  it('warns once on a prod environment whose roles have no boundary, naming them', () => {
    const findings = check('prod');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'SA-IAM-NO-BOUNDARY', severity: 'medium' });
    expect(findings[0]!.message).toContain(
      '2 IAM roles without a permissions boundary (api, ApiCloudWatchRole)',
    );
    expect(findings[0]!.fix).toContain('iam.permissions_boundary');
  });

  it.each(['production', 'prd', 'prod-eu'])('treats %s as production', (environment) => {
    expect(check(environment)).toHaveLength(1);
  });

  it('is quiet on other environments and when every role has the boundary', () => {
    expect(check('dev')).toEqual([]);
    expect(check('pr-12')).toEqual([]);
    expect(check('prod', 'arn:aws:iam::123456789012:policy/b')).toEqual([]);
  });
});
