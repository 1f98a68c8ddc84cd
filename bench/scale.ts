// How synth and review scale with the number of functions: 10, 100, 300 and 1,000 (BENCH_SIZES
// to change), each in a fresh child process so one size's warm caches never help the next.
// Each function has one HTTP API route and its own code file importing one shared module
// (so esbuild bundles every function, and the Bundler's parallelism shows); every tenth
// function has a table. For each size: validation (load), synth, review (cost + our rules +
// cdk-nag on the construct tree): wall and CPU (user + system) of each phase alone (the code
// is loaded before, outside the timings: from source, ts-node's compiling would dominate)
// and the child's peak RSS so far,
// resources, or the error code that stopped it. Then `plan` of the same project by the
// committed CLI bundle (dist/cli/index.js) against the patched moto on loopback, as a child
// under /usr/bin/time: synth, review, code upload and a change set, start-up included
// (BENCH_PLAN=0 skips it). Medians are not taken: run it twice and compare; on a shared
// machine CPU is the steadier figure.
//
//   npx ts-node --transpile-only bench/scale.ts
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readTimeFile, TIME_FORMAT } from './time-file';
import { MOTO_CREDENTIALS, spawnMoto, type MotoServer } from '../test/support/moto';

const ROOT = join(__dirname, '..');

interface Row {
  n: number;
  phase: string;
  wallMs: number;
  cpuMs: number;
  rssMiB: number;
  resources?: number;
  error?: string;
}

function writeProject(dir: string, n: number): string {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/shared.ts'),
    'export const reply = (n: number) => ({ statusCode: 200, body: String(n) });\n',
  );
  const lambda_config: Record<string, unknown> = {};
  const dynamodb_config: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    writeFileSync(
      join(dir, `src/f${i}.ts`),
      `import { reply } from './shared';\nexport const handler = async () => reply(${i});\n`,
    );
    lambda_config[`f${i}`] = {
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      source: `src/f${i}.ts`,
      routes: [`GET /f${i}`],
    };
    if (i % 10 === 0) {
      dynamodb_config[`t${i}`] = { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] };
    }
  }
  const file = join(dir, 'serverless.config.yml');
  writeFileSync(
    file,
    stringify({
      project_name: 'scale',
      environment: 'dev',
      lambda_config,
      api_gateway_config: { type: 'HTTP', throttling_burst_limit: 100, throttling_rate_limit: 50 },
      dynamodb_config,
    }),
  );
  return file;
}

/** In the child: one size, phase by phase, one JSON line per phase on stdout. */
async function child(file: string, n: number): Promise<void> {
  // Modules are loaded (and compiled by ts-node) first, outside the timed phases.
  const { loadConfig } = await import('../src/config');
  const { synthesize } = await import('../src/synth');
  const { review } = await import('../src/review');
  await import('../src/review/security/nag-tree');
  let start = performance.now();
  let cpu0 = process.cpuUsage();
  const emit = (phase: string, extra: Partial<Row> = {}): void => {
    const cpu = process.cpuUsage(cpu0);
    const wall = performance.now() - start;
    start = performance.now();
    cpu0 = process.cpuUsage();
    const row: Row = {
      n,
      phase,
      wallMs: Math.round(wall),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      rssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      ...extra,
    };
    process.stdout.write(`${JSON.stringify(row)}\n`);
  };
  let loaded;
  try {
    loaded = await loadConfig(file);
  } catch (error) {
    emit('load', { error: (error as { code?: string }).code ?? String(error).slice(0, 80) });
    return;
  }
  emit('load');
  let stack;
  try {
    stack = await synthesize(loaded, { outDir: join(file, '..', 'cdk.out') });
  } catch (error) {
    emit('synth', { error: (error as { code?: string }).code ?? String(error).slice(0, 80) });
    return;
  }
  emit('synth', { resources: stack.resourceCount });
  const result = await review(stack, { today: '2026-11-28' });
  emit('review', { resources: stack.resourceCount, error: `${result.findings.length} findings` });
}

/** `plan` by the bundled CLI on moto, under /usr/bin/time; the row says what it ended with. */
async function plan(moto: MotoServer, dir: string, n: number): Promise<Row> {
  await moto.reset();
  // esbuild is the user's own dependency (an optional peer); the project borrows ours.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const timeFile = join(dir, 'time.txt');
  const run = spawnSync(
    '/usr/bin/time',
    ['-o', timeFile, '-f', TIME_FORMAT, process.execPath, join(ROOT, 'dist/cli/index.js')].concat([
      'plan',
      '--out',
      join(dir, 'plan'),
      '--format',
      'json',
    ]),
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      env: {
        ...process.env,
        ...MOTO_CREDENTIALS,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL: moto.endpoint,
        HTTP_PROXY: 'http://127.0.0.1:9',
        HTTPS_PROXY: 'http://127.0.0.1:9',
        NO_PROXY: '127.0.0.1,localhost',
      },
    },
  );
  const time = readTimeFile(timeFile);
  let note: string;
  try {
    const result = JSON.parse(run.stdout) as {
      changeSetId?: string;
      changes?: unknown[];
      error?: { code?: string };
    };
    note = result.error?.code ?? `change set of ${result.changes?.length ?? 0} changes`;
  } catch {
    note = `exit ${run.status}: ${run.stderr.trim().split('\n').at(-1)?.slice(0, 80) ?? ''}`;
  }
  return {
    n,
    phase: 'plan (CLI, moto)',
    wallMs: Math.round(time.wallS * 1000),
    cpuMs: Math.round(time.cpuS * 1000),
    rssMiB: Math.round(time.peakMiB),
    error: note,
  };
}

async function main(): Promise<void> {
  const sizes = (process.env['BENCH_SIZES'] ?? '10,100,300,1000').split(',').map(Number);
  const moto = process.env['BENCH_PLAN'] === '0' ? undefined : await spawnMoto({ patched: true });
  const rows: Row[] = [];
  try {
    for (const n of sizes) await measureSize(n, rows, moto);
  } finally {
    await moto?.stop();
  }
  printTable(rows);
}

async function measureSize(n: number, rows: Row[], moto: MotoServer | undefined): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `scale-${n}-`));
  try {
    const file = writeProject(dir, n);
    const out = execFileSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', __filename, '--child', file, String(n)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 },
    );
    const phases = out.split('\n').filter((l) => l.startsWith('{'));
    for (const line of phases) rows.push(JSON.parse(line) as Row);
    // A size synth refused cannot plan either: no need to show the refusal twice.
    const synthesized = phases.some((l) => (JSON.parse(l) as Row).phase === 'review');
    if (moto !== undefined && synthesized) rows.push(await plan(moto, dir, n));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(rows: readonly Row[]): void {
  console.log('| functions | phase | wall s | CPU s | peak RSS MiB | resources | note |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${r.phase} | ${(r.wallMs / 1000).toFixed(2)} | ${(r.cpuMs / 1000).toFixed(2)} | ${r.rssMiB} | ${r.resources ?? ''} | ${r.error ?? ''} |`,
    );
  }
}

if (process.argv[2] === '--child') {
  void child(process.argv[3]!, Number(process.argv[4]));
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
