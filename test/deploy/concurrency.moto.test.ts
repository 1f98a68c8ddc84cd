// Two deploys of one stack started together (each with its own clients, as two CI jobs
// would have), on a new stack and on an existing one. Both must succeed; the stack ends
// settled with one of the two versions, alone under its name, with no REVIEW_IN_PROGRESS
// leftover and no change set but executed ones. Which of the two ways the second run
// took (waited for the first's change set, or planned again after being superseded)
// depends on timing; both are accepted and printed.
import { ListChangeSetsCommand, ListStacksCommand } from '@aws-sdk/client-cloudformation';
import { runDeploy } from '../../src/deploy';
import { describeStack } from '../../src/deploy/cfn';
import { cleanUpInterrupted, markExecuting, trackedChangeSets } from '../../src/deploy/interrupt';
import { createPlan, loadDeployInputs } from '../../src/deploy/run-plan';
import { synthFixture } from '../fixtures/deploy/stack';
import { startMoto, type MotoServer } from '../support/moto';
import { deps, motoClients } from './support';

let moto: MotoServer;

beforeAll(async () => {
  moto = await startMoto({ patched: true });
});
afterAll(async () => {
  await moto?.stop();
});

async function together(
  stacks: ReturnType<typeof synthFixture>[],
): Promise<{ statuses: string[]; logs: string[] }> {
  const clients = stacks.map(() => motoClients(moto.endpoint));
  const runs = clients.map((c) => deps(c));
  try {
    const settled = await Promise.allSettled(stacks.map((s, i) => runDeploy(s, runs[i]!)));
    return {
      statuses: settled.map((r) => (r.status === 'fulfilled' ? r.value.status : explain(r.reason))),
      logs: runs.map((r) => r.logger.lines.join('\n')),
    };
  } finally {
    for (const c of clients) c.destroy();
  }
}

/** A failed run's error with what AWS answered, so a failure here says which call met what. */
function explain(reason: unknown): string {
  const e = reason as {
    $metadata?: { httpStatusCode?: number };
    $response?: { statusCode?: number; headers?: Record<string, string>; body?: unknown };
  };
  const body = e?.$response?.body;
  return [
    String(reason),
    `status ${e?.$metadata?.httpStatusCode ?? e?.$response?.statusCode ?? '-'}`,
    `headers ${JSON.stringify(e?.$response?.headers ?? {})}`,
    `body ${typeof body === 'string' ? JSON.stringify(body.slice(0, 600)) : typeof body}`,
  ].join('\n');
}

async function leftovers(stackName: string): Promise<string[]> {
  const clients = motoClients(moto.endpoint);
  try {
    const stacks = await clients.cloudFormation.send(new ListStacksCommand({}));
    const live = (stacks.StackSummaries ?? []).filter(
      (s) => s.StackName === stackName && s.StackStatus !== 'DELETE_COMPLETE',
    );
    const sets = await clients.cloudFormation.send(
      new ListChangeSetsCommand({ StackName: stackName }),
    );
    return [
      ...live.map((s) => `stack ${s.StackStatus}`),
      ...(sets.Summaries ?? [])
        .filter((s) => s.ExecutionStatus !== 'EXECUTE_COMPLETE')
        .map((s) => `change set ${s.ChangeSetName} ${s.ExecutionStatus}`),
    ];
  } finally {
    clients.destroy();
  }
}

function howTheyMet(logs: readonly string[]): string {
  const all = logs.join('\n');
  if (/another deploy of .* is in progress/.test(all)) return 'waited for the other deploy';
  if (/superseded by another deploy/.test(all)) return 'superseded, planned again';
  return 'did not overlap';
}

describe('two deploys of one stack at once (moto)', () => {
  beforeEach(() => moto.reset());

  it('a new stack: both succeed, one stack, nothing left behind', async () => {
    const a = synthFixture({
      stackName: 'race-new-dev',
      code: 'exports.handler = async () => "a";\n',
    });
    const b = synthFixture({
      stackName: 'race-new-dev',
      code: 'exports.handler = async () => "b";\n',
    });
    const { statuses, logs } = await together([a, b]);
    for (const status of statuses) expect(status).toMatch(/^(CREATE|UPDATE)_COMPLETE$/);
    const left = await leftovers('race-new-dev');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^stack (CREATE|UPDATE)_COMPLETE$/);
    console.info(`new stack: ${statuses.join(', ')}; ${howTheyMet(logs)}`);
  });

  it('an existing stack: both updates succeed, nothing left behind', async () => {
    const firstClients = motoClients(moto.endpoint);
    await runDeploy(synthFixture({ stackName: 'race-old-dev' }), deps(firstClients));
    firstClients.destroy();
    const a = synthFixture({ stackName: 'race-old-dev', memorySize: 256 });
    const b = synthFixture({ stackName: 'race-old-dev', memorySize: 512 });
    const { statuses, logs } = await together([a, b]);
    for (const status of statuses) expect(status).toBe('UPDATE_COMPLETE');
    expect(await leftovers('race-old-dev')).toEqual(['stack UPDATE_COMPLETE']);
    console.info(`existing stack: ${statuses.join(', ')}; ${howTheyMet(logs)}`);
  });
});

describe('an interrupted deploy (moto; the cleanup a SIGINT/SIGTERM handler runs)', () => {
  beforeEach(() => moto.reset());

  it('interrupted after creating its change set: the set is deleted, the next deploy goes ahead', async () => {
    const clients = motoClients(moto.endpoint);
    try {
      await runDeploy(synthFixture({ stackName: 'cut-dev' }), deps(clients));
      const v2 = synthFixture({ stackName: 'cut-dev', memorySize: 256 });
      const run = deps(clients);
      const current = await describeStack(clients.cloudFormation, 'cut-dev');
      await createPlan(v2, await loadDeployInputs(v2), current, run, { forDeploy: true });
      expect(trackedChangeSets().map((t) => [t.stackName, t.phase])).toEqual([
        ['cut-dev', 'created'],
      ]);
      await cleanUpInterrupted(run.logger);
      expect(run.logger.lines.join('\n')).toContain(
        'interrupted: deleting the unexecuted change set of cut-dev',
      );
      expect(await leftovers('cut-dev')).toEqual(['stack CREATE_COMPLETE']);

      const next = deps(clients);
      const result = await runDeploy(v2, next);
      expect(result.status).toBe('UPDATE_COMPLETE');
      expect(next.logger.lines.join('\n')).not.toMatch(/another deploy/);
    } finally {
      clients.destroy();
    }
  });

  it('interrupted while executing: the update is left to CloudFormation and reported', async () => {
    const clients = motoClients(moto.endpoint);
    try {
      const v1 = synthFixture({ stackName: 'cut2-dev' });
      const run = deps(clients);
      const plan = await createPlan(v1, await loadDeployInputs(v1), undefined, run, {
        forDeploy: true,
      });
      markExecuting(plan.result.changeSetId);
      await cleanUpInterrupted(run.logger);
      expect(run.logger.lines.join('\n')).toContain(
        'interrupted while cut2-dev was being updated: CloudFormation finishes (or rolls back) the update on its own',
      );
      // Not deleted: the execution (here never sent) is CloudFormation's to finish.
      expect((await leftovers('cut2-dev')).filter((l) => l.startsWith('change set'))).toHaveLength(
        1,
      );
      expect(trackedChangeSets()).toEqual([]);
    } finally {
      clients.destroy();
    }
  });
});
