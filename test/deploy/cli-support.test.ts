import { asUserError, changeJson, formatChanges } from '../../src/deploy/cli-support';
import { ServerlessActionError } from '../../src/errors';
import type { ResourceChange } from '../../src/deploy/types';

const table: ResourceChange = {
  logicalId: 'UsersTable',
  type: 'AWS::DynamoDB::Table',
  action: 'Modify',
  replacement: 'True',
  risk: 'data-loss',
  reason: 'will be replaced because KeySchema changes',
  resource: 'users',
};

describe('CLI helpers', () => {
  it('formats a change with its risk, config key, replacement and reason', () => {
    expect(formatChanges([table])).toBe(
      '  ~ data-loss   AWS::DynamoDB::Table         users (UsersTable) [replacement: True] — will be replaced because KeySchema changes',
    );
    expect(formatChanges([])).toBe('  (no changes)');
  });

  it('the JSON change carries the five SPEC fields', () => {
    expect(changeJson(table)).toMatchObject({
      logicalId: 'UsersTable',
      type: 'AWS::DynamoDB::Table',
      action: 'Modify',
      replacement: 'True',
      risk: 'data-loss',
    });
  });

  it('turns AWS service errors into user errors, leaves bugs alone', () => {
    const denied = Object.assign(new Error('User is not authorized'), {
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 },
    });
    const converted = asUserError(denied);
    expect(converted).toBeInstanceOf(ServerlessActionError);
    expect(converted).toMatchObject({
      code: 'AWS_ERROR',
      hint: expect.stringContaining('credentials'),
    });
    const bug = new TypeError('x is undefined');
    expect(asUserError(bug)).toBe(bug);
  });
});
