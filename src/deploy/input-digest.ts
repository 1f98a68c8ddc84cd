// The inputs fast path. A no-op deploy spent most of its time synthesizing (loading
// aws-cdk-lib, building the stack) only to find the template unchanged. Synthesis is a pure
// function of the tool's build, the environment's resolved config, the synth options and
// the bytes of every code directory; when all of those equal what the last deploy recorded,
// so does the template, and one DescribeStacks answers.
//
// A function bundled by esbuild counts by its bundle: esbuild runs (in memory, each distinct
// entry once, through the run's Bundler, whose bundles synth then reuses) and the digest
// takes the output's hash, which covers the entry and everything it imports, node_modules
// included (esbuild's metafile lists what was read; a fresh CI checkout has no earlier build
// whose list could be trusted, and the output is exactly what would be uploaded).
//
// Anything the digest cannot see turns the path off (undefined), never on: a code source
// that is neither a directory nor a bundleable entry, or a build without an id (running from
// source, where the tool's own code may have changed).
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Bundler } from '../assets/bundle';
import { bundleSourceOf } from '../assets/bundle-source';
import { repositoryRootOf } from '../config/paths';
import type { LoadedConfig } from '../config';
import { codeSourcePath } from '../config/code-sources';
import { canonicalize } from './digest';

export interface SynthInputOptions {
  /** The artifact bucket synthesis wrote into the template (undefined: the default). */
  readonly artifactBucket?: string;
}

/** Set by the bundle's CLI door (scripts/build.mjs): a hash of every file of dist/. */
export function bundleBuildId(): string | undefined {
  return (globalThis as { serverlessActionBuildId?: string }).serverlessActionBuildId;
}

export async function synthInputDigest(
  loaded: LoadedConfig,
  options: SynthInputOptions,
  buildId: string | undefined,
  bundler: Bundler = new Bundler(),
): Promise<string | undefined> {
  if (buildId === undefined) return undefined;
  const entries = await Promise.all(
    Object.entries(loaded.config.lambda_config).map(
      async ([key, fn]): Promise<[string, string | undefined]> => {
        const path = codeSourcePath(loaded.dir, key, fn.source);
        const info = await stat(path).catch(() => undefined);
        if (info?.isDirectory()) return [key, await directoryDigest(path)];
        const source = info?.isFile()
          ? bundleSourceOf(loaded.dir, key, fn, repositoryRootOf(loaded))
          : undefined;
        if (!source) return [key, undefined];
        // A failing build is synth's to report, with its config line; here it only means "no".
        const built = await bundler.build(source).catch(() => undefined);
        return [key, built && `bundle ${built.hash}`];
      },
    ),
  );
  const code: Record<string, string> = {};
  for (const [key, digest] of entries) {
    if (digest === undefined) return undefined;
    code[key] = digest;
  }
  const canonical = JSON.stringify(
    canonicalize({
      buildId,
      config: loaded.config,
      environment: loaded.environment,
      artifactBucket: options.artifactBucket ?? null,
      code,
    }),
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/** Every file below `dir` (symbolic links followed), by relative path and content. */
export async function directoryDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(dir, relative));
    for (const name of entries.sort()) {
      const path = join(relative, name);
      const info = await stat(join(dir, path));
      if (info.isDirectory()) {
        hash.update(`dir\0${path}\0`);
        await walk(path);
      } else {
        const content = createHash('sha256')
          .update(await readFile(join(dir, path)))
          .digest('hex');
        hash.update(`file\0${path}\0${content}\0`);
      }
    }
  };
  await walk('');
  return hash.digest('hex');
}
