import { readGithubContext } from '../../src/github/context';

const env = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REPOSITORY: 'octo/app',
  GITHUB_RUN_ID: '99',
  GITHUB_SHA: 'abc',
  GITHUB_EVENT_PATH: '/event.json',
  GITHUB_API_URL: 'http://127.0.0.1:1234',
};

describe('readGithubContext', () => {
  it('reads a pull_request event, flagging forks', () => {
    const event = {
      action: 'opened',
      pull_request: {
        number: 5,
        merged: false,
        head: { sha: 'def', repo: { full_name: 'fork/app' } },
      },
    };
    const context = readGithubContext(env, (path) => {
      expect(path).toBe('/event.json');
      return JSON.stringify(event);
    });
    expect(context).toMatchObject({
      eventName: 'pull_request',
      owner: 'octo',
      repo: 'app',
      apiUrl: 'http://127.0.0.1:1234',
      runUrl: 'https://github.com/octo/app/actions/runs/99',
      pullRequest: { number: 5, action: 'opened', merged: false, headSha: 'def', fromFork: true },
    });
  });

  it('has no pull request on push', () => {
    const context = readGithubContext({ ...env, GITHUB_EVENT_NAME: 'push' }, () => '{"ref":"x"}');
    expect(context.pullRequest).toBeUndefined();
  });

  it('defaults the API URL to github.com and works without an event file', () => {
    const context = readGithubContext({});
    expect(context.apiUrl).toBe('https://api.github.com');
    expect(context.pullRequest).toBeUndefined();
  });

  it('names the event path when the payload is not JSON', () => {
    expect(() => readGithubContext(env, () => 'nope')).toThrow(
      /GITHUB_EVENT_PATH \(\/event.json\)/,
    );
  });
});
