// First deploy, no-op redeploy, update, asset reuse, data-loss guard and destroy, against
// moto_server through the real SDK; results checked through Lambda's and DynamoDB's own APIs.
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetPublicAccessBlockCommand,
} from '@aws-sdk/client-s3';
import { DataLossError, runDeploy, runDestroy, runPlan } from '../../src/deploy';
import { describeStack } from '../../src/deploy/cfn';
import { synthFixture } from '../fixtures/deploy/stack';
import { MOTO_CREDENTIALS, startMoto, type MotoServer } from '../support/moto';
import { deps, motoClients, type CountingClients } from './support';

let moto: MotoServer;
let clients: CountingClients;
let lambda: LambdaClient;
let dynamodb: DynamoDBClient;

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  clients = motoClients(moto.endpoint);
  const common = {
    region: 'us-east-1',
    endpoint: moto.endpoint,
    credentials: { accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: 'x' },
  };
  lambda = new LambdaClient(common);
  dynamodb = new DynamoDBClient(common);
});

afterAll(async () => {
  clients?.destroy();
  lambda?.destroy();
  dynamodb?.destroy();
  await moto?.stop();
});

const BUCKET = 'serverless-action-123456789012-us-east-1';

describe('deploy lifecycle on moto', () => {
  const v1 = synthFixture({ stackName: 'demo-dev' });

  it('first deploy creates the stack, uploads code once, and returns the six outputs', async () => {
    const result = await runDeploy(v1, deps(clients));
    expect(result).toMatchObject({
      stackName: 'demo-dev',
      hasChanges: true,
      status: 'CREATE_COMPLETE',
      changeSetType: 'CREATE',
    });
    expect(result.assets?.uploaded).toHaveLength(1);
    expect(result.outputs).toEqual({
      lambda_function_names: { 'api-handler': 'demo-dev-api-handler' },
      lambda_function_arns: {
        'api-handler': 'arn:aws:lambda:us-east-1:123456789012:function:demo-dev-api-handler',
      },
      // The fixture stack (test/fixtures/deploy/stack.ts) has no aliases.
      lambda_alias_arns: {},
      api_gateway_id: '',
      api_gateway_endpoint: '',
      dynamodb_table_names: { users: 'demo-dev-users' },
      dynamodb_table_arns: {
        users: 'arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev-users',
      },
    });
    // Classified: IAM adds are permissions, the rest safe; config keys attached from Metadata.
    const byId = Object.fromEntries(result.changes.map((c) => [c.type, c]));
    expect(byId['AWS::IAM::Role']?.risk).toBe('permissions');
    expect(byId['AWS::Lambda::Function']).toMatchObject({
      action: 'Add',
      risk: 'safe',
      resource: 'api-handler',
    });

    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'demo-dev-api-handler' }));
    expect(fn.Configuration?.MemorySize).toBe(128);
    const table = await dynamodb.send(new DescribeTableCommand({ TableName: 'demo-dev-users' }));
    expect(table.Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName)).toEqual(['by-email']);
    expect(table.Table?.StreamSpecification).toMatchObject({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
  });

  it('ensured the artifact bucket: encrypted, public access blocked, old artifacts expire', async () => {
    const encryption = await clients.s3.send(new GetBucketEncryptionCommand({ Bucket: BUCKET }));
    expect(
      encryption.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault
        ?.SSEAlgorithm,
    ).toBe('AES256');
    const block = await clients.s3.send(new GetPublicAccessBlockCommand({ Bucket: BUCKET }));
    expect(block.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    const lifecycle = await clients.s3.send(
      new GetBucketLifecycleConfigurationCommand({ Bucket: BUCKET }),
    );
    expect(lifecycle.Rules?.[0]?.Expiration?.Days).toBe(30);
  });

  it('no-op redeploy creates no change set and makes at most 3 AWS calls', async () => {
    clients.calls.length = 0;
    const result = await runDeploy(v1, deps(clients));
    expect(result).toMatchObject({ hasChanges: false, noop: true, changes: [] });
    expect(result.outputs.lambda_function_names).toEqual({ 'api-handler': 'demo-dev-api-handler' });
    expect(clients.calls).not.toContain('CloudFormation.CreateChangeSet');
    expect(clients.calls.length).toBeLessThanOrEqual(3);
  });

  it('plan of a code-only change classifies it code-only and leaves the stack untouched', async () => {
    const codeOnly = synthFixture({
      stackName: 'demo-dev',
      code: 'exports.handler = async () => "v2";\n',
    });
    const plan = await runPlan(codeOnly, deps(clients));
    expect(plan.result.hasChanges).toBe(true);
    const fnChange = plan.result.changes.find((c) => c.type === 'AWS::Lambda::Function');
    expect(fnChange).toMatchObject({ action: 'Modify', risk: 'code-only', replacement: 'False' });
    expect((await describeStack(clients.cloudFormation, 'demo-dev'))?.StackStatus).toBe(
      'CREATE_COMPLETE',
    );
  });

  it('an update of one function (memory and code) lands, cleaning the stale plan first', async () => {
    const v2 = synthFixture({
      stackName: 'demo-dev',
      memorySize: 512,
      code: 'exports.handler = async () => "v2";\n',
    });
    clients.calls.length = 0;
    const result = await runDeploy(v2, deps(clients));
    expect(result).toMatchObject({
      hasChanges: true,
      status: 'UPDATE_COMPLETE',
      changeSetType: 'UPDATE',
    });
    expect(clients.calls).toContain('CloudFormation.DeleteChangeSet');
    expect(result.assets?.uploaded).toHaveLength(1);
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: 'demo-dev-api-handler' }));
    expect(fn.Configuration?.MemorySize).toBe(512);
    expect(result.changes.find((c) => c.type === 'AWS::Lambda::Function')).toMatchObject({
      risk: 'safe',
    });
  });

  it('does not upload unchanged code again (HeadObject, no PutObject)', async () => {
    const tagsOnly = synthFixture({
      stackName: 'demo-dev',
      memorySize: 512,
      code: 'exports.handler = async () => "v2";\n',
      tags: { team: 'core' },
    });
    clients.calls.length = 0;
    const result = await runDeploy(tagsOnly, deps(clients));
    expect(result.hasChanges).toBe(true);
    expect(result.assets).toEqual({
      uploaded: [],
      skipped: [
        expect.stringMatching(
          /^serverless-action-123456789012-us-east-1\/assets\/[0-9a-f]{64}\.zip$/,
        ),
      ],
    });
    expect(clients.calls).toContain('S3.HeadObject');
    expect(clients.calls).not.toContain('S3.PutObject');
  });

  it('the guard refuses a change set that replaces the table, and executes it with allowReplacement', async () => {
    const rekeyed = synthFixture({
      stackName: 'demo-dev',
      memorySize: 512,
      code: 'exports.handler = async () => "v2";\n',
      tags: { team: 'core' },
      tableHashKey: 'pk',
    });
    const refused = runDeploy(rekeyed, deps(clients));
    await expect(refused).rejects.toBeInstanceOf(DataLossError);
    await expect(refused).rejects.toMatchObject({
      code: 'DATA_LOSS_GUARD',
      message: expect.stringContaining(
        'users (AWS::DynamoDB::Table, UsersTable9725E9C8): will be replaced because KeySchema changes',
      ),
    });
    expect((await describeStack(clients.cloudFormation, 'demo-dev'))?.StackStatus).toBe(
      'UPDATE_COMPLETE',
    );
    const table = await dynamodb.send(new DescribeTableCommand({ TableName: 'demo-dev-users' }));
    expect(table.Table?.KeySchema?.[0]?.AttributeName).toBe('id');

    const allowed = await runDeploy(rekeyed, deps(clients), { allowReplacement: true });
    // Executed (moto itself does not re-create the table on a KeySchema change, so the
    // table's key is not checked here; the guard's decision is what this test is about).
    expect(allowed).toMatchObject({ hasChanges: true, status: 'UPDATE_COMPLETE' });
    expect(allowed.changes.find((c) => c.risk === 'data-loss')?.logicalId).toBe(
      'UsersTable9725E9C8',
    );
  });

  it('removing a table kept by DeletionPolicy Retain is not refused: the plan says it is orphaned with its data', async () => {
    const withoutTable = synthFixture({
      stackName: 'demo-dev',
      memorySize: 512,
      code: 'exports.handler = async () => "v2";\n',
      tags: { team: 'core' },
      tableHashKey: 'pk',
      withoutTable: true,
    });
    const plan = await runPlan(withoutTable, deps(clients));
    const removed = plan.result.changes.find((c) => c.logicalId === 'UsersTable9725E9C8');
    expect(removed).toMatchObject({ action: 'Remove', risk: 'safe' });
    expect(removed?.reason).toContain('kept with its data but orphaned');
  });

  it('destroy refuses a long-lived stage without force, then deletes it with force', async () => {
    await expect(runDestroy('demo-dev', deps(clients))).rejects.toMatchObject({
      code: 'DESTROY_REFUSED',
    });
    expect(await runDestroy('demo-dev', deps(clients), { force: true })).toEqual({
      stackName: 'demo-dev',
      deleted: true,
    });
    expect(await describeStack(clients.cloudFormation, 'demo-dev')).toBeUndefined();
    expect(await runDestroy('demo-dev', deps(clients))).toEqual({
      stackName: 'demo-dev',
      deleted: false,
    });
  });
});
