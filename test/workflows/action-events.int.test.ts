// The starter workflows, event by event, run against moto: the action (`run` with the real
// engine, as main.ts wires it) receives the inputs the workflow files give it, and the
// GitHub context of the event; the scheduled sweep runs the CLI as sweep-previews.yml does.
//
//   pull_request opened      -> pr-preview.yml `deploy`  -> preview stack + sticky comment
//   pull_request synchronize -> pr-preview.yml `deploy`  -> same stack, same comment updated
//   pull_request closed      -> pr-preview.yml `destroy` -> preview stack gone
//   push to main             -> promote.yml `dev`        -> long-lived stack, no comment
//   schedule                 -> sweep-previews.yml       -> leftover previews deleted
import {
  CloudFormationClient,
  DescribeStacksCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { realEngine } from '../../src/action/real-engine';
import { run } from '../../src/action/run';
import { memorySink } from '../../src/action/sink';
import { parseCli } from '../../src/cli';
import { loadConfig } from '../../src/config';
import { runSweep } from '../../src/commands/sweep';
import { readGithubContext } from '../../src/github/context';
import { createOctokit, issueCommentsApi } from '../../src/github/octokit';
import { parseSettings } from '../../src/inputs';
import { memoryLogger, type Clock } from '../../src/io';
import { startGithubApi, type GithubApiStandIn } from '../support/github-api';
import { MOTO_CREDENTIALS, startMoto, type MotoServer } from '../support/moto';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'api-crud');
const REPOSITORY = 'acme/items';
const PROJECT = 'items-api';

// Real time, shortened waits: moto finishes stack operations at once.
const clock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 20))),
};

interface CallerJob {
  with: Record<string, string>;
}
/** The `with:` a starter workflow's job gives the reusable workflow. */
function callerInputs(file: string, job: string): Record<string, string> {
  const workflow = parse(readFileSync(join(ROOT, file), 'utf8')) as {
    jobs: Record<string, CallerJob>;
  };
  return workflow.jobs[job]!.with;
}

/**
 * The action's inputs, as .github/workflows/deploy.yml passes them on: the caller's
 * command and environment (expressions of the event evaluated by hand), the rest at the
 * reusable workflow's defaults, and moto as the endpoint.
 */
function actionInputs(
  caller: Record<string, string>,
  pr: number | undefined,
  endpoint: string,
): Record<string, string> {
  const evaluate = (value: string | undefined): string =>
    (value ?? '').replace('${{ github.event.pull_request.number }}', String(pr ?? ''));
  return {
    command: evaluate(caller['command']),
    environment: evaluate(caller['environment']),
    config: './serverless.config.yml',
    'role-to-assume': '',
    'aws-region': 'us-east-1',
    'fail-on': '',
    'allow-replacement': 'false',
    'comment-on-pr': 'true',
    'endpoint-url': endpoint,
  };
}

/** The sweep step's CLI argv from sweep-previews.yml, its $VARIABLES replaced. */
function sweepCommandLine(variables: Record<string, string>): string[] {
  const workflow = parse(readFileSync(join(ROOT, 'workflows', 'sweep-previews.yml'), 'utf8')) as {
    jobs: { sweep: { steps: { run?: string }[] } };
  };
  const line = workflow.jobs.sweep.steps
    .map((step) => /dist\/cli\/index\.js (sweep .*?)\s*>>/.exec(step.run ?? '')?.[1])
    .find((found) => found !== undefined);
  if (line === undefined) throw new Error('sweep-previews.yml has no sweep step');
  // A quoted empty value stays an argument (`--keep ""`: no PR is open); an unquoted
  // empty variable ($DRY_RUN unset) disappears, as in the shell.
  const substitute = (text: string) =>
    text.replace(/\$([A-Z_]+)/g, (_, name: string) => variables[name] ?? '');
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].flatMap((m) =>
    m[1] !== undefined ? [substitute(m[1])] : substitute(m[2]!) === '' ? [] : [substitute(m[2]!)],
  );
}

function pullRequestEvent(action: string, number: number): object {
  return {
    action,
    number,
    pull_request: {
      number,
      merged: action === 'closed',
      head: { sha: `head-${number}`, repo: { full_name: REPOSITORY, fork: false } },
    },
  };
}

describe('the starter workflows, event by event, against moto', () => {
  let moto: MotoServer;
  let github: GithubApiStandIn;
  let cfn: CloudFormationClient;

  beforeAll(async () => {
    // Patched: the stacks hold Lambda aliases, which plain moto's CloudFormation skips.
    moto = await startMoto({ patched: true });
    github = await startGithubApi();
    Object.assign(process.env, MOTO_CREDENTIALS);
    cfn = new CloudFormationClient({ region: 'us-east-1', endpoint: moto.endpoint });
  });
  afterAll(async () => {
    cfn?.destroy();
    await github?.stop();
    await moto?.stop();
  });

  async function runAction(
    eventName: string,
    payload: object,
    inputs: Record<string, string>,
  ): Promise<ReturnType<typeof memorySink>> {
    const sink = memorySink();
    const logger = memoryLogger();
    const context = readGithubContext(
      {
        GITHUB_EVENT_NAME: eventName,
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_RUN_ID: '42',
        GITHUB_SHA: 'main-sha',
        GITHUB_API_URL: github.url,
        GITHUB_EVENT_PATH: '/event.json',
      },
      () => JSON.stringify(payload),
    );
    try {
      await run({
        settings: parseSettings((name) => inputs[name] ?? ''),
        context,
        cwd: EXAMPLE,
        loadConfig,
        credentials: () => Promise.resolve(undefined),
        engine: () => Promise.resolve(realEngine(clock, logger)),
        comments: (target) =>
          Promise.resolve(issueCommentsApi(createOctokit('test-token', github.url), target)),
        sink,
        logger,
        clock,
      });
    } catch (error) {
      // The action's log says which step failed; keep it with the error.
      throw new Error(`${String(error)}\n${logger.lines.join('\n')}`, { cause: error });
    }
    return sink;
  }

  async function stack(name: string): Promise<Stack | undefined> {
    try {
      return (await cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks?.[0];
    } catch {
      return undefined;
    }
  }
  const tagsOf = (s: Stack | undefined): Record<string, string | undefined> =>
    Object.fromEntries((s?.Tags ?? []).map((t) => [t.Key ?? '', t.Value]));
  const commentsOn = (issue: number) => github.comments.filter((c) => c.issue === issue);

  const preview = callerInputs('workflows/pr-preview.yml', 'deploy');
  const previewDestroy = callerInputs('workflows/pr-preview.yml', 'destroy');
  const promoteDev = callerInputs('workflows/promote.yml', 'dev');

  it('pull_request opened: deploys the preview pr-<number> and comments once', async () => {
    const sink = await runAction(
      'pull_request',
      pullRequestEvent('opened', 7),
      actionInputs(preview, 7, moto.endpoint),
    );
    expect(sink.outputs['stack-name']).toBe(`${PROJECT}-pr-7`);
    expect(JSON.parse(sink.outputs['lambda_function_names']!)).toEqual({
      items: `${PROJECT}-pr-7-items`,
    });
    const deployed = await stack(`${PROJECT}-pr-7`);
    expect(deployed?.StackStatus).toMatch(/_COMPLETE$/);
    expect(tagsOf(deployed)).toMatchObject({
      ephemeral: 'true',
      'managed-by': 'serverless-action',
    });
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]!.body).toContain(`${PROJECT}-pr-7`);
  });

  it('pull_request synchronize: redeploys the same stage and updates the same comment', async () => {
    const before = commentsOn(7)[0]!.body;
    const sink = await runAction(
      'pull_request',
      pullRequestEvent('synchronize', 7),
      actionInputs(preview, 7, moto.endpoint),
    );
    expect(sink.outputs['stack-name']).toBe(`${PROJECT}-pr-7`);
    // Nothing changed in the code: the no-op path, reported in place.
    expect(sink.outputs['has-changes']).toBe('false');
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]!.body).not.toBe(before);
  });

  it('pull_request closed: destroys the preview', async () => {
    await runAction(
      'pull_request',
      pullRequestEvent('closed', 7),
      actionInputs(previewDestroy, 7, moto.endpoint),
    );
    expect(await stack(`${PROJECT}-pr-7`)).toBeUndefined();
    expect(commentsOn(7)).toHaveLength(1);
  });

  it('push to main: promote.yml deploys dev, long-lived, with no comment', async () => {
    const commentsBefore = github.comments.length;
    const sink = await runAction(
      'push',
      { ref: 'refs/heads/main', after: 'main-sha' },
      actionInputs(promoteDev, undefined, moto.endpoint),
    );
    expect(sink.outputs['stack-name']).toBe(`${PROJECT}-dev`);
    const deployed = await stack(`${PROJECT}-dev`);
    expect(deployed?.StackStatus).toMatch(/_COMPLETE$/);
    expect(tagsOf(deployed)['ephemeral']).toBeUndefined();
    expect(JSON.parse(sink.outputs['dynamodb_table_names']!)).toEqual({
      items: `${PROJECT}-dev-items`,
    });
    expect(github.comments.length).toBe(commentsBefore);
  });

  it('schedule: the sweep deletes a preview whose PR closed without a destroy, keeps the rest', async () => {
    // Two previews left running; #8's pull request is still open, #9's was closed while
    // its destroy job failed.
    for (const pr of [8, 9]) {
      await runAction(
        'pull_request',
        pullRequestEvent('opened', pr),
        actionInputs(preview, pr, moto.endpoint),
      );
    }
    // The sweep job's command line, with what `gh pr list --state open` printed and a
    // scheduled run's values (no dry run).
    const argv = sweepCommandLine({
      KEEP: 'pr-8',
      TTL_HOURS: '168',
      CONFIG: 'serverless.config.yml',
      DRY_RUN: '',
    });
    expect(argv.slice(0, 3)).toEqual(['sweep', '--keep', 'pr-8']);
    const { options } = parseCli([...argv, '--endpoint-url', moto.endpoint]);
    const printed: string[] = [];
    const code = await runSweep(
      {
        options,
        logger: memoryLogger(),
        print: (t) => printed.push(t),
        env: process.env,
        cwd: EXAMPLE,
      },
      clock,
    );
    expect(code).toBe(0);
    expect(printed.join('')).toContain(`| ${PROJECT}-pr-9 | pr-9 | deleted |`);
    expect(await stack(`${PROJECT}-pr-9`)).toBeUndefined();
    expect((await stack(`${PROJECT}-pr-8`))?.StackStatus).toMatch(/_COMPLETE$/);
    expect((await stack(`${PROJECT}-dev`))?.StackStatus).toMatch(/_COMPLETE$/);
  });
});
