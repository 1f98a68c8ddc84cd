// The seed example deployed as `prod` on patched moto (test/support/moto_patched.py creates
// Lambda versions and aliases through CloudFormation): every function has a published
// version and a `live` alias, the API integration and the SQS mapping invoke the alias, the
// template holds the canary deployment group for the API function, and `lambda_alias_arns`
// is among the outputs. moto skips the CodeDeploy resources (no traffic is shifted there):
// their template is checked by cfn-lint in test/synth/traffic-shifting.int.test.ts.
import {
  GetAliasCommand,
  LambdaClient,
  ListVersionsByFunctionCommand,
} from '@aws-sdk/client-lambda';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployCommand } from '../../src/commands/deploy';
import type { CfnTemplate } from '../../src/synth/types';
import {
  SEED_EXAMPLE,
  runCommand,
  useMotoCredentials,
  type DeployJson,
} from '../commands/support-aws';
import { startMoto, type MotoServer } from '../support/moto';

let moto: MotoServer;
let lambda: LambdaClient;
let out: string;
useMotoCredentials();

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  lambda = new LambdaClient({ region: 'us-east-1', endpoint: moto.endpoint });
  out = mkdtempSync(join(tmpdir(), 'seed-prod-'));
});
afterAll(async () => {
  lambda?.destroy();
  rmSync(out, { recursive: true, force: true });
  await moto?.stop();
});

describe('examples/seed-example deployed as prod on patched moto', () => {
  it('publishes a version, points `live` at it, routes every invoke through it, and canaries the API function', async () => {
    const { code, stdout } = await runCommand(deployCommand, SEED_EXAMPLE, moto.endpoint, {
      environment: 'prod',
      allowPlaceholders: true,
      out: join(out, 'cdk.out'),
    });
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as DeployJson;
    expect(result.stackName).toBe('mi-proyecto-prod');

    const name = result.outputs.lambda_function_names['api-handler']!;
    const alias = await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }));
    const versions = await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: name }));
    const published = (versions.Versions ?? [])
      .map((v) => v.Version)
      .filter((v) => v !== '$LATEST');
    expect(published).toEqual(['1']);
    expect(alias.FunctionVersion).toBe('1');
    // The seed's output keeps the function ARN; the new one gives the alias's.
    expect(result.outputs.lambda_function_arns['api-handler']).toBe(
      alias.AliasArn!.replace(/:live$/, ''),
    );
    expect(result.outputs.lambda_alias_arns).toEqual({ 'api-handler': alias.AliasArn });

    const template = JSON.parse(
      readFileSync(join(out, 'cdk.out', 'mi-proyecto-prod.template.json'), 'utf8'),
    ) as CfnTemplate;
    const resources = template.Resources;
    const aliasId = Object.keys(resources).find(
      (id) => resources[id]!.Type === 'AWS::Lambda::Alias',
    )!;
    const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type);
    expect(ofType('AWS::ApiGatewayV2::Integration')[0]!.Properties!['IntegrationUri']).toEqual({
      Ref: aliasId,
    });
    expect(ofType('AWS::Lambda::EventSourceMapping')[0]!.Properties!['FunctionName']).toEqual({
      Ref: aliasId,
    });
    for (const permission of ofType('AWS::Lambda::Permission')) {
      expect(permission.Properties!['FunctionName']).toEqual({ Ref: aliasId });
    }
    const [group] = ofType('AWS::CodeDeploy::DeploymentGroup');
    expect(group!.Properties).toMatchObject({
      DeploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      AutoRollbackConfiguration: {
        Enabled: true,
        Events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'],
      },
      AlarmConfiguration: {
        Enabled: true,
        Alarms: [
          { Name: { Ref: 'ApiHandlerErrorsAlarm' } },
          { Name: { Ref: 'ApiHandlerThrottlesAlarm' } },
        ],
      },
    });
    expect((resources[aliasId] as { UpdatePolicy?: unknown }).UpdatePolicy).toMatchObject({
      CodeDeployLambdaAliasUpdate: { DeploymentGroupName: expect.anything() },
    });
  });
});
