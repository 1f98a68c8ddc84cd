// The entry of the one ncc bundle in dist/. Both doors open it: the runner runs
// dist/index.js (action.yml's `main`), and dist/cli/index.js, a three-line shim that
// scripts/build.mjs writes, marks the process as the CLI and requires it. One bundle
// carries aws-cdk-lib and the AWS SDK once, not once per door.
//
// The action's side is a split point of its own: @actions/core brings undici (~0.9 MB),
// which every CLI start would otherwise read and compile for nothing.
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as Cli from './cli';

const door = (globalThis as { serverlessActionDoor?: string }).serverlessActionDoor;
if (door === 'cli') {
  (require('./cli') as typeof Cli).runCli();
} else if (typeof require.ensure === 'function') {
  require.ensure(
    ['./main'],
    () => {
      require('./main');
    },
    (error) => {
      // The action could not even start: say so the way a runner shows it, and fail the step.
      process.stdout.write(`::error::serverless-action could not load: ${String(error)}\n`);
      process.exitCode = 1;
    },
    'action',
  );
} else {
  require('./main');
}
