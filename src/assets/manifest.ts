// Reads the CDK asset manifest (`<stack>.assets.json`) into the uploads deploy must make.
// Pure apart from reading the file; placeholders are resolved against a known account/region.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { ServerlessActionError } from '../errors';

export interface FileAsset {
  /** The manifest's asset id: CDK's hash of the source, stable while the source is. */
  readonly id: string;
  /** Absolute path of the file or directory to upload. */
  readonly sourcePath: string;
  readonly packaging: 'zip' | 'file';
  /** May contain `${AWS::AccountId}` / `${AWS::Region}` / `${AWS::Partition}`. */
  readonly bucketName: string;
  readonly objectKey: string;
  /** True for the stack's own template, which only goes to S3 when it is too large to inline. */
  readonly isTemplate: boolean;
}

interface ManifestFile {
  readonly files?: Record<
    string,
    {
      readonly source?: { readonly path?: string; readonly packaging?: string };
      readonly destinations?: Record<
        string,
        { readonly bucketName?: string; readonly objectKey?: string }
      >;
    }
  >;
}

export async function readAssetManifest(
  manifestFile: string,
  templateFile: string,
): Promise<FileAsset[]> {
  let parsed: ManifestFile;
  try {
    parsed = JSON.parse(await readFile(manifestFile, 'utf8')) as ManifestFile;
  } catch (error) {
    throw new ServerlessActionError(
      `cannot read the asset manifest ${manifestFile}: ${(error as Error).message}`,
      'ASSET_MANIFEST',
      'run synth again; the cloud assembly is incomplete',
    );
  }
  return parseAssetManifest(parsed, resolve(manifestFile, '..'), basename(templateFile));
}

export function parseAssetManifest(
  manifest: ManifestFile,
  assemblyDir: string,
  templateFileName: string,
): FileAsset[] {
  const assets: FileAsset[] = [];
  for (const [id, entry] of Object.entries(manifest.files ?? {})) {
    const path = entry.source?.path;
    const packaging = entry.source?.packaging === 'zip' ? 'zip' : 'file';
    if (path === undefined) continue;
    for (const destination of Object.values(entry.destinations ?? {})) {
      if (destination.bucketName === undefined || destination.objectKey === undefined) continue;
      assets.push({
        id,
        sourcePath: resolve(assemblyDir, path),
        packaging,
        bucketName: destination.bucketName,
        objectKey: destination.objectKey,
        isTemplate: path === templateFileName,
      });
    }
  }
  return assets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface Environment {
  readonly account: string;
  readonly region: string;
  readonly partition: string;
}

/** `serverless-action-${AWS::AccountId}-${AWS::Region}` -> `serverless-action-123456789012-us-east-1`. */
export function resolvePlaceholders(value: string, env: Environment): string {
  return value
    .replaceAll('${AWS::AccountId}', env.account)
    .replaceAll('${AWS::Region}', env.region)
    .replaceAll('${AWS::Partition}', env.partition);
}

export function needsAccount(assets: readonly FileAsset[]): boolean {
  return assets.some((a) => a.bucketName.includes('${AWS::AccountId}'));
}
