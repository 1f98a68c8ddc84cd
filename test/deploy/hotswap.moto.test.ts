// deploy --hotswap on moto: a code-only change of an ephemeral stage updates the function
// directly (no change set), the next full deploy reconciles, anything else falls back.
import { GetAliasCommand, GetFunctionCommand } from '@aws-sdk/client-lambda';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { runDeploy } from '../../src/deploy';
import { runHotswap } from '../../src/deploy/hotswap';
import { synthFixture } from '../fixtures/deploy/stack';
import { startMoto, type MotoServer } from '../support/moto';
import { deps, motoClients, type CountingClients } from './support';

let moto: MotoServer;
let clients: CountingClients;

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  clients = motoClients(moto.endpoint);
});

afterAll(async () => {
  clients?.destroy();
  await moto?.stop();
});

const BUCKET = 'serverless-action-123456789012-us-east-1';
const STACK = 'demo-pr-7';
const code = (text: string) => `exports.handler = async () => "${text}";\n`;
const preview = (extra: Parameters<typeof synthFixture>[0] = {}) =>
  synthFixture({ stackName: STACK, ephemeral: true, ...extra });

/** The deps with the Lambda client hotswap needs (the shared helper's type leaves it optional). */
const swapDeps = () => ({ ...deps(clients), clients });

async function codeSha(): Promise<string | undefined> {
  const fn = await clients.lambda.send(
    new GetFunctionCommand({ FunctionName: `${STACK}-api-handler` }),
  );
  return fn.Configuration?.CodeSha256;
}

async function records(): Promise<string[]> {
  const out = await clients.s3.send(
    new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'hotswap/' }),
  );
  return (out.Contents ?? []).map((o) => o.Key ?? '');
}

describe('deploy --hotswap on moto', () => {
  let v1Sha: string | undefined;

  it('falls back when the stack does not exist yet', async () => {
    const outcome = await runHotswap(preview({ code: code('v1') }), swapDeps());
    expect(outcome).toEqual({ kind: 'fallback', reason: 'the stack does not exist yet' });
    await runDeploy(preview({ code: code('v1') }), deps(clients));
    v1Sha = await codeSha();
  });

  it('updates only the code of an ephemeral stage: no change set, the record written', async () => {
    clients.calls.length = 0;
    const outcome = await runHotswap(preview({ code: code('v2') }), swapDeps());
    expect(outcome.kind).toBe('hotswapped');
    if (outcome.kind !== 'hotswapped') return;
    expect(outcome.outcome.hotswapped).toEqual([`${STACK}-api-handler`]);
    expect(outcome.outcome.changes).toEqual([
      expect.objectContaining({ type: 'AWS::Lambda::Function', risk: 'code-only' }),
    ]);
    expect(clients.calls).not.toContain('CloudFormation.CreateChangeSet');
    expect(await codeSha()).not.toEqual(v1Sha);
    expect(await records()).toEqual([`hotswap/${STACK}.json`]);
  });

  it('a full deploy of the reverted code is no no-op: it points the function back', async () => {
    const result = await runDeploy(preview({ code: code('v1') }), deps(clients));
    expect(result.noop).toBe(false);
    expect(await codeSha()).toEqual(v1Sha);
    expect(await records()).toEqual([]);
    // And now it is a no-op again.
    expect((await runDeploy(preview({ code: code('v1') }), deps(clients))).noop).toBe(true);
  });

  it('falls back to the change set when more than code changes, and says why', async () => {
    const outcome = await runHotswap(preview({ code: code('v3'), memorySize: 256 }), swapDeps());
    expect(outcome).toEqual({
      kind: 'fallback',
      reason: expect.stringMatching(/changes more than its code \(MemorySize\)/),
    });
  });

  it('refuses a stage that is not ephemeral unless forced, then warns', async () => {
    const prod = (text: string) => synthFixture({ stackName: 'demo-prod', code: code(text) });
    await runDeploy(prod('v1'), deps(clients));
    const refused = await runHotswap(prod('v2'), swapDeps());
    expect(refused).toEqual({
      kind: 'fallback',
      reason: expect.stringMatching(/demo-prod is not an ephemeral stage.*--force/),
    });
    const forcedDeps = swapDeps();
    const forced = await runHotswap(prod('v2'), forcedDeps, { force: true });
    expect(forced.kind).toBe('hotswapped');
    expect(forcedDeps.logger.lines.join('\n')).toMatch(
      /not ephemeral: CloudFormation's template now names other code/,
    );
  });

  it('publishes a version of the new code and points the `live` alias at it', async () => {
    const stack = (text: string) =>
      synthFixture({ stackName: 'demo-pr-8', ephemeral: true, withAlias: true, code: code(text) });
    const name = 'demo-pr-8-api-handler';
    const live = async () =>
      clients.lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }));
    await runDeploy(stack('v1'), deps(clients));
    const before = await live();
    clients.calls.length = 0;
    const outcome = await runHotswap(stack('v2'), swapDeps());
    expect(outcome.kind).toBe('hotswapped');
    expect(clients.calls).not.toContain('CloudFormation.CreateChangeSet');
    const after = await live();
    expect(after.FunctionVersion).not.toBe(before.FunctionVersion);
    const version = await clients.lambda.send(
      new GetFunctionCommand({ FunctionName: name, Qualifier: after.FunctionVersion }),
    );
    const latest = await clients.lambda.send(new GetFunctionCommand({ FunctionName: name }));
    expect(version.Configuration?.CodeSha256).toBe(latest.Configuration?.CodeSha256);
  });
});
