// What a REST stage serves beyond its deployment: method settings (stage throttling, per-route
// throttling, caching, execution logging, detailed metrics), X-Ray tracing, and a WAF web ACL.
import { CfnResource, Fn } from 'aws-cdk-lib/core';
import type { CfnStage } from './l1/aws-apigateway';
import type { ApiGatewayConfig } from '../config/schema';
import { API_ORIGIN, type LoggingLevel } from './api-common';
import type { ApiRoute } from './api-routes';
import { markOrigin, type SynthContext } from './context';
import { optional } from './optional';

/** Tracing follows the functions: an API in front of traced functions is traced too. */
export function stageTracing(
  context: SynthContext,
  api: ApiGatewayConfig,
  routes: readonly ApiRoute[],
): boolean {
  if (api.xray_tracing_enabled !== undefined) return api.xray_tracing_enabled;
  return routes.some(
    (r) => context.config.lambda_config[r.functionKey]?.tracing_config === 'Active',
  );
}

/** `/users/{id}` -> `/~1users~1{id}`: method settings name resources with `/` escaped. */
export function methodSettingPath(path: string): string {
  return `/${path.replace(/\//g, '~1')}`;
}

export function restMethodSettings(
  api: ApiGatewayConfig,
  routes: readonly ApiRoute[],
  limits: { burstLimit: number; rateLimit: number },
  loggingLevel: LoggingLevel,
): CfnStage.MethodSettingProperty[] {
  // A method's own entry replaces the stage-wide one for that method, so it repeats the rest.
  const shared = optional({
    loggingLevel,
    dataTraceEnabled: api.data_trace_enabled,
    metricsEnabled: api.metrics_enabled,
    cachingEnabled: api.cache_cluster_enabled ? true : undefined,
    cacheTtlInSeconds: api.cache_cluster_enabled ? api.cache_ttl_in_seconds : undefined,
  });
  const perRoute = routes
    .filter((r) => r.throttling_burst_limit !== undefined || r.throttling_rate_limit !== undefined)
    .map((r) => ({
      resourcePath: methodSettingPath(r.path ?? '/'),
      httpMethod: r.method === undefined || r.method === 'ANY' ? '*' : r.method,
      throttlingBurstLimit: r.throttling_burst_limit ?? limits.burstLimit,
      throttlingRateLimit: r.throttling_rate_limit ?? limits.rateLimit,
      ...shared,
    }));
  return [
    {
      resourcePath: '/*',
      httpMethod: '*',
      throttlingBurstLimit: limits.burstLimit,
      throttlingRateLimit: limits.rateLimit,
      ...shared,
    },
    ...perRoute,
  ];
}

/** Associates the stage with a regional WAFv2 web ACL. */
export function addWebAcl(
  context: SynthContext,
  webAclArn: string,
  apiId: string,
  stage: CfnStage,
): void {
  // A plain CfnResource: aws-wafv2's generated module is 430 KB for this one resource.
  const association = new CfnResource(context.stack, 'ApiWebAcl', {
    type: 'AWS::WAFv2::WebACLAssociation',
    properties: {
      WebACLArn: webAclArn,
      ResourceArn: Fn.sub(
        'arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/${Stage}',
        { Api: apiId, Stage: stage.ref },
      ),
    },
  });
  markOrigin(association, {
    kind: 'web-acl',
    ...API_ORIGIN,
    path: 'api_gateway_config.web_acl_arn',
  });
}

/** REST endpoint type and resource policy; a PRIVATE API without a policy admits its VPC endpoints only. */
export function restEndpoint(api: ApiGatewayConfig): {
  endpointConfiguration: { types: string[]; vpcEndpointIds?: string[] };
  policy?: Record<string, unknown>;
} {
  const type = api.endpoint_type ?? 'REGIONAL';
  const endpoints = type === 'PRIVATE' ? (api.vpc_endpoint_ids ?? []) : [];
  const policy =
    api.resource_policy ??
    (type === 'PRIVATE' && endpoints.length > 0 ? privateApiPolicy(endpoints) : undefined);
  return {
    endpointConfiguration: {
      types: [type],
      ...(endpoints.length > 0 && { vpcEndpointIds: endpoints }),
    },
    ...(policy !== undefined && { policy }),
  };
}

/** AWS's documented policy for private APIs: invoke only through the listed VPC endpoints. */
export function privateApiPolicy(vpcEndpointIds: readonly string[]): Record<string, unknown> {
  const statement = { Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' };
  return {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', ...statement },
      {
        Effect: 'Deny',
        ...statement,
        Condition: { StringNotEquals: { 'aws:SourceVpce': [...vpcEndpointIds] } },
      },
    ],
  };
}
