// `layers` entries that are directories (relative to the config file) become layer versions
// of this stack, shared by every function that names the same directory. A Python layer's
// requirements.txt is installed under `python/`, where Lambda's Python runtimes look.
import { rmSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { CfnLayerVersion } from './l1/aws-lambda';
import { codeSourcePath } from '../config/code-sources';
import type { LambdaFunctionConfig } from '../config/schema';
import { pythonWithDependencies, stageDirectory } from './code';
import { configProblem, markOrigin, type SynthContext } from './context';
import { fitName, pascalCase, shortHash } from './names';

/** Lambda's rule for layer names (PublishLayerVersion). */
const LAYER_NAME = { maxLength: 140, invalid: /[^A-Za-z0-9_-]/g } as const;

/** The layer version ARN for one `layers` entry: the entry itself when it is an ARN. */
export function layerVersionArn(
  context: SynthContext,
  functionKey: string,
  fn: LambdaFunctionConfig,
  entry: string,
  index: number,
): string {
  if (entry.startsWith('arn:')) return entry;
  const where = ['lambda_config', functionKey, 'layers', index];
  // The config's one path rule: relative to the config file, and held to the repository.
  const directory = codeSourcePath(context.loaded.dir, functionKey, entry);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(directory).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) {
    throw configProblem(
      context,
      where,
      `layer ${entry} is not a directory (relative to the config file)`,
      'Give a layer version ARN, or a directory whose contents become the layer (python/..., nodejs/node_modules/...).',
    );
  }
  const shown = relative(context.loaded.dir, directory) || '.';
  const id = `Layer${pascalCase(shown)}${shortHash(shown).toUpperCase()}`;
  const existing = context.stack.node.tryFindChild(id);
  if (existing instanceof CfnLayerVersion) return existing.ref;

  const python = pythonWithDependencies(context, fn, directory, where, 'python');
  const code = stageDirectory(
    context.stack,
    `${id}Code`,
    python ?? directory,
    python === undefined ? undefined : () => rmSync(python, { recursive: true }),
  );
  const layer = new CfnLayerVersion(context.stack, id, {
    layerName: fitName(`${context.names.prefix}-${shown}`, LAYER_NAME),
    description: `${shown} (serverless-action)`,
    content: { s3Bucket: code.S3Bucket, s3Key: code.S3Key },
    compatibleRuntimes: [fn.runtime],
    compatibleArchitectures: fn.architectures ?? ['x86_64'],
  });
  markOrigin(layer, {
    kind: 'layer',
    key: functionKey,
    path: `lambda_config.${functionKey}.layers`,
  });
  return layer.ref;
}
