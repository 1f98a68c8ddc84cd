// `destroy` on moto: an ephemeral stage goes without --force, a long-lived one needs it.
import { deployCommand } from '../../src/commands/deploy';
import { destroyCommand } from '../../src/commands/destroy';
import { startMoto, type MotoServer } from '../support/moto';
import { ENV_CONFIG, runCommand, useMotoCredentials } from './support-aws';

let moto: MotoServer;
useMotoCredentials();
beforeAll(async () => {
  moto = await startMoto({ patched: true });
});
afterAll(async () => {
  await moto?.stop();
});

describe('destroy command', () => {
  it('deletes an ephemeral stage (pr-*) without --force, then finds nothing to delete', async () => {
    expect(
      (await runCommand(deployCommand, ENV_CONFIG, moto.endpoint, { environment: 'pr-9' })).code,
    ).toBe(0);
    const first = await runCommand(destroyCommand, ENV_CONFIG, moto.endpoint, {
      environment: 'pr-9',
    });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ stackName: 'envdemo-pr-9', deleted: true });
    const again = await runCommand(destroyCommand, ENV_CONFIG, moto.endpoint, {
      environment: 'pr-9',
    });
    expect(JSON.parse(again.stdout)).toEqual({ stackName: 'envdemo-pr-9', deleted: false });
  });

  it('refuses a long-lived stage without --force and deletes it with --force', async () => {
    expect((await runCommand(deployCommand, ENV_CONFIG, moto.endpoint)).code).toBe(0);
    await expect(runCommand(destroyCommand, ENV_CONFIG, moto.endpoint)).rejects.toMatchObject({
      code: 'DESTROY_REFUSED',
      hint: expect.stringContaining('--force'),
    });
    const forced = await runCommand(destroyCommand, ENV_CONFIG, moto.endpoint, { force: true });
    expect(JSON.parse(forced.stdout)).toEqual({ stackName: 'envdemo-dev', deleted: true });
  });
});
