// The in-process floor for bench/deploy.ts: the least a deploy of the same config can do
// with the same synth and the plain SDK. Load the config, synthesize, upload the code that
// is missing, one change set, execute it, poll every 50 ms. No review, no guards, no input
// digest (so no no-op fast path: it synthesizes and asks CloudFormation every time), no
// history, no progress output. Our CLI's ratio to it is what everything else costs.
//
//   node build/bench/bench/deploy-floor.js <environment>     (cwd: the project)
//
// bench/deploy.ts builds it with tsc and runs it as a child, like every other tool.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
} from '@aws-sdk/client-cloudformation';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ensureArtifactBucket } from '../src/assets/artifact-bucket';
import { readAssetManifest, resolvePlaceholders } from '../src/assets/manifest';
import { publishAssets, templateUrl } from '../src/assets/publish';
import { loadConfig } from '../src/config';
import { MAX_TEMPLATE_BODY_BYTES } from '../src/deploy/template-source';
import type { Logger } from '../src/io';
import { synthesize } from '../src/synth';

const POLL_MS = 50;
const quiet: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function main(environment: string): Promise<void> {
  const region = process.env['AWS_REGION'] ?? 'us-east-1';
  const endpoint = process.env['AWS_ENDPOINT_URL'];
  const common = { region, ...(endpoint !== undefined && { endpoint }) };
  const cfn = new CloudFormationClient(common);
  const s3 = new S3Client({ ...common, forcePathStyle: true });
  const sts = new STSClient(common);
  const outDir = mkdtempSync(join(tmpdir(), 'floor-'));
  try {
    const loaded = await loadConfig('serverless.config.yml', { environment });
    const synthesized = await synthesize(loaded, { outDir });
    const account = (await sts.send(new GetCallerIdentityCommand({}))).Account!;
    const env = { account, region, partition: 'aws' };
    const assets = await readAssetManifest(synthesized.assetManifestFile, synthesized.templateFile);
    const code = assets.filter((a) => !a.isTemplate);
    const bucket = resolvePlaceholders(assets[0]!.bucketName, env);
    await ensureArtifactBucket(s3, bucket, region, quiet, false);
    await publishAssets(s3, code, env, quiet);

    const body = readFileSync(synthesized.templateFile, 'utf8');
    let template: { TemplateBody: string } | { TemplateURL: string } = { TemplateBody: body };
    if (Buffer.byteLength(body) > MAX_TEMPLATE_BODY_BYTES) {
      const key = `templates/floor-${Date.now()}.json`;
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
      template = { TemplateURL: templateUrl(bucket, region, key) };
    }
    const stackName = synthesized.stackName;
    const exists = await cfn
      .send(new DescribeStacksCommand({ StackName: stackName }))
      .then((r) => r.Stacks?.[0]?.StackStatus !== 'REVIEW_IN_PROGRESS')
      .catch(() => false);
    const changeSetName = `floor-${Date.now()}`;
    await cfn.send(
      new CreateChangeSetCommand({
        StackName: stackName,
        ChangeSetName: changeSetName,
        ChangeSetType: exists ? 'UPDATE' : 'CREATE',
        Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'],
        Tags: Object.entries(synthesized.tags).map(([Key, Value]) => ({ Key, Value })),
        ...template,
      }),
    );
    for (;;) {
      const set = await cfn.send(
        new DescribeChangeSetCommand({ StackName: stackName, ChangeSetName: changeSetName }),
      );
      if (set.Status === 'CREATE_COMPLETE') break;
      if (set.Status === 'FAILED') {
        // "The submitted information didn't contain changes": the floor's no-op.
        await cfn.send(
          new DeleteChangeSetCommand({ StackName: stackName, ChangeSetName: changeSetName }),
        );
        return;
      }
      await sleep(POLL_MS);
    }
    await cfn.send(
      new ExecuteChangeSetCommand({ StackName: stackName, ChangeSetName: changeSetName }),
    );
    for (;;) {
      const stack = (await cfn.send(new DescribeStacksCommand({ StackName: stackName })))
        .Stacks?.[0];
      const status = stack?.StackStatus ?? '';
      if (status.endsWith('_COMPLETE') && !status.includes('ROLLBACK')) return;
      if (status.endsWith('_FAILED') || status.includes('ROLLBACK')) {
        throw new Error(`${stackName}: ${status} ${stack?.StackStatusReason ?? ''}`);
      }
      await sleep(POLL_MS);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    for (const client of [cfn, s3, sts]) client.destroy();
  }
}

main(process.argv[2] ?? 'dev').catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
