// The review verb end to end, with synth replaced by a hand-written template of the seed
// example (the real synth is exercised in test/review/seed-example.test.ts once it lands).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeReviewCommand, type Synthesize } from '../../src/commands/review';
import type { CommandOptions } from '../../src/commands/options';
import { memoryLogger } from '../../src/io';
import { allOrigins } from '../../src/review/template';
import type { CfnTemplate } from '../../src/synth/types';

const root = join(__dirname, '../..');
const template = JSON.parse(
  readFileSync(join(root, 'test/fixtures/review/templates/seed-like.json'), 'utf8'),
) as CfnTemplate;

const fromFixture: Synthesize = (loaded, { outDir }) =>
  Promise.resolve({
    stackName: `${loaded.config.project_name}-${loaded.environment}`,
    outDir,
    templateFile: join(outDir, 'missing.template.json'),
    assetManifestFile: join(outDir, 'missing.assets.json'),
    template,
    resourceCount: Object.keys(template.Resources).length,
    tags: {},
    origins: allOrigins(template),
    loaded,
  });

async function run(
  format: CommandOptions['format'],
): Promise<{ code: number; out: string; log: string[] }> {
  const printed: string[] = [];
  const logger = memoryLogger();
  const code = await makeReviewCommand(() => Promise.resolve(fromFixture))({
    options: {
      config: 'examples/seed-example/serverless.config.yml',
      format,
      out: 'cdk.out',
      allowReplacement: false,
      force: false,
      verbose: false,
    },
    logger,
    print: (text) => printed.push(text),
    env: {},
    cwd: root,
  });
  return { code, out: printed.join('\n'), log: logger.lines };
}

describe('serverless-action review', () => {
  it('--format json prints the SPEC shape and finds the plaintext API_KEY at its line', async () => {
    const { code, out } = await run('json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      cost: { monthlyUsd: number; items: unknown[] };
      findings: {
        rule: string;
        severity: string;
        resource: string;
        message: string;
        location?: { line: number };
      }[];
    };
    expect(typeof json.cost.monthlyUsd).toBe('number');
    expect(Array.isArray(json.cost.items)).toBe(true);
    const secret = json.findings.find((f) => f.rule === 'SA-SECRET-ENV');
    expect(secret).toMatchObject({ severity: 'high', resource: 'api-handler' });
    expect(secret!.message).toContain('API_KEY');
    // examples/seed-example/serverless.config.yml line 16: `      API_KEY: secret-key`
    const line = readFileSync(
      join(root, 'examples/seed-example/serverless.config.yml'),
      'utf8',
    ).split('\n')[secret!.location!.line - 1];
    expect(line).toContain('API_KEY: secret-key');
    expect(json.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['SA-CORS-ANY-ORIGIN', 'SA-RUNTIME-DEPRECATED']),
    );
  });

  it('prints text: cost table and findings with file:line; config warnings to the log', async () => {
    const { code, out, log } = await run('text');
    expect(log.join('\n')).toMatch(
      /serverless\.config\.yml:\d+:\d+: warning: .*parallelization_factor/,
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^Monthly cost estimate: \$\d/);
    expect(out).toMatch(
      /examples\/seed-example\/serverless\.config\.yml:16:\d+: high: \[SA-SECRET-ENV\] api-handler/,
    );
  });

  it('--format sarif prints SARIF 2.1.0', async () => {
    const { out } = await run('sarif');
    const sarif = JSON.parse(out) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain('SA-SECRET-ENV');
  });
});
