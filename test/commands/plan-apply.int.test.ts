// plan --out DIR, then deploy --plan DIR, on moto: the reviewed change set is the one that
// runs, and a plan that is no longer what was reviewed is refused with nothing executed.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudFormationClient,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  GetStackPolicyCommand,
} from '@aws-sdk/client-cloudformation';
import { protectivePolicy } from '../../src/deploy/protection';
import { deployCommand } from '../../src/commands/deploy';
import { planCommand } from '../../src/commands/plan';
import type { PlanFile } from '../../src/deploy/plan-dir';
import { startMoto, type MotoServer } from '../support/moto';
import type { CommandOptions } from '../../src/commands/options';
import { ENV_CONFIG, useMotoCredentials } from './support-aws';

let moto: MotoServer;
let cfn: CloudFormationClient;
let project: string;
useMotoCredentials();

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  cfn = new CloudFormationClient({ region: 'us-east-1', endpoint: moto.endpoint });
  project = mkdtempSync(join(tmpdir(), 'plan-apply-'));
  cpSync(ENV_CONFIG, project, { recursive: true });
});
afterAll(async () => {
  cfn?.destroy();
  await moto?.stop();
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Runs a command; a refusal throws after printing its JSON: both are returned. */
async function cli(
  command: typeof planCommand,
  options: Partial<CommandOptions>,
): Promise<{ code: number; json: Record<string, unknown>; error?: { code?: string } }> {
  const out: string[] = [];
  const { memoryLogger } = await import('../../src/io');
  const logger = memoryLogger();
  try {
    const code = await command({
      options: {
        config: 'serverless.config.yml',
        format: 'json',
        out: 'cdk.out',
        allowReplacement: false,
        force: false,
        verbose: false,
        endpointUrl: moto.endpoint,
        region: 'us-east-1',
        ...options,
      },
      logger,
      print: (text) => out.push(text),
      env: {},
      cwd: project,
    });
    return { code, json: JSON.parse(out.join('\n')) as Record<string, unknown> };
  } catch (error) {
    return {
      code: 1,
      json: JSON.parse(out.join('\n') || '{}') as Record<string, unknown>,
      error: error as { code?: string },
    };
  }
}

const stackStatus = async (name: string) =>
  (await cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks?.[0]?.StackStatus;

describe('plan --out DIR, then deploy --plan DIR', () => {
  const dir = () => join(project, 'plan-first');

  it('writes the plan directory and leaves the change set unexecuted', async () => {
    const planned = await cli(planCommand, { environment: 'pa', planOut: 'plan-first' });
    expect(planned.code).toBe(0);
    expect(planned.json).toMatchObject({
      stackName: 'envdemo-pa',
      hasChanges: true,
      result: 'planned',
    });
    const plan = JSON.parse(readFileSync(join(dir(), 'plan.json'), 'utf8')) as PlanFile;
    expect(plan).toMatchObject({
      version: 1,
      stackName: 'envdemo-pa',
      environment: 'pa',
      region: 'us-east-1',
      account: expect.stringMatching(/^\d{12}$/) as string,
      changeSetId: planned.json['changeSetId'],
      changeSetType: 'CREATE',
      template: {
        file: 'template.json',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      },
    });
    expect(plan.assets).toHaveLength(1);
    expect(existsSync(join(dir(), plan.assets[0]!.file))).toBe(true);
    for (const file of ['review.json', 'comment.md'])
      expect(existsSync(join(dir(), file))).toBe(true);
    expect(readFileSync(join(dir(), 'comment.md'), 'utf8')).toContain('Safe · `envdemo-pa` plan');
    const changeSet = await cfn.send(
      new DescribeChangeSetCommand({ ChangeSetName: plan.changeSetId, StackName: plan.stackName }),
    );
    expect(changeSet.Status).toBe('CREATE_COMPLETE');
    expect(await stackStatus('envdemo-pa')).toBe('REVIEW_IN_PROGRESS');
  });

  it('refuses a plan whose asset no longer matches its hash, and executes nothing', async () => {
    const tampered = join(project, 'plan-tampered');
    cpSync(dir(), tampered, { recursive: true });
    const plan = JSON.parse(readFileSync(join(tampered, 'plan.json'), 'utf8')) as PlanFile;
    writeFileSync(join(tampered, plan.assets[0]!.file), 'not the reviewed code');
    const refused = await cli(deployCommand, { plan: 'plan-tampered' });
    expect(refused.error?.code).toBe('PLAN_NOT_EXECUTABLE');
    expect(refused.json).toMatchObject({ result: 'refused', stackName: 'envdemo-pa' });
    expect(JSON.stringify(refused.json['error'])).toContain('does not match its sha256');
    expect(await stackStatus('envdemo-pa')).toBe('REVIEW_IN_PROGRESS');
  });

  it('executes exactly the planned change set, and says which', async () => {
    const plan = JSON.parse(readFileSync(join(dir(), 'plan.json'), 'utf8')) as PlanFile;
    const deployed = await cli(deployCommand, { plan: 'plan-first' });
    expect(deployed.code).toBe(0);
    expect(deployed.json).toMatchObject({
      stackName: 'envdemo-pa',
      hasChanges: true,
      changeSetId: plan.changeSetId,
      result: 'deployed',
    });
    expect(await stackStatus('envdemo-pa')).toBe('CREATE_COMPLETE');
    // The stage's protection, kept in plan.json, was applied by the deploy of the plan
    // (`pa` is long-lived: the stack policy on its stateful resources).
    expect(plan.stackSettings).toMatchObject({ kind: 'long-lived', protectStateful: true });
    const policy = await cfn.send(new GetStackPolicyCommand({ StackName: 'envdemo-pa' }));
    expect(policy.StackPolicyBody).toBe(protectivePolicy());
    // A plain deploy of the same config and commit afterwards has nothing to do.
    const again = await cli(deployCommand, { environment: 'pa' });
    expect(again.json).toMatchObject({ hasChanges: false, result: 'no-op' });
  });

  it('refuses to execute the same plan twice', async () => {
    const twice = await cli(deployCommand, { plan: 'plan-first' });
    expect(twice.error?.code).toBe('PLAN_NOT_EXECUTABLE');
    expect(twice.json['result']).toBe('refused');
  });

  it('refuses a plan when the stack changed after it was made', async () => {
    writeFileSync(
      join(project, 'functions', 'worker', 'index.js'),
      'exports.handler = async () => ({ statusCode: 202 });\n',
    );
    const planned = await cli(planCommand, { environment: 'pa', planOut: 'plan-second' });
    expect(planned.json).toMatchObject({ hasChanges: true, result: 'planned' });
    // Someone deploys another change in between.
    writeFileSync(
      join(project, 'functions', 'worker', 'index.js'),
      'exports.handler = async () => ({ statusCode: 203 });\n',
    );
    expect((await cli(deployCommand, { environment: 'pa' })).json['result']).toBe('deployed');
    const stale = await cli(deployCommand, { plan: 'plan-second' });
    expect(stale.error?.code).toBe('PLAN_NOT_EXECUTABLE');
    expect(JSON.stringify(stale.json['error'])).toMatch(/change set .* is gone|stack changed/);
  });

  it('a plan without changes deploys as a no-op', async () => {
    const planned = await cli(planCommand, { environment: 'pa', planOut: 'plan-empty' });
    expect(planned.json).toMatchObject({ hasChanges: false, result: 'no-op' });
    const applied = await cli(deployCommand, { plan: 'plan-empty' });
    expect(applied.json).toMatchObject({ hasChanges: false, result: 'no-op' });
  });
});

describe('no going backwards by accident', () => {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: project,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    })
      .toString()
      .trim();

  it('refuses to deploy an ancestor of the deployed commit unless --allow-rollback', async () => {
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'older');
    const older = git('rev-parse', 'HEAD');
    writeFileSync(
      join(project, 'functions', 'worker', 'index.js'),
      'exports.handler = async () => ({ statusCode: 299 });\n',
    );
    git('commit', '-qam', 'newer');
    const newer = git('rev-parse', 'HEAD');
    expect((await cli(deployCommand, { environment: 'rb' })).json['result']).toBe('deployed');

    git('checkout', '-q', older);
    const refused = await cli(deployCommand, { environment: 'rb' });
    expect(refused.error?.code).toBe('ROLLBACK_GUARD');
    expect(refused.json['result']).toBe('refused');
    const message = JSON.stringify(refused.json['error']);
    expect(message).toContain(older);
    expect(message).toContain(newer);

    const allowed = await cli(deployCommand, { environment: 'rb', allowRollback: true });
    expect(allowed.json).toMatchObject({ result: 'deployed', hasChanges: true });
    git('checkout', '-q', newer);
  });
});
