// A project past 500 resources, end to end on moto: 60 functions that synth spreads over
// nested stacks are created, one function is changed (its nested stack is updated in place),
// a redeploy of the same is a no-op, and a saved plan of another change is applied. moto
// ignores IncludeNestedStacks (no nested change sets: each nested stack is one change) and
// leaves Outputs empty, so the outputs come from every nested stack's resources.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { parse, stringify } from 'yaml';
import { loadConfig } from '../../src/config';
import { runDeploy, runPlan } from '../../src/deploy';
import { listStackResources } from '../../src/deploy/cfn';
import { runPlannedDeploy } from '../../src/deploy/run-apply';
import { savePlan } from '../../src/deploy/save-plan';
import type { SeedOutputs } from '../../src/deploy/types';
import { synthesize } from '../../src/synth';
import { functionGroupOf } from '../../src/synth/function-groups';
import type { SynthesizedStack } from '../../src/synth/types';
import { writeNestedProject } from '../fixtures/synth/nested';
import { MOTO_CREDENTIALS, startMoto, type MotoServer } from '../support/moto';
import { deps, motoClients, type CountingClients } from './support';

const FUNCTIONS = 60;
let moto: MotoServer;
let clients: CountingClients;
let lambda: LambdaClient;
let dir: string;
let config: string;

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  clients = motoClients(moto.endpoint);
  lambda = new LambdaClient({
    region: 'us-east-1',
    endpoint: moto.endpoint,
    credentials: { accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: 'x' },
  });
  dir = mkdtempSync(join(tmpdir(), 'nested-deploy-'));
  config = writeNestedProject(dir, { functions: FUNCTIONS });
});

afterAll(async () => {
  clients?.destroy();
  lambda?.destroy();
  await moto?.stop();
  rmSync(dir, { recursive: true, force: true });
});

let synths = 0;
async function synth(memory: Record<string, number> = {}): Promise<SynthesizedStack> {
  const doc = parse(readFileSync(config, 'utf8')) as {
    lambda_config: Record<string, Record<string, unknown>>;
  };
  for (const [key, size] of Object.entries(memory)) doc.lambda_config[key]!['memory_size'] = size;
  writeFileSync(config, stringify(doc));
  return synthesize(await loadConfig(config), { outDir: join(dir, `cdk.out.${synths++}`) });
}

async function memoryOf(name: string): Promise<number | undefined> {
  return (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration
    ?.MemorySize;
}

/** Logical id -> physical id of the parent's nested stacks. */
async function nestedStacks(): Promise<Map<string, string>> {
  const resources = await listStackResources(clients.cloudFormation, 'big-dev');
  return new Map(
    resources
      .filter((r) => r.ResourceType === 'AWS::CloudFormation::Stack')
      .map((r) => [r.LogicalResourceId!, r.PhysicalResourceId!]),
  );
}

function expectAllFunctions(outputs: SeedOutputs): void {
  const keys = Array.from({ length: FUNCTIONS }, (_, i) => `f${i}`).sort();
  expect(Object.keys(outputs.lambda_function_names).sort()).toEqual(keys);
  expect(Object.keys(outputs.lambda_alias_arns).sort()).toEqual(keys);
  expect(outputs.lambda_function_names['f59']).toBe('big-dev-f59');
  expect(outputs.lambda_function_arns['f3']).toBe(
    'arn:aws:lambda:us-east-1:123456789012:function:big-dev-f3',
  );
  expect(Object.keys(outputs.dynamodb_table_names).sort()).toEqual(
    ['t0', 't10', 't20', 't30', 't40', 't50'].sort(),
  );
  expect(outputs.api_gateway_id).not.toBe('');
  expect(outputs.api_gateway_endpoint).toBe(
    `https://${outputs.api_gateway_id}.execute-api.us-east-1.amazonaws.com/dev`,
  );
}

describe('a stack split into nested stacks, on moto', () => {
  let stack: SynthesizedStack;

  it('first deploy creates the parent and every nested stack; the outputs name all 60 functions', async () => {
    stack = await synth();
    expect(stack.nested?.length).toBeGreaterThan(30);
    const result = await runDeploy(stack, deps(clients));
    expect(result).toMatchObject({ status: 'CREATE_COMPLETE', changeSetType: 'CREATE' });
    // No nested change sets on moto: each nested stack is one change, named by its group.
    const stackRows = result.changes.filter((c) => c.type === 'AWS::CloudFormation::Stack');
    expect(stackRows).toHaveLength(stack.nested!.length);
    expect(stackRows.map((c) => c.resource)).toContain(functionGroupOf('f3'));

    const nested = await nestedStacks();
    expect([...nested.keys()].sort()).toEqual(stack.nested!.map((n) => n.logicalId).sort());
    for (const id of nested.values()) {
      const described = await clients.cloudFormation.send(
        new DescribeStacksCommand({ StackName: id }),
      );
      expect(described.Stacks?.[0]?.StackStatus).toBe('CREATE_COMPLETE');
    }
    expectAllFunctions(result.outputs);
    expect(await memoryOf('big-dev-f3')).toBe(128);
  });

  it('a change to one function updates its nested stack in place, and only it', async () => {
    const before = await nestedStacks();
    stack = await synth({ f3: 256 });
    const result = await runDeploy(stack, deps(clients));
    expect(result.status).toBe('UPDATE_COMPLETE');
    const group = stack.nested!.find((n) => n.template.Resources['F3Function'] !== undefined)!;
    expect(result.changes.map((c) => [c.logicalId, c.action, c.resource])).toEqual([
      [group.logicalId, 'Modify', functionGroupOf('f3')],
    ]);
    expect(await memoryOf('big-dev-f3')).toBe(256);
    expect(await memoryOf('big-dev-f4')).toBe(128);
    // Updated, not replaced: the same nested stacks as before.
    expect(await nestedStacks()).toEqual(before);
    expectAllFunctions(result.outputs);
  });

  it('a redeploy of the same is a no-op: no change set, no upload', async () => {
    const from = clients.calls.length;
    const result = await runDeploy(stack, deps(clients));
    expect(result).toMatchObject({ noop: true, hasChanges: false, status: 'UPDATE_COMPLETE' });
    const calls = clients.calls.slice(from);
    expect(calls.filter((c) => /ChangeSet|PutObject|UpdateStack/.test(c))).toEqual([]);
    // One DescribeStacks answers; the outputs, absent on moto, are read from the resources.
    expect(calls.filter((c) => c === 'CloudFormation.DescribeStacks')).toHaveLength(1);
    expectAllFunctions(result.outputs);
  });

  it('a saved plan carries the nested templates and is applied as planned', async () => {
    const next = await synth({ f5: 512 });
    const planDeps = deps(clients);
    const outcome = await runPlan(next, planDeps);
    expect(outcome.result.changes).toHaveLength(1);
    const planDir = join(dir, 'plan');
    const plan = await savePlan(
      {
        dir: planDir,
        environment: 'dev',
        outcome,
        result: outcome.result,
        review: { cost: {} as never, findings: [] },
        comment: '',
      },
      planDeps,
    );
    expect(plan.assets.filter((a) => a.nestedStack !== undefined)).toHaveLength(
      next.nested!.length,
    );

    const applied = await runPlannedDeploy(planDir, deps(clients));
    expect(applied.status).toBe('UPDATE_COMPLETE');
    expect(await memoryOf('big-dev-f5')).toBe(512);
    expectAllFunctions(applied.outputs);
  });
});
