// loadConfig / validateConfig on real files: what the file system can do wrong, each a
// one-line error at 1:1; YAML, .yaml and JSON read the same; a valid file loads with its
// defaults, environment and positions.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, validateConfig } from '../../src/config';
import { ConfigError, formatDiagnostic } from '../../src/errors';
import { TODAY } from './helpers';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'config-load-'));
  mkdirSync(join(dir, 'functions', 'api'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string | Buffer): string {
  writeFileSync(join(dir, name), text);
  return name;
}

async function onlyError(file: string): Promise<string> {
  const result = await validateConfig(file, { cwd: dir, today: TODAY });
  expect(result.valid).toBe(false);
  expect(result.errors).toHaveLength(1);
  const [problem] = result.errors;
  expect(problem).toMatchObject({ file, line: 1, column: 1 });
  const line = formatDiagnostic(problem!);
  expect(line.split('\n')).toHaveLength(1);
  return line;
}

describe('files that are not configs', () => {
  it('a missing file', async () => {
    expect(await onlyError('nope.yml')).toBe(
      'nope.yml:1:1: error: nope.yml does not exist; create it or pass another file with --config',
    );
  });

  it('a directory', async () => {
    expect(await onlyError('functions')).toMatch(/^functions:1:1: error: functions is a directory/);
  });

  it('an empty file', async () => {
    expect(await onlyError(write('empty.yml', '  \n\n'))).toContain('the file is empty');
  });

  // How fast (the goal: under 200 ms) is bench/config.ts's figure, not a test's.
  it('a 5 MB file is refused without parsing it', async () => {
    const big = write('big.yml', Buffer.alloc(5 * 1024 * 1024, 'a: 1\n'));
    const line = await onlyError(big);
    expect(line).toContain('5.0 MB');
    expect(line).toContain('under 1 MB');
  });

  it('a binary file', async () => {
    expect(await onlyError(write('bin.yml', Buffer.from([0x61, 0x00, 0x62])))).toContain('binary');
  });

  it('loadConfig throws ConfigError carrying every diagnostic', async () => {
    const file = write('two.yml', 'project_name: Bad\nlambda_config:\n  api:\n    timeout: 0\n');
    const failure = loadConfig(file, { cwd: dir, today: TODAY });
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    const error = (await failure.catch((e: unknown) => e)) as ConfigError;
    expect(error.diagnostics.map((d) => [d.line, d.column])).toEqual([
      [1, 15],
      [4, 14],
    ]);
    expect(error.message.split('\n')[0]).toBe(
      'two.yml:1:15: error: project_name "Bad": use lowercase letters, digits and "-" (it becomes part of AWS resource names)',
    );
  });
});

describe('formats', () => {
  const yamlText = 'project_name: shop\nlambda_config:\n  api:\n    memory_size: 512\n';
  const json = JSON.stringify(
    { project_name: 'shop', lambda_config: { api: { memory_size: 512 } } },
    null,
    2,
  );

  it.each([
    ['a.yml', yamlText],
    ['a.yaml', yamlText],
    ['a.json', json],
  ])('%s loads with defaults applied', async (name, text) => {
    const loaded = await loadConfig(write(name, text), { cwd: dir, today: TODAY });
    expect(loaded.environment).toBe('dev');
    expect(loaded.dir).toBe(dir);
    expect(loaded.config.lambda_config['api']).toMatchObject({
      memory_size: 512,
      timeout: 3,
      runtime: 'nodejs22.x',
      handler: 'index.handler',
    });
  });

  it('JSON errors carry JSON positions', async () => {
    const file = write(
      'bad.json',
      '{\n  "project_name": "shop",\n  "lambda_config": { "api": { "timeout": "x" } }\n}\n',
    );
    const result = await validateConfig(file, { cwd: dir, today: TODAY });
    expect(result.errors.map(formatDiagnostic)).toEqual([
      'bad.json:3:42: error: timeout must be a number, not the string "x"',
    ]);
  });

  it('duplicate keys in JSON are all reported', async () => {
    const file = write(
      'dup.json',
      '{"project_name": "a", "project_name": "b", "tags": {"x": "1", "x": "2"}}',
    );
    const result = await validateConfig(file, { cwd: dir, today: TODAY });
    expect(result.errors.map((d) => [d.line, d.column, d.message.slice(0, 18)])).toEqual([
      [1, 23, 'duplicate key "pro'],
      [1, 63, 'duplicate key "x" '],
    ]);
  });
});

describe('locate', () => {
  it('points at keys, falls back to the nearest written parent', async () => {
    const file = write(
      'locate.yml',
      'project_name: shop\nlambda_config:\n  api:\n    environment:\n      API_KEY: x\n',
    );
    const loaded = await loadConfig(file, { cwd: dir, today: TODAY });
    expect(loaded.locate(['lambda_config', 'api', 'environment', 'API_KEY'])).toEqual({
      file,
      line: 5,
      column: 7,
    });
    expect(loaded.locate(['lambda_config', 'api', 'memory_size'])).toEqual({
      file,
      line: 3,
      column: 3,
    });
    expect(loaded.locate([])).toEqual({ file, line: 1, column: 1 });
  });
});

describe('test/fixtures/config/full.yml', () => {
  const fixtures = join(__dirname, '..', 'fixtures', 'config');
  it.each([undefined, 'prod', 'preview'])(
    'is valid on disk for environment %s',
    async (environment) => {
      const result = await validateConfig('full.yml', {
        cwd: fixtures,
        today: TODAY,
        ...(environment !== undefined && { environment }),
      });
      expect({ errors: result.errors, warnings: result.warnings }).toEqual({
        errors: [],
        warnings: [],
      });
    },
  );
});
