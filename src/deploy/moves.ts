// The layout guard: a change set that removes a resource from one stack and creates it, under
// the same logical id, in another (the first time a config crosses 500 resources and synth
// moves the functions into nested stacks, synth/nesting.ts) fails on AWS for every resource
// with a fixed name: CloudFormation creates the new copy (a function, log group, alarm or
// rule named as before) while the old one still exists, and deletes the old one only in the
// cleanup phase. The update then rolls back. The same holds the other way, when a config
// shrinks back under 500 and its functions return to the stack itself. So such a change set
// is refused before it runs, saying what to do instead. Pure.
import { ServerlessActionError } from '../errors';
import { plural } from '../report/markdown';
import { templatesOf } from '../synth/templates';
import type { SynthesizedStack } from '../synth/types';
import { nestedStackName, qualifiedId } from './nested';
import type { ResourceChange } from './types';

/** Where each resource of the new layout lives: logical id -> nested stack name ('' for the stack itself). */
export type NewLayout = ReadonlyMap<string, string>;

/**
 * The removals that are moves: the same logical id is added in another stack by this change
 * set (nested change sets read), or sits in another stack in the new templates (the nested
 * stack then shows as one change, as on moto).
 */
export function movedResources(
  changes: readonly ResourceChange[],
  layout: NewLayout = new Map(),
): ResourceChange[] {
  const added = new Map<string, string>();
  for (const c of changes) {
    if (c.action === 'Add') added.set(c.logicalId, c.nestedStack ?? '');
  }
  return changes.filter((c) => {
    if (c.action !== 'Remove') return false;
    const from = c.nestedStack ?? '';
    const to = added.get(c.logicalId) ?? layout.get(c.logicalId);
    return to !== undefined && to !== from;
  });
}

export class StackMoveError extends ServerlessActionError {
  constructor(readonly moves: readonly ResourceChange[]) {
    // By config entry: a function moves with its role, alarms, permissions and log group.
    const entries = [...new Set(moves.map((c) => c.resource ?? qualifiedId(c)))].sort((a, b) =>
      a.localeCompare(b, 'en', { numeric: true }),
    );
    const named = entries.slice(0, 12).join(', ') + (entries.length > 12 ? ', ...' : '');
    super(
      `refusing to execute: the change set moves ${plural(moves.length, 'resource')} of ${plural(entries.length, 'config entry', 'config entries')} (${named}) between stacks, which CloudFormation cannot do in one update for resources with fixed names: it creates each new copy before it deletes the old one`,
      'STACK_LAYOUT_MOVE',
      'This happens when a config first grows past 500 resources and its functions move into nested stacks (or shrinks back under 500). ' +
        'Deploy the grown config to a new stage (environment) and move traffic to it, or deploy once without the functions that moved and then again with them.',
    );
  }
}

export function assertNoMoves(changes: readonly ResourceChange[], layout?: NewLayout): void {
  const moves = movedResources(changes, layout);
  if (moves.length > 0) throw new StackMoveError(moves);
}

/** Where a synthesized stack puts each resource: '' for the stack itself, else its nested stack's name. */
export function layoutOf(
  stack: Pick<SynthesizedStack, 'template' | 'nested' | 'origins'>,
): NewLayout {
  return new Map(
    templatesOf(stack).flatMap((t) => {
      const name = t.nestedStack === undefined ? '' : nestedStackName(t.nestedStack, stack.origins);
      return Object.keys(t.template.Resources).map((id) => [id, name] as const);
    }),
  );
}
