// Deploy speed against the same moto_server, in one run: our CLI (synth included) against
// the AWS CDK CLI (`cdk deploy --app` on our own cloud assembly, so it skips synth), awscli
// v1 (`aws cloudformation deploy` of the same template) and the in-process floor
// (bench/deploy-floor.ts: the same synth, then upload, one change set, tight polling, and
// nothing else; run from a tsc build, as our CLI is from its bundle). Three phases per tool, each
// tool on its own stack: a fresh deploy, a no-op redeploy, and a one-function code update.
// Each command runs as a child under /usr/bin/time: wall, CPU (user+sys) and peak RSS; AWS
// calls are counted from moto's request log.
//
//   npx ts-node --transpile-only bench/deploy.ts
//
// Our CLI is the committed bundle dist/cli/index.js (BENCH_FROM_SOURCE=1: a tsc build of src/).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnMoto } from '../test/support/moto';
import { ourCli, tscBuild } from './our-cli';
import { readTimeFile, TIME_FORMAT } from './time-file';

const ROOT = join(__dirname, '..');
const EXAMPLE = join(ROOT, 'examples', 'seed-example');
const CDK = join(ROOT, 'node_modules', '.bin', 'cdk');
const PHASES = ['fresh', 'no-op', 'update'] as const;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
type Phase = (typeof PHASES)[number];
type Tool = 'ours' | 'cdk' | 'awscli' | 'floor';
const TOOLS: readonly Tool[] = ['ours', 'cdk', 'awscli', 'floor'];

interface Sample {
  readonly wallS: number;
  readonly cpuS: number;
  readonly peakMb: number;
  readonly awsCalls: number;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-deploy-'));
  const project = join(work, 'project');
  cpSync(EXAMPLE, project, { recursive: true });
  const cli = ourCli();
  const floor = floorCli();
  const moto = await startCountingMoto();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_SESSION_TOKEN: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: moto.endpoint,
    // Loopback only: the CDK CLI's update check, notices and telemetry stay off, and any
    // other outbound HTTP(S) would hit a dead proxy instead of the network.
    CDK_DISABLE_VERSION_CHECK: '1',
    CDK_DISABLE_CLI_TELEMETRY: 'true',
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '127.0.0.1,localhost',
  };
  delete env['AWS_PROFILE'];
  const results: Record<Tool, Record<Phase, Sample[]>> = {
    ours: { fresh: [], 'no-op': [], update: [] },
    cdk: { fresh: [], 'no-op': [], update: [] },
    awscli: { fresh: [], 'no-op': [], update: [] },
    floor: { fresh: [], 'no-op': [], update: [] },
  };

  try {
    console.error(`moto ${moto.endpoint}; our CLI: ${cli.label}`);
    // Rounds on fresh stacks; medians damp the noise of a shared machine.
    for (let round = 1; round <= ROUNDS; round++) {
      const stage = (tool: Tool): string => `pr-b${round}-${tool}`;
      for (const phase of PHASES) {
        if (phase === 'update') {
          // One function's code changes: a new asset hash, a Code-only change for all three.
          const handler = join(project, 'functions', 'api-handler', 'index.js');
          writeFileSync(handler, readFileSync(handler, 'utf8') + `\n// bench update ${round}\n`);
        }
        // Peers get the assembly / template our synth writes, prepared outside the timing.
        const assembly = (tool: Tool): string => join(work, `asm-${tool}`);
        for (const tool of ['cdk', 'awscli'] as const) {
          run(
            cli.argv,
            ['synth', '--environment', stage(tool), '--out', assembly(tool)],
            project,
            env,
          );
        }
        results.ours[phase].push(
          await measure(
            moto,
            cli.argv,
            // The seed example keeps its placeholder subnet ids (moto accepts them).
            ['deploy', '--environment', stage('ours'), '--format', 'json', '--allow-placeholders'],
            project,
            env,
          ),
        );
        results.cdk[phase].push(
          await measure(
            moto,
            [CDK],
            [
              'deploy',
              '--app',
              assembly('cdk'),
              '--require-approval',
              'never',
              '--no-notices',
              '--no-version-reporting',
              '--progress',
              'events',
            ],
            work,
            // The CDK CLI builds TemplateURL as `<endpoint>/<bucket>/<key>`; moto reads such a
            // URL path-style only when its host says `localhost` (still loopback).
            { ...env, AWS_ENDPOINT_URL: moto.endpoint.replace('127.0.0.1', 'localhost') },
          ),
        );
        const template = join(assembly('awscli'), `mi-proyecto-${stage('awscli')}.template.json`);
        results.awscli[phase].push(
          await measure(
            moto,
            ['aws'],
            [
              'cloudformation',
              'deploy',
              '--template-file',
              template,
              '--stack-name',
              `mi-proyecto-${stage('awscli')}`,
              '--capabilities',
              'CAPABILITY_IAM',
              'CAPABILITY_NAMED_IAM',
              '--no-fail-on-empty-changeset',
              '--endpoint-url',
              moto.endpoint,
            ],
            work,
            env,
          ),
        );
        results.floor[phase].push(await measure(moto, floor, [stage('floor')], project, env));
        console.error(`round ${round} ${phase}: done`);
      }
    }
  } catch (error) {
    console.error(
      `moto log tail:\n${moto
        .log()
        .split('\n')
        .filter((l) => !/Moto CloudFormation support|UserWarning|parse_resource/.test(l))
        .slice(-40)
        .join('\n')}`,
    );
    throw error;
  } finally {
    await moto.stop();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(report(results));
}

function median(samples: readonly Sample[]): Sample {
  const mid = (pick: (s: Sample) => number): number => {
    const sorted = samples.map(pick).sort((x, y) => x - y);
    const half = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
  };
  return {
    wallS: mid((s) => s.wallS),
    cpuS: mid((s) => s.cpuS),
    peakMb: mid((s) => s.peakMb),
    awsCalls: mid((s) => s.awsCalls),
  };
}

function report(raw: Record<Tool, Record<Phase, Sample[]>>): string {
  const results = Object.fromEntries(
    Object.entries(raw).map(([tool, phases]) => [
      tool,
      Object.fromEntries(
        Object.entries(phases).map(([phase, samples]) => [phase, median(samples)]),
      ),
    ]),
  ) as Record<Tool, Record<Phase, Sample>>;
  const lines = [
    `medians of ${ROUNDS} round(s), each on fresh stacks`,
    '',
    '| phase | tool | wall s | CPU s | peak MB | AWS calls | wall ours/peer | CPU ours/peer |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const phase of PHASES) {
    const ours = results.ours[phase];
    for (const tool of TOOLS) {
      const s = results[tool][phase];
      const ratio = (a: number, b: number): string => (tool === 'ours' ? '' : (a / b).toFixed(2));
      lines.push(
        `| ${phase} | ${tool} | ${s.wallS.toFixed(2)} | ${s.cpuS.toFixed(2)} | ${s.peakMb.toFixed(0)} | ${s.awsCalls} | ${ratio(ours.wallS, s.wallS)} | ${ratio(ours.cpuS, s.cpuS)} |`,
      );
    }
  }
  const goal = (phase: Phase, max: number): string => {
    const r = results.ours[phase].wallS / results.cdk[phase].wallS;
    // The floor does the same synth and the same CloudFormation work with nothing around
    // it; cdk's ratio also carries its own start-up (2.5 s CPU for `cdk --version`).
    const f = results.ours[phase].wallS / results.floor[phase].wallS;
    return `${phase}: ours/cdk wall ${r.toFixed(2)} (goal <= ${max}) ${r <= max ? 'MET' : 'NOT MET'}; ours/floor wall ${f.toFixed(2)}`;
  };
  return [
    ...lines,
    '',
    goal('fresh', 0.5),
    goal('no-op', 0.4) + `; our no-op made ${results.ours['no-op'].awsCalls} AWS calls (goal <= 3)`,
    `update: ours/floor wall ${(results.ours.update.wallS / results.floor.update.wallS).toFixed(2)}`,
  ].join('\n');
}

/** Runs one command under /usr/bin/time, counting the AWS requests moto logged meanwhile. */
async function measure(
  moto: Moto,
  argv: readonly string[],
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Sample> {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}`);
  const before = moto.requests();
  run(['/usr/bin/time', '-o', timeFile, '-f', TIME_FORMAT, ...argv], args, cwd, env);
  // moto logs a request after answering it; give the log a moment to catch up.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const time = readTimeFile(timeFile);
  rmSync(timeFile, { force: true });
  return {
    wallS: time.wallS,
    cpuS: time.cpuS,
    peakMb: time.peakMiB,
    awsCalls: moto.requests() - before,
  };
}

function run(
  argv: readonly string[],
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): string {
  const result = spawnSync(argv[0]!, [...argv.slice(1), ...args], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (result.status !== 0) {
    throw new Error(
      `${[...argv, ...args].join(' ')} failed (${result.status}):\n${result.stderr}\n${result.stdout}`,
    );
  }
  return result.stdout;
}

/** bench/deploy-floor.ts, from the same tsc build. */
function floorCli(): string[] {
  return [process.execPath, join(tscBuild(), 'bench', 'deploy-floor.js')];
}

interface Moto {
  readonly endpoint: string;
  /** AWS requests moto has logged so far (its own /moto-api calls not counted). */
  requests(): number;
  /** The end of moto's own log, for failures. */
  log(): string;
  stop(): Promise<void>;
}

/** The tests' moto (patched launcher, free loopback port), with its request log counted. */
async function startCountingMoto(): Promise<Moto> {
  let count = 0;
  let tail = '';
  const server = await spawnMoto({
    patched: true,
    // Werkzeug logs one line per request: `127.0.0.1 - - [date] "POST / HTTP/1.1" 200 -`.
    onLog: (text) => {
      tail = (tail + text).slice(-20_000);
      count += (text.match(/"(GET|POST|PUT|HEAD|DELETE) (?!\/moto-api)/g) ?? []).length;
    },
  });
  return {
    endpoint: server.endpoint,
    requests: () => count,
    log: () => tail,
    stop: () => server.stop(),
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
