import { actionCredentials } from '../../src/action/credentials';
import type { GithubRunContext } from '../../src/github/context';
import { parseSettings } from '../../src/inputs';
import { memoryLogger, systemClock } from '../../src/io';

const context = { repository: 'octo/app', runId: '1', runAttempt: '1' } as GithubRunContext;

describe('actionCredentials', () => {
  it('leaves credentials to the SDK default chain without role-to-assume', async () => {
    const logger = memoryLogger();
    const settings = parseSettings((n) => (n === 'aws-region' ? 'us-east-1' : ''));
    await expect(
      actionCredentials(settings, context, {}, systemClock, logger),
    ).resolves.toBeUndefined();
    expect(logger.lines).toEqual(['No role-to-assume: using the AWS SDK default credential chain']);
  });

  it('asks for the id-token permission before any network call when the runner gives no token URL', async () => {
    const settings = parseSettings(
      (n) =>
        ({ 'aws-region': 'us-east-1', 'role-to-assume': 'arn:aws:iam::123456789012:role/r' })[n] ??
        '',
    );
    await expect(
      actionCredentials(settings, context, {}, systemClock, memoryLogger()),
    ).rejects.toThrow(/ACTIONS_ID_TOKEN_REQUEST_URL is not set/);
  });
});
