import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import {
  PLACEHOLDER_MARK,
  placeholderProblem,
  refusePlaceholders,
} from '../../src/config/checks/placeholders';
import { ConfigError } from '../../src/errors';

describe('placeholder values', () => {
  it('flags subnet and security group IDs that are not 8 or 17 hex digits', () => {
    expect(placeholderProblem('subnet-123')).toContain(PLACEHOLDER_MARK);
    expect(placeholderProblem('sg-789')).toContain('security group ID');
    expect(placeholderProblem('subnet-0abc1234')).toBeUndefined();
    expect(placeholderProblem('sg-0123456789abcdef0')).toBeUndefined();
  });

  it('flags ARNs whose region or account field cannot be real, not real ones', () => {
    expect(placeholderProblem('arn:aws:acm:region:account:certificate/123')).toContain(
      'region field "region"',
    );
    expect(placeholderProblem('arn:aws:acm:us-east-1:account:certificate/1')).toContain('12-digit');
    expect(placeholderProblem('arn:aws:acm:us-east-1:123456789012:certificate/1')).toBeUndefined();
    expect(placeholderProblem('arn:aws:iam::aws:policy/ReadOnlyAccess')).toBeUndefined();
    expect(placeholderProblem('arn:aws:s3:::my-bucket')).toBeUndefined();
  });

  it('flags a certificate outside us-east-1 for an EDGE endpoint, at its line; a REGIONAL one may be anywhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edge-cert-'));
    const config = (type: string) =>
      [
        'project_name: shop',
        'lambda_config:',
        '  api:',
        '    runtime: nodejs22.x',
        '    handler: index.handler',
        '    routes: [GET /items]',
        'api_gateway_config:',
        '  type: REST',
        `  endpoint_type: ${type}`,
        '  domain_config:',
        '    domain_name: api.example.com',
        '    certificate_arn: arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d',
        '',
      ].join('\n');
    try {
      mkdirSync(join(dir, 'functions', 'api'), { recursive: true });
      writeFileSync(join(dir, 'functions', 'api', 'index.js'), 'exports.handler = 1;\n');
      writeFileSync(join(dir, 'edge.yml'), config('EDGE'));
      writeFileSync(join(dir, 'regional.yml'), config('REGIONAL'));
      const edge = await loadConfig('edge.yml', { cwd: dir });
      const flagged = edge.warnings.filter((w) => w.message.includes('EDGE endpoint'));
      expect(flagged.map((w) => [w.line, w.path])).toEqual([
        [12, 'api_gateway_config.domain_config.certificate_arn'],
      ]);
      expect(flagged[0]!.message).toContain('this one is in eu-west-1');
      expect(() => refusePlaceholders(edge.warnings, false)).toThrow(/EDGE endpoint/);
      const regional = await loadConfig('regional.yml', { cwd: dir });
      expect(regional.warnings.filter((w) => w.message.includes(PLACEHOLDER_MARK))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the seed example still validates, with warnings at its lines 18, 19 and 37; plan/deploy refuse them unless allowed', async () => {
    const loaded = await loadConfig('examples/seed-example/serverless.config.yml', {
      cwd: join(__dirname, '../..'),
    });
    const placeholders = loaded.warnings.filter((w) => w.message.includes(PLACEHOLDER_MARK));
    expect(placeholders.map((w) => w.line)).toEqual([18, 18, 19, 37]);
    expect(() => refusePlaceholders(loaded.warnings, false)).toThrow(ConfigError);
    expect(() => refusePlaceholders(loaded.warnings, false)).toThrow(/--allow-placeholders/);
    expect(() => refusePlaceholders(loaded.warnings, true)).not.toThrow();
  });
});
