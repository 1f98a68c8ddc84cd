import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFunction, externalModules, outputFormat, readBundle } from '../../src/assets/bundle';

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
