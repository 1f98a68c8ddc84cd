// The first time a config grows past 500 resources its functions move into nested stacks.
// On AWS that update fails (each function's new copy is created while the old one, with the
// same name, still exists) and rolls back; the deploy refuses it before executing, on moto
// where the nested stacks show as single changes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { runDeploy } from '../../src/deploy';
import { describeStack } from '../../src/deploy/cfn';
import { synthesize } from '../../src/synth';
import { writeNestedProject } from '../fixtures/synth/nested';
import { startMoto, type MotoServer } from '../support/moto';
import { deps, motoClients } from './support';

let moto: MotoServer;
let dir: string;

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  dir = mkdtempSync(join(tmpdir(), 'moves-'));
});

afterAll(async () => {
  await moto?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function synth(functions: number, out: string) {
  const config = writeNestedProject(join(dir, out), { functions });
  return synthesize(await loadConfig(config), { outDir: join(dir, out, 'cdk.out') });
}

it('refuses a deploy that moves functions from the stack into nested stacks, and leaves the stack as it was', async () => {
  const clients = motoClients(moto.endpoint);
  try {
    const flat = await synth(30, 'flat');
    expect(flat.nested).toEqual([]);
    const first = await runDeploy(flat, deps(clients));
    expect(first.status).toBe('CREATE_COMPLETE');
    const before = await describeStack(clients.cloudFormation, 'big-dev');

    const grown = await synth(60, 'grown');
    expect(grown.nested?.length).toBeGreaterThan(0);
    const run = deps(clients);
    const refusal = runDeploy(grown, run);
    await expect(refusal).rejects.toMatchObject({ code: 'STACK_LAYOUT_MOVE' });
    await expect(refusal).rejects.toThrow(
      /moves \d+ resources of 33 config entries \(api, f0, f1, f2, .*, \.\.\.\) between stacks/,
    );
    const after = await describeStack(clients.cloudFormation, 'big-dev');
    expect(after?.StackStatus).toBe(before?.StackStatus);
    expect(after?.LastUpdatedTime).toEqual(before?.LastUpdatedTime);
  } finally {
    clients.destroy();
  }
});
