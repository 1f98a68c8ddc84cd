// cfn-lint on the templates of every example, of the rich fixtures (every kind) and of a
// project split into nested stacks (the parent and every nested template), in one cfn-lint
// run. Errors and warnings fail; the only accepted findings are named below, per template,
// with their reason.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { synthesize } from '../../src/synth';
import { writeNestedProject } from '../fixtures/synth/nested';
import { cfnLint, type CfnLintMatch } from '../support/cfn-lint';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'synth');
const EXAMPLES = join(ROOT, 'examples');

/** The seed guide's values kept as written: placeholder ids and a runtime AWS no longer creates. */
const SEED_AS_WRITTEN: Record<string, string> = {
  E1150: 'the seed uses the placeholder security group id sg-789',
  E1159: 'the seed uses the placeholder certificate ARN arn:aws:acm:region:account:...',
  E2533: 'the seed pins nodejs18.x; the config loader warns about it with its line',
};

interface Case {
  readonly name: string;
  /** The config file, or a function that writes the project and returns it. */
  readonly config: string | ((dir: string) => string);
  readonly accepted: Record<string, string>;
}

const cases: Case[] = [
  {
    name: 'fixture seed',
    config: join(FIXTURES, 'seed', 'serverless.config.yml'),
    accepted: SEED_AS_WRITTEN,
  },
  {
    name: 'fixture rich HTTP + every event source',
    config: join(FIXTURES, 'rich', 'http.config.yml'),
    accepted: {},
  },
  { name: 'fixture rich REST', config: join(FIXTURES, 'rich', 'rest.config.yml'), accepted: {} },
  {
    name: 'fixture rich WebSocket',
    config: join(FIXTURES, 'rich', 'websocket.config.yml'),
    accepted: {},
  },
  {
    name: 'fixture nested REST (60 functions; parent and every nested template)',
    config: (dir) => writeNestedProject(dir, { functions: 60, cors: true }),
    accepted: {},
  },
  {
    name: 'fixture nested HTTP (60 functions; parent and every nested template)',
    config: (dir) => writeNestedProject(dir, { functions: 60, api: 'HTTP' }),
    accepted: {},
  },
  ...readdirSync(EXAMPLES)
    .map((dir) => join(EXAMPLES, dir, 'serverless.config.yml'))
    .filter((file) => existsSync(file))
    .map((file) => ({
      name: `example ${file.split('/').slice(-2, -1)[0]}`,
      config: file,
      accepted: file.includes('seed-example') ? SEED_AS_WRITTEN : {},
    })),
];

describe('cfn-lint', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'synth-lint-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const templates = new Map<string, Case>();
  let findings: CfnLintMatch[] = [];

  beforeAll(async () => {
    for (const [index, c] of cases.entries()) {
      const config =
        typeof c.config === 'string' ? c.config : c.config(join(outDir, `project-${index}`));
      const stack = await synthesize(await loadConfig(config), {
        outDir: join(outDir, String(index)),
      });
      templates.set(stack.templateFile, c);
      for (const n of stack.nested ?? []) templates.set(n.templateFile, c);
    }
    findings = cfnLint([...templates.keys()]);
  }, 180_000);

  it.each(cases.map((c) => [c.name, c] as const))('passes on %s', (_name, c) => {
    const own = findings.filter((f) => templates.get(f.file) === c);
    expect(own.filter((f) => !(f.rule in c.accepted))).toEqual([]);
  });

  it.each(['REST', 'HTTP'])('lints the parent and every nested template of nested %s', (api) => {
    const files = [...templates.entries()].filter(([, c]) =>
      c.name.startsWith(`fixture nested ${api} `),
    );
    // 60 functions over 64 groups: dozens of nested stacks, each its own file.
    expect(files.length).toBeGreaterThan(20);
  });

  it('has no custom resources and no CDK metadata in any template', () => {
    for (const file of templates.keys()) {
      expect(readFileSync(file, 'utf8')).not.toMatch(
        /Custom::|AWS::CloudFormation::CustomResource|aws:cdk:path|CDKMetadata|BootstrapVersion/,
      );
    }
  });

  it('marks every resource of every template with its config origin', () => {
    for (const file of templates.keys()) {
      const template = JSON.parse(readFileSync(file, 'utf8')) as {
        Resources: Record<string, { Metadata?: Record<string, unknown> }>;
      };
      const unmarked = Object.entries(template.Resources)
        .filter(([, r]) => !r.Metadata?.['serverless-action:origin'])
        .map(([id]) => id);
      expect({ file, unmarked }).toEqual({ file, unmarked: [] });
    }
  });

  it('finds the seed placeholders when nothing is accepted (the check can fail)', () => {
    const seed = findings.filter((f) => templates.get(f.file)?.name === 'fixture seed');
    expect(seed.map((f) => f.rule).sort()).toEqual(['E1150', 'E1159']);
  });
});
