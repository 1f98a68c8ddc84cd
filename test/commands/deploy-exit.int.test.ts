// The process exits the moment its work is done: no SDK socket timeout or retry timer may
// hold the bundled CLI open after it has printed its result. A preload (async_hooks) records
// every referenced timer of LONG_TIMER_MS or more whose callback runs after the first write
// to stdout: the SDK arms 3 s socket timers per request, and a leaked one would keep the
// process alive until it fired; one that is cleared or unref'd never runs. How long the exit
// takes (goal: under 250 ms after the result is printed) is bench/cli-exit.ts's figure.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MOTO_CREDENTIALS, startMoto, type MotoServer } from '../support/moto';
import { SEED_EXAMPLE } from './support-aws';

const CLI = join(__dirname, '..', '..', 'dist', 'cli', 'index.js');
/** A timer this long that fires after the result is printed held the process open. */
const LONG_TIMER_MS = 500;

let moto: MotoServer;
const scratch = mkdtempSync(join(tmpdir(), 'deploy-exit-'));
const recorder = join(scratch, 'record-exit.js');
const project = join(scratch, 'project');

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  cpSync(SEED_EXAMPLE, project, { recursive: true });
  writeFileSync(
    recorder,
    `const { createHook } = require('node:async_hooks');
const timers = new Map();
let printed = false;
const late = [];
createHook({
  init(id, type, _trigger, resource) { if (type === 'Timeout') timers.set(id, resource); },
  before(id) {
    const timer = timers.get(id);
    if (printed && timer && timer.hasRef() && timer._idleTimeout >= ${LONG_TIMER_MS}) late.push(timer._idleTimeout);
  },
  destroy(id) { timers.delete(id); },
}).enable();
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => { printed = true; return write(chunk, ...rest); };
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.EXIT_RECORD, JSON.stringify({ printed, late }));
});
`,
  );
});
afterAll(async () => {
  await moto?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

function deploy(record: string): { status: number | null; stdout: string; late: number[] } {
  const run = spawnSync(
    process.execPath,
    // The seed's VPC values are placeholders, which moto takes.
    [
      '-r',
      recorder,
      CLI,
      'deploy',
      '--environment',
      'pr-exit',
      '--format',
      'json',
      '--allow-placeholders',
    ],
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
  expect(existsSync(record)).toBe(true);
  const seen = JSON.parse(readFileSync(record, 'utf8')) as { printed: boolean; late: number[] };
  expect(seen.printed).toBe(true);
  return { status: run.status, stdout: run.stdout, late: seen.late };
}

describe('bundled CLI exit', () => {
  it('holds nothing open after a fresh deploy (uploads, change set, waits)', () => {
    const run = deploy(join(scratch, 'fresh.json'));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ hasChanges: true, status: 'CREATE_COMPLETE' });
    expect(run.late).toEqual([]);
  }, 120_000);

  it('holds nothing open after a no-op redeploy', () => {
    const run = deploy(join(scratch, 'noop.json'));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ hasChanges: false });
    expect(run.late).toEqual([]);
  }, 120_000);
});
