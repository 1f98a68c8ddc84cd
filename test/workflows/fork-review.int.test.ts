// The `review-fork` job of workflows/pr-preview.yml, as it runs: the CLI's validate, synth
// and review for stage pr-<number>, with no AWS credentials at all. Every AWS call would
// go to a closed loopback port and fail, so passing proves the job needs no account.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseCli } from '../../src/cli';
import { COMMANDS } from '../../src/commands/registry';
import { memoryLogger } from '../../src/io';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'api-crud');

/** The CLI argv of each `run:` step of the review-fork job, for pull request #7. */
function forkJobCommands(): string[][] {
  const workflow = parse(readFileSync(join(ROOT, 'workflows', 'pr-preview.yml'), 'utf8')) as {
    jobs: Record<string, { steps: { run?: string }[] }>;
  };
  return workflow.jobs['review-fork']!.steps.flatMap((step) => {
    const match = /dist\/cli\/index\.js (.*?)(?:\s*>>.*)?$/.exec(step.run ?? '');
    if (!match) return [];
    const line = match[1]!.replace('${{ github.event.pull_request.number }}', '7');
    return [[...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!)];
  });
}

describe('the review-fork job (pull requests from forks)', () => {
  const saved = { ...process.env };
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'fork-review-'));
    // No credentials anywhere, and every endpoint a closed port: any AWS call fails fast.
    for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
    process.env['AWS_ENDPOINT_URL'] = 'http://127.0.0.1:9';
    process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  });
  afterAll(() => {
    process.env = saved;
    rmSync(out, { recursive: true, force: true });
  });

  it('runs validate, synth and review, in that order', () => {
    expect(forkJobCommands().map((argv) => argv[0])).toEqual(['validate', 'synth', 'review']);
  });

  it.each(forkJobCommands().map((argv) => [argv[0]!, argv] as const))(
    '%s succeeds without credentials',
    async (_verb, argv) => {
      const { command, options } = parseCli([
        ...argv.map((arg) => (arg === 'cdk.out' ? join(out, 'cdk.out') : arg)),
        '--format',
        'json',
      ]);
      expect(options.environment).toBe('pr-7');
      const printed: string[] = [];
      const logger = memoryLogger();
      const code = await (
        await COMMANDS[command]!.load()
      )({
        options,
        logger,
        print: (text) => printed.push(text),
        env: process.env,
        cwd: EXAMPLE,
      });
      expect({ code, log: logger.lines.filter((l) => l.startsWith('error')) }).toEqual({
        code: 0,
        log: [],
      });
      const result = JSON.parse(printed.join('')) as Record<string, unknown>;
      if (command === 'validate') expect(result['valid']).toBe(true);
      if (command === 'synth') expect(result['stackName']).toBe('items-api-pr-7');
      if (command === 'review') {
        expect(result).toEqual(
          expect.objectContaining({ cost: expect.any(Object), findings: expect.any(Array) }),
        );
      }
    },
  );
});
