// The validate command through its CommandContext: text and JSON output, exit codes.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandOptions, OutputFormat } from '../../src/commands/options';
import type { CommandContext } from '../../src/commands/registry';
import { validateCommand } from '../../src/commands/validate';
import { memoryLogger } from '../../src/io';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'validate-command-'));
  mkdirSync(join(dir, 'functions', 'api'), { recursive: true });
  writeFileSync(
    join(dir, 'serverless.config.yml'),
    'project_name: shop\nlambda_config:\n  api:\n    runtime: nodejs22.x\n',
  );
  writeFileSync(
    join(dir, 'warn.yml'),
    'project_name: shop\nlambda_config:\n  api:\n    runtime: nodejs18.x\n',
  );
  writeFileSync(
    join(dir, 'bad.yml'),
    'project_name: shop\nlambda_config:\n  api:\n    memory_size: 64\n    timout: 5\n    runtime: nodejs18.x\n',
  );
  writeFileSync(
    join(dir, 'envs.yml'),
    'project_name: shop\nlambda_config:\n  api: {}\nenvironments:\n  prod:\n    lambda_config:\n      api:\n        timeout: 1000\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(
  options: Partial<CommandOptions> & { format?: OutputFormat } = {},
): Promise<{ code: number; stdout: string[]; log: string[] }> {
  const stdout: string[] = [];
  const logger = memoryLogger();
  const context: CommandContext = {
    options: {
      config: 'serverless.config.yml',
      format: 'text',
      out: 'cdk.out',
      allowReplacement: false,
      force: false,
      verbose: false,
      ...options,
    },
    logger,
    print: (text) => stdout.push(text),
    env: {},
    cwd: dir,
  };
  const code = await validateCommand(context);
  return { code, stdout, log: logger.lines };
}

describe('validate (text)', () => {
  it('a valid config: exit 0 and a summary line', async () => {
    const { code, stdout } = await run();
    expect(code).toBe(0);
    expect(stdout.join('\n')).toBe('serverless.config.yml: valid');
  });

  it('warnings alone still exit 0, one line each', async () => {
    const { code, stdout } = await run({ config: 'warn.yml' });
    expect(code).toBe(0);
    const lines = stdout.join('\n').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^warn\.yml:4:14: warning: runtime nodejs18\.x is past AWS's deprecation date/,
    );
    expect(lines[1]).toBe('warn.yml: valid (1 warning)');
  });

  it('errors: exit 1, every problem in file order, then the summary', async () => {
    const { code, stdout } = await run({ config: 'bad.yml' });
    expect(code).toBe(1);
    const lines = stdout.join('\n').split('\n');
    expect(lines.map((l) => l.replace(/: (error|warning): .*/, ': $1'))).toEqual([
      'bad.yml:4:18: error',
      'bad.yml:5:5: error',
      'bad.yml:6:14: warning',
      'bad.yml: invalid: 2 errors, 1 warning',
    ]);
    expect(lines[1]).toContain('did you mean "timeout"?');
  });

  it('a missing file: exit 1 with a one-line error', async () => {
    const { code, stdout } = await run({ config: 'missing.yml' });
    expect(code).toBe(1);
    expect(stdout.join('\n').split('\n')[0]).toBe(
      'missing.yml:1:1: error: missing.yml does not exist; create it or pass another file with --config',
    );
  });

  it('--environment validates the merged config of that environment', async () => {
    expect((await run({ config: 'envs.yml' })).code).toBe(0);
    const prod = await run({ config: 'envs.yml', environment: 'prod' });
    expect(prod.code).toBe(1);
    expect(prod.stdout.join('\n')).toContain(
      'envs.yml:8:18: error: timeout must be from 1 to 900 seconds, got 1000',
    );
  });
});

describe('validate (json)', () => {
  it('prints exactly {valid, errors, warnings} with path, line, column, message', async () => {
    const { code, stdout } = await run({ config: 'bad.yml', format: 'json' });
    expect(code).toBe(1);
    expect(stdout).toHaveLength(1);
    const parsed = JSON.parse(stdout[0]!) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['valid', 'errors', 'warnings']);
    expect(parsed).toEqual({
      valid: false,
      errors: [
        {
          path: 'lambda_config.api.memory_size',
          line: 4,
          column: 18,
          message: 'memory_size must be from 128 to 10240 MB, got 64',
        },
        {
          path: 'lambda_config.api.timout',
          line: 5,
          column: 5,
          message: 'unknown key "timout" in lambda_config.api; did you mean "timeout"?',
        },
      ],
      warnings: [
        {
          path: 'lambda_config.api.runtime',
          line: 6,
          column: 14,
          message: expect.stringContaining('nodejs18.x') as unknown,
        },
      ],
    });
  });

  it('a valid config prints valid: true and exits 0', async () => {
    const { code, stdout } = await run({ format: 'json' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout[0]!)).toEqual({ valid: true, errors: [], warnings: [] });
  });
});
