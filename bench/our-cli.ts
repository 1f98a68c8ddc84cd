// Which build of our CLI a bench runs: the committed bundle dist/cli/index.js, as users run
// it, or (BENCH_FROM_SOURCE=1, or no bundle) a tsc build of src/ for trying a change before
// `npm run build`. One place, so every bench measures the same thing under the same switch.
import { spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** The command line that starts our CLI, and what it is, for the report. */
export function ourCli(): { argv: string[]; label: string } {
  const bundle = join(ROOT, 'dist', 'cli', 'index.js');
  if (process.env['BENCH_FROM_SOURCE'] !== '1' && existsSync(bundle)) {
    return { argv: [process.execPath, bundle], label: 'dist/cli/index.js (bundle)' };
  }
  const out = tscBuild();
  return {
    argv: [process.execPath, join(out, 'src', 'cli.js')],
    label: 'build/bench/src/cli.js (tsc, unbundled)',
  };
}

let built: string | undefined;
/** A tsc build of the repository (src/ and bench/) in build/bench/, once per run. */
export function tscBuild(): string {
  if (built !== undefined) return built;
  const out = join(ROOT, 'build', 'bench');
  // Emits even when a file has type errors; build/ is git-ignored.
  spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      ROOT,
      '--outDir',
      out,
      '--noEmit',
      'false',
    ],
    { stdio: 'ignore' },
  );
  // src/synth/l1/ reaches aws-cdk-lib's generated modules by a path relative to the
  // repository root (src/synth/l1/README.md); in the build that root is `out`.
  const modules = join(out, 'node_modules');
  if (!existsSync(modules)) symlinkSync(join(ROOT, 'node_modules'), modules);
  built = out;
  return out;
}
