import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionEngine, ApplyRequest, EngineRequest } from '../../src/action/engine';
import { FindingsGateError } from '../../src/action/gate';
import { run, type RunDeps } from '../../src/action/run';
import { memorySink } from '../../src/action/sink';
import { DataLossError } from '../../src/deploy/guard';
import { withKnownPlan } from '../../src/deploy/outcome';
import { loadConfig } from '../../src/config';
import { ConfigError } from '../../src/errors';
import type { IssueComment, IssueCommentsApi } from '../../src/github/comments';
import type { GithubRunContext } from '../../src/github/context';
import { parseSettings } from '../../src/inputs';
import { memoryLogger, type Clock } from '../../src/io';
import { changes, deployed, plan } from '../report/sample';

const CONFIG = `project_name: app
environment: dev
lambda_config:
  api-handler:
    runtime: nodejs22.x
    handler: index.handler
dynamodb_config:
  users:
    hash_key: id
    attributes:
      - { name: id, type: S }
`;

let workspace: string;
beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'action-run-'));
  await mkdir(join(workspace, 'functions', 'api-handler'), { recursive: true });
  await writeFile(
    join(workspace, 'functions', 'api-handler', 'index.js'),
    'exports.handler = async () => ({});\n',
  );
  await writeFile(join(workspace, 'serverless.config.yml'), CONFIG);
  await writeFile(
    join(workspace, 'placeholder.yml'),
    CONFIG.replace(
      '    handler: index.handler\n',
      '    handler: index.handler\n    vpc_config:\n      subnet_ids: [subnet-123]\n      security_group_ids: [sg-0a1b2c3d]\n',
    ),
  );
  await writeFile(
    join(workspace, 'broken.yml'),
    'project_name: app\nlambda_config:\n  api-handler:\n    memory_size: 1\n',
  );
});

afterAll(() => rm(workspace, { recursive: true, force: true }));

const clock: Clock = {
  now: () => new Date('2026-11-28T06:00:00Z'),
  sleep: () => Promise.resolve(),
};

function prContext(action = 'synchronize', fromFork = false): GithubRunContext {
  return {
    eventName: 'pull_request',
    repository: 'octo/app',
    owner: 'octo',
    repo: 'app',
    runId: '9',
    runAttempt: '1',
    sha: 'merge-sha',
    ref: 'refs/pull/7/merge',
    serverUrl: 'https://github.com',
    apiUrl: 'http://127.0.0.1:1',
    runUrl: 'https://github.com/octo/app/actions/runs/9',
    pullRequest: { number: 7, action, merged: false, headSha: 'headsha1234', fromFork },
  };
}

const pushContext: GithubRunContext = { ...prContext(), eventName: 'push', ref: 'refs/heads/main' };
delete (pushContext as { pullRequest?: unknown }).pullRequest;

function conversation(options: { forbid?: boolean } = {}) {
  const comments: { id: number; body: string }[] = [];
  const api: IssueCommentsApi = {
    async *list(): AsyncIterable<IssueComment> {
      yield* await Promise.resolve(comments);
    },
    create: (body) => {
      if (options.forbid)
        return Promise.reject(
          Object.assign(new Error('Resource not accessible by integration'), { status: 403 }),
        );
      const c = { id: comments.length + 1, body };
      comments.push(c);
      return Promise.resolve(c);
    },
    update: (id, body) => {
      comments.find((c) => c.id === id)!.body = body;
      return Promise.resolve({ id, body });
    },
  };
  return { api, comments };
}

function harness(
  inputs: Record<string, string>,
  engine: Partial<ActionEngine>,
  context: GithubRunContext = prContext(),
  options: { forbid?: boolean } = {},
) {
  const sink = memorySink();
  const logger = memoryLogger();
  const events: string[] = [];
  const requests: (EngineRequest | ApplyRequest)[] = [];
  const { api, comments } = conversation(options);
  const record =
    <K extends keyof ActionEngine>(name: K) =>
    (request: Parameters<ActionEngine[K]>[0]) => {
      events.push(name);
      requests.push(request);
      const impl = engine[name] as ((r: typeof request) => ReturnType<ActionEngine[K]>) | undefined;
      if (!impl) throw new Error(`unexpected ${name}`);
      return impl(request);
    };
  const deps: RunDeps = {
    settings: parseSettings((n) => ({ 'aws-region': 'us-east-1', ...inputs })[n] ?? ''),
    context,
    cwd: workspace,
    loadConfig,
    credentials: () => {
      events.push('credentials');
      return Promise.resolve({ accessKeyId: 'AK', secretAccessKey: 'SK', sessionToken: 'ST' });
    },
    engine: () => {
      events.push('engine');
      return Promise.resolve({
        plan: record('plan'),
        deploy: record('deploy'),
        destroy: record('destroy'),
        apply: record('apply'),
      });
    },
    comments: (target) => {
      events.push(`comments #${target.number}`);
      return Promise.resolve(api);
    },
    sink,
    logger,
    clock,
  };
  return { deps, sink, logger, events, requests, comments };
}

describe('run', () => {
  it('plans a pull request: credentials, then the engine, then outputs, summary and one sticky comment', async () => {
    const h = harness({}, { plan: () => Promise.resolve({ ...plan, stackName: 'app-dev' }) });
    await run(h.deps);
    expect(h.events).toEqual(['credentials', 'engine', 'plan', 'comments #7']);
    expect(h.requests[0]).toMatchObject({
      stackName: 'app-dev',
      region: 'us-east-1',
      ephemeral: false,
      credentials: { accessKeyId: 'AK' },
    });
    expect(h.sink.outputs['stack-name']).toBe('app-dev');
    expect(h.sink.outputs['has-changes']).toBe('true');
    expect(h.sink.outputs['monthly-cost']).toBe('12.40');
    expect(h.sink.summaries).toHaveLength(1);
    expect(h.sink.summaries[0]).toContain(
      '### 🛑 Will lose data · `app-dev` plan: 2 to change, 1 to replace',
    );
    expect(h.comments).toHaveLength(1);
    expect(h.comments[0]!.body.startsWith('<!-- serverless-action:app-dev -->')).toBe(true);
    expect(h.comments[0]!.body).toContain('commit `headsha`');
    expect(h.sink.annotations.map((a) => a.title)).toEqual([
      'SA-SECRET-ENV (high)',
      'AwsSolutions-IAM4 (medium)',
    ]);

    // A second run updates the same comment.
    const again = harness(
      {},
      { plan: () => Promise.resolve({ ...plan, hasChanges: false, changes: [] }) },
    );
    again.comments.push(...h.comments);
    await run(again.deps);
    expect(again.comments).toHaveLength(1);
    expect(again.comments[0]!.body).toContain('### ✅ No changes · `app-dev` plan: up to date');
  });

  it('deploys a pr-<number> preview when told to, with every output', async () => {
    const h = harness(
      { command: 'deploy' },
      { deploy: (r) => Promise.resolve({ ...deployed, stackName: r.stackName }) },
    );
    await run(h.deps);
    expect(h.requests[0]).toMatchObject({ stackName: 'app-pr-7', ephemeral: true });
    expect(JSON.parse(h.sink.outputs['lambda_function_names']!)).toEqual({
      'api-handler': 'app-dev-api-handler',
    });
    expect(h.comments[0]!.body).toContain('<!-- serverless-action:app-pr-7 -->');
    expect(h.comments[0]!.body).toContain('**Preview:**');
  });

  it('deploys on push without commenting', async () => {
    const h = harness({}, { deploy: () => Promise.resolve(deployed) }, pushContext);
    await run(h.deps);
    expect(h.events).toEqual(['credentials', 'engine', 'deploy']);
    expect(h.sink.summaries[0]).toContain('### 🚀 Deployed');
  });

  it('honours comment-on-pr: false', async () => {
    const h = harness({ 'comment-on-pr': 'false' }, { plan: () => Promise.resolve(plan) });
    await run(h.deps);
    expect(h.events).not.toContain('comments #7');
  });

  it('destroys the preview when the pull request closes', async () => {
    const h = harness(
      {},
      { destroy: (r) => Promise.resolve({ stackName: r.stackName, deleted: true }) },
      prContext('closed'),
    );
    await run(h.deps);
    expect(h.requests[0]).toMatchObject({ stackName: 'app-pr-7', ephemeral: true });
    expect(h.comments[0]!.body).toContain('### 🗑️ Destroyed · `app-pr-7` destroy');
    expect(h.sink.outputs['stack-name']).toBe('app-pr-7');
  });

  it('annotates config errors on their lines, comments the failure, and never loads the engine', async () => {
    const h = harness({ config: 'broken.yml' }, {});
    const error = await run(h.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(h.events).toEqual(['credentials', 'comments #7']);
    const annotation = h.sink.annotations.find((a) => a.level === 'error');
    expect(annotation).toMatchObject({
      file: 'broken.yml',
      startLine: expect.any(Number) as number,
    });
    expect(annotation!.startLine).toBeGreaterThan(1);
    // The stack's own sticky comment, which the fixed run will update.
    expect(h.comments[0]!.body).toContain('<!-- serverless-action:app-dev -->');
    expect(h.comments[0]!.body).toContain('### ❌ Failed · `app-dev` plan');
    expect(h.comments[0]!.body).toContain('broken.yml:');
    expect(h.sink.outputs['stack-name']).toBe('app-dev');
  });

  it('refuses placeholder IDs before the engine loads, at their line, unless allow-placeholders', async () => {
    const h = harness({ config: 'placeholder.yml' }, {});
    const error = await run(h.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /placeholder\.yml:\d+:\d+: error: "subnet-123" cannot be a real subnet ID/,
    );
    expect(h.events).toEqual(['credentials', 'comments #7']);
    expect(h.sink.outputs['result']).toBe('failed');

    const allowed = harness(
      { config: 'placeholder.yml', 'allow-placeholders': 'true' },
      { plan: () => Promise.resolve({ ...plan, stackName: 'app-dev' }) },
    );
    await run(allowed.deps);
    expect(allowed.events).toEqual(['credentials', 'engine', 'plan', 'comments #7']);
  });

  it('keys the failure comment by the config path when the config names no stack', async () => {
    const h = harness({ config: 'missing.yml' }, {});
    await expect(run(h.deps)).rejects.toThrow();
    expect(h.comments[0]!.body).toContain('<!-- serverless-action:config:missing.yml -->');
    expect(h.comments[0]!.body).toContain('### ❌ Failed · plan');
    expect(h.sink.outputs['stack-name']).toBe('');
  });

  it('reports the config error, not the credentials error, when both fail', async () => {
    const h = harness({ config: 'broken.yml' }, {});
    const deps = { ...h.deps, credentials: () => Promise.reject(new Error('no OIDC token')) };
    await expect(run(deps)).rejects.toBeInstanceOf(ConfigError);
    expect(h.comments[0]!.body).not.toContain('no OIDC token');
  });

  it('reports a credentials failure with what to do', async () => {
    const { missingIdTokenPermission } = await import('../../src/aws/credentials');
    const h = harness({}, {});
    const deps = { ...h.deps, credentials: () => Promise.reject(missingIdTokenPermission()) };
    await expect(run(deps)).rejects.toThrow(/id-token: write/);
    expect(h.comments[0]!.body).toContain('(`OIDC_PERMISSION`)');
    expect(h.comments[0]!.body).toContain('pull-requests: write');
    expect(h.sink.outputs['stack-name']).toBe('app-dev');
  });

  it('shows the changes the data-loss guard refused', async () => {
    const h = harness(
      { command: 'deploy', environment: 'dev' },
      { deploy: () => Promise.reject(new DataLossError([changes[1]!])) },
    );
    await expect(run(h.deps)).rejects.toThrow(/refusing to execute/);
    const body = h.comments[0]!.body;
    expect(body).toContain('### ⛔ Refused · `app-dev` deploy');
    expect(h.sink.outputs['result']).toBe('refused');
    expect(body).toContain('(`DATA_LOSS_GUARD`)');
    expect(body).toContain('#### What needs your attention');
    expect(body).toContain('`users` (`UsersTable`)');
  });

  it('reports and then fails a plan on findings at or above fail-on', async () => {
    const h = harness({ 'fail-on': 'high' }, { plan: () => Promise.resolve(plan) });
    const error = await run(h.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FindingsGateError);
    expect((error as Error).message).toBe(
      '1 security finding(s) at or above "high": SA-SECRET-ENV on api-handler',
    );
    const body = h.comments[0]!.body;
    expect(body).toContain('### ⛔ Refused · `app-dev` plan');
    expect(body).toContain('(`FINDINGS_GATE`)');
    expect(h.sink.outputs['result']).toBe('refused');
    expect(h.sink.outputs['monthly-cost']).toBe('12.40');
    expect(body).toContain('#### Changes: 1 🛑 data loss');
    expect(body).toContain('#### Security: 1 🟠 high · 1 🟡 medium');
    expect(h.sink.outputs['has-changes']).toBe('true');
  });

  it('keeps the change set, cost and findings a refused deploy had, in outputs and comment', async () => {
    const refused = withKnownPlan(new DataLossError([changes[1]!]), plan);
    const h = harness(
      { command: 'deploy', environment: 'dev' },
      { deploy: () => Promise.reject(refused) },
    );
    await expect(run(h.deps)).rejects.toBe(refused);
    expect(h.sink.outputs).toMatchObject({
      result: 'refused',
      'stack-name': 'app-dev',
      'has-changes': 'true',
      'change-set-id': plan.changeSetId,
      'monthly-cost': '12.40',
    });
    expect(JSON.parse(h.sink.outputs['findings']!)).toHaveLength(2);
    expect(h.comments[0]!.body).toContain('#### Security: 1 🟠 high · 1 🟡 medium');
  });

  it('says failed, not refused, when the deploy itself breaks, and keeps what it knew', async () => {
    const broken = withKnownPlan(new Error('throttled'), plan);
    const h = harness(
      { command: 'deploy', environment: 'dev' },
      { deploy: () => Promise.reject(broken) },
    );
    await expect(run(h.deps)).rejects.toThrow('throttled');
    expect(h.sink.outputs).toMatchObject({ result: 'failed', 'monthly-cost': '12.40' });
    expect(h.comments[0]!.body).toContain('### ❌ Failed · `app-dev` deploy');
  });

  it('sets result for each successful outcome', async () => {
    const planned = harness({}, { plan: () => Promise.resolve(plan) });
    await run(planned.deps);
    expect(planned.sink.outputs['result']).toBe('planned');
    const noop = harness(
      { command: 'deploy' },
      { deploy: () => Promise.resolve({ ...deployed, hasChanges: false, changes: [] }) },
    );
    await run(noop.deps);
    expect(noop.sink.outputs['result']).toBe('no-op');
    const destroyed = harness(
      { command: 'destroy' },
      { destroy: () => Promise.resolve({ stackName: 'app-dev', deleted: true }) },
    );
    await run(destroyed.deps);
    expect(destroyed.sink.outputs['result']).toBe('destroyed');
  });

  it('passes fail-on below every finding', async () => {
    const h = harness({ 'fail-on': 'critical' }, { plan: () => Promise.resolve(plan) });
    await expect(run(h.deps)).resolves.toBeUndefined();
  });

  it('warns, without failing, when the token may not comment (fork)', async () => {
    const h = harness({}, { plan: () => Promise.resolve(plan) }, prContext('opened', true), {
      forbid: true,
    });
    await expect(run(h.deps)).resolves.toBeUndefined();
    expect(h.logger.lines.join('\n')).toMatch(
      /warning: Could not comment on the pull request \(HTTP 403\): pull requests from forks/,
    );
  });

  it('reports an engine failure with its hint', async () => {
    const { ServerlessActionError } = await import('../../src/errors');
    const h = harness(
      { command: 'deploy' },
      {
        deploy: () =>
          Promise.reject(
            new ServerlessActionError(
              'deploy of app-pr-7 failed: final status ROLLBACK_COMPLETE',
              'DEPLOY_FAILED',
              'fix it',
            ),
          ),
      },
    );
    await expect(run(h.deps)).rejects.toThrow(/ROLLBACK_COMPLETE/);
    expect(h.comments[0]!.body).toContain('**What to do:** fix it');
    expect(h.sink.summaries[0]).toContain('ROLLBACK_COMPLETE');
  });
});
