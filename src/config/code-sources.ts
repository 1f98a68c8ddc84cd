// Every function's code must exist before anything is synthesized: a directory (zipped as
// is) or an entry file to bundle. The file system is reached through `probe`, so the rule
// itself is tested without touching disk.
import { statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { error, type Finding } from './findings';
import { checkConfigPath, type RealPath } from './paths';
import type { ResolvedConfig } from './schema';

export type PathKind = 'directory' | 'file' | 'missing';
export type PathProbe = (absolutePath: string) => PathKind;

export const ENTRY_EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs'] as const;

/** Where a function's code is: `source` relative to the config file, default `functions/<key>`. */
export function codeSourcePath(configDir: string, key: string, source: string | undefined): string {
  return resolve(configDir, source ?? join('functions', key));
}

export function checkCodeSources(
  config: ResolvedConfig,
  configDir: string,
  probe: PathProbe = probeDisk,
  containment: { readonly root?: string; readonly realpath?: RealPath } = {},
): Finding[] {
  const findings: Finding[] = [];
  for (const [key, fn] of Object.entries(config.lambda_config)) {
    const absolute = codeSourcePath(configDir, key, fn.source);
    const shown = relative(configDir, absolute) || '.';
    const path =
      fn.source === undefined ? ['lambda_config', key] : ['lambda_config', key, 'source'];
    const at = fn.source === undefined ? 'key' : 'value';
    // Outside the repository is refused before the disk is asked anything else about it.
    const outside = checkConfigPath(
      path,
      fn.source ?? join('functions', key),
      {
        configDir,
        root: containment.root ?? configDir,
        ...(containment.realpath !== undefined && { realpath: containment.realpath }),
      },
      at,
    );
    if (outside) {
      findings.push(outside);
      continue;
    }
    const kind = probe(absolute);
    if (kind === 'missing') {
      findings.push(
        error(
          path,
          fn.source === undefined
            ? `code of function "${key}" not found: ${shown} does not exist (relative to the config file); create it or set "source"`
            : `source ${shown} does not exist (relative to the config file); point it at a directory or a .ts/.js/.mjs/.cjs file`,
          at,
        ),
      );
    } else if (
      kind === 'file' &&
      !(ENTRY_EXTENSIONS as readonly string[]).includes(extname(absolute))
    ) {
      findings.push(
        error(
          path,
          `source ${shown} is a file but not a .ts, .js, .mjs or .cjs entry; point it at the code's directory or its entry file`,
          at,
        ),
      );
    }
  }
  return findings;
}

export function probeDisk(absolutePath: string): PathKind {
  try {
    return statSync(absolutePath).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}
