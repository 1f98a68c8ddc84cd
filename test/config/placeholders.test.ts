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
