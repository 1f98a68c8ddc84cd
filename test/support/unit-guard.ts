// The unit project's guard (jest.config.js, setupFilesAfterEnv): a unit test starts no
// process and opens no socket. A test file that needs either is an integration test and says
// so in its name, `*.int.test.ts` (or `*.moto.test.ts`), so `--selectProjects unit` stays
// fast and needs no moto_server, cfn-lint or dist/. Without this, a unit file that started
// moto would pass silently in the wrong project.
import type * as ChildProcessModule from 'node:child_process';
import net from 'node:net';

const advice =
  'unit tests start no process and open no socket; rename the file *.int.test.ts ' +
  '(see DEVELOPERS.md, "Tests")';

function refuse(what: string): () => never {
  return () => {
    throw new Error(`${what} in a unit test: ${advice}`);
  };
}

function guarded(actual: typeof ChildProcessModule): typeof ChildProcessModule {
  return {
    ...actual,
    spawn: refuse('child_process.spawn'),
    spawnSync: refuse('child_process.spawnSync'),
    exec: refuse('child_process.exec'),
    execSync: refuse('child_process.execSync'),
    execFile: refuse('child_process.execFile'),
    execFileSync: refuse('child_process.execFileSync'),
    fork: refuse('child_process.fork'),
  } as unknown as typeof ChildProcessModule;
}

jest.mock('node:child_process', () =>
  guarded(jest.requireActual<typeof ChildProcessModule>('node:child_process')),
);
jest.mock('child_process', () =>
  guarded(jest.requireActual<typeof ChildProcessModule>('child_process')),
);

// Sockets: node's http and net share these prototypes (the real ones, per worker), so they
// are swapped for this file only and put back after it.
const swapped = [
  [net.Socket.prototype, 'connect', 'a socket connect'],
  [net.Server.prototype, 'listen', 'a server listen'],
] as const;
const saved = swapped.map(([prototype, name]) => Object.getOwnPropertyDescriptor(prototype, name)!);
swapped.forEach(([prototype, name, what], i) =>
  Object.defineProperty(prototype, name, { ...saved[i], value: refuse(what) }),
);
afterAll(() => {
  swapped.forEach(([prototype, name], i) => Object.defineProperty(prototype, name, saved[i]!));
});
