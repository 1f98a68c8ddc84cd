// Bundles the CLI (and, once it exists, the action) with @vercel/ncc into dist/.
// dist/ is committed: a GitHub Action runs it without `npm install`. CI rebuilds it
// and fails when the committed bundle differs from this source.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const ncc = (entry, out) => {
  rmSync(out, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit',
  });
};

ncc('src/cli.ts', 'dist/cli');
if (existsSync('src/main.ts')) ncc('src/main.ts', 'dist');
