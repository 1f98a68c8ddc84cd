// Every command line the documentation, the examples and the workflows show parses: an
// option a command does not take is an error now, so a stale line in a doc would be one
// the reader cannot run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliAnswer, parseCli } from '../src/cli';
import { COMMANDS } from '../src/commands/registry';

const ROOT = join(__dirname, '..');

/** `npx serverless-action plan --out x # comment` -> ['plan', '--out', 'x']. */
function commandLine(line: string): string[] | undefined {
  const match =
    /(?:npx serverless-action|(?:^|[\s`$])serverless-action|dist\/cli\/index\.js) +([a-z]+)\b(.*)$/.exec(
      line,
    );
  if (!match || !(match[1]! in COMMANDS)) return undefined;
  const rest = match[2]!.split(/ #| >|`| \||&&/)[0]!.replace(/[[\]]/g, '');
  const args = [...rest.matchAll(/"[^"]*"|'[^']*'|\S+/g)]
    .map((m) => m[0])
    .filter((arg) => !arg.startsWith('$')) // `$DRY_RUN`: a flag or nothing
    // A quoted value is taken as written; one filled in by the shell becomes `1`.
    .map((arg) => (/^["']/.test(arg) ? arg.slice(1, -1) : arg))
    .map((arg) => (arg.includes('$') ? '1' : arg))
    .map((arg) => arg.split('|')[0]!); // a synopsis' `text|json`: the first
  return [match[1]!, ...args];
}

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => /\.(md|ya?ml)$/.test(file) && !file.startsWith('dist/'));

const lines = files.flatMap((file) =>
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((text, index) => {
      const argv = commandLine(text);
      return argv ? [{ where: `${file}:${index + 1}`, argv }] : [];
    }),
);

describe('documented command lines', () => {
  it('reads a line as a shell would, roughly', () => {
    expect(
      commandLine('        run: node x/dist/cli/index.js sweep --keep "$KEEP" $DRY_RUN >> "$S"'),
    ).toEqual(['sweep', '--keep', '1']);
    expect(commandLine('npx serverless-action sweep --ttl-hours 168 [--dry-run] # c')).toEqual([
      'sweep',
      '--ttl-hours',
      '168',
      '--dry-run',
    ]);
    expect(commandLine('serverless-action ships a reusable workflow')).toBeUndefined();
  });

  it('are found in the README, docs, examples and workflows', () => {
    const where = new Set(lines.map((l) => l.where.split('/')[0]!.split(':')[0]));
    expect([...where]).toEqual(
      expect.arrayContaining(['README.md', 'docs', 'examples', 'workflows']),
    );
  });

  it('parse, each with options its command takes', () => {
    const failures = lines.flatMap(({ where, argv }) => {
      try {
        parseCli(argv);
        return [];
      } catch (error) {
        if (error instanceof CliAnswer) return []; // --help, --version
        return [`${where}: ${argv.join(' ')}: ${String(error)}`];
      }
    });
    expect(failures).toEqual([]);
  });
});
