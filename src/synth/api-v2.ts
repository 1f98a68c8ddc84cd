// API Gateway v2: HTTP APIs and WebSocket APIs. L1 resources only (the v2 L2s are fine,
// but L1 keeps every property visible and synthesis fast).
import { Fn } from 'aws-cdk-lib/core';
import {
  CfnApi,
  CfnApiMapping,
  CfnAuthorizer,
  CfnDomainName,
  CfnIntegration,
  CfnRoute,
  CfnStage,
} from './l1/aws-apigatewayv2';
import type { ApiGatewayConfig, AuthorizerConfig } from '../config/schema';
import {
  API_ORIGIN,
  executionLoggingLevel,
  accessLogGroup,
  allowApiToInvoke,
  authorizerConfig,
  cognitoIssuer,
  lambdaInvokeUri,
  resolveRoutes,
  routeTargets,
  stageName,
  throttling,
  type ApiResult,
} from './api-common';
import { addCloudWatchRole } from './api-rest-logging';
import { configProblem, markOrigin, type SynthContext } from './context';
import { allow } from './iam';
import { pascalCase } from './names';
import { optional } from './optional';

/** The connections (management) API of a WebSocket stage, for `ApiGatewayManagementApiClient({ endpoint })`. */
export const WEBSOCKET_MANAGEMENT_ENDPOINT = 'WEBSOCKET_MANAGEMENT_ENDPOINT';

const HTTP_ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  integrationError: '$context.integrationErrorMessage',
});

const WEBSOCKET_ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  eventType: '$context.eventType',
  routeKey: '$context.routeKey',
  status: '$context.status',
  connectionId: '$context.connectionId',
  integrationError: '$context.integrationErrorMessage',
});

export function addApiV2(context: SynthContext, api: ApiGatewayConfig): ApiResult {
  const { stack } = context;
  const websocket = api.type === 'WEBSOCKET';
  const routes = resolveRoutes(context, api);
  const cors = api.cors_configuration;
  const resource = new CfnApi(stack, 'Api', {
    name: context.names.name('api', 'api'),
    protocolType: websocket ? 'WEBSOCKET' : 'HTTP',
    ...optional({
      description: api.description ?? undefined,
      routeSelectionExpression: websocket
        ? (api.route_selection_expression ?? '$request.body.action')
        : undefined,
      corsConfiguration:
        cors && !websocket
          ? optional({
              allowOrigins: cors.allow_origins,
              allowMethods: cors.allow_methods,
              allowHeaders: cors.allow_headers,
              exposeHeaders:
                cors.expose_headers && cors.expose_headers.length > 0
                  ? cors.expose_headers
                  : undefined,
              maxAge: cors.max_age,
              allowCredentials: cors.allow_credentials,
            })
          : undefined,
    }),
  });
  markOrigin(resource, { kind: 'api', ...API_ORIGIN });
  const apiId = resource.ref;

  const integrations = new Map<string, CfnIntegration>();
  for (const target of routeTargets(context, routes)) {
    const integration = new CfnIntegration(
      context.scopeOf(target.key),
      context.ids.of(target.key, 'Integration'),
      {
        apiId,
        integrationType: 'AWS_PROXY',
        integrationUri: websocket ? lambdaInvokeUri(target) : target.invokeArn,
        ...optional({ payloadFormatVersion: websocket ? undefined : '2.0' }),
      },
    );
    markOrigin(integration, {
      kind: 'integration',
      key: target.key,
      path: `lambda_config.${target.key}`,
    });
    integrations.set(target.key, integration);
    allowApiToInvoke(context, target, apiId, 'Invoke', '*');
  }

  const authorizers = new Map<string, { id?: string; type: string }>();
  const authorizerFor = (name: string) => {
    let entry = authorizers.get(name);
    if (!entry) {
      entry = addAuthorizer(context, api, apiId, name, authorizerConfig(context, api, name));
      authorizers.set(name, entry);
    }
    return entry;
  };

  const stage = stageName(context, api);
  const routeResources: CfnRoute[] = [];
  for (const route of routes) {
    const auth = route.authorizer === undefined ? undefined : authorizerFor(route.authorizer);
    // WebSocket APIs authorize the connection only.
    const authorizes = auth && (!websocket || route.routeKey === '$connect');
    const cfnRoute = new CfnRoute(
      context.scopeOf(route.functionKey),
      context.ids.of(`${route.functionKey}-${route.routeKey}`, 'Route'),
      {
        apiId,
        routeKey: route.routeKey,
        target: Fn.join('/', ['integrations', integrations.get(route.functionKey)!.ref]),
        authorizationType: authorizes ? auth.type : 'NONE',
        ...optional({ authorizerId: authorizes ? auth.id : undefined }),
      },
    );
    markOrigin(cfnRoute, {
      kind: 'route',
      key: route.functionKey,
      path: `lambda_config.${route.functionKey}.routes`,
    });
    routeResources.push(cfnRoute);
  }

  const logs = accessLogGroup(context, api);
  const limits = throttling(api);
  // Execution logs exist for WebSocket APIs only (HTTP APIs have access logs alone).
  const loggingLevel = websocket ? executionLoggingLevel(api, logs !== undefined) : undefined;
  const perRoute = routes.filter(
    (r) => r.throttling_burst_limit !== undefined || r.throttling_rate_limit !== undefined,
  );
  const cfnStage = new CfnStage(stack, 'ApiStage', {
    apiId,
    stageName: stage,
    autoDeploy: true,
    description: `${context.config.environment} stage`,
    defaultRouteSettings: {
      throttlingBurstLimit: limits.burstLimit,
      throttlingRateLimit: limits.rateLimit,
      ...(websocket && { dataTraceEnabled: api.data_trace_enabled ?? false }),
      ...optional({ loggingLevel, detailedMetricsEnabled: api.metrics_enabled }),
    },
    ...optional({
      routeSettings:
        perRoute.length > 0
          ? Object.fromEntries(
              perRoute.map((r) => [
                r.routeKey,
                {
                  throttlingBurstLimit: r.throttling_burst_limit ?? limits.burstLimit,
                  throttlingRateLimit: r.throttling_rate_limit ?? limits.rateLimit,
                },
              ]),
            )
          : undefined,
      accessLogSettings: logs
        ? {
            destinationArn: logs.attrArn,
            format: websocket ? WEBSOCKET_ACCESS_LOG_FORMAT : HTTP_ACCESS_LOG_FORMAT,
          }
        : undefined,
    }),
  });
  // With autoDeploy the first deployment happens when the stage is created: routes first.
  routeResources.forEach((r) => cfnStage.addResourceDependency(r));
  markOrigin(cfnStage, { kind: 'stage', ...API_ORIGIN });
  if (
    (loggingLevel !== undefined && loggingLevel !== 'OFF') ||
    (websocket && api.data_trace_enabled)
  ) {
    cfnStage.addResourceDependency(addCloudWatchRole(context));
  }

  if (websocket) {
    // WebSocket handlers answer through the connections API of their own stage: they get its
    // URL and the right to post to, read and close connections (POST, GET, DELETE).
    const management = Fn.sub(
      'https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}',
      { Api: apiId, Stage: stage },
    );
    for (const target of routeTargets(context, routes)) {
      target.environment[WEBSOCKET_MANAGEMENT_ENDPOINT] = management;
      target.statements.push(
        allow(
          ['execute-api:ManageConnections'],
          Fn.sub(
            'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/${Stage}/*/@connections/*',
            { Api: apiId, Stage: stage },
          ),
        ),
      );
    }
  }
  if (api.domain_config) addDomain(context, api.domain_config, apiId, cfnStage);

  return {
    id: apiId,
    endpoint: Fn.join('/', [resource.attrApiEndpoint, stage]),
    stageName: stage,
    type: api.type,
    metrics: { namespace: 'AWS/ApiGateway', dimensions: { ApiId: apiId, Stage: stage } },
  };
}

function addAuthorizer(
  context: SynthContext,
  api: ApiGatewayConfig,
  apiId: string,
  name: string,
  config: AuthorizerConfig,
): { id?: string; type: string } {
  const where = ['api_gateway_config', 'authorizers', name];
  const websocket = api.type === 'WEBSOCKET';
  if (config.type === 'IAM') return { type: 'AWS_IAM' };
  const origin = { kind: 'authorizer', key: name, path: `api_gateway_config.authorizers.${name}` };
  const id = context.ids.of(name, 'Authorizer');
  if (config.type === 'JWT' || config.type === 'COGNITO') {
    if (websocket) {
      throw configProblem(context, where, 'WebSocket APIs take LAMBDA or IAM authorizers, not JWT');
    }
    const issuer =
      config.issuer ??
      (config.user_pool_arns?.[0] ? cognitoIssuer(config.user_pool_arns[0]) : undefined);
    if (!issuer || !config.audience?.length) {
      throw configProblem(
        context,
        where,
        'a JWT authorizer needs `issuer` (or a Cognito `user_pool_arns` entry) and `audience`',
        'Set issuer: https://cognito-idp.REGION.amazonaws.com/POOL_ID and audience: [APP_CLIENT_ID].',
      );
    }
    const authorizer = new CfnAuthorizer(context.stack, id, {
      apiId,
      name,
      authorizerType: 'JWT',
      identitySource: config.identity_sources ?? ['$request.header.Authorization'],
      jwtConfiguration: { issuer, audience: config.audience },
    });
    markOrigin(authorizer, origin);
    return { id: authorizer.ref, type: 'JWT' };
  }
  const fnKey = config.function;
  const target = fnKey === undefined ? undefined : context.functions.get(fnKey);
  if (!target) {
    throw configProblem(
      context,
      [...where, 'function'],
      `a LAMBDA authorizer needs \`function\`: a key of lambda_config`,
    );
  }
  const authorizer = new CfnAuthorizer(context.stack, id, {
    apiId,
    name,
    authorizerType: 'REQUEST',
    authorizerUri: lambdaInvokeUri(target),
    identitySource: config.identity_sources ?? [
      websocket ? 'route.request.header.Authorization' : '$request.header.Authorization',
    ],
    ...optional({
      authorizerPayloadFormatVersion: websocket ? undefined : '2.0',
      enableSimpleResponses: websocket ? undefined : true,
      authorizerResultTtlInSeconds: websocket ? undefined : config.authorizer_result_ttl_in_seconds,
    }),
  });
  markOrigin(authorizer, origin);
  allowApiToInvoke(context, target, apiId, `Authorizer${pascalCase(name)}`, 'authorizers/*');
  return { id: authorizer.ref, type: 'CUSTOM' };
}

function addDomain(
  context: SynthContext,
  domain: NonNullable<ApiGatewayConfig['domain_config']>,
  apiId: string,
  stage: CfnStage,
): void {
  const origin = { kind: 'domain', ...API_ORIGIN, path: 'api_gateway_config.domain_config' };
  const name = new CfnDomainName(context.stack, 'ApiDomain', {
    domainName: domain.domain_name,
    domainNameConfigurations: [
      {
        certificateArn: domain.certificate_arn,
        endpointType: 'REGIONAL',
        securityPolicy: 'TLS_1_2',
      },
    ],
  });
  markOrigin(name, origin);
  const mapping = new CfnApiMapping(context.stack, 'ApiMapping', {
    apiId,
    domainName: name.ref,
    stage: stage.ref,
    ...optional({ apiMappingKey: domain.base_path || undefined }),
  });
  markOrigin(mapping, { ...origin, kind: 'api-mapping' });
}
