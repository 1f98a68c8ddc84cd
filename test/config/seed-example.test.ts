// The seed guide's own example, as it stands, is valid, and every value in it that does
// not apply gets a warning naming its line.
import { join } from 'node:path';
import { loadConfig, validateConfig } from '../../src/config';
import { formatDiagnostic } from '../../src/errors';
import { TODAY } from './helpers';

const EXAMPLE_DIR = join(__dirname, '..', '..', 'examples', 'seed-example');
const FILE = 'serverless.config.yml';

describe('examples/seed-example', () => {
  it('validates, with its warnings on their lines', async () => {
    const result = await validateConfig(FILE, { cwd: EXAMPLE_DIR, today: TODAY });
    expect(result.errors.map(formatDiagnostic)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.warnings.map((w) => [w.line, w.column, w.path])).toEqual([
      [10, 14, 'lambda_config.api-handler.runtime'],
      [18, 20, 'lambda_config.api-handler.vpc_config.subnet_ids.0'],
      [18, 32, 'lambda_config.api-handler.vpc_config.subnet_ids.1'],
      [19, 28, 'lambda_config.api-handler.vpc_config.security_group_ids.0'],
      [28, 3, 'api_gateway_config.binary_media_types'],
      [37, 22, 'api_gateway_config.domain_config.certificate_arn'],
      [68, 5, 'event_source_config.sqs-trigger.maximum_record_age_in_seconds'],
      [69, 5, 'event_source_config.sqs-trigger.bisect_batch_on_function_error'],
      [70, 5, 'event_source_config.sqs-trigger.parallelization_factor'],
    ]);
    const [runtime, , , , binary, certificate, age, bisect, parallel] = result.warnings.map(
      (w) => w.message,
    );
    expect(certificate).toContain('cannot be a real ARN');
    expect(runtime).toContain('nodejs18.x is past');
    expect(runtime).toContain('2025-09-01');
    expect(binary).toContain('REST APIs only');
    for (const message of [age, bisect, parallel])
      expect(message).toContain('does not apply to SQS');
  });

  it('loads as the seed wrote it', async () => {
    const loaded = await loadConfig(FILE, { cwd: EXAMPLE_DIR, today: TODAY });
    expect(loaded.environment).toBe('prod');
    expect(loaded.config.project_name).toBe('mi-proyecto');
    const handler = loaded.config.lambda_config['api-handler'];
    expect(handler).toMatchObject({
      runtime: 'nodejs18.x',
      memory_size: 256,
      timeout: 30,
      environment: { TABLE_NAME: 'users', API_KEY: 'secret-key' },
      vpc_config: { subnet_ids: ['subnet-123', 'subnet-456'], security_group_ids: ['sg-789'] },
      reserved_concurrent_executions: -1,
    });
    expect(loaded.config.event_source_config['sqs-trigger']).toMatchObject({
      type: 'SQS',
      batch_size: 10,
    });
    expect(loaded.config.api_gateway_config?.domain_config?.domain_name).toBe('api.ejemplo.com');
    expect(loaded.config.tags).toEqual({ Environment: 'prod', Project: 'mi-proyecto' });
    expect(loaded.locate(['lambda_config', 'api-handler', 'environment', 'API_KEY'])).toEqual({
      file: FILE,
      line: 16,
      column: 7,
    });
  });

  it('before nodejs18.x was deprecated, only the placeholders and the inapplicable fields warn', async () => {
    const result = await validateConfig(FILE, { cwd: EXAMPLE_DIR, today: '2025-01-01' });
    expect(result.warnings.map((w) => w.line)).toEqual([18, 18, 19, 28, 37, 68, 69, 70]);
  });

  // Its speed (the goal: under 50 ms a run, warm) is bench/config.ts's, not a test's.
  it('validates the same way every time in a warm process', async () => {
    const first = await validateConfig(FILE, { cwd: EXAMPLE_DIR, today: TODAY });
    for (let i = 0; i < 5; i++) {
      const again = await validateConfig(FILE, { cwd: EXAMPLE_DIR, today: TODAY });
      expect(again).toEqual(first);
    }
  });
});
