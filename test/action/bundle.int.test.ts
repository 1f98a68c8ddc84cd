// The bundled action, run as a runner runs it: `node index.js` with INPUT_* variables (dashes
// kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a pull_request event, the OIDC token
// endpoint and the GitHub REST API as loopback stand-ins, and moto for AWS (STS included).
// The child gets no AWS keys: every AWS call must use what STS handed out.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  CloudFormationClient,
  DescribeStacksCommand,
  GetTemplateCommand,
} from '@aws-sdk/client-cloudformation';
import { ApiGatewayV2Client, GetApisCommand } from '@aws-sdk/client-apigatewayv2';
import { DynamoDBClient, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { cfnLint } from '../support/cfn-lint';
import { startGithubApi, type GithubApiStandIn } from '../support/github-api';
import { MOTO_CREDENTIALS, startMoto, type MotoServer } from '../support/moto';
import { startOidc, type OidcStandIn } from '../support/oidc';

const ROOT = join(__dirname, '..', '..');
const CONFIG = `project_name: demo
environment: dev
lambda_config:
  api-handler:
    runtime: nodejs22.x
    handler: index.handler
    memory_size: 256
api_gateway_config:
  type: HTTP
dynamodb_config:
  users:
    hash_key: id
    attributes:
      - { name: id, type: S }
`;

interface RunOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** ms from spawning node to the OIDC token request, the step right before STS. */
  msToFirstAwsCall: number | undefined;
}

let bundleDir: string;
let workspace: string;
let moto: MotoServer;
let oidc: OidcStandIn;
let github: GithubApiStandIn;

// The committed bundle (dist/, which CI rebuilds and compares before the tests run), copied
// to a folder with no node_modules anywhere above it, as a runner has it.
// SA_ACTION_BUNDLE=DIR runs another build instead (`npm run build` writes dist/).
const prebuilt = process.env['SA_ACTION_BUNDLE'];

beforeAll(async () => {
  const source = prebuilt ?? join(ROOT, 'dist');
  if (!existsSync(join(source, 'index.js'))) {
    throw new Error(`no bundle at ${source}: run \`npm run build\` first`);
  }
  bundleDir = await mkdtemp(join(tmpdir(), 'action-bundle-'));
  cpSync(source, bundleDir, { recursive: true });
  workspace = await mkdtemp(join(tmpdir(), 'action-workspace-'));
  await mkdir(join(workspace, 'functions', 'api-handler'), { recursive: true });
  await writeFile(
    join(workspace, 'functions', 'api-handler', 'index.js'),
    'exports.handler = async () => ({ statusCode: 200, body: "ok" });\n',
  );
  await writeFile(join(workspace, 'serverless.config.yml'), CONFIG);
  for (const action of ['synchronize', 'closed']) {
    await writeFile(
      join(workspace, `event-${action}.json`),
      JSON.stringify({
        action,
        number: 7,
        pull_request: {
          number: 7,
          merged: false,
          head: { sha: 'feedface00', repo: { full_name: 'octo/app' } },
        },
        repository: { full_name: 'octo/app' },
      }),
    );
  }
  [moto, oidc, github] = await Promise.all([
    // Patched moto creates AWS::ApiGatewayV2::Api in stacks, so the API outputs are real.
    startMoto({ patched: true }),
    startOidc(),
    startGithubApi({ pageSize: 2 }),
  ]);
  // Chatter before the sticky comment, across pages, as on a busy pull request.
  for (let i = 0; i < 3; i++) github.addComment(7, `review comment ${i}`);
}, 600_000);

afterAll(async () => {
  await Promise.all([moto?.stop(), oidc?.stop(), github?.stop()]);
  if (bundleDir && prebuilt === undefined) await rm(bundleDir, { recursive: true, force: true });
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

/** Every input with its action.yml default, as the runner sets them, then the step's `with:`. */
function inputEnv(withInputs: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = input.default ?? '';
  }
  for (const [name, value] of Object.entries(withInputs))
    env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

async function runAction(
  withInputs: Record<string, string>,
  tag: string,
  without: readonly string[] = [],
  prAction: 'synchronize' | 'closed' = 'synchronize',
  extraEnv: Record<string, string> = {},
): Promise<RunOutcome> {
  const outputFile = join(workspace, `output-${tag}`);
  const summaryFile = join(workspace, `summary-${tag}`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const home = await mkdtemp(join(tmpdir(), 'action-home-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home, // no ~/.aws: nothing for the SDK to find but what STS hands out
    AWS_EC2_METADATA_DISABLED: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(workspace, `event-${prAction}.json`),
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'mergesha00',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    RUNNER_TEMP: home,
    ...inputEnv({ 'github-token': 'ghs_standin_token', ...withInputs }),
    ...extraEnv,
  };
  for (const name of without) delete env[name];
  const tokenRequestsBefore = oidc.audiences.length;
  const started = Date.now();
  const { code, stdout, stderr } = await new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((resolve) => {
    execFile(
      process.execPath,
      [join(bundleDir, 'index.js')],
      { cwd: workspace, env, maxBuffer: 64 * 1024 * 1024 },
      (error, out, err) =>
        resolve({
          code: error ? ((error.code as number | undefined) ?? 1) : 0,
          stdout: out,
          stderr: err,
        }),
    );
  });
  await rm(home, { recursive: true, force: true });
  // SA_ACTION_LOG_DIR=DIR keeps each run's log, to read what a workflow run would show.
  const logDir = process.env['SA_ACTION_LOG_DIR'];
  if (logDir) {
    await writeFile(join(logDir, `${tag}.log`), `${stdout}\n--- stderr ---\n${stderr}`);
    await writeFile(join(logDir, `${tag}.summary.md`), await readFile(summaryFile, 'utf8'));
  }
  const firstTokenAt = oidc.requestTimes[tokenRequestsBefore];
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    msToFirstAwsCall: firstTokenAt === undefined ? undefined : firstTokenAt - started,
  };
}

/** The log's error lines (annotations, stack traces); '' when there are none. Node's own
 * deprecation warnings (the SDK's on node 20; the runner uses node24) do not count. */
function failureLog(run: RunOutcome): string {
  const errors = (run.stdout + run.stderr)
    .split('\n')
    // A warning is not a failure: on moto, termination protection warns (moto lacks the API).
    .filter((line) => !line.startsWith('::warning') && /^::error|Error:|error:/.test(line));
  return errors.length === 0
    ? ''
    : `${errors.join('\n')}\n--- stdout tail ---\n${run.stdout.slice(-3000)}`;
}

function masked(log: string): string[] {
  return [...log.matchAll(/^::add-mask::(.+)$/gm)].map((m) => m[1]!);
}

const motoClient = <T>(Client: new (config: object) => T): T =>
  new Client({
    region: 'us-east-1',
    endpoint: moto.endpoint,
    credentials: {
      accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID,
      secretAccessKey: MOTO_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
    },
  });

const INPUTS = {
  command: 'deploy',
  'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
  'aws-region': 'us-east-1',
};

describe('the bundled action against moto and loopback stand-ins', () => {
  let first: RunOutcome;

  beforeAll(async () => {
    first = await runAction({ ...INPUTS, 'endpoint-url': moto.endpoint }, 'first');
  }, 300_000);

  it('deploys the pull request preview with STS credentials from the OIDC token', async () => {
    expect({ code: first.code, log: failureLog(first) }).toEqual({ code: 0, log: '' });
    expect(oidc.audiences[0]).toBe('sts.amazonaws.com');
    const log = first.stdout;
    expect(log).toContain(
      'Assumed arn:aws:iam::123456789012:role/deploy as session serverless-action-octo-app-4242',
    );
    // The ID token and the three credential values are masked.
    const secrets = masked(log);
    expect(secrets).toContain(oidc.lastToken);
    expect(secrets.length).toBeGreaterThanOrEqual(4);

    const cfn = motoClient(CloudFormationClient);
    const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: 'demo-pr-7' }));
    expect(Stacks?.[0]?.StackStatus).toMatch(/_COMPLETE$/);
    expect(Stacks?.[0]?.Tags).toEqual(
      expect.arrayContaining([{ Key: 'ephemeral', Value: 'true' }]),
    );
    // The template the bundled action synthesized and deployed passes cfn-lint.
    const { TemplateBody } = await cfn.send(new GetTemplateCommand({ StackName: 'demo-pr-7' }));
    const templateFile = join(workspace, 'deployed.template.json');
    await writeFile(templateFile, TemplateBody ?? '');
    expect(cfnLint(templateFile).filter((m) => m.level === 'Error')).toEqual([]);
    cfn.destroy();
  });

  it('writes the seed outputs to GITHUB_OUTPUT as JSON, matching what was deployed', async () => {
    const { outputs } = first;
    for (const name of [
      'lambda_function_names',
      'lambda_function_arns',
      'api_gateway_id',
      'api_gateway_endpoint',
      'dynamodb_table_names',
      'dynamodb_table_arns',
    ]) {
      expect(outputs).toHaveProperty([name]);
      expect(() => JSON.parse(outputs[name]!) as unknown).not.toThrow();
    }
    expect(outputs['stack-name']).toBe('demo-pr-7');
    expect(outputs['has-changes']).toBe('true');
    const names = JSON.parse(outputs['lambda_function_names']!) as Record<string, string>;
    const tables = JSON.parse(outputs['dynamodb_table_names']!) as Record<string, string>;
    expect(Object.keys(names)).toEqual(['api-handler']);
    expect(Object.keys(tables)).toEqual(['users']);
    const lambda = motoClient(LambdaClient);
    const dynamodb = motoClient(DynamoDBClient);
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: names['api-handler'] }));
    expect(fn.Configuration?.MemorySize).toBe(256);
    const arns = JSON.parse(outputs['lambda_function_arns']!) as Record<string, string>;
    expect(arns['api-handler']).toBe(fn.Configuration?.FunctionArn);
    const table = await dynamodb.send(new DescribeTableCommand({ TableName: tables['users'] }));
    expect(table.Table?.TableArn).toBe(
      (JSON.parse(outputs['dynamodb_table_arns']!) as Record<string, string>)['users'],
    );
    lambda.destroy();
    dynamodb.destroy();
    const apiId = JSON.parse(outputs['api_gateway_id']!) as string;
    const apis = motoClient(ApiGatewayV2Client);
    const { Items } = await apis.send(new GetApisCommand({}));
    expect(Items?.map((api) => api.ApiId)).toEqual([apiId]);
    expect(JSON.parse(outputs['api_gateway_endpoint']!)).toBe(
      `https://${apiId}.execute-api.us-east-1.amazonaws.com/pr-7`,
    );
    apis.destroy();
    expect(Number(outputs['monthly-cost'])).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(outputs['findings']!)).toEqual(expect.any(Array));
  });

  it('comments once on the pull request, and the job summary has the same report', () => {
    const sticky = github.comments.filter((c) =>
      c.body.includes('<!-- serverless-action:demo-pr-7 -->'),
    );
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.issue).toBe(7);
    expect(sticky[0]!.body).toContain('### 🚀 Deployed · `demo-pr-7` deploy');
    // The preview URL, as the deploy resolved it.
    expect(sticky[0]!.body).toContain(JSON.parse(first.outputs['api_gateway_endpoint']!) as string);
    expect(first.summary).toContain('### 🚀 Deployed · `demo-pr-7` deploy');
    expect(github.requests.every((r) => r.authorization === 'token ghs_standin_token')).toBe(true);
  });

  it('updates the same comment on the next run, a no-op, and leaks no credential', async () => {
    const second = await runAction({ ...INPUTS, 'endpoint-url': moto.endpoint }, 'second');
    expect({ code: second.code, log: failureLog(second) }).toEqual({ code: 0, log: '' });
    const sticky = github.comments.filter((c) =>
      c.body.includes('<!-- serverless-action:demo-pr-7 -->'),
    );
    expect(sticky).toHaveLength(1);
    expect(github.comments).toHaveLength(4);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(sticky[0]!.body).toContain('No changes');
    expect(second.outputs['has-changes']).toBe('false');
    expect(JSON.parse(second.outputs['lambda_function_names']!)).toEqual(
      JSON.parse(first.outputs['lambda_function_names']!),
    );

    for (const run of [first, second]) {
      const secrets = masked(run.stdout);
      const log = (run.stdout + run.stderr).replace(/^::add-mask::.*$/gm, '');
      for (const secret of secrets) expect(log).not.toContain(secret);
    }
    // Both runs reached AWS through the OIDC token; how fast (the goal: the STS request under
    // 300 ms after spawning; this test used to allow 5 s) is bench/action-startup.ts's figure.
    const ms = [first.msToFirstAwsCall, second.msToFirstAwsCall];
    process.stdout.write(
      `bundled action: ms from spawn to the OIDC token request (then STS): ${ms.join(', ')}\n`,
    );
    expect(ms.map((t) => typeof t)).toEqual(['number', 'number']);
  }, 300_000);

  it('plans by default on a pull request, and only warns when the token may not comment', async () => {
    github.forbidWrites = true;
    try {
      const plan = await runAction(
        {
          'role-to-assume': INPUTS['role-to-assume'],
          'aws-region': 'us-east-1',
          'endpoint-url': moto.endpoint,
        },
        'plan',
      );
      expect({ code: plan.code, log: failureLog(plan) }).toEqual({ code: 0, log: '' });
      expect(plan.stdout).toContain('serverless-action plan: pull_request (synchronize) -> plan');
      expect(plan.stdout).toMatch(/::warning::Could not comment on the pull request \(HTTP 403/);
      expect(plan.outputs['stack-name']).toBe('demo-dev');
      expect(plan.outputs['has-changes']).toBe('true');
      expect(plan.outputs['change-set-id']).toMatch(/^arn:aws:cloudformation:/);
      expect(plan.summary).toContain('· `demo-dev` plan: 21 to add');
      expect(github.comments.some((c) => c.body.includes('serverless-action:demo-dev'))).toBe(
        false,
      );
    } finally {
      github.forbidWrites = false;
    }
  }, 300_000);

  it('fails with the permissions block when the job may not request an OIDC token', async () => {
    const denied = await runAction({ ...INPUTS, 'endpoint-url': moto.endpoint }, 'no-oidc', [
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    ]);
    expect(denied.code).toBe(1);
    expect(denied.stdout).toContain('::error::Could not get a GitHub OIDC token');
    expect(denied.stdout).toContain(
      'permissions:%0A  id-token: write%0A  contents: read%0A  pull-requests: write',
    );
  }, 300_000);

  it('refuses to deploy on findings at or above fail-on, before anything reaches AWS', async () => {
    const gated = await runAction(
      { ...INPUTS, 'endpoint-url': moto.endpoint, environment: 'gated', 'fail-on': 'medium' },
      'gated',
    );
    expect(gated.code).toBe(1);
    expect(gated.stdout).toMatch(/::error::\d+ security finding\(s\) at or above "medium"/);
    expect(gated.stdout).toMatch(
      /::warning title=SA-[A-Z-]+ \(medium\),file=serverless.config.yml,line=\d+,col=\d+::/,
    );
    const cfn = motoClient(CloudFormationClient);
    await expect(cfn.send(new DescribeStacksCommand({ StackName: 'demo-gated' }))).rejects.toThrow(
      /does not exist/,
    );
    cfn.destroy();
    const sticky = github.comments.find((c) => c.body.includes('serverless-action:demo-gated'));
    expect(sticky?.body).toContain('### ⛔ Refused · `demo-gated` deploy');
    expect(gated.outputs['result']).toBe('refused');
    expect(Number(gated.outputs['monthly-cost'])).toBeGreaterThanOrEqual(0);
    expect(sticky?.body).toContain('(`FINDINGS_GATE`)');
    expect(sticky?.body).toContain('#### Security:');
  }, 300_000);

  it('plans to a plan directory, then a second run executes exactly that change set, once', async () => {
    // A runner's temp directory that outlives the step, as an uploaded artifact would.
    const runnerTemp = await mkdtemp(join(tmpdir(), 'action-runner-temp-'));
    try {
      const planned = await runAction(
        { ...INPUTS, command: 'plan', environment: 'staged', 'endpoint-url': moto.endpoint },
        'plan-dir',
        [],
        'synchronize',
        { RUNNER_TEMP: runnerTemp },
      );
      expect({ code: planned.code, log: failureLog(planned) }).toEqual({ code: 0, log: '' });
      expect(planned.outputs).toMatchObject({ result: 'planned', 'has-changes': 'true' });
      const planDir = planned.outputs['plan-dir']!;
      expect(planDir.startsWith(runnerTemp)).toBe(true);
      const plan = JSON.parse(await readFile(join(planDir, 'plan.json'), 'utf8')) as {
        changeSetId: string;
        commit?: string;
      };
      expect(plan.changeSetId).toBe(planned.outputs['change-set-id']);
      expect(plan.commit).toBe('feedface00');
      const cfn = motoClient(CloudFormationClient);
      const status = async () =>
        (await cfn.send(new DescribeStacksCommand({ StackName: 'demo-staged' }))).Stacks?.[0]
          ?.StackStatus;
      expect(await status()).toBe('REVIEW_IN_PROGRESS');

      // The deploy job: the plan only, no config (the workspace's config is not read).
      const applied = await runAction(
        { ...INPUTS, plan: planDir, config: 'no-such-config.yml', 'endpoint-url': moto.endpoint },
        'apply',
      );
      expect({ code: applied.code, log: failureLog(applied) }).toEqual({ code: 0, log: '' });
      expect(applied.outputs).toMatchObject({
        result: 'deployed',
        'stack-name': 'demo-staged',
        'change-set-id': plan.changeSetId,
      });
      expect(Number(applied.outputs['monthly-cost'])).toBeGreaterThanOrEqual(0);
      expect(await status()).toBe('CREATE_COMPLETE');

      // Executed once: the same plan again is refused, titled as a refusal, with its outputs.
      const again = await runAction(
        { ...INPUTS, plan: planDir, 'endpoint-url': moto.endpoint },
        'apply-again',
      );
      expect(again.code).toBe(1);
      expect(again.outputs).toMatchObject({
        result: 'refused',
        'stack-name': 'demo-staged',
        'change-set-id': plan.changeSetId,
      });
      expect(again.summary).toContain('### ⛔ Refused · `demo-staged` deploy');
      expect(again.stdout).toContain('refusing to execute the plan');
      cfn.destroy();
    } finally {
      await rm(runnerTemp, { recursive: true, force: true });
    }
  }, 300_000);

  it('destroys the preview when the pull request closes, and says so in the same comment', async () => {
    const closed = await runAction(
      {
        'role-to-assume': INPUTS['role-to-assume'],
        'aws-region': 'us-east-1',
        'endpoint-url': moto.endpoint,
      },
      'closed',
      [],
      'closed',
    );
    expect({ code: closed.code, log: failureLog(closed) }).toEqual({ code: 0, log: '' });
    expect(closed.stdout).toContain(
      'pull_request (closed) -> destroy; environment: pr-7 (ephemeral)',
    );
    const cfn = motoClient(CloudFormationClient);
    const after = await cfn
      .send(new DescribeStacksCommand({ StackName: 'demo-pr-7' }))
      .then((out) => out.Stacks?.[0]?.StackStatus)
      .catch((error: Error) => error.message);
    expect(after).toMatch(/DELETE_COMPLETE|does not exist/);
    cfn.destroy();
    const sticky = github.comments.filter((c) =>
      c.body.includes('<!-- serverless-action:demo-pr-7 -->'),
    );
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body).toContain('### 🗑️ Destroyed · `demo-pr-7` destroy');
    expect(closed.outputs['stack-name']).toBe('demo-pr-7');
  }, 300_000);
});
