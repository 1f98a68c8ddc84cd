// The inputs fast path may only ever be too careful: any change to what synthesis reads
// must change the digest, and what the digest cannot see must turn it off.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bundler } from '../../src/assets/bundle';
import type { LoadedConfig } from '../../src/config';
import { ResolvedConfigSchema } from '../../src/config/schema';
import {
  digestFromDescription,
  inputDigestFromDescription,
  withDigest,
} from '../../src/deploy/digest';
import { directoryDigest, synthInputDigest } from '../../src/deploy/input-digest';

function project(files: Record<string, string>, config: Record<string, unknown>): LoadedConfig {
  const dir = mkdtempSync(join(tmpdir(), 'input-digest-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const here = { file: 'serverless.config.yml', line: 1, column: 1 };
  return {
    file: 'serverless.config.yml',
    dir,
    environment: 'dev',
    config: ResolvedConfigSchema.parse({ project_name: 'demo', ...config }),
    warnings: [],
    locate: () => here,
  };
}

const ONE_FUNCTION = { lambda_config: { api: { memory_size: 256 } } };
const CODE = { 'functions/api/index.js': 'exports.handler = async () => 1;\n' };

describe('synthInputDigest', () => {
  it('is the same for the same build, config and code', async () => {
    const a = await synthInputDigest(project(CODE, ONE_FUNCTION), {}, 'build-1');
    const b = await synthInputDigest(project(CODE, ONE_FUNCTION), {}, 'build-1');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
  });

  it('changes with a code file, a new file, the config, the bucket or the build', async () => {
    const base = await synthInputDigest(project(CODE, ONE_FUNCTION), {}, 'build-1');
    const variants = await Promise.all([
      synthInputDigest(
        project({ 'functions/api/index.js': 'exports.handler = async () => 2;\n' }, ONE_FUNCTION),
        {},
        'build-1',
      ),
      synthInputDigest(
        project({ ...CODE, 'functions/api/lib/util.js': '' }, ONE_FUNCTION),
        {},
        'build-1',
      ),
      synthInputDigest(
        project(CODE, { lambda_config: { api: { memory_size: 512 } } }),
        {},
        'build-1',
      ),
      synthInputDigest(project(CODE, ONE_FUNCTION), { artifactBucket: 'other' }, 'build-1'),
      synthInputDigest(project(CODE, ONE_FUNCTION), {}, 'build-2'),
    ]);
    for (const variant of variants) {
      expect(variant).toMatch(/^[0-9a-f]{64}$/);
      expect(variant).not.toBe(base);
    }
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('turns the path off without a build id (running from source)', async () => {
    expect(await synthInputDigest(project(CODE, ONE_FUNCTION), {}, undefined)).toBeUndefined();
  });

  it('covers a bundled entry and what it imports, bundling each entry once for digest and synth', async () => {
    const files = {
      'src/handler.ts': "import { n } from './lib';\nexport const handler = async () => n;\n",
      'src/lib.ts': 'export const n = 1;\n',
    };
    const config = {
      lambda_config: {
        api: { source: 'src/handler.ts' },
        worker: { source: 'src/handler.ts' },
      },
    };
    const loaded = project(files, config);
    const bundler = new Bundler();
    const base = await synthInputDigest(loaded, {}, 'build-1', bundler);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(bundler.builds).toBe(1);
    expect(await synthInputDigest(loaded, {}, 'build-1')).toBe(base);
    // Only an imported file changes: the entry's own bytes are the same.
    writeFileSync(join(loaded.dir, 'src/lib.ts'), 'export const n = 2;\n');
    const imported = await synthInputDigest(loaded, {}, 'build-1');
    expect(imported).toMatch(/^[0-9a-f]{64}$/);
    expect(imported).not.toBe(base);
  });

  it('turns the path off when a bundled entry does not build (synth reports why)', async () => {
    const loaded = project(
      { 'src/handler.ts': "import { x } from './missing';\nexport const handler = x;\n" },
      { lambda_config: { api: { source: 'src/handler.ts' } } },
    );
    expect(await synthInputDigest(loaded, {}, 'build-1')).toBeUndefined();
  });
});

describe('directoryDigest', () => {
  it('tells a renamed file from the original', async () => {
    const a = project({ 'code/a.js': 'x' }, {});
    const b = project({ 'code/b.js': 'x' }, {});
    expect(await directoryDigest(join(a.dir, 'code'))).not.toBe(
      await directoryDigest(join(b.dir, 'code')),
    );
  });
});

describe('the Description carries both digests', () => {
  const digest = 'a'.repeat(64);
  const inputs = 'b'.repeat(64);

  it('reads back the inputs digest it was given', () => {
    const { Description } = withDigest({ Resources: {}, Description: 'My API' }, digest, inputs);
    expect(Description).toBe(`My API (serverless-action digest ${digest} inputs ${inputs})`);
    expect(digestFromDescription(Description)).toBe(digest);
    expect(inputDigestFromDescription(Description)).toBe(inputs);
  });

  it('has no inputs digest when the deploy recorded none (the action, or from source)', () => {
    const { Description } = withDigest({ Resources: {} }, digest);
    expect(digestFromDescription(Description)).toBe(digest);
    expect(inputDigestFromDescription(Description)).toBeUndefined();
  });
});
