// Reading a synthesized CloudFormation template: resources by type, references between them,
// and the config origin CDK metadata carries. Shared by the cost model and the security rules.
import { ORIGIN_METADATA_KEY, type CfnTemplate, type ResourceOrigin } from '../synth/types';

export type CfnResource = CfnTemplate['Resources'][string];

export interface TemplateResource {
  readonly logicalId: string;
  readonly type: string;
  readonly properties: Readonly<Record<string, unknown>>;
  /** Where the resource came from in the config, when synth recorded it. */
  readonly origin?: ResourceOrigin;
}

/** Resources of the given CloudFormation type(s), in template order, with their origins. */
export function resourcesOfType(
  template: CfnTemplate,
  types: string | readonly string[],
  origins: Readonly<Record<string, ResourceOrigin>> = {},
): TemplateResource[] {
  const wanted = typeof types === 'string' ? [types] : types;
  const out: TemplateResource[] = [];
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    if (!wanted.includes(resource.Type)) continue;
    const origin = origins[logicalId] ?? originFromMetadata(resource);
    out.push({
      logicalId,
      type: resource.Type,
      properties: resource.Properties ?? {},
      ...(origin && { origin }),
    });
  }
  return out;
}

/** Every resource's origin: the given map first, else the resource's own Metadata. */
export function allOrigins(
  template: CfnTemplate,
  origins: Readonly<Record<string, ResourceOrigin>> = {},
): Record<string, ResourceOrigin> {
  const out: Record<string, ResourceOrigin> = {};
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    const origin = origins[logicalId] ?? originFromMetadata(resource);
    if (origin) out[logicalId] = origin;
  }
  return out;
}

function originFromMetadata(resource: CfnResource): ResourceOrigin | undefined {
  const value = resource.Metadata?.[ORIGIN_METADATA_KEY];
  if (!isRecord(value)) return undefined;
  const { kind, key, path } = value;
  if (typeof kind !== 'string' || typeof key !== 'string' || typeof path !== 'string') {
    return undefined;
  }
  return { kind, key, path };
}

/** The logical id a `{Ref: X}` or `{"Fn::GetAtt": [X, ...]}` (or `"X.Arn"`) points at, else undefined. */
export function referencedId(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const ref = value['Ref'];
  if (typeof ref === 'string') return ref;
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  if (typeof getAtt === 'string') return getAtt.split('.')[0];
  return undefined;
}

/** Every logical id referenced anywhere inside `value` (Ref, GetAtt, Sub's ${X}). */
export function referencedIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) referencedIds(item, into);
  } else if (isRecord(value)) {
    const direct = referencedId(value);
    if (direct) into.add(direct);
    const sub = value['Fn::Sub'];
    const subText =
      typeof sub === 'string' ? sub : Array.isArray(sub) ? (sub as unknown[])[0] : undefined;
    if (typeof subText === 'string') {
      for (const match of subText.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z]+)?\}/g)) {
        if (match[1]) into.add(match[1]);
      }
    }
    for (const child of Object.values(value)) referencedIds(child, into);
  }
  return into;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property path read defensively: `prop(props, 'CorsConfiguration', 'AllowOrigins')`. */
export function prop(value: unknown, ...path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** CloudFormation booleans arrive as true or "true". */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

/** A number or numeric string, else undefined. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

/** A string, or a number written as one (CloudFormation accepts both), else undefined. */
export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The config key of a resource (its origin's), else its logical id. */
export function resourceName(resource: TemplateResource): string {
  return resource.origin?.key ?? resource.logicalId;
}
