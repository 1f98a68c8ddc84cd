// The action and the CLI deploy the same template for the same config and environment:
// review works on its own copy, so what the action deploys is exactly what the CLI would.
// After an action deploy a CLI deploy is a no-op, and the other way round (moto).
import { join } from 'node:path';
import { realEngine } from '../../src/action/real-engine';
import { run } from '../../src/action/run';
import { memorySink } from '../../src/action/sink';
import { deployCommand } from '../../src/commands/deploy';
import { loadConfig } from '../../src/config';
import { readGithubContext } from '../../src/github/context';
import { parseSettings } from '../../src/inputs';
import { memoryLogger, type Clock } from '../../src/io';
import { runCommand, useMotoCredentials } from '../commands/support-aws';
import { startMoto, type MotoServer } from '../support/moto';

// The example with the most resource kinds (queues, topic, stream, schedule, log groups).
// The template-level proof that review writes nothing is test/review/read-only.test.ts
// (deep-frozen); this test proves the end-to-end promise on moto.
const EXAMPLE = join(__dirname, '..', '..', 'examples', 'event-pipeline');
const clock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 20))),
};

let moto: MotoServer;
useMotoCredentials();
beforeAll(async () => {
  moto = await startMoto({ patched: true });
});
afterAll(async () => {
  await moto?.stop();
});

async function action(command: string, environment: string): Promise<Record<string, string>> {
  const sink = memorySink();
  const logger = memoryLogger();
  const inputs: Record<string, string> = {
    command,
    environment,
    'aws-region': 'us-east-1',
    'endpoint-url': moto.endpoint,
    'comment-on-pr': 'false',
  };
  try {
    await run({
      settings: parseSettings((name) => inputs[name] ?? ''),
      context: readGithubContext(
        {
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REPOSITORY: 'acme/orders',
          GITHUB_RUN_ID: '1',
          GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
          GITHUB_API_URL: 'http://127.0.0.1:9',
          GITHUB_EVENT_PATH: '/event.json',
        },
        () => '{}',
      ),
      cwd: EXAMPLE,
      loadConfig,
      credentials: () => Promise.resolve(undefined),
      engine: () => Promise.resolve(realEngine(clock, logger)),
      sink,
      logger,
      clock,
    });
  } catch (error) {
    throw new Error(`${String(error)}\n${logger.lines.join('\n')}`, { cause: error });
  }
  return sink.outputs;
}

const cli = async (environment: string) => {
  const { code, stdout, log } = await runCommand(deployCommand, EXAMPLE, moto.endpoint, {
    environment,
  });
  return { code, json: JSON.parse(stdout) as Record<string, unknown>, log: log.join('\n') };
};

describe('the action and the CLI deploy the same template', () => {
  it('after an action deploy, a CLI deploy is a no-op', async () => {
    const deployed = await action('deploy', 'act');
    expect(deployed).toMatchObject({ result: 'deployed', 'has-changes': 'true' });
    const again = await cli('act');
    expect(again).toMatchObject({ code: 0, json: { hasChanges: false, result: 'no-op' } });
    expect(again.log).not.toContain('creating');
  }, 120_000);

  it('after a CLI deploy, the action plans nothing and deploys nothing', async () => {
    expect((await cli('cli')).json).toMatchObject({ hasChanges: true, result: 'deployed' });
    expect(await action('plan', 'cli')).toMatchObject({ result: 'no-op', 'has-changes': 'false' });
    expect(await action('deploy', 'cli')).toMatchObject({
      result: 'no-op',
      'has-changes': 'false',
    });
  }, 120_000);
});
