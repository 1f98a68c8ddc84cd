import {
  CloudFormationClient,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
} from '@aws-sdk/client-cloudformation';
import { S3Client, CreateBucketCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { startMoto, MOTO_CREDENTIALS } from '../support/moto';

describe('startMoto', () => {
  it('starts on a free loopback port, resets, and stops by PID', async () => {
    const moto = await startMoto();
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
    await expect(startMoto({ binary: '/nonexistent/moto_server' })).rejects.toThrow(
      'pip install "moto[server]"',
    );
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
      await expect(startMoto({ patched: true })).rejects.toThrow('pip install "moto[server]"');
    } finally {
      if (saved === undefined) delete process.env.MOTO_PYTHON;
      else process.env.MOTO_PYTHON = saved;
    }
  });
});
