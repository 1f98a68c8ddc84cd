// Containment on a real disk: absolute paths, "..", symbolic links to files and directories
// out of the repository, each refused at its config line; paths inside (also through
// links that stay inside) pass. The hostile configs of issue 19, one by one.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateConfig } from '../../src/config';
import { containConfigPath, isInside, repositoryRootFor } from '../../src/config/paths';
import { formatDiagnostic } from '../../src/errors';
import { TODAY } from './helpers';

let base: string;
let repo: string;
let outside: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'contain-'));
  repo = join(base, 'repo');
  outside = join(base, 'elsewhere');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'app', 'functions', 'api'), { recursive: true });
  mkdirSync(join(repo, 'lib'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'handler.ts'), 'export const handler = () => 1;\n');
  writeFileSync(join(repo, 'lib', 'handler.ts'), 'export const handler = () => 1;\n');
  symlinkSync(outside, join(repo, 'app', 'linked-dir'));
  symlinkSync(join(outside, 'handler.ts'), join(repo, 'app', 'linked-file.ts'));
  symlinkSync(join(repo, 'lib'), join(repo, 'app', 'inner-link'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function errorsFor(source: string): Promise<string[]> {
  writeFileSync(
    join(repo, 'app', 'serverless.config.yml'),
    `project_name: shop\nlambda_config:\n  api:\n    runtime: nodejs22.x\n    source: ${source}\n`,
  );
  const result = await validateConfig('serverless.config.yml', {
    cwd: join(repo, 'app'),
    today: TODAY,
  });
  return result.errors.map(formatDiagnostic);
}

describe('the repository root', () => {
  it('is the workspace when given, else the nearest .git above the config, else its directory', () => {
    expect(repositoryRootFor(join(repo, 'app'), '/workspace')).toBe('/workspace');
    expect(repositoryRootFor(join(repo, 'app'))).toBe(repo);
    expect(repositoryRootFor(outside)).toBe(outside);
  });

  it('isInside is by path segments, not by string prefix', () => {
    expect(isInside('/repo/a', '/repo')).toBe(true);
    expect(isInside('/repo', '/repo')).toBe(true);
    expect(isInside('/repository/a', '/repo')).toBe(false);
    expect(isInside('/repo/../etc', '/repo')).toBe(false);
    expect(isInside('/repo/..x/y', '/repo')).toBe(true);
  });
});

describe('a config cannot name files outside its repository', () => {
  it('refuses an absolute path at its line', async () => {
    expect(await errorsFor(join(outside, 'handler.ts'))).toEqual([
      expect.stringMatching(
        /^serverless\.config\.yml:5:13: error: \/.*handler\.ts is an absolute path to a place outside the repository \(\.\.\/elsewhere\/handler\.ts\); a config may only name files inside its repository/,
      ),
    ]);
  });

  it('refuses ".." that climbs out of the repository', async () => {
    expect(await errorsFor('../../elsewhere')).toEqual([
      expect.stringMatching(
        /^serverless\.config\.yml:5:13: error: \.\.\/\.\.\/elsewhere climbs with "\.\."/,
      ),
    ]);
  });

  it('refuses a symbolic link to a directory outside', async () => {
    expect(await errorsFor('linked-dir')).toEqual([
      expect.stringMatching(
        /:5:13: error: linked-dir goes through a symbolic link to a place outside/,
      ),
    ]);
  });

  it('refuses a symbolic link to a file outside, and a missing file below such a link', async () => {
    expect(await errorsFor('linked-file.ts')).toEqual([
      expect.stringMatching(/:5:13: error: linked-file\.ts goes through a symbolic link/),
    ]);
    expect(await errorsFor('linked-dir/missing.ts')).toEqual([
      expect.stringMatching(/:5:13: error: linked-dir\/missing\.ts goes through a symbolic link/),
    ]);
  });

  it('refuses the default functions/<key> when it is a link out of the repository', async () => {
    rmSync(join(repo, 'app', 'functions', 'api'), { recursive: true });
    symlinkSync(outside, join(repo, 'app', 'functions', 'api'));
    try {
      writeFileSync(
        join(repo, 'app', 'serverless.config.yml'),
        'project_name: shop\nlambda_config:\n  api:\n    runtime: nodejs22.x\n',
      );
      const result = await validateConfig('serverless.config.yml', {
        cwd: join(repo, 'app'),
        today: TODAY,
      });
      expect(result.errors.map(formatDiagnostic)).toEqual([
        expect.stringMatching(/:3:3: error: functions\/api goes through a symbolic link/),
      ]);
    } finally {
      rmSync(join(repo, 'app', 'functions', 'api'));
      mkdirSync(join(repo, 'app', 'functions', 'api'));
    }
  });

  it('accepts ".." and links that stay inside the repository', async () => {
    expect(await errorsFor('../lib/handler.ts')).toEqual([]);
    expect(await errorsFor('inner-link/handler.ts')).toEqual([]);
    expect(await errorsFor('functions/api')).toEqual([]);
  });

  it('holds the config directory itself to the workspace the action passes', async () => {
    writeFileSync(
      join(repo, 'app', 'serverless.config.yml'),
      'project_name: shop\nlambda_config:\n  api:\n    runtime: nodejs22.x\n    source: ../lib/handler.ts\n',
    );
    const result = await validateConfig('serverless.config.yml', {
      cwd: join(repo, 'app'),
      today: TODAY,
      repositoryRoot: join(repo, 'app'),
    });
    expect(result.errors.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/:5:13: error: \.\.\/lib\/handler\.ts climbs with "\.\."/),
    ]);
  });

  it('is decided by the realpath it is given (pure with a fake)', () => {
    const fake = (p: string): string => (p === '/r/a' ? '/etc' : p);
    expect(containConfigPath('a', { configDir: '/r', root: '/r', realpath: fake })).toMatchObject({
      inside: false,
      real: '/etc',
    });
    expect(containConfigPath('b', { configDir: '/r', root: '/r', realpath: fake })).toEqual({
      inside: true,
      absolute: '/r/b',
      real: '/r/b',
    });
  });
});
