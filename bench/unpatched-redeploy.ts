// A redeploy with nothing to change on plain moto_server (none of moto_patched.py's fixes:
// no Description after a change set, so no fast path, and HTTP 500 to DeleteChangeSet of a
// missing set), against the same redeploy on patched moto (the fast path) in the same run.
// test/deploy/unpatched-moto.moto.test.ts checks that nothing stalls (no SDK retries); the
// time is here.
//
//   npx ts-node --transpile-only bench/unpatched-redeploy.ts   # BENCH_ROUNDS=3
//
// Goal: the plain-moto redeploy under 10 s (it used to be a test's limit).
import { performance } from 'node:perf_hooks';
import { runDeploy } from '../src/deploy';
import { synthFixture } from '../test/fixtures/deploy/stack';
import { deps, motoClients } from '../test/deploy/support';
import { spawnMoto } from '../test/support/moto';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const GOAL_MS = 10_000;

async function redeployMs(patched: boolean): Promise<number[]> {
  const moto = await spawnMoto({ patched });
  const clients = motoClients(moto.endpoint);
  try {
    const stack = synthFixture({ stackName: patched ? 'bench-patched' : 'bench-plain' });
    await runDeploy(stack, deps(clients));
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const again = await runDeploy(stack, deps(clients));
      times.push(performance.now() - started);
      if (again.hasChanges) throw new Error('the redeploy changed something');
    }
    return times;
  } finally {
    clients.destroy();
    await moto.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

async function main(): Promise<void> {
  const plain = median(await redeployMs(false));
  const patched = median(await redeployMs(true));
  process.stdout.write(
    `no-op redeploy, plain moto: ${plain.toFixed(0)} ms (median of ${ROUNDS}), goal < ${GOAL_MS} ms: ` +
      `${plain < GOAL_MS ? 'meets' : 'MISSES'}\n` +
      `no-op redeploy, patched moto (fast path): ${patched.toFixed(0)} ms; ratio plain/patched ` +
      `${(plain / patched).toFixed(2)}x\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
