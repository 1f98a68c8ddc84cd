// The plan directory: everything `deploy --plan` needs to execute exactly what was reviewed,
// without synthesizing again. `plan --out DIR` and the action's plan write it; a workflow
// uploads it as an artifact between the plan job and the (approved) deploy job.
//
//   plan.json       what was planned, against what, and the hashes of everything below
//   template.json   the template the change set was created from (byte for byte)
//   assets/ID.zip   every function's code, as it will be uploaded
//   assets/ID.json  each nested stack's template (a stack past 500 resources), likewise
//   review.json     the cost estimate and security findings
//   comment.md      the rendered report, as the pull request comment shows it
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Stack } from '@aws-sdk/client-cloudformation';
import type { FileAsset } from '../assets/manifest';
import type { CfnTemplate, NestedTemplate } from '../synth/types';
import { zipDirectory } from '../assets/zip';
import { ServerlessActionError, errorMessage } from '../errors';
import type { ReviewResult } from '../review/types';
import { digestFromDescription } from './digest';
import { withKnownPlan } from './outcome';
import type { DeployInputs } from './run-plan';
import type { PlanResult, ResourceChange } from './types';
import type { StackSettings } from './stack-defaults';

export const PLAN_FILE = 'plan.json';
export const PLAN_VERSION = 1;
const TEMPLATE_FILE = 'template.json';

/** The deployed stack as the plan saw it: a deploy refuses when it is no longer so. */
export interface PlannedAgainst {
  readonly stackId?: string;
  readonly status?: string;
  /** The no-op digest of what was deployed (digest.ts). */
  readonly digest?: string;
  /** LastUpdatedTime (else CreationTime), ISO 8601. */
  readonly lastUpdated?: string;
}

export interface PlannedAsset {
  /** CDK's asset id (its content hash): the S3 key the template names. */
  readonly id: string;
  /** Relative to the plan directory. */
  readonly file: string;
  readonly sha256: string;
  readonly bucketName: string;
  readonly objectKey: string;
  /** Set when the asset is a nested stack's template: that stack's logical id in template.json. */
  readonly nestedStack?: string;
}

export interface PlanFile {
  readonly version: typeof PLAN_VERSION;
  readonly stackName: string;
  readonly environment: string;
  readonly region: string;
  readonly account: string;
  readonly hasChanges: boolean;
  /** The change set to execute; absent when there was nothing to change. */
  readonly changeSetId?: string;
  readonly changeSetType?: 'CREATE' | 'UPDATE';
  readonly changes: readonly ResourceChange[];
  readonly template: { readonly file: string; readonly sha256: string };
  /** The no-op digest of this plan's templates, parameters, tags and assets (digest.ts). */
  readonly digest: string;
  readonly assets: readonly PlannedAsset[];
  /** null: there was no stack (a CREATE plan made one, in REVIEW_IN_PROGRESS). */
  readonly plannedAgainst: PlannedAgainst | null;
  /** The commit planned, when known. */
  readonly commit?: string;
  /**
   * The stage's stack options when planned (stack-defaults.ts): `deploy --plan` applies the
   * same termination protection and stack policy without reading the config again.
   */
  readonly stackSettings?: StackSettings;
  /** When the plan was made, ISO 8601. */
  readonly createdAt: string;
}

export interface PlanDirContents {
  readonly stackName: string;
  readonly environment: string;
  readonly region: string;
  readonly account: string;
  readonly inputs: DeployInputs;
  readonly result: PlanResult;
  /** The stack right after planning (undefined: none). */
  readonly stackAfterPlan: Stack | undefined;
  readonly review: ReviewResult;
  readonly comment: string;
  readonly commit?: string;
  readonly stackSettings?: StackSettings;
  readonly createdAt: Date;
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function plannedAgainst(stack: Stack | undefined): PlannedAgainst | null {
  if (stack === undefined) return null;
  const digest = digestFromDescription(stack.Description);
  const when = stack.LastUpdatedTime ?? stack.CreationTime;
  return {
    ...(stack.StackId !== undefined && { stackId: stack.StackId }),
    ...(stack.StackStatus !== undefined && { status: stack.StackStatus }),
    ...(digest !== undefined && { digest }),
    ...(when !== undefined && { lastUpdated: when.toISOString() }),
  };
}

/** Writes the plan directory (its earlier contents replaced); plan.json last. */
export async function writePlanDir(dir: string, contents: PlanDirContents): Promise<PlanFile> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'assets'), { recursive: true });
  const { inputs, result } = contents;
  await writeFile(join(dir, TEMPLATE_FILE), inputs.body);
  const assets: PlannedAsset[] = [];
  const files = [
    ...inputs.code.map((asset) => ({ asset, nestedStack: undefined })),
    ...inputs.nested.map((n) => ({ asset: n.asset, nestedStack: n.logicalId })),
  ];
  for (const { asset, nestedStack } of files) {
    const bytes =
      asset.packaging === 'zip'
        ? await zipDirectory(asset.sourcePath)
        : await readFile(asset.sourcePath);
    const file = `assets/${asset.id}${asset.packaging === 'zip' ? '.zip' : nestedStack !== undefined ? '.json' : ''}`;
    await writeFile(join(dir, file), bytes);
    assets.push({
      id: asset.id,
      file,
      sha256: sha256(bytes),
      bucketName: asset.bucketName,
      objectKey: asset.objectKey,
      ...(nestedStack !== undefined && { nestedStack }),
    });
  }
  await writeFile(join(dir, 'review.json'), JSON.stringify(contents.review, null, 2) + '\n');
  await writeFile(join(dir, 'comment.md'), contents.comment);
  const plan: PlanFile = {
    version: PLAN_VERSION,
    stackName: contents.stackName,
    environment: contents.environment,
    region: contents.region,
    account: contents.account,
    hasChanges: result.hasChanges,
    ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
    ...(result.changeSetType !== undefined && { changeSetType: result.changeSetType }),
    changes: result.changes,
    template: { file: TEMPLATE_FILE, sha256: sha256(inputs.body) },
    digest: inputs.digest,
    assets,
    plannedAgainst: plannedAgainst(contents.stackAfterPlan),
    ...(contents.commit !== undefined && { commit: contents.commit }),
    ...(contents.stackSettings !== undefined && { stackSettings: contents.stackSettings }),
    createdAt: contents.createdAt.toISOString(),
  };
  await writeFile(join(dir, PLAN_FILE), JSON.stringify(plan, null, 2) + '\n');
  return plan;
}

/** A plan that cannot be executed as it is: nothing is executed, and the reasons say why. */
export class PlanNotExecutableError extends ServerlessActionError {
  constructor(
    readonly dir: string,
    readonly reasons: readonly string[],
  ) {
    super(
      `refusing to execute the plan in ${dir}: it is no longer what was reviewed:\n` +
        reasons.map((r) => `  - ${r}`).join('\n'),
      'PLAN_NOT_EXECUTABLE',
      'run plan again, have the new plan reviewed, and deploy that one',
    );
  }
}

export interface LoadedPlan {
  readonly dir: string;
  readonly plan: PlanFile;
  readonly templateBody: string;
  /** The assets to upload, read from the plan directory (the nested templates' included). */
  readonly assets: readonly FileAsset[];
  /** The nested stacks' templates, read from their assets. */
  readonly nested: readonly NestedTemplate[];
  readonly review?: ReviewResult;
}

/** Reads a plan directory and checks every file against its hash; refuses on any mismatch. */
export async function readPlanDir(dir: string): Promise<LoadedPlan> {
  const root = resolve(dir);
  let plan: PlanFile;
  try {
    plan = JSON.parse(await readFile(join(root, PLAN_FILE), 'utf8')) as PlanFile;
  } catch (error) {
    throw new PlanNotExecutableError(dir, [`cannot read ${PLAN_FILE}: ${errorMessage(error)}`]);
  }
  const version: unknown = plan.version;
  if (version !== PLAN_VERSION) {
    throw new PlanNotExecutableError(dir, [
      `${PLAN_FILE} has version ${JSON.stringify(version)}; this tool reads version ${String(PLAN_VERSION)}`,
    ]);
  }
  const problems: string[] = [];
  const read = async (file: string, expected: string): Promise<Buffer | undefined> => {
    const path = resolve(root, file);
    if (!path.startsWith(root + '/')) {
      problems.push(`${file} is outside the plan directory`);
      return undefined;
    }
    try {
      const bytes = await readFile(path);
      if (sha256(bytes) !== expected) {
        problems.push(`${file} does not match its sha256 in ${PLAN_FILE} (changed since the plan)`);
      }
      return bytes;
    } catch {
      problems.push(`${file} is missing`);
      return undefined;
    }
  };
  const template = await read(plan.template.file, plan.template.sha256);
  const assets: FileAsset[] = [];
  const nested: NestedTemplate[] = [];
  for (const asset of plan.assets) {
    const bytes = await read(asset.file, asset.sha256);
    if (asset.nestedStack !== undefined && bytes !== undefined) {
      const template = parseTemplate(bytes);
      if (template === undefined) problems.push(`${asset.file} is not a template`);
      else {
        nested.push({
          logicalId: asset.nestedStack,
          templateFile: resolve(root, asset.file),
          template,
        });
      }
    }
    assets.push({
      id: asset.id,
      sourcePath: resolve(root, asset.file),
      packaging: 'file',
      bucketName: asset.bucketName,
      objectKey: asset.objectKey,
      isTemplate: false,
    });
  }
  if (problems.length > 0) {
    throw withKnownPlan(new PlanNotExecutableError(dir, problems), {
      stackName: plan.stackName,
      hasChanges: plan.hasChanges,
      changes: plan.changes,
      ...(plan.changeSetId !== undefined && { changeSetId: plan.changeSetId }),
    });
  }
  let review: ReviewResult | undefined;
  try {
    review = JSON.parse(await readFile(join(root, 'review.json'), 'utf8')) as ReviewResult;
  } catch {
    review = undefined; // the review is for the report; its absence does not stop a deploy
  }
  return {
    dir: root,
    plan,
    templateBody: template!.toString('utf8'),
    assets,
    nested,
    ...(review !== undefined && { review }),
  };
}

function parseTemplate(bytes: Buffer): CfnTemplate | undefined {
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as Partial<CfnTemplate> | null;
    return parsed !== null && typeof parsed.Resources === 'object'
      ? (parsed as CfnTemplate)
      : undefined;
  } catch {
    return undefined;
  }
}
