// A loopback stand-in for the runner's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL):
// checks the request token, records the audience asked for, answers a JWT-shaped token.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OidcStandIn {
  /** For ACTIONS_ID_TOKEN_REQUEST_URL; already carries a query, as the runner's does. */
  readonly requestUrl: string;
  /** For ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly requestToken: string;
  /** Audience of every token handed out, in order. */
  readonly audiences: string[];
  /** Date.now() of every token request, in order. */
  readonly requestTimes: number[];
  /** The last token handed out. */
  lastToken: string | undefined;
  stop(): Promise<void>;
}

export function fakeIdToken(claims: Record<string, unknown>): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c3RhbmQtaW4tc2lnbmF0dXJl`;
}

export async function startOidc(claims: Record<string, unknown> = {}): Promise<OidcStandIn> {
  const requestToken = 'stand-in-request-token';
  const audiences: string[] = [];
  const requestTimes: number[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.headers.authorization !== `Bearer ${requestToken}`) {
      response.writeHead(401).end();
      return;
    }
    requestTimes.push(Date.now());
    const audience = url.searchParams.get('audience') ?? '';
    audiences.push(audience);
    const now = Math.floor(Date.now() / 1000);
    standIn.lastToken = fakeIdToken({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:octo/app:pull_request',
      aud: audience,
      repository: 'octo/app',
      ref: 'refs/pull/7/merge',
      iat: now,
      exp: now + 300,
      ...claims,
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ value: standIn.lastToken }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const standIn: OidcStandIn = {
    requestUrl: `http://127.0.0.1:${port}/token?api-version=2.0`,
    requestToken,
    audiences,
    requestTimes,
    lastToken: undefined,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return standIn;
}
