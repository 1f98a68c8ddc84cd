// Ancestry through GitHub's compare API, against a loopback stand-in (GITHUB_API_URL is
// honoured), and through a real local git repository.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstKnown, gitAncestry, githubAncestry } from '../../src/github/ancestry';

describe('githubAncestry (loopback compare API)', () => {
  let server: Server;
  let url: string;
  const seen: { path: string; authorization: string | undefined }[] = [];
  // compare/BASE...HEAD answers as GitHub does for this little history: a <- b, and c apart.
  const statuses: Record<string, string> = {
    'a...b': 'ahead',
    'b...a': 'behind',
    'a...a': 'identical',
    'a...c': 'diverged',
  };
  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push({ path: request.url ?? '', authorization: request.headers.authorization });
      const match = /\/repos\/octo\/app\/compare\/(\w+\.\.\.\w+)$/.exec(request.url ?? '');
      const status = match ? statuses[match[1]!] : undefined;
      response.writeHead(status ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(status ? { status } : { message: 'Not Found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers "older is an ancestor of newer" from the compare status', async () => {
    const isAncestor = githubAncestry({ apiUrl: url, owner: 'octo', repo: 'app', token: 'ghs_x' });
    expect(await isAncestor('a', 'b')).toBe(true);
    expect(await isAncestor('b', 'a')).toBe(false);
    expect(await isAncestor('a', 'a')).toBe(false);
    expect(await isAncestor('a', 'c')).toBe(false);
    expect(await isAncestor('a', 'zz')).toBeUndefined();
    expect(seen[0]).toEqual({
      path: '/api/v3/repos/octo/app/compare/a...b',
      authorization: 'token ghs_x',
    });
  });

  it('is unknown when the API cannot be reached', async () => {
    const isAncestor = githubAncestry({ apiUrl: 'http://127.0.0.1:9', owner: 'o', repo: 'r' });
    expect(await isAncestor('a', 'b')).toBeUndefined();
  });
});

describe('gitAncestry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ancestry-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
    })
      .toString()
      .trim();

  it('asks git merge-base, and is unknown for a commit the clone lacks', async () => {
    git('init', '-q');
    writeFileSync(join(dir, 'f'), '1');
    git('add', 'f');
    git('commit', '-qm', 'one');
    const one = git('rev-parse', 'HEAD');
    writeFileSync(join(dir, 'f'), '2');
    git('commit', '-qam', 'two');
    const two = git('rev-parse', 'HEAD');
    const isAncestor = gitAncestry(dir);
    expect(await isAncestor(one, two)).toBe(true);
    expect(await isAncestor(two, one)).toBe(false);
    const missing = 'f'.repeat(40);
    expect(await isAncestor(missing, two)).toBeUndefined();
    // The first check that knows answers.
    const fallback = firstKnown(isAncestor, () => Promise.resolve(true));
    expect(await fallback(missing, two)).toBe(true);
    expect(await fallback(two, one)).toBe(false);
  });
});
