// Every workflow file in the repository, parsed by GitHub's own parser
// (@actions/workflow-parser): no errors, and the triggers, permissions, concurrency and
// `uses:` references each file promises. Reusable-workflow calls are resolved to this
// checkout's `.github/workflows/deploy.yml`, so a `with:` naming an input the reusable
// workflow does not declare fails here, as it would on GitHub.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACTION_REFERENCE, REUSABLE_WORKFLOW_REFERENCE } from '../../src/action/reference';

const ROOT = join(__dirname, '..', '..');
// The one reference (src/action/reference.ts); test/action/reference.int.test.ts holds every
// file to it.
const ACTION_REF = ACTION_REFERENCE;
const REUSABLE_REF = REUSABLE_WORKFLOW_REFERENCE;
const SEED_OUTPUTS = [
  'lambda_function_names',
  'lambda_function_arns',
  'api_gateway_id',
  'api_gateway_endpoint',
  'dynamodb_table_names',
  'dynamodb_table_arns',
];

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  type: 'job' | 'reusableWorkflowJob';
  id: string;
  if: string;
  needs?: string[];
  ref?: string;
  'input-values'?: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  environment?: unknown;
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface EventConfig {
  types?: string[];
  branches?: string[];
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  secrets?: Record<string, { required?: boolean }>;
}
interface Template {
  events: Record<string, EventConfig>;
  jobs: Job[];
  concurrency?: { group: string; 'cancel-in-progress': boolean };
}
type Parsed = Record<string, { errors: string[]; template: Template | null }>;

/** Runs the ESM parser in its own process (see parse-workflows.mjs for why). */
function parseWorkflows(files: readonly string[], cwd = ROOT): Parsed {
  const request = JSON.stringify({
    files,
    remotes: { [REUSABLE_REF]: '.github/workflows/deploy.yml' },
  });
  const script = join(ROOT, 'test', 'workflows', 'parse-workflows.mjs');
  return JSON.parse(
    execFileSync(process.execPath, [script, request], { cwd, encoding: 'utf8' }),
  ) as Parsed;
}

const workflowFiles = [
  ...readdirSync(join(ROOT, '.github', 'workflows')).map((f) => `.github/workflows/${f}`),
  ...readdirSync(join(ROOT, 'workflows')).map((f) => `workflows/${f}`),
].filter((f) => /\.ya?ml$/.test(f));

const parsed = parseWorkflows(workflowFiles);

function template(file: string): Template {
  const entry = parsed[file];
  if (!entry?.template) throw new Error(`${file} did not parse: ${entry?.errors.join('; ')}`);
  return entry.template;
}
function job(file: string, id: string): Job {
  const found = template(file).jobs.find((j) => j.id === id);
  if (!found) throw new Error(`${file} has no job ${id}`);
  return found;
}
/** Permissions are not part of the parser's model: read them from the YAML itself. */
interface RawStep {
  name?: string;
  run?: string;
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface RawWorkflow {
  on: {
    workflow_call?: { outputs: Record<string, { value: string }> };
    push?: { tags?: string[]; branches?: string[] };
  };
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps?: RawStep[] }>;
}
function raw(file: string): RawWorkflow {
  return parse(readFileSync(join(ROOT, file), 'utf8')) as RawWorkflow;
}

describe('the parser harness', () => {
  it('reports a schema error and an input the reusable workflow does not declare', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wf-'));
    try {
      const job = ['jobs:', '  a:', '    runs-on: ubuntu-latest'];
      writeFileSync(join(dir, 'schema.yml'), ['on: push', ...job, '    stepz: []'].join('\n'));
      writeFileSync(
        join(dir, 'input.yml'),
        [
          'on: push',
          'jobs:',
          '  b:',
          `    uses: ${REUSABLE_REF}`,
          '    with: { no-such-input: 1 }',
        ].join('\n'),
      );
      // Reusable workflows resolve relative to the working directory: give it a copy.
      mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
      copyFileSync(
        join(ROOT, '.github/workflows/deploy.yml'),
        join(dir, '.github/workflows/deploy.yml'),
      );
      const result = parseWorkflows(['schema.yml', 'input.yml'], dir);
      expect(result['schema.yml']?.errors.join('\n')).toMatch(/Unexpected value 'stepz'/);
      expect(result['input.yml']?.errors.join('\n')).toMatch(/no-such-input is not defined/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('every workflow file', () => {
  it('finds the seven workflows', () => {
    expect(workflowFiles.sort()).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/deploy.yml',
      '.github/workflows/release.yml',
      'workflows/pr-preview.yml',
      'workflows/promote.yml',
      'workflows/release-matrix.yml',
      'workflows/sweep-previews.yml',
    ]);
  });

  it.each(workflowFiles)('%s parses without errors', (file) => {
    expect(parsed[file]?.errors).toEqual([]);
    expect(parsed[file]?.template).not.toBeNull();
  });

  it.each(workflowFiles)('%s sets permissions on every job that can reach them', (file) => {
    const doc = raw(file);
    for (const [id, j] of Object.entries(doc.jobs)) {
      // A job without its own block inherits the workflow's; one of the two must exist.
      expect({ job: id, permissions: j.permissions ?? doc.permissions }).toEqual({
        job: id,
        permissions: expect.any(Object),
      });
    }
  });

  it.each(workflowFiles)('%s pins every action to a version', (file) => {
    for (const j of template(file).jobs) {
      for (const step of j.steps ?? []) {
        if (step.uses !== undefined) expect(step.uses).toMatch(/^(\.\/|[\w.-]+\/[\w./-]+@v\d+$)/);
      }
      if (j.ref !== undefined) expect(j.ref).toMatch(/@v\d+$|^\.\//);
    }
  });
});

describe('.github/workflows/deploy.yml (reusable)', () => {
  const file = '.github/workflows/deploy.yml';

  it('is called, with the inputs and secret a caller needs', () => {
    const call = template(file).events['workflow_call']!;
    expect(Object.keys(template(file).events)).toEqual(['workflow_call']);
    expect(Object.keys(call.inputs!)).toEqual(
      expect.arrayContaining([
        'config',
        'environment',
        'command',
        'role-to-assume',
        'aws-region',
        'github-environment',
        'ref',
      ]),
    );
    expect(call.inputs!['config']!.default).toBe('serverless.config.yml');
    expect(call.secrets!['AWS_ROLE_ARN']!.required).toBe(false);
  });

  it('has every input documented in docs/workflows.md', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'workflows.md'), 'utf8');
    for (const input of Object.keys(template(file).events['workflow_call']!.inputs!)) {
      // A table row starting with the input's name (Prettier pads the cells).
      const row = new RegExp(`^\\| \`${input}\` +\\|`, 'm');
      expect({ input, documented: row.test(docs) }).toEqual({
        input,
        documented: true,
      });
    }
  });

  it("outputs the seed's six outputs, each from the action step", () => {
    const outputs = raw(file).on.workflow_call!.outputs;
    for (const name of SEED_OUTPUTS) {
      expect(outputs[name]!.value).toBe(`\${{ jobs.serverless.outputs.${name} }}`);
      expect(job(file, 'serverless').outputs?.[name]).toBe(
        `\${{ steps.serverless.outputs.${name} }}`,
      );
    }
  });

  it('asks for exactly id-token: write, contents: read, pull-requests: write', () => {
    expect(raw(file).permissions).toEqual({
      'id-token': 'write',
      contents: 'read',
      'pull-requests': 'write',
    });
  });

  it('queues one deployment per stack and never cancels one', () => {
    const concurrency = job(file, 'serverless').concurrency!;
    expect(concurrency['cancel-in-progress']).toBe(false);
    expect(concurrency.group).toContain('inputs.environment');
    expect(concurrency.group).toContain('inputs.config');
  });

  it('runs the action of the same release with the caller inputs', () => {
    const steps = job(file, 'serverless').steps!;
    const action = steps.find((s) => s.uses === ACTION_REF);
    expect(action).toBeDefined();
    const withKeys = Object.keys(raw(file).jobs['serverless']!.steps!.at(-1)!.with!);
    expect(withKeys).toEqual(
      expect.arrayContaining(['command', 'config', 'environment', 'role-to-assume', 'aws-region']),
    );
    // The commit a caller asks for is the one checked out.
    expect(raw(file).jobs['serverless']!.steps![0]).toMatchObject({
      uses: 'actions/checkout@v5',
      with: { ref: '${{ inputs.ref }}', 'persist-credentials': false },
    });
  });
});

describe('.github/workflows/deploy.yml: plan, then deploy that plan', () => {
  const file = '.github/workflows/deploy.yml';
  const steps = (id: string) => raw(file).jobs[id]!.steps!;
  const ARTIFACT =
    "${{ format('serverless-plan-{0}-{1}', inputs.environment, inputs.aws-region) }}";

  it('plans first on deploy, outside the protected environment, and uploads the plan', () => {
    const plan = job(file, 'plan');
    expect(plan.if).toContain('inputs.plan-first');
    expect(plan.if).toContain("inputs.command == 'deploy'");
    const action = steps('plan').find((s) => s.uses === ACTION_REF)!;
    expect(action.with).toMatchObject({ command: 'plan' });
    const upload = steps('plan').find((s) => s.uses === 'actions/upload-artifact@v4')!;
    expect(upload.with).toMatchObject({
      name: ARTIFACT,
      path: '${{ steps.serverless.outputs.plan-dir }}',
      'if-no-files-found': 'error',
    });
    expect(plan.outputs?.['artifact']).toBe(ARTIFACT);
    // The asset hashes go to the plan's summary.
    const runs = steps('plan')
      .map((s) => (s as { run?: string }).run ?? '')
      .join('\n');
    expect(runs).toContain('.assets[]');
    expect(runs).toContain('GITHUB_STEP_SUMMARY');
  });

  it('deploys in the protected environment by executing the downloaded plan', () => {
    const deploy = job(file, 'serverless');
    expect(deploy.needs).toEqual(['plan']);
    expect(deploy.if).toContain("needs.plan.result != 'failure'");
    expect(deploy.if).toContain('!cancelled()');
    const download = steps('serverless').find(
      (s) =>
        s.uses === 'actions/download-artifact@v4' &&
        (s.with?.['name'] as string).includes('needs.plan'),
    )!;
    expect(download.with).toMatchObject({
      name: '${{ needs.plan.outputs.artifact }}',
      path: '${{ runner.temp }}/serverless-plan',
    });
    const action = steps('serverless').at(-1)!;
    expect(action.with?.['plan']).toBe(
      "${{ needs.plan.result == 'success' && format('{0}/serverless-plan', runner.temp) || '' }}",
    );
    expect(action.with?.['allow-rollback']).toBe('${{ inputs.allow-rollback }}');
    // Executing a plan needs no checkout: it only happens without one.
    expect(job(file, 'serverless').steps![0]!.if).toContain("needs.plan.result != 'success'");
  });

  it('uses the build made once instead of checkout + install when given', () => {
    for (const id of ['plan', 'serverless']) {
      const fromBuild = steps(id).find((s) => s.with?.['name'] === '${{ inputs.build-artifact }}');
      expect(fromBuild?.uses).toBe('actions/download-artifact@v4');
    }
  });
});

describe('workflows/release-matrix.yml', () => {
  const file = 'workflows/release-matrix.yml';

  it('builds once, then plans and deploys each account and region as its own stack and approval', () => {
    expect(Object.keys(template(file).events).sort()).toEqual(['release', 'workflow_dispatch']);
    const doc = raw(file) as unknown as {
      jobs: Record<string, { strategy?: { matrix: { include: { region: string }[] } } }>;
    };
    const regions = doc.jobs['prod']!.strategy!.matrix.include.map((e) => e.region);
    expect(regions).toEqual(['us-east-1', 'eu-west-1']);
    const prod = job(file, 'prod');
    expect(prod.ref).toBe(REUSABLE_REF);
    expect(prod.needs).toEqual(['build']);
    expect(prod['input-values']).toMatchObject({
      command: 'deploy',
      'github-environment': "${{ format('prod-{0}', matrix.region) }}",
      'aws-region': '${{ matrix.region }}',
      'build-artifact': "${{ format('build-{0}', github.sha) }}",
    });
  });
});

describe('the action the workflows call', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { required?: boolean; default?: string }>;
    outputs: Record<string, unknown>;
  };

  it('is given only inputs action.yml declares, wherever a workflow uses it', () => {
    for (const file of workflowFiles) {
      for (const [id, j] of Object.entries(raw(file).jobs)) {
        for (const step of j.steps ?? []) {
          if (step.uses !== ACTION_REF) continue;
          for (const input of Object.keys(step.with ?? {})) {
            expect({ file, job: id, input, declared: input in action.inputs }).toEqual({
              file,
              job: id,
              input,
              declared: true,
            });
          }
        }
      }
    }
  });

  it('declares every output the reusable workflow passes on', () => {
    const passed = Object.keys(job('.github/workflows/deploy.yml', 'serverless').outputs ?? {});
    expect(passed.length).toBeGreaterThanOrEqual(SEED_OUTPUTS.length);
    for (const name of passed) expect(Object.keys(action.outputs)).toContain(name);
  });
});

describe('.github/workflows/ci.yml', () => {
  const file = '.github/workflows/ci.yml';

  it('runs on pushes to main and pull requests, read-only', () => {
    expect(Object.keys(template(file).events).sort()).toEqual([
      'pull_request',
      'push',
      'workflow_dispatch',
    ]);
    expect(template(file).events['push']!.branches).toEqual(['main']);
    expect(raw(file).permissions).toEqual({ contents: 'read' });
  });

  it('runs .ci/run, which rebuilds dist/ and fails on a diff', () => {
    const runs = job(file, 'check').steps!.map((s) => s.run ?? '');
    expect(runs).toContain('bash .ci/run');
    expect(runs.join('\n')).toMatch(/pip install "moto\[server\]" cfn-lint/);
  });
});

describe('workflows/pr-preview.yml', () => {
  const file = 'workflows/pr-preview.yml';

  it('triggers on opened, synchronize, reopened and closed pull requests', () => {
    expect(Object.keys(template(file).events)).toEqual(['pull_request']);
    expect(template(file).events['pull_request']!.types).toEqual([
      'opened',
      'synchronize',
      'reopened',
      'closed',
    ]);
  });

  it('queues everything of one pull request in one group and never cancels', () => {
    expect(template(file).concurrency).toEqual({
      group: "${{ format('pr-preview-{0}', github.event.pull_request.number) }}",
      'cancel-in-progress': false,
    });
  });

  it('deploys pr-<number> through the reusable workflow, except for forks and closed PRs', () => {
    const deploy = job(file, 'deploy');
    expect(deploy.ref).toBe(REUSABLE_REF);
    expect(deploy['input-values']).toMatchObject({
      command: 'deploy',
      environment: "${{ format('pr-{0}', github.event.pull_request.number) }}",
    });
    expect(deploy.if).toContain("github.event.action != 'closed'");
    expect(deploy.if).toContain('!github.event.pull_request.head.repo.fork');
  });

  it('shows the prod change set beside the preview: plan only, when a plan role is set', () => {
    const planProd = job(file, 'plan-prod');
    expect(planProd.ref).toBe(REUSABLE_REF);
    expect(planProd['input-values']).toMatchObject({ command: 'plan', environment: 'prod' });
    expect(planProd.if).toContain("vars.AWS_PROD_PLAN_ROLE_ARN != ''");
    expect(job(file, 'deploy')['input-values']).toMatchObject({ 'plan-first': false });
  });

  it('destroys pr-<number> when the pull request closes', () => {
    const destroy = job(file, 'destroy');
    expect(destroy.ref).toBe(REUSABLE_REF);
    expect(destroy['input-values']).toMatchObject({
      command: 'destroy',
      environment: "${{ format('pr-{0}', github.event.pull_request.number) }}",
      ref: '${{ github.event.pull_request.head.sha }}',
    });
    expect(destroy.if).toContain("github.event.action == 'closed'");
  });

  it('gives deploy and destroy the OIDC permissions and nothing else the workflow-wide default', () => {
    const doc = raw(file);
    expect(doc.permissions).toEqual({});
    for (const id of ['deploy', 'destroy']) {
      expect(doc.jobs[id]!.permissions).toEqual({
        'id-token': 'write',
        contents: 'read',
        'pull-requests': 'write',
      });
    }
  });

  it('reviews fork pull requests without credentials and without deploying', () => {
    const fork = job(file, 'review-fork');
    expect(fork.if).toContain('github.event.pull_request.head.repo.fork');
    expect(fork.if).not.toContain('!github.event.pull_request.head.repo.fork');
    expect(raw(file).jobs['review-fork']!.permissions).toEqual({ contents: 'read' });
    const runs = fork.steps!.map((s) => s.run ?? '').join('\n');
    for (const verb of ['validate', 'synth', 'review']) {
      expect(runs).toMatch(new RegExp(`dist/cli/index\\.js ${verb}\\b`));
    }
    expect(runs).not.toMatch(/\b(deploy|plan|destroy)\b/);
    expect(fork.steps!.map((s) => s.uses)).not.toContain(ACTION_REF);
  });
});

describe('workflows/promote.yml', () => {
  const file = 'workflows/promote.yml';
  const stages = ['dev', 'staging', 'prod'];

  it('runs on pushes to main (and by hand)', () => {
    expect(template(file).events['push']!.branches).toEqual(['main']);
    expect(Object.keys(template(file).events).sort()).toEqual(['push', 'workflow_dispatch']);
  });

  it('deploys the same commit to dev, staging and prod, each in its GitHub environment', () => {
    for (const stage of stages) {
      const j = job(file, stage);
      expect(j.ref).toBe(REUSABLE_REF);
      expect(j['input-values']).toMatchObject({
        command: 'deploy',
        environment: stage,
        'github-environment': stage,
        ref: '${{ github.sha }}',
        // Built once: every stage deploys the same asset hashes.
        'build-artifact': "${{ format('build-{0}', github.sha) }}",
      });
    }
    expect(job(file, 'dev').needs).toEqual(['build']);
  });

  it('orders the stages: staging after dev, prod after staging', () => {
    expect(job(file, 'staging').needs).toEqual(expect.arrayContaining(['dev']));
    expect(job(file, 'prod').needs).toEqual(expect.arrayContaining(['staging']));
    // A failed stage stops the promotion.
    expect(job(file, 'staging').if).toContain('!failure()');
    expect(job(file, 'prod').if).toContain('!failure()');
    // A manual run on another branch never reaches staging or prod.
    expect(job(file, 'staging').if).toContain("github.ref == 'refs/heads/main'");
    expect(job(file, 'prod').if).toContain("github.ref == 'refs/heads/main'");
  });

  it("passes each stage's outputs on to the jobs after it", () => {
    const smoke = raw(file).jobs['smoke-dev']!;
    expect(smoke.steps![0]!.env!['ENDPOINT']).toBe(
      '${{ fromJSON(needs.dev.outputs.api_gateway_endpoint) }}',
    );
    expect(raw(file).jobs['summary']!.steps![0]!.env!['PROD']).toContain(
      'needs.prod.outputs.api_gateway_endpoint',
    );
  });
});

describe('workflows/sweep-previews.yml', () => {
  const file = 'workflows/sweep-previews.yml';

  it('runs on a schedule and by hand with dry-run and TTL inputs', () => {
    const events = template(file).events;
    expect(events['schedule']).toEqual([{ cron: '17 3 * * *' }]);
    expect(Object.keys(events['workflow_dispatch']!.inputs!).sort()).toEqual([
      'dry-run',
      'ttl-hours',
    ]);
  });

  it('keeps the open pull requests and sweeps the rest with the CLI', () => {
    const steps = job(file, 'sweep').steps!;
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('gh pr list --state open');
    expect(runs).toMatch(/dist\/cli\/index\.js sweep --keep "\$KEEP" --ttl-hours "\$TTL_HOURS"/);
    expect(raw(file).jobs['sweep']!.permissions).toEqual({
      'id-token': 'write',
      contents: 'read',
      'pull-requests': 'read',
    });
  });

  it('never runs two sweeps at once', () => {
    expect(template(file).concurrency).toEqual({
      group: 'sweep-previews',
      'cancel-in-progress': false,
    });
  });
});

describe('.github/workflows/release.yml', () => {
  const file = '.github/workflows/release.yml';
  const release = (): RawStep[] => raw(file).jobs['release']!.steps!;
  const index = (pattern: RegExp): number => {
    const found = release().findIndex((s) => pattern.test(s.run ?? ''));
    expect({ pattern: String(pattern), found: found >= 0 }).toEqual({
      pattern: String(pattern),
      found: true,
    });
    return found;
  };

  it('runs on version tags only, one release at a time', () => {
    expect(Object.keys(template(file).events)).toEqual(['push']);
    expect(raw(file).on.push).toEqual({ tags: ['v*.*.*'] });
    expect(template(file).concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('may write contents and request an OIDC token for provenance, nothing else', () => {
    expect(raw(file).permissions).toEqual({ contents: 'read' });
    expect(raw(file).jobs['release']!.permissions).toEqual({
      contents: 'write',
      'id-token': 'write',
    });
  });

  it("checks the tag against package.json and the changelog's notes before anything", () => {
    const check = index(/release-notes\.mjs/);
    expect(release()[check]!.run).toMatch(/v\$version/);
    expect(check).toBeLessThan(index(/^bash \.ci\/run$/));
  });

  it('runs CI and compares dist/ with the source, then publishes with provenance', () => {
    const ci = index(/^bash \.ci\/run$/);
    const dist = index(/git diff --exit-code --stat -- dist schema/);
    const publish = index(/npm publish --provenance --access public/);
    expect(ci).toBeLessThan(dist);
    expect(dist).toBeLessThan(publish);
    expect(release()[publish]!.env?.['NODE_AUTH_TOKEN']).toBe('${{ secrets.NPM_TOKEN }}');
  });

  it('creates the GitHub release from the notes, then moves only the major tag', () => {
    const publish = index(/npm publish/);
    const create = index(/gh release create "\$TAG" .*--notes-file "\$RUNNER_TEMP\/notes\.md"/);
    const move = index(/git tag -f "\$major"/);
    expect(publish).toBeLessThan(create);
    expect(create).toBeLessThan(move);
    const script = release()[move]!.run!;
    expect(script).toContain('major="${TAG%%.*}"');
    expect(script).toContain('git push --force origin "refs/tags/$major"');
    expect(script).not.toMatch(/--tags|--all|--mirror/);
    expect(release()[move]!.if).toContain("!contains(github.ref_name, '-')");
  });
});

describe('scripts/release-notes.mjs', () => {
  const script = join(ROOT, 'scripts', 'release-notes.mjs');
  const notes = (version: string, changelog: string): { status: number; out: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'notes-'));
    try {
      writeFileSync(join(dir, 'CHANGELOG.md'), changelog);
      const result = spawnSync(process.execPath, [script, version, join(dir, 'CHANGELOG.md')], {
        encoding: 'utf8',
      });
      return { status: result.status ?? -1, out: result.stdout + result.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const changelog = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '## [1.1.0] - 2026-12-02',
    '',
    '### Added',
    '',
    '- one thing',
    '',
    '## [1.0.0] - 2026-11-01',
    '',
    '- first',
    '',
    '[1.1.0]: https://example.com/compare',
  ].join('\n');

  it("prints exactly that version's section (a leading v is fine)", () => {
    expect(notes('v1.1.0', changelog)).toEqual({
      status: 0,
      out: '### Added\n\n- one thing\n',
    });
    expect(notes('1.0.0', changelog)).toEqual({ status: 0, out: '- first\n' });
  });

  it('fails, saying what to do, for a version without notes', () => {
    const missing = notes('1.2.0', changelog);
    expect(missing.status).toBe(1);
    expect(missing.out).toMatch(/has no section "## \[1\.2\.0\]".*move the Unreleased entries/);
    expect(notes('Unreleased', changelog).status).toBe(1);
  });

  it('finds an Unreleased section in the real CHANGELOG.md', () => {
    const real = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(real).toMatch(/^## \[Unreleased\]$/m);
    expect(real).toContain('https://keepachangelog.com/');
  });
});
