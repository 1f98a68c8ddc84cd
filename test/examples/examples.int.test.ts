// Every example under examples/ (but the seed's, tested with the config) validates without
// errors or warnings, synthesizes for its default stage, each `environments` override and
// a preview stage, and every template passes cfn-lint.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig, validateConfig } from '../../src/config';
import { synthesize } from '../../src/synth';
import type { SynthesizedStack } from '../../src/synth/types';
import { isPattern } from '../../src/config/environment-patterns';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const CONFIG = 'serverless.config.yml';
// Pinned "today" so a runtime's deprecation date passing does not break the examples' test
// unannounced; bump it when the examples move to a newer runtime.
const TODAY = '2026-11-28';

/** The name property of each resource type the oidc-role's policy scopes by name. */
const NAME_PROPERTIES: Readonly<Record<string, string>> = {
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::Events::Rule': 'Name',
  'AWS::CloudWatch::Alarm': 'AlarmName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::IAM::Role': 'RoleName',
};

const examples = readdirSync(EXAMPLES).filter(
  (name) => name !== 'seed-example' && existsSync(join(EXAMPLES, name, CONFIG)),
);

describe('the examples', () => {
  it('are the four documented ones', () => {
    expect(examples.sort()).toEqual([
      'api-crud',
      'event-pipeline',
      'rest-api',
      'secrets-and-permissions',
    ]);
  });

  it.each(examples)('%s has a README', (name) => {
    expect(existsSync(join(EXAMPLES, name, 'README.md'))).toBe(true);
  });
});

describe.each(examples)('examples/%s', (name) => {
  const file = join(EXAMPLES, name, CONFIG);
  const out = mkdtempSync(join(tmpdir(), `example-${name}-`));
  const synthesized: SynthesizedStack[] = [];
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('validates with no errors and no warnings', async () => {
    const result = await validateConfig(file, { today: TODAY });
    expect({ errors: result.errors, warnings: result.warnings }).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('synthesizes its default stage, every environments override and a preview', async () => {
    const base = await loadConfig(file, { today: TODAY });
    const written = parse(readFileSync(file, 'utf8')) as { environments?: object };
    // Patterns (`pr-*`) are covered by the preview stage pr-1.
    const overrides = Object.keys(written.environments ?? {}).filter((key) => !isPattern(key));
    for (const environment of [base.environment, ...overrides, 'pr-1']) {
      const loaded = await loadConfig(file, { environment, today: TODAY });
      expect(loaded.warnings).toEqual([]);
      const stack = await synthesize(loaded, { outDir: join(out, environment) });
      expect(stack.stackName).toBe(`${loaded.config.project_name}-${environment}`);
      synthesized.push(stack);
    }
    // The preview stage is marked for the sweep and for destroy.
    expect(synthesized.at(-1)!.tags).toMatchObject({
      ephemeral: 'true',
      'managed-by': 'serverless-action',
    });
    for (const stack of synthesized.slice(0, -1)) expect(stack.tags['ephemeral']).toBeUndefined();
  });

  // examples/oidc-role scopes the deploy role to names starting `<project>-<stage>-`.
  it("names every named resource so the oidc-role's scoping reaches it", () => {
    expect(synthesized.length).toBeGreaterThan(0);
    for (const stack of synthesized) {
      const prefix = `${stack.stackName}-`;
      for (const [id, resource] of Object.entries(stack.template.Resources)) {
        const property = NAME_PROPERTIES[resource.Type];
        const name = property === undefined ? undefined : resource.Properties?.[property];
        if (typeof name !== 'string') continue;
        const scoped =
          resource.Type === 'AWS::Logs::LogGroup' ? name.includes(prefix) : name.startsWith(prefix);
        expect({ id, name, scoped }).toEqual({ id, name, scoped: true });
      }
    }
  });

  it('produces templates that pass cfn-lint', () => {
    expect(synthesized.length).toBeGreaterThan(0);
    expect(cfnLintErrors(synthesized.map((s) => s.templateFile))).toEqual('');
  });
});

/** cfn-lint's error lines (its exit code's bit 2); warnings and informational notes pass. */
function cfnLintErrors(templates: readonly string[]): string {
  try {
    execFileSync('cfn-lint', ['--format', 'parseable', '--', ...templates], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    const { status, stdout } = error as { status?: number; stdout?: string };
    if (status === undefined || status === null) throw error;
    // Exit status is a bit mask: 2 errors, 4 warnings, 8 informational.
    if ((status & 2) === 0) return '';
    return (stdout ?? '')
      .split('\n')
      .filter((line) => /:E\d{4}:/.test(line))
      .join('\n');
  }
}
