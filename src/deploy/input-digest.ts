// The inputs fast path. A no-op deploy spent most of its time synthesizing (loading
// aws-cdk-lib, building the stack) only to find the template unchanged. Synthesis is a pure
// function of the tool's build, the environment's resolved config, the synth options and
// the bytes of every code directory; when all of those equal what the last deploy recorded,
// so does the template, and one DescribeStacks answers.
//
// Anything the digest cannot see turns the path off (undefined), never on: a function
// bundled by esbuild (its imports and node_modules can lie anywhere), or a build without an
// id (running from source, where the tool's own code may have changed).
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
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
): Promise<string | undefined> {
  if (buildId === undefined) return undefined;
  const code: Record<string, string> = {};
  for (const [key, fn] of Object.entries(loaded.config.lambda_config)) {
    const path = codeSourcePath(loaded.dir, key, fn.source);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) return undefined;
    code[key] = await directoryDigest(path);
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
