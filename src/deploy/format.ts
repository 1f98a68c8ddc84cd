// Text renderings of a plan, shared by the CLI and the deploy progress log.
import { qualifiedId } from './nested';
import type { ResourceChange } from './types';

const ACTION_MARK: Record<string, string> = {
  Add: '+',
  Modify: '~',
  Remove: '-',
  Import: '<',
  Dynamic: '?',
};

/** One line per change, most dangerous first (the list arrives sorted). */
export function formatChanges(changes: readonly ResourceChange[]): string {
  if (changes.length === 0) return '  (no changes)';
  return changes
    .map((c) => {
      const name = c.resource ? `${c.resource} (${qualifiedId(c)})` : qualifiedId(c);
      const replaced = c.replacement === 'True' || c.replacement === 'Conditional';
      const why = c.reason ? ` — ${c.reason}` : '';
      return `  ${ACTION_MARK[c.action] ?? '?'} ${c.risk.padEnd(11)} ${c.type.padEnd(28)} ${name}${replaced ? ` [replacement: ${c.replacement}]` : ''}${why}`;
    })
    .join('\n');
}
