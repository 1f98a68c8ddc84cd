// The one containment rule for every path a config names (function sources, layers,
// schemas, any file it reads): resolved against the config's directory, symbolic links
// followed, it must land inside the repository root. A pull request must not be able to
// package ~/.aws, /etc or the runner's token files into a Lambda zip.
//
// Every check of a config-named path calls `containConfigPath` (or `checkConfigPath`, which
// turns a refusal into a finding at the config line); no other module decides this.
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { error, type ConfigPath, type Finding } from './findings';

/** Follows every symbolic link of a path; a path that does not exist yet keeps its tail. */
export type RealPath = (absolutePath: string) => string;

export interface ContainmentContext {
  /** Absolute directory of the config file: relative paths resolve against it. */
  readonly configDir: string;
  /** The repository root (`repositoryRootFor`): nothing outside it may be named. */
  readonly root: string;
  /** Default: the disk (`realPathOnDisk`); tests pass a fake. */
  readonly realpath?: RealPath;
}

export type ContainedPath =
  | {
      readonly inside: true;
      /** Resolved against the config directory, links not followed (what messages show). */
      readonly absolute: string;
      /** With every symbolic link followed (what must be read). */
      readonly real: string;
    }
  | {
      readonly inside: false;
      readonly absolute: string;
      readonly real: string;
      /** Why it is refused and what to do, ready for a diagnostic. */
      readonly message: string;
    };

/**
 * Resolves `named` (as written in the config) against the config directory, follows its
 * symbolic links, and says whether it stays inside the repository root.
 */
export function containConfigPath(named: string, context: ContainmentContext): ContainedPath {
  const realpath = context.realpath ?? realPathOnDisk;
  const absolute = resolve(context.configDir, named);
  const real = realpath(absolute);
  const root = realpath(resolve(context.root));
  if (isInside(real, root)) return { inside: true, absolute, real };
  const how = isAbsolute(named)
    ? 'is an absolute path'
    : isInside(absolute, root) || isInside(absolute, resolve(context.root))
      ? 'goes through a symbolic link'
      : 'climbs with ".."';
  return {
    inside: false,
    absolute,
    real,
    message:
      `${named} ${how} to a place outside the repository (${relative(root, real) || real}); ` +
      'a config may only name files inside its repository: move the files into the repository and name them relative to the config file',
  };
}

/** `containConfigPath` as a config finding at `path` (undefined when the path is inside). */
export function checkConfigPath(
  path: ConfigPath,
  named: string,
  context: ContainmentContext,
  at: 'key' | 'value' = 'value',
): Finding | undefined {
  const contained = containConfigPath(named, context);
  return contained.inside ? undefined : error(path, contained.message, at);
}

/** True when `path` is `root` or below it (both absolute and normalized). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The repository a config belongs to: the workspace when the caller knows it (the action
 * passes GITHUB_WORKSPACE), else the nearest directory at or above the config's that holds
 * `.git` (a directory, or a file in a worktree), else the config's own directory.
 */
export function repositoryRootFor(configDir: string, workspace?: string): string {
  if (workspace !== undefined && workspace !== '') return resolve(workspace);
  for (let dir = resolve(configDir); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(configDir);
  }
}

/**
 * realpath that also serves paths that do not exist (yet): the deepest existing ancestor
 * is resolved and the rest appended, so `link/missing` still counts as outside when `link`
 * points out of the repository.
 */
export function realPathOnDisk(absolutePath: string): string {
  try {
    return realpathSync.native(absolutePath);
  } catch {
    const parent = dirname(absolutePath);
    if (parent === absolutePath) return absolutePath;
    return join(realPathOnDisk(parent), basename(absolutePath));
  }
}

/** The root a loaded config's paths must stay in: the one it was loaded with, else found. */
export function repositoryRootOf(loaded: { readonly root?: string; readonly dir: string }): string {
  return loaded.root ?? repositoryRootFor(loaded.dir);
}
