// The esbuild plugin on real files: imports inside the repository and from its
// node_modules bundle; an import of a file outside (by "..", or through a symbolic link)
// fails the bundle with the import named.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFunction, readBundle } from '../../src/assets/bundle';

let base: string;
let repo: string;

function write(path: string, text: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'contain-imports-'));
  repo = join(base, 'repo');
  write(join(base, 'secret.js'), 'module.exports = "TOKEN-FROM-OUTSIDE";\n');
  write(join(base, 'shared-modules', 'left-pad', 'index.js'), 'module.exports = "PADDED";\n');
  write(join(repo, 'lib', 'util.js'), 'module.exports = "UTIL";\n');
  write(join(repo, 'node_modules', 'tiny', 'index.js'), 'module.exports = "TINY";\n');
  symlinkSync(join(base, 'secret.js'), join(repo, 'lib', 'linked-secret.js'));
  // A node_modules that is itself a link elsewhere (a shared install) is still the repo's own.
  mkdirSync(join(repo, 'pkg'), { recursive: true });
  symlinkSync(join(base, 'shared-modules'), join(repo, 'pkg', 'node_modules'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function bundle(entryText: string, root = repo): ReturnType<typeof bundleFunction> {
  const entry = write(join(repo, 'functions', `entry-${Math.random()}.js`), entryText);
  return bundleFunction({
    entry,
    target: 'node22',
    handlerModule: 'index',
    stagingRoot: join(base, 'out'),
    repositoryRoot: root,
  });
}

describe('bundling holds imports to the repository', () => {
  it('bundles files of the repository and packages of its node_modules; externals stay external', async () => {
    const result = await bundle(
      'const u = require("../lib/util.js"); const t = require("tiny"); const fs = require("node:fs");\n' +
        'require("@aws-sdk/client-s3");\nexports.handler = () => [u, t, fs];\n',
    );
    const code = readBundle(result, 'index', 'cjs');
    expect(code).toContain('"UTIL"');
    expect(code).toContain('"TINY"');
    expect(code).toContain('require("@aws-sdk/client-s3")');
  });

  it('refuses an import of a file outside the repository', async () => {
    await expect(
      bundle('exports.handler = () => require("../../secret.js");\n'),
    ).rejects.toMatchObject({
      code: 'BUNDLE_FAILED',
      message: expect.stringContaining(
        '"../../secret.js" resolves to ../secret.js, outside the repository and its node_modules',
      ),
    });
  });

  it('refuses an import through a symbolic link that leads outside', async () => {
    await expect(
      bundle('exports.handler = () => require("../lib/linked-secret.js");\n'),
    ).rejects.toMatchObject({
      message: expect.stringContaining('"../lib/linked-secret.js" resolves to ../secret.js'),
    });
  });

  it("allows a node_modules that is a link out, but only the root's own", async () => {
    // pkg/node_modules is not the root's node_modules: its target is outside.
    await expect(
      bundle('exports.handler = () => require("../pkg/node_modules/left-pad");\n'),
    ).rejects.toMatchObject({ message: expect.stringContaining('outside the repository') });
    const linkedRoot = join(base, 'linked-root');
    mkdirSync(linkedRoot);
    symlinkSync(join(base, 'shared-modules'), join(linkedRoot, 'node_modules'));
    const entry = write(
      join(linkedRoot, 'index.js'),
      'exports.handler = () => require("left-pad");\n',
    );
    const result = await bundleFunction({
      entry,
      target: 'node22',
      handlerModule: 'index',
      stagingRoot: join(base, 'out'),
      repositoryRoot: linkedRoot,
    });
    expect(readBundle(result, 'index', 'cjs')).toContain('"PADDED"');
  });
});
