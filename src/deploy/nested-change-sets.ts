// Reads the change sets of nested stacks. Created with IncludeNestedStacks, a change set
// lists each nested stack as one AWS::CloudFormation::Stack change whose
// ResourceChange.ChangeSetId names that stack's own change set (DescribeChangeSet of it
// carries ParentChangeSetId and RootChangeSetId); each is described in full, every page,
// recursively, a few at a time. A change without a ChangeSetId (moto, which ignores
// IncludeNestedStacks; a nested stack removed whole) stays one change.
import type { Change, CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { forEachLimited } from '../assets/publish';
import type { CfnTemplate } from '../synth/types';
import { deployedTemplate, waitForChangeSet, type WaitOptions } from './cfn';
import { NESTED_READ_CONCURRENCY, NESTED_STACK_TYPE } from './nested';

/** A change set's changes with the change sets of its nested stacks. */
export interface ChangeSetTree {
  readonly changes: readonly Change[];
  /** By the logical id of the nested stack resource in `changes`. */
  readonly nested: Readonly<Record<string, NestedChangeSet>>;
}

export interface NestedChangeSet extends ChangeSetTree {
  /** The nested stack's id (its physical id in the parent); absent for a stack being added. */
  readonly stackId?: string;
}

export async function describeNestedChangeSets(
  cfn: CloudFormationClient,
  /** What messages call the stack these changes are of: `big-dev`, `big-dev/Functions07`. */
  label: string,
  changes: readonly Change[],
  options: WaitOptions,
): Promise<ChangeSetTree> {
  const nested: Record<string, NestedChangeSet> = {};
  const children = changes.filter(
    (c) =>
      c.ResourceChange?.ResourceType === NESTED_STACK_TYPE &&
      c.ResourceChange.ChangeSetId !== undefined &&
      c.ResourceChange.LogicalResourceId !== undefined,
  );
  await forEachLimited(children, NESTED_READ_CONCURRENCY, async (change) => {
    const rc = change.ResourceChange!;
    const id = rc.LogicalResourceId!;
    const where = `${label}/${id}`;
    const outcome = await waitForChangeSet(cfn, where, rc.ChangeSetId!, {
      ...options,
      what: `the change set of ${where}`,
      nested: true,
    });
    const inner = outcome.kind === 'ready' ? outcome.changes : [];
    nested[id] = {
      ...(await describeNestedChangeSets(cfn, where, inner, options)),
      ...(rc.PhysicalResourceId !== undefined &&
        rc.PhysicalResourceId !== '' && { stackId: rc.PhysicalResourceId }),
    };
  });
  return { changes, nested };
}

/**
 * The deployed templates of the nested stacks whose changes modify something (for the
 * property values a report shows), keyed by their path of logical ids joined with `/`; only
 * those in `known`, whose new template is at hand to compare with. Best effort: a template
 * that cannot be read leaves CloudFormation's Details to speak.
 */
export async function deployedNestedTemplates(
  cfn: CloudFormationClient,
  tree: ChangeSetTree,
  known: ReadonlySet<string>,
): Promise<ReadonlyMap<string, CfnTemplate>> {
  const wanted = nestedChangeSetsOf(tree).flatMap(({ path, node }) => {
    const key = path.join('/');
    const modifies = node.changes.some((c) => c.ResourceChange?.Action === 'Modify');
    return node.stackId !== undefined && modifies && known.has(key)
      ? [{ path: key, stackId: node.stackId }]
      : [];
  });
  const templates = new Map<string, CfnTemplate>();
  await forEachLimited(wanted, NESTED_READ_CONCURRENCY, async ({ path, stackId }) => {
    const template = await deployedTemplate(cfn, stackId).catch(() => undefined);
    if (template !== undefined) templates.set(path, template);
  });
  return templates;
}

/** Every nested change set of the tree, depth first, with its path of logical ids from the root. */
export function nestedChangeSetsOf(
  tree: ChangeSetTree,
  prefix: readonly string[] = [],
): { readonly path: readonly string[]; readonly node: NestedChangeSet }[] {
  return Object.entries(tree.nested).flatMap(([id, node]) => {
    const path = [...prefix, id];
    return [{ path, node }, ...nestedChangeSetsOf(node, path)];
  });
}
