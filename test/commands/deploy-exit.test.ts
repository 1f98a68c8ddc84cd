// The process exits the moment its work is done: no SDK socket, keep-alive agent or retry
// timer may hold the bundled CLI open after it has printed its result. A preload records
// when the result reached stdout and when the process exited; a leaked socket timeout
// (the SDK arms 3 s ones per request) or keep-alive socket would stretch the gap to seconds.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MOTO_CREDENTIALS, startMoto, type MotoServer } from '../support/moto';
import { SEED_EXAMPLE } from './support-aws';

const CLI = join(__dirname, '..', '..', 'dist', 'cli', 'index.js');
/** Printing the result to the process' exit; generous for a shared machine, far below 3 s. */
const MAX_EXIT_GAP_MS = 250;

let moto: MotoServer;
const scratch = mkdtempSync(join(tmpdir(), 'deploy-exit-'));
const recorder = join(scratch, 'record-exit.js');
const project = join(scratch, 'project');

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  cpSync(SEED_EXAMPLE, project, { recursive: true });
  writeFileSync(
    recorder,
    `const { performance } = require('node:perf_hooks');
let printedAt;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => { printedAt = performance.now(); return write(chunk, ...rest); };
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.EXIT_RECORD, JSON.stringify({ printedAt, exitedAt: performance.now() }));
});
`,
  );
});
afterAll(async () => {
  await moto?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

function deploy(record: string): { status: number | null; stdout: string; gapMs: number } {
  const run = spawnSync(
    process.execPath,
    ['-r', recorder, CLI, 'deploy', '--environment', 'pr-exit', '--format', 'json'],
    {
      cwd: project,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        ...MOTO_CREDENTIALS,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL: moto.endpoint,
        EXIT_RECORD: record,
      },
    },
  );
  const times = JSON.parse(readFileSync(record, 'utf8')) as { printedAt: number; exitedAt: number };
  return { status: run.status, stdout: run.stdout, gapMs: times.exitedAt - times.printedAt };
}

describe('bundled CLI exit', () => {
  it('exits right after printing a fresh deploy (uploads, change set, waits)', () => {
    const run = deploy(join(scratch, 'fresh.json'));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ hasChanges: true, status: 'CREATE_COMPLETE' });
    expect(run.gapMs).toBeLessThan(MAX_EXIT_GAP_MS);
  }, 120_000);

  it('exits right after printing a no-op redeploy', () => {
    const run = deploy(join(scratch, 'noop.json'));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ hasChanges: false });
    expect(run.gapMs).toBeLessThan(MAX_EXIT_GAP_MS);
  }, 120_000);
});
