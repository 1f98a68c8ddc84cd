// The npm package as a user gets it: `npm pack` of this checkout (its committed dist/),
// installed into an empty directory with no network, and the CLI run from there through
// `npx serverless-action`. The package must need nothing from a registry: dist/ is one
// self-contained bundle, and esbuild (only for bundling function sources) is an optional
// peer dependency the user's repository brings.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_NAME } from '../../src/action/reference';
import { TOOL_VERSION } from '../../src/version';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'seed-example');
// A TypeScript entry file: bundling it needs esbuild, which the package does not bring.
const TS_EXAMPLE = join(ROOT, 'examples', 'api-crud');

// No registry can answer: a registry need fails instead of downloading anything.
const OFFLINE_ENV = {
  ...process.env,
  npm_config_offline: 'true',
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

interface PackEntry {
  filename: string;
  size: number;
  entryCount: number;
  files: { path: string; mode: number }[];
}

describe('the packed npm package', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'sa-pack-'));
  const project = join(scratch, 'project');
  let pack: PackEntry;
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  beforeAll(() => {
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
      cwd: ROOT,
      env: OFFLINE_ENV,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    pack = (JSON.parse(out) as PackEntry[])[0]!;
    cpSync(EXAMPLE, project, { recursive: true });
    cpSync(TS_EXAMPLE, join(project, 'crud'), { recursive: true });
    // An empty project of the user's: just a package.json and the example config.
    execFileSync('npm', ['init', '-y'], { cwd: project, env: OFFLINE_ENV, stdio: 'ignore' });
    execFileSync(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', join(scratch, pack.filename)],
      { cwd: project, env: OFFLINE_ENV, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  }, 180_000);

  function npx(...args: string[]): SpawnSyncReturns<string> {
    return spawnSync('npx', ['--no-install', PACKAGE_NAME, ...args], {
      cwd: project,
      env: OFFLINE_ENV,
      encoding: 'utf8',
    });
  }

  it('holds only what runs: the bundle, action.yml, the schema and the docs', () => {
    const tops = [...new Set(pack.files.map((f) => f.path.split('/')[0]))].sort();
    expect(tops).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'action.yml',
      'dist',
      'package.json',
      'schema',
    ]);
    const cli = pack.files.find((f) => f.path === 'dist/cli/index.js');
    expect(cli).toBeDefined();
    expect(readFileSync(join(ROOT, 'dist', 'cli', 'index.js'), 'utf8')).toMatch(
      /^#!\/usr\/bin\/env node\n/,
    );
  });

  it('installs alone: no dependency comes with it', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual([PACKAGE_NAME]);
    const manifest = JSON.parse(
      readFileSync(join(project, 'node_modules', PACKAGE_NAME, 'package.json'), 'utf8'),
    ) as { dependencies?: object; peerDependenciesMeta?: Record<string, { optional: boolean }> };
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.peerDependenciesMeta?.['esbuild']).toEqual({ optional: true });
    const bin = join(project, 'node_modules', '.bin', PACKAGE_NAME);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it('prints its version', () => {
    const result = npx('--version');
    expect({ status: result.status, stdout: result.stdout.trim() }).toEqual({
      status: 0,
      stdout: TOOL_VERSION,
    });
  });

  it('validates the example config', () => {
    const result = npx('validate', '--config', 'serverless.config.yml');
    expect({ status: result.status, stdout: result.stdout }).toEqual({
      status: 0,
      stdout: expect.stringContaining('serverless.config.yml: valid') as string,
    });
  });

  it('reviews the example config: cost and findings, no AWS', () => {
    const result = npx('review', '--config', 'serverless.config.yml', '--format', 'json');
    expect(result.status).toBe(0);
    const review = JSON.parse(result.stdout) as { cost: { monthlyUsd: number }; findings: [] };
    expect(review.cost.monthlyUsd).toBeGreaterThan(0);
    expect(Array.isArray(review.findings)).toBe(true);
  });

  it('asks for esbuild, saying how to add it, when a function needs bundling', () => {
    const result = npx('review', '--config', join('crud', 'serverless.config.yml'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('esbuild is needed to bundle');
    expect(result.stderr).toContain('npm install --save-dev esbuild');
  });
});
