// Synthesis wall time: the seed example and generated configs of 10/25/40 functions, warm
// (median of several runs in one process), against a peer measured in the same run: the
// same stack written the usual way, with L2 constructs, the default synthesizer and CDK's
// default validation and stack traces, as a `cdk synth` app would build it.
//
//   npx ts-node --transpile-only bench/synth.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration, Stack } from 'aws-cdk-lib/core';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { loadConfig, type LoadedConfig } from '../src/config';
import { ResolvedConfigSchema } from '../src/config/schema';
import { synthesize } from '../src/synth';

const ROOT = join(__dirname, '..');
const CODE_DIR = join(ROOT, 'test', 'fixtures', 'synth', 'rich');
const RUNS = 5;
// 50 functions, each with a route, its alarms, a version and a `live` alias, need 557
// resources: more than one stack holds.
const SIZES = [10, 25, 40];

/** n functions, each behind its own HTTP API route, with the default alarms. */
function generated(n: number): LoadedConfig {
  const lambda_config = Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `fn-${i}`,
      { source: 'code', routes: [`GET /fn-${i}`], timeout: 10 },
    ]),
  );
  const config = ResolvedConfigSchema.parse({
    project_name: 'bench',
    environment: 'dev',
    lambda_config,
    api_gateway_config: { type: 'HTTP' },
  });
  return {
    file: `generated-${n}.yml`,
    dir: CODE_DIR,
    environment: 'dev',
    config,
    warnings: [],
    locate: () => ({ file: `generated-${n}.yml`, line: 1, column: 1 }),
  };
}

/** The same functions and routes with L2 constructs and CDK's defaults (validation on). */
function peerSynth(n: number, outdir: string): number {
  const app = new App({ outdir });
  const stack = new Stack(app, 'bench-dev');
  const api = new HttpApi(stack, 'Api');
  for (let i = 0; i < n; i++) {
    const logGroup = new LogGroup(stack, `Logs${i}`, { retention: RetentionDays.ONE_MONTH });
    const fn = new LambdaFunction(stack, `Fn${i}`, {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromAsset(join(CODE_DIR, 'code')),
      timeout: Duration.seconds(10),
      logGroup,
    });
    api.addRoutes({
      path: `/fn-${i}`,
      methods: [HttpMethod.GET],
      integration: new HttpLambdaIntegration(`Integration${i}`, fn),
    });
    fn.metricErrors().createAlarm(stack, `Errors${i}`, { threshold: 1, evaluationPeriods: 1 });
    fn.metricThrottles().createAlarm(stack, `Throttles${i}`, {
      threshold: 1,
      evaluationPeriods: 1,
    });
    fn.metricDuration().createAlarm(stack, `Duration${i}`, {
      threshold: 8000,
      evaluationPeriods: 1,
    });
  }
  const template = app.synth().getStackByName('bench-dev').template as {
    Resources: Record<string, unknown>;
  };
  return Object.keys(template.Resources).length;
}

interface Timing {
  /** The least disturbed run: the best estimate of the cost on a shared, busy machine. */
  readonly min: number;
  readonly median: number;
}

async function time(run: () => unknown): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function warm(run: () => unknown): Promise<Timing> {
  await run(); // the first run pays for module loading; it is reported separately
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await time(run));
  times.sort((a, b) => a - b);
  return { min: times[0]!, median: times[Math.floor(times.length / 2)]! };
}

const ms = (t: Timing) => `${t.min.toFixed(0)} / ${t.median.toFixed(0)}`;

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-synth-'));
  try {
    const seed = await loadConfig(join(ROOT, 'examples', 'seed-example', 'serverless.config.yml'));
    const out = join(scratch, 'out');
    const cold = await time(() => synthesize(seed, { outDir: out }));
    const seedWarm = await warm(() => synthesize(seed, { outDir: out }));
    const seedResources = (await synthesize(seed, { outDir: out })).resourceCount;
    console.log(`times in ms, min / median of ${RUNS} warm runs`);
    console.log(
      `seed example (${seedResources} resources): first run ${cold.toFixed(0)} (loads aws-cdk-lib), warm ${ms(seedWarm)}`,
    );
    console.log('');
    console.log(
      'functions  resources       ours  ms/function (min)  peer resources        peer  peer/ours (min)',
    );
    const rows: { n: number; ours: Timing }[] = [];
    for (const n of SIZES) {
      const loaded = generated(n);
      const ours = await warm(() => synthesize(loaded, { outDir: out }));
      const resources = (await synthesize(loaded, { outDir: out })).resourceCount;
      let peerResources = 0;
      const peer = await warm(() => {
        peerResources = peerSynth(n, join(scratch, 'peer'));
      });
      rows.push({ n, ours });
      console.log(
        [
          String(n).padStart(9),
          String(resources).padStart(10),
          ms(ours).padStart(10),
          (ours.min / n).toFixed(2).padStart(18),
          String(peerResources).padStart(15),
          ms(peer).padStart(11),
          `${(peer.min / ours.min).toFixed(1)}x`.padStart(16),
        ].join(' '),
      );
    }
    const smallest = rows[0]!;
    const largest = rows[rows.length - 1]!;
    const perFunction = (row: { n: number; ours: Timing }) => row.ours.min / row.n;
    console.log('');
    console.log(
      `time per function (min), ${largest.n} vs ${smallest.n} functions: ` +
        `${perFunction(largest).toFixed(2)} ms vs ${perFunction(smallest).toFixed(2)} ms ` +
        `(ratio ${(perFunction(largest) / perFunction(smallest)).toFixed(2)}; 1.00 = linear, below 1 = fixed costs amortized)`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
