// A config that cannot fit one CloudFormation stack fails here, in validation, in well under a
// second: before any code is bundled or any construct built. The count is a lower bound (what
// synth creates whatever else is set), so it never refuses a config that would fit; synth
// counts exactly and refuses the rest (src/synth/index.ts).
import { MAX_STACK_RESOURCES } from '../../synth/types';
import { error, type Finding } from '../findings';
import type { ResolvedConfig } from '../schema';
import type { SemanticContext } from './context';

/** What synth creates for every function at the least: log group, role, function, version, `live` alias. */
export const RESOURCES_PER_FUNCTION = 5;

/** Resources synth creates at the least: per function, and one per table, event source (a
 * mapping, subscription or rule) and API route. */
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
