// Synthesizes an in-memory config (validated by the real schema) into a temporary cloud
// assembly, for assertions with aws-cdk-lib/assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import type { LoadedConfig } from '../../src/config';
import { selectEnvironment } from '../../src/config/merge';
import { ResolvedConfigSchema } from '../../src/config/schema';
import { synthesize } from '../../src/synth';
import type { SynthOptions, SynthesizedStack } from '../../src/synth/types';

/** Holds `code/` (a directory handler) and `src/` (entries to bundle). */
export const RICH_DIR = join(__dirname, '..', 'fixtures', 'synth', 'rich');

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export function loadedFrom(input: Record<string, unknown>, dir = RICH_DIR): LoadedConfig {
  // The loader's merge, so a pr-* stage gets its preview defaults as it would from a file.
  const selection = selectEnvironment(input, undefined);
  const config = ResolvedConfigSchema.parse(selection.merged);
  return {
    file: 'serverless.config.yml',
    dir,
    environment: config.environment,
    config,
    warnings: [],
    composition: {
      ephemeral: selection.ephemeral,
      layers: selection.layers,
      layerKeys: {},
      previewDifferences: selection.previewDifferences,
    },
    locate: () => ({ file: 'serverless.config.yml', line: 7, column: 3 }),
  };
}

export interface Synthesized {
  readonly stack: SynthesizedStack;
  readonly template: Template;
}

/** A function whose code is the `code/` directory of the rich fixture. */
export const fn = (extra: Record<string, unknown> = {}) => ({ source: 'code', ...extra });

export async function synth(
  input: Record<string, unknown>,
  options: Partial<SynthOptions> = {},
): Promise<Synthesized> {
  const outDir = mkdtempSync(join(tmpdir(), 'synth-test-'));
  outDirs.push(outDir);
  const stack = await synthesize(
    loadedFrom({ project_name: 'demo', environment: 'dev', ...input }),
    {
      outDir,
      ...options,
    },
  );
  return {
    stack,
    template: Template.fromJSON(stack.template),
  };
}

/** Template JSON as tests read it: untyped, indexed freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Resources of one type, by logical id. */
export function resourcesOf(
  stack: SynthesizedStack,
  type: string,
): Record<string, { Properties: Record<string, Json>; [key: string]: Json }> {
  return Object.fromEntries(
    Object.entries(stack.template.Resources).filter(([, r]) => r.Type === type),
  ) as Record<string, { Properties: Record<string, Json> }>;
}

export function only<T>(record: Record<string, T>): T {
  const values = Object.values(record);
  if (values.length !== 1) throw new Error(`expected exactly one, got ${values.length}`);
  return values[0]!;
}
