/* eslint-disable @typescript-eslint/no-unsafe-argument --
   templates are untyped JSON; these tests index into them and compare with literals. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandOptions } from '../../src/commands/options';
import { synthCommand } from '../../src/commands/synth';
import { memoryLogger } from '../../src/io';

const FIXTURE = join(__dirname, '..', 'fixtures', 'synth', 'seed', 'serverless.config.yml');

function run(options: Partial<CommandOptions>, cwd: string) {
  const printed: string[] = [];
  const logger = memoryLogger();
  const done = synthCommand({
    options: {
      config: FIXTURE,
      format: 'text',
      out: 'cdk.out',
      allowReplacement: false,
      force: false,
      verbose: false,
      ...options,
    },
    logger,
    print: (text) => printed.push(text),
    env: {},
    cwd,
  });
  return { done, printed, logger };
}

describe('synth command', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'synth-cmd-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('prints {"stackName","templateFile","resourceCount"} with --format json', async () => {
    const { done, printed } = run({ format: 'json', out: 'out-json' }, cwd);
    expect(await done).toBe(0);
    const result = JSON.parse(printed.join(''));
    expect(Object.keys(result)).toEqual(['stackName', 'templateFile', 'resourceCount']);
    expect(result.stackName).toBe('mi-proyecto-prod');
    expect(result.templateFile).toBe(join(cwd, 'out-json', 'mi-proyecto-prod.template.json'));
    expect(result.resourceCount).toBeGreaterThan(10);
    expect(existsSync(result.templateFile)).toBe(true);
  });

  it('prints a short summary and the loader warnings with their lines', async () => {
    const { done, printed, logger } = run({ environment: 'staging' }, cwd);
    expect(await done).toBe(0);
    expect(printed.join('\n')).toMatch(
      /^mi-proyecto-staging: \d+ resources\n {2}template: cdk\.out\/mi-proyecto-staging\.template\.json/,
    );
    expect(logger.lines.join('\n')).toMatch(
      /serverless\.config\.yml:\d+:\d+: warning: parallelization_factor/,
    );
  });

  it('fails on a config that does not load', async () => {
    const { done } = run({ config: join(cwd, 'missing.yml') }, cwd);
    await expect(done).rejects.toThrow();
  });
});
