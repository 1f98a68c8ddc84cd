// The action's entry point (dist/index.js): inputs -> run(deps) -> outputs. Nothing else.
import * as core from '@actions/core';
import { actionCredentials } from './action/credentials';
import { coreLogger } from './action/core-logger';
import { loadConfigModule, loadOctokit, loadRealEngine } from './action/lazy';
import { run } from './action/run';
import { coreSink } from './action/sink';
import { ServerlessActionError, errorMessage } from './errors';
import { readGithubContext } from './github/context';
import { readSettings } from './inputs';
import { systemClock } from './io';
import { quietNodeVersionWarning } from './node-version';

async function main(): Promise<void> {
  try {
    const settings = readSettings();
    const context = readGithubContext(process.env);
    const token = settings.githubToken;
    await run({
      settings,
      context,
      cwd: process.cwd(),
      ...(process.env['RUNNER_TEMP'] && { tempDir: process.env['RUNNER_TEMP'] }),
      loadConfig: async (file, options) => (await loadConfigModule()).loadConfig(file, options),
      credentials: () => actionCredentials(settings, context, process.env, systemClock, coreLogger),
      // Loaded only now: the engine brings aws-cdk-lib, which takes a while to load.
      engine: async () => (await loadRealEngine()).realEngine(systemClock, coreLogger),
      ...(token !== undefined && {
        comments: async (target) => {
          const { createOctokit, issueCommentsApi } = await loadOctokit();
          return issueCommentsApi(createOctokit(token, context.apiUrl), target);
        },
      }),
      sink: coreSink,
      logger: coreLogger,
      clock: systemClock,
    });
  } catch (error) {
    const hint = error instanceof ServerlessActionError && error.hint ? `\n${error.hint}` : '';
    if (!(error instanceof ServerlessActionError) && error instanceof Error && error.stack) {
      core.debug(error.stack);
    }
    core.setFailed(errorMessage(error) + hint);
  }
}

// One line instead of the AWS SDK's eight on Node versions it warns about.
quietNodeVersionWarning(process, (line) => process.stderr.write(line + '\n'));
void main();
