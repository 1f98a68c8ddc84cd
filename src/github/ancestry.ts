// Is one commit an ancestor of another? Asked of the local clone first (git merge-base
// --is-ancestor), then of GitHub's compare API (a shallow CI clone lacks the history).
// Each answers undefined when it cannot tell; the rollback guard then lets the deploy go.
import { execFile } from 'node:child_process';
import type { AncestryCheck } from '../deploy/context';

/** `git merge-base --is-ancestor`: exit 0 yes, 1 no, anything else (unknown commit) unknown. */
export function gitAncestry(cwd: string): AncestryCheck {
  return (older, newer) =>
    new Promise((resolve) => {
      execFile('git', ['merge-base', '--is-ancestor', older, newer], { cwd }, (error) => {
        if (!error) return resolve(true);
        resolve((error as { code?: unknown }).code === 1 ? false : undefined);
      });
    });
}

export interface CompareApi {
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly token?: string;
  readonly fetch?: typeof fetch;
}

/** GitHub's compare API (GITHUB_API_URL, so GitHub Enterprise Server and test stand-ins work). */
export function githubAncestry(api: CompareApi): AncestryCheck {
  const get = api.fetch ?? fetch;
  return async (older, newer) => {
    // compare/BASE...HEAD: `ahead` when BASE is an ancestor of HEAD (HEAD has more commits),
    // `identical` when equal, `behind` or `diverged` otherwise.
    const url = `${api.apiUrl.replace(/\/+$/, '')}/repos/${api.owner}/${api.repo}/compare/${older}...${newer}`;
    try {
      const response = await get(url, {
        headers: {
          accept: 'application/vnd.github+json',
          ...(api.token !== undefined && { authorization: `token ${api.token}` }),
        },
      });
      if (!response.ok) return undefined;
      const body = (await response.json()) as { status?: string };
      // A strict ancestor: equal commits are not "older".
      if (body.status === 'ahead') return true;
      if (body.status === 'identical' || body.status === 'behind' || body.status === 'diverged') {
        return false;
      }
      return undefined;
    } catch {
      return undefined;
    }
  };
}

/** The first check that knows. */
export function firstKnown(...checks: readonly AncestryCheck[]): AncestryCheck {
  return async (older, newer) => {
    for (const check of checks) {
      const answer = await check(older, newer);
      if (answer !== undefined) return answer;
    }
    return undefined;
  };
}

/** The commit being deployed: GITHUB_SHA in a workflow, else the checkout's HEAD. */
export function headCommit(cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const fromEnv = env['GITHUB_SHA']?.trim().toLowerCase();
  if (fromEnv !== undefined && /^[0-9a-f]{7,64}$/.test(fromEnv)) return Promise.resolve(fromEnv);
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', 'HEAD'], { cwd }, (error, stdout) => {
      const sha = String(stdout).trim().toLowerCase();
      resolve(!error && /^[0-9a-f]{7,64}$/.test(sha) ? sha : undefined);
    });
  });
}

/** git first, then GitHub's compare API when the environment names a repository. */
export function ancestryFor(cwd: string, env: NodeJS.ProcessEnv): AncestryCheck {
  const repository = env['GITHUB_REPOSITORY']?.split('/');
  const token = env['GITHUB_TOKEN'];
  if (repository?.length !== 2) return gitAncestry(cwd);
  return firstKnown(
    gitAncestry(cwd),
    githubAncestry({
      apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
      owner: repository[0]!,
      repo: repository[1]!,
      ...(token !== undefined && token !== '' && { token }),
    }),
  );
}
