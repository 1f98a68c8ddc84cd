// What the three API kinds share: the stage's name, throttling defaults, the access log
// group, Lambda invoke URIs and permissions, and route errors pointing at config lines.
import { Fn } from 'aws-cdk-lib/core';
import { CfnLogGroup } from './l1/aws-logs';
import type { ApiGatewayConfig } from '../config/schema';
import {
  applyRemovalPolicy,
  configProblem,
  logRetentionDays,
  markOrigin,
  type FunctionHandle,
  type SynthContext,
} from './context';
import { apiRoutes, RouteError, type ApiRoute } from './api-routes';
import { allowInvoke } from './permission';

/** Stage throttling unless the config says otherwise (requests per second / burst). */
export const DEFAULT_THROTTLING = { burstLimit: 100, rateLimit: 50 } as const;

export const API_ORIGIN = { key: 'api', path: 'api_gateway_config' } as const;

export interface ApiResult {
  /** The API's id (Ref). */
  readonly id: string;
  /** The invoke URL of the stage. */
  readonly endpoint: string;
  readonly stageName: string;
  /** For alarms: metric dimensions of the API. */
  readonly metrics: { readonly namespace: string; readonly dimensions: Record<string, string> };
  readonly type: ApiGatewayConfig['type'];
}

export function stageName(context: SynthContext, api: ApiGatewayConfig): string {
  return api.stage_name ?? context.config.environment;
}

export type LoggingLevel = NonNullable<ApiGatewayConfig['logging_level']>;

/** Execution logs at ERROR cost little and explain 5XXs; they need the account role, like access logs. */
export function executionLoggingLevel(api: ApiGatewayConfig, accessLogs: boolean): LoggingLevel {
  return api.logging_level ?? (accessLogs ? 'ERROR' : 'OFF');
}

export function throttling(api: ApiGatewayConfig): { burstLimit: number; rateLimit: number } {
  return {
    burstLimit: api.throttling_burst_limit ?? DEFAULT_THROTTLING.burstLimit,
    rateLimit: api.throttling_rate_limit ?? DEFAULT_THROTTLING.rateLimit,
  };
}

export function resolveRoutes(context: SynthContext, api: ApiGatewayConfig): ApiRoute[] {
  try {
    const routes = apiRoutes(api, context.config.lambda_config);
    for (const route of routes) {
      if (route.authorizer !== undefined && !api.authorizers?.[route.authorizer]) {
        throw new RouteError(
          `authorizer "${route.authorizer}" is not defined in api_gateway_config.authorizers`,
          ['lambda_config', route.functionKey, 'authorizer'],
        );
      }
    }
    return routes;
  } catch (error) {
    if (error instanceof RouteError) throw configProblem(context, error.where, error.message);
    throw error;
  }
}

/** Access logs go to a log group of their own, with the stack's retention. */
export function accessLogGroup(
  context: SynthContext,
  api: ApiGatewayConfig,
): CfnLogGroup | undefined {
  if (api.access_log_enabled === false) return undefined;
  const group = new CfnLogGroup(context.stack, 'ApiAccessLogs', {
    logGroupName: `/aws/apigateway/${context.names.prefix}-access`,
    retentionInDays: logRetentionDays(context),
  });
  applyRemovalPolicy(context, group);
  markOrigin(group, { kind: 'log-group', ...API_ORIGIN });
  return group;
}

/** The `arn:...:apigateway:REGION:lambda:path/.../invocations` URI REST and WebSocket APIs need. */
export function lambdaInvokeUri(target: FunctionHandle): string {
  return Fn.sub(
    'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Arn}/invocations',
    {
      Arn: target.invokeArn,
    },
  );
}

/** `arn:...:execute-api:REGION:ACCOUNT:API/<rest>`: the source ARN of API invocations. */
export function executeApiArn(apiId: string, rest: string): string {
  return Fn.sub(
    'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/' + rest,
    {
      Api: apiId,
    },
  );
}

/** One permission per function the API invokes (routes and authorizers). */
export function allowApiToInvoke(
  context: SynthContext,
  target: FunctionHandle,
  apiId: string,
  suffix: string,
  sourcePath: string,
): void {
  allowInvoke(
    context,
    context.ids.of(target.key, `Api${suffix}Permission`),
    target,
    'apigateway.amazonaws.com',
    executeApiArn(apiId, sourcePath),
    { kind: 'permission', key: target.key, path: `lambda_config.${target.key}` },
  );
}

/** An authorizer's config, or a problem at its line. */
export function authorizerConfig(context: SynthContext, api: ApiGatewayConfig, name: string) {
  const config = api.authorizers?.[name];
  if (!config) {
    throw configProblem(context, ['api_gateway_config', 'authorizers'], `no authorizer "${name}"`);
  }
  return config;
}

/** `https://cognito-idp.REGION.amazonaws.com/POOL_ID` from a user pool ARN. */
export function cognitoIssuer(userPoolArn: string): string {
  const [, , , region, , resource] = userPoolArn.split(':');
  const poolId = resource?.split('/')[1] ?? '';
  return `https://cognito-idp.${region}.amazonaws.com/${poolId}`;
}

/** Functions the API invokes, each once. */
export function routeTargets(context: SynthContext, routes: readonly ApiRoute[]): FunctionHandle[] {
  const keys = [...new Set(routes.map((r) => r.functionKey))];
  return keys.map((key) => context.functions.get(key)!);
}
