// The set-up, stated once in two places that must agree: the README's "Prerequisites"
// table (what a person reads) and .ci/prerequisites (what `.ci/run` checks first). Same
// names, same instructions, and a missing one is reported in those words.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, '.ci', 'prerequisites');

interface Prerequisite {
  readonly name: string;
  readonly how: string;
}

/** The rows of the README's table under "### Prerequisites", backticks dropped. */
function readmePrerequisites(): Prerequisite[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^### Prerequisites$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(prerequisite|-)/.test(line))
    .map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/`/g, ''));
      return { name: cells[0]!, how: cells[2]! };
    });
}

/** The `prerequisite 'NAME' 'HOW' ...` lines of .ci/prerequisites. */
function scriptPrerequisites(): Prerequisite[] {
  const script = readFileSync(SCRIPT, 'utf8');
  return [...script.matchAll(/^prerequisite '([^']*)' '([^']*)'/gm)].map((m) => ({
    name: m[1]!,
    how: m[2]!,
  }));
}

describe('prerequisites', () => {
  it('the README and .ci/prerequisites name the same ones, in the same words', () => {
    const readme = readmePrerequisites();
    expect(readme.map((p) => p.name)).toEqual([
      'Node.js 20 or newer (22 or newer recommended)',
      'npm',
      'git',
      'Python 3',
      'moto_server',
      'cfn-lint',
    ]);
    expect(scriptPrerequisites()).toEqual(readme);
  });

  it('.ci/run checks them before it installs anything', () => {
    const run = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    const check = run.indexOf('bash .ci/prerequisites');
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(run.indexOf('npm ci'));
    expect(run).toMatch(/^set -euo pipefail$/m);
  });

  it('pass on this machine, where the tests run', () => {
    const result = spawnSync('bash', [SCRIPT], { encoding: 'utf8' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('name every missing one with how to get it, and fail', () => {
    // A PATH with Node.js, npm and git only: no Python, no moto_server, no cfn-lint.
    const bin = mkdtempSync(join(tmpdir(), 'prereq-'));
    try {
      const which = (tool: string): string =>
        execFileSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
      symlinkSync(process.execPath, join(bin, 'node'));
      symlinkSync(which('npm'), join(bin, 'npm'));
      symlinkSync(which('git'), join(bin, 'git'));
      symlinkSync(which('env'), join(bin, 'env'));
      const result = spawnSync(which('bash'), [SCRIPT], {
        encoding: 'utf8',
        env: { PATH: bin, HOME: process.env['HOME'] ?? tmpdir() },
      });
      const byName = new Map(readmePrerequisites().map((p) => [p.name, p.how]));
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        `missing prerequisite: Python 3. Get it: ${byName.get('Python 3')}`,
        `missing prerequisite: moto_server. Get it: ${byName.get('moto_server')}`,
        `missing prerequisite: cfn-lint. Get it: ${byName.get('cfn-lint')}`,
        'See "Prerequisites" in README.md.',
      ]);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
