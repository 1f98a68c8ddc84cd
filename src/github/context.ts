// What the action needs to know about the run that started it, read from the runner's
// environment and the event payload (GITHUB_EVENT_PATH). The only place that reads either.
import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  readonly number: number;
  /** The event's `action`: opened, synchronize, reopened, closed, ... */
  readonly action: string;
  readonly merged: boolean;
  readonly headSha?: string;
  /** True when the head branch lives in another repository: the token is read-only then. */
  readonly fromFork: boolean;
}

export interface GithubRunContext {
  /** GITHUB_EVENT_NAME: pull_request, push, workflow_dispatch, ... */
  readonly eventName: string;
  /** owner/name */
  readonly repository: string;
  readonly owner: string;
  readonly repo: string;
  readonly runId: string;
  readonly runAttempt: string;
  readonly sha: string;
  readonly ref: string;
  readonly serverUrl: string;
  /** REST API root (GITHUB_API_URL): github.com's or a GitHub Enterprise Server's. */
  readonly apiUrl: string;
  readonly pullRequest?: PullRequestInfo;
  /** Link to this run's page, where the job summary is. */
  readonly runUrl?: string;
}

/** Reads the context from the runner's variables; `readEvent` is injected for tests. */
export function readGithubContext(
  env: NodeJS.ProcessEnv,
  readEvent: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): GithubRunContext {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const eventPath = env['GITHUB_EVENT_PATH'];
  const payload = eventPath ? parseEvent(readEvent(eventPath), eventPath) : {};
  const serverUrl = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const pullRequest = pullRequestOf(payload, repository);
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    repository,
    owner,
    repo,
    runId,
    runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '1',
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    serverUrl,
    apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
    ...(pullRequest !== undefined && { pullRequest }),
    ...(repository !== '' &&
      runId !== '' && { runUrl: `${serverUrl}/${repository}/actions/runs/${runId}` }),
  };
}

function parseEvent(text: string, path: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : {};
  } catch (error) {
    throw new Error(
      `Could not read the event payload at GITHUB_EVENT_PATH (${path}): ${String(error)}`,
      { cause: error },
    );
  }
}

function pullRequestOf(
  payload: Record<string, unknown>,
  repository: string,
): PullRequestInfo | undefined {
  const pr = payload['pull_request'];
  if (!isRecord(pr) || typeof pr['number'] !== 'number') return undefined;
  const head = isRecord(pr['head']) ? pr['head'] : {};
  const headRepo = isRecord(head['repo']) ? head['repo'] : {};
  const headFullName =
    typeof headRepo['full_name'] === 'string' ? headRepo['full_name'] : undefined;
  return {
    number: pr['number'],
    action: typeof payload['action'] === 'string' ? payload['action'] : '',
    merged: pr['merged'] === true,
    ...(typeof head['sha'] === 'string' && { headSha: head['sha'] }),
    fromFork: headFullName !== undefined && repository !== '' && headFullName !== repository,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
