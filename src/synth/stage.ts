// The rollout defaults that depend on the stage: prod-like stages get gradual rollouts;
// previews and every other stage deploy at once unless the config says otherwise. What a
// stage is (prod-like, ephemeral) is config/ephemeral.ts's rule, the one every default uses.
import { PROD_DEFAULT_DEPLOYMENT_TYPE, type DeploymentType } from '../config/deployment-preference';
import type { ResolvedConfig } from '../config/schema';
import { stageKind } from '../config/ephemeral';

/** True for prod-like stages (`prod`, `production`, `prd`, `live`, `prod-*`), never a preview. */
export function isProdLikeStage(environment: string, ephemeral = false): boolean {
  return stageKind(environment, ephemeral || undefined) === 'prod-like';
}

/** True when the function serves the config's API: routes of its own, or the implied default route. */
export function servesApi(config: ResolvedConfig, key: string): boolean {
  if (!config.api_gateway_config) return false;
  const functions = Object.entries(config.lambda_config);
  const anyRoutes = functions.some(([, fn]) => (fn.routes ?? []).length > 0);
  if (!anyRoutes) return functions.length === 1 && functions[0]![0] === key;
  return (config.lambda_config[key]?.routes ?? []).length > 0;
}

/**
 * The deployment type of a function: its own `deployment_preference.type`, else the stage's
 * default (a canary for API functions on prod-like stages, else AllAtOnce).
 */
export function deploymentTypeFor(
  config: ResolvedConfig,
  key: string,
  ephemeral: boolean,
): DeploymentType {
  const own = config.lambda_config[key]?.deployment_preference?.type;
  if (own !== undefined) return own;
  return isProdLikeStage(config.environment, ephemeral) && servesApi(config, key)
    ? PROD_DEFAULT_DEPLOYMENT_TYPE
    : 'AllAtOnce';
}
