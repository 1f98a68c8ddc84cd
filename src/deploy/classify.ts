// Turns one CloudFormation change-set entry into a ResourceChange with a risk class.
// Pure: the same entry always gets the same class, so plan reports and the guard agree.
import type { Change, ResourceChangeDetail } from '@aws-sdk/client-cloudformation';
import { qualifiedId } from './nested';
import type { ChangeAction, PropertyChange, ResourceChange, Risk } from './types';

/** Resources whose replacement or removal destroys data (the Risk doc in types.ts). */
export const STATEFUL_TYPES: ReadonlySet<string> = new Set([
  'AWS::DynamoDB::Table',
  'AWS::DynamoDB::GlobalTable',
  'AWS::S3::Bucket',
  'AWS::SQS::Queue',
  'AWS::Kinesis::Stream',
  'AWS::Logs::LogGroup',
]);

/** IAM itself plus the resource policies that grant access to a resource. */
export function isPermissionsType(type: string): boolean {
  return (
    type.startsWith('AWS::IAM::') ||
    type === 'AWS::Lambda::Permission' ||
    type === 'AWS::S3::BucketPolicy' ||
    type === 'AWS::SQS::QueuePolicy' ||
    type === 'AWS::SNS::TopicPolicy'
  );
}

/**
 * Properties whose change forces replacement ("Update requires: Replacement" in each
 * resource's page of the CloudFormation User Guide). Used only when a change set carries
 * no Details (moto never does), so a replaced table is still caught by the guard.
 */
export const REPLACING_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::DynamoDB::Table': ['TableName', 'KeySchema', 'LocalSecondaryIndexes'],
  'AWS::DynamoDB::GlobalTable': ['TableName', 'KeySchema', 'LocalSecondaryIndexes'],
  'AWS::S3::Bucket': ['BucketName', 'ObjectLockEnabled'],
  'AWS::SQS::Queue': ['QueueName', 'FifoQueue'],
  'AWS::Kinesis::Stream': ['Name'],
  'AWS::Logs::LogGroup': ['LogGroupName'],
  'AWS::Lambda::Function': ['FunctionName'],
  'AWS::IAM::Role': ['RoleName', 'Path'],
  'AWS::SNS::Topic': ['TopicName', 'FifoTopic'],
  'AWS::ApiGatewayV2::Api': ['ProtocolType'],
};

/** What CloudFormation does with the old physical resource: a DeletionPolicy / UpdateReplacePolicy value. */
export type OldResourcePolicy = 'Delete' | 'Retain' | 'RetainExceptOnCreate' | 'Snapshot';

/** The resource's policies as its templates write them (absent: CloudFormation's default, Delete). */
export interface PolicyHints {
  /** DeletionPolicy of the deployed resource: applies when it is removed. */
  readonly deletion?: string;
  /** UpdateReplacePolicy of the new resource: applies to the old one when it is replaced. */
  readonly updateReplace?: string;
}

export interface ClassifyHints {
  /**
   * Top-level properties that differ between the deployed and the new template for this
   * resource. Used only when CloudFormation gives no Details (moto never does).
   */
  readonly changedProperties?: readonly string[];
  /** Config key the resource came from (origin Metadata). */
  readonly resource?: string;
  /** Used when the change set gives no PolicyAction (moto never does). */
  readonly policies?: PolicyHints;
  /** Dotted config path the resource came from (origin Metadata). */
  readonly configPath?: string;
  /** Changed properties with their values (propertyChanges()), for the report. */
  readonly properties?: readonly PropertyChange[];
  /** The explicit physical name in the new template (customName()). */
  readonly customName?: string;
}

/** The policies of one resource as the deployed and new templates write them. */
export function policyHints(
  before: { DeletionPolicy?: string; UpdateReplacePolicy?: string } | undefined,
  after: { DeletionPolicy?: string; UpdateReplacePolicy?: string } | undefined,
): PolicyHints {
  return {
    ...(before?.DeletionPolicy !== undefined && { deletion: before.DeletionPolicy }),
    ...(after?.UpdateReplacePolicy !== undefined && { updateReplace: after.UpdateReplacePolicy }),
  };
}

/**
 * The policy CloudFormation applies to the old resource: the change set's PolicyAction
 * when it gives one (Delete, Retain, Snapshot, ReplaceAndDelete, ...), else the template's.
 */
export function oldResourcePolicy(
  policyAction: string | undefined,
  written: string | undefined,
): OldResourcePolicy {
  const value = policyAction?.replace(/^ReplaceAnd/, '') ?? written;
  return value === 'Retain' || value === 'RetainExceptOnCreate' || value === 'Snapshot'
    ? value
    : 'Delete';
}

/** Exactly what happens to the old resource and its data, for reports and the guard. */
export function fateOfOldResource(how: 'removed' | 'replaced', policy: OldResourcePolicy): string {
  const attribute = how === 'removed' ? 'DeletionPolicy' : 'UpdateReplacePolicy';
  const fate =
    policy === 'Delete'
      ? 'the old resource is deleted with its data'
      : policy === 'Snapshot'
        ? 'a snapshot of the old resource is taken, then the resource is deleted'
        : 'the old resource is kept with its data but orphaned: no longer part of the stack, and never updated or deleted by it again';
  const after = how === 'replaced' ? '; the new resource starts empty' : '';
  return `${fate} (${attribute} ${policy})${after}`;
}

export function classifyChange(change: Change, hints: ClassifyHints = {}): ResourceChange {
  const rc = change.ResourceChange ?? {};
  const type = rc.ResourceType ?? 'Unknown';
  const action = (rc.Action ?? 'Modify') as ChangeAction;
  const details = rc.Details ?? [];
  const inferred = details.length === 0 ? inferredReplacement(type, hints) : [];
  const reported = rc.Replacement;
  const replacement =
    action === 'Modify' || action === 'Dynamic'
      ? reported === 'True' || reported === 'Conditional'
        ? reported
        : inferred.length > 0
          ? 'True'
          : (reported ?? 'False')
      : null;
  const replaced = replacement === 'True' || replacement === 'Conditional';
  const stateful = STATEFUL_TYPES.has(type);

  let risk: Risk;
  let reason: string | undefined;
  if (stateful && action === 'Remove') {
    const policy = oldResourcePolicy(rc.PolicyAction, hints.policies?.deletion);
    // Removed but kept (Retain) or snapshotted: the data survives, nothing reads an empty copy.
    risk = policy === 'Delete' ? 'data-loss' : 'safe';
    reason = `${type} is removed from the template: ${fateOfOldResource('removed', policy)}`;
  } else if (stateful && replaced) {
    // Whatever the policy, the stack's resource afterwards is a new, empty one: the
    // application loses its data even where the old resource survives.
    const policy = oldResourcePolicy(rc.PolicyAction, hints.policies?.updateReplace);
    risk = 'data-loss';
    reason =
      replacementReason(replacement, details, inferred) +
      `; ${fateOfOldResource('replaced', policy)}`;
  } else if (replaced) {
    risk = 'replacement';
    reason = replacementReason(replacement, details, inferred);
  } else if (isPermissionsType(type)) {
    risk = 'permissions';
  } else if (
    action === 'Modify' &&
    type === 'AWS::Lambda::Function' &&
    onlyCodeChanged(details, hints)
  ) {
    risk = 'code-only';
  } else {
    risk = 'safe';
  }

  // Replaced under the same explicit name: CloudFormation would have to create the new
  // resource beside the old one with a name that is taken, so the update fails.
  const nameProperty = NAME_PROPERTY[type];
  const renamed =
    nameProperty !== undefined &&
    (hints.changedProperties ?? hints.properties?.map((p) => p.name) ?? []).includes(nameProperty);
  const blockedName =
    replacement === 'True' && hints.customName !== undefined && !renamed
      ? hints.customName
      : undefined;

  return {
    logicalId: rc.LogicalResourceId ?? '?',
    type,
    action,
    replacement,
    risk,
    ...(rc.PhysicalResourceId !== undefined && { physicalId: rc.PhysicalResourceId }),
    ...(reason !== undefined && { reason }),
    ...(hints.resource !== undefined && { resource: hints.resource }),
    ...(hints.configPath !== undefined && { configPath: hints.configPath }),
    ...(hints.properties !== undefined && { properties: hints.properties }),
    ...(blockedName !== undefined && { customName: blockedName }),
  };
}

/** "replaced (Conditional) because KeySchema, TableName change" — the properties that force it. */
function replacementReason(
  replacement: 'True' | 'Conditional' | 'False' | null,
  details: readonly ResourceChangeDetail[],
  inferred: readonly string[],
): string {
  const forcing = new Set<string>(inferred);
  for (const detail of details) {
    const recreation = detail.Target?.RequiresRecreation;
    if (recreation === 'Always' || recreation === 'Conditionally') {
      forcing.add(detail.Target?.Name ?? detail.Target?.Attribute ?? '?');
    }
  }
  const how = replacement === 'Conditional' ? 'may be replaced' : 'will be replaced';
  return forcing.size > 0
    ? `${how} because ${[...forcing].sort().join(', ')} ${forcing.size === 1 ? 'changes' : 'change'}`
    : how;
}

function inferredReplacement(type: string, hints: ClassifyHints): string[] {
  const forcing = REPLACING_PROPERTIES[type] ?? [];
  return (hints.changedProperties ?? []).filter((p) => forcing.includes(p));
}

function onlyCodeChanged(details: readonly ResourceChangeDetail[], hints: ClassifyHints): boolean {
  if (details.length > 0) {
    return details.every((d) => d.Target?.Attribute === 'Properties' && d.Target.Name === 'Code');
  }
  const changed = hints.changedProperties;
  return changed !== undefined && changed.length > 0 && changed.every((p) => p === 'Code');
}

const RISK_ORDER: readonly Risk[] = [
  'data-loss',
  'replacement',
  'permissions',
  'code-only',
  'safe',
];

/** Most dangerous first, then by (qualified) logical id, so reports read top-down. */
export function sortChanges(changes: readonly ResourceChange[]): ResourceChange[] {
  return [...changes].sort(
    (a, b) =>
      RISK_ORDER.indexOf(a.risk) - RISK_ORDER.indexOf(b.risk) ||
      (qualifiedId(a) < qualifiedId(b) ? -1 : qualifiedId(a) > qualifiedId(b) ? 1 : 0),
  );
}

/** Top-level property names that differ between two versions of a resource. */
export function changedProperties(
  before: { Properties?: Record<string, unknown> } | undefined,
  after: { Properties?: Record<string, unknown> } | undefined,
): string[] {
  const a = before?.Properties ?? {};
  const b = after?.Properties ?? {};
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((n) => JSON.stringify(a[n]) !== JSON.stringify(b[n])).sort();
}

/** The property that holds a resource's explicit physical name, per type. */
export const NAME_PROPERTY: Readonly<Record<string, string>> = {
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::DynamoDB::GlobalTable': 'TableName',
  'AWS::S3::Bucket': 'BucketName',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::Kinesis::Stream': 'Name',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::IAM::Role': 'RoleName',
};

/** The explicit physical name a resource sets (a literal string), else undefined. */
export function customName(
  type: string,
  resource: { Properties?: Record<string, unknown> } | undefined,
): string | undefined {
  const property = NAME_PROPERTY[type];
  const value = property === undefined ? undefined : resource?.Properties?.[property];
  return typeof value === 'string' ? value : undefined;
}

/** Longest value a property change keeps; long policies and code hashes say little in a table. */
const VALUE_CHARS = 60;

function shortJson(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length <= VALUE_CHARS ? text : `${text.slice(0, VALUE_CHARS - 1)}…`;
}

/** The top-level properties that differ, with short old and new values (`MemorySize 128 → 256`). */
export function propertyChanges(
  before: { Properties?: Record<string, unknown> } | undefined,
  after: { Properties?: Record<string, unknown> } | undefined,
): PropertyChange[] {
  const a = before?.Properties ?? {};
  const b = after?.Properties ?? {};
  return changedProperties(before, after).map((name) => {
    const old = shortJson(a[name]);
    const now = shortJson(b[name]);
    return {
      name,
      ...(old !== undefined && { before: old }),
      ...(now !== undefined && { after: now }),
    };
  });
}
