// deploy --hotswap against a normal code-only deploy, on the same moto_server in one run:
// the same preview stack, the same one-function code change, alternately through the
// change set (runDeploy) and through UpdateFunctionCode (runHotswap), with the real clock
// (the CLI's polling and back-off). Synthesis is the same for both and not timed.
//
//   npx ts-node --transpile-only bench/hotswap.ts       # BENCH_ROUNDS=7 by default
import { performance } from 'node:perf_hooks';
import { createAwsClients } from '../src/aws/clients';
import { runDeploy } from '../src/deploy';
import { runHotswap } from '../src/deploy/hotswap';
import { memoryLogger, systemClock } from '../src/io';
import { synthFixture } from '../test/fixtures/deploy/stack';
import { MOTO_CREDENTIALS, spawnMoto } from '../test/support/moto';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
const STACK = 'bench-pr-1';

async function main(): Promise<void> {
  const moto = await spawnMoto({ patched: true });
  const clients = createAwsClients({
    region: 'us-east-1',
    endpoint: moto.endpoint,
    credentials: {
      accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID,
      secretAccessKey: MOTO_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
    },
  });
  const deps = () => ({ clients, clock: systemClock, logger: memoryLogger() });
  let version = 0;
  const next = () =>
    synthFixture({
      stackName: STACK,
      ephemeral: true,
      code: `exports.handler = async () => "v${++version}";\n`,
    });
  try {
    await runDeploy(next(), deps());
    // One untimed round of each: the first UpdateFunctionCode and change set warm moto up.
    await runDeploy(next(), deps());
    await runHotswap(next(), deps());
    const changeSet: number[] = [];
    const hotswap: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Change set first, hotswap second, then the reverse: neither always runs warm.
      const order = round % 2 === 0 ? (['cs', 'hs'] as const) : (['hs', 'cs'] as const);
      for (const kind of order) {
        const stack = next();
        const start = performance.now();
        if (kind === 'cs') {
          const result = await runDeploy(stack, deps());
          if (!result.hasChanges) throw new Error('the change set deploy changed nothing');
          changeSet.push(performance.now() - start);
        } else {
          const result = await runHotswap(stack, deps());
          if (result.kind !== 'hotswapped') throw new Error(`hotswap fell back: ${result.reason}`);
          hotswap.push(performance.now() - start);
        }
      }
    }
    const cs = median(changeSet);
    const hs = median(hotswap);
    console.log(`rounds: ${ROUNDS} (code-only change of one function, preview stack on moto)`);
    console.log(`change set deploy: median ${ms(cs)} (${changeSet.map(ms).join(', ')})`);
    console.log(`hotswap:           median ${ms(hs)} (${hotswap.map(ms).join(', ')})`);
    console.log(`ratio hotswap / change set: ${(hs / cs).toFixed(2)}x (goal <= 0.30x)`);
  } finally {
    clients.destroy();
    await moto.stop();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
