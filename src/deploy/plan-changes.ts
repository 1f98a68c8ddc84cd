// A described change set (with its nested stacks' change sets) -> the plan's list of
// classified changes. A nested stack whose own change set was read gives way to the changes
// inside it, each named with its nested stack (`Functions07/F3Function`); one whose change
// set was not read (moto; a nested stack removed whole) stays one change. Pure: nothing
// handed in is changed.
import type { Change } from '@aws-sdk/client-cloudformation';
import type { CfnTemplate, NestedTemplate, ResourceOrigin } from '../synth/types';
import {
  changedProperties,
  classifyChange,
  customName,
  policyHints,
  propertyChanges,
  sortChanges,
} from './classify';
import { nestedChangeSetsOf, type ChangeSetTree } from './nested-change-sets';
import { nestedStackName } from './nested';
import { originsOf } from '../synth/origins';
import type { ResourceChange } from './types';

/** One change and the stack it is in. */
export interface PlacedChange {
  readonly change: Change;
  /** Logical ids of the nested stack resources from the root to the change's stack; [] for the root. */
  readonly path: readonly string[];
}

/** The templates of one stack of the tree, for the values and names a report shows. */
export interface StackLevel {
  /** The template being deployed. */
  readonly next?: CfnTemplate;
  /** The template deployed now (undefined: a new stack, or not read). */
  readonly deployed?: CfnTemplate;
  /** Logical id -> origin for this stack's resources (removed ones included). */
  readonly origins: Readonly<Record<string, ResourceOrigin>>;
}

/** Every change of the tree, each nested stack replaced by its own changes when they were read. */
export function flattenChangeSets(
  tree: ChangeSetTree,
  path: readonly string[] = [],
): PlacedChange[] {
  return tree.changes.flatMap((change) => {
    const id = change.ResourceChange?.LogicalResourceId;
    const inner = id === undefined ? undefined : tree.nested[id];
    return inner === undefined ? [{ change, path }] : flattenChangeSets(inner, [...path, id!]);
  });
}

/**
 * Classified and sorted, most dangerous first. `levels` holds each stack's templates by its
 * path joined with `/` ('' for the root).
 */
export function planChanges(
  placed: readonly PlacedChange[],
  levels: ReadonlyMap<string, StackLevel>,
): ResourceChange[] {
  return sortChanges(placed.map((p) => classifyPlaced(p, levels)));
}

function classifyPlaced(
  { change, path }: PlacedChange,
  levels: ReadonlyMap<string, StackLevel>,
): ResourceChange {
  const level = levels.get(path.join('/')) ?? { origins: {} };
  const id = change.ResourceChange?.LogicalResourceId ?? '';
  const origin = level.origins[id];
  const modify = change.ResourceChange?.Action === 'Modify';
  const before = level.deployed?.Resources[id];
  const after = level.next?.Resources[id];
  // Values need both templates; without them the names still come from CloudFormation's Details.
  const compare = modify && level.deployed !== undefined && level.next !== undefined;
  const properties = compare ? changedProperties(before, after) : undefined;
  const valued = compare ? propertyChanges(before, after) : undefined;
  const named = modify ? customName(change.ResourceChange?.ResourceType ?? '', after) : undefined;
  const classified = classifyChange(change, {
    ...(origin !== undefined && { resource: origin.key, configPath: origin.path }),
    ...(properties !== undefined && { changedProperties: properties }),
    policies: policyHints(before, after),
    ...(valued !== undefined
      ? { properties: valued }
      : modify && { properties: detailNames(change) }),
    ...(named !== undefined && { customName: named }),
  });
  if (path.length === 0) return classified;
  const nestedStack = path
    .map((stackId, i) =>
      nestedStackName(stackId, levels.get(path.slice(0, i).join('/'))?.origins ?? {}),
    )
    .join('/');
  return { ...classified, nestedStack };
}

/** Property names CloudFormation's Details name, without values (no deployed template). */
function detailNames(change: Change): { name: string }[] {
  const names = new Set<string>();
  for (const detail of change.ResourceChange?.Details ?? []) {
    if (detail.Target?.Name !== undefined) names.add(detail.Target.Name);
  }
  return [...names].sort().map((name) => ({ name }));
}

/**
 * The levels planChanges reads: the root's as given, and each nested stack of the tree with
 * its synthesized template (nested stacks one level down, as synth makes them) and its
 * deployed one where it was read (deployedNestedTemplates).
 */
export function stackLevels(
  root: StackLevel,
  tree: ChangeSetTree,
  next: readonly NestedTemplate[],
  deployed: ReadonlyMap<string, CfnTemplate>,
): Map<string, StackLevel> {
  const levels = new Map<string, StackLevel>([['', root]]);
  for (const { path } of nestedChangeSetsOf(tree)) {
    const key = path.join('/');
    const nextTemplate =
      path.length === 1 ? next.find((n) => n.logicalId === path[0])?.template : undefined;
    const deployedTemplate = deployed.get(key);
    levels.set(key, {
      ...(nextTemplate !== undefined && { next: nextTemplate }),
      ...(deployedTemplate !== undefined && { deployed: deployedTemplate }),
      origins: {
        ...(deployedTemplate !== undefined && originsOf(deployedTemplate)),
        ...(nextTemplate !== undefined && originsOf(nextTemplate)),
      },
    });
  }
  return levels;
}
