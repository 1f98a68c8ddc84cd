// The stacks the deploy tests deploy are valid CloudFormation: cfn-lint reports no errors.
import { spawnSync } from 'node:child_process';
import { synthFixture } from '../fixtures/deploy/stack';

/** cfn-lint's exit code is a bit mask: 2 errors, 4 warnings, 8 informational. */
const ERRORS = 2;

describe('deploy fixtures', () => {
  it.each([
    ['the base stack', {}],
    [
      'an ephemeral stage with a bucket',
      { ephemeral: true, withBucket: true, stackName: 'demo-pr-1' },
    ],
  ])('%s passes cfn-lint', (_name, options) => {
    const stack = synthFixture(options);
    const result = spawnSync('cfn-lint', [stack.templateFile], { encoding: 'utf8' });
    if (result.error)
      throw new Error(`cfn-lint is missing: pip install cfn-lint (${result.error.message})`);
    expect(result.stdout).not.toMatch(/^E\d{4}/m);
    expect((result.status ?? 0) & ERRORS).toBe(0);
  });
});
