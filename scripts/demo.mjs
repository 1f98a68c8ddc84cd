#!/usr/bin/env node
// `npm run demo`: the whole product on this machine, no AWS account needed.
// Starts moto_server on a free loopback port, deploys examples/seed-example as the ephemeral
// environment `pr-demo`, prints the plan report and the outputs, redeploys (the no-op fast
// path), destroys, and stops moto by its PID — also on failure and on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'seed-example');
// The seed's VPC and certificate values are placeholders, kept as the seed wrote them: moto
// takes them, AWS would not, so plan and deploy refuse them unless told this is a sandbox.
const PLACEHOLDERS = ['--allow-placeholders'];
// moto with the patches that restore AWS's documented behaviour (see the file's docstring).
const launcher = join(root, 'test', 'support', 'moto_patched.py');
const python = process.env.MOTO_PYTHON ?? 'python3';
const INSTALL =
  'moto_server is missing: install it with  pip install "moto[server]"  and run again.';
const ENVIRONMENT = 'pr-demo';

const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const step = (s) => process.stdout.write(`\n${bold(`== ${s}`)}\n`);

/**
 * The committed bundle (dist/cli/index.js): it needs no `npm install`, and CI fails when it
 * differs from the sources. DEMO_FROM_SOURCE=1 runs src/cli.ts through ts-node instead
 * (needs `npm ci`), for trying a change before `npm run build`.
 */
function cliCommand() {
  const bundle = join(root, 'dist', 'cli', 'index.js');
  if (process.env.DEMO_FROM_SOURCE !== '1' && existsSync(bundle)) {
    return { argv: [process.execPath, bundle], label: 'dist/cli/index.js' };
  }
  return {
    argv: [process.execPath, '-r', 'ts-node/register/transpile-only', join(root, 'src', 'cli.ts')],
    label: 'src/cli.ts (ts-node)',
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function answers(port) {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/moto-api/data.json', timeout: 1000 },
      (res) => {
        res.resume();
        resolve(res.statusCode < 500);
      },
    );
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

async function startMoto() {
  const probe = spawnSync(python, ['-c', 'import moto.server'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) throw new Error(INSTALL);
  const port = await freePort();
  const child = spawn(python, [launcher, '-H', '127.0.0.1', '-p', String(port)], {
    detached: true,
    stdio: 'ignore',
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  child.on('error', () => (exited = true));
  const deadline = Date.now() + 20_000;
  while (!(await answers(port))) {
    if (exited) throw new Error(INSTALL);
    if (Date.now() > deadline) throw new Error(`moto_server did not answer on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port };
}

function stopMoto(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // its own process group: the server and its children
  } catch {
    // already gone
  }
}

function run(cli, args, env) {
  const started = process.hrtime.bigint();
  const result = spawnSync(cli.argv[0], [...cli.argv.slice(1), ...args], {
    cwd: example,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // The Node-version line (or, from an older bundle, the SDK's own eight lines) is said once
  // at the start of the demo, not after every command.
  const stderr = result.stderr
    .split('\n')
    .filter(
      (l) =>
        l &&
        !/past end-of-life|NodeVersionSupportWarning|^versions published|^will require|^To continue|^and security|^More information|trace-warnings/.test(
          l,
        ),
    )
    .join('\n');
  if (result.status !== 0) {
    throw new Error(
      `serverless-action ${args.join(' ')} failed (exit ${result.status}):\n${stderr}\n${result.stdout}`,
    );
  }
  return { stdout: result.stdout.trim(), stderr, ms };
}

let moto;
const shutdown = (code) => {
  stopMoto(moto?.child);
  process.exit(code);
};
process.on('SIGINT', () => shutdown(130));
process.on('SIGTERM', () => shutdown(143));

try {
  const cli = cliCommand();
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor < 22) {
    console.log(`serverless-action: Node ${nodeMajor} is past end-of-life; use Node 22 or newer`);
  }
  step(`starting moto_server (a local AWS emulator) on a free loopback port`);
  moto = await startMoto();
  const endpoint = `http://127.0.0.1:${moto.port}`;
  console.log(`moto pid ${moto.child.pid} at ${endpoint}; CLI: ${cli.label}`);
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_SESSION_TOKEN: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: endpoint,
  };
  delete env.AWS_PROFILE;

  step(`plan: examples/seed-example as environment ${ENVIRONMENT}`);
  const plan = run(cli, ['plan', '--environment', ENVIRONMENT, ...PLACEHOLDERS], env);
  console.log(
    plan.stderr
      .split('\n')
      .filter((l) => /warning/.test(l))
      .join('\n'),
  );
  console.log(plan.stdout);

  step('deploy (first time: change set, code upload, execute)');
  const first = run(
    cli,
    ['deploy', '--environment', ENVIRONMENT, '--format', 'json', ...PLACEHOLDERS],
    env,
  );
  console.log(
    first.stderr
      .split('\n')
      .filter((l) => !/warning/.test(l))
      .join('\n'),
  );
  const deployed = JSON.parse(first.stdout);
  console.log(`\noutputs of ${deployed.stackName}:`);
  for (const [key, value] of Object.entries(deployed.outputs)) {
    console.log(`  ${key} = ${typeof value === 'string' ? value || '""' : JSON.stringify(value)}`);
  }
  console.log(`(${Math.round(first.ms)} ms)`);

  step('deploy again, nothing changed: the fast path (no synthesis, no change set)');
  const again = run(
    cli,
    ['deploy', '--environment', ENVIRONMENT, '--format', 'json', ...PLACEHOLDERS],
    env,
  );
  console.log(
    again.stderr
      .split('\n')
      .filter((l) => !/warning/.test(l))
      .join('\n'),
  );
  console.log(`hasChanges: ${JSON.parse(again.stdout).hasChanges} (${Math.round(again.ms)} ms)`);

  step(`destroy (${ENVIRONMENT} is ephemeral, so no --force is needed)`);
  const destroyed = run(cli, ['destroy', '--environment', ENVIRONMENT], env);
  console.log(
    destroyed.stderr
      .split('\n')
      .filter((l) => !/warning/.test(l))
      .join('\n'),
  );
  console.log(destroyed.stdout);
  step('done');
  stopMoto(moto.child);
} catch (error) {
  stopMoto(moto?.child);
  console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
