// The one moto end-to-end path for what moto supports of production safety: NotificationARNs
// on the change set, the stack policy (SetStackPolicy / GetStackPolicy), a deploy that
// completes although moto lacks UpdateTerminationProtection and DetectStackDrift (warned,
// not failed), the history kept in the artifact bucket, and `rollback` redeploying the
// previous template. Rollback triggers, stack events, termination protection and drift
// results are tested against recorded real-AWS shapes (stack-options, protection, drift).
import { GetStackPolicyCommand } from '@aws-sdk/client-cloudformation';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { runDeploy } from '../../src/deploy';
import { describeStack } from '../../src/deploy/cfn';
import { listHistory, readHistory } from '../../src/deploy/history';
import { protectivePolicy } from '../../src/deploy/protection';
import { runRollback } from '../../src/deploy/run-rollback';
import { resolveStackSettings } from '../../src/deploy/stack-defaults';
import { synthFixture } from '../fixtures/deploy/stack';
import { MOTO_CREDENTIALS, startMoto, type MotoServer } from '../support/moto';
import { deps, motoClients, type CountingClients } from './support';

let moto: MotoServer;
let clients: CountingClients;
let lambda: LambdaClient;
const BUCKET = 'serverless-action-123456789012-us-east-1';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:stack-events';

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  clients = motoClients(moto.endpoint);
  const common = {
    region: 'us-east-1',
    endpoint: moto.endpoint,
    credentials: { accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: 'x' },
  };
  lambda = new LambdaClient(common);
  // moto publishes stack events to the notification topics: the topic must exist.
  const sns = new SNSClient(common);
  await sns.send(new CreateTopicCommand({ Name: 'stack-events' }));
  sns.destroy();
});

afterAll(async () => {
  clients?.destroy();
  lambda?.destroy();
  await moto?.stop();
});

describe('production safety on moto', () => {
  const settings = resolveStackSettings('prod', { notification_arns: [TOPIC] });
  const v1 = synthFixture({ stackName: 'demo-prod' });
  const v2 = synthFixture({ stackName: 'demo-prod', memorySize: 512 });

  it('a prod deploy sends the notification topic, sets the stack policy, keeps history, and survives the APIs moto lacks', async () => {
    const run = deps(clients);
    const result = await runDeploy(v1, run, { stackSettings: settings, detectDrift: true });
    expect(result.status).toBe('CREATE_COMPLETE');
    const stack = await describeStack(clients.cloudFormation, 'demo-prod');
    expect(stack?.NotificationARNs).toEqual([TOPIC]);
    const policy = await clients.cloudFormation.send(
      new GetStackPolicyCommand({ StackName: 'demo-prod' }),
    );
    expect(policy.StackPolicyBody).toBe(protectivePolicy());
    // moto has no UpdateTerminationProtection: warned, the deploy completed.
    expect(run.logger.lines.join('\n')).toMatch(/could not set termination protection.*continuing/);
    const keys = await listHistory(clients.s3, BUCKET, 'demo-prod');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^history\/demo-prod\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/);
    const entry = await readHistory(clients.s3, BUCKET, keys[0]!);
    expect(entry).toMatchObject({ stackName: 'demo-prod', status: 'CREATE_COMPLETE' });
    expect(entry.template.Description ?? '').not.toContain('serverless-action digest');
  });

  it('an update (with drift detection moto cannot run: "unknown") adds a second history entry', async () => {
    const run = deps(clients);
    const result = await runDeploy(v2, run, { stackSettings: settings, detectDrift: true });
    expect(result).toMatchObject({ status: 'UPDATE_COMPLETE', hasChanges: true });
    expect(result.drift?.status).toBe('UNKNOWN');
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'demo-prod-api-handler' }));
    expect(fn.Configuration?.MemorySize).toBe(512);
    expect(await listHistory(clients.s3, BUCKET, 'demo-prod')).toHaveLength(2);
  });

  it('rollback redeploys the previous template through a change set', async () => {
    const run = deps(clients);
    const result = await runRollback('demo-prod', run, { stackSettings: settings });
    expect(result.from).toMatch(
      /^s3:\/\/serverless-action-123456789012-us-east-1\/history\/demo-prod\//,
    );
    expect(result).toMatchObject({ status: 'UPDATE_COMPLETE', hasChanges: true });
    expect(result.changes.map((c) => c.type)).toContain('AWS::Lambda::Function');
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'demo-prod-api-handler' }));
    expect(fn.Configuration?.MemorySize).toBe(128);
  });
});
