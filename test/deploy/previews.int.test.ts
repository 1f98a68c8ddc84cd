// Preview-stack selection (pure) and the sweep against moto through the real SDK client.
import {
  type CloudFormationClient,
  CreateStackCommand,
  DescribeStacksCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import {
  decideSweep,
  executeSweep,
  listPreviewStacks,
  sweepPreviews,
  toPreviewStack,
  type PreviewStack,
  type StackDestroyer,
} from '../../src/deploy/previews';
import { createAwsClients, type AwsClients } from '../../src/aws/clients';
import { runDestroy } from '../../src/deploy';
import { memoryLogger, type Clock } from '../../src/io';
import { MOTO_CREDENTIALS, startMoto, type MotoServer } from '../support/moto';

const NOW = new Date('2026-11-28T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

const ours = (environment: string, extra: Record<string, string> = {}) =>
  Object.entries({
    project: 'shop',
    environment,
    'managed-by': 'serverless-action',
    ephemeral: 'true',
    ...extra,
  }).map(([Key, Value]) => ({ Key, Value }));

function preview(environment: string, deployedHoursAgo: number, status = 'UPDATE_COMPLETE') {
  return {
    stackName: `shop-${environment}`,
    stackId: `arn:aws:cloudformation:us-east-1:123456789012:stack/shop-${environment}/1`,
    status,
    project: 'shop',
    environment,
    lastDeployedAt: hoursAgo(deployedHoursAgo),
  } satisfies PreviewStack;
}

describe('toPreviewStack', () => {
  const base: Stack = {
    StackName: 'shop-pr-7',
    StackId: 'id-7',
    StackStatus: 'CREATE_COMPLETE',
    CreationTime: hoursAgo(30),
    Tags: ours('pr-7'),
  };

  it('reads stage, project and the last deployment time from the tags and timestamps', () => {
    expect(toPreviewStack({ ...base, LastUpdatedTime: hoursAgo(2) })).toEqual({
      stackName: 'shop-pr-7',
      stackId: 'id-7',
      status: 'CREATE_COMPLETE',
      project: 'shop',
      environment: 'pr-7',
      lastDeployedAt: hoursAgo(2),
    });
    expect(toPreviewStack(base)?.lastDeployedAt).toEqual(hoursAgo(30));
  });

  it('ignores stacks without both the managed-by and the ephemeral tag, whatever their name', () => {
    const without = (key: string) => ({ ...base, Tags: base.Tags!.filter((t) => t.Key !== key) });
    expect(toPreviewStack(without('managed-by'))).toBeUndefined();
    expect(toPreviewStack(without('ephemeral'))).toBeUndefined();
    expect(toPreviewStack({ ...base, Tags: ours('pr-7', { ephemeral: 'false' }) })).toBeUndefined();
    expect(
      toPreviewStack({ ...base, Tags: ours('pr-7', { 'managed-by': 'someone-else' }) }),
    ).toBeUndefined();
  });

  it('falls back to the stack name after "<project>-" when the environment tag is missing', () => {
    const tags = ours('x').filter((t) => t.Key !== 'environment');
    expect(toPreviewStack({ ...base, Tags: tags })?.environment).toBe('pr-7');
  });
});

describe('decideSweep', () => {
  const decide = (stacks: PreviewStack[], criteria: Parameters<typeof decideSweep>[1]) =>
    Object.fromEntries(decideSweep(stacks, criteria).map((d) => [d.stack.environment, d.action]));

  it('keeps open pull requests and deletes the closed ones', () => {
    const stacks = [preview('pr-1', 1), preview('pr-2', 1), preview('pr-3', 1)];
    expect(decide(stacks, { keep: new Set(['pr-2']), now: NOW })).toEqual({
      'pr-1': 'delete',
      'pr-2': 'keep',
      'pr-3': 'delete',
    });
  });

  it('deletes previews older than the TTL even when their pull request is open', () => {
    const stacks = [preview('pr-1', 200), preview('pr-2', 10)];
    const decisions = decideSweep(stacks, {
      keep: new Set(['pr-1', 'pr-2']),
      ttlHours: 168,
      now: NOW,
    });
    expect(decisions.map((d) => [d.stack.environment, d.action, d.reason])).toEqual([
      ['pr-1', 'delete', 'not deployed for 200 h (TTL 168 h)'],
      ['pr-2', 'keep', 'its pull request is open'],
    ]);
  });

  it('with only a TTL (open PRs unknown) deletes nothing younger than it', () => {
    const stacks = [preview('pr-1', 167.9), preview('pr-2', 168)];
    expect(decide(stacks, { ttlHours: 168, now: NOW })).toEqual({
      'pr-1': 'keep',
      'pr-2': 'delete',
    });
  });

  it('an empty keep list means no pull request is open: every preview goes', () => {
    expect(decide([preview('pr-1', 0), preview('pr-2', 0)], { keep: new Set(), now: NOW })).toEqual(
      { 'pr-1': 'delete', 'pr-2': 'delete' },
    );
  });

  it('never touches a stack that is mid-operation, even when expired or closed', () => {
    const stacks = [
      preview('pr-1', 500, 'UPDATE_IN_PROGRESS'),
      preview('pr-2', 500, 'DELETE_IN_PROGRESS'),
      preview('pr-3', 500, 'DELETE_FAILED'),
      preview('pr-4', 500, 'ROLLBACK_COMPLETE'),
    ];
    expect(decide(stacks, { keep: new Set(), ttlHours: 1, now: NOW })).toEqual({
      'pr-1': 'skip',
      'pr-2': 'skip',
      'pr-3': 'delete',
      'pr-4': 'delete',
    });
  });

  it("leaves other projects' previews out entirely", () => {
    const other = { ...preview('pr-1', 999), project: 'blog', stackName: 'blog-pr-1' };
    const decisions = decideSweep([other, preview('pr-1', 999)], {
      project: 'shop',
      keep: new Set(),
      now: NOW,
    });
    expect(decisions.map((d) => d.stack.stackName)).toEqual(['shop-pr-1']);
  });
});

describe('executeSweep', () => {
  it('reports a failed deletion and still deletes the others', async () => {
    const decisions = decideSweep([preview('pr-1', 1), preview('pr-2', 1), preview('pr-3', 1)], {
      keep: new Set(['pr-3']),
      now: NOW,
    });
    const destroyed: string[] = [];
    const destroy: StackDestroyer = (stack) => {
      if (stack.environment === 'pr-1') return Promise.reject(new Error('DELETE_FAILED: bucket'));
      destroyed.push(stack.stackName);
      return Promise.resolve();
    };
    const logger = memoryLogger();
    const outcomes = await executeSweep(decisions, destroy, logger);
    expect(outcomes.map((o) => o.result)).toEqual([
      { deleted: false, error: 'DELETE_FAILED: bucket' },
      { deleted: true },
      undefined,
    ]);
    expect(destroyed).toEqual(['shop-pr-2']);
    expect(logger.lines).toContain('error: DELETE_FAILED: bucket');
  });
});

describe('against moto', () => {
  let moto: MotoServer;
  let clients: AwsClients;
  let cfn: CloudFormationClient;
  const instantClock: Clock = { now: () => new Date(), sleep: () => Promise.resolve() };
  // The sweep deletes through the deploy engine's destroy, as the CLI does.
  const destroy: StackDestroyer = async (stack) => {
    await runDestroy(stack.stackName, { clients, clock: instantClock, logger: memoryLogger() });
  };

  beforeAll(async () => {
    moto = await startMoto();
    clients = createAwsClients({
      region: 'us-east-1',
      endpoint: moto.endpoint,
      credentials: {
        accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID,
        secretAccessKey: MOTO_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
      },
    });
    cfn = clients.cloudFormation;
  });
  afterAll(async () => {
    clients?.destroy();
    await moto?.stop();
  });
  beforeEach(() => moto.reset());

  const template = JSON.stringify({
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: { Queue: { Type: 'AWS::SQS::Queue' } },
  });
  const create = (name: string, tags: { Key: string; Value: string }[]) =>
    cfn.send(new CreateStackCommand({ StackName: name, TemplateBody: template, Tags: tags }));

  it('lists only stacks tagged managed-by + ephemeral', async () => {
    await create('shop-pr-1', ours('pr-1'));
    await create(
      'shop-dev',
      ours('dev').filter((t) => t.Key !== 'ephemeral'),
    );
    await create('shop-pr-2', []); // named like a preview, but not ours
    const listed = await listPreviewStacks(cfn);
    expect(listed.map((s) => [s.stackName, s.environment, s.project])).toEqual([
      ['shop-pr-1', 'pr-1', 'shop'],
    ]);
  });

  it("deletes closed previews with the engine's destroy, keeps open ones and others", async () => {
    await create('shop-pr-1', ours('pr-1'));
    await create('shop-pr-2', ours('pr-2'));
    await create(
      'shop-prod',
      ours('prod').filter((t) => t.Key !== 'ephemeral'),
    );
    const outcomes = await sweepPreviews(
      { cfn, logger: memoryLogger(), destroy },
      { project: 'shop', keep: new Set(['pr-2']), now: new Date() },
      false,
    );
    expect(outcomes.map((o) => [o.stack.stackName, o.action, o.result])).toEqual([
      ['shop-pr-1', 'delete', { deleted: true }],
      ['shop-pr-2', 'keep', undefined],
    ]);
    const remaining = (await cfn.send(new DescribeStacksCommand({}))).Stacks ?? [];
    expect(remaining.map((s) => s.StackName).sort()).toEqual(['shop-pr-2', 'shop-prod']);
  });

  it('deletes nothing on a dry run', async () => {
    await create('shop-pr-1', ours('pr-1'));
    const outcomes = await sweepPreviews(
      { cfn, logger: memoryLogger(), destroy },
      { keep: new Set(), now: new Date() },
      true,
    );
    expect(outcomes.map((o) => [o.action, o.result])).toEqual([['delete', undefined]]);
    const remaining = (await cfn.send(new DescribeStacksCommand({}))).Stacks ?? [];
    expect(remaining.map((s) => s.StackName)).toEqual(['shop-pr-1']);
  });

  it('deletes previews past the TTL even when their pull request is open', async () => {
    await create('shop-pr-1', ours('pr-1'));
    const inTenDays = new Date(Date.now() + 240 * 3_600_000);
    const outcomes = await sweepPreviews(
      { cfn, logger: memoryLogger(), destroy },
      { keep: new Set(['pr-1']), ttlHours: 168, now: inTenDays },
      false,
    );
    expect(outcomes[0]).toMatchObject({ action: 'delete', result: { deleted: true } });
    expect((await cfn.send(new DescribeStacksCommand({}))).Stacks ?? []).toEqual([]);
  });
});
