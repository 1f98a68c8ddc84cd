// On Node versions the AWS SDK no longer supports, the SDK prints an eight-line
// NodeVersionSupportWarning from every process that creates a client. The CLI and the
// action replace it with one line of their own, once per process; every other warning
// passes through untouched.

/** The warning the AWS SDK emits (as the start of its message). */
export const SDK_WARNING_NAME = 'NodeVersionSupportWarning';

/** The part of `process` this needs; tests pass their own. */
export interface WarningTarget {
  emitWarning: (warning: string | Error, ...rest: never[]) => void;
}

/** The one line for Node `version` when the SDK asks for `wanted` or newer. */
export function nodeVersionLine(version: string, wanted: number): string {
  const major = /^v?(\d+)/.exec(version)?.[1] ?? version;
  return `serverless-action: Node ${major} is past end-of-life; use Node ${wanted} or newer`;
}

/** Is this the SDK's NodeVersionSupportWarning (by its name, whatever its form)? */
function isSdkWarning(warning: unknown, rest: readonly unknown[]): boolean {
  const text = typeof warning === 'string' ? warning : warning instanceof Error ? warning.name : '';
  if (text.startsWith(SDK_WARNING_NAME)) return true;
  if (warning instanceof Error && warning.message.startsWith(SDK_WARNING_NAME)) return true;
  const type = rest[0];
  if (type === SDK_WARNING_NAME) return true;
  return typeof type === 'object' && type !== null && 'type' in type
    ? type.type === SDK_WARNING_NAME
    : false;
}

/** The Node major the SDK asks for (`node >=22` in its text); 22 when it does not say. */
function wantedMajor(warning: unknown): number {
  const text =
    typeof warning === 'string' ? warning : warning instanceof Error ? warning.message : '';
  return Number(/node >=\s*(\d+)/i.exec(text)?.[1] ?? 22);
}

const INSTALLED = Symbol.for('serverless-action.quietNodeVersionWarning');

/**
 * Filters `target.emitWarning`: the SDK's NodeVersionSupportWarning becomes one `write`n
 * line, the first time only; everything else is emitted as before. Installing twice is
 * a no-op. Returns a function that puts the original back (for tests).
 */
export function quietNodeVersionWarning(
  target: WarningTarget,
  write: (line: string) => void,
  version: string = process.version,
): () => void {
  const marked = target as WarningTarget & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return () => undefined;
  const original = target.emitWarning;
  let said = false;
  const filtered = function (this: unknown, warning: string | Error, ...rest: never[]): void {
    if (isSdkWarning(warning, rest)) {
      const wanted = wantedMajor(warning);
      if (!said && Number(/^v?(\d+)/.exec(version)?.[1]) < wanted) {
        write(nodeVersionLine(version, wanted));
      }
      said = true;
      return;
    }
    original.call(this, warning, ...rest);
  };
  target.emitWarning = filtered;
  marked[INSTALLED] = true;
  return () => {
    target.emitWarning = original;
    delete marked[INSTALLED];
  };
}
