// On Node versions the AWS SDK warns about: one line of ours, once, instead of the SDK's
// eight-line NodeVersionSupportWarning; every other warning untouched.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  SDK_WARNING_NAME,
  nodeVersionLine,
  quietNodeVersionWarning,
  type WarningTarget,
} from '../src/node-version';

const SDK_TEXT = `${SDK_WARNING_NAME}: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=22. You are running node v20.20.2.`;

function fakeProcess(): { target: WarningTarget; emitted: unknown[][] } {
  const emitted: unknown[][] = [];
  const target: WarningTarget = {
    emitWarning: (...args: unknown[]) => {
      emitted.push(args);
    },
  };
  return { target, emitted };
}

describe('nodeVersionLine', () => {
  it('names the running major and the one to use', () => {
    expect(nodeVersionLine('v20.20.2', 22)).toBe(
      'serverless-action: Node 20 is past end-of-life; use Node 22 or newer',
    );
    expect(nodeVersionLine('v22.1.0', 24)).toContain('Node 22 is past end-of-life; use Node 24');
  });
});

describe('quietNodeVersionWarning', () => {
  // The SDK's own switch would hide its warning and make the real-process checks vacuous.
  const SWITCH = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';
  const previous = process.env[SWITCH];
  beforeEach(() => {
    delete process.env[SWITCH];
  });
  afterAll(() => {
    if (previous !== undefined) process.env[SWITCH] = previous;
  });

  it("says one line, once, however often and in whatever form the SDK's warning comes", () => {
    const { target, emitted } = fakeProcess();
    const lines: string[] = [];
    quietNodeVersionWarning(target, (line) => lines.push(line), 'v20.20.2');
    target.emitWarning(SDK_TEXT);
    target.emitWarning(SDK_TEXT);
    target.emitWarning(Object.assign(new Error('x'), { name: SDK_WARNING_NAME }));
    (target.emitWarning as (w: string, type: string) => void)('text', SDK_WARNING_NAME);
    expect(lines).toEqual(['serverless-action: Node 20 is past end-of-life; use Node 22 or newer']);
    expect(emitted).toEqual([]);
  });

  it('takes the version to use from the warning', () => {
    const { target } = fakeProcess();
    const lines: string[] = [];
    quietNodeVersionWarning(target, (line) => lines.push(line), 'v22.3.0');
    target.emitWarning(SDK_TEXT.replace('>=22', '>=24'));
    expect(lines).toEqual(['serverless-action: Node 22 is past end-of-life; use Node 24 or newer']);
  });

  it('passes every other warning through, arguments and all', () => {
    const { target, emitted } = fakeProcess();
    const lines: string[] = [];
    quietNodeVersionWarning(target, (line) => lines.push(line), 'v20.0.0');
    (target.emitWarning as (w: string, type: string) => void)('disk almost full', 'DiskWarning');
    target.emitWarning('NodeVersion is fine');
    expect(emitted).toEqual([['disk almost full', 'DiskWarning'], ['NodeVersion is fine']]);
    expect(lines).toEqual([]);
  });

  it('says nothing on a Node the SDK asks for (the warning stays quiet)', () => {
    const { target, emitted } = fakeProcess();
    const lines: string[] = [];
    quietNodeVersionWarning(target, (line) => lines.push(line), 'v24.1.0');
    target.emitWarning(SDK_TEXT);
    expect({ lines, emitted }).toEqual({ lines: [], emitted: [] });
  });

  it('installs once, and puts the original back', () => {
    const { target, emitted } = fakeProcess();
    const lines: string[] = [];
    const restore = quietNodeVersionWarning(target, (line) => lines.push(line), 'v20.0.0');
    quietNodeVersionWarning(target, (line) => lines.push(`second: ${line}`), 'v20.0.0');
    target.emitWarning(SDK_TEXT);
    expect(lines).toHaveLength(1);
    restore();
    target.emitWarning(SDK_TEXT);
    expect(emitted).toEqual([[SDK_TEXT]]);
  });

  /** The SDK's check, from a fresh copy of its module (each copy warns once on its own). */
  function sdkCheck(version: string): void {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const sdk = require('@aws-sdk/core/client') as {
        emitWarningIfUnsupportedVersion: (version: string) => void;
      };
      sdk.emitWarningIfUnsupportedVersion(version);
    });
  }

  it("quiets the AWS SDK's own warning on the real process", () => {
    const emitted = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const lines: string[] = [];
    const restore = quietNodeVersionWarning(process, (line) => lines.push(line), 'v20.20.2');
    let calls: unknown[][];
    try {
      sdkCheck('v20.20.2');
      sdkCheck('v20.20.2');
      process.emitWarning('something else');
    } finally {
      restore();
      calls = [...emitted.mock.calls];
      emitted.mockRestore();
    }
    expect(lines).toEqual(['serverless-action: Node 20 is past end-of-life; use Node 22 or newer']);
    expect(calls).toEqual([['something else']]);
  });

  it('lets the SDK warn when not installed (so the check above can fail)', () => {
    const emitted = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    let calls: unknown[][];
    try {
      sdkCheck('v20.20.2');
    } finally {
      calls = [...emitted.mock.calls];
      emitted.mockRestore();
    }
    expect(calls).toHaveLength(1);
    expect(String(calls[0]?.[0])).toMatch(/^NodeVersionSupportWarning: /);
  });
});

describe('the entry points install it before anything else runs', () => {
  const ROOT = join(__dirname, '..');
  // The SDK's text, asking for a Node newer than the one running these tests.
  const newer = Number(process.versions.node.split('.')[0]) + 1;
  const text = JSON.stringify(SDK_TEXT.replace('>=22', `>=${newer}`));
  const SDK_LIKE = `process.emitWarning(${text}); process.emitWarning(${text});`;

  /** Runs `code` in a fresh Node (TypeScript through ts-node), after `entry` is loaded. */
  function stderrOf(entry: string): string {
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-e', entry + SDK_LIKE],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '', INPUT_COMMAND: '' },
      },
    );
    return result.stderr;
  }

  it.each([
    [
      'the CLI (runCli)',
      "process.argv = [process.argv[0], 'cli', '--version']; require('./src/cli').runCli();",
    ],
    ['the action (src/main.ts)', "require('./src/main');"],
  ])('%s', (_name, entry) => {
    const stderr = stderrOf(entry);
    expect(stderr.match(/past end-of-life/g)).toHaveLength(1);
    expect(stderr).toContain(`end-of-life; use Node ${newer} or newer`);
    expect(stderr).not.toContain(SDK_WARNING_NAME);
  });
});
