// Measures `review` two ways:
//  1. cold CLI processes (`node <cli> review`), the way a user or the action runs it: the seed
//     example, and the largest generated config that still fits one stack (500 resources);
//  2. in-process phases (load, synth, cost, our rules, cdk-nag) for the same configs.
//
//   npx ts-node --transpile-only bench/review.ts [--cli dist/cli/index.js] [--runs 3]
//
// Without --cli, it compiles nothing: it times phases in-process only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadConfig } from '../src/config';
import { synthesize } from '../src/synth';
import { estimateCost } from '../src/review/cost';
import { bundledPrices } from '../src/review/cost/prices';
import { findSecurityIssues } from '../src/review/security';
import { wholeTemplate } from '../src/review/whole-template';

const root = resolve(__dirname, '..');
const SEED = join(root, 'examples/seed-example/serverless.config.yml');

/** n functions, each with two routes, a table it reads and writes, and an SQS source. */
export function generatedConfig(n: number): Record<string, unknown> {
  const lambda_config: Record<string, unknown> = {};
  const dynamodb_config: Record<string, unknown> = {};
  const event_source_config: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    lambda_config[`fn${i}`] = {
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      memory_size: 256,
      source: 'functions/shared',
      routes: [`GET /r${i}`, `POST /r${i}`],
      environment: { STAGE: 'bench' },
      access: { dynamodb: { [`t${i}`]: 'read_write' } },
    };
    dynamodb_config[`t${i}`] = { hash_key: 'id', attributes: [{ name: 'id', type: 'S' }] };
    event_source_config[`q${i}`] = { type: 'SQS', function: `fn${i}`, batch_size: 10 };
  }
  return {
    project_name: 'bench',
    environment: 'dev',
    lambda_config,
    api_gateway_config: { type: 'HTTP', throttling_burst_limit: 100, throttling_rate_limit: 50 },
    dynamodb_config,
    event_source_config,
  };
}

function writeConfig(dir: string, n: number): string {
  mkdirSync(join(dir, 'functions/shared'), { recursive: true });
  writeFileSync(
    join(dir, 'functions/shared/index.js'),
    'exports.handler = async () => ({ statusCode: 200 });\n',
  );
  const file = join(dir, 'serverless.config.yml');
  writeFileSync(file, stringify(generatedConfig(n)));
  return file;
}

/** The largest n whose stack fits one stack (past 500 resources synth nests the functions). */
async function largestFitting(
  dir: string,
): Promise<{ file: string; n: number; resources: number }> {
  let lo = 1;
  let hi = 64;
  let best = { file: '', n: 0, resources: 0 };
  while (lo <= hi) {
    const n = Math.floor((lo + hi) / 2);
    const file = writeConfig(dir, n);
    const stack = await synthesize(await loadConfig(file), { outDir: join(dir, `out-${n}`) });
    if ((stack.nested ?? []).length === 0) {
      best = { file, n, resources: stack.resourceCount };
      lo = n + 1;
    } else {
      hi = n - 1;
    }
  }
  return { ...best, file: writeConfig(dir, best.n) };
}

async function phases(file: string, outDir: string): Promise<Record<string, number>> {
  const t: Record<string, number> = {};
  let start = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    t[name] = Math.round(now - start);
    start = now;
  };
  const loaded = await loadConfig(file);
  lap('load');
  const stack = await synthesize(loaded, { outDir });
  lap('synth');
  const template = wholeTemplate(stack);
  estimateCost(template, loaded.config.usage, bundledPrices('us-east-1').book, 'us-east-1');
  lap('cost');
  const context = {
    template,
    origins: stack.origins,
    loaded,
    today: '2026-11-28',
    ...(stack.tree && { tree: stack.tree }),
  };
  findSecurityIssues(context, { nag: false });
  lap('ourRules');
  findSecurityIssues(context);
  lap('rules+cdkNag');
  t['resources'] = stack.resourceCount;
  return t;
}

function coldCli(cli: string, file: string, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync('node', [cli, 'review', '--config', file, '--format', 'json'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    times.push(Math.round(performance.now() - start));
  }
  return times;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { cli: { type: 'string' }, runs: { type: 'string', default: '3' } },
  });
  const dir = mkdtempSync(join(tmpdir(), 'bench-review-'));
  try {
    const largest = await largestFitting(dir);
    console.log(
      `largest generated config that fits: ${largest.n} functions, ${largest.resources} resources`,
    );
    // Warm the module cache once so in-process phases measure work, not require().
    await phases(SEED, join(dir, 'warm'));
    console.log('seed phases (ms):', await phases(SEED, join(dir, 'seed')));
    console.log('largest phases (ms):', await phases(largest.file, join(dir, 'large')));
    if (values.cli) {
      const runs = Number(values.runs);
      console.log('cold CLI, seed (ms):', coldCli(values.cli, SEED, runs));
      console.log('cold CLI, largest (ms):', coldCli(values.cli, largest.file, runs));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
