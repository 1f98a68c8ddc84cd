// API Gateway REST (v1): a resource tree from the routes' paths, Lambda proxy methods,
// CORS preflight, request validation, authorizers, a content-hashed deployment, a stage
// with throttling, caching and access logs, API keys with a usage plan, a custom domain.
import { Fn } from 'aws-cdk-lib/core';
import {
  CfnDeployment,
  CfnMethod,
  CfnResource,
  CfnRestApi,
  CfnStage,
  type CfnGatewayResponse,
} from './l1/aws-apigateway';
import type { ApiGatewayConfig } from '../config/schema';
import {
  API_ORIGIN,
  executionLoggingLevel,
  accessLogGroup,
  allowApiToInvoke,
  lambdaInvokeUri,
  resolveRoutes,
  routeTargets,
  stageName,
  throttling,
  type ApiResult,
} from './api-common';
import { addApiKeys, addRestAuthorizer } from './api-rest-auth';
import { addCorsGatewayResponses, addCorsPreflight } from './api-rest-cors';
import { addRestDomain } from './api-rest-domain';
import { addCloudWatchRole } from './api-rest-logging';
import { addRequestValidation, pathParameters, readRequestSchemas } from './api-rest-models';
import { addWebAcl, restEndpoint, restMethodSettings, stageTracing } from './api-rest-stage';
import { markOrigin, type SynthContext } from './context';
import { shortHash } from './names';
import { optional } from './optional';

const REST_ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  resourcePath: '$context.resourcePath',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
});

/** Parent paths first: `/users/{id}` -> ['/users', '/users/{id}']. */
export function pathPrefixes(path: string): string[] {
  const parts = path.split('/').filter((p) => p);
  return parts.map((_, i) => '/' + parts.slice(0, i + 1).join('/'));
}

export function addRestApi(context: SynthContext, api: ApiGatewayConfig): ApiResult {
  const { stack } = context;
  const routes = resolveRoutes(context, api);
  const restApi = new CfnRestApi(stack, 'Api', {
    name: context.names.name('api', 'api'),
    ...restEndpoint(api),
    ...optional({
      description: api.description ?? undefined,
      binaryMediaTypes: api.binary_media_types?.length ? api.binary_media_types : undefined,
    }),
  });
  markOrigin(restApi, { kind: 'api', ...API_ORIGIN });
  const apiId = restApi.ref;

  // The resource tree: one AWS::ApiGateway::Resource per distinct path segment.
  const resources = new Map<string, string>([['/', restApi.attrRootResourceId]]);
  const resourceFor = (path: string): string => {
    for (const prefix of pathPrefixes(path)) {
      if (resources.has(prefix)) continue;
      const parent = prefix.slice(0, prefix.lastIndexOf('/')) || '/';
      const resource = new CfnResource(
        context.pathScopeOf(prefix),
        context.ids.of(`path-${prefix}`, 'Resource'),
        {
          restApiId: apiId,
          parentId: resources.get(parent)!,
          pathPart: prefix.slice(prefix.lastIndexOf('/') + 1),
        },
      );
      markOrigin(resource, { kind: 'api-resource', ...API_ORIGIN });
      resources.set(prefix, resource.ref);
    }
    return resources.get(path)!;
  };

  const schemas = readRequestSchemas(context, routes);
  const validationOf = addRequestValidation(context, api, apiId, schemas);

  const authorizers = new Map<string, { id?: string; type: string }>();
  const authorizerFor = (name: string) => {
    let entry = authorizers.get(name);
    if (!entry) authorizers.set(name, (entry = addRestAuthorizer(context, api, apiId, name)));
    return entry;
  };

  // Everything the deployment must see created first.
  const methods: (CfnMethod | CfnGatewayResponse)[] = [];
  for (const route of routes) {
    const target = context.functions.get(route.functionKey)!;
    const auth = route.authorizer === undefined ? undefined : authorizerFor(route.authorizer);
    const validation = validationOf(route);
    const method = new CfnMethod(
      context.scopeOf(route.functionKey),
      context.ids.of(`${route.functionKey}-${route.routeKey}`, 'Method'),
      {
        restApiId: apiId,
        resourceId: resourceFor(route.path ?? '/'),
        httpMethod: route.method ?? 'ANY',
        authorizationType: auth?.type ?? 'NONE',
        apiKeyRequired: route.apiKeyRequired,
        integration: {
          type: 'AWS_PROXY',
          integrationHttpMethod: 'POST',
          uri: lambdaInvokeUri(target),
        },
        ...optional({
          authorizerId: auth?.id,
          requestValidatorId: validation.validatorId,
          requestModels: validation.requestModels,
          requestParameters: pathParameters(route.path),
        }),
      },
    );
    markOrigin(method, {
      kind: 'method',
      key: route.functionKey,
      path: `lambda_config.${route.functionKey}.routes`,
    });
    methods.push(method);
  }
  if (api.cors_configuration) {
    methods.push(...addCorsPreflight(context, api, apiId, routes, resourceFor));
    methods.push(...addCorsGatewayResponses(context, api, apiId));
  }
  for (const target of routeTargets(context, routes))
    allowApiToInvoke(context, target, apiId, 'Invoke', '*');

  // A deployment is immutable: its logical id changes with everything the stage serves (the
  // API's settings, routes, request models, and whether a target is invoked through its
  // provisioned-concurrency alias), so CloudFormation deploys again whenever any of it changes.
  const shape = shortHash(
    JSON.stringify({
      api,
      routes,
      schemas: [...schemas.values()],
      targets: routeTargets(context, routes).map((t) => [
        t.key,
        context.config.lambda_config[t.key]?.provisioned_concurrent_executions ?? 0,
      ]),
    }),
  ).toUpperCase();
  const deployment = new CfnDeployment(stack, `ApiDeployment${shape}`, {
    restApiId: apiId,
    description: `routes ${shape}`,
  });
  methods.forEach((m) => deployment.addResourceDependency(m));
  markOrigin(deployment, { kind: 'deployment', ...API_ORIGIN });

  const logs = accessLogGroup(context, api);
  const limits = throttling(api);
  const stage = stageName(context, api);
  const loggingLevel = executionLoggingLevel(api, logs !== undefined);
  const cfnStage = new CfnStage(stack, 'ApiStage', {
    restApiId: apiId,
    deploymentId: deployment.ref,
    stageName: stage,
    methodSettings: restMethodSettings(api, routes, limits, loggingLevel),
    tracingEnabled: stageTracing(context, api, routes),
    ...optional({
      cacheClusterEnabled: api.cache_cluster_enabled,
      cacheClusterSize: api.cache_cluster_enabled ? (api.cache_cluster_size ?? '0.5') : undefined,
      accessLogSetting: logs
        ? { destinationArn: logs.attrArn, format: REST_ACCESS_LOG_FORMAT }
        : undefined,
    }),
  });
  markOrigin(cfnStage, { kind: 'stage', ...API_ORIGIN });
  // Access and execution logs both go through the account-level CloudWatch role.
  if (logs || loggingLevel !== 'OFF' || api.data_trace_enabled) {
    cfnStage.addResourceDependency(addCloudWatchRole(context));
  }
  if (api.web_acl_arn) addWebAcl(context, api.web_acl_arn, apiId, cfnStage);

  addApiKeys(context, api, apiId, cfnStage);
  if (api.domain_config) addRestDomain(context, api.domain_config, apiId, cfnStage);
  return {
    id: apiId,
    endpoint: Fn.sub('https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}', {
      Api: apiId,
      Stage: stage,
    }),
    stageName: stage,
    type: 'REST',
    metrics: {
      namespace: 'AWS/ApiGateway',
      dimensions: { ApiName: context.names.name('api', 'api'), Stage: stage },
    },
  };
}
