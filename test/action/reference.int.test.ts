// One action reference: every `uses:` (and checkout `repository:`) in the repository's YAML
// and Markdown that names serverless-action is the one src/action/reference.ts exports,
// and so is every `owner/serverless-action@...` or `.../.github/...` written in prose.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTION_REFERENCE,
  ACTION_REPOSITORY,
  MAJOR_TAG,
  PACKAGE_NAME,
  REUSABLE_WORKFLOW_REFERENCE,
} from '../../src/action/reference';

const ROOT = join(__dirname, '..', '..');

interface Problem {
  readonly file: string;
  readonly line: number;
  readonly found: string;
}

/** Every mention of serverless-action in `text` that is not the canonical one. */
function referenceProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, index) => {
    const report = (found: string): void => {
      problems.push({ file, line: index + 1, found });
    };
    const uses = /\buses:\s*['"`]?([^\s'"#`]+)/.exec(line)?.[1];
    if (uses !== undefined && uses.includes('serverless-action') && !uses.startsWith('./')) {
      if (uses !== ACTION_REFERENCE && uses !== REUSABLE_WORKFLOW_REFERENCE) report(uses);
    }
    const repository = /\brepository:\s*['"`]?([^\s'"#`]+)/.exec(line)?.[1];
    if (repository?.endsWith('/serverless-action') && repository !== ACTION_REPOSITORY) {
      report(repository);
    }
    for (const match of line.matchAll(/([\w.-]+\/serverless-action)(?=@|\/\.github\/)/g)) {
      if (match[1] !== ACTION_REPOSITORY) report(match[1]!);
    }
  });
  return problems;
}

/** The repository's YAML and Markdown files, tracked or new (not ignored ones). */
function documents(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => /\.(ya?ml|md)$/.test(file) && !file.startsWith('dist/'));
}

describe('the action reference', () => {
  it('is owner/name at the major tag, and the reusable workflow is beside it', () => {
    expect(ACTION_REFERENCE).toBe(`${ACTION_REPOSITORY}@${MAJOR_TAG}`);
    expect(REUSABLE_WORKFLOW_REFERENCE).toBe(
      `${ACTION_REPOSITORY}/.github/workflows/deploy.yml@${MAJOR_TAG}`,
    );
    expect(MAJOR_TAG).toMatch(/^v\d+$/);
  });

  it('catches another owner, another tag, a checkout of another repository and prose', () => {
    const text = [
      '- uses: your-org/serverless-action@v1',
      `- uses: ${ACTION_REPOSITORY}@v2`,
      '    uses: "someone/serverless-action/.github/workflows/deploy.yml@v1"',
      '    repository: your-org/serverless-action',
      'call `other/serverless-action/.github/workflows/deploy.yml@v1` like this',
      `- uses: ${ACTION_REFERENCE}`,
      '- uses: ./ # the checkout itself',
      '- uses: actions/checkout@v5',
    ].join('\n');
    expect(referenceProblems('x.yml', text)).toEqual([
      { file: 'x.yml', line: 1, found: 'your-org/serverless-action@v1' },
      { file: 'x.yml', line: 1, found: 'your-org/serverless-action' },
      { file: 'x.yml', line: 2, found: `${ACTION_REPOSITORY}@v2` },
      {
        file: 'x.yml',
        line: 3,
        found: 'someone/serverless-action/.github/workflows/deploy.yml@v1',
      },
      { file: 'x.yml', line: 3, found: 'someone/serverless-action' },
      { file: 'x.yml', line: 4, found: 'your-org/serverless-action' },
      { file: 'x.yml', line: 5, found: 'other/serverless-action' },
    ]);
  });

  const files = documents();

  it('is the one every YAML and Markdown file of the repository uses', () => {
    const problems = files.flatMap((file) =>
      referenceProblems(file, readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(problems).toEqual([]);
  });

  it('is used by the README, the docs, the starters and the reusable workflow itself', () => {
    const using = files.filter((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return (
        text.includes(`uses: ${ACTION_REFERENCE}`) ||
        text.includes(`uses: ${REUSABLE_WORKFLOW_REFERENCE}`)
      );
    });
    expect(using).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/action.md',
        'docs/workflows.md',
        '.github/workflows/deploy.yml',
        'workflows/pr-preview.yml',
        'workflows/promote.yml',
      ]),
    );
  });

  it("is package.json's repository, and the package is the CLI's name", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      name: string;
      repository: { url: string };
      bin: Record<string, string>;
    };
    expect(pkg.name).toBe(PACKAGE_NAME);
    expect(Object.keys(pkg.bin)).toEqual([PACKAGE_NAME]);
    expect(pkg.repository.url).toBe(`git+https://github.com/${ACTION_REPOSITORY}.git`);
  });
});
