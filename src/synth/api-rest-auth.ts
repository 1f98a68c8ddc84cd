// REST API access control: authorizers (Cognito user pools, Lambda, IAM) and API keys
// with one usage plan.
import {
  CfnApiKey,
  CfnAuthorizer,
  CfnUsagePlan,
  CfnUsagePlanKey,
  type CfnStage,
} from './l1/aws-apigateway';
import type { ApiGatewayConfig } from '../config/schema';
import { API_ORIGIN, allowApiToInvoke, authorizerConfig, lambdaInvokeUri } from './api-common';
import { configProblem, markOrigin, type SynthContext } from './context';
import { pascalCase } from './names';
import { optional } from './optional';

/** How a method is authorized: the authorizer's id (none for IAM) and the AuthorizationType. */
export function addRestAuthorizer(
  context: SynthContext,
  api: ApiGatewayConfig,
  apiId: string,
  name: string,
): { id?: string; type: string } {
  const config = authorizerConfig(context, api, name);
  const where = ['api_gateway_config', 'authorizers', name];
  if (config.type === 'IAM') return { type: 'AWS_IAM' };
  const id = context.ids.of(name, 'Authorizer');
  const origin = { kind: 'authorizer', key: name, path: `api_gateway_config.authorizers.${name}` };
  if (config.type === 'COGNITO' || config.type === 'JWT') {
    if (!config.user_pool_arns?.length) {
      throw configProblem(
        context,
        where,
        'REST APIs validate JWTs through Cognito user pools: set `user_pool_arns`',
        'Use an HTTP API for JWTs from any OIDC issuer.',
      );
    }
    const authorizer = new CfnAuthorizer(context.stack, id, {
      restApiId: apiId,
      name,
      type: 'COGNITO_USER_POOLS',
      providerArns: config.user_pool_arns,
      identitySource: config.identity_sources?.join(',') ?? 'method.request.header.Authorization',
    });
    markOrigin(authorizer, origin);
    return { id: authorizer.ref, type: 'COGNITO_USER_POOLS' };
  }
  const target = config.function === undefined ? undefined : context.functions.get(config.function);
  if (!target) {
    throw configProblem(
      context,
      [...where, 'function'],
      'a LAMBDA authorizer needs `function`: a key of lambda_config',
    );
  }
  const authorizer = new CfnAuthorizer(context.stack, id, {
    restApiId: apiId,
    name,
    type: 'REQUEST',
    authorizerUri: lambdaInvokeUri(target),
    identitySource: config.identity_sources?.join(',') ?? 'method.request.header.Authorization',
    ...optional({ authorizerResultTtlInSeconds: config.authorizer_result_ttl_in_seconds }),
  });
  markOrigin(authorizer, origin);
  allowApiToInvoke(context, target, apiId, `Authorizer${pascalCase(name)}`, 'authorizers/*');
  return { id: authorizer.ref, type: 'CUSTOM' };
}

/** One API key per `api_keys` entry, all in one usage plan on the stage (quota, throttle). */
export function addApiKeys(
  context: SynthContext,
  api: ApiGatewayConfig,
  apiId: string,
  stage: CfnStage,
): void {
  if (!api.api_keys?.length && !api.usage_plan) return;
  const plan = api.usage_plan;
  const usagePlan = new CfnUsagePlan(context.stack, 'ApiUsagePlan', {
    usagePlanName: context.names.name('apiKey', 'usage-plan'),
    apiStages: [{ apiId, stage: stage.ref }],
    ...optional({
      quota:
        plan?.quota_limit !== undefined
          ? { limit: plan.quota_limit, period: plan.quota_period ?? 'MONTH' }
          : undefined,
      throttle:
        plan?.throttle_burst_limit !== undefined || plan?.throttle_rate_limit !== undefined
          ? optional({ burstLimit: plan.throttle_burst_limit, rateLimit: plan.throttle_rate_limit })
          : undefined,
    }),
  });
  markOrigin(usagePlan, {
    kind: 'usage-plan',
    ...API_ORIGIN,
    path: 'api_gateway_config.usage_plan',
  });
  for (const key of api.api_keys ?? []) {
    const apiKey = new CfnApiKey(context.stack, context.ids.of(key, 'ApiKey'), {
      name: context.names.name('apiKey', key),
      enabled: true,
    });
    markOrigin(apiKey, { kind: 'api-key', key, path: 'api_gateway_config.api_keys' });
    const link = new CfnUsagePlanKey(context.stack, context.ids.of(key, 'UsagePlanKey'), {
      keyId: apiKey.ref,
      keyType: 'API_KEY',
      usagePlanId: usagePlan.ref,
    });
    markOrigin(link, { kind: 'usage-plan-key', key, path: 'api_gateway_config.api_keys' });
  }
}
