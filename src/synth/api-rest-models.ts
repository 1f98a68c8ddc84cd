// REST request validation: each route with a `request_schema` gets an API Gateway model from
// that JSON Schema file and a validator that checks bodies against it, so a bad body is a 400
// from API Gateway and never reaches the function. Path parameters are declared on the
// method, so `validate_request_parameters` has something to check.
import { readFileSync } from 'node:fs';
import { CfnModel, CfnRequestValidator } from './l1/aws-apigateway';
import { codeSourcePath } from '../config/code-sources';
import type { ApiGatewayConfig } from '../config/schema';
import { errorMessage } from '../errors';
import { API_ORIGIN } from './api-common';
import type { ApiRoute } from './api-routes';
import { configProblem, markOrigin, type SynthContext } from './context';
import { shortHash } from './names';

export interface RouteValidation {
  /** The method's `RequestValidatorId`, when something on this route is validated. */
  readonly validatorId?: string;
  /** `{"application/json": ModelName}` for routes with a request_schema. */
  readonly requestModels?: Record<string, string>;
}

/** The request schema files' contents by path: read once, part of the deployment's hash. */
export function readRequestSchemas(
  context: SynthContext,
  routes: readonly ApiRoute[],
): Map<ApiRoute, Record<string, unknown>> {
  const schemas = new Map<ApiRoute, Record<string, unknown>>();
  for (const route of routes) {
    if (route.request_schema === undefined) continue;
    const where = ['lambda_config', route.functionKey, 'routes', route.index, 'request_schema'];
    // The config's one path rule: relative to the config file, and held to the repository.
    const file = codeSourcePath(context.loaded.dir, route.functionKey, route.request_schema);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw configProblem(
        context,
        where,
        `request_schema ${route.request_schema} cannot be used: ${errorMessage(error)}`,
        'Point request_schema at a JSON Schema file (JSON), relative to the config file.',
      );
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw configProblem(
        context,
        where,
        `request_schema ${route.request_schema} is not a JSON Schema object`,
        'Write the schema as a JSON object, e.g. {"type": "object", "required": ["name"]}.',
      );
    }
    schemas.set(route, parsed as Record<string, unknown>);
  }
  return schemas;
}

/**
 * One validator per kind of check the API needs (body and/or parameters), and a model per
 * route schema. Routes with a schema always validate their body; the API-wide flags apply
 * to every route.
 */
export function addRequestValidation(
  context: SynthContext,
  api: ApiGatewayConfig,
  apiId: string,
  schemas: ReadonlyMap<ApiRoute, Record<string, unknown>>,
): (route: ApiRoute) => RouteValidation {
  const apiBody = api.validate_request_body === true;
  const apiParameters = api.validate_request_parameters === true;
  const validators = new Map<string, string>();
  const validator = (body: boolean, parameters: boolean): string | undefined => {
    if (!body && !parameters) return undefined;
    // The API-wide flags' validator keeps the id and name it always had; a route whose schema
    // needs a body check the flags do not ask for gets a validator of its own kind.
    const apiWide = body === apiBody && parameters === apiParameters;
    const name = apiWide ? 'validate' : parameters ? 'body-and-parameters' : 'body';
    let id = validators.get(name);
    if (id === undefined) {
      const resource = new CfnRequestValidator(
        context.stack,
        apiWide ? 'ApiRequestValidator' : context.ids.of(name, 'ApiRequestValidator'),
        {
          restApiId: apiId,
          name,
          validateRequestBody: body,
          validateRequestParameters: parameters,
        },
      );
      markOrigin(resource, { kind: 'request-validator', ...API_ORIGIN });
      validators.set(name, (id = resource.ref));
    }
    return id;
  };

  const models = new Map<ApiRoute, string>();
  for (const [route, schema] of schemas) {
    // Model names are alphanumeric and unique in the API; the route key decides them.
    const name = `Request${shortHash(`${route.functionKey} ${route.routeKey}`).toUpperCase()}`;
    const model = new CfnModel(context.stack, context.ids.of(`${route.routeKey}`, 'Model'), {
      restApiId: apiId,
      name,
      contentType: 'application/json',
      schema,
    });
    markOrigin(model, {
      kind: 'request-model',
      key: route.functionKey,
      path: `lambda_config.${route.functionKey}.routes`,
    });
    models.set(route, model.ref);
  }

  return (route) => {
    const model = models.get(route);
    const validatorId = validator(apiBody || model !== undefined, apiParameters);
    return {
      ...(validatorId !== undefined && { validatorId }),
      ...(model !== undefined && { requestModels: { 'application/json': model } }),
    };
  };
}

/** `method.request.path.<name>: true` for each `{name}` / `{name+}` of a route's path. */
export function pathParameters(path: string | undefined): Record<string, boolean> | undefined {
  const names = [...(path ?? '').matchAll(/\{([A-Za-z_][A-Za-z0-9_-]*)\+?\}/g)].map((m) => m[1]!);
  if (names.length === 0) return undefined;
  return Object.fromEntries(names.map((name) => [`method.request.path.${name}`, true]));
}
