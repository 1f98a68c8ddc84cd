// api_gateway_config -> the API of its type, or nothing when the config has none.
import { configProblem, type SynthContext } from './context';
import type { ApiResult } from './api-common';
import { addRestApi } from './api-rest';
import { addApiV2 } from './api-v2';

export function addApi(context: SynthContext): ApiResult | undefined {
  const api = context.config.api_gateway_config;
  if (!api) return undefined;
  if (context.functions.size === 0) {
    throw configProblem(
      context,
      ['api_gateway_config'],
      'an API needs at least one function in lambda_config',
    );
  }
  if (api.type !== 'REST' && (api.api_keys?.length || api.usage_plan)) {
    throw configProblem(
      context,
      ['api_gateway_config', api.api_keys ? 'api_keys' : 'usage_plan'],
      `API keys and usage plans exist only for REST APIs, not ${api.type}`,
      'Set type: REST, or remove api_keys / usage_plan.',
    );
  }
  return api.type === 'REST' ? addRestApi(context, api) : addApiV2(context, api);
}
