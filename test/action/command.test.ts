import { chooseCommand } from '../../src/action/command';
import type { GithubRunContext } from '../../src/github/context';
import { parseSettings } from '../../src/inputs';

const settings = (inputs: Record<string, string> = {}) =>
  parseSettings((name) => ({ 'aws-region': 'us-east-1', ...inputs })[name] ?? '');

const context = (eventName: string, prAction?: string): GithubRunContext => ({
  eventName,
  repository: 'octo/app',
  owner: 'octo',
  repo: 'app',
  runId: '1',
  runAttempt: '1',
  sha: 'abc',
  ref: 'refs/heads/main',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  ...(prAction !== undefined && {
    pullRequest: { number: 42, action: prAction, merged: false, fromFork: false },
  }),
});

describe('chooseCommand', () => {
  it('plans an open pull request against the config environment', () => {
    const choice = chooseCommand(settings(), context('pull_request', 'synchronize'));
    expect(choice).toMatchObject({ command: 'plan', ephemeral: false });
    expect(choice.environment).toBeUndefined();
  });

  it('plans on pull_request_target too', () => {
    expect(chooseCommand(settings(), context('pull_request_target', 'opened')).command).toBe(
      'plan',
    );
  });

  it('destroys the preview when the pull request closes', () => {
    expect(chooseCommand(settings(), context('pull_request', 'closed'))).toMatchObject({
      command: 'destroy',
      environment: 'pr-42',
      ephemeral: true,
    });
  });

  it.each(['push', 'workflow_dispatch', 'schedule'])('deploys on %s', (event) => {
    const choice = chooseCommand(settings(), context(event));
    expect(choice.command).toBe('deploy');
    expect(choice.environment).toBeUndefined();
    expect(choice.ephemeral).toBe(false);
  });

  it('deploys a pr-<number> preview when told to deploy on a pull request', () => {
    expect(
      chooseCommand(settings({ command: 'deploy' }), context('pull_request', 'opened')),
    ).toMatchObject({ command: 'deploy', environment: 'pr-42', ephemeral: true });
  });

  it('keeps an explicit environment and ephemeral flag', () => {
    expect(
      chooseCommand(
        settings({ command: 'deploy', environment: 'staging', ephemeral: 'true' }),
        context('pull_request', 'opened'),
      ),
    ).toMatchObject({ command: 'deploy', environment: 'staging', ephemeral: true });
    expect(chooseCommand(settings({ environment: 'pr-9' }), context('push'))).toMatchObject({
      command: 'deploy',
      environment: 'pr-9',
      ephemeral: true,
    });
  });

  it('explains its choice', () => {
    expect(chooseCommand(settings(), context('pull_request', 'closed')).reason).toBe(
      'pull_request (closed) -> destroy; environment: pr-42 (ephemeral)',
    );
  });
});
