// Is a deploy code-only? Compares the deployed template with the synthesized one: when the
// only differences are the S3 locations of Lambda functions' code, the functions can be
// updated directly (UpdateFunctionCode) instead of through a change set. Anything else —
// a property, a resource added or removed, an output — is a reason to fall back, and the
// reason is said in words. Pure: neither template is changed.
import type { CfnTemplate } from '../synth/types';
import { changedProperties } from './classify';

export interface CodeUpdate {
  readonly logicalId: string;
  /** The code's bucket as the template writes it (may hold `${AWS::AccountId}`). */
  readonly bucket: string;
  readonly key: string;
  /** The key CloudFormation's template has: what the next full deploy compares against. */
  readonly previousKey: string;
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

const fallback = (reason: string): HotswapPlan => ({ kind: 'fallback', reason });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function planHotswap(deployed: CfnTemplate, next: CfnTemplate): HotswapPlan {
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
    updates.push(update);
  }
  if (updates.length === 0) {
    return { kind: 'fallback', reason: 'no function code changed', unchanged: true };
  }
  return { kind: 'hotswap', updates };
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
