// synthesize(): a loaded config -> a CDK cloud assembly on disk, in-process, with no CDK
// CLI and no bootstrap stack. Template, asset manifest and staged code land in outDir.
//
// Everything in synth/ imports aws-cdk-lib's core by submodule ('aws-cdk-lib/core', never
// the root 'aws-cdk-lib', whose index names every service: the ncc bundle would carry, and
// every deploy parse, all ~57 MB of it), and L1 classes from their generated modules
// (l1/README.md): the synth chunk is 6.9 MB, read and compiled in ~70 ms.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { App, AssetStaging } from 'aws-cdk-lib/core';
import { Bundler } from '../assets/bundle';
import { minimumResources } from '../config/checks/stack-size';
import type { LoadedConfig } from '../config';
import { ServerlessActionError } from '../errors';
import { buildStack } from './app';
import { originsOfTree } from './origins';
import { templatesOf } from './templates';
import { isEphemeralEnvironment } from './ephemeral';
import { checkTemplateLimits, nestedTemplates, resourcesByStack, tooManyResources } from './limits';
import {
  MAX_STACK_RESOURCES,
  type CfnTemplate,
  type SynthOptions,
  type SynthesizedStack,
} from './types';

export type { SynthOptions, SynthesizedStack } from './types';
export { originsOf } from './origins';
export { isEphemeralEnvironment } from './ephemeral';

/** App context that keeps the assembly free of CDK noise and synthesis fast. */
export const APP_CONTEXT = {
  // Stack traces on every construct cost ~30% of synthesis time and only feed CDK's own errors.
  'aws:cdk:disable-stack-trace': true,
  'aws:cdk:disable-creation-stack-traces': true,
  'aws:cdk:version-reporting': false,
  'aws:cdk:enable-path-metadata': false,
  'aws:cdk:enable-asset-metadata': false,
  // Our own check (below) says what to do about it; CDK's only says that it happened.
  '@aws-cdk/core:stackResourceLimit': 0,
} as const;

/** The CDK app every synth builds in: writes into outDir, with APP_CONTEXT. */
export function newApp(outDir: string): App {
  return new App({
    outdir: outDir,
    analyticsReporting: false,
    treeMetadata: false,
    // The CDK_VALIDATION=false equivalent: CDK's built-in template validation costs 1-2 s
    // per synth, and our review (cdk-nag, cfn-lint in tests) does that job.
    builtinCloudFormationValidation: false,
    context: { ...APP_CONTEXT },
  });
}

export async function synthesize(
  loaded: LoadedConfig,
  options: SynthOptions,
): Promise<SynthesizedStack> {
  const outDir = resolve(options.outDir);
  clearOutDir(outDir);
  // CDK caches staged assets per process and would not copy them into a fresh outDir again.
  AssetStaging.clearAssetHashCache();
  mkdirSync(outDir, { recursive: true });
  const ephemeral =
    options.ephemeral ??
    loaded.composition?.ephemeral ??
    isEphemeralEnvironment(loaded.config.environment);

  const bundler = options.bundler ?? new Bundler();
  const build = async (nested: boolean) => {
    const app = newApp(outDir);
    const built = await buildStack(app, loaded, {
      outDir,
      ephemeral,
      bundler,
      nested,
      ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
    });
    // Counted before the assembly is written: a stack CloudFormation would refuse never gets one.
    const overfull = resourcesByStack(built.stack).find((s) => s.count > MAX_STACK_RESOURCES);
    return { app, ...built, nested, overfull };
  };
  // A config that cannot fit one stack is built nested at once; one near the limit is built
  // flat, counted, and built again nested only if it does not fit (bundles are reused).
  let built = await build(minimumResources(loaded.config) > MAX_STACK_RESOURCES);
  if (!built.nested && built.overfull) built = await build(true);
  const { app, stack, context, tags, overfull } = built;
  if (overfull) throw tooManyResources(overfull.types, overfull.name);
  app.synth();

  const templateFile = join(outDir, stack.templateFile);
  const template = JSON.parse(readFileSync(templateFile, 'utf8')) as CfnTemplate;
  const nested = nestedTemplates(stack, outDir);
  const templates = templatesOf({ template, nested });
  for (const t of templates) checkTemplateLimits(t.nestedStack ?? stack.stackName, t.template);
  const resourceCount = templates.reduce(
    (sum, t) => sum + Object.keys(t.template.Resources).length,
    0,
  );
  const assetManifestFile = join(outDir, `${stack.artifactId}.assets.json`);
  if (!existsSync(assetManifestFile)) {
    throw new ServerlessActionError(
      `synthesis wrote no asset manifest at ${assetManifestFile}`,
      'SYNTH_FAILED',
    );
  }
  const synthesized: SynthesizedStack = {
    stackName: stack.stackName,
    outDir,
    templateFile,
    assetManifestFile,
    template,
    nested,
    resourceCount,
    tags,
    origins: originsOfTree({ template, nested }),
    loaded,
    warnings: context.warnings,
  };
  // Review's cdk-nag rules read the constructs themselves; hidden from JSON and spreads.
  Object.defineProperty(synthesized, 'tree', { value: stack, enumerable: false });
  return synthesized;
}

/**
 * Empties the assembly directory of the last synth. Anything else is refused: `--out .` or
 * a typo must never delete a project.
 */
export function clearOutDir(outDir: string): void {
  if (!existsSync(outDir)) return;
  const entries = readdirSync(outDir);
  const isAssembly = entries.includes('manifest.json') || entries.includes('cdk.out');
  if (entries.length > 0 && !isAssembly) {
    throw new ServerlessActionError(
      `${outDir} is not empty and holds no cloud assembly; synth replaces the contents of --out`,
      'SYNTH_OUT_DIR',
      'Choose a new or empty directory for --out (default cdk.out).',
    );
  }
  rmSync(outDir, { recursive: true, force: true });
}
