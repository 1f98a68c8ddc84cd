// `serverless-action synth`: load the config, synthesize the stack, write the cloud assembly
// to --out. No AWS calls. JSON output: {"stackName","templateFile","resourceCount"}
// (pinned by SPEC.md; resourceCount counts the nested stacks' resources too).
import { relative, resolve } from 'node:path';
import { loadConfig } from '../config';
import { formatDiagnostic } from '../errors';
import type { Command } from './registry';
import { describeSize } from '../synth/size';

export const synthCommand: Command = async ({ options, logger, print, cwd }) => {
  const loaded = await loadConfig(options.config, {
    cwd,
    ...(options.environment !== undefined && { environment: options.environment }),
  });
  // Diagnostics already read `FILE:LINE:COLUMN: warning: ...`; info() keeps them as they are.
  loaded.warnings.forEach((warning) => logger.info(formatDiagnostic(warning)));

  // aws-cdk-lib is loaded here, not at the top: `validate` must never pay for it.
  const { synthesize } = await import('../synth');
  const started = Date.now();
  const stack = await synthesize(loaded, {
    outDir: resolve(cwd, options.out),
    ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
  });
  (stack.warnings ?? []).forEach((warning) => logger.warn(warning));
  logger.debug(`synthesized in ${Date.now() - started} ms`);

  if (options.format === 'json') {
    print(
      JSON.stringify({
        stackName: stack.stackName,
        templateFile: stack.templateFile,
        resourceCount: stack.resourceCount,
      }),
    );
  } else {
    print(
      [
        `${stack.stackName}: ${describeSize(stack)}`,
        `  template: ${relative(cwd, stack.templateFile) || stack.templateFile}`,
        `  assets:   ${relative(cwd, stack.assetManifestFile) || stack.assetManifestFile}`,
      ].join('\n'),
    );
  }
  return 0;
};
