// A Python function with requirements.txt and a local layer directory, synthesized for real
// (pip offline, from a hand-made wheel): the staged code holds the dependency, the layer
// holds it under python/, and the function uses the layer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesize } from '../../src/synth';
import { loadedFrom } from './helpers';

const root = mkdtempSync(join(tmpdir(), 'python-synth-'));
const saved = {
  noIndex: process.env['PIP_NO_INDEX'],
  links: process.env['PIP_FIND_LINKS'],
  cache: process.env['SERVERLESS_ACTION_CACHE'],
};
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  for (const [name, value] of [
    ['PIP_NO_INDEX', saved.noIndex],
    ['PIP_FIND_LINKS', saved.links],
    ['SERVERLESS_ACTION_CACHE', saved.cache],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

it('packages a Python function and a layer directory with their requirements', async () => {
  const wheel = join(root, 'wheels', 'tinydep-1.0.0-py3-none-any.whl');
  mkdirSync(join(root, 'wheels'));
  execFileSync('python3', [
    '-c',
    [
      'import zipfile, sys',
      'i = "tinydep-1.0.0.dist-info/"',
      'f = {"tinydep/__init__.py": "V = 1\\n", i + "METADATA": "Metadata-Version: 2.1\\nName: tinydep\\nVersion: 1.0.0\\n", i + "WHEEL": "Wheel-Version: 1.0\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"}',
      'f[i + "RECORD"] = "".join(n + ",,\\n" for n in f) + i + "RECORD,,\\n"',
      'z = zipfile.ZipFile(sys.argv[1], "w")',
      '[z.writestr(n, t) for n, t in f.items()]',
      'z.close()',
    ].join('\n'),
    wheel,
  ]);
  process.env['PIP_NO_INDEX'] = '1';
  process.env['PIP_FIND_LINKS'] = join(root, 'wheels');
  process.env['SERVERLESS_ACTION_CACHE'] = join(root, 'cache');
  const project = join(root, 'project');
  write(join(project, 'functions', 'py', 'main.py'), 'import tinydep\n');
  write(join(project, 'functions', 'py', 'requirements.txt'), 'tinydep\n');
  write(join(project, 'layers', 'shared', 'requirements.txt'), 'tinydep\n');

  const outDir = join(root, 'out');
  const stack = await synthesize(
    loadedFrom(
      {
        project_name: 'demo',
        lambda_config: {
          py: { runtime: 'python3.12', handler: 'main.handler', layers: ['layers/shared'] },
        },
      },
      project,
    ),
    { outDir },
  );
  const resources = Object.values(stack.template.Resources);
  const layer = resources.find((r) => r.Type === 'AWS::Lambda::LayerVersion');
  expect(layer?.Properties?.['CompatibleRuntimes']).toEqual(['python3.12']);
  const fn = resources.find((r) => r.Type === 'AWS::Lambda::Function');
  expect(fn?.Properties?.['Layers']).toEqual([
    { Ref: expect.stringMatching(/^LayerLayersShared/) as string },
  ]);
  const assets = readdirSync(outDir).filter((n) => n.startsWith('asset.'));
  expect(assets).toHaveLength(2);
  const staged = assets.map((a) => join(outDir, a));
  expect(
    staged.some(
      (d) => existsSync(join(d, 'main.py')) && existsSync(join(d, 'tinydep', '__init__.py')),
    ),
  ).toBe(true);
  expect(staged.some((d) => existsSync(join(d, 'python', 'tinydep', '__init__.py')))).toBe(true);
  // The combined directories are removed once CDK has copied them.
  expect(readdirSync(outDir).filter((n) => n.startsWith('python.'))).toEqual([]);
});
