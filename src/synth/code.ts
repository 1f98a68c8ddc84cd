// Where a function's code comes from: a directory is shipped as is (CDK stages a copy in the
// cloud assembly); an entry file is bundled with esbuild first. Either way the result is a
// zip asset at `assets/<hash>.zip` in the artifact bucket, listed in the asset manifest.
import { existsSync, rmSync, statSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { AssetStaging, FileAssetPackaging, SymlinkFollowMode, type Stack } from 'aws-cdk-lib/core';
import { BUNDLE_ENTRY_EXTENSIONS } from '../assets/bundle';
import { bundleSourceOf, handlerModule } from '../assets/bundle-source';
import { defaultCacheRoot, packagePython } from '../assets/python';
import { repositoryRootOf } from '../config/paths';
import { RUNTIMES } from '../config/runtimes';
import type { LambdaFunctionConfig } from '../config/schema';
import { ServerlessActionError } from '../errors';
import { configProblem, type SynthContext } from './context';

export interface CodeLocation {
  readonly S3Bucket: string;
  readonly S3Key: string;
}

/** `source` relative to the config file; default `functions/<key>`. */
export function sourcePath(configDir: string, key: string, source: string | undefined): string {
  return resolve(configDir, source ?? `functions/${key}`);
}

export { handlerModule };

/**
 * Starts every bundle at once (the bundler runs up to the CPU count in parallel and each
 * distinct entry once); functionCode awaits each where the function is built. A failure is
 * reported there, in the config's order, not here.
 */
export function startBundles(context: SynthContext): void {
  for (const [key, fn] of Object.entries(context.config.lambda_config)) {
    const source = bundleSourceOf(context.loaded.dir, key, fn, repositoryRootOf(context.loaded));
    if (source) context.bundler.build(source).catch(() => undefined);
  }
}

export async function functionCode(
  context: SynthContext,
  key: string,
  fn: LambdaFunctionConfig,
): Promise<CodeLocation> {
  const where = ['lambda_config', key, fn.source === undefined ? 'handler' : 'source'];
  const path = sourcePath(context.loaded.dir, key, fn.source);
  if (!existsSync(path)) {
    throw configProblem(
      context,
      where,
      `the code of function "${key}" is not at ${path}`,
      fn.source === undefined
        ? `Put the code in functions/${key}/ next to the config, or set lambda_config.${key}.source.`
        : 'Fix `source`: a directory, or a .ts/.js/.mjs entry file, relative to the config file.',
    );
  }
  if (statSync(path).isDirectory()) {
    const python = pythonWithDependencies(context, fn, path, where);
    return python === undefined
      ? stageDirectory(context.scopeOf(key), key, path)
      : stageDirectory(context.scopeOf(key), key, python, () =>
          rmSync(python, { recursive: true }),
        );
  }

  const extension = extname(path) as (typeof BUNDLE_ENTRY_EXTENSIONS)[number];
  const target = RUNTIMES[fn.runtime]?.esbuildTarget;
  if (!BUNDLE_ENTRY_EXTENSIONS.includes(extension) || target === undefined) {
    throw configProblem(
      context,
      where,
      `${path} is a file, but only .ts/.js/.mjs/.cjs entries of Node.js functions are bundled (runtime ${fn.runtime})`,
      'Point `source` at a directory that holds the built code.',
    );
  }
  const bundle = await context.bundler.bundle({
    entry: path,
    target,
    handlerModule: handlerModule(fn.handler),
    stagingRoot: context.outDir,
    repositoryRoot: repositoryRootOf(context.loaded),
  });
  return addZipAsset(context.scopeOf(key), bundle.hash, relative(context.outDir, bundle.directory));
}

export function stageDirectory(
  stack: Stack,
  key: string,
  directory: string,
  afterCopy?: () => void,
): CodeLocation {
  // AssetStaging fingerprints the directory and copies it into the assembly as asset.<hash>.
  // Links inside the directory are copied as files; one pointing out stays a link, which
  // the zip refuses (assets/zip.ts): nothing outside the function's directory is packaged.
  const staging = new AssetStaging(stack, `Code${key}`, {
    sourcePath: directory,
    follow: SymlinkFollowMode.BLOCK_EXTERNAL,
  });
  afterCopy?.();
  return addZipAsset(stack, staging.assetHash, staging.relativeStagedPath(stack));
}

/** A Python function's directory with its requirements installed, if it declares any. */
export function pythonWithDependencies(
  context: SynthContext,
  fn: Pick<LambdaFunctionConfig, 'runtime' | 'architectures'>,
  directory: string,
  where: readonly (string | number)[],
  into?: string,
): string | undefined {
  if (RUNTIMES[fn.runtime]?.family !== 'python') return undefined;
  try {
    return packagePython({
      directory,
      runtime: fn.runtime,
      architecture: fn.architectures?.[0] ?? 'x86_64',
      cacheRoot: defaultCacheRoot(),
      stagingRoot: context.outDir,
      ...(into !== undefined && { into }),
    });
  } catch (error) {
    // pip's failure belongs to the config entry that asked for it.
    if (!(error instanceof ServerlessActionError)) throw error;
    throw configProblem(context, where, error.message, error.hint);
  }
}

function addZipAsset(stack: Stack, hash: string, fileName: string): CodeLocation {
  const location = stack.synthesizer.addFileAsset({
    sourceHash: hash,
    fileName,
    packaging: FileAssetPackaging.ZIP_DIRECTORY,
    displayName: fileName,
  });
  return { S3Bucket: location.bucketName, S3Key: location.objectKey };
}
