// An esbuild plugin that holds module resolution to the repository: every file a bundle
// pulls in (the entry's imports, theirs, and so on) must resolve, symbolic links followed,
// inside the repository root or its node_modules (which may itself be a link, as with a
// shared install). `import '../../../home/runner/.aws/credentials'` fails the bundle
// instead of shipping the file inside a Lambda zip.
import { realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'esbuild';
import { isInside, realPathOnDisk } from '../config/paths';

const RESOLVING_FOR_CHECK = Symbol('contain-imports');

/** The directories a bundle may read from: the root and its node_modules, links followed. */
export function allowedRoots(root: string): string[] {
  const roots = [realPathOnDisk(root)];
  try {
    roots.push(realpathSync.native(join(root, 'node_modules')));
  } catch {
    // No node_modules at the root: the root alone.
  }
  return roots;
}

export function containImports(root: string): Plugin {
  const roots = allowedRoots(root);
  return {
    name: 'serverless-action-contain-imports',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        // The nested build.resolve below comes back through this hook: let it pass.
        if ((args.pluginData as { marker?: symbol } | undefined)?.marker === RESOLVING_FOR_CHECK) {
          return undefined;
        }
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          namespace: args.namespace,
          pluginData: { marker: RESOLVING_FOR_CHECK },
        });
        // Unresolvable, external (node: builtins, the runtime's AWS SDK) or virtual: esbuild's own answer.
        if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file') {
          return undefined;
        }
        const real = realPathOnDisk(resolved.path);
        if (roots.some((allowed) => isInside(real, allowed))) return undefined;
        return {
          errors: [
            {
              text:
                `"${args.path}" resolves to ${relative(roots[0]!, real)}, outside the repository and its node_modules; ` +
                'a function may only bundle files from its repository: copy the file into the repository',
            },
          ],
        };
      });
    },
  };
}
