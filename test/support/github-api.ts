// A loopback stand-in for the slice of the GitHub REST API the action uses: a pull
// request's issue comments (list with Link-header pagination, create, update). It records
// every request so tests can assert what the action did.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
}

export interface GithubApiStandIn {
  /** e.g. http://127.0.0.1:PORT, for GITHUB_API_URL. */
  readonly url: string;
  readonly comments: StoredComment[];
  readonly requests: RecordedRequest[];
  /** Answer every write with 403, as GitHub does for a read-only (fork) token. */
  forbidWrites: boolean;
  addComment(issue: number, body: string): StoredComment;
  stop(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

function send(response: ServerResponse, status: number, body: unknown, headers = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

export async function startGithubApi(
  options: { pageSize?: number } = {},
): Promise<GithubApiStandIn> {
  const comments: StoredComment[] = [];
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  const maxPageSize = options.pageSize ?? 100;
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) =>
      send(response, 500, { message: String(error) }),
    );
  });
  const standIn: GithubApiStandIn = {
    url: '',
    comments,
    requests,
    forbidWrites: false,
    addComment(issue, body) {
      const comment = { id: nextId++, issue, body };
      comments.push(comment);
      return comment;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({
      method: request.method ?? '',
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
    });
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const forbidden = { message: 'Resource not accessible by integration' };
    if (list && request.method === 'GET') {
      const issue = Number(list[1]);
      const perPage = Math.min(maxPageSize, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = comments.filter((c) => c.issue === issue);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string): string => {
        const next = new URL(url.href);
        next.host = request.headers.host ?? '';
        next.searchParams.set('page', String(p));
        next.searchParams.set('per_page', String(perPage));
        return `<${next.href}>; rel="${rel}"`;
      };
      const headers =
        page < last ? { link: `${link(page + 1, 'next')}, ${link(last, 'last')}` } : {};
      send(response, 200, slice.map(toApi), headers);
    } else if (list && request.method === 'POST') {
      if (standIn.forbidWrites) return send(response, 403, forbidden);
      const { body } = await readBody(request);
      send(response, 201, toApi(standIn.addComment(Number(list[1]), String(body))));
    } else if (one && request.method === 'PATCH') {
      if (standIn.forbidWrites) return send(response, 403, forbidden);
      const comment = comments.find((c) => c.id === Number(one[1]));
      if (!comment) return send(response, 404, { message: 'Not Found' });
      comment.body = String((await readBody(request))['body']);
      send(response, 200, toApi(comment));
    } else {
      send(response, 404, { message: `stand-in has no ${request.method ?? ''} ${url.pathname}` });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(standIn, { url: `http://127.0.0.1:${port}` });
}

function toApi(comment: StoredComment): object {
  return { id: comment.id, body: comment.body, user: { login: 'github-actions[bot]' } };
}
