// The less common paths against moto_server: an oversized template sent by URL, a leftover
// REVIEW_IN_PROGRESS stack, an empty change set, and destroy's refusals and bucket emptying.
import {
  CreateStackCommand,
  GetTemplateCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { runDeploy, runDestroy, runPlan } from '../../src/deploy';
import { describeStack, listStackResources } from '../../src/deploy/cfn';
import { createPlan, loadDeployInputs } from '../../src/deploy/run-plan';
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
beforeEach(async () => {
  await moto.reset();
  clients.calls.length = 0;
});

describe('deploy edge cases on moto', () => {
  it('sends a template over 51,200 bytes by TemplateURL from the artifact bucket', async () => {
    const big = synthFixture({ stackName: 'big-dev', padTemplateBytes: 60_000 });
    const run = deps(clients);
    const result = await runDeploy(big, run);
    expect(result.status).toBe('CREATE_COMPLETE');
    expect(run.logger.lines.join('\n')).toMatch(
      /template is \d{5} bytes: uploaded to s3:\/\/serverless-action-123456789012-us-east-1\/templates\/[0-9a-f]{64}\.json/,
    );
    const listed = await clients.s3.send(
      new ListObjectsV2Command({
        Bucket: 'serverless-action-123456789012-us-east-1',
        Prefix: 'templates/',
      }),
    );
    expect(listed.Contents).toHaveLength(1);
    const deployed = await clients.cloudFormation.send(
      new GetTemplateCommand({ StackName: 'big-dev' }),
    );
    expect(Buffer.byteLength(deployed.TemplateBody ?? '')).toBeGreaterThan(51_200);
  });

  it('replaces a REVIEW_IN_PROGRESS stack left by an earlier plan with a fresh CREATE', async () => {
    const stack = synthFixture({ stackName: 'fresh-dev' });
    const plan = await runPlan(stack, deps(clients));
    expect(plan.result).toMatchObject({ hasChanges: true, changeSetType: 'CREATE' });
    expect((await describeStack(clients.cloudFormation, 'fresh-dev'))?.StackStatus).toBe(
      'REVIEW_IN_PROGRESS',
    );
    clients.calls.length = 0;
    const result = await runDeploy(stack, deps(clients));
    expect(result).toMatchObject({ status: 'CREATE_COMPLETE', changeSetType: 'CREATE' });
    expect(clients.calls).toContain('CloudFormation.DeleteStack');
    // One stack of that name, the deployed one (not the shell beside it).
    expect((await describeStack(clients.cloudFormation, 'fresh-dev'))?.StackStatus).toBe(
      'CREATE_COMPLETE',
    );
  });

  it('reads "no changes" from the status reason, reports hasChanges false and deletes the empty set', async () => {
    const stack = synthFixture({ stackName: 'same-dev' });
    await runDeploy(stack, deps(clients));
    // Past the fast path (as when the digest is unreadable): the same template again.
    const current = await describeStack(clients.cloudFormation, 'same-dev');
    const plan = await createPlan(stack, await loadDeployInputs(stack), current, deps(clients), {});
    expect(plan.result).toEqual({ stackName: 'same-dev', hasChanges: false, changes: [] });
    expect(plan.noop).toBe(false);
    const sets = await clients.cloudFormation.send(
      new ListChangeSetsCommand({ StackName: 'same-dev' }),
    );
    expect(
      (sets.Summaries ?? []).filter((s) => !s.ExecutionStatus?.startsWith('EXECUTE_')),
    ).toEqual([]);
  });

  it('refuses to destroy a stack without the managed-by tag', async () => {
    const stack = synthFixture({ stackName: 'foreign-dev' });
    await clients.cloudFormation.send(
      new CreateStackCommand({
        StackName: 'foreign-dev',
        TemplateBody: JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } }),
      }),
    );
    await expect(runDestroy('foreign-dev', deps(clients), { force: true })).rejects.toMatchObject({
      code: 'DESTROY_REFUSED',
      message: expect.stringContaining('managed-by: serverless-action'),
    });
    expect((await describeStack(clients.cloudFormation, stack.stackName))?.StackStatus).toBe(
      'CREATE_COMPLETE',
    );
  });

  it('empties the buckets of an ephemeral stage and deletes it without --force', async () => {
    const stack = synthFixture({ stackName: 'demo-pr-7', ephemeral: true, withBucket: true });
    await runDeploy(stack, deps(clients));
    const resources = await listStackResources(clients.cloudFormation, 'demo-pr-7');
    const bucket = resources.find((r) => r.ResourceType === 'AWS::S3::Bucket')?.PhysicalResourceId;
    expect(bucket).toBeDefined();
    await clients.s3.send(new PutObjectCommand({ Bucket: bucket!, Key: 'upload.txt', Body: 'x' }));
    const run = deps(clients);
    expect(await runDestroy('demo-pr-7', run)).toEqual({ stackName: 'demo-pr-7', deleted: true });
    expect(run.logger.lines).toContain(`emptied bucket ${bucket} (1 objects)`);
    expect(await describeStack(clients.cloudFormation, 'demo-pr-7')).toBeUndefined();
  });
});
