// How big a synthesized stack is, in the words every command prints.
import type { SynthesizedStack } from './types';

/** `12 resources`, or `831 resources (37 nested stacks)`. */
export function describeSize(stack: Pick<SynthesizedStack, 'resourceCount' | 'nested'>): string {
  const nested = stack.nested?.length ?? 0;
  const resources = `${stack.resourceCount} resource${stack.resourceCount === 1 ? '' : 's'}`;
  return nested === 0
    ? resources
    : `${resources} (${nested} nested stack${nested === 1 ? '' : 's'})`;
}
