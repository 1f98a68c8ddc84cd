// The engine on plain moto_server, none of moto_patched.py's fixes: Description is not
// returned after a change set executes (so no fast path) and DeleteChangeSet on a missing
// set answers HTTP 500. A redeploy must still end as "no changes", promptly.
import { runDeploy } from '../../src/deploy';
import { synthFixture } from '../fixtures/deploy/stack';
import { startMoto, type MotoServer } from '../support/moto';
import { deps, motoClients, type CountingClients } from './support';

let moto: MotoServer;
let clients: CountingClients;
beforeAll(async () => {
  moto = await startMoto();
  clients = motoClients(moto.endpoint);
});
afterAll(async () => {
  clients?.destroy();
  await moto?.stop();
});

describe('deploy on unpatched moto', () => {
  it('a redeploy without the fast path reads the empty change set as no changes, without stalling', async () => {
    const stack = synthFixture({ stackName: 'plain-dev' });
    expect((await runDeploy(stack, deps(clients))).status).toBe('CREATE_COMPLETE');
    clients.calls.length = 0;
    clients.retried.length = 0;
    const again = await runDeploy(stack, deps(clients));
    expect(again).toMatchObject({ hasChanges: false, noop: false, status: 'CREATE_COMPLETE' });
    expect(clients.calls).toContain('CloudFormation.CreateChangeSet');
    // The executed set moto keeps is not deleted; only the empty one, which exists.
    expect(clients.calls.filter((c) => c === 'CloudFormation.DeleteChangeSet')).toHaveLength(1);
    expect(again.outputs.lambda_function_names).toEqual({ 'api-handler': 'plain-dev-api-handler' });
    // Without stalling: moto's HTTP 500 to a DeleteChangeSet of a missing set would make the
    // SDK retry for ~45 s; nothing was sent twice. (The time, goal under 10 s, is
    // bench/unpatched-redeploy.ts's.)
    expect(clients.retried).toEqual([]);
  });
});
