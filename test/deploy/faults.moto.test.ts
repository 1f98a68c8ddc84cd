// Deploys through a fault-injecting proxy in front of moto (test/support/fault-proxy.ts):
// 5xx answers with XML, JSON, plain-text and HTML bodies, a 501, throttling, connections
// reset before and after moto acted, answers lost after the work was done, slow answers.
// Fixed seed: the same faults every run. Every deploy must converge, and nothing may be
// left behind: no change set of this tool but executed ones, no REVIEW_IN_PROGRESS stack,
// one stack per name.
import { ListChangeSetsCommand, ListStacksCommand } from '@aws-sdk/client-cloudformation';
import { runDeploy } from '../../src/deploy';
import { describeStack } from '../../src/deploy/cfn';
import { synthFixture } from '../fixtures/deploy/stack';
import { FAULT_KINDS, startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { startMoto, type MotoServer } from '../support/moto';
import { deps, motoClients } from './support';

const SEED = 19;
const FAULT_RATE = 0.25;

let moto: MotoServer;
let proxy: FaultProxy;

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  proxy = await startFaultProxy({ target: moto.endpoint, seed: SEED, rate: FAULT_RATE });
});
afterAll(async () => {
  await proxy?.stop();
  await moto?.stop();
});

/** Three versions of two stacks: create, update (memory and code), update (code). */
const DEPLOYS = ['flaky-a-dev', 'flaky-b-dev'].flatMap((stackName) => [
  () => synthFixture({ stackName }),
  () => synthFixture({ stackName, memorySize: 256, code: 'exports.handler = async () => 2;\n' }),
  () => synthFixture({ stackName, memorySize: 256, code: 'exports.handler = async () => 3;\n' }),
]);

describe(`deploys through a fault-injecting proxy (seed ${SEED}, ${FAULT_RATE * 100} % of requests)`, () => {
  it('every deploy converges and nothing is left behind', async () => {
    const outcomes: string[] = [];
    for (const make of DEPLOYS) {
      const stack = make();
      // Fresh clients per deploy, as each CLI run or action job has its own.
      const clients = motoClients(proxy.endpoint);
      try {
        const result = await runDeploy(stack, deps(clients));
        outcomes.push(`${stack.stackName} ${result.status}`);
      } finally {
        clients.destroy();
      }
    }
    const injected = Object.values(proxy.stats.faults).reduce((a, b) => a + b, 0);
    proxy.pause();
    expect(outcomes).toEqual([
      'flaky-a-dev CREATE_COMPLETE',
      'flaky-a-dev UPDATE_COMPLETE',
      'flaky-a-dev UPDATE_COMPLETE',
      'flaky-b-dev CREATE_COMPLETE',
      'flaky-b-dev UPDATE_COMPLETE',
      'flaky-b-dev UPDATE_COMPLETE',
    ]);
    // The schedule really was a bad day: many faults, of every kind.
    expect(injected).toBeGreaterThanOrEqual(20);
    for (const kind of FAULT_KINDS) expect(proxy.stats.faults[kind]).toBeGreaterThan(0);

    const direct = motoClients(moto.endpoint);
    try {
      const stacks = await direct.cloudFormation.send(new ListStacksCommand({}));
      const live = (stacks.StackSummaries ?? []).filter((s) => s.StackStatus !== 'DELETE_COMPLETE');
      expect(live.map((s) => `${s.StackName} ${s.StackStatus}`).sort()).toEqual([
        'flaky-a-dev UPDATE_COMPLETE',
        'flaky-b-dev UPDATE_COMPLETE',
      ]);
      for (const name of ['flaky-a-dev', 'flaky-b-dev']) {
        const sets = await direct.cloudFormation.send(
          new ListChangeSetsCommand({ StackName: name }),
        );
        // moto keeps executed sets (AWS removes them); anything else is a leftover.
        expect(
          (sets.Summaries ?? []).filter((s) => s.ExecutionStatus !== 'EXECUTE_COMPLETE'),
        ).toEqual([]);
        expect((await describeStack(direct.cloudFormation, name))?.StackStatus).toBe(
          'UPDATE_COMPLETE',
        );
      }
    } finally {
      direct.destroy();
    }
    // The figures the issue asks for, in the test log.
    console.info(
      `fault proxy: ${DEPLOYS.length} deploys, ${proxy.stats.requests} requests, ${injected} faults injected ` +
        `(${JSON.stringify(proxy.stats.faults)}), ${outcomes.length} converged, 0 left over`,
    );
  }, 300_000);
});
