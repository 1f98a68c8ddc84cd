// Config reading speed: the time goals the tests used to assert (test/config/seed-example,
// parse-document and load), measured here with a peer where there is one, never a pass or
// fail in `npm test`.
//
//   npx ts-node --transpile-only bench/config.ts      # BENCH_RUNS=20
//
// - validate the seed example in a warm process; goal under 50 ms a run. Peer: YAML.parse
//   of the same text (the reading alone, no positions, schema or checks).
// - an alias bomb (10 values, 9 levels of 10 aliases: 10^10 values expanded); goal: refused
//   under 3,000 ms. Peer: the same parse of a 100-function config.
// - a 5 MB file; goal: refused under 200 ms, without parsing it. Peer: YAML.parse of
//   its first 1 MB (all of it takes ~20 s).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { validateConfig } from '../src/config';
import { parseConfigText } from '../src/config/parse-document';

const runs = Number(process.env['BENCH_RUNS'] ?? 20);
const TODAY = '2026-11-28';
const SEED = join(__dirname, '..', 'examples', 'seed-example');

async function timeMs(run: () => unknown, times: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}

function row(name: string, ms: number, goalMs: number, peer?: { name: string; ms: number }): void {
  const verdict = ms < goalMs ? 'meets' : 'MISSES';
  const ratio = peer
    ? `; ${peer.name} ${peer.ms.toFixed(1)} ms, ratio ${(ms / peer.ms).toPrecision(2)}x`
    : '';
  process.stdout.write(
    `${name}: ${ms.toFixed(1)} ms (median), goal < ${goalMs} ms: ${verdict}${ratio}\n`,
  );
}

async function main(): Promise<void> {
  // Warm up: the first run loads zod, the schema and the checks.
  await validateConfig('serverless.config.yml', { cwd: SEED, today: TODAY });
  const seedText = readFileSync(join(SEED, 'serverless.config.yml'), 'utf8');
  row(
    'validate examples/seed-example, warm',
    await timeMs(() => validateConfig('serverless.config.yml', { cwd: SEED, today: TODAY }), runs),
    50,
    { name: 'YAML.parse alone', ms: await timeMs(() => YAML.parse(seedText), runs) },
  );

  const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i <= 9; i++) {
    bomb.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  }
  const bombText = bomb.join('\n') + '\n';
  const functions = Array.from(
    { length: 100 },
    (_, i) => `  fn${i}:\n    memory_size: 256\n    timeout: 10\n    environment: { A: "1" }\n`,
  ).join('');
  const large = `project_name: bench\nlambda_config:\n${functions}`;
  row('refuse an alias bomb', await timeMs(() => parseConfigText(bombText), 3), 3000, {
    name: 'parseConfigText of a 100-function config',
    ms: await timeMs(() => parseConfigText(large), 3),
  });

  const dir = mkdtempSync(join(tmpdir(), 'bench-config-'));
  try {
    const big = Buffer.alloc(5 * 1024 * 1024, 'a: 1\n');
    writeFileSync(join(dir, 'big.yml'), big);
    row(
      'refuse a 5 MB file',
      await timeMs(() => validateConfig('big.yml', { cwd: dir, today: TODAY }), 5),
      200,
      {
        name: 'YAML.parse of its first 1 MB (the size limit)',
        ms: await timeMs(
          () =>
            YAML.parse(big.subarray(0, 1024 * 1024 - ((1024 * 1024) % 5)).toString(), {
              uniqueKeys: false,
            }),
          1,
        ),
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
