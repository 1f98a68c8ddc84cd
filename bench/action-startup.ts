// How fast the bundled action reaches its first AWS call: spawn `node dist/index.js`
// as a runner does and time, at a loopback stand-in, the OIDC token request and the STS
// AssumeRoleWithWebIdentity request that follows it. STS answers an error, so each run
// stops there. Baseline: `node -e` making one HTTP request.
//
//   npx ts-node --transpile-only bench/action-startup.ts   # BENCH_RUNS=15
//
// It measures what ships, the committed dist/ (SA_ACTION_BUNDLE=DIR: another build of it;
// BENCH_FROM_SOURCE=1: a fresh ncc build of src/bundle.ts, for trying a change first).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.env['BENCH_RUNS'] ?? 15);
const root = join(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'action-startup-'));
const fromSource = process.env['BENCH_FROM_SOURCE'] === '1';
const bundle = fromSource
  ? join(work, 'bundle')
  : resolve(process.env['SA_ACTION_BUNDLE'] ?? join(root, 'dist'));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

async function main(): Promise<void> {
  if (fromSource) {
    execFileSync(
      'npx',
      ['ncc', 'build', 'src/bundle.ts', '-o', bundle, '--quiet', '--transpile-only'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  }
  mkdirSync(join(work, 'functions', 'api-handler'), { recursive: true });
  writeFileSync(
    join(work, 'functions', 'api-handler', 'index.js'),
    'exports.handler = async () => ({});\n',
  );
  writeFileSync(
    join(work, 'serverless.config.yml'),
    'project_name: demo\nlambda_config:\n  api-handler: {}\n',
  );

  let seen: { token?: number; sts?: number } = {};
  const server = createServer((request, response) => {
    const kind = request.method === 'GET' ? 'token' : 'sts';
    seen[kind] ??= Date.now();
    request.resume();
    if (kind === 'token') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ value: 'e30.eyJzdWIiOiJiZW5jaCJ9.c2ln' }));
    } else {
      response.writeHead(400, { 'content-type': 'text/xml' });
      response.end(
        '<ErrorResponse><Error><Code>ValidationError</Code><Message>bench stops here</Message></Error></ErrorResponse>',
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: work,
    INPUT_COMMAND: 'deploy',
    'INPUT_ROLE-TO-ASSUME': 'arn:aws:iam::123456789012:role/bench',
    'INPUT_AWS-REGION': 'us-east-1',
    INPUT_AUDIENCE: 'sts.amazonaws.com',
    'INPUT_ENDPOINT-URL': url,
    ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bench',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_RUN_ID: '1',
    GITHUB_OUTPUT: join(work, 'output'),
  };
  const once = (args: string[]): Promise<{ token?: number; sts?: number }> =>
    new Promise((resolve) => {
      seen = {};
      const started = Date.now();
      const child = spawn(process.execPath, args, { cwd: work, env, stdio: 'ignore' });
      child.on('exit', () =>
        resolve({
          ...(seen.token !== undefined && { token: seen.token - started }),
          ...(seen.sts !== undefined && { sts: seen.sts - started }),
        }),
      );
    });

  const baseline: number[] = [];
  const token: number[] = [];
  const sts: number[] = [];
  for (let i = 0; i < runs; i++) {
    baseline.push(
      (await once(['-e', `require('http').get('${url}/token', (r) => r.resume())`])).token ?? NaN,
    );
    const run = await once([join(bundle, 'index.js')]);
    token.push(run.token ?? NaN);
    sts.push(run.sts ?? NaN);
  }
  server.close();
  console.log(`runs: ${runs}`);
  console.log(
    `node -e, first HTTP request:      ${median(baseline)} ms median (${baseline.join(' ')})`,
  );
  console.log(`action, OIDC token request:       ${median(token)} ms median (${token.join(' ')})`);
  console.log(`action, STS AssumeRoleWithWebIdentity: ${median(sts)} ms median (${sts.join(' ')})`);
  rmSync(work, { recursive: true, force: true });
}

void main();
