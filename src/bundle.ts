// The entry of the one ncc bundle in dist/. Both doors open it: the runner runs
// dist/index.js (action.yml's `main`), and dist/cli/index.js, a three-line shim that
// scripts/build.mjs writes, marks the process as the CLI and requires it. One bundle
// carries aws-cdk-lib and the AWS SDK once, not once per door.
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as Cli from './cli';

const door = (globalThis as { serverlessActionDoor?: string }).serverlessActionDoor;
if (door === 'cli') {
  (require('./cli') as typeof Cli).runCli();
} else {
  require('./main');
}
