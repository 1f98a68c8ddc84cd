// Bundles a function's entry file (.ts/.js/.mjs/.cjs) with esbuild into a staging
// directory named by its content hash, so an unchanged function keeps its asset hash and
// CloudFormation sees no code change. A Bundler runs esbuild once per distinct entry and
// settings (N functions sharing one handler file bundle once), up to the CPU count at a time.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import type * as Esbuild from 'esbuild';
import { ServerlessActionError, errorMessage } from '../errors';
import { containImports } from './contain-imports';

/** What decides a bundle's bytes: the same source, the same bundle. */
export interface BundleSource {
  /** Absolute path of the entry file. */
  readonly entry: string;
  /** esbuild target, e.g. `node22` (RUNTIMES[runtime].esbuildTarget). */
  readonly target: string;
  /** The handler's module path without extension (`index` for `index.handler`). */
  readonly handlerModule: string;
  /** Imports must resolve inside this directory or its node_modules (contain-imports.ts). */
  readonly repositoryRoot?: string;
}

export interface BundleRequest extends BundleSource {
  /** Directory under which `bundle.<hash>` is created. */
  readonly stagingRoot: string;
}

/** A bundle built in memory, not yet staged. */
export interface BuiltBundle {
  /** `index.js` / `index.mjs`: the handler module's file in the zip. */
  readonly outName: string;
  readonly contents: Uint8Array;
  /** SHA-256 of the file name and content: the asset hash. */
  readonly hash: string;
  /** Every file esbuild read (its metafile's inputs), relative to the working directory. */
  readonly inputs: readonly string[];
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
  return stageBundle(await buildBundle(request), request.stagingRoot);
}

/** Runs esbuild on one entry, in memory. */
export async function buildBundle(source: BundleSource): Promise<BuiltBundle> {
  const format = outputFormat(source.entry);
  const outName = `${source.handlerModule}${format === 'esm' ? '.mjs' : '.js'}`;
  const esbuild = loadEsbuild(source.entry);
  let result;
  try {
    result = await esbuild.build({
      entryPoints: [source.entry],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      target: source.target,
      format,
      minify: false,
      sourcemap: false,
      external: externalModules(source.target),
      // Only names the output: nothing is written (write: false).
      outfile: join(source.entry, '..', outName),
      logLevel: 'silent',
      plugins: source.repositoryRoot === undefined ? [] : [containImports(source.repositoryRoot)],
    });
  } catch (error) {
    throw new ServerlessActionError(
      `bundling ${source.entry} failed: ${errorMessage(error)}`,
      'BUNDLE_FAILED',
      'Fix the errors above, or point `source` at a directory of already built code.',
    );
  }
  const output = result.outputFiles[0];
  if (!output)
    throw new ServerlessActionError(`esbuild wrote nothing for ${source.entry}`, 'BUNDLE_FAILED');
  // The file name is part of the hash: a renamed handler is a code change.
  const hash = createHash('sha256').update(outName).update(output.contents).digest('hex');
  return {
    outName,
    contents: output.contents,
    hash,
    inputs: Object.keys(result.metafile.inputs).sort(),
  };
}

/** Writes a built bundle to `<stagingRoot>/bundle.<hash>/` (once: the name is its content). */
export function stageBundle(built: BuiltBundle, stagingRoot: string): BundleResult {
  const directory = join(stagingRoot, `bundle.${built.hash}`);
  if (!existsSync(directory)) {
    const temporary = `${directory}.tmp-${process.pid}`;
    rmSync(temporary, { recursive: true, force: true });
    const file = join(temporary, built.outName);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, built.contents);
    renameSync(temporary, directory);
  }
  return { directory, hash: built.hash };
}

/**
 * One run's bundles: each distinct entry and settings is built once, however many functions
 * name it (and by whoever asks first: the deploy's input digest, then synth), with at most
 * `concurrency` esbuild builds at a time. Not a cache across runs: files change between them.
 */
export class Bundler {
  private readonly built = new Map<string, Promise<BuiltBundle>>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** esbuild builds started (distinct sources), for tests and benches. */
  builds = 0;

  constructor(private readonly concurrency: number = availableParallelism()) {}

  build(source: BundleSource): Promise<BuiltBundle> {
    const key = JSON.stringify([
      source.entry,
      source.target,
      source.handlerModule,
      source.repositoryRoot,
    ]);
    let pending = this.built.get(key);
    if (!pending) {
      pending = this.limited(() => buildBundle(source));
      this.built.set(key, pending);
      this.builds += 1;
    }
    return pending;
  }

  async bundle(request: BundleRequest): Promise<BundleResult> {
    return stageBundle(await this.build(request), request.stagingRoot);
  }

  private async limited<T>(run: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) this.running += 1;
    // A finished build hands its slot straight to the next in line, so none is ever over.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await run();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
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
