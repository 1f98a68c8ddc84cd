// Nested stacks as deploy sees them (synth/nesting.ts makes them): which resources of a
// template are nested stacks, the name a report gives one, which file assets are their
// templates, and a change's name qualified by its nested stack. Pure.
import { resolve } from 'node:path';
import type { StackResourceSummary } from '@aws-sdk/client-cloudformation';
import type { FileAsset } from '../assets/manifest';
import { ServerlessActionError } from '../errors';
import type { CfnTemplate, NestedTemplate, ResourceOrigin } from '../synth/types';
import type { ResourceChange } from './types';

export { NESTED_STACK_TYPE } from '../synth/types';
import { NESTED_STACK_TYPE } from '../synth/types';

/**
 * Reads of nested stacks (DescribeChangeSet, ListStackResources, GetTemplate) in flight at
 * once: a stack has up to 80 of them, and CloudFormation throttles describes per account.
 */
export const NESTED_READ_CONCURRENCY = 4;

/** The nested stacks among a stack's resources that exist now (created, not being deleted). */
export function liveNestedStacks(
  resources: readonly StackResourceSummary[],
): StackResourceSummary[] {
  return resources.filter(
    (r) =>
      r.ResourceType === NESTED_STACK_TYPE &&
      r.LogicalResourceId !== undefined &&
      r.PhysicalResourceId !== undefined &&
      r.PhysicalResourceId !== '' &&
      !/^DELETE_/.test(r.ResourceStatus ?? ''),
  );
}

/** True when the template creates nested stacks (CreateChangeSet then includes them). */
export function hasNestedStacks(template: Pick<CfnTemplate, 'Resources'>): boolean {
  return Object.values(template.Resources).some((r) => r.Type === NESTED_STACK_TYPE);
}

/**
 * What a report calls a nested stack: its origin key (`Functions07`, nesting.ts), else its
 * logical id in the parent.
 */
export function nestedStackName(
  logicalId: string,
  origins: Readonly<Record<string, ResourceOrigin>>,
): string {
  const origin = origins[logicalId];
  return origin?.kind === 'nested-stack' ? origin.key : logicalId;
}

/** `Functions07/F3Function` for a resource of a nested stack; the logical id otherwise. */
export function qualifiedId(change: Pick<ResourceChange, 'logicalId' | 'nestedStack'>): string {
  return change.nestedStack === undefined
    ? change.logicalId
    : `${change.nestedStack}/${change.logicalId}`;
}

/** A nested stack's template together with the file asset that carries it to S3. */
export interface NestedTemplateAsset extends NestedTemplate {
  readonly asset: FileAsset;
}

/**
 * The assembly's file assets, split: code (zips and other files the templates name), and
 * the nested stacks' templates, which CloudFormation reads when it creates the change set.
 * The stack's own template is in neither (it travels inline or through template-source.ts).
 */
export function splitAssets(
  assets: readonly FileAsset[],
  nested: readonly NestedTemplate[],
): { readonly code: FileAsset[]; readonly templates: NestedTemplateAsset[] } {
  const byFile = new Map(assets.map((a) => [resolve(a.sourcePath), a]));
  const templates = nested.map((n): NestedTemplateAsset => {
    const asset = byFile.get(resolve(n.templateFile));
    if (asset === undefined) {
      throw new ServerlessActionError(
        `the asset manifest has no entry for the nested template ${n.templateFile}`,
        'ASSET_MANIFEST',
        'run synth again; the cloud assembly is incomplete',
      );
    }
    return { ...n, asset };
  });
  const templateFiles = new Set(templates.map((t) => resolve(t.asset.sourcePath)));
  return {
    code: assets.filter((a) => !a.isTemplate && !templateFiles.has(resolve(a.sourcePath))),
    templates,
  };
}
