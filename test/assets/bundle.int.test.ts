import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Bundler,
  bundleFunction,
  externalModules,
  outputFormat,
  readBundle,
} from '../../src/assets/bundle';

const SRC = join(__dirname, '..', 'fixtures', 'synth', 'rich', 'src');

describe('bundleFunction', () => {
  const root = mkdtempSync(join(tmpdir(), 'bundle-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('bundles a .ts entry to CommonJS for the runtime, SDK v3 external, into bundle.<hash>', async () => {
    const result = await bundleFunction({
      entry: join(SRC, 'handler.ts'),
      target: 'node22',
      handlerModule: 'index',
      stagingRoot: root,
    });
    expect(result.directory).toBe(join(root, `bundle.${result.hash}`));
    expect(readdirSync(result.directory)).toEqual(['index.js']);
    const code = readBundle(result, 'index', 'cjs');
    expect(code).toContain('module.exports');
    expect(code).toContain('require("@aws-sdk/client-dynamodb")');
    expect(code).not.toMatch(/\n\/\/# sourceMappingURL/);
  });

  it('is content-addressed: same input, same hash; another handler file, another hash', async () => {
    const request = {
      entry: join(SRC, 'handler.ts'),
      target: 'node22',
      handlerModule: 'index',
      stagingRoot: root,
    };
    const a = await bundleFunction(request);
    const b = await bundleFunction(request);
    const c = await bundleFunction({ ...request, handlerModule: 'app' });
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
    expect(readdirSync(c.directory)).toEqual(['app.js']);
  });

  it('keeps .mjs entries ESM', async () => {
    const result = await bundleFunction({
      entry: join(SRC, 'esm.mjs'),
      target: 'node22',
      handlerModule: 'index',
      stagingRoot: root,
    });
    expect(readdirSync(result.directory)).toEqual(['index.mjs']);
    expect(readBundle(result, 'index', 'esm')).toMatch(/export\s*\{/);
  });

  it('reports build errors as a bundling failure with the entry', async () => {
    await expect(
      bundleFunction({
        entry: join(SRC, 'missing.ts'),
        target: 'node22',
        handlerModule: 'index',
        stagingRoot: root,
      }),
    ).rejects.toThrow(/bundling .*missing\.ts failed/);
  });

  it('leaves the SDK external only where the runtime ships it', () => {
    expect(externalModules('node22')).toEqual(['@aws-sdk/*']);
    expect(externalModules('node16')).toEqual([]);
    expect(outputFormat('a.mjs')).toBe('esm');
    expect(outputFormat('a.ts')).toBe('cjs');
  });
});

describe('Bundler', () => {
  const root = mkdtempSync(join(tmpdir(), 'bundler-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('runs esbuild once per distinct entry and settings, however many functions ask', async () => {
    const bundler = new Bundler();
    const request = {
      entry: join(SRC, 'handler.ts'),
      target: 'node22',
      handlerModule: 'index',
      stagingRoot: root,
    };
    const results = await Promise.all([
      bundler.bundle(request),
      bundler.bundle(request),
      bundler.bundle({ ...request, stagingRoot: join(root, 'other') }),
      bundler.bundle({ ...request, target: 'node24' }),
    ]);
    expect(bundler.builds).toBe(2);
    expect(results[1].hash).toBe(results[0].hash);
    expect(results[2].directory).toBe(join(root, 'other', `bundle.${results[0].hash}`));
  });

  it('keeps at most `concurrency` builds running at once', async () => {
    const bundler = new Bundler(2);
    let running = 0;
    let most = 0;
    const limited = (
      bundler as unknown as { limited: (run: () => Promise<number>) => Promise<number> }
    ).limited.bind(bundler);
    const task = async (): Promise<number> => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return 1;
    };
    const done = await Promise.all(Array.from({ length: 7 }, () => limited(task)));
    expect(done).toHaveLength(7);
    expect(most).toBe(2);
  });
});
