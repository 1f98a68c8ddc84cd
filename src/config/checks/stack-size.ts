// A config that cannot fit CloudFormation's limits fails here, in validation, in well under a
// second: before any code is bundled or any construct built. Past 500 resources synth splits
// the functions over nested stacks (synth/nesting.ts); what cannot fit even then is a
// nested stack's group over 500, or a parent over 500. The counts are lower bounds (what
// synth creates whatever else is set), so this never refuses a config that would fit;
// synth counts exactly and refuses the rest (src/synth/limits.ts).
import { FUNCTION_GROUPS, functionGroupOf } from '../../synth/function-groups';
import { MAX_STACK_RESOURCES } from '../../synth/types';
import { error, type Finding } from '../findings';
import type { ResolvedConfig } from '../schema';
import type { SemanticContext } from './context';

/** What synth creates for every function at the least: log group, role, function, version, `live` alias. */
export const RESOURCES_PER_FUNCTION = 5;

/** Resources synth creates at the least: per function, and one per table, event source (a
 * mapping, subscription or rule) and API route. */
export function minimumResources(config: ResolvedConfig): number {
  const { parent, groups } = minimumByStack(config);
  return parent + [...groups.values()].reduce((sum, n) => sum + n, 0);
}

/**
 * The least each template holds once nested: per group, its functions with their routes
 * and the event sources that target them; the parent, its tables (and, when the functions
 * are split, one nested stack resource per group).
 */
export function minimumByStack(config: ResolvedConfig): {
  parent: number;
  groups: Map<string, number>;
} {
  const groups = new Map<string, number>();
  const add = (functionKey: string, n: number) => {
    const group = functionGroupOf(functionKey);
    groups.set(group, (groups.get(group) ?? 0) + n);
  };
  const keys = Object.keys(config.lambda_config);
  for (const [key, fn] of Object.entries(config.lambda_config)) {
    add(key, RESOURCES_PER_FUNCTION + (config.api_gateway_config ? (fn.routes?.length ?? 0) : 0));
  }
  for (const source of Object.values(config.event_source_config)) {
    const target = source.function ?? (keys.length === 1 ? keys[0] : undefined);
    if (target !== undefined && target in config.lambda_config) add(target, 1);
  }
  return { parent: Object.keys(config.dynamodb_config).length, groups };
}

export function checkStackSize(context: Pick<SemanticContext, 'config'>): Finding[] {
  const { config } = context;
  if (minimumResources(config) <= MAX_STACK_RESOURCES) return [];
  const { parent, groups } = minimumByStack(config);
  const parentWithGroups = parent + groups.size;
  const [fullest, most] = [...groups.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (most <= MAX_STACK_RESOURCES && parentWithGroups <= MAX_STACK_RESOURCES) return [];
  const functions = Object.keys(config.lambda_config).length;
  const why =
    most > MAX_STACK_RESOURCES
      ? `the functions are spread over ${FUNCTION_GROUPS} nested stacks by their keys, and group ${fullest} needs at least ${most}`
      : `the parent stack needs at least ${parentWithGroups} (${parent} for tables, ${groups.size} nested stacks)`;
  return [
    error(
      ['lambda_config'],
      `this config (${functions} functions) does not fit CloudFormation's ${MAX_STACK_RESOURCES} resources per stack: ${why}; split it into two projects`,
      'key',
    ),
  ];
}
