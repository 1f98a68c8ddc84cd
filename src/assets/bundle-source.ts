// Which functions are bundled, and from what: one rule, read by synth (to bundle) and by the
// deploy's input digest (to hash the same bundles without loading aws-cdk-lib).
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { codeSourcePath, ENTRY_EXTENSIONS } from '../config/code-sources';
import { RUNTIMES } from '../config/runtimes';
import type { LambdaFunctionConfig } from '../config/schema';
import type { BundleSource } from './bundle';

/** `index` for `index.handler`, `src/app` for `src/app.handler`. */
export function handlerModule(handler: string): string {
  const dot = handler.lastIndexOf('.');
  return dot > 0 ? handler.slice(0, dot) : handler;
}

/** The bundle a function's code is built from; undefined for a directory (or no usable entry). */
export function bundleSourceOf(
  configDir: string,
  key: string,
  fn: Pick<LambdaFunctionConfig, 'source' | 'runtime' | 'handler'>,
  /** Imports must resolve inside it (contain-imports.ts): part of what makes the bundle. */
  repositoryRoot: string,
): BundleSource | undefined {
  const entry = codeSourcePath(configDir, key, fn.source);
  const target = RUNTIMES[fn.runtime]?.esbuildTarget;
  if (target === undefined) return undefined;
  if (!(ENTRY_EXTENSIONS as readonly string[]).includes(extname(entry))) return undefined;
  try {
    if (!statSync(entry).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return { entry, target, handlerModule: handlerModule(fn.handler), repositoryRoot };
}
