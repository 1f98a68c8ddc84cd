// Every message goes through one injected Logger, so the same engine serves the CLI
// (stderr), the action (@actions/core) and tests (an array).

export interface Logger {
  /** Progress a person wants to see while a long step runs. */
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Detail for troubleshooting; hidden unless asked for. */
  debug(message: string): void;
}

/** Writes to a stream (stderr for the CLI, so stdout stays clean for --format json). */
export function streamLogger(stream: NodeJS.WritableStream, verbose = false): Logger {
  const write = (line: string): void => {
    stream.write(line + '\n');
  };
  return {
    info: write,
    warn: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
    debug: (m) => {
      if (verbose) write(`debug: ${m}`);
    },
  };
}

/** Collects messages, for tests. */
export function memoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
  };
}

/** Wall-clock source, injected so waits and timestamps are testable. */
export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
