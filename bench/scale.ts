// How synth and review scale with the number of functions: 10, 100, 300 and 1,000 (BENCH_SIZES
// to change), each in a fresh child process so one size's warm caches never help the next.
// Each function has one HTTP API route and its own code file importing one shared module
// (so esbuild bundles every function, and the Bundler's parallelism shows); every tenth
// function has a table (1,000 functions: 100 tables). Past 500 resources synth splits the
// functions over nested stacks (src/synth/nesting.ts); the `nested` column counts them. For
// each size: validation (load), synth, review (cost + our rules + cdk-nag on the construct
// tree): wall and CPU (user + system) of each phase alone (the code is loaded before, outside
// the timings: from source, ts-node's compiling would dominate) and the child's peak RSS so
// far, resources, or the error code that stopped it. Then `plan` of the same project by our
// CLI (bench/our-cli.ts: the committed bundle, or BENCH_FROM_SOURCE=1 a tsc build of src/)
// against the patched moto on loopback, as a child under /usr/bin/time: synth, review, code
// upload and a change set, start-up included (BENCH_PLAN=0 skips it). Last, synth + review
// per size against the goal (at most 10 s and 1 GiB at 1,000 functions, near-linear from 10).
// Medians are not taken: run it twice and compare; on a shared machine CPU is the steadier
// figure.
//
//   npx ts-node --transpile-only bench/scale.ts
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ourCli } from './our-cli';
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
  /** Nested stacks synth split the functions into (0: one stack). */
  nested?: number;
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
  const shape = { resources: stack.resourceCount, nested: stack.nested?.length ?? 0 };
  emit('synth', shape);
  const result = await review(stack, { today: '2026-11-28' });
  emit('review', { ...shape, error: `${result.findings.length} findings` });
}

/** `plan` by our CLI on moto, under /usr/bin/time; the row says what it ended with. */
async function plan(moto: MotoServer, dir: string, n: number, cli: string[]): Promise<Row> {
  await moto.reset();
  // esbuild is the user's own dependency (an optional peer); the project borrows ours.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const timeFile = join(dir, 'time.txt');
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-o',
      timeFile,
      '-f',
      TIME_FORMAT,
      ...cli,
      'plan',
      '--out',
      join(dir, 'plan'),
      '--format',
      'json',
    ],
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
  const cli = moto === undefined ? undefined : ourCli();
  const rows: Row[] = [];
  try {
    for (const n of sizes) await measureSize(n, rows, moto && cli && { moto, argv: cli.argv });
  } finally {
    await moto?.stop();
  }
  if (cli !== undefined) console.log(`plan by ${cli.label}\n`);
  printTable(rows);
  printGoal(rows);
}

async function measureSize(
  n: number,
  rows: Row[],
  planner: { moto: MotoServer; argv: string[] } | undefined,
): Promise<void> {
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
    if (planner !== undefined && synthesized) {
      rows.push(await plan(planner.moto, dir, n, planner.argv));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(rows: readonly Row[]): void {
  console.log('| functions | phase | wall s | CPU s | peak RSS MiB | resources | nested | note |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.n} | ${r.phase} | ${seconds(r.wallMs)} | ${seconds(r.cpuMs)} | ${r.rssMiB} | ${r.resources ?? ''} | ${r.nested ?? ''} | ${r.error ?? ''} |`,
    );
  }
}

/** Synth + review per size: the goal, and CPU per function against the smallest size. */
function printGoal(rows: readonly Row[]): void {
  const sizes = [...new Set(rows.map((r) => r.n))];
  const of = (n: number) => rows.filter((r) => r.n === n && /^(synth|review)$/.test(r.phase));
  const base = sizes.map(of).find((phases) => phases.length === 2);
  if (base === undefined) return;
  const perFunction = (phases: readonly Row[]) =>
    phases.reduce((sum, r) => sum + r.cpuMs, 0) / phases[0]!.n;
  console.log(
    '\n| functions | synth + review wall s | CPU s | peak RSS MiB | CPU per function vs smallest |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const n of sizes) {
    const phases = of(n);
    if (phases.length !== 2) continue;
    const wall = phases.reduce((sum, r) => sum + r.wallMs, 0);
    const cpu = phases.reduce((sum, r) => sum + r.cpuMs, 0);
    const ratio = perFunction(phases) / perFunction(base);
    console.log(
      `| ${n} | ${seconds(wall)} | ${seconds(cpu)} | ${Math.max(...phases.map((r) => r.rssMiB))} | ${ratio.toFixed(2)} |`,
    );
  }
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

if (process.argv[2] === '--child') {
  void child(process.argv[3]!, Number(process.argv[4]));
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
