// Is a deploy code-only? Compares the deployed template with the synthesized one: when the
// only differences are the S3 locations of Lambda functions' code, the functions can be
// updated directly (UpdateFunctionCode) instead of through a change set. Anything else —
// a property, a resource added or removed, an output — is a reason to fall back, and the
// reason is said in words. Pure: neither template is changed.
//
// A function's version (AWS::Lambda::Version) carries a hash of its code in its logical id,
// so new code is a version removed and one added: that pair, and its `live` alias moving
// from one to the other, is what a hotswap does itself (PublishVersion, UpdateAlias), and is
// compared as one version per function. An alias that CodeDeploy shifts (an UpdatePolicy,
// from a deployment_preference other than AllAtOnce) is never hotswapped: the canary and
// its alarms would be skipped.
import type { CfnTemplate } from '../synth/types';
import { changedProperties } from './classify';

export interface CodeUpdate {
  readonly logicalId: string;
  /** The code's bucket as the template writes it (may hold `${AWS::AccountId}`). */
  readonly bucket: string;
  readonly key: string;
  /** The key CloudFormation's template has: what the next full deploy compares against. */
  readonly previousKey: string;
  /** The alias to point at a version published from the new code (`live`), when there is one. */
  readonly alias?: string;
}

export type HotswapPlan =
  | { readonly kind: 'hotswap'; readonly updates: readonly CodeUpdate[] }
  | {
      readonly kind: 'fallback';
      readonly reason: string;
      /** The templates are the same but for the Description: CloudFormation has this code. */
      readonly unchanged?: boolean;
    };

const FUNCTION = 'AWS::Lambda::Function';
const VERSION = 'AWS::Lambda::Version';
const ALIAS = 'AWS::Lambda::Alias';

const fallback = (reason: string): HotswapPlan => ({ kind: 'fallback', reason });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function planHotswap(deployedTemplate: CfnTemplate, nextTemplate: CfnTemplate): HotswapPlan {
  const deployed = withVersionsByFunction(deployedTemplate);
  const next = withVersionsByFunction(nextTemplate);
  // Description carries the deploy digest (digest.ts): it always differs, and means nothing here.
  const sections = new Set([...Object.keys(deployed), ...Object.keys(next)]);
  for (const section of sections) {
    if (section === 'Description' || section === 'Resources') continue;
    const before = (deployed as unknown as Record<string, unknown>)[section];
    const after = (next as unknown as Record<string, unknown>)[section];
    if (!same(before, after)) return fallback(`the template's ${section} change`);
  }
  const beforeIds = Object.keys(deployed.Resources);
  const afterIds = Object.keys(next.Resources);
  const added = afterIds.filter((id) => !(id in deployed.Resources));
  const removed = beforeIds.filter((id) => !(id in next.Resources));
  if (added.length > 0 || removed.length > 0) {
    return fallback(`resources are added or removed (${[...added, ...removed].join(', ')})`);
  }
  const updates: CodeUpdate[] = [];
  for (const id of afterIds) {
    const before = deployed.Resources[id]!;
    const after = next.Resources[id]!;
    if (same(before, after)) continue;
    if (before.Type !== FUNCTION || after.Type !== FUNCTION) {
      const properties = changedProperties(before, after);
      return fallback(
        `${id} (${after.Type}) changes ${properties.length > 0 ? properties.join(', ') : 'its settings'}`,
      );
    }
    const others = changedProperties(before, after).filter((p) => p !== 'Code');
    if (others.length > 0 || !same(withoutProperties(before), withoutProperties(after))) {
      return fallback(`${id} changes more than its code (${others.join(', ') || 'its settings'})`);
    }
    const update = codeUpdate(id, before.Properties?.['Code'], after.Properties?.['Code']);
    if (typeof update === 'string') return fallback(update);
    const alias = aliasOf(nextTemplate, id);
    if (alias?.codeDeploy === true) {
      return fallback(
        `${id} shifts traffic through CodeDeploy (its deployment_preference): a hotswap would skip the gradual rollout and its alarms`,
      );
    }
    updates.push(alias === undefined ? update : { ...update, alias: alias.name });
  }
  if (updates.length === 0) {
    return { kind: 'fallback', reason: 'no function code changed', unchanged: true };
  }
  return { kind: 'hotswap', updates };
}

/** The `live` alias of a function: its name, and whether CodeDeploy moves it. */
export function aliasOf(
  template: CfnTemplate,
  functionId: string,
): { readonly name: string; readonly codeDeploy: boolean } | undefined {
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type !== ALIAS) continue;
    const target = resource.Properties?.['FunctionName'] as { Ref?: unknown } | undefined;
    const name = resource.Properties?.['Name'];
    if (target?.Ref !== functionId || typeof name !== 'string') continue;
    const policy = (resource as { UpdatePolicy?: Record<string, unknown> }).UpdatePolicy;
    return { name, codeDeploy: policy?.['CodeDeployLambdaAliasUpdate'] !== undefined };
  }
  return undefined;
}

/**
 * A copy of the template in which each function's one version is keyed by the function
 * (`<function>#Version`) and aliases name it so: a new version of changed code is then
 * compared as the same resource, not one removed and one added.
 */
function withVersionsByFunction(template: CfnTemplate): CfnTemplate {
  const renamed = new Map<string, string>();
  const perFunction = new Map<string, number>();
  for (const [id, resource] of Object.entries(template.Resources)) {
    const target = (resource.Properties?.['FunctionName'] as { Ref?: unknown } | undefined)?.Ref;
    if (resource.Type !== VERSION || typeof target !== 'string') continue;
    renamed.set(id, `${target}#Version`);
    perFunction.set(target, (perFunction.get(target) ?? 0) + 1);
  }
  // Two versions of one function (not this tool's shape): compare them as they are.
  for (const [id, key] of renamed) {
    if (perFunction.get(key.slice(0, -'#Version'.length))! > 1) renamed.delete(id);
  }
  if (renamed.size === 0) return template;
  const resources: CfnTemplate['Resources'] = {};
  for (const [id, resource] of Object.entries(template.Resources)) {
    const version = (resource.Properties?.['FunctionVersion'] as { 'Fn::GetAtt'?: unknown[] })?.[
      'Fn::GetAtt'
    ];
    const versionId = Array.isArray(version) ? renamed.get(String(version[0])) : undefined;
    resources[renamed.get(id) ?? id] =
      resource.Type === ALIAS && versionId !== undefined
        ? {
            ...resource,
            Properties: {
              ...resource.Properties,
              FunctionVersion: { 'Fn::GetAtt': [versionId, 'Version'] },
            },
          }
        : resource;
  }
  return { ...template, Resources: resources };
}

function withoutProperties(resource: object): object {
  return Object.fromEntries(Object.entries(resource).filter(([key]) => key !== 'Properties'));
}

/** The new code location, or why it cannot be swapped (inline code, an image, a reference). */
function codeUpdate(id: string, before: unknown, after: unknown): CodeUpdate | string {
  const location = (code: unknown) => {
    if (typeof code !== 'object' || code === null) return undefined;
    const { S3Bucket: bucket, S3Key: key, ...rest } = code as Record<string, unknown>;
    if (Object.keys(rest).length > 0 || typeof key !== 'string') return undefined;
    const literal =
      typeof bucket === 'string'
        ? bucket
        : typeof bucket === 'object' && bucket !== null
          ? (bucket as Record<string, unknown>)['Fn::Sub']
          : undefined;
    return typeof literal === 'string' ? { bucket: literal, key } : undefined;
  };
  const from = location(before);
  const to = location(after);
  if (from === undefined || to === undefined) {
    return `${id}'s code is not an S3 object this tool uploaded`;
  }
  return { logicalId: id, bucket: to.bucket, key: to.key, previousKey: from.key };
}
