// Bundles the action and the CLI with @vercel/ncc into dist/ — one bundle, two doors.
// dist/ is committed: a GitHub Action runs it without `npm install`. CI rebuilds it and
// fails when the committed bundle differs from this source.
//
// - src/bundle.ts -> dist/index.js (+ chunk files): what action.yml runs. aws-cdk-lib and
//   the AWS SDK sit in chunks loaded only by the verbs that need them.
// - dist/cli/index.js: a shim that marks the process as the CLI and requires the same
//   bundle, so aws-cdk-lib is shipped once, not twice.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

// Files ncc copies because some aws-cdk-lib module names them, but which no code path of
// ours reaches. Dropping them keeps ~32 MB out of every committed bundle; the bundle tests
// (test/dist/*) run synth, review and deploy from dist/ and would fail if one were needed.
const UNREACHED_ASSETS = [
  // @aws-cdk/asset-awscli-v1: the AWS CLI Lambda layer (BucketDeployment, EKS); never created.
  'layer',
  'layer.zip',
  // @aws-cdk/asset-node-proxy-agent-v6: EKS's kubectl handler layer; never created.
  'layer1',
  'layer1.zip',
  'Dockerfile',
  // @aws/cloudformation-validate: aws-cdk-lib's built-in template validation, which synth
  // turns off (builtinCloudFormationValidation: false); our review does that job.
  'bindings_wasm.js',
  'bindings_wasm_bg.wasm',
];

rmSync('dist', { recursive: true, force: true });
execFileSync(
  'npx',
  ['ncc', 'build', 'src/bundle.ts', '-o', 'dist', '--license', 'licenses.txt', '--quiet'],
  {
    stdio: 'inherit',
  },
);
for (const name of UNREACHED_ASSETS) rmSync(`dist/${name}`, { recursive: true, force: true });
// ncc names colliding assets in the order its parallel workers find them, so the two
// packages' `layer.zip` swap names between builds. Both are dropped above: point their
// references at one fixed name, so the bundle is the same on every build (CI compares it).
const assetReference = new RegExp(
  `(__webpack_require__\\.ab \\+ ")(?:${UNREACHED_ASSETS.map((n) => n.replace('.', '\\.')).join('|')})(")`,
  'g',
);
for (const file of readdirSync('dist').filter((name) => name.endsWith('.js'))) {
  const code = readFileSync(`dist/${file}`, 'utf8');
  const fixed = code.replace(assetReference, '$1not-shipped$2');
  if (fixed !== code) writeFileSync(`dist/${file}`, fixed);
}

// The build id: a hash of every file of the bundle. `deploy` records it with the digest of
// synthesis' inputs, so a new build of the tool never takes the inputs fast path against
// a stack an older build deployed (src/deploy/input-digest.ts).
const buildHash = createHash('sha256');
for (const name of readdirSync('dist').sort()) {
  buildHash.update(`${name}\0`).update(readFileSync(`dist/${name}`));
}
mkdirSync('dist/cli', { recursive: true });
writeFileSync(
  'dist/cli/index.js',
  `#!/usr/bin/env node
// The CLI door into the one bundle (../index.js); see scripts/build.mjs.
globalThis.serverlessActionDoor = 'cli';
globalThis.serverlessActionBuildId = '${buildHash.digest('hex')}';
require('../index.js');
`,
);
chmodSync('dist/cli/index.js', 0o755);
console.log(`dist/: ${readdirSync('dist').length} entries`);
