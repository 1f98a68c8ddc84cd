import {
  CloudFormationClient,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
} from '@aws-sdk/client-cloudformation';
import { S3Client, CreateBucketCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MOTO_CREDENTIALS, MOTO_PID_DIR_VARIABLE, spawnMoto, startMoto } from '../support/moto';

describe('spawnMoto', () => {
  it('starts on a free loopback port, resets, and stops by PID', async () => {
    const moto = await spawnMoto();
    const s3 = new S3Client({
      region: 'us-east-1',
      endpoint: moto.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: 'x' },
    });
    try {
      expect(moto.endpoint).toBe(`http://127.0.0.1:${moto.port}`);
      await s3.send(new CreateBucketCommand({ Bucket: 'bucket-one' }));
      expect((await s3.send(new ListBucketsCommand({}))).Buckets).toHaveLength(1);
      await moto.reset();
      expect((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).toHaveLength(0);
    } finally {
      s3.destroy();
      await moto.stop();
    }
    await expect(fetch(`${moto.endpoint}/moto-api/data.json`)).rejects.toThrow();
  });

  it('names the pip install command when the binary is missing', async () => {
    await expect(spawnMoto({ binary: '/nonexistent/moto_server' })).rejects.toThrow(
      'pip install "moto[server]"',
    );
  });
});

describe('startMoto in a Jest worker', () => {
  const s3For = (endpoint: string): S3Client =>
    new S3Client({
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: MOTO_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: 'x' },
    });

  it("hands out the worker's one server of a kind, reset, and stop() leaves it running", async () => {
    const first = await startMoto();
    const s3 = s3For(first.endpoint);
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'left-by-an-earlier-file' }));
      await first.stop();
      const second = await startMoto();
      expect(second.endpoint).toBe(first.endpoint);
      expect((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).toHaveLength(0);
      const patched = await startMoto({ patched: true });
      expect(patched.endpoint).not.toBe(first.endpoint);
    } finally {
      s3.destroy();
    }
  });

  it("records each shared server's PID in the run's directory, under a watchdog", async () => {
    const moto = await startMoto();
    const dir = process.env[MOTO_PID_DIR_VARIABLE]!;
    const records = readdirSync(dir)
      .filter((name) => name.startsWith(`${process.pid}-`) && name.endsWith('.json'))
      .map(
        (name) =>
          JSON.parse(readFileSync(join(dir, name), 'utf8')) as { pid: number; port: number },
      );
    const mine = records.find((record) => record.port === moto.port);
    expect(mine).toBeDefined();
    expect(readFileSync(`/proc/${mine!.pid}/cmdline`, 'utf8')).toContain('moto-watchdog');
  });
});

describe('startMoto({ patched: true })', () => {
  it('restores the documented change-set errors: Describe -> ChangeSetNotFound, Delete -> success', async () => {
    const moto = await startMoto({ patched: true });
    const cfn = new CloudFormationClient({
      region: 'us-east-1',
      endpoint: moto.endpoint,
      maxAttempts: 1,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
    try {
      await expect(
        cfn.send(new DescribeChangeSetCommand({ StackName: 's', ChangeSetName: 'missing' })),
      ).rejects.toMatchObject({
        name: 'ChangeSetNotFoundException',
        $metadata: { httpStatusCode: 404 },
      });
      await expect(
        cfn.send(new DeleteChangeSetCommand({ StackName: 's', ChangeSetName: 'missing' })),
      ).resolves.toBeDefined();
    } finally {
      cfn.destroy();
      await moto.stop();
    }
  });

  it('names the pip install command when python cannot import moto', async () => {
    const saved = process.env.MOTO_PYTHON;
    process.env.MOTO_PYTHON = '/nonexistent/python3';
    try {
      await expect(spawnMoto({ patched: true })).rejects.toThrow('pip install "moto[server]"');
    } finally {
      if (saved === undefined) delete process.env.MOTO_PYTHON;
      else process.env.MOTO_PYTHON = saved;
    }
  });
});
