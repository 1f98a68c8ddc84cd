import {
  commentFailureWarning,
  upsertComment,
  type IssueComment,
  type IssueCommentsApi,
} from '../../src/github/comments';
import { createOctokit, issueCommentsApi } from '../../src/github/octokit';
import { startGithubApi, type GithubApiStandIn } from '../support/github-api';

/** An in-memory conversation, counting how many comments listing had to read. */
function memoryApi(bodies: string[]) {
  const comments: { id: number; body: string }[] = bodies.map((body, i) => ({ id: i + 1, body }));
  let read = 0;
  const api: IssueCommentsApi = {
    async *list(): AsyncIterable<IssueComment> {
      for (const c of comments) {
        read++;
        yield await Promise.resolve(c);
      }
    },
    create: (body) => {
      const c = { id: comments.length + 1, body };
      comments.push(c);
      return Promise.resolve(c);
    },
    update: (id, body) => {
      const c = comments.find((x) => x.id === id)!;
      c.body = body;
      return Promise.resolve(c);
    },
  };
  return { api, comments, read: () => read };
}

const MARKER = '<!-- serverless-action:app-dev -->';

describe('upsertComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const { api, comments } = memoryApi(['hello', '<!-- serverless-action:app-prod -->\nother']);
    expect(await upsertComment(api, MARKER, `${MARKER}\nfirst`)).toEqual({
      action: 'created',
      id: 3,
    });
    expect(await upsertComment(api, MARKER, `${MARKER}\nsecond`)).toEqual({
      action: 'updated',
      id: 3,
    });
    expect(comments).toHaveLength(3);
    expect(comments[2]!.body).toBe(`${MARKER}\nsecond`);
    expect(comments[1]!.body).toContain('other');
  });

  it('stops listing at the first match', async () => {
    const { api, read } = memoryApi(['a', `${MARKER}\nx`, 'c', 'd']);
    await upsertComment(api, MARKER, `${MARKER}\ny`);
    expect(read()).toBe(2);
  });

  it('refuses a body without the marker, which could never be found again', async () => {
    const { api } = memoryApi([]);
    await expect(upsertComment(api, MARKER, 'no marker')).rejects.toThrow(/marker/);
  });
});

describe('commentFailureWarning', () => {
  const forbidden = Object.assign(new Error('Resource not accessible by integration'), {
    status: 403,
  });
  it('tells fork pull requests apart from missing permissions', () => {
    expect(commentFailureWarning(forbidden, true)).toMatch(/forks get a read-only token/);
    expect(commentFailureWarning(forbidden, false)).toMatch(/permissions: pull-requests: write/);
    expect(commentFailureWarning(new Error('socket hang up'), false)).toBe(
      'Could not comment on the pull request: socket hang up. The report is in the job summary.',
    );
  });
});

describe('issueCommentsApi against the REST stand-in', () => {
  let github: GithubApiStandIn;
  beforeEach(async () => {
    github = await startGithubApi({ pageSize: 2 });
  });
  afterEach(() => github.stop());

  it('finds the marker on a later page, then updates it; honours the API root', async () => {
    for (let i = 0; i < 5; i++) github.addComment(7, `chatter ${i}`);
    const sticky = github.addComment(7, `${MARKER}\nold`);
    github.addComment(8, `${MARKER}\nanother pull request`);
    const api = issueCommentsApi(createOctokit('ghs_token', github.url), {
      owner: 'octo',
      repo: 'app',
      number: 7,
    });
    expect(await upsertComment(api, MARKER, `${MARKER}\nnew`)).toEqual({
      action: 'updated',
      id: sticky.id,
    });
    expect(sticky.body).toBe(`${MARKER}\nnew`);
    const lists = github.requests.filter((r) => r.method === 'GET');
    expect(lists.length).toBe(3);
    expect(github.requests.every((r) => r.authorization === 'token ghs_token')).toBe(true);
  });

  it('creates on the pull request when no comment carries the marker', async () => {
    const api = issueCommentsApi(createOctokit('t', github.url), {
      owner: 'o',
      repo: 'r',
      number: 3,
    });
    const result = await upsertComment(api, MARKER, `${MARKER}\nbody`);
    expect(result.action).toBe('created');
    expect(github.comments).toEqual([{ id: result.id, issue: 3, body: `${MARKER}\nbody` }]);
  });

  it('surfaces a 403 with its status, for the warning', async () => {
    github.forbidWrites = true;
    const api = issueCommentsApi(createOctokit('t', github.url), {
      owner: 'o',
      repo: 'r',
      number: 3,
    });
    const error = await upsertComment(api, MARKER, `${MARKER}\nbody`).catch((e: unknown) => e);
    expect(commentFailureWarning(error, true)).toMatch(/HTTP 403/);
  });
});
