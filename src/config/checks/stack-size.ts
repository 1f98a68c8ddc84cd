// A config that cannot fit one CloudFormation stack fails here, in validation, in well under a
// second: before any code is bundled or any construct built. The count is a lower bound (what
// synth creates whatever else is set), so it never refuses a config that would fit; synth
// counts exactly and refuses the rest (src/synth/index.ts).
import { MAX_STACK_RESOURCES } from '../../synth/types';
import { error, type Finding } from '../findings';
import type { ResolvedConfig } from '../schema';
import type { SemanticContext } from './context';

/** Resources synth creates at the least: each function's log group, role, function, version and
 * `live` alias, one per
 * table and event source (a mapping, subscription or rule), one per API route. */
/** Log group, role, function, version, alias. */
export const RESOURCES_PER_FUNCTION = 5;

export function minimumResources(config: ResolvedConfig): number {
  const functions = Object.values(config.lambda_config);
  const routes = config.api_gateway_config
    ? functions.reduce((sum, fn) => sum + (fn.routes?.length ?? 0), 0)
    : 0;
  return (
    RESOURCES_PER_FUNCTION * functions.length +
    Object.keys(config.dynamodb_config).length +
    Object.keys(config.event_source_config).length +
    routes
  );
}

export function checkStackSize(context: Pick<SemanticContext, 'config'>): Finding[] {
  const needed = minimumResources(context.config);
  if (needed <= MAX_STACK_RESOURCES) return [];
  const functions = Object.keys(context.config.lambda_config).length;
  return [
    error(
      ['lambda_config'],
      `this config needs at least ${needed} CloudFormation resources (${functions} functions at ${RESOURCES_PER_FUNCTION} each, plus tables, event sources and routes); one stack holds ${MAX_STACK_RESOURCES}: split it into projects of about ${Math.floor((MAX_STACK_RESOURCES / needed) * functions)} functions or fewer`,
      'key',
    ),
  ];
}
