// Python packaging runs the real pip, offline: the test writes a tiny pure-Python wheel by
// hand (a wheel is a zip with a dist-info directory) and points pip at it with PIP_NO_INDEX
// and PIP_FIND_LINKS, which pip reads from its environment.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  findPip,
  packagePython,
  pipInstallArgs,
  pyprojectDependencies,
  requirementsHash,
} from '../../src/assets/python';

const root = mkdtempSync(join(tmpdir(), 'python-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `tinydep-1.0.0-py3-none-any.whl` holding `tinydep/__init__.py`. */
function writeWheel(directory: string): void {
  mkdirSync(directory, { recursive: true });
  const script = `
import zipfile, sys
info = "tinydep-1.0.0.dist-info/"
files = {
  "tinydep/__init__.py": "VALUE = 42\\n",
  info + "METADATA": "Metadata-Version: 2.1\\nName: tinydep\\nVersion: 1.0.0\\n",
  info + "WHEEL": "Wheel-Version: 1.0\\nGenerator: hand\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
}
files[info + "RECORD"] = "".join(name + ",,\\n" for name in files) + info + "RECORD,,\\n"
with zipfile.ZipFile(sys.argv[1], "w") as z:
  for name, text in files.items():
    z.writestr(name, text)
`;
  execFileSync('python3', ['-c', script, join(directory, 'tinydep-1.0.0-py3-none-any.whl')]);
}

const wheels = join(root, 'wheels');
writeWheel(wheels);
const offline = { ...process.env, PIP_NO_INDEX: '1', PIP_FIND_LINKS: wheels };

function functionDir(name: string, files: Record<string, string>): string {
  const directory = join(root, name);
  mkdirSync(directory, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(directory, file), text);
  return directory;
}

describe('Python packaging', () => {
  it('installs requirements.txt beside the code, for Lambda, from a local wheel', () => {
    const directory = functionDir('fn', {
      'main.py': 'import tinydep\n',
      'requirements.txt': 'tinydep==1.0.0\n',
    });
    const cacheRoot = join(root, 'cache');
    const request = {
      directory,
      runtime: 'python3.12',
      architecture: 'arm64' as const,
      cacheRoot,
      stagingRoot: join(root, 'out'),
      env: offline,
    };
    const staged = packagePython(request)!;
    expect(readFileSync(join(staged, 'main.py'), 'utf8')).toBe('import tinydep\n');
    expect(readFileSync(join(staged, 'tinydep', '__init__.py'), 'utf8')).toBe('VALUE = 42\n');
    const cached = join(cacheRoot, requirementsHash('tinydep==1.0.0\n', request));
    expect(existsSync(join(cached, 'tinydep', '__init__.py'))).toBe(true);

    // The second time comes from the cache: pip is not even looked for.
    rmSync(staged, { recursive: true });
    const again = packagePython({ ...request, pip: ['/nonexistent/pip'] })!;
    expect(existsSync(join(again, 'tinydep', '__init__.py'))).toBe(true);
  });

  it('reads pyproject.toml dependencies, and puts a layer’s under python/', () => {
    const directory = functionDir('layer', {
      'pyproject.toml':
        '[project]\nname = "x"\ndependencies = [\n  "tinydep>=1",\n]\n\n[tool.x]\ny = 1\n',
    });
    const staged = packagePython({
      directory,
      runtime: 'python3.13',
      architecture: 'x86_64',
      cacheRoot: join(root, 'cache'),
      stagingRoot: join(root, 'out'),
      into: 'python',
      env: offline,
    })!;
    expect(existsSync(join(staged, 'python', 'tinydep', '__init__.py'))).toBe(true);
  });

  it('leaves a directory without requirements alone', () => {
    const directory = functionDir('plain', { 'main.py': '' });
    expect(
      packagePython({
        directory,
        runtime: 'python3.12',
        architecture: 'x86_64',
        cacheRoot: join(root, 'cache'),
        stagingRoot: join(root, 'out'),
      }),
    ).toBeUndefined();
  });

  it('says what to do when a requirement has no wheel for Lambda', () => {
    const directory = functionDir('missing', { 'requirements.txt': 'nosuchpackage==9\n' });
    expect(() =>
      packagePython({
        directory,
        runtime: 'python3.12',
        architecture: 'x86_64',
        cacheRoot: join(root, 'cache'),
        stagingRoot: join(root, 'out'),
        env: offline,
      }),
    ).toThrow(/pip could not install the requirements .* for python3.12 on x86_64/);
  });

  it('says how to get pip when there is none', () => {
    expect(() => findPip({ PATH: join(root, 'empty') })).toThrow(/pip is needed .* not found/);
  });

  it('asks pip for manylinux wheels of the function’s architecture and Python', () => {
    const args = pipInstallArgs({ runtime: 'python3.11', architecture: 'arm64' }, 'r.txt', 'out');
    expect(args.join(' ')).toContain(
      '--platform manylinux2014_aarch64 --implementation cp --python-version 3.11 --only-binary=:all:',
    );
  });

  it('reads only [project] dependencies from pyproject.toml', () => {
    expect(
      pyprojectDependencies(
        '[build-system]\nrequires = ["setuptools"]\n[project]\ndependencies = ["a>=1", \'b\']\n',
      ),
    ).toEqual(['a>=1', 'b']);
  });
});
