// examples/secrets-and-permissions deploys on moto, and the secret values it refers to appear
// nowhere the tool writes: not in the template (or anything in the cloud assembly), the PR
// comment's markdown, SARIF, the logs or the deploy outputs. The values live in moto's SSM
// and Secrets Manager, as they would in the account; the tool never reads them.
import { DescribeStackResourceCommand } from '@aws-sdk/client-cloudformation';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { runDeploy, runPlan } from '../../src/deploy';
import { renderDeployOutputs } from '../../src/report/deploy-outputs';
import { actionOutputs } from '../../src/report/outputs';
import { renderReport } from '../../src/report/render';
import { toSarif } from '../../src/report/sarif';
import { review } from '../../src/review';
import { synthesize } from '../../src/synth';
import { deps, motoClients, type CountingClients } from '../deploy/support';
import { MOTO_ACCOUNT_ID, MOTO_CREDENTIALS, startMoto, type MotoServer } from '../support/moto';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'secrets-and-permissions');
const CONFIG = join(EXAMPLE, 'serverless.config.yml');
const TODAY = '2026-11-28';

/** Secret-looking values (a Stripe live key shape and a long random token). */
const PROVIDER_KEY = 'sk_live_51Hq8vTQ2mZx0Lr7pYc4NwE9kJd';
const SIGNING_KEY = 'whsec_9f3Kq2Lm8Zx7Vb4Nc1Rt6Yp0Ws5Ue';

let moto: MotoServer;
let clients: CountingClients;
let out: string;

/**
 * moto does not check signatures: a request that names its service in the Authorization
 * header's scope is enough. (The project has no SSM, Secrets Manager or IAM SDK client, and
 * needs none: these calls only set up and inspect the account, as a person would.)
 */
function scope(service: string): string {
  return `AWS4-HMAC-SHA256 Credential=${MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID}/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=0`;
}

async function awsJson(service: string, target: string, body: object): Promise<void> {
  const response = await fetch(moto.endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': target,
      Authorization: scope(service),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${target}: ${response.status} ${await response.text()}`);
}

/** IAM GetRole through the query API; returns the permissions boundary ARN, if any. */
async function roleBoundary(roleName: string): Promise<string | undefined> {
  const response = await fetch(moto.endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: scope('iam'),
    },
    body: new URLSearchParams({ Action: 'GetRole', Version: '2010-05-08', RoleName: roleName }),
  });
  const xml = await response.text();
  if (!response.ok) throw new Error(`GetRole ${roleName}: ${response.status} ${xml}`);
  return /<PermissionsBoundaryArn>([^<]+)<\/PermissionsBoundaryArn>/.exec(xml)?.[1];
}

function everyFileUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? everyFileUnder(path) : [path];
  });
}

beforeAll(async () => {
  moto = await startMoto({ patched: true });
  clients = motoClients(moto.endpoint);
  out = mkdtempSync(join(tmpdir(), 'secrets-example-'));
  await awsJson('secretsmanager', 'secretsmanager.CreateSecret', {
    Name: 'billing/provider',
    SecretString: JSON.stringify({ api_key: PROVIDER_KEY }),
  });
  await awsJson('ssm', 'AmazonSSM.PutParameter', {
    Name: '/billing-service/webhook-signing-key',
    Value: SIGNING_KEY,
    Type: 'SecureString',
  });
});

afterAll(async () => {
  clients?.destroy();
  rmSync(out, { recursive: true, force: true });
  await moto?.stop();
});

describe('examples/secrets-and-permissions on moto', () => {
  it('deploys, and no secret value reaches the template, comment, SARIF, logs or outputs', async () => {
    const common = {
      region: 'us-east-1',
      endpoint: moto.endpoint,
      credentials: {
        accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID,
        secretAccessKey: MOTO_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
      },
    };
    // The payments team's queue exists before the stack that consumes it.
    const sqs = new SQSClient(common);
    await sqs.send(new CreateQueueCommand({ QueueName: 'billing-settlements' }));
    sqs.destroy();

    const loaded = await loadConfig(CONFIG, { today: TODAY });
    const stack = await synthesize(loaded, { outDir: join(out, 'assembly') });
    const reviewed = await review(stack, { today: TODAY });
    const planDeps = deps(clients);
    const plan = await runPlan(stack, planDeps);
    const deployDeps = deps(clients);
    const deployed = await runDeploy(stack, deployDeps);
    expect(deployed.status).toBe('CREATE_COMPLETE');

    // Every role the stack created carries the boundary.
    const roleIds = Object.entries(stack.template.Resources)
      .filter(([, r]) => r.Type === 'AWS::IAM::Role')
      .map(([id]) => id);
    expect(roleIds.length).toBeGreaterThan(0);
    for (const id of roleIds) {
      expect(await roleBoundary(await physicalId(id))).toBe(
        `arn:aws:iam::${MOTO_ACCOUNT_ID}:policy/serverless-action-boundary`,
      );
    }

    const comment = renderReport(
      {
        command: 'deploy',
        stackName: stack.stackName,
        environment: 'dev',
        outcome: {
          kind: 'plan',
          plan: { ...plan.result, cost: reviewed.cost, findings: reviewed.findings },
        },
        updatedAt: new Date(0),
      },
      'full',
    );
    const sarif = JSON.stringify(toSarif(reviewed, { configFile: CONFIG, baseDir: ROOT }));
    const everything = [
      ...everyFileUnder(stack.outDir)
        .filter((f) => !f.endsWith('.zip'))
        .map((f) => readFileSync(f, 'utf8')),
      comment,
      sarif,
      JSON.stringify(reviewed),
      JSON.stringify(plan),
      JSON.stringify(deployed),
      // The action's step outputs and the outputs section of the job summary.
      JSON.stringify(actionOutputs(stack.stackName, { ...deployed, findings: reviewed.findings })),
      renderDeployOutputs(deployed.outputs, 'full'),
      planDeps.logger.lines.join('\n'),
      deployDeps.logger.lines.join('\n'),
    ].join('\n');
    // The references are there (the grep looks at the right text) ...
    expect(everything).toContain('/billing-service/webhook-signing-key');
    expect(everything).toContain('billing/provider');
    // ... the values are not.
    expect(everything).not.toContain(PROVIDER_KEY);
    expect(everything).not.toContain(SIGNING_KEY);
    // And no SA-SECRET-ENV finding: the variables hold references, not secrets.
    expect(reviewed.findings.filter((f) => f.rule === 'SA-SECRET-ENV')).toEqual([]);

    async function physicalId(logicalId: string): Promise<string> {
      const answer = await clients.cloudFormation.send(
        new DescribeStackResourceCommand({
          StackName: stack.stackName,
          LogicalResourceId: logicalId,
        }),
      );
      return answer.StackResourceDetail!.PhysicalResourceId!;
    }
  });

  it('the same grep finds a value written in environment (the check is not vacuous)', async () => {
    const leaky = join(out, 'leaky');
    const text = readFileSync(CONFIG, 'utf8').replace(
      '    secrets:\n',
      `    environment:\n      LEAKED_KEY: ${PROVIDER_KEY}\n    secrets:\n`,
    );
    cpSync(EXAMPLE, leaky, { recursive: true });
    writeFileSync(join(leaky, 'serverless.config.yml'), text);
    const loaded = await loadConfig(join(leaky, 'serverless.config.yml'), { today: TODAY });
    const stack = await synthesize(loaded, { outDir: join(out, 'leaky-assembly') });
    expect(readFileSync(stack.templateFile, 'utf8')).toContain(PROVIDER_KEY);
    const reviewed = await review(stack, { today: TODAY, nag: false });
    const finding = reviewed.findings.find((f) => f.rule === 'SA-SECRET-ENV')!;
    expect(finding.severity).toBe('critical');
    // The fix names the exact line to write instead.
    expect(finding.fix).toContain('`LEAKED_KEY: ssm:/billing-service/dev/leaked-key`');
    expect(finding.fix).toContain('lambda_config.charge.secrets');
  });
});
