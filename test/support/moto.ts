// moto_server on a free loopback port, spawned in its own process group. Tests that need
// AWS use this and nothing else; no address other than 127.0.0.1 is ever contacted.
//
// In a Jest worker, startMoto() hands out the worker's shared server of its kind (one plain,
// one patched at most, started on first use) and resets it, so each test file starts from an
// empty moto; a file that needs more isolation resets between its tests (`moto.reset()`).
// Its stop() leaves the server for the worker's next file. The server dies with the worker:
// it runs under a small shell that kills it when the worker's end of a pipe closes (however
// the worker ends, SIGKILL included), and the worker records its PID in the run's directory
// (test/support/jest-global.ts), whose teardown stops whatever is left. spawnMoto() is a
// private server, stopped by stop() (bench/ and tests of the helper itself).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MotoServer {
  /** `http://127.0.0.1:PORT`, for the SDK clients' `endpoint`. */
  readonly endpoint: string;
  readonly port: number;
  /** Forget every resource (`POST /moto-api/reset`). */
  reset(): Promise<void>;
  /**
   * Stop the server (its whole process group) and wait for it to exit. On a worker's shared
   * server (startMoto() in Jest) this does nothing: the worker's next file uses it.
   */
  stop(): Promise<void>;
}

export const MOTO_INSTALL_HINT = 'install it with: pip install "moto[server]"';

/** Fake credentials moto accepts; set them before building clients that use the default chain. */
export const MOTO_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_SESSION_TOKEN: 'testing',
} as const;

/** moto's default account id. */
export const MOTO_ACCOUNT_ID = '123456789012';

const STARTUP_TIMEOUT_MS = 20_000;

export interface StartMotoOptions {
  /** The moto_server executable (default `moto_server`, or MOTO_SERVER_BIN). */
  readonly binary?: string;
  /**
   * Run `moto_patched.py` (beside this file) instead: moto with patches that restore AWS's
   * documented behaviour where moto diverges (each patch cites the doc it follows).
   */
  readonly patched?: boolean;
  /** Called with everything moto writes to stderr: Werkzeug logs one line per request there. */
  readonly onLog?: (text: string) => void;
}

/** The launcher that applies moto_patched.py's fixes; also used by the demo and the bench. */
export const PATCHED_LAUNCHER = join(__dirname, 'moto_patched.py');

/** Where a Jest run's workers record their shared servers (set by test/support/jest-global.ts). */
export const MOTO_PID_DIR_VARIABLE = 'SA_MOTO_PID_DIR';

/**
 * In a Jest worker: the worker's shared server of this kind, reset (see the top of this
 * file). Elsewhere, or with `binary` or `onLog`: a private server, as spawnMoto().
 */
export async function startMoto(options: StartMotoOptions = {}): Promise<MotoServer> {
  if (
    process.env.JEST_WORKER_ID === undefined ||
    options.binary !== undefined ||
    options.onLog !== undefined
  ) {
    return spawnMoto(options);
  }
  const kind = options.patched ? 'patched' : 'plain';
  const dir = process.env[MOTO_PID_DIR_VARIABLE] ?? join(tmpdir(), `sa-moto-${process.ppid}`);
  mkdirSync(dir, { recursive: true });
  // One file per worker process and kind; a Jest worker runs one test file at a time.
  const record = join(dir, `${process.pid}-${kind}.json`);
  const known = readRecord(record);
  if (known && isAlive(known.pid) && (await answers(known.port))) {
    await post(known.port, '/moto-api/reset');
    return sharedServer(known.port);
  }
  const started = await spawnShared(options, join(dir, `${process.pid}-${kind}.log`));
  writeFileSync(record, JSON.stringify({ pid: started.pid, port: started.port }));
  return sharedServer(started.port);
}

function sharedServer(port: number): MotoServer {
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    reset: () => post(port, '/moto-api/reset'),
    stop: () => Promise.resolve(),
  };
}

function readRecord(file: string): { pid: number; port: number } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { pid: number; port: number };
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The shell around a shared server: it runs moto, and when its stdin (a pipe from the
 * worker) reaches end of file, i.e. the worker has exited, it kills moto. Its exit status is
 * moto's, so a moto that cannot start still fails fast.
 */
const WATCHDOG =
  'exec 3<&0; "$@" 3<&- & child=$!; (read _ <&3; kill $child 2>/dev/null) & wait $child';

async function spawnShared(
  options: StartMotoOptions,
  logFile: string,
): Promise<{ pid: number; port: number }> {
  const port = await freePort();
  const [command, commandArgs] = launcher(options, port);
  const log = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn('/bin/sh', ['-c', WATCHDOG, 'moto-watchdog', command, ...commandArgs], {
      detached: true,
      stdio: ['pipe', 'ignore', log],
    });
  } finally {
    closeSync(log);
  }
  // Neither the child nor the pipe keeps the worker's event loop alive; the pipe closes
  // when the worker exits, which is the shell's signal.
  child.unref();
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  const exited = watchExit(child);
  const tail = (): string => {
    try {
      return readFileSync(logFile, 'utf8').slice(-4000);
    } catch {
      return '';
    }
  };
  try {
    await waitUntilAnswering(port, exited, tail);
    await post(port, '/moto-api/reset');
  } catch (error) {
    killGroup(child);
    rmSync(logFile, { force: true });
    throw error;
  }
  return { pid: child.pid!, port };
}

function launcher(options: StartMotoOptions, port: number): [string, string[]] {
  const args = ['-H', '127.0.0.1', '-p', String(port)];
  return options.patched
    ? [process.env.MOTO_PYTHON ?? 'python3', [PATCHED_LAUNCHER, ...args]]
    : [options.binary ?? process.env.MOTO_SERVER_BIN ?? 'moto_server', args];
}

/** A private moto_server, stopped by its stop(). */
export async function spawnMoto(options: StartMotoOptions = {}): Promise<MotoServer> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const [command, commandArgs] = launcher(options, port);
  // detached: its own process group, so stop() also reaches the Werkzeug reloader/children.
  const child = spawn(command, commandArgs, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = watchExit(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    // Keep only the tail: moto logs every request there.
    stderr = (stderr + chunk.toString()).slice(-4000);
    options.onLog?.(chunk.toString());
  });

  try {
    await waitUntilAnswering(port, exited, () => stderr);
    await post(port, '/moto-api/reset');
  } catch (error) {
    killGroup(child);
    throw error;
  }

  return {
    endpoint,
    port,
    reset: () => post(port, '/moto-api/reset'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child);
      // A cleared timer, not a bare delay: a pending 5 s timer would keep Jest's loop alive.
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, 5_000);
      });
      await Promise.race([exited.promise, gaveUp]);
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, 'SIGKILL');
        await exited.promise;
      }
      child.stderr?.destroy();
    },
  };
}

function watchExit(child: ChildProcess): { promise: Promise<void>; error: () => Error | null } {
  let failure: Error | null = null;
  const promise = new Promise<void>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      failure =
        error.code === 'ENOENT'
          ? new Error(`moto_server was not found on PATH; ${MOTO_INSTALL_HINT}`)
          : new Error(`moto_server could not start (${error.message}); ${MOTO_INSTALL_HINT}`);
      resolve();
    });
    child.once('exit', (code, signal) => {
      failure ??= new Error(
        `moto_server exited (${signal ?? `code ${code}`}) before answering; ${MOTO_INSTALL_HINT}`,
      );
      resolve();
    });
  });
  return { promise, error: () => failure };
}

async function waitUntilAnswering(
  port: number,
  exited: { promise: Promise<void>; error: () => Error | null },
  stderrTail: () => string,
): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let done = false;
  void exited.promise.then(() => {
    done = true;
  });
  while (Date.now() < deadline) {
    if (done) {
      const error = exited.error()!;
      error.message += stderrTail() ? `\n${stderrTail()}` : '';
      throw error;
    }
    if (await answers(port)) return;
    await delay(100);
  }
  throw new Error(
    `moto_server did not answer on 127.0.0.1:${port} within ${STARTUP_TIMEOUT_MS} ms; ` +
      `${MOTO_INSTALL_HINT}\n${stderrTail()}`,
  );
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/moto-api/data.json', method: 'GET', timeout: 1000 },
      (res) => {
        res.resume();
        resolve((res.statusCode ?? 500) < 500);
      },
    );
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

function post(port: number, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST' }, (res) => {
      res.resume();
      res.on('end', () =>
        (res.statusCode ?? 500) < 300
          ? resolve()
          : reject(new Error(`moto ${path} answered HTTP ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
