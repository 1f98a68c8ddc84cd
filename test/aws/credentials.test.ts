import {
  assumeRoleWithOidc,
  backoffDelay,
  decodeClaims,
  sessionNameFor,
  trustPolicyStatement,
  type AssumeRoleWithWebIdentity,
  type OidcDeps,
} from '../../src/aws/credentials';
import { ServerlessActionError } from '../../src/errors';
import { memoryLogger } from '../../src/io';

const jwt = (claims: object): string =>
  [
    Buffer.from('{"alg":"RS256"}').toString('base64url'),
    Buffer.from(JSON.stringify(claims)).toString('base64url'),
    'SIGNATURE-NOT-TO-PRINT',
  ].join('.');

const TOKEN = jwt({
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:octo/app:pull_request',
  aud: 'sts.amazonaws.com',
  repository: 'octo/app',
  ref: 'refs/pull/4/merge',
});

const request = {
  roleArn: 'arn:aws:iam::123456789012:role/deploy',
  audience: 'sts.amazonaws.com',
  sessionName: 'session',
  durationSeconds: 1800,
};

const stsError = (name: string, message = name): Error =>
  Object.assign(new Error(message), { name });

const good = {
  Credentials: {
    AccessKeyId: 'ASIAKEY',
    SecretAccessKey: 'secret',
    SessionToken: 'session-token',
    Expiration: new Date('2030-01-01T00:00:00Z'),
  },
};

function deps(assumeRole: AssumeRoleWithWebIdentity, overrides: Partial<OidcDeps> = {}) {
  const audiences: string[] = [];
  const secrets: string[] = [];
  const sleeps: number[] = [];
  const logger = memoryLogger();
  const d: OidcDeps = {
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1/token' },
    getIdToken: (audience) => {
      audiences.push(audience);
      return Promise.resolve(TOKEN);
    },
    assumeRole,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    setSecret: (v) => secrets.push(v),
    logger,
    ...overrides,
  };
  return { d, audiences, secrets, sleeps, logger };
}

describe('assumeRoleWithOidc', () => {
  it('exchanges a token for the audience and masks every credential value', async () => {
    const calls: unknown[] = [];
    const { d, audiences, secrets } = deps((input) => {
      calls.push(input);
      return Promise.resolve(good);
    });
    const credentials = await assumeRoleWithOidc(request, d);
    expect(audiences).toEqual(['sts.amazonaws.com']);
    expect(calls).toEqual([
      {
        RoleArn: request.roleArn,
        RoleSessionName: 'session',
        WebIdentityToken: TOKEN,
        DurationSeconds: 1800,
      },
    ]);
    expect(credentials).toEqual({
      accessKeyId: 'ASIAKEY',
      secretAccessKey: 'secret',
      sessionToken: 'session-token',
      expiration: new Date('2030-01-01T00:00:00Z'),
    });
    expect(secrets).toEqual(['ASIAKEY', 'secret', 'session-token']);
  });

  it('fails with the permissions block when the job has no id-token permission', async () => {
    const { d } = deps(() => Promise.resolve(good), { env: {} });
    const error = await assumeRoleWithOidc(request, d).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerlessActionError);
    const { message, hint } = error as ServerlessActionError;
    expect(message).toMatch(/id-token: write/);
    expect(hint).toContain(
      'permissions:\n  id-token: write\n  contents: read\n  pull-requests: write',
    );
  });

  it('retries throttling and IdP errors with growing delays and a fresh token', async () => {
    const failures = ['Throttling', 'IDPCommunicationError', 'InvalidIdentityToken'];
    const { d, audiences, sleeps, logger } = deps(() => {
      const next = failures.shift();
      return next ? Promise.reject(stsError(next)) : Promise.resolve(good);
    });
    await expect(assumeRoleWithOidc(request, d)).resolves.toMatchObject({ accessKeyId: 'ASIAKEY' });
    expect(sleeps).toEqual([200, 400, 800]);
    expect(audiences).toHaveLength(4);
    expect(logger.lines[0]).toMatch(/failed \(Throttling\); retrying in 200 ms \(attempt 2 of 6\)/);
  });

  it('gives up after maxAttempts', async () => {
    const { d, sleeps } = deps(() => Promise.reject(stsError('Throttling', 'Rate exceeded')), {
      maxAttempts: 3,
    });
    await expect(assumeRoleWithOidc(request, d)).rejects.toMatchObject({
      message: `Could not assume role ${request.roleArn} with OIDC: Rate exceeded`,
      hint: 'Gave up after 3 attempts.',
    });
    expect(sleeps).toHaveLength(2);
  });

  it('does not retry other errors', async () => {
    const { d, sleeps } = deps(() => Promise.reject(stsError('ValidationError', 'bad duration')));
    await expect(assumeRoleWithOidc(request, d)).rejects.toThrow(/with OIDC: bad duration/);
    expect(sleeps).toEqual([]);
  });

  it('explains AccessDenied with the claims and a matching trust policy, never the signature', async () => {
    const { d, sleeps } = deps(() =>
      Promise.reject(
        stsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'),
      ),
    );
    const error = (await assumeRoleWithOidc(request, d).catch(
      (e: unknown) => e,
    )) as ServerlessActionError;
    expect(sleeps).toEqual([]);
    expect(error.code).toBe('OIDC_ACCESS_DENIED');
    expect(error.message).toContain('Not authorized to perform sts:AssumeRoleWithWebIdentity');
    expect(error.message).toContain('  sub: repo:octo/app:pull_request');
    expect(error.message).toContain('  aud: sts.amazonaws.com');
    expect(error.message).toContain('  repository: octo/app');
    expect(error.message).toContain('  ref: refs/pull/4/merge');
    expect(error.message).toContain('  environment: (none)');
    expect(error.hint).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:octo/app:pull_request"',
    );
    expect(error.hint).toContain('"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"');
    expect(error.hint).toContain(
      'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    );
    const everything = `${error.message}\n${error.hint}`;
    expect(everything).not.toContain('SIGNATURE-NOT-TO-PRINT');
    expect(everything).not.toContain(TOKEN);
  });

  it('rejects an answer without credentials', async () => {
    const { d } = deps(() => Promise.resolve({}));
    await expect(assumeRoleWithOidc(request, d)).rejects.toThrow(/without credentials/);
  });
});

describe('claims and trust policy', () => {
  it('decodes claims, including array audiences and environments', () => {
    expect(decodeClaims(jwt({ sub: 's', aud: ['a', 'b'], environment: 'prod', extra: 1 }))).toEqual(
      {
        sub: 's',
        aud: 'a,b',
        environment: 'prod',
      },
    );
    expect(decodeClaims('not-a-jwt')).toBeUndefined();
    expect(decodeClaims('a.!!!.c')).toBeUndefined();
  });

  it('builds the statement for an enterprise issuer and another partition', () => {
    const statement = trustPolicyStatement(
      {
        iss: 'https://token.actions.githubusercontent.com/acme',
        sub: 'repo:acme/x:environment:prod',
        aud: 'sts.amazonaws.com',
      },
      'arn:aws-us-gov:iam::111122223333:role/r',
    );
    expect(statement).toEqual({
      Effect: 'Allow',
      Principal: {
        Federated:
          'arn:aws-us-gov:iam::111122223333:oidc-provider/token.actions.githubusercontent.com/acme',
      },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com/acme:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com/acme:sub': 'repo:acme/x:environment:prod',
        },
      },
    });
  });
});

describe('sessionNameFor', () => {
  it('joins repository and run, in the STS charset', () => {
    expect(sessionNameFor('octo/my app', '12345')).toBe('serverless-action-octo-my-app-12345');
    expect(sessionNameFor('octo/app', '12345', '2')).toBe('serverless-action-octo-app-12345-2');
  });

  it('keeps the run id when the repository is long, within 64 characters', () => {
    const name = sessionNameFor(`octo/${'x'.repeat(100)}`, '987654321');
    expect(name).toHaveLength(64);
    expect(name.endsWith('-987654321')).toBe(true);
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
  });
});

describe('backoffDelay', () => {
  it('doubles from 200 ms and stops at 5 s', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(backoffDelay)).toEqual([
      200, 400, 800, 1600, 3200, 5000, 5000,
    ]);
  });
});
