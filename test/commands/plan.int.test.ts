// `plan` on moto: SPEC §2's JSON, a change set created and not executed, cost and findings.
import {
  CloudFormationClient,
  DescribeStacksCommand,
  ListStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { planCommand } from '../../src/commands/plan';
import { startMoto, type MotoServer } from '../support/moto';
import { SEED_EXAMPLE, runCommand, useMotoCredentials, type PlanJson } from './support-aws';

let moto: MotoServer;
useMotoCredentials();
beforeAll(async () => {
  moto = await startMoto({ patched: true });
});
afterAll(async () => {
  await moto?.stop();
});

describe('plan command', () => {
  it('prints stackName, hasChanges, classified changes, cost and findings; executes nothing', async () => {
    const { code, stdout } = await runCommand(planCommand, SEED_EXAMPLE, moto.endpoint);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(plan).toMatchObject({ stackName: 'mi-proyecto-prod', hasChanges: true });
    expect(plan.cost.monthlyUsd).toEqual(expect.any(Number));
    expect(Array.isArray(plan.findings)).toBe(true);
    for (const change of plan.changes) {
      expect(change).toEqual(
        expect.objectContaining({
          logicalId: expect.any(String),
          type: expect.any(String),
          action: 'Add',
          replacement: null,
          risk: expect.stringMatching(/^(data-loss|replacement|permissions|code-only|safe)$/),
        }),
      );
    }
    const table = plan.changes.find((c) => c.type === 'AWS::DynamoDB::Table');
    expect(table).toMatchObject({ risk: 'safe', resource: 'users' });
    expect(plan.changes.find((c) => c.type === 'AWS::IAM::Role')?.risk).toBe('permissions');

    const cfn = new CloudFormationClient({ region: 'us-east-1', endpoint: moto.endpoint });
    const stacks = await cfn.send(new DescribeStacksCommand({ StackName: 'mi-proyecto-prod' }));
    cfn.destroy();
    expect(stacks.Stacks?.[0]?.StackStatus).toBe('REVIEW_IN_PROGRESS');
  });

  it("refuses the seed example's placeholder IDs before any AWS call, naming their lines", async () => {
    await moto.reset();
    const refused = runCommand(planCommand, SEED_EXAMPLE, moto.endpoint, {
      allowPlaceholders: false,
    });
    await expect(refused).rejects.toThrow('serverless.config.yml:19:28');
    await expect(refused).rejects.toThrow('"sg-789" cannot be a real security group ID');
    await expect(refused).rejects.toThrow('--allow-placeholders lets them through');
    const cfn = new CloudFormationClient({ region: 'us-east-1', endpoint: moto.endpoint });
    const listed = await cfn.send(new ListStacksCommand({}));
    cfn.destroy();
    expect(listed.StackSummaries ?? []).toEqual([]);
  });

  it('text format lists changes with their risk', async () => {
    const { code, stdout } = await runCommand(planCommand, SEED_EXAMPLE, moto.endpoint, {
      format: 'text',
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^mi-proyecto-prod: \d+ change\(s\) \(CREATE change set\)/);
    expect(stdout).toMatch(/\+ permissions AWS::IAM::Role +api-handler \(ApiHandlerRole\)/);
  });
});
