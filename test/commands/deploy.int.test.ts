// `deploy` end to end on moto: the seed example and an `environments` override, checked
// through Lambda's and DynamoDB's own APIs; then the no-op redeploy.
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployCommand } from '../../src/commands/deploy';
import { startMoto, type MotoServer } from '../support/moto';
import {
  ENV_CONFIG,
  SEED_EXAMPLE,
  runCommand,
  useMotoCredentials,
  type DeployJson,
} from './support-aws';

let moto: MotoServer;
let lambda: LambdaClient;
let dynamodb: DynamoDBClient;
useMotoCredentials();

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  const common = { region: 'us-east-1', endpoint: moto.endpoint };
  lambda = new LambdaClient(common);
  dynamodb = new DynamoDBClient(common);
});
afterAll(async () => {
  lambda?.destroy();
  dynamodb?.destroy();
  await moto?.stop();
});

describe('deploy command', () => {
  it('deploys the seed example and prints {"stackName","hasChanges","outputs"}', async () => {
    const { code, stdout } = await runCommand(deployCommand, SEED_EXAMPLE, moto.endpoint, {
      environment: 'pr-demo',
    });
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as DeployJson;
    expect(result).toMatchObject({ stackName: 'mi-proyecto-pr-demo', hasChanges: true });
    expect(Object.keys(result.outputs).sort()).toEqual([
      'api_gateway_endpoint',
      'api_gateway_id',
      'dynamodb_table_arns',
      'dynamodb_table_names',
      'lambda_alias_arns',
      'lambda_function_arns',
      'lambda_function_names',
    ]);
    const fnName = result.outputs.lambda_function_names['api-handler'];
    const fn = await lambda.send(new GetFunctionCommand({ FunctionName: fnName }));
    expect(fn.Configuration?.MemorySize).toBe(256);
    expect(result.outputs.lambda_function_arns['api-handler']).toBe(fn.Configuration?.FunctionArn);
    const table = await dynamodb.send(
      new DescribeTableCommand({ TableName: result.outputs.dynamodb_table_names.users }),
    );
    expect(table.Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName)).toEqual(['EmailIndex']);
    expect(table.Table?.StreamSpecification).toMatchObject({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    expect(result.outputs.dynamodb_table_arns.users).toBe(table.Table?.TableArn);
  });

  it('redeploying the unchanged example takes the no-op path', async () => {
    const { code, stdout, log } = await runCommand(deployCommand, SEED_EXAMPLE, moto.endpoint, {
      environment: 'pr-demo',
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ hasChanges: false });
    expect(log.join('\n')).toContain('is up to date');
    expect(log.join('\n')).not.toContain('change set');
  });

  it('applies an `environments` override: prod gets 1024 MB and a GSI with a stream, dev does not', async () => {
    const dev = await runCommand(deployCommand, ENV_CONFIG, moto.endpoint);
    const prod = await runCommand(deployCommand, ENV_CONFIG, moto.endpoint, {
      environment: 'prod',
    });
    expect([dev.code, prod.code]).toEqual([0, 0]);
    const devOut = (JSON.parse(dev.stdout) as DeployJson).outputs;
    const prodOut = (JSON.parse(prod.stdout) as DeployJson).outputs;
    expect((JSON.parse(prod.stdout) as DeployJson).stackName).toBe('envdemo-prod');
    const memory = async (name: string | undefined) =>
      (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration?.MemorySize;
    expect(await memory(devOut.lambda_function_names.worker)).toBe(128);
    expect(await memory(prodOut.lambda_function_names.worker)).toBe(1024);
    const prodTable = await dynamodb.send(
      new DescribeTableCommand({ TableName: prodOut.dynamodb_table_names.items }),
    );
    expect(prodTable.Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName)).toEqual(['ByOwner']);
    expect(prodTable.Table?.StreamSpecification?.StreamViewType).toBe('NEW_IMAGE');
    const devTable = await dynamodb.send(
      new DescribeTableCommand({ TableName: devOut.dynamodb_table_names.items }),
    );
    expect(devTable.Table?.GlobalSecondaryIndexes ?? []).toEqual([]);
  });

  it('fails with an AWS error the user can act on when the endpoint refuses', async () => {
    await expect(
      runCommand(deployCommand, SEED_EXAMPLE, 'http://127.0.0.1:9', { environment: 'pr-demo' }),
    ).rejects.toMatchObject({ code: 'AWS_ERROR' });
  });
});

describe('deploy command, inputs fast path (with a build id, as the bundled CLI runs)', () => {
  const global = globalThis as { serverlessActionBuildId?: string };
  let project: string;
  beforeAll(() => {
    global.serverlessActionBuildId = 'build-1';
    project = mkdtempSync(join(tmpdir(), 'fast-path-'));
    cpSync(ENV_CONFIG, project, { recursive: true });
  });
  afterAll(() => {
    delete global.serverlessActionBuildId;
    rmSync(project, { recursive: true, force: true });
  });
  const deploy = async () => {
    const run = await runCommand(deployCommand, project, moto.endpoint, { environment: 'fast' });
    expect(run.code).toBe(0);
    return { ...(JSON.parse(run.stdout) as DeployJson), log: run.log.join('\n') };
  };
  const codeSha = async (name: string | undefined) =>
    (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration?.CodeSha256;

  it('skips synthesis when nothing changed, and still deploys a code change or a new build', async () => {
    const first = await deploy();
    expect(first.hasChanges).toBe(true);
    const shaBefore = await codeSha(first.outputs.lambda_function_names.worker);

    const again = await deploy();
    expect(again.hasChanges).toBe(false);
    expect(again.log).toContain('config, code and tool unchanged');
    expect(again.outputs).toEqual(first.outputs);

    // One byte of code: the inputs differ, so there is a synthesis and a real update.
    writeFileSync(
      join(project, 'functions', 'worker', 'index.js'),
      'exports.handler = async () => ({ statusCode: 204 });\n',
    );
    const changed = await deploy();
    expect(changed.log).not.toContain('config, code and tool unchanged');
    expect(changed.hasChanges).toBe(true);
    expect(await codeSha(changed.outputs.lambda_function_names.worker)).not.toBe(shaBefore);

    // A new build of the tool never trusts what an older build recorded.
    global.serverlessActionBuildId = 'build-2';
    const rebuilt = await deploy();
    expect(rebuilt.log).not.toContain('config, code and tool unchanged');
    expect(rebuilt.hasChanges).toBe(false);
  });

  it('skips synthesis for bundled .ts sources too, until a file the entry imports changes', async () => {
    const bundled = mkdtempSync(join(tmpdir(), 'fast-path-bundled-'));
    try {
      mkdirSync(join(bundled, 'src'));
      writeFileSync(
        join(bundled, 'src', 'handler.ts'),
        "import { status } from './status';\nexport const handler = async () => ({ statusCode: status });\n",
      );
      writeFileSync(join(bundled, 'src', 'status.ts'), 'export const status = 200;\n');
      writeFileSync(
        join(bundled, 'serverless.config.yml'),
        [
          'project_name: bundledfast',
          'environment: dev',
          'lambda_config:',
          '  a: { runtime: nodejs22.x, handler: index.handler, source: src/handler.ts }',
          '  b: { runtime: nodejs22.x, handler: index.handler, source: src/handler.ts }',
          '',
        ].join('\n'),
      );
      const run = async () => {
        const result = await runCommand(deployCommand, bundled, moto.endpoint, {});
        expect(result.code).toBe(0);
        return { ...(JSON.parse(result.stdout) as DeployJson), log: result.log.join('\n') };
      };
      expect((await run()).hasChanges).toBe(true);
      const again = await run();
      expect(again.hasChanges).toBe(false);
      expect(again.log).toContain('config, code and tool unchanged');
      writeFileSync(join(bundled, 'src', 'status.ts'), 'export const status = 204;\n');
      const changed = await run();
      expect(changed.log).not.toContain('config, code and tool unchanged');
      expect(changed.hasChanges).toBe(true);
    } finally {
      rmSync(bundled, { recursive: true, force: true });
    }
  });
});
