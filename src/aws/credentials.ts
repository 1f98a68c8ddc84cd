// AWS credentials for the action through GitHub OIDC: an ID token for the audience, then
// STS AssumeRoleWithWebIdentity. The credentials live in memory only (never in the
// environment or on disk) and are masked in the log the moment they exist.
//
// Everything here takes its token source, STS, sleep and logger as arguments; main.ts
// passes core.getIDToken and an STSClient, tests pass plain functions.
import { ServerlessActionError, errorMessage } from '../errors';
import type { Logger } from '../io';

export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration?: Date;
}

/** The one STS call used, shaped like the SDK's command input and output. */
export type AssumeRoleWithWebIdentity = (input: {
  RoleArn: string;
  RoleSessionName: string;
  WebIdentityToken: string;
  DurationSeconds: number;
}) => Promise<{
  Credentials?:
    | {
        AccessKeyId?: string | undefined;
        SecretAccessKey?: string | undefined;
        SessionToken?: string | undefined;
        Expiration?: Date | undefined;
      }
    | undefined;
}>;

export interface OidcRequest {
  readonly roleArn: string;
  readonly audience: string;
  readonly sessionName: string;
  readonly durationSeconds: number;
}

export interface OidcDeps {
  /** Runner variables: only ACTIONS_ID_TOKEN_REQUEST_URL's presence is read. */
  readonly env: NodeJS.ProcessEnv;
  /** core.getIDToken */
  readonly getIdToken: (audience: string) => Promise<string>;
  readonly assumeRole: AssumeRoleWithWebIdentity;
  readonly sleep: (ms: number) => Promise<void>;
  /** core.setSecret: masks a value in every later log line. */
  readonly setSecret: (value: string) => void;
  readonly logger: Logger;
  /** Attempts in all, the first included (default 6). */
  readonly maxAttempts?: number;
}

export const PERMISSIONS_BLOCK = `permissions:
  id-token: write
  contents: read
  pull-requests: write`;

// Transient failures worth another attempt, as configure-aws-credentials treats them: STS
// throttling, the IdP (GitHub's token endpoint) not answering STS in time, and a token STS
// rejects as not yet valid (clock skew), for which a fresh token is fetched.
const RETRYABLE = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'IDPCommunicationError',
  'InvalidIdentityToken',
  'TimeoutError',
  'ECONNRESET',
  'ETIMEDOUT',
]);
const BASE_DELAY_MS = 200;
const MAX_DELAY_MS = 5000;

/** The delay before retry number `retry` (0-based): 200 ms doubling, capped at 5 s. */
export function backoffDelay(retry: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retry);
}

export async function assumeRoleWithOidc(
  request: OidcRequest,
  deps: OidcDeps,
): Promise<AwsCredentials> {
  if (!deps.env['ACTIONS_ID_TOKEN_REQUEST_URL']) throw missingIdTokenPermission();
  const maxAttempts = deps.maxAttempts ?? 6;
  for (let attempt = 1; ; attempt++) {
    // A fresh token per attempt: the usual cause of InvalidIdentityToken is a token that
    // STS considers issued in the future or expired, which only a new one fixes.
    const token = await deps.getIdToken(request.audience);
    try {
      const response = await deps.assumeRole({
        RoleArn: request.roleArn,
        RoleSessionName: request.sessionName,
        WebIdentityToken: token,
        DurationSeconds: request.durationSeconds,
      });
      return keepSecret(response.Credentials, deps.setSecret);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'AccessDenied' || code === 'AccessDeniedException') {
        throw accessDenied(request, token, error);
      }
      if (!RETRYABLE.has(code) || attempt >= maxAttempts) {
        throw new ServerlessActionError(
          `Could not assume role ${request.roleArn} with OIDC: ${errorMessage(error)}`,
          'AWS_CREDENTIALS',
          attempt > 1 ? `Gave up after ${attempt} attempts.` : undefined,
        );
      }
      const delay = backoffDelay(attempt - 1);
      deps.logger.warn(
        `AssumeRoleWithWebIdentity failed (${code}); retrying in ${delay} ms (attempt ${attempt + 1} of ${maxAttempts})`,
      );
      await deps.sleep(delay);
    }
  }
}

function keepSecret(
  credentials: Awaited<ReturnType<AssumeRoleWithWebIdentity>>['Credentials'],
  setSecret: (value: string) => void,
): AwsCredentials {
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials ?? {};
  if (!AccessKeyId || !SecretAccessKey || !SessionToken) {
    throw new ServerlessActionError(
      'STS AssumeRoleWithWebIdentity answered without credentials.',
      'AWS_CREDENTIALS',
    );
  }
  for (const value of [AccessKeyId, SecretAccessKey, SessionToken]) setSecret(value);
  return {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: SessionToken,
    ...(Expiration !== undefined && { expiration: Expiration }),
  };
}

function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const e = error as { name?: unknown; Code?: unknown; code?: unknown };
  for (const candidate of [e.Code, e.code, e.name]) {
    if (typeof candidate === 'string' && candidate !== 'Error') return candidate;
  }
  return '';
}

export function missingIdTokenPermission(): ServerlessActionError {
  return new ServerlessActionError(
    'Could not get a GitHub OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set, so the job lacks the `id-token: write` permission.',
    'OIDC_PERMISSION',
    `Add this to the workflow or the job (pull requests from forks never get an OIDC token):\n\n${PERMISSIONS_BLOCK}`,
  );
}

/**
 * STS session names allow [\w+=,.@-], 2 to 64 characters. Built from the repository and the
 * run, so CloudTrail shows which workflow run made each call.
 */
export function sessionNameFor(repository: string, runId: string, runAttempt = '1'): string {
  const suffix = runId === '' ? '' : `-${runId}${runAttempt !== '1' ? `-${runAttempt}` : ''}`;
  const base = `serverless-action-${repository.replace(/\//g, '-')}`.replace(/[^\w+=,.@-]/g, '-');
  const name = base.slice(0, 64 - suffix.length) + suffix;
  return name.length >= 2 ? name : 'serverless-action';
}

// --- AccessDenied diagnostics ------------------------------------------------------------

/** The claims a trust policy conditions on; never the token or its signature. */
export interface TokenClaims {
  readonly iss?: string;
  readonly sub?: string;
  readonly aud?: string;
  readonly repository?: string;
  readonly ref?: string;
  readonly environment?: string;
}

const CLAIM_NAMES = ['iss', 'sub', 'aud', 'repository', 'ref', 'environment'] as const;

/** Reads the payload (middle part) of a JWT; undefined when it is not one. */
export function decodeClaims(token: string): TokenClaims | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  const claims: Record<string, string> = {};
  for (const name of CLAIM_NAMES) {
    const value = record[name];
    if (typeof value === 'string') claims[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      claims[name] = value.join(',');
  }
  return claims;
}

const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';

/** The trust-policy statement whose conditions these claims satisfy. */
export function trustPolicyStatement(claims: TokenClaims, roleArn: string): object {
  const provider = (claims.iss ?? DEFAULT_ISSUER).replace(/^https:\/\//, '');
  const [, partition = 'aws', , , account = 'ACCOUNT_ID'] = roleArn.split(':');
  return {
    Effect: 'Allow',
    Principal: { Federated: `arn:${partition}:iam::${account}:oidc-provider/${provider}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: {
        [`${provider}:aud`]: claims.aud ?? 'sts.amazonaws.com',
        [`${provider}:sub`]: claims.sub ?? 'repo:OWNER/REPO:ref:refs/heads/main',
      },
    },
  };
}

export function describeAccessDenied(request: OidcRequest, token: string, cause: string): string {
  const claims = decodeClaims(token) ?? {};
  const lines = [
    `Could not assume role ${request.roleArn} with the GitHub OIDC token: ${cause}`,
    "The token's claims:",
    ...CLAIM_NAMES.filter((n) => n !== 'iss').map((n) => `  ${n}: ${claims[n] ?? '(none)'}`),
  ];
  return lines.join('\n');
}

function accessDenied(request: OidcRequest, token: string, error: unknown): ServerlessActionError {
  const claims = decodeClaims(token) ?? {};
  const statement = JSON.stringify(trustPolicyStatement(claims, request.roleArn), null, 2);
  return new ServerlessActionError(
    describeAccessDenied(request, token, errorMessage(error)),
    'OIDC_ACCESS_DENIED',
    `The role's trust policy must allow these claims, e.g. this statement (use StringLike with "repo:${claims.repository ?? 'OWNER/REPO'}:*" to allow every branch and pull request):\n${statement}`,
  );
}
