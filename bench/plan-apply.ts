// `deploy --plan DIR` against a plain `deploy` of the same change, on the same moto_server,
// in one run. Two stacks of the same config start equal; each round changes one function's
// code, then stack A gets a plain deploy (synth + plan + execute) and stack B a
// `plan --out DIR` (timed apart) followed by the timed `deploy --plan DIR` (no synth).
// Prints each sample and the median ratio apply / plain.
//
//   npx ts-node --transpile-only bench/plan-apply.ts        (BENCH_ROUNDS=5 for more rounds)
//
// The CLI is the bundle dist/cli/index.js (`npm run build`), as users run it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnMoto } from '../test/support/moto';

const ROOT = join(__dirname, '..');
const EXAMPLE = join(ROOT, 'examples', 'seed-example');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`no bundle at ${CLI}: run \`npm run build\` first`);
  const project = mkdtempSync(join(tmpdir(), 'bench-plan-apply-'));
  cpSync(EXAMPLE, project, { recursive: true });
  const moto = await spawnMoto({ patched: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_SESSION_TOKEN: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: moto.endpoint,
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '127.0.0.1,localhost',
  };
  delete env['AWS_PROFILE'];
  delete env['GITHUB_SHA'];
  const cli = (...args: string[]): number => {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [CLI, ...args, '--format', 'json'], {
      cwd: project,
      env,
      encoding: 'utf8',
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`);
    return seconds;
  };
  const samples: { plain: number; plan: number; apply: number }[] = [];
  try {
    // The seed example keeps its placeholder subnet ids (moto accepts them).
    cli('deploy', '-e', 'bench-a', '--allow-placeholders');
    cli('deploy', '-e', 'bench-b', '--allow-placeholders');
    for (let round = 0; round < ROUNDS; round++) {
      writeFileSync(
        join(project, 'functions', 'api-handler', 'index.js'),
        `exports.handler = async () => ({ statusCode: 200, body: 'round ${round}' });\n`,
      );
      const plain = cli('deploy', '-e', 'bench-a', '--allow-placeholders');
      const plan = cli('plan', '-e', 'bench-b', '--out', `plan-${round}`, '--allow-placeholders');
      const apply = cli('deploy', '--plan', `plan-${round}`);
      samples.push({ plain, plan, apply });
      process.stdout.write(
        `round ${round}: plain deploy ${plain.toFixed(2)} s; plan ${plan.toFixed(2)} s, ` +
          `deploy --plan ${apply.toFixed(2)} s; ratio ${(apply / plain).toFixed(2)}\n`,
      );
    }
  } finally {
    await moto.stop();
    rmSync(project, { recursive: true, force: true });
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const ratio = median(samples.map((s) => s.apply / s.plain));
  const total = median(samples.map((s) => (s.plan + s.apply) / s.plain));
  process.stdout.write(
    `median over ${samples.length} rounds: deploy --plan / plain deploy = ${ratio.toFixed(2)}; ` +
      `(plan + deploy --plan) / plain deploy = ${total.toFixed(2)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
