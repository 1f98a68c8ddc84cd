// Bundles a function's entry file (.ts/.js/.mjs/.cjs) with esbuild into a staging
// directory named by its content hash, so an unchanged function keeps its asset hash and
// CloudFormation sees no code change.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import type * as Esbuild from 'esbuild';
import { ServerlessActionError, errorMessage } from '../errors';
import { containImports } from './contain-imports';

export interface BundleRequest {
  /** Absolute path of the entry file. */
  readonly entry: string;
  /** esbuild target, e.g. `node22` (RUNTIMES[runtime].esbuildTarget). */
  readonly target: string;
  /** The handler's module path without extension (`index` for `index.handler`). */
  readonly handlerModule: string;
  /** Directory under which `bundle.<hash>` is created. */
  readonly stagingRoot: string;
  /** Imports must resolve inside this directory or its node_modules (contain-imports.ts). */
  readonly repositoryRoot?: string;
}

export interface BundleResult {
  /** Absolute path of the staged directory (holds exactly the bundled file). */
  readonly directory: string;
  /** SHA-256 of the bundle's content. */
  readonly hash: string;
}

export const BUNDLE_ENTRY_EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs'] as const;

/** Node 18+ runtimes ship the AWS SDK v3: bundling it would only add megabytes. */
export function externalModules(target: string): string[] {
  const major = Number(/^node(\d+)/.exec(target)?.[1] ?? 0);
  return major >= 18 ? ['@aws-sdk/*'] : [];
}

/** ESM only when the entry says so (.mjs): Lambda treats `.js` as CommonJS without a package.json. */
export function outputFormat(entry: string): 'esm' | 'cjs' {
  return extname(entry) === '.mjs' ? 'esm' : 'cjs';
}

export async function bundleFunction(request: BundleRequest): Promise<BundleResult> {
  const format = outputFormat(request.entry);
  const outName = `${request.handlerModule}${format === 'esm' ? '.mjs' : '.js'}`;
  const esbuild = loadEsbuild(request.entry);
  let result;
  try {
    result = await esbuild.build({
      entryPoints: [request.entry],
      bundle: true,
      write: false,
      platform: 'node',
      target: request.target,
      format,
      minify: false,
      sourcemap: false,
      external: externalModules(request.target),
      outfile: join(request.stagingRoot, outName),
      logLevel: 'silent',
      plugins: request.repositoryRoot === undefined ? [] : [containImports(request.repositoryRoot)],
    });
  } catch (error) {
    throw new ServerlessActionError(
      `bundling ${request.entry} failed: ${errorMessage(error)}`,
      'BUNDLE_FAILED',
      'Fix the errors above, or point `source` at a directory of already built code.',
    );
  }
  const output = result.outputFiles[0];
  if (!output)
    throw new ServerlessActionError(`esbuild wrote nothing for ${request.entry}`, 'BUNDLE_FAILED');
  // The file name is part of the hash: a renamed handler is a code change.
  const hash = createHash('sha256').update(outName).update(output.contents).digest('hex');
  const directory = join(request.stagingRoot, `bundle.${hash}`);
  if (!existsSync(directory)) {
    const temporary = `${directory}.tmp-${process.pid}`;
    rmSync(temporary, { recursive: true, force: true });
    const file = join(temporary, outName);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, output.contents);
    renameSync(temporary, directory);
  }
  return { directory, hash };
}

/** Reads back a staged bundle (tests and debugging). */
export function readBundle(
  result: BundleResult,
  handlerModule: string,
  format: 'esm' | 'cjs',
): string {
  return readFileSync(
    join(result.directory, `${handlerModule}${format === 'esm' ? '.mjs' : '.js'}`),
    'utf8',
  );
}

/**
 * esbuild is loaded only when a function needs bundling, and never bundled itself: its
 * JavaScript API finds its native binary relative to its own package. Looked up first
 * from the function's own directory (the user's devDependency), then beside this tool
 * (a checkout or an npm install of serverless-action).
 */
function loadEsbuild(entry: string): typeof Esbuild {
  const failures: string[] = [];
  for (const from of [entry, __filename]) {
    try {
      return createRequire(from)('esbuild') as typeof Esbuild;
    } catch (error) {
      failures.push(errorMessage(error).split('\n')[0] ?? '');
    }
  }
  throw new ServerlessActionError(
    `esbuild is needed to bundle ${entry} but could not be loaded: ${failures.join('; ')}`,
    'BUNDLE_FAILED',
    'Add esbuild to the repository (`npm install --save-dev esbuild`, then `npm ci` before this step), or point `source` at a directory of built code.',
  );
}
