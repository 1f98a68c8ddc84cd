// `serverless-action sweep` end to end against moto: argv parsing, the project taken from
// the config, the Markdown and JSON reports, and the exit code.
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCli } from '../../src/cli';
import { runSweep, sweepMarkdown } from '../../src/commands/sweep';
import type { SweepOutcome } from '../../src/deploy/previews';
import { ServerlessActionError } from '../../src/errors';
import { memoryLogger, type Clock } from '../../src/io';
import { MOTO_CREDENTIALS, startMoto, type MotoServer } from '../support/moto';

const instantClock: Clock = { now: () => new Date(), sleep: () => Promise.resolve() };

describe('sweep options on the command line', () => {
  it('parses --keep, --ttl-hours and --dry-run', () => {
    const { command, options } = parseCli([
      'sweep',
      '--keep',
      'pr-12, pr-15,',
      '--ttl-hours',
      '72',
      '--dry-run',
    ]);
    expect(command).toBe('sweep');
    expect(options).toMatchObject({ keep: ['pr-12', 'pr-15'], ttlHours: 72, dryRun: true });
  });

  it('an empty --keep keeps nothing (no pull request is open)', () => {
    expect(parseCli(['sweep', '--keep', '']).options.keep).toEqual([]);
  });

  it('rejects a TTL that is not a positive number, naming the value', () => {
    expect(() => parseCli(['sweep', '--ttl-hours', 'soon'])).toThrow(
      '--ttl-hours must be a positive number of hours, got "soon"',
    );
  });
});

describe('sweepMarkdown', () => {
  const outcome = (environment: string, extra: Partial<SweepOutcome>): SweepOutcome => ({
    stack: {
      stackName: `shop-${environment}`,
      stackId: environment,
      status: 'CREATE_COMPLETE',
      project: 'shop',
      environment,
      lastDeployedAt: new Date(0),
    },
    action: 'delete',
    reason: 'its pull request is not open',
    ...extra,
  });

  it('writes one table row per stack with what happened', () => {
    const text = sweepMarkdown(
      [
        outcome('pr-1', { result: { deleted: true } }),
        outcome('pr-2', { result: { deleted: false, error: 'DELETE_FAILED' } }),
        outcome('pr-3', { action: 'keep', reason: 'its pull request is open' }),
      ],
      false,
      'shop',
    );
    expect(text).toContain('### Preview sweep of shop\n');
    // A failed deletion leaves the stack standing: it counts as kept, not deleted.
    expect(text).toContain('Deleted: shop-pr-1. Kept: shop-pr-2, shop-pr-3.');
    expect(text).toContain('| shop-pr-1 | pr-1 | deleted | its pull request is not open |');
    expect(text).toContain('| shop-pr-2 | pr-2 | **failed**: DELETE_FAILED |');
    expect(text).toContain('| shop-pr-3 | pr-3 | kept | its pull request is open |');
  });

  it('says so on a dry run and when there is nothing to sweep', () => {
    expect(sweepMarkdown([outcome('pr-1', {})], true, 'shop')).toContain(
      '(dry run: nothing deleted)',
    );
    expect(sweepMarkdown([outcome('pr-1', {})], true, 'shop')).toContain('| would delete |');
    expect(sweepMarkdown([outcome('pr-1', {})], true, 'shop')).toContain(
      'Would delete: shop-pr-1. Kept: none.',
    );
    expect(sweepMarkdown([], false, 'shop')).toContain('No preview stacks found.');
  });
});

describe('runSweep against moto', () => {
  let moto: MotoServer;
  let cfn: CloudFormationClient;
  let dir: string;

  beforeAll(async () => {
    moto = await startMoto();
    Object.assign(process.env, MOTO_CREDENTIALS);
    cfn = new CloudFormationClient({ region: 'us-east-1', endpoint: moto.endpoint });
    dir = mkdtempSync(join(tmpdir(), 'sweep-'));
    writeFileSync(join(dir, 'serverless.config.yml'), 'project_name: shop\nenvironment: dev\n');
  });
  afterAll(async () => {
    cfn?.destroy();
    await moto?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => moto.reset());

  const tags = (project: string, environment: string, ephemeral = true) =>
    Object.entries({
      project,
      environment,
      'managed-by': 'serverless-action',
      ...(ephemeral && { ephemeral: 'true' }),
    }).map(([Key, Value]) => ({ Key, Value }));
  const create = (name: string, tagList: { Key: string; Value: string }[]) =>
    cfn.send(
      new CreateStackCommand({
        StackName: name,
        Tags: tagList,
        TemplateBody: JSON.stringify({
          AWSTemplateFormatVersion: '2010-09-09',
          Resources: { Queue: { Type: 'AWS::SQS::Queue' } },
        }),
      }),
    );
  const stackNames = async () =>
    ((await cfn.send(new DescribeStacksCommand({}))).Stacks ?? []).map((s) => s.StackName).sort();

  function run(argv: string[]) {
    const { options } = parseCli(['sweep', '--endpoint-url', moto.endpoint, ...argv]);
    const printed: string[] = [];
    const logger = memoryLogger();
    const code = runSweep(
      { options, logger, print: (t) => printed.push(t), env: process.env, cwd: dir },
      instantClock,
    );
    return { code, printed, logger };
  }

  it("deletes this project's closed previews only, and prints JSON", async () => {
    await create('shop-pr-1', tags('shop', 'pr-1'));
    await create('shop-pr-2', tags('shop', 'pr-2'));
    await create('shop-dev', tags('shop', 'dev', false));
    await create('blog-pr-1', tags('blog', 'pr-1'));
    const { code, printed } = run(['--keep', 'pr-2', '--format', 'json']);
    expect(await code).toBe(0);
    expect(JSON.parse(printed.join(''))).toEqual({
      dryRun: false,
      deleted: ['shop-pr-1'],
      kept: ['shop-pr-2'],
      stacks: [
        {
          stackName: 'shop-pr-1',
          environment: 'pr-1',
          action: 'delete',
          reason: 'its pull request is not open',
          deleted: true,
        },
        {
          stackName: 'shop-pr-2',
          environment: 'pr-2',
          action: 'keep',
          reason: 'its pull request is open',
        },
      ],
    });
    expect(await stackNames()).toEqual(['blog-pr-1', 'shop-dev', 'shop-pr-2']);
  });

  it('--dry-run lists and deletes nothing', async () => {
    await create('shop-pr-1', tags('shop', 'pr-1'));
    const { code, printed } = run(['--keep', '', '--dry-run']);
    expect(await code).toBe(0);
    expect(printed.join('')).toContain('| shop-pr-1 | pr-1 | would delete |');
    expect(await stackNames()).toEqual(['shop-pr-1']);
  });

  it('refuses to run without --keep or --ttl-hours, saying what to pass', async () => {
    await expect(run([]).code).rejects.toThrow(ServerlessActionError);
    await expect(run([]).code).rejects.toThrow(/needs --keep, --ttl-hours, or both/);
  });
});
