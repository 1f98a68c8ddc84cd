// Asset upload and the artifact bucket against moto_server through the real S3 client.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetBucketPolicyCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { ensureArtifactBucket, tlsOnlyPolicy } from '../../src/assets/artifact-bucket';
import { parseAssetManifest, resolvePlaceholders, type FileAsset } from '../../src/assets/manifest';
import { forEachLimited, publishAssets, templateUrl } from '../../src/assets/publish';
import { memoryLogger } from '../../src/io';
import { motoClients, type CountingClients } from '../deploy/support';
import { startMoto, type MotoServer } from '../support/moto';

let moto: MotoServer;
let clients: CountingClients;
beforeAll(async () => {
  moto = await startMoto();
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

const env = { account: '123456789012', region: 'us-east-1', partition: 'aws' };

function codeAsset(id: string, content: string): FileAsset {
  const dir = mkdtempSync(join(tmpdir(), 'asset-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'index.js'), content);
  return {
    id,
    sourcePath: join(dir, 'src'),
    packaging: 'zip',
    bucketName: 'serverless-action-${AWS::AccountId}-${AWS::Region}',
    objectKey: `assets/${id}.zip`,
    isTemplate: false,
  };
}

describe('publishAssets', () => {
  it('uploads missing objects and skips those already there (HeadObject first)', async () => {
    await ensureArtifactBucket(
      clients.s3,
      'serverless-action-123456789012-us-east-1',
      'us-east-1',
      memoryLogger(),
      false,
    );
    const assets = [codeAsset('aaa', 'a'), codeAsset('bbb', 'b'), codeAsset('ccc', 'c')];
    const first = await publishAssets(clients.s3, assets, env, memoryLogger());
    expect(first.uploaded).toHaveLength(3);
    clients.calls.length = 0;
    const second = await publishAssets(clients.s3, assets, env, memoryLogger());
    expect(second).toEqual({ uploaded: [], skipped: first.uploaded });
    expect(clients.calls).toEqual(['S3.HeadObject', 'S3.HeadObject', 'S3.HeadObject']);
    const head = await clients.s3.send(
      new HeadObjectCommand({
        Bucket: 'serverless-action-123456789012-us-east-1',
        Key: 'assets/aaa.zip',
      }),
    );
    expect(head.ContentType).toBe('application/zip');
  });

  it('trusts a just-created bucket to be empty: no HeadObject', async () => {
    await ensureArtifactBucket(
      clients.s3,
      'serverless-action-123456789012-us-east-1',
      'us-east-1',
      memoryLogger(),
      false,
    );
    clients.calls.length = 0;
    await publishAssets(clients.s3, [codeAsset('ddd', 'd')], env, memoryLogger(), {
      knownMissing: new Set(['serverless-action-123456789012-us-east-1']),
    });
    expect(clients.calls).toEqual(['S3.PutObject']);
  });
});

describe('ensureArtifactBucket', () => {
  it('is idempotent and safe when two runs race to create it', async () => {
    const bucket = 'serverless-action-123456789012-us-east-1';
    const results = await Promise.all([
      ensureArtifactBucket(clients.s3, bucket, 'us-east-1', memoryLogger(), false),
      ensureArtifactBucket(clients.s3, bucket, 'us-east-1', memoryLogger(), false),
    ]);
    expect(results.filter((r) => r === 'created').length).toBeGreaterThanOrEqual(1);
    expect(await ensureArtifactBucket(clients.s3, bucket, 'us-east-1', memoryLogger(), false)).toBe(
      'existed',
    );
  });

  it('attaches the TLS-only bucket policy when the endpoint is HTTPS', async () => {
    const bucket = 'serverless-action-123456789012-eu-west-1';
    await ensureArtifactBucket(clients.s3, bucket, 'eu-west-1', memoryLogger(), true);
    const stored = await clients.s3.send(new GetBucketPolicyCommand({ Bucket: bucket }));
    expect(JSON.parse(stored.Policy ?? '{}')).toEqual(JSON.parse(tlsOnlyPolicy(bucket)));
  });
});

describe('pure helpers', () => {
  it('the TLS-only policy denies aws:SecureTransport false on the bucket and its objects', () => {
    const policy = JSON.parse(tlsOnlyPolicy('b')) as { Statement: Record<string, unknown>[] };
    expect(policy.Statement[0]).toMatchObject({
      Effect: 'Deny',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
  });

  it('reads the CDK asset manifest and marks the template', () => {
    const assets = parseAssetManifest(
      {
        files: {
          h1: {
            source: { path: 'asset.h1', packaging: 'zip' },
            destinations: { d: { bucketName: 'b-${AWS::Region}', objectKey: 'assets/h1.zip' } },
          },
          h2: {
            source: { path: 's.template.json', packaging: 'file' },
            destinations: { d: { bucketName: 'b', objectKey: 'assets/h2.json' } },
          },
        },
      },
      '/asm',
      's.template.json',
    );
    expect(assets.map((a) => [a.id, a.packaging, a.isTemplate, a.sourcePath])).toEqual([
      ['h1', 'zip', false, '/asm/asset.h1'],
      ['h2', 'file', true, '/asm/s.template.json'],
    ]);
    expect(resolvePlaceholders(assets[0]!.bucketName, env)).toBe('b-us-east-1');
  });

  it('builds the virtual-hosted TemplateURL form', () => {
    expect(templateUrl('bkt', 'eu-west-1', 'templates/x.json')).toBe(
      'https://bkt.s3.eu-west-1.amazonaws.com/templates/x.json',
    );
  });

  it('runs at most `limit` tasks at once', async () => {
    let running = 0;
    let peak = 0;
    await forEachLimited([1, 2, 3, 4, 5, 6], 2, async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
    });
    expect(peak).toBe(2);
  });
});
