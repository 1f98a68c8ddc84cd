// The command line's surface: one table of options (src/commands/cli-options.ts) from
// which parsing, each command's help and the unknown-option errors come; `--version`;
// and every flag SPEC.md pins still parsed as before.
import { commandHelp, main, parseCli, usage } from '../src/cli';
import { BASE_OPTIONS, CLI_OPTIONS, optionSignature } from '../src/commands/cli-options';
import { COMMANDS } from '../src/commands/registry';
import { TOOL_VERSION } from '../src/version';

/** main(argv) with stdout and stderr captured. */
async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  try {
    const code = await main(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

const commands = Object.keys(COMMANDS);
const takes = (option: (typeof CLI_OPTIONS)[number], command: string): boolean =>
  option.commands === 'all' || option.commands.includes(command);

describe('the option table', () => {
  it('names each option once, with a one-line description, for commands that exist', () => {
    const names = CLI_OPTIONS.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    const shorts = CLI_OPTIONS.flatMap((o) => (o.short ? [o.short] : []));
    expect(new Set(shorts).size).toBe(shorts.length);
    for (const option of CLI_OPTIONS) {
      expect({ name: option.name, oneLine: /^[^\n]{5,90}$/.test(option.description) }).toEqual({
        name: option.name,
        oneLine: true,
      });
      if (option.commands !== 'all') {
        expect(option.commands.filter((c) => !commands.includes(c))).toEqual([]);
      }
      for (const command of Object.keys(option.describeFor ?? {})) {
        expect({ option: option.name, command, takes: takes(option, command) }).toEqual({
          option: option.name,
          command,
          takes: true,
        });
      }
    }
  });

  it('sets something for every option but --help and --version', () => {
    const inert = CLI_OPTIONS.filter((o) => o.set === undefined).map((o) => o.name);
    expect(inert.sort()).toEqual(['help', 'version']);
  });
});

describe('--help', () => {
  it('lists every command and the options every command takes', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toBe(usage() + '\n');
    for (const command of commands) expect(stdout).toContain(`  ${command} `);
    for (const option of CLI_OPTIONS) {
      const line = stdout.split('\n').find((l) => l.startsWith(`  ${optionSignature(option)} `));
      expect({ option: option.name, listed: line !== undefined }).toEqual({
        option: option.name,
        listed: option.commands === 'all',
      });
    }
    expect(stdout).toContain('serverless-action <command> --help');
  });

  it('prints the usage, exit 0, with no arguments at all', async () => {
    expect(await run()).toEqual({ code: 0, stdout: usage() + '\n', stderr: '' });
  });

  it.each(commands)('%s --help: exactly its options, a line each, and an example', async (c) => {
    const { code, stdout } = await run(c, '--help');
    expect(code).toBe(0);
    expect(stdout).toBe(commandHelp(c) + '\n');
    expect(stdout).toContain(COMMANDS[c]!.summary);
    for (const option of CLI_OPTIONS) {
      const line = stdout.split('\n').find((l) => l.startsWith(`  ${optionSignature(option)} `));
      expect({ option: option.name, listed: line !== undefined }).toEqual({
        option: option.name,
        listed: takes(option, c),
      });
    }
    expect(stdout).toMatch(new RegExp(`examples?:\\n  serverless-action ${c} `));
  });

  it('describes an option the way it works for that command', () => {
    expect(commandHelp('plan')).toMatch(/--out DIR, -o +write the plan directory/);
    expect(commandHelp('synth')).toMatch(/--out DIR, -o +cloud assembly directory/);
    expect(commandHelp('review')).toMatch(
      /--format FORMAT .*\(text \| json \| sarif \| markdown\)/,
    );
    expect(commandHelp('validate')).toMatch(/--format FORMAT +output format \(text \| json\)$/m);
  });

  it("every command's examples parse", () => {
    for (const [command, entry] of Object.entries(COMMANDS)) {
      for (const example of entry.examples) {
        const argv = example.split(' > ')[0]!.split(' ');
        expect(parseCli(argv).command).toBe(command);
      }
    }
  });
});

describe('--version', () => {
  it.each([['--version'], ['plan', '--version']])('%s prints the version', async (...argv) => {
    expect(await run(...argv)).toEqual({ code: 0, stdout: `${TOOL_VERSION}\n`, stderr: '' });
  });
});

describe('wrong usage: exit 2 and a message naming what is wrong', () => {
  it.each([
    [['plan', '--bogus'], 'unknown option --bogus for plan'],
    [['plan', '--bogus', 'x'], 'unknown option --bogus for plan'],
    [['plan', '-z'], 'unknown option -z for plan'],
    [['validate', '--out', 'x'], '--out is for synth, review, plan, deploy, not validate'],
    [['plan', '--plan', 'x'], '--plan is for deploy, not plan'],
    [['synth', '--force'], '--force is for deploy, destroy, not synth'],
    [['review', '--artifact-bucket', 'b'], '--artifact-bucket is for synth, plan, deploy'],
    [['destroy', '--keep', 'pr-1'], '--keep is for sweep, not destroy'],
    [['deploy', '--force=yes'], '--force takes no value, got "yes"'],
    [['validate', '--config'], '--config needs a value: --config FILE'],
    [['validate', '--format', 'sarif'], '--format must be one of text, json for validate'],
    [['validate', 'extra'], 'unexpected argument "extra" for validate'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['--config', 'x.yml'], 'no command given'],
  ])('%j', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`serverless-action: ${message}`);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('points at the command help', async () => {
    expect((await run('plan', '--bogus')).stderr).toContain('run "serverless-action plan --help"');
  });
});

describe('the flags SPEC.md pins', () => {
  it('parse into the same options as before the table', () => {
    expect(parseCli(['validate']).options).toEqual(BASE_OPTIONS);
    expect(
      parseCli([
        'deploy',
        '-c',
        'app.yml',
        '-e',
        'prod',
        '--format',
        'json',
        '--region',
        'eu-west-1',
        '--endpoint-url',
        'http://127.0.0.1:5000',
        '--out',
        'keep',
        '--artifact-bucket',
        'bucket',
        '--allow-replacement',
        '--allow-rollback',
        '--allow-placeholders',
        '--hotswap',
        '--force',
        '--verbose',
      ]).options,
    ).toEqual({
      config: 'app.yml',
      environment: 'prod',
      format: 'json',
      region: 'eu-west-1',
      endpointUrl: 'http://127.0.0.1:5000',
      out: 'keep',
      artifactBucket: 'bucket',
      allowReplacement: true,
      allowRollback: true,
      allowPlaceholders: true,
      hotswap: true,
      force: true,
      verbose: true,
    });
  });

  it('plan --out is the plan directory; review takes --format markdown and sarif', () => {
    expect(parseCli(['plan', '--out', 'p']).options).toMatchObject({
      planOut: 'p',
      out: 'cdk.out',
    });
    expect(parseCli(['review', '--format', 'markdown']).options.format).toBe('markdown');
    expect(parseCli(['review', '--format', 'sarif']).options.format).toBe('sarif');
    expect(parseCli(['deploy', '--plan', 'p']).options.plan).toBe('p');
  });

  it('the last of a repeated option wins', () => {
    expect(parseCli(['validate', '-c', 'a.yml', '--config', 'b.yml']).options.config).toBe('b.yml');
  });
});
