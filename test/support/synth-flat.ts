// The same config built as one stack, whatever its size: synthesize() would split a big one
// into nested stacks (or refuse it), so this calls the builder synthesize() uses with
// `nested: false` and writes the assembly without the 500-resource check. Only for tests that
// compare a nested stack with the flat stack it stands for; CloudFormation would refuse it.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedConfig } from '../../src/config';
import { newApp, originsOf } from '../../src/synth';
import { buildStack } from '../../src/synth/app';
import type { CfnTemplate, SynthesizedStack } from '../../src/synth/types';

export async function synthesizeFlat(
  loaded: LoadedConfig,
  outDir: string,
): Promise<SynthesizedStack> {
  mkdirSync(outDir, { recursive: true });
  const app = newApp(outDir);
  const { stack, context, tags } = await buildStack(app, loaded, {
    outDir,
    ephemeral: false,
    nested: false,
  });
  app.synth();
  const templateFile = join(outDir, stack.templateFile);
  const template = JSON.parse(readFileSync(templateFile, 'utf8')) as CfnTemplate;
  const synthesized: SynthesizedStack = {
    stackName: stack.stackName,
    outDir,
    templateFile,
    assetManifestFile: join(outDir, `${stack.artifactId}.assets.json`),
    template,
    nested: [],
    resourceCount: Object.keys(template.Resources).length,
    tags,
    origins: originsOf(template),
    loaded,
    warnings: context.warnings,
  };
  Object.defineProperty(synthesized, 'tree', { value: stack, enumerable: false });
  return synthesized;
}
