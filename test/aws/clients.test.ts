import { createAwsClients, resolveEndpoint, resolveRegion } from '../../src/aws/clients';

describe('client construction', () => {
  it('region: flag, else AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1', () => {
    expect(resolveRegion('eu-west-1', { AWS_REGION: 'us-west-2' })).toBe('eu-west-1');
    expect(resolveRegion(undefined, { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'x' })).toBe(
      'us-west-2',
    );
    expect(resolveRegion(undefined, { AWS_DEFAULT_REGION: 'ap-south-1' })).toBe('ap-south-1');
    expect(resolveRegion(undefined, {})).toBe('us-east-1');
  });

  it('endpoint: flag, else AWS_ENDPOINT_URL; empty means AWS', () => {
    expect(resolveEndpoint('http://127.0.0.1:1', { AWS_ENDPOINT_URL: 'x' })).toBe(
      'http://127.0.0.1:1',
    );
    expect(resolveEndpoint(undefined, { AWS_ENDPOINT_URL: 'http://127.0.0.1:2' })).toBe(
      'http://127.0.0.1:2',
    );
    expect(resolveEndpoint(undefined, { AWS_ENDPOINT_URL: '' })).toBeUndefined();
  });

  it('builds clients for one region with retries, a no-retry CloudFormation, path-style S3 on a custom endpoint', async () => {
    const clients = createAwsClients({
      region: 'eu-central-1',
      endpoint: 'http://127.0.0.1:1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    });
    try {
      expect(await clients.cloudFormation.config.region()).toBe('eu-central-1');
      expect(await clients.cloudFormation.config.maxAttempts()).toBe(5);
      expect(await clients.cloudFormationOnce.config.maxAttempts()).toBe(1);
      expect(clients.s3.config.forcePathStyle).toBe(true);
      expect(clients.endpoint).toBe('http://127.0.0.1:1');
    } finally {
      clients.destroy();
    }
  });
});
