// Python functions and layers with dependencies: a directory holding requirements.txt (or a
// pyproject.toml with [project] dependencies) is shipped with its dependencies installed for
// Lambda's platform, not the runner's: pip downloads manylinux wheels for the function's
// architecture and Python version (`--platform manylinux2014_<arch> --only-binary=:all:`), so
// no compiler runs and a package without wheels fails clearly instead of building for the
// wrong machine. Installs are cached by the hash of the requirements and the target.
//
// pip reads its own PIP_* environment variables (PIP_INDEX_URL, PIP_FIND_LINKS, PIP_NO_INDEX,
// ...), so a private index or an offline wheel directory needs no option here.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ServerlessActionError } from '../errors';

export interface PythonTarget {
  /** Lambda runtime, e.g. `python3.12`. */
  readonly runtime: string;
  readonly architecture: 'x86_64' | 'arm64';
}

export interface PythonPackageRequest extends PythonTarget {
  /** The function's (or layer's) directory. */
  readonly directory: string;
  /** Where the installed dependencies are cached, by hash. */
  readonly cacheRoot: string;
  /** Where the directory with code and dependencies together is created. */
  readonly stagingRoot: string;
  /** Subdirectory the dependencies go to: "" for functions, "python" for layers. */
  readonly into?: string;
  /** pip's environment (default: this process's); tests pass PIP_NO_INDEX / PIP_FIND_LINKS here. */
  readonly env?: NodeJS.ProcessEnv;
  /** The pip command; default: the first of `python3 -m pip`, `pip3`, `pip` that runs. */
  readonly pip?: readonly string[];
}

/** The dependency list a directory declares, or undefined when it declares none. */
export function declaredRequirements(directory: string): string | undefined {
  const requirements = join(directory, 'requirements.txt');
  if (existsSync(requirements)) return readFileSync(requirements, 'utf8');
  const pyproject = join(directory, 'pyproject.toml');
  if (existsSync(pyproject)) {
    const dependencies = pyprojectDependencies(readFileSync(pyproject, 'utf8'));
    return dependencies.length > 0 ? dependencies.join('\n') + '\n' : undefined;
  }
  return undefined;
}

/**
 * `[project] dependencies = ["requests>=2", ...]` from a pyproject.toml: the one array this
 * needs, read without a TOML library (PEP 621 writes it as an array of strings).
 */
export function pyprojectDependencies(text: string): string[] {
  const section = /^\[project\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
  const array = /^dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(section)?.[1] ?? '';
  return [...array.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** `manylinux2014_x86_64` / `manylinux2014_aarch64`: the wheels Lambda's Amazon Linux runs. */
export function pipPlatform(architecture: PythonTarget['architecture']): string {
  return `manylinux2014_${architecture === 'arm64' ? 'aarch64' : 'x86_64'}`;
}

/** `python3.12` -> `3.12`. */
export function pythonVersion(runtime: string): string {
  return /^python(\d+\.\d+)$/.exec(runtime)?.[1] ?? '3.12';
}

export function pipInstallArgs(
  target: PythonTarget,
  requirementsFile: string,
  into: string,
): string[] {
  return [
    'install',
    '--requirement',
    requirementsFile,
    '--target',
    into,
    '--platform',
    pipPlatform(target.architecture),
    '--implementation',
    'cp',
    '--python-version',
    pythonVersion(target.runtime),
    '--only-binary=:all:',
    '--no-compile',
    '--disable-pip-version-check',
    '--no-input',
  ];
}

/** The cache key: what pip would install, and for which platform. */
export function requirementsHash(requirements: string, target: PythonTarget): string {
  return createHash('sha256')
    .update(JSON.stringify([requirements, pipPlatform(target.architecture), target.runtime]))
    .digest('hex');
}

/** Default cache: SERVERLESS_ACTION_CACHE, else ~/.cache/serverless-action. */
export function defaultCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return join(
    env['SERVERLESS_ACTION_CACHE'] ?? join(homedir(), '.cache', 'serverless-action'),
    'pip',
  );
}

/**
 * The directory to ship: the source directory with its dependencies installed beside the code
 * (or under `into`), or undefined when the directory declares no dependencies.
 */
export function packagePython(request: PythonPackageRequest): string | undefined {
  const requirements = declaredRequirements(request.directory);
  if (requirements === undefined) return undefined;
  const hash = requirementsHash(requirements, request);
  const installed = join(request.cacheRoot, hash);
  if (!existsSync(installed)) install(request, requirements, installed);

  const name = createHash('sha256').update(request.directory).update(hash).digest('hex');
  const staged = join(request.stagingRoot, `python.${name.slice(0, 16)}`);
  rmSync(staged, { recursive: true, force: true });
  cpSync(request.directory, staged, { recursive: true });
  cpSync(installed, join(staged, request.into ?? ''), { recursive: true });
  return staged;
}

function install(request: PythonPackageRequest, requirements: string, installed: string): void {
  const env = request.env ?? process.env;
  const pip = request.pip ?? findPip(env);
  const temporary = `${installed}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  const requirementsFile = join(
    temporary,
    '..',
    `${installed.split(/[\\/]/).pop()}.requirements.txt`,
  );
  writeFileSync(requirementsFile, requirements);
  const [command, ...prefix] = pip;
  const result = spawnSync(
    command!,
    [...prefix, ...pipInstallArgs(request, requirementsFile, temporary)],
    {
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  rmSync(requirementsFile, { force: true });
  if (result.status !== 0) {
    rmSync(temporary, { recursive: true, force: true });
    const output = `${result.stderr ?? ''}${result.stdout ?? ''}`
      .trim()
      .split('\n')
      .slice(-6)
      .join('\n');
    throw new ServerlessActionError(
      `pip could not install the requirements of ${request.directory} for ${request.runtime} on ${request.architecture}: ${output || result.error?.message || `exit ${String(result.status)}`}`,
      'PYTHON_DEPENDENCIES',
      `Only wheels for ${pipPlatform(request.architecture)} (or pure-Python wheels) can be used, since nothing is compiled for Lambda; pin versions that publish them, or vendor the package into the directory.`,
    );
  }
  renameSync(temporary, installed);
}

/** The first pip that runs here; a clear error when there is none. */
export function findPip(env: NodeJS.ProcessEnv = process.env): readonly string[] {
  const candidates = [['python3', '-m', 'pip'], ['pip3'], ['pip']] as const;
  for (const candidate of candidates) {
    const [command, ...args] = candidate;
    const probe = spawnSync(command, [...args, '--version'], { env, encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  throw new ServerlessActionError(
    'pip is needed to install a Python requirements.txt / pyproject.toml but was not found (tried python3 -m pip, pip3, pip)',
    'PIP_NOT_FOUND',
    'Install Python with pip before this step (e.g. actions/setup-python), or vendor the dependencies into the directory and remove requirements.txt.',
  );
}
