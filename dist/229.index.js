"use strict";
exports.id = 229;
exports.ids = [229];
exports.modules = {

/***/ 96158:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.analyzeConfigText = analyzeConfigText;
const code_sources_1 = __webpack_require__(59706);
const referenced_files_1 = __webpack_require__(96845);
const findings_1 = __webpack_require__(74770);
const issues_1 = __webpack_require__(11012);
const locate_1 = __webpack_require__(55562);
const environments_1 = __webpack_require__(50178);
const other_environments_1 = __webpack_require__(90295);
const isolation_1 = __webpack_require__(97838);
const merge_1 = __webpack_require__(28858);
const parse_document_1 = __webpack_require__(33099);
const schema_1 = __webpack_require__(90131);
const salvage_1 = __webpack_require__(18143);
const semantics_1 = __webpack_require__(21947);
function analyzeConfigText(text, options) {
    const parsed = (0, parse_document_1.parseConfigText)(text);
    const fallbackEnvironment = options.environment ?? 'dev';
    if (parsed.value === undefined) {
        const locate = (0, locate_1.makeLocator)(parsed.index);
        return finish(parsed.findings, options.file, locate, fallbackEnvironment);
    }
    const selection = (0, merge_1.selectEnvironment)((0, environments_1.withoutExtensions)(parsed.value), options.environment, {
        ...(options.ephemeral !== undefined && { ephemeral: options.ephemeral }),
    });
    const locate = (0, locate_1.makeLocator)(parsed.index, selection.layers);
    const findings = [
        ...parsed.findings,
        ...selection.findings,
        ...(0, environments_1.checkEnvironmentNames)(parsed.value['environments']),
        ...(0, environments_1.checkRequestedEnvironment)(parsed.value['environments'], options.environment),
        ...(0, other_environments_1.checkOtherEnvironmentKeys)(parsed.value['environments'], selection.layers),
    ];
    const result = schema_1.ResolvedConfigSchema.safeParse(selection.merged);
    let config;
    if (result.success) {
        config = result.data;
    }
    else {
        const issues = result.error.issues.filter(
        // A bad --environment is reported once, above, not again as the merged `environment`.
        (issue) => !(options.environment !== undefined &&
            issue.path.length === 1 &&
            issue.path[0] === 'environment'));
        findings.push(...(0, issues_1.findingsFromIssues)(issues, {
            schema: schema_1.ResolvedConfigSchema,
            data: selection.merged,
            extraRootKeys: ['environments'],
        }));
        config = (0, salvage_1.salvageConfig)(selection.merged);
    }
    const containment = {
        root: options.root ?? options.dir,
        ...(options.realpath !== undefined && { realpath: options.realpath }),
    };
    findings.push(...(0, semantics_1.checkSemantics)({
        config,
        declared: (0, salvage_1.declaredKeysOfData)(selection.merged),
        today: options.today ?? new Date().toISOString().slice(0, 10),
    }), ...(0, code_sources_1.checkCodeSources)(config, options.dir, options.probe ?? code_sources_1.probeDisk, containment), ...(0, referenced_files_1.checkReferencedFiles)(config, options.dir, options.probe ?? code_sources_1.probeDisk, containment), ...(0, isolation_1.checkPreviewIsolation)(config, selection.ephemeral, parsed.value['environments'], selection.layers));
    const composition = {
        ephemeral: selection.ephemeral,
        layers: selection.layers,
        layerKeys: layerKeysOf(parsed.value['environments'], selection.layers),
        previewDifferences: [
            ...selection.previewDifferences,
            ...(selection.ephemeral ? sharedDifferences(config) : []),
        ],
    };
    const analysis = {
        ...finish(findings, options.file, locate, selection.environment),
        composition,
    };
    return analysis.errors.length === 0
        ? { ...analysis, config, projectName: config.project_name }
        : {
            ...analysis,
            ...(config.project_name !== undefined && { projectName: config.project_name }),
        };
}
/** Existing resources a preview uses with production (`shared: true`): the comment says so. */
function sharedDifferences(config) {
    return (0, isolation_1.existingArnUses)(config)
        .filter((use) => config.event_source_config[use.key]?.shared === true)
        .map((use) => ({
        what: `${use.key}: shared with production`,
        path: use.path,
        preview: `the same ${use.arn} (shared: true)`,
        production: use.arn,
    }));
}
/** The keys each applied layer wrote, dotted to the leaves (`lambda_config.api.memory_size`). */
function layerKeysOf(environments, layers) {
    const leaves = (value, prefix) => (0, merge_1.isPlainObject)(value) && Object.keys(value).length > 0
        ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix === '' ? key : `${prefix}.${key}`))
        : [prefix];
    return Object.fromEntries(layers.map((layer) => [
        layer,
        (0, merge_1.isPlainObject)(environments) ? leaves(environments[layer], '') : [],
    ]));
}
function finish(findings, file, locate, environment) {
    const diagnostics = dedupe(findings.map((f) => toDiagnostic(f, file, locate))).sort(byPosition);
    return {
        errors: diagnostics.filter((d) => d.severity === 'error'),
        warnings: diagnostics.filter((d) => d.severity === 'warning'),
        environment,
        locate,
    };
}
function toDiagnostic(finding, file, locate) {
    const position = finding.position ?? locate(finding.path, finding.at ?? 'value');
    return {
        file,
        line: position.line,
        column: position.column,
        severity: finding.severity,
        path: (0, findings_1.dottedPath)(finding.path),
        message: finding.message,
    };
}
function dedupe(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const key = `${d.line}:${d.column}:${d.severity}:${d.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function byPosition(a, b) {
    return a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}


/***/ }),

/***/ 12542:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkApi = checkApi;
exports.parseRoute = parseRoute;
// Checks on api_gateway_config and the routes functions declare: route syntax per API type,
// routes served twice, authorizers that do not exist or do not fit the API type, and
// fields of one API type written on another (the seed sets binary_media_types on an HTTP API).
const findings_1 = __webpack_require__(74770);
const suggest_1 = __webpack_require__(42784);
const route_entry_1 = __webpack_require__(61626);
const context_1 = __webpack_require__(67789);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'];
/** `/`, `/users`, `/users/{id}`, `/{proxy+}` (a greedy parameter only as the last segment). */
const SEGMENT = "[A-Za-z0-9._~:@!$&'()*,;=-]+";
const PARAMETER = '\\{[A-Za-z_][A-Za-z0-9_-]*\\}';
const GREEDY = '\\{[A-Za-z_][A-Za-z0-9_-]*\\+\\}';
const PATH = new RegExp(`^/(?:(?:(?:${SEGMENT}|${PARAMETER})/)*(?:${SEGMENT}|${PARAMETER}|${GREEDY}))?$`);
/** WebSocket route keys: the predefined $connect / $disconnect / $default, or an action name. */
const WEBSOCKET_ROUTE = /^(\$connect|\$disconnect|\$default|[^\s$]\S*)$/;
const REST_ONLY = [
    'binary_media_types',
    'cache_cluster_enabled',
    'cache_cluster_size',
    'cache_ttl_in_seconds',
    'validate_request_body',
    'validate_request_parameters',
    'api_keys',
    'usage_plan',
    'xray_tracing_enabled',
    'web_acl_arn',
    'endpoint_type',
    'vpc_endpoint_ids',
    'resource_policy',
];
/** HTTP APIs have access logs only: no execution logs, no route selection. */
const NOT_HTTP = ['logging_level', 'data_trace_enabled'];
const WEBSOCKET_ONLY = ['route_selection_expression'];
/** "an HTTP API", "a REST API", "a WEBSOCKET API": the article as the type is read aloud. */
function anApi(type) {
    return `${type === 'HTTP' ? 'an' : 'a'} ${type} API`;
}
function checkApi(context) {
    const api = context.config.api_gateway_config;
    if (!(0, context_1.isSet)(api))
        return checkRoutesWithoutApi(context);
    return [
        ...checkApiFields(api),
        ...checkRoutes(api.type, context),
        ...checkAuthorizers(api, context),
        ...checkValidatorHasModels(api, context),
    ];
}
/** Parses "GET /users/{id}" into a canonical key, or returns why it does not parse. */
function parseRoute(route, type) {
    const trimmed = route.trim();
    if (type === 'WEBSOCKET') {
        return WEBSOCKET_ROUTE.test(trimmed)
            ? { key: trimmed }
            : {
                problem: `WebSocket routes are route keys such as $connect, $disconnect, $default or an action name, not "${route}"`,
            };
    }
    // On a REST API, $default means the catch-all proxy route.
    if (trimmed === '$default')
        return { key: type === 'REST' ? 'ANY /{proxy+}' : '$default' };
    const match = /^(\S+)\s+(\S+)$/.exec(trimmed);
    const method = match?.[1]?.toUpperCase();
    const path = match?.[2];
    if (method === undefined || path === undefined) {
        return { problem: `route "${route}" must be "METHOD /path", e.g. "GET /users/{id}"` };
    }
    if (!METHODS.includes(method)) {
        return {
            problem: `route "${route}": ${method} is not an HTTP method (${METHODS.join(', ')})${(0, suggest_1.didYouMean)(method, METHODS)}`,
        };
    }
    if (!PATH.test(path)) {
        return {
            problem: `route "${route}": the path must start with "/", not end with one, and use segments like users, {id} or a final {proxy+}`,
        };
    }
    return { key: `${method} ${path}` };
}
function checkRoutesWithoutApi(context) {
    return Object.entries(context.config.lambda_config)
        .filter(([, fn]) => (fn.routes ?? []).length > 0)
        .map(([key]) => (0, findings_1.warning)(['lambda_config', key, 'routes'], 'routes are ignored: there is no api_gateway_config', 'key'));
}
function checkRoutes(type, context) {
    const findings = [];
    const servedBy = new Map();
    let routeCount = 0;
    for (const [key, fn] of Object.entries(context.config.lambda_config)) {
        (fn.routes ?? []).forEach((entry, i) => {
            routeCount++;
            const path = (0, route_entry_1.routeTextPath)(key, i, entry);
            findings.push(...checkRouteSettings(type, key, i, entry));
            const parsed = parseRoute((0, route_entry_1.routeText)(entry), type);
            if ('problem' in parsed) {
                findings.push((0, findings_1.error)(path, parsed.problem));
                return;
            }
            const first = servedBy.get(parsed.key);
            if (first !== undefined) {
                findings.push((0, findings_1.error)(path, first === key
                    ? `route "${parsed.key}" is listed twice in this function`
                    : `route "${parsed.key}" is already served by function "${first}"; a route goes to one function`));
            }
            else {
                servedBy.set(parsed.key, key);
            }
        });
    }
    findings.push(...checkIntegrationTimeouts(type, context));
    const functions = Object.keys(context.config.lambda_config);
    // With one function and no routes, the API's default route goes to it; with several,
    // nothing says which function serves what.
    if (routeCount === 0 && functions.length > 1) {
        findings.push((0, findings_1.error)(['api_gateway_config'], `the API has no routes and lambda_config has ${functions.length} functions: give each function that serves it "routes", e.g. ["GET /users/{id}"]`, 'key'));
    }
    return findings;
}
/** Request models are a REST feature; HTTP APIs validate nothing (their functions must). */
function checkRouteSettings(type, functionKey, index, entry) {
    const settings = (0, route_entry_1.routeSettings)(entry);
    if (type === 'REST' || !(0, context_1.isSet)(settings.request_schema))
        return [];
    return [
        (0, findings_1.error)(['lambda_config', functionKey, 'routes', index, 'request_schema'], `request_schema validates requests on REST APIs only; on ${anApi(type)} nothing would check it (set api_gateway_config.type: REST, or validate in the function)`, 'key'),
    ];
}
/** A body validator without any model accepts every body: say so instead of pretending. */
function checkValidatorHasModels(api, context) {
    if (api.type !== 'REST' || api.validate_request_body !== true)
        return [];
    const anySchema = Object.values(context.config.lambda_config).some((fn) => (fn.routes ?? []).some((entry) => (0, context_1.isSet)((0, route_entry_1.routeSettings)(entry).request_schema)));
    if (anySchema)
        return [];
    return [
        (0, findings_1.warning)(['api_gateway_config', 'validate_request_body'], 'validate_request_body checks bodies against request models, and no route has one: give routes a request_schema, e.g. {route: "POST /users", request_schema: schemas/user.json}'),
    ];
}
/** API Gateway gives up on an integration after 29 s (REST) or 30 s (HTTP), whatever Lambda's timeout. */
const INTEGRATION_TIMEOUT_SECONDS = {
    REST: 29,
    HTTP: 30,
};
function checkIntegrationTimeouts(type, context) {
    const limit = INTEGRATION_TIMEOUT_SECONDS[type];
    if (limit === undefined)
        return [];
    const functions = Object.entries(context.config.lambda_config);
    const anyRoutes = functions.some(([, fn]) => (fn.routes ?? []).length > 0);
    return functions
        .filter(([, fn]) => (anyRoutes ? (fn.routes ?? []).length > 0 : functions.length === 1))
        .filter(([, fn]) => fn.timeout > limit)
        .map(([key, fn]) => (0, findings_1.warning)(['lambda_config', key, 'timeout'], `timeout ${fn.timeout} is longer than the ${limit} s ${anApi(type)} waits for its integration: callers get a 504 after ${limit} s while the function keeps running`));
}
function checkApiFields(api) {
    const findings = [];
    const path = ['api_gateway_config'];
    if ((0, context_1.isSet)(api.protocol_type) && api.protocol_type !== api.type) {
        findings.push((0, findings_1.warning)([...path, 'protocol_type'], `protocol_type ${api.protocol_type} contradicts type ${api.type}; type decides the API kind, so protocol_type is ignored`));
    }
    if (api.type !== 'REST') {
        for (const field of REST_ONLY) {
            if (!(0, context_1.isSet)(api[field]))
                continue;
            findings.push((0, findings_1.warning)([...path, field], `${field} applies to REST APIs only; on ${anApi(api.type)} it is ignored` +
                (field === 'binary_media_types'
                    ? ' (HTTP APIs pass binary bodies through base64-encoded)'
                    : ''), 'key'));
        }
    }
    const notFor = (fields, applies) => fields
        .filter((field) => (0, context_1.isSet)(api[field]))
        .map((field) => (0, findings_1.warning)([...path, field], `${field} applies to ${applies} only; on ${anApi(api.type)} it is ignored`, 'key'));
    if (api.type === 'HTTP')
        findings.push(...notFor(NOT_HTTP, 'REST and WebSocket APIs'));
    if (api.type !== 'WEBSOCKET')
        findings.push(...notFor(WEBSOCKET_ONLY, 'WebSocket APIs'));
    if (api.type === 'REST')
        findings.push(...checkRestEndpoint(api));
    if (api.type === 'WEBSOCKET' && (0, context_1.isSet)(api.cors_configuration)) {
        findings.push((0, findings_1.warning)([...path, 'cors_configuration'], 'cors_configuration does not apply to WebSocket APIs; it is ignored', 'key'));
    }
    return findings;
}
/** A PRIVATE API is reachable only as its resource policy allows: without one, by nobody. */
function checkRestEndpoint(api) {
    const path = ['api_gateway_config'];
    const endpoints = api.vpc_endpoint_ids ?? [];
    if (api.endpoint_type === 'PRIVATE' && endpoints.length === 0 && !(0, context_1.isSet)(api.resource_policy)) {
        return [
            (0, findings_1.error)([...path, 'endpoint_type'], 'a PRIVATE API needs vpc_endpoint_ids (the execute-api VPC endpoints allowed to call it) or a resource_policy'),
        ];
    }
    if (api.endpoint_type !== 'PRIVATE' && endpoints.length > 0) {
        return [
            (0, findings_1.warning)([...path, 'vpc_endpoint_ids'], 'vpc_endpoint_ids apply to endpoint_type: PRIVATE only; they are ignored', 'key'),
        ];
    }
    return [];
}
function checkAuthorizers(api, context) {
    const findings = [];
    const names = Object.keys(api.authorizers ?? {});
    if ((0, context_1.isSet)(api.default_authorizer) && !names.includes(api.default_authorizer)) {
        findings.push((0, findings_1.error)(['api_gateway_config', 'default_authorizer'], `authorizer "${api.default_authorizer}" is not defined in api_gateway_config.authorizers${(0, suggest_1.didYouMean)(api.default_authorizer, names)}`));
    }
    for (const [name, authorizer] of Object.entries(api.authorizers ?? {})) {
        findings.push(...checkAuthorizer(['api_gateway_config', 'authorizers', name], authorizer, api.type, context));
    }
    return findings;
}
function checkAuthorizer(path, authorizer, apiType, context) {
    const findings = [];
    const need = (field, what) => {
        if (!(0, context_1.isSet)(authorizer[field])) {
            findings.push((0, findings_1.error)([...path, 'type'], `a ${authorizer.type} authorizer needs ${field}: ${what}`));
        }
    };
    switch (authorizer.type) {
        case 'JWT':
            if (apiType !== 'HTTP') {
                findings.push((0, findings_1.error)([...path, 'type'], `JWT authorizers exist on HTTP APIs only; on ${anApi(apiType)} use COGNITO or LAMBDA`));
            }
            need('issuer', 'the token issuer URL');
            need('audience', 'the accepted client ids');
            break;
        case 'COGNITO':
            if (apiType !== 'REST') {
                findings.push((0, findings_1.error)([...path, 'type'], 'COGNITO authorizers exist on REST APIs only; on an HTTP API use JWT with the user pool as issuer'));
            }
            need('user_pool_arns', 'the user pool ARNs');
            break;
        case 'LAMBDA':
            need('function', 'the key of the authorizer function in lambda_config');
            if ((0, context_1.isSet)(authorizer.function) && !context.declared.functions.has(authorizer.function)) {
                findings.push((0, findings_1.error)([...path, 'function'], `function "${authorizer.function}" is not defined in lambda_config${(0, suggest_1.didYouMean)(authorizer.function, context.declared.functions)}`));
            }
            break;
        case 'IAM':
            break;
    }
    return findings;
}


/***/ }),

/***/ 67789:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.declaredKeysOf = declaredKeysOf;
exports.isSet = isSet;
exports.isArn = isArn;
function declaredKeysOf(config) {
    return {
        functions: new Set(Object.keys(config.lambda_config)),
        tables: new Set(Object.keys(config.dynamodb_config)),
        eventSources: new Set(Object.keys(config.event_source_config)),
    };
}
/** True for values a check should treat as written: YAML `null` means "not set", like the seed's. */
function isSet(value) {
    return value !== undefined && value !== null;
}
function isArn(value) {
    return value.startsWith('arn:');
}


/***/ }),

/***/ 71591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkDeploymentPreferences = checkDeploymentPreferences;
exports.alarmProblem = alarmProblem;
// `deployment_preference`: its alarms and hooks name things that must exist, which the
// schema cannot see. Errors land on the entry's own line.
const deployment_preference_1 = __webpack_require__(59333);
const findings_1 = __webpack_require__(74770);
const suggest_1 = __webpack_require__(42784);
function checkDeploymentPreferences(context) {
    const findings = [];
    const { config, declared } = context;
    for (const [key, fn] of Object.entries(config.lambda_config)) {
        const preference = fn.deployment_preference;
        if (preference === undefined)
            continue;
        const path = ['lambda_config', key, 'deployment_preference'];
        (preference.alarms ?? []).forEach((entry, index) => {
            const problem = alarmProblem(config, entry, key, declared.functions);
            if (problem !== undefined)
                findings.push((0, findings_1.error)([...path, 'alarms', index], problem));
        });
        for (const hook of ['pre_traffic', 'post_traffic']) {
            const target = preference.hooks?.[hook];
            if (target === undefined)
                continue;
            if (target === key) {
                findings.push((0, findings_1.error)([...path, 'hooks', hook], `a function cannot be its own ${hook} hook`));
            }
            else if (!declared.functions.has(target)) {
                findings.push((0, findings_1.error)([...path, 'hooks', hook], `no function "${target}" in lambda_config${(0, suggest_1.didYouMean)(target, [...declared.functions])}`));
            }
        }
        if (preference.type === 'AllAtOnce' &&
            ((preference.alarms?.length ?? 0) > 0 || preference.hooks !== undefined)) {
            findings.push((0, findings_1.warning)([...path, 'type'], 'AllAtOnce moves the alias without CodeDeploy: alarms and hooks have no effect'));
        }
    }
    return findings;
}
/** Why an `alarms` entry names nothing this stack (or the account) has; undefined when fine. */
function alarmProblem(config, entry, ownKey, functions) {
    const parsed = (0, deployment_preference_1.parseAlarmReference)(entry, ownKey, functions);
    if (typeof parsed === 'string')
        return parsed;
    if (parsed.kind === 'existing')
        return undefined;
    if (config.monitoring?.alarms_enabled === false) {
        return `"${entry}": monitoring.alarms_enabled is false, so the stack creates no alarms (name an existing alarm by ARN, or turn alarms on)`;
    }
    if (parsed.kind === 'api') {
        const api = config.api_gateway_config;
        if (!api)
            return `"${entry}": the config has no api_gateway_config`;
        if (parsed.alarm === 'latency' && api.type === 'WEBSOCKET') {
            return `"${entry}": WebSocket APIs have no latency alarm (use api:5xx)`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 50178:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXTENSION_PREFIX = void 0;
exports.withoutExtensions = withoutExtensions;
exports.checkEnvironmentNames = checkEnvironmentNames;
exports.checkRequestedEnvironment = checkRequestedEnvironment;
// Checks on the file's `environments` and the requested environment name, before the
// merge: names become stack names, and a near-miss of a defined name is likely a typo.
const findings_1 = __webpack_require__(74770);
const environment_patterns_1 = __webpack_require__(16523);
const merge_1 = __webpack_require__(28858);
const schema_1 = __webpack_require__(90131);
const suggest_1 = __webpack_require__(42784);
const NAME_RULE = 'use lowercase letters, digits and "-" (at most 24)';
function isValidName(name) {
    return schema_1.ResolvedConfigSchema.shape.environment.safeParse(name).success;
}
/**
 * Top-level keys starting with `x-` are the user's own (as in Compose files): a place to
 * define YAML anchors that sections then merge with `<<: *name`. They are not settings.
 */
exports.EXTENSION_PREFIX = 'x-';
function withoutExtensions(file) {
    return Object.fromEntries(Object.entries(file).filter(([key]) => !key.startsWith(exports.EXTENSION_PREFIX)));
}
/**
 * Names under `environments` become stack names: the same rule as `environment`. Patterns
 * (`pr-*`) name no stack; a malformed one is an error at its line, while one that matches no
 * stage the workflows deploy is fine (it may be for a stage to come).
 */
function checkEnvironmentNames(environments) {
    if (!(0, merge_1.isPlainObject)(environments))
        return [];
    return Object.keys(environments).flatMap((name) => {
        const problem = (0, environment_patterns_1.isPattern)(name)
            ? (0, environment_patterns_1.patternProblem)(name)
            : isValidName(name)
                ? undefined
                : NAME_RULE;
        if (problem === undefined)
            return [];
        const what = (0, environment_patterns_1.isPattern)(name) ? 'environment pattern' : 'environment name';
        return [(0, findings_1.error)(['environments', name], `${what} "${name}" is not valid: ${problem}`, 'key')];
    });
}
/**
 * The --environment flag: its name must be valid (reported at 1:1, it is not in the file).
 * A name the file does not define is allowed (it gets the base config), but one a letter
 * away from a defined one is probably a typo that would deploy a stray stack: a warning.
 */
function checkRequestedEnvironment(environments, requested) {
    if (requested !== undefined && !isValidName(requested)) {
        return [
            {
                ...(0, findings_1.error)([], `--environment "${requested}" is not a valid environment name: ${NAME_RULE}`),
                position: { line: 1, column: 1 },
            },
        ];
    }
    if (requested === undefined ||
        !(0, merge_1.isPlainObject)(environments) ||
        (0, environment_patterns_1.applicableKeys)(Object.keys(environments), requested).length > 0) {
        return [];
    }
    const close = (0, suggest_1.closestMatch)(requested, Object.keys(environments).filter((name) => !(0, environment_patterns_1.isPattern)(name)));
    if (close === undefined)
        return [];
    return [
        (0, findings_1.warning)(['environments'], `environment "${requested}" is not defined under environments, so it gets the base config; did you mean "${close}"?`, 'key'),
    ];
}


/***/ }),

/***/ 96969:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkEventSources = checkEventSources;
// Checks on each event_source_config entry: the target function, what emits the events,
// batch sizes per source type, and fields that do not apply to the source's type (the seed
// sets stream-only fields on an SQS source: those are warnings, not errors, so it deploys).
const findings_1 = __webpack_require__(74770);
const suggest_1 = __webpack_require__(42784);
const context_1 = __webpack_require__(67789);
const STREAMS = ['KINESIS', 'DYNAMODB_STREAM'];
const POLLED = ['SQS', ...STREAMS];
const RULES = ['SCHEDULE', 'EVENTBRIDGE'];
/** Which source types each optional field means something for. */
const APPLIES_TO = {
    batch_size: POLLED,
    starting_position: STREAMS,
    maximum_record_age_in_seconds: STREAMS,
    bisect_batch_on_function_error: STREAMS,
    parallelization_factor: STREAMS,
    destination_config: STREAMS,
    maximum_batching_window_in_seconds: POLLED,
    function_response_types: POLLED,
    scaling_config: ['SQS'],
    visibility_timeout_seconds: ['SQS'],
    message_retention_seconds: ['SQS'],
    events: ['S3'],
    filter_prefix: ['S3'],
    filter_suffix: ['S3'],
    schedule: ['SCHEDULE'],
    event_pattern: ['EVENTBRIDGE'],
    event_bus_name: ['EVENTBRIDGE'],
    maximum_event_age_in_seconds: RULES,
    starting_position_timestamp: ['KINESIS'],
    source: ['SQS', 'SNS', 'S3', ...STREAMS],
    // SNS and S3 invoke the function asynchronously: no mapping, no rule, nothing retries.
    maximum_retry_attempts: [...POLLED, ...RULES],
};
/** EventBridge targets retry at most this many times (RetryPolicy.MaximumRetryAttempts). */
const RULE_RETRIES_MAX = 185;
/** Settings of a queue the stack creates; an existing queue (an ARN) keeps its own. */
const CREATED_QUEUE_FIELDS = ['visibility_timeout_seconds', 'message_retention_seconds'];
/** Lambda: an SQS batch over 10 records needs a batching window of at least 1 second. */
const SQS_BATCH_WITHOUT_WINDOW_MAX = 10;
function checkEventSources(context) {
    const findings = [];
    for (const [key, source] of Object.entries(context.config.event_source_config)) {
        const path = ['event_source_config', key];
        findings.push(...checkTarget(path, source, context), ...checkInapplicableFields(path, source), ...checkEmitter(path, source, context), ...checkBatching(path, source), ...checkStartingTimestamp(path, source));
    }
    return findings;
}
function checkTarget(path, source, context) {
    const functions = [...context.declared.functions];
    if ((0, context_1.isSet)(source.function)) {
        if (context.declared.functions.has(source.function)) {
            return checkVisibilityTimeout(path, source, source.function, context);
        }
        return [
            (0, findings_1.error)([...path, 'function'], `function "${source.function}" is not defined in lambda_config${(0, suggest_1.didYouMean)(source.function, functions)}`),
        ];
    }
    const [only] = functions;
    if (functions.length === 1 && only !== undefined) {
        return checkVisibilityTimeout(path, source, only, context);
    }
    return [
        (0, findings_1.error)(path, functions.length === 0
            ? 'this event source has no function to invoke: lambda_config defines none'
            : `name the function this event source invokes with "function:" (lambda_config has ${functions.length}: ${functions.join(', ')})`, 'key'),
    ];
}
/**
 * AWS rejects an SQS mapping whose queue would hand a message out again while the function
 * may still be working on it: the visibility timeout must be at least the function's timeout.
 */
function checkVisibilityTimeout(path, source, target, context) {
    const timeout = context.config.lambda_config[target]?.timeout;
    const visibility = source.visibility_timeout_seconds;
    const createsQueue = !(0, context_1.isSet)(source.source) || !(0, context_1.isArn)(source.source);
    if (source.type !== 'SQS' ||
        !createsQueue ||
        !(0, context_1.isSet)(visibility) ||
        timeout === undefined ||
        visibility >= timeout) {
        return [];
    }
    return [
        (0, findings_1.error)([...path, 'visibility_timeout_seconds'], `visibility_timeout_seconds (${visibility}) is shorter than the timeout of function "${target}" (${timeout}); Lambda requires at least the function's timeout (AWS recommends 6 times)`),
    ];
}
function checkInapplicableFields(path, source) {
    const findings = [];
    for (const [field, types] of Object.entries(APPLIES_TO)) {
        const value = source[field];
        if (!(0, context_1.isSet)(value) || types.includes(source.type))
            continue;
        findings.push((0, findings_1.warning)([...path, field], `${field} does not apply to ${source.type} sources (only to ${types.join(', ')}); it is ignored`, 'key'));
    }
    return findings;
}
/**
 * What emits the events: a table's stream, a schedule, a pattern. (SQS, SNS, S3 and KINESIS
 * sources without `source` get a queue, topic, bucket or stream named after their key.)
 */
function checkEmitter(path, source, context) {
    switch (source.type) {
        case 'DYNAMODB_STREAM':
            return checkTableStream(path, source, context);
        case 'SCHEDULE':
            return (0, context_1.isSet)(source.schedule)
                ? []
                : [
                    (0, findings_1.error)(path, 'a SCHEDULE source needs "schedule", e.g. "rate(5 minutes)" or "cron(0 12 * * ? *)"', 'key'),
                ];
        case 'EVENTBRIDGE':
            return (0, context_1.isSet)(source.event_pattern)
                ? []
                : [
                    (0, findings_1.error)(path, 'an EVENTBRIDGE source needs "event_pattern", e.g. { source: ["aws.s3"] }', 'key'),
                ];
        default:
            return [];
    }
}
function checkTableStream(path, source, context) {
    const tables = [...context.declared.tables];
    if (!(0, context_1.isSet)(source.source)) {
        return [
            (0, findings_1.error)(path, 'a DYNAMODB_STREAM source needs "source": the key of a table in dynamodb_config', 'key'),
        ];
    }
    if ((0, context_1.isArn)(source.source)) {
        return source.starting_position === 'AT_TIMESTAMP'
            ? [
                (0, findings_1.error)([...path, 'starting_position'], 'DynamoDB streams start at TRIM_HORIZON or LATEST, not AT_TIMESTAMP'),
            ]
            : [];
    }
    if (!context.declared.tables.has(source.source)) {
        return [
            (0, findings_1.error)([...path, 'source'], `table "${source.source}" is not defined in dynamodb_config${(0, suggest_1.didYouMean)(source.source, tables)}`),
        ];
    }
    const findings = [];
    const table = context.config.dynamodb_config[source.source];
    if (table !== undefined && !table.stream_enabled) {
        findings.push((0, findings_1.error)([...path, 'source'], `table "${source.source}" has no stream: set stream_enabled: true and stream_view_type in dynamodb_config.${source.source}`));
    }
    if (source.starting_position === 'AT_TIMESTAMP') {
        findings.push((0, findings_1.error)([...path, 'starting_position'], 'DynamoDB streams start at TRIM_HORIZON or LATEST, not AT_TIMESTAMP'));
    }
    return findings;
}
/** AT_TIMESTAMP names no time by itself: Lambda refuses the mapping without one. */
function checkStartingTimestamp(path, source) {
    if (source.type !== 'KINESIS')
        return [];
    const atTimestamp = source.starting_position === 'AT_TIMESTAMP';
    if (atTimestamp && !(0, context_1.isSet)(source.starting_position_timestamp)) {
        return [
            (0, findings_1.error)([...path, 'starting_position'], 'starting_position AT_TIMESTAMP needs starting_position_timestamp, e.g. starting_position_timestamp: "2026-01-31T00:00:00Z"'),
        ];
    }
    if (!atTimestamp && (0, context_1.isSet)(source.starting_position_timestamp)) {
        return [
            (0, findings_1.warning)([...path, 'starting_position_timestamp'], `starting_position_timestamp is used only with starting_position: AT_TIMESTAMP (here ${source.starting_position ?? 'LATEST'}); it is ignored`, 'key'),
        ];
    }
    return [];
}
function checkBatching(path, source) {
    const findings = [];
    const window = source.maximum_batching_window_in_seconds ?? 0;
    if (source.type === 'SQS' &&
        (0, context_1.isSet)(source.batch_size) &&
        source.batch_size > SQS_BATCH_WITHOUT_WINDOW_MAX &&
        window < 1) {
        findings.push((0, findings_1.error)([...path, 'batch_size'], `an SQS batch_size over ${SQS_BATCH_WITHOUT_WINDOW_MAX} (here ${source.batch_size}) needs maximum_batching_window_in_seconds of at least 1`));
    }
    const retries = source.maximum_retry_attempts;
    if (RULES.includes(source.type) && (0, context_1.isSet)(retries) && retries > RULE_RETRIES_MAX) {
        findings.push((0, findings_1.warning)([...path, 'maximum_retry_attempts'], `EventBridge retries a target at most ${RULE_RETRIES_MAX} times; ${retries} is lowered to ${RULE_RETRIES_MAX}`));
    }
    if (source.type === 'SQS' && (0, context_1.isSet)(source.source) && (0, context_1.isArn)(source.source)) {
        for (const field of CREATED_QUEUE_FIELDS) {
            if (!(0, context_1.isSet)(source[field]))
                continue;
            findings.push((0, findings_1.warning)([...path, field], `${field} applies to queues the stack creates; the existing queue ${source.source} keeps its own setting`, 'key'));
        }
    }
    if (source.type === 'SQS' &&
        (0, context_1.isSet)(source.source) &&
        (0, context_1.isArn)(source.source) &&
        (0, context_1.isSet)(source.maximum_retry_attempts)) {
        findings.push((0, findings_1.warning)([...path, 'maximum_retry_attempts'], `maximum_retry_attempts sets the receive count of queues the stack creates; for the existing queue ${source.source} its own redrive policy (maxReceiveCount) decides, so set it there`, 'key'));
    }
    const age = source.maximum_record_age_in_seconds;
    if (STREAMS.includes(source.type) && (0, context_1.isSet)(age) && age >= 0 && age < 60) {
        findings.push((0, findings_1.error)([...path, 'maximum_record_age_in_seconds'], `maximum_record_age_in_seconds must be -1 (keep records until they expire) or from 60 to 604800, got ${age}`));
    }
    return findings;
}


/***/ }),

/***/ 22903:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LOG_RETENTION_DAYS = exports.ENVIRONMENT_MAX_BYTES = exports.RESERVED_ENVIRONMENT_NAMES = void 0;
exports.checkFunctions = checkFunctions;
exports.logRetentionMessage = logRetentionMessage;
// Checks on each lambda_config entry that the schema cannot express: runtimes against AWS's
// list, Lambda's reserved environment names and 4 KB limit, the handler's form, the length
// and references to authorizers and resources. (Long names are not checked: synth fits
// physical names to each service's limit with a hash suffix.)
const findings_1 = __webpack_require__(74770);
const runtimes_1 = __webpack_require__(89093);
const suggest_1 = __webpack_require__(42784);
const context_1 = __webpack_require__(67789);
const resources_1 = __webpack_require__(72027);
/** Set by the Lambda runtime itself; a function cannot define them (AWS Lambda developer guide). */
exports.RESERVED_ENVIRONMENT_NAMES = new Set([
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_EXECUTION_ENV',
    'AWS_LAMBDA_FUNCTION_NAME',
    'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
    'AWS_LAMBDA_FUNCTION_VERSION',
    'AWS_LAMBDA_INITIALIZATION_TYPE',
    'AWS_LAMBDA_LOG_GROUP_NAME',
    'AWS_LAMBDA_LOG_STREAM_NAME',
    'AWS_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_LAMBDA_RUNTIME_API',
    'LAMBDA_TASK_ROOT',
    'LAMBDA_RUNTIME_DIR',
    '_HANDLER',
    '_X_AMZN_TRACE_ID',
]);
/** Lambda's limit on all environment variable names and values of one function together. */
exports.ENVIRONMENT_MAX_BYTES = 4096;
/** CloudWatch Logs accepts only these retention periods (PutRetentionPolicy). */
exports.LOG_RETENTION_DAYS = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
    3653,
];
function checkFunctions(context) {
    const findings = [];
    for (const [key, fn] of Object.entries(context.config.lambda_config)) {
        const path = ['lambda_config', key];
        findings.push(...checkRuntime(path, fn, context.today), ...checkHandler(path, fn), ...checkEnvironment(path, fn), ...checkReferences(path, fn, context));
        if ((0, context_1.isSet)(fn.log_retention_in_days) && !exports.LOG_RETENTION_DAYS.includes(fn.log_retention_in_days)) {
            findings.push((0, findings_1.error)([...path, 'log_retention_in_days'], logRetentionMessage(fn.log_retention_in_days)));
        }
        if (fn.reserved_concurrent_executions === 0) {
            findings.push((0, findings_1.warning)([...path, 'reserved_concurrent_executions'], 'reserved_concurrent_executions 0 stops the function from running at all; use -1 for unreserved'));
        }
    }
    const monitoringRetention = context.config.monitoring?.log_retention_in_days;
    if ((0, context_1.isSet)(monitoringRetention) && !exports.LOG_RETENTION_DAYS.includes(monitoringRetention)) {
        findings.push((0, findings_1.error)(['monitoring', 'log_retention_in_days'], logRetentionMessage(monitoringRetention)));
    }
    return findings;
}
function logRetentionMessage(days) {
    return `log_retention_in_days must be one of CloudWatch's periods (${exports.LOG_RETENTION_DAYS.join(', ')}), got ${days}`;
}
function checkRuntime(path, fn, today) {
    const info = runtimes_1.RUNTIMES[fn.runtime];
    if (info === undefined) {
        return [
            (0, findings_1.error)([...path, 'runtime'], `unknown runtime "${fn.runtime}"${(0, suggest_1.didYouMean)(fn.runtime, Object.keys(runtimes_1.RUNTIMES))}` +
                ' (see the runtimes AWS Lambda supports)'),
        ];
    }
    if (!(0, runtimes_1.isDeprecated)(fn.runtime, today))
        return [];
    const replacement = Object.entries(runtimes_1.RUNTIMES).find(([name, other]) => other.family === info.family && !(0, runtimes_1.isDeprecated)(name, today))?.[0];
    return [
        (0, findings_1.warning)([...path, 'runtime'], `runtime ${fn.runtime} is past AWS's deprecation date (${info.deprecated ?? '?'}): it gets no security patches and AWS will block creating and updating it` +
            (replacement === undefined ? '' : `; use ${replacement}`)),
    ];
}
function checkHandler(path, fn) {
    const family = runtimes_1.RUNTIMES[fn.runtime]?.family;
    // node, python and ruby resolve `file.function`; java, dotnet and custom runtimes have their own forms.
    if ((family === 'node' || family === 'python' || family === 'ruby') &&
        !/^[^.\s]+(\.[^.\s]+)+$/.test(fn.handler)) {
        return [
            (0, findings_1.error)([...path, 'handler'], `handler "${fn.handler}" must be "file.function", e.g. "index.handler" for an exported handler in index.js`),
        ];
    }
    return [];
}
function checkEnvironment(path, fn) {
    const variables = fn.environment ?? {};
    const findings = [];
    let bytes = 0;
    for (const [name, value] of Object.entries(variables)) {
        bytes += Buffer.byteLength(name) + Buffer.byteLength(value);
        if (exports.RESERVED_ENVIRONMENT_NAMES.has(name)) {
            findings.push((0, findings_1.error)([...path, 'environment', name], `environment variable ${name} is reserved: Lambda sets it itself and rejects functions that define it; rename it`, 'key'));
        }
    }
    if (bytes > exports.ENVIRONMENT_MAX_BYTES) {
        findings.push((0, findings_1.error)([...path, 'environment'], `environment variables take ${bytes} bytes (names and values together); Lambda allows ${exports.ENVIRONMENT_MAX_BYTES} (4 KB): move large values to SSM Parameter Store or the code`, 'key'));
    }
    return findings;
}
function checkReferences(path, fn, context) {
    const findings = [];
    const api = context.config.api_gateway_config;
    if ((0, context_1.isSet)(fn.authorizer)) {
        const names = Object.keys(api?.authorizers ?? {});
        if (!names.includes(fn.authorizer)) {
            findings.push((0, findings_1.error)([...path, 'authorizer'], `authorizer "${fn.authorizer}" is not defined in api_gateway_config.authorizers${(0, suggest_1.didYouMean)(fn.authorizer, names)}`));
        }
    }
    if (fn.api_key_required === true && api?.type !== 'REST') {
        findings.push((0, findings_1.warning)([...path, 'api_key_required'], 'api_key_required applies to REST APIs only; it is ignored', 'key'));
    }
    const created = (0, resources_1.createdResources)(context.config);
    const kinds = [
        ['dynamodb', context.declared.tables, 'a key of dynamodb_config'],
        ['sqs', created.queues, 'a queue the stack creates (an SQS event source)'],
        ['sns', created.topics, 'a topic the stack creates (an SNS event source)'],
        ['s3', created.buckets, 'a bucket the stack creates (an S3 event source)'],
    ];
    for (const [kind, names, what] of kinds) {
        for (const name of Object.keys(fn.access?.[kind] ?? {})) {
            if (!names.has(name)) {
                findings.push((0, findings_1.error)([...path, 'access', kind, name], `access.${kind} names "${name}", which is not ${what}${(0, suggest_1.didYouMean)(name, names)}`, 'key'));
            }
        }
    }
    return findings;
}


/***/ }),

/***/ 97838:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.existingArnUses = existingArnUses;
exports.checkPreviewIsolation = checkPreviewIsolation;
// A preview must never touch another stage. An existing queue, stream, topic or bucket that
// the base config names by ARN would be consumed from (competing with production's own
// consumers for its messages) or written to by every preview at once. For ephemeral stages
// that is an error, unless an `environments` key (a pattern or the stage) writes the value
// itself, or the config marks the source `shared: true`.
const findings_1 = __webpack_require__(74770);
const plain_object_1 = __webpack_require__(70408);
/** Source types whose existing ARN a preview would consume from or subscribe to. */
const CONSUMED = {
    SQS: 'queue, and would take messages meant for production',
    KINESIS: 'stream, and would read (and slow) production records',
    DYNAMODB_STREAM: 'table stream, and would read production changes',
    SNS: 'topic, and would be subscribed to production notifications',
    S3: 'bucket, and would set notifications on it',
};
/** Every existing ARN the stage would consume from or write to, with where it is set. */
function existingArnUses(config) {
    return Object.entries(config.event_source_config).flatMap(([key, es]) => usesOf(key, es));
}
function usesOf(key, es) {
    const uses = [];
    if (es.source?.startsWith('arn:') && CONSUMED[es.type] !== undefined) {
        uses.push({
            key,
            path: `event_source_config.${key}.source`,
            arn: es.source,
            use: `consumes from the existing ${CONSUMED[es.type]}`,
        });
    }
    const failures = es.destination_config?.on_failure.destination_arn;
    if (failures?.startsWith('arn:')) {
        uses.push({
            key,
            path: `event_source_config.${key}.destination_config.on_failure.destination_arn`,
            arn: failures,
            use: 'writes its failed records to an existing destination',
        });
    }
    return uses;
}
/**
 * Errors for ephemeral stages. `environments` is the file's map and `layers` the keys that
 * applied: a layer that writes the ARN chose it for previews on purpose.
 */
function checkPreviewIsolation(config, ephemeral, environments, layers) {
    if (!ephemeral)
        return [];
    const writtenByLayer = (path) => layers.some((layer) => isWritten((0, plain_object_1.isPlainObject)(environments) ? environments[layer] : undefined, path));
    return existingArnUses(config)
        .filter((use) => config.event_source_config[use.key]?.shared !== true)
        .filter((use) => !writtenByLayer(use.path))
        .map((use) => (0, findings_1.error)(use.path.split('.'), `${config.environment} is a preview stage, and it ${use.use} (${use.arn}). ` +
        `Give previews their own: under environments, a pattern such as "pr-*" can set ` +
        `${use.path} (or remove "source" to let the stack create one); or mark the event ` +
        `source "shared: true" if every preview may use it too.`));
}
function isWritten(layer, dotted) {
    let current = layer;
    for (const key of dotted.split('.')) {
        if (!(0, plain_object_1.isPlainObject)(current) || !(key in current))
            return false;
        current = current[key];
    }
    return true;
}


/***/ }),

/***/ 90295:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkOtherEnvironmentKeys = checkOtherEnvironmentKeys;
// Keys in the environments this run does not select. The merge and the schema check only the
// stage being validated, so without this a typo in `environments.prod` would pass `validate`
// on every pull request and fail only on the day prod deploys. Values there are checked
// when that stage is validated (they may depend on the merge); keys do not, so they are
// checked now, against the same schema, at their own line.
const findings_1 = __webpack_require__(74770);
const issues_1 = __webpack_require__(11012);
const plain_object_1 = __webpack_require__(70408);
const schema_1 = __webpack_require__(90131);
const schema_walk_1 = __webpack_require__(8577);
/**
 * Unknown keys in every `environments` entry (a name or a pattern) that is not one of
 * `applied`, the layers merged into the validated stage (those are checked merged).
 */
function checkOtherEnvironmentKeys(environments, applied) {
    if (!(0, plain_object_1.isPlainObject)(environments))
        return [];
    return Object.entries(environments)
        .filter(([name, overrides]) => !applied.includes(name) && (0, plain_object_1.isPlainObject)(overrides))
        .flatMap(([name, overrides]) => unknownKeysIn(overrides, (0, schema_walk_1.unwrap)(schema_1.ResolvedConfigSchema), [], ['environments', name]));
}
function unknownKeysIn(value, schema, path, prefix) {
    if (schema === undefined)
        return [];
    const def = (0, schema_walk_1.defOf)(schema);
    if (def.type === 'union') {
        // A route is a string or an object, a secret a reference string or an object: check
        // against the options that fit the value's shape.
        const options = (def.options ?? []).map(schema_walk_1.unwrap);
        const fitting = options.filter((option) => Array.isArray(value) ? (0, schema_walk_1.defOf)(option).type === 'array' : (0, schema_walk_1.defOf)(option).type === 'object');
        return fitting.length === 1 ? unknownKeysIn(value, fitting[0], path, prefix) : [];
    }
    if (Array.isArray(value)) {
        const element = def.type === 'array' && def.element !== undefined ? (0, schema_walk_1.unwrap)(def.element) : undefined;
        return value.flatMap((item, index) => unknownKeysIn(item, element, [...path, index], prefix));
    }
    if (!(0, plain_object_1.isPlainObject)(value))
        return [];
    if (def.type === 'record') {
        const inner = def.valueType === undefined ? undefined : (0, schema_walk_1.unwrap)(def.valueType);
        return Object.entries(value).flatMap(([key, item]) => unknownKeysIn(item, inner, [...path, key], prefix));
    }
    if (def.type !== 'object')
        return [];
    // Only a strict object lists every key it takes; free-form data (a resource policy, an
    // event pattern) accepts any.
    const strict = isStrict(schema);
    const shape = def.shape ?? {};
    return Object.entries(value).flatMap(([key, item]) => {
        const child = shape[key];
        if (child === undefined) {
            return strict
                ? [
                    (0, findings_1.error)([...prefix, ...path, key], (0, issues_1.unknownKeyMessage)(key, [...prefix, ...path], (0, schema_walk_1.knownKeys)(schema)), 'key'),
                ]
                : [];
        }
        return unknownKeysIn(item, (0, schema_walk_1.unwrap)(child), [...path, key], prefix);
    });
}
function isStrict(schema) {
    // zod 4 marks z.strictObject by a `catchall` of z.never().
    const catchall = (0, schema_walk_1.defOf)(schema).catchall;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: every object of ResolvedConfigSchema is strict (free-form data are records), so no test can tell a non-strict one apart
    return catchall !== undefined && (0, schema_walk_1.defOf)(catchall).type === 'never';
}


/***/ }),

/***/ 6282:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkPermissions = checkPermissions;
exports.ownResourceKeys = ownResourceKeys;
// Checks on what a function's role may do beyond `access`: each `permissions` statement's
// actions and resources, and each `secrets` reference. Every problem names its own line
// (the action, the resource, the variable), so the fix is where the cursor lands.
const findings_1 = __webpack_require__(74770);
const iam_references_1 = __webpack_require__(54050);
const schema_1 = __webpack_require__(90131);
const suggest_1 = __webpack_require__(42784);
const context_1 = __webpack_require__(67789);
const functions_1 = __webpack_require__(22903);
const resources_1 = __webpack_require__(72027);
function checkPermissions(context) {
    const keys = ownResourceKeys(context);
    const findings = [];
    for (const [key, fn] of Object.entries(context.config.lambda_config)) {
        const path = ['lambda_config', key];
        findings.push(...checkStatements(path, fn, keys), ...checkSecrets(path, fn));
    }
    return findings;
}
/**
 * The keys `<kind>:<key>` may name: tables, and the queues, topics, buckets and streams the
 * stack creates or that an event source names by an existing ARN (under the source's key).
 */
function ownResourceKeys(context) {
    const created = (0, resources_1.createdResources)(context.config);
    const existing = existingSourceKeys(context.config);
    const union = (a, b) => new Set([...a, ...b]);
    return {
        dynamodb: context.declared.tables,
        sqs: union(created.queues, existing.SQS ?? []),
        sns: union(created.topics, existing.SNS ?? []),
        s3: union(created.buckets, existing.S3 ?? []),
        kinesis: union(created.streams, existing.KINESIS ?? []),
    };
}
function existingSourceKeys(config) {
    const out = {};
    for (const [key, source] of Object.entries(config.event_source_config)) {
        if ((0, context_1.isSet)(source.source) && (0, context_1.isArn)(source.source))
            (out[source.type] ??= []).push(key);
    }
    return out;
}
function checkStatements(path, fn, keys) {
    const findings = [];
    (fn.permissions ?? []).forEach((statement, index) => {
        const at = [...path, 'permissions', index];
        statement.actions.forEach((action, i) => {
            if (schema_1.IAM_ACTION_PATTERN.test(action))
                return;
            findings.push((0, findings_1.error)([...at, 'actions', i], `"${action}" is not an IAM action: write service:Action, e.g. s3:GetObject or bedrock:InvokeModel`));
        });
        statement.resources.forEach((resource, i) => {
            const parsed = (0, iam_references_1.parseResourceReference)(resource);
            if (parsed.type === 'invalid') {
                findings.push((0, findings_1.error)([...at, 'resources', i], parsed.reason));
                return;
            }
            if (parsed.type !== 'own')
                return;
            const known = keys[parsed.kind];
            if (known.has(parsed.key))
                return;
            findings.push((0, findings_1.error)([...at, 'resources', i], `${parsed.kind}:${parsed.key} names no ${parsed.kind} resource of this stack${(0, suggest_1.didYouMean)(parsed.key, [...known])}` +
                (known.size === 0
                    ? `; write the resource's ARN instead (kinds: ${iam_references_1.OWN_RESOURCE_KINDS.join(', ')})`
                    : ` (known: ${[...known].join(', ')})`)));
        });
    });
    return findings;
}
function checkSecrets(path, fn) {
    const findings = [];
    const environment = fn.environment ?? {};
    for (const [variable, written] of Object.entries(fn.secrets ?? {})) {
        const at = [...path, 'secrets', variable];
        const from = typeof written === 'string' ? written : written.from;
        const parsed = (0, iam_references_1.parseSecretReference)(from);
        if (parsed.store === 'invalid') {
            findings.push((0, findings_1.error)(typeof written === 'string' ? at : [...at, 'from'], parsed.reason));
        }
        if (functions_1.RESERVED_ENVIRONMENT_NAMES.has(variable)) {
            findings.push((0, findings_1.error)(at, `${variable} is reserved by Lambda; name the variable differently`, 'key'));
        }
        const carriers = [
            variable,
            ...(parsed.store === 'secretsmanager' && parsed.jsonKey !== undefined
                ? [(0, iam_references_1.jsonKeyVariable)(variable)]
                : []),
        ];
        for (const name of carriers) {
            if (Object.hasOwn(environment, name)) {
                findings.push((0, findings_1.error)(at, `${name} is set in environment too: secrets sets it to the ${parsed.store === 'ssm' ? 'parameter name' : 'secret id'}; remove it from environment`, 'key'));
            }
        }
        if (typeof written !== 'string' &&
            (0, context_1.isSet)(written.kms_key_arn) &&
            !(0, iam_references_1.isKmsKeyArn)(written.kms_key_arn)) {
            findings.push((0, findings_1.error)([...at, 'kms_key_arn'], `"${written.kms_key_arn}" is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID); an alias ARN does not authorize kms:Decrypt`));
        }
    }
    return findings;
}


/***/ }),

/***/ 72027:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createdResources = createdResources;
const context_1 = __webpack_require__(67789);
function createdResources(config) {
    const queues = new Set();
    const topics = new Set();
    const buckets = new Set();
    const streams = new Set();
    for (const [key, source] of Object.entries(config.event_source_config)) {
        const name = (0, context_1.isSet)(source.source) ? source.source : undefined;
        if (name !== undefined && (0, context_1.isArn)(name))
            continue;
        if (source.type === 'SQS')
            queues.add(name ?? key);
        if (source.type === 'SNS')
            topics.add(name ?? key);
        if (source.type === 'S3')
            buckets.add(name ?? key);
        if (source.type === 'KINESIS')
            streams.add(name ?? key);
    }
    return { queues, topics, buckets, streams };
}


/***/ }),

/***/ 64046:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RESOURCES_PER_FUNCTION = void 0;
exports.minimumResources = minimumResources;
exports.minimumByStack = minimumByStack;
exports.checkStackSize = checkStackSize;
// A config that cannot fit CloudFormation's limits fails here, in validation, in well under a
// second: before any code is bundled or any construct built. Past 500 resources synth splits
// the functions over nested stacks (synth/nesting.ts); what cannot fit even then is a
// nested stack's group over 500, or a parent over 500. The counts are lower bounds (what
// synth creates whatever else is set), so this never refuses a config that would fit;
// synth counts exactly and refuses the rest (src/synth/limits.ts).
const function_groups_1 = __webpack_require__(71697);
const types_1 = __webpack_require__(18927);
const findings_1 = __webpack_require__(74770);
/** What synth creates for every function at the least: log group, role, function, version, `live` alias. */
exports.RESOURCES_PER_FUNCTION = 5;
/** Resources synth creates at the least: per function, and one per table, event source (a
 * mapping, subscription or rule) and API route. */
function minimumResources(config) {
    const { parent, groups } = minimumByStack(config);
    return parent + [...groups.values()].reduce((sum, n) => sum + n, 0);
}
/**
 * The least each template holds once nested: per group, its functions with their routes
 * and the event sources that target them; the parent, its tables (and, when the functions
 * are split, one nested stack resource per group).
 */
function minimumByStack(config) {
    const groups = new Map();
    const add = (functionKey, n) => {
        const group = (0, function_groups_1.functionGroupOf)(functionKey);
        groups.set(group, (groups.get(group) ?? 0) + n);
    };
    const keys = Object.keys(config.lambda_config);
    for (const [key, fn] of Object.entries(config.lambda_config)) {
        add(key, exports.RESOURCES_PER_FUNCTION + (config.api_gateway_config ? (fn.routes?.length ?? 0) : 0));
    }
    for (const source of Object.values(config.event_source_config)) {
        const target = source.function ?? (keys.length === 1 ? keys[0] : undefined);
        if (target !== undefined && target in config.lambda_config)
            add(target, 1);
    }
    return { parent: Object.keys(config.dynamodb_config).length, groups };
}
function checkStackSize(context) {
    const { config } = context;
    if (minimumResources(config) <= types_1.MAX_STACK_RESOURCES)
        return [];
    const { parent, groups } = minimumByStack(config);
    const parentWithGroups = parent + groups.size;
    const [fullest, most] = [...groups.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (most <= types_1.MAX_STACK_RESOURCES && parentWithGroups <= types_1.MAX_STACK_RESOURCES)
        return [];
    const functions = Object.keys(config.lambda_config).length;
    const why = most > types_1.MAX_STACK_RESOURCES
        ? `the functions are spread over ${function_groups_1.FUNCTION_GROUPS} nested stacks by their keys, and group ${fullest} needs at least ${most}`
        : `the parent stack needs at least ${parentWithGroups} (${parent} for tables, ${groups.size} nested stacks)`;
    return [
        (0, findings_1.error)(['lambda_config'], `this config (${functions} functions) does not fit CloudFormation's ${types_1.MAX_STACK_RESOURCES} resources per stack: ${why}; split it into two projects`, 'key'),
    ];
}


/***/ }),

/***/ 67749:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkTables = checkTables;
// Checks on each dynamodb_config entry that CloudFormation would otherwise reject minutes
// into a deploy: keys without an attribute definition, a stream without a view type, TTL
// without an attribute, PROVISIONED without capacities, INCLUDE without attributes.
const findings_1 = __webpack_require__(74770);
const suggest_1 = __webpack_require__(42784);
const context_1 = __webpack_require__(67789);
function checkTables(context) {
    const findings = [];
    for (const [key, table] of Object.entries(context.config.dynamodb_config)) {
        const path = ['dynamodb_config', key];
        findings.push(...checkKeys(path, table), ...checkIndexes(path, table), ...checkStreamAndTtl(path, table), ...checkCapacity(path, table));
    }
    return findings;
}
function checkKeys(path, table) {
    const findings = [];
    const defined = table.attributes.map((a) => a.name);
    const seen = new Set();
    table.attributes.forEach((attribute, i) => {
        if (seen.has(attribute.name)) {
            findings.push((0, findings_1.error)([...path, 'attributes', i, 'name'], `attribute "${attribute.name}" is defined twice`));
        }
        seen.add(attribute.name);
    });
    const keyFields = [
        ['hash_key', table.hash_key],
        ['range_key', table.range_key],
    ];
    for (const [field, name] of keyFields) {
        if ((0, context_1.isSet)(name) && !seen.has(name)) {
            findings.push((0, findings_1.error)([...path, field], missingAttribute(name, field, defined)));
        }
    }
    // CloudFormation rejects a table whose attribute definitions include one no key uses.
    const used = new Set([
        table.hash_key,
        table.range_key,
        ...(table.global_secondary_indexes ?? []).flatMap((g) => [g.hash_key, g.range_key]),
    ].filter((name) => (0, context_1.isSet)(name)));
    table.attributes.forEach((attribute, i) => {
        if (!used.has(attribute.name)) {
            findings.push((0, findings_1.error)([...path, 'attributes', i], `attribute "${attribute.name}" is not a key of the table or of an index; DynamoDB rejects definitions of other attributes: remove it (items may hold any attribute without it)`));
        }
    });
    return findings;
}
function checkIndexes(path, table) {
    const findings = [];
    const defined = table.attributes.map((a) => a.name);
    const names = new Set();
    (table.global_secondary_indexes ?? []).forEach((index, i) => {
        const indexPath = [...path, 'global_secondary_indexes', i];
        if (names.has(index.name)) {
            findings.push((0, findings_1.error)([...indexPath, 'name'], `index name "${index.name}" is used twice in this table`));
        }
        names.add(index.name);
        for (const field of ['hash_key', 'range_key']) {
            const name = index[field];
            if ((0, context_1.isSet)(name) && !defined.includes(name)) {
                findings.push((0, findings_1.error)([...indexPath, field], missingAttribute(name, field, defined)));
            }
        }
        const nonKey = index.non_key_attributes ?? [];
        if (index.projection_type === 'INCLUDE' && nonKey.length === 0) {
            findings.push((0, findings_1.error)([...indexPath, 'projection_type'], 'projection_type INCLUDE needs non_key_attributes: the attributes to copy into the index'));
        }
        if (index.projection_type !== 'INCLUDE' && nonKey.length > 0) {
            findings.push((0, findings_1.warning)([...indexPath, 'non_key_attributes'], `non_key_attributes applies to projection_type INCLUDE only; with ${index.projection_type} it is ignored`, 'key'));
        }
    });
    return findings;
}
function checkStreamAndTtl(path, table) {
    const findings = [];
    if (table.stream_enabled && !(0, context_1.isSet)(table.stream_view_type)) {
        findings.push((0, findings_1.error)([...path, 'stream_enabled'], 'stream_enabled needs stream_view_type: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES', 'key'));
    }
    if (!table.stream_enabled && (0, context_1.isSet)(table.stream_view_type)) {
        findings.push((0, findings_1.warning)([...path, 'stream_view_type'], 'stream_view_type is ignored while stream_enabled is false', 'key'));
    }
    if (table.ttl_enabled && !(0, context_1.isSet)(table.ttl_attribute)) {
        findings.push((0, findings_1.error)([...path, 'ttl_enabled'], 'ttl_enabled needs ttl_attribute: the attribute holding the expiry time (epoch seconds)', 'key'));
    }
    if (!table.ttl_enabled && (0, context_1.isSet)(table.ttl_attribute)) {
        findings.push((0, findings_1.warning)([...path, 'ttl_attribute'], 'ttl_attribute is ignored while ttl_enabled is false', 'key'));
    }
    return findings;
}
function checkCapacity(path, table) {
    const findings = [];
    if (table.billing_mode === 'PROVISIONED') {
        for (const field of ['read_capacity', 'write_capacity']) {
            if (!(0, context_1.isSet)(table[field])) {
                findings.push((0, findings_1.error)([...path, 'billing_mode'], `billing_mode PROVISIONED needs ${field} (units per second)`));
            }
        }
    }
    else {
        for (const field of ['read_capacity', 'write_capacity', 'autoscaling']) {
            if ((0, context_1.isSet)(table[field])) {
                findings.push((0, findings_1.warning)([...path, field], `${field} applies to billing_mode PROVISIONED only; it is ignored`, 'key'));
            }
        }
    }
    const scaling = table.autoscaling;
    if (scaling !== undefined && scaling.min_capacity > scaling.max_capacity) {
        findings.push((0, findings_1.error)([...path, 'autoscaling', 'min_capacity'], `autoscaling min_capacity (${scaling.min_capacity}) is above max_capacity (${scaling.max_capacity})`));
    }
    return findings;
}
function missingAttribute(name, field, defined) {
    return `${field} "${name}" is not in attributes: add { name: ${name}, type: S|N|B } there${(0, suggest_1.didYouMean)(name, defined)}`;
}


/***/ }),

/***/ 70785:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RESERVED_TAG_KEYS = void 0;
exports.checkTags = checkTags;
// Tags go on every taggable resource, so one bad tag fails the whole deploy: AWS reserves
// the "aws:" prefix and limits values to 256 characters (keys' 128 are in the schema).
const findings_1 = __webpack_require__(74770);
const TAG_VALUE_MAX = 256;
/**
 * Tags the stack sets itself on every resource (synth/tags.ts): destroy and preview cleanup
 * rely on them, and AWS compares tag keys case-insensitively, so a config tag with one of
 * these keys in any case could only be dropped.
 */
exports.RESERVED_TAG_KEYS = [
    'project',
    'environment',
    'managed-by',
    'ephemeral',
];
function checkTags(context) {
    const findings = [];
    for (const [key, value] of Object.entries(context.config.tags)) {
        if (key.toLowerCase().startsWith('aws:')) {
            findings.push((0, findings_1.error)(['tags', key], `tag key "${key}": the "aws:" prefix is reserved for AWS`, 'key'));
        }
        if (exports.RESERVED_TAG_KEYS.includes(key.toLowerCase()) && value !== ownValue(context, key)) {
            // A warning, not an error: the seed's own example tags Environment and Project.
            findings.push((0, findings_1.warning)(['tags', key], `tag "${key}: ${value}" is dropped: serverless-action sets ${exports.RESERVED_TAG_KEYS.join(', ')} itself (keys compare case-insensitively); rename it, e.g. "app-${key.toLowerCase()}", or remove it`, 'key'));
        }
        if (value.length > TAG_VALUE_MAX) {
            findings.push((0, findings_1.error)(['tags', key], `tag "${key}" has a ${value.length}-character value; AWS allows ${TAG_VALUE_MAX}`));
        }
    }
    return findings;
}
/** What the stack itself writes under a reserved key; the same value in the config is harmless. */
function ownValue(context, key) {
    switch (key.toLowerCase()) {
        case 'project':
            return context.config.project_name;
        case 'environment':
            return context.config.environment;
        case 'managed-by':
            return 'serverless-action';
        default:
            return undefined;
    }
}


/***/ }),

/***/ 79065:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkUsage = checkUsage;
// usage (cost assumptions) and suppressions name config entries; a name that matches none
// is almost always a typo that silently drops an estimate or a suppression.
const findings_1 = __webpack_require__(74770);
const suggest_1 = __webpack_require__(42784);
const resources_1 = __webpack_require__(72027);
function checkUsage(context) {
    const usage = context.config.usage;
    if (usage === undefined)
        return [];
    const created = (0, resources_1.createdResources)(context.config);
    const sections = [
        ['lambda', context.declared.functions, 'lambda_config'],
        ['dynamodb', context.declared.tables, 'dynamodb_config'],
        ['sqs', created.queues, 'the queues the stack creates'],
        ['sns', created.topics, 'the topics the stack creates'],
    ];
    const findings = [];
    for (const [section, names, where] of sections) {
        for (const name of Object.keys(usage[section] ?? {})) {
            if (names.has(name))
                continue;
            findings.push((0, findings_1.warning)(['usage', section, name], `usage.${section}.${name} matches nothing in ${where}${(0, suggest_1.didYouMean)(name, names)}; it is not used in the estimate`, 'key'));
        }
    }
    return findings;
}


/***/ }),

/***/ 59706:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ENTRY_EXTENSIONS = void 0;
exports.codeSourcePath = codeSourcePath;
exports.checkCodeSources = checkCodeSources;
exports.probeDisk = probeDisk;
// Every function's code must exist before anything is synthesized: a directory (zipped as
// is) or an entry file to bundle. The file system is reached through `probe`, so the rule
// itself is tested without touching disk.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const findings_1 = __webpack_require__(74770);
const paths_1 = __webpack_require__(81066);
exports.ENTRY_EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs'];
/** Where a function's code is: `source` relative to the config file, default `functions/<key>`. */
function codeSourcePath(configDir, key, source) {
    return (0, node_path_1.resolve)(configDir, source ?? (0, node_path_1.join)('functions', key));
}
function checkCodeSources(config, configDir, probe = probeDisk, containment = {}) {
    const findings = [];
    for (const [key, fn] of Object.entries(config.lambda_config)) {
        const absolute = codeSourcePath(configDir, key, fn.source);
        const shown = (0, node_path_1.relative)(configDir, absolute) || '.';
        const path = fn.source === undefined ? ['lambda_config', key] : ['lambda_config', key, 'source'];
        const at = fn.source === undefined ? 'key' : 'value';
        // Outside the repository is refused before the disk is asked anything else about it.
        const outside = (0, paths_1.checkConfigPath)(path, fn.source ?? (0, node_path_1.join)('functions', key), {
            configDir,
            root: containment.root ?? configDir,
            ...(containment.realpath !== undefined && { realpath: containment.realpath }),
        }, at);
        if (outside) {
            findings.push(outside);
            continue;
        }
        const kind = probe(absolute);
        if (kind === 'missing') {
            findings.push((0, findings_1.error)(path, fn.source === undefined
                ? `code of function "${key}" not found: ${shown} does not exist (relative to the config file); create it or set "source"`
                : `source ${shown} does not exist (relative to the config file); point it at a directory or a .ts/.js/.mjs/.cjs file`, at));
        }
        else if (kind === 'file' &&
            !exports.ENTRY_EXTENSIONS.includes((0, node_path_1.extname)(absolute))) {
            findings.push((0, findings_1.error)(path, `source ${shown} is a file but not a .ts, .js, .mjs or .cjs entry; point it at the code's directory or its entry file`, at));
        }
    }
    return findings;
}
function probeDisk(absolutePath) {
    try {
        return (0, node_fs_1.statSync)(absolutePath).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
}


/***/ }),

/***/ 16523:
/***/ ((__unused_webpack_module, exports) => {


// `environments` keys are stage names or glob patterns (`pr-*`, `*-eu`). A stage gets the
// base, then every pattern that matches it, least specific first (fewer literal characters;
// equal ones in file order), then its exact name: the more a key says, the later it wins.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PATTERN_RULE = void 0;
exports.isPattern = isPattern;
exports.patternProblem = patternProblem;
exports.specificity = specificity;
exports.matchesPattern = matchesPattern;
exports.applicableKeys = applicableKeys;
/** What a key may hold: a stage name's characters plus the wildcards `*` and `?`. */
const PATTERN_CHARACTERS = /^[a-z0-9*?-]+$/;
exports.PATTERN_RULE = 'a pattern uses lowercase letters, digits, "-", and the wildcards "*" (any run of characters) and "?" (one character)';
function isPattern(key) {
    return key.includes('*') || key.includes('?');
}
/** Why a pattern key is malformed; undefined when it is a usable pattern. */
function patternProblem(key) {
    if (!PATTERN_CHARACTERS.test(key))
        return exports.PATTERN_RULE;
    if (key.includes('**'))
        return '"**" means the same as "*": write one "*"';
    return undefined;
}
/** Literal characters: what makes one pattern more specific than another. */
function specificity(pattern) {
    return pattern.replace(/[*?]/g, '').length;
}
function matchesPattern(pattern, stage) {
    const source = pattern
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\-]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`).test(stage);
}
/**
 * The `environments` keys that apply to `stage`, in merge order: matching well-formed
 * patterns by ascending specificity (stable: file order breaks ties), then the exact name.
 */
function applicableKeys(keys, stage) {
    const patterns = keys
        .filter((key) => isPattern(key) && patternProblem(key) === undefined)
        .filter((key) => matchesPattern(key, stage))
        .sort((a, b) => specificity(a) - specificity(b));
    return keys.includes(stage) ? [...patterns, stage] : patterns;
}


/***/ }),

/***/ 39041:
/***/ ((__unused_webpack_module, exports) => {


// The kinds of stage, each decided by one rule here: ephemeral pull-request environments
// (`pr-123`), created and destroyed by CI many times a day, which must never hold data back
// from deletion; prod-like stages, which get the strictest defaults (stack-defaults.ts, the
// permissions-boundary finding, drift detection in the reusable workflow); and the rest.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PRODUCTION_ENVIRONMENT = void 0;
exports.isEphemeralEnvironment = isEphemeralEnvironment;
exports.isProdLikeEnvironment = isProdLikeEnvironment;
exports.stageKind = stageKind;
const EPHEMERAL_PATTERN = /^pr-/;
/** Environment names treated as production: prod, production, prd, live, and `prod-eu` style. */
exports.PRODUCTION_ENVIRONMENT = /^(prod|production|prd|live)(-.*)?$/;
/** True for environments CI creates per pull request (`pr-*`). */
function isEphemeralEnvironment(environment) {
    return EPHEMERAL_PATTERN.test(environment);
}
/** True for production stages: `prod`, `production`, `prd`, `live`, `prod-eu`, ... */
function isProdLikeEnvironment(environment) {
    return exports.PRODUCTION_ENVIRONMENT.test(environment);
}
/** An ephemeral flag from the loader (composition) wins over the name. */
function stageKind(environment, ephemeral) {
    if (ephemeral ?? isEphemeralEnvironment(environment))
        return 'ephemeral';
    return isProdLikeEnvironment(environment) ? 'prod-like' : 'long-lived';
}


/***/ }),

/***/ 89750:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.repositoryRootFor = exports.containConfigPath = exports.checkConfigPath = exports.MAX_CONFIG_BYTES = exports.analyzeConfigText = void 0;
exports.loadConfig = loadConfig;
exports.validateConfig = validateConfig;
// Public face of config/: load a file, merge one environment, validate, keep positions.
// synth, review, deploy and the action build on these signatures.
const node_path_1 = __webpack_require__(76760);
const errors_1 = __webpack_require__(83916);
const analyze_1 = __webpack_require__(96158);
const paths_1 = __webpack_require__(81066);
const read_source_1 = __webpack_require__(42368);
/** Loads and validates; throws ConfigError listing every problem (and the warnings). */
async function loadConfig(file, options = {}) {
    const { analysis, dir, root } = await analyzeFile(file, options);
    if (analysis.config === undefined) {
        throw new errors_1.ConfigError(analysis.errors, analysis.warnings, {
            environment: analysis.environment,
            ...(analysis.projectName !== undefined && { projectName: analysis.projectName }),
        });
    }
    return {
        file,
        dir,
        root,
        environment: analysis.environment,
        config: analysis.config,
        warnings: analysis.warnings,
        ...(analysis.composition !== undefined && { composition: analysis.composition }),
        locate: (path) => ({ file, ...analysis.locate(path, 'key') }),
    };
}
/** Loads and validates; never throws for a bad config: every problem is in the result. */
async function validateConfig(file, options = {}) {
    const { analysis } = await analyzeFile(file, options);
    return {
        valid: analysis.errors.length === 0,
        errors: analysis.errors,
        warnings: analysis.warnings,
        environment: analysis.environment,
        ...(analysis.composition !== undefined && { composition: analysis.composition }),
    };
}
async function analyzeFile(file, options) {
    const absolute = (0, node_path_1.resolve)(options.cwd ?? process.cwd(), file);
    const dir = (0, node_path_1.dirname)(absolute);
    const root = (0, paths_1.repositoryRootFor)(dir, options.repositoryRoot);
    const source = await (0, read_source_1.readConfigSource)(absolute, file);
    if (!source.ok) {
        const problem = {
            file,
            line: 1,
            column: 1,
            severity: 'error',
            path: '',
            message: source.message,
        };
        return {
            dir,
            root,
            analysis: {
                errors: [problem],
                warnings: [],
                environment: options.environment ?? 'dev',
                locate: () => ({ line: 1, column: 1 }),
            },
        };
    }
    const analysis = (0, analyze_1.analyzeConfigText)(source.text, {
        file,
        dir,
        root,
        ...(options.environment !== undefined && { environment: options.environment }),
        ...(options.ephemeral !== undefined && { ephemeral: options.ephemeral }),
        ...(options.today !== undefined && { today: options.today }),
    });
    return { analysis, dir, root };
}
var analyze_2 = __webpack_require__(96158);
Object.defineProperty(exports, "analyzeConfigText", ({ enumerable: true, get: function () { return analyze_2.analyzeConfigText; } }));
var read_source_2 = __webpack_require__(42368);
Object.defineProperty(exports, "MAX_CONFIG_BYTES", ({ enumerable: true, get: function () { return read_source_2.MAX_CONFIG_BYTES; } }));
var paths_2 = __webpack_require__(81066);
Object.defineProperty(exports, "checkConfigPath", ({ enumerable: true, get: function () { return paths_2.checkConfigPath; } }));
Object.defineProperty(exports, "containConfigPath", ({ enumerable: true, get: function () { return paths_2.containConfigPath; } }));
Object.defineProperty(exports, "repositoryRootFor", ({ enumerable: true, get: function () { return paths_2.repositoryRootFor; } }));


/***/ }),

/***/ 11012:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findingsFromIssues = findingsFromIssues;
exports.unknownKeyMessage = unknownKeyMessage;
exports.valueAt = valueAt;
const findings_1 = __webpack_require__(74770);
const schema_walk_1 = __webpack_require__(8577);
const suggest_1 = __webpack_require__(42784);
/** Units printed after a field's range, where AWS states one. */
const UNITS = {
    memory_size: ' MB',
    timeout: ' seconds',
};
function findingsFromIssues(issues, context) {
    return issues.flatMap((issue) => fromIssue(issue, context));
}
function fromIssue(issue, context) {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const value = valueAt(context.data, path);
    const field = fieldName(path);
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = (0, schema_walk_1.knownKeys)((0, schema_walk_1.schemaAt)(context.schema, path));
            if (path.length === 0)
                known.push(...(context.extraRootKeys ?? []));
            return issue.keys.map((key) => (0, findings_1.error)([...path, key], unknownKeyMessage(key, path, known), 'key'));
        }
        case 'invalid_type':
            if (value === undefined)
                return [missingKey(path)];
            return [
                (0, findings_1.error)(path, `${field} must be ${expectedText(issue.expected)}, not ${describe(value)}`),
            ];
        case 'too_small':
        case 'too_big':
            return [(0, findings_1.error)(path, sizeMessage(issue, field, value, context))];
        case 'invalid_value':
            return [(0, findings_1.error)(path, choiceMessage(field, value, issue.values))];
        case 'invalid_format':
            return [(0, findings_1.error)(path, formatMessage(issue, field, value))];
        case 'invalid_key': {
            const inner = issue.issues[0]?.message ?? 'invalid key';
            return [
                (0, findings_1.error)(path, `the key "${String(path[path.length - 1])}" is not valid: ${inner}`, 'key'),
            ];
        }
        case 'invalid_union': {
            const options = unionTypes((0, schema_walk_1.schemaAt)(context.schema, path));
            return [
                (0, findings_1.error)(path, options.length > 0
                    ? `${field} must be ${options.join(' or ')}, not ${describe(value)}`
                    : `${field} has the wrong type: ${describe(value)} is not accepted here`),
            ];
        }
        default:
            return [(0, findings_1.error)(path, `${field}: ${issue.message}`)];
    }
}
/** `unknown key "x" in a.b; did you mean "y"?`: one wording for every place a key is checked. */
function unknownKeyMessage(key, parent, known) {
    const where = parent.length === 0 ? 'at the top level' : `in ${parent.map(String).join('.')}`;
    const hint = (0, suggest_1.didYouMean)(key, known);
    if (hint !== '')
        return `unknown key "${key}" ${where}${hint}`;
    const list = known.length > 0 && known.length <= 12 ? `; expected one of: ${known.join(', ')}` : '';
    return `unknown key "${key}" ${where}${list || '; see docs/config.md for the keys'}`;
}
function missingKey(path) {
    const key = String(path[path.length - 1]);
    const parent = path.slice(0, -1);
    if (parent[0] === 'suppressions' && key === 'reason') {
        return (0, findings_1.error)(parent, 'a suppression needs a "reason": say why the finding is accepted', 'key');
    }
    const where = parent.length === 0 ? '' : ` in ${parent.map(String).join('.')}`;
    return (0, findings_1.error)(parent, `missing required key "${key}"${where}`, 'key');
}
function sizeMessage(issue, field, value, context) {
    const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    const tooSmall = issue.code === 'too_small';
    switch (issue.origin) {
        case 'number':
        case 'int': {
            const { min, max } = (0, schema_walk_1.numberBounds)((0, schema_walk_1.schemaAt)(context.schema, issue.path));
            const unit = UNITS[field] ?? '';
            const range = min !== undefined && max !== undefined
                ? `from ${min} to ${max}${unit}`
                : tooSmall
                    ? `at least ${limit}${unit}`
                    : `at most ${limit}${unit}`;
            return `${field} must be ${range}, got ${(0, findings_1.show)(value)}`;
        }
        case 'string':
            return typeof value === 'string' && value.length === 0 && tooSmall
                ? `${field} must not be empty`
                : `${field} must be ${tooSmall ? 'at least' : 'at most'} ${limit} characters long, got ${typeof value === 'string' ? value.length : '?'}`;
        case 'array':
            return `${field} must have ${tooSmall ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}, got ${Array.isArray(value) ? value.length : '?'}`;
        default:
            return `${field}: ${issue.message}`;
    }
}
function choiceMessage(field, value, values) {
    const choices = values.map(String);
    const hint = typeof value === 'string' ? (0, suggest_1.closestMatch)(value, choices) : undefined;
    return (`${field} must be one of ${choices.join(', ')}, got ${(0, findings_1.show)(value)}` +
        (hint === undefined ? '' : `; did you mean "${hint}"?`));
}
function formatMessage(issue, field, value) {
    // Messages written in the schema are already specific; zod's defaults start with "Invalid".
    if (!issue.message.startsWith('Invalid'))
        return `${field} ${(0, findings_1.show)(value)}: ${issue.message}`;
    switch (issue.format) {
        case 'email':
            return `${field} must be an e-mail address, got ${(0, findings_1.show)(value)}`;
        case 'url':
            return `${field} must be a URL (https://...), got ${(0, findings_1.show)(value)}`;
        case 'regex': {
            const pattern = issue.pattern ?? '';
            return `${field} ${(0, findings_1.show)(value)} does not match the expected form ${pattern}`;
        }
        default:
            return `${field} must be a valid ${issue.format}, got ${(0, findings_1.show)(value)}`;
    }
}
/** "a string", "a number", ... for each option of a union of simple types; [] otherwise. */
function unionTypes(schema) {
    if (schema === undefined)
        return [];
    const def = (0, schema_walk_1.defOf)(schema);
    if (def.type !== 'union')
        return [];
    return (def.options ?? []).map((option) => expectedText((0, schema_walk_1.defOf)((0, schema_walk_1.unwrap)(option)).type));
}
function expectedText(expected) {
    switch (expected) {
        case 'number':
            return 'a number';
        case 'int':
            return 'a whole number';
        case 'string':
            return 'a string';
        case 'boolean':
            return 'true or false';
        case 'array':
            return 'a list';
        case 'object':
        case 'record':
            return 'a mapping (key: value lines)';
        default:
            return expected;
    }
}
/** "a string ("abc")", "a list", "empty": what was written, in the user's terms. */
function describe(value) {
    if (value === null)
        return 'empty (null)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number')
        return Number.isInteger(value) ? `the number ${value}` : `${value}`;
    if (typeof value === 'boolean')
        return `${value}`;
    return `${typeof value === 'string' ? 'the string' : typeof value} ${(0, findings_1.show)(value)}`;
}
/** "memory_size", or "layers[0]" for a list item. */
function fieldName(path) {
    const last = path[path.length - 1];
    if (typeof last === 'number')
        return `${String(path[path.length - 2] ?? 'item')}[${last}]`;
    return last ?? 'the config';
}
function valueAt(data, path) {
    let current = data;
    for (const segment of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[segment];
    }
    return current;
}


/***/ }),

/***/ 55562:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeLocator = makeLocator;
function makeLocator(index, layers = []) {
    return (path, at = 'key') => {
        let chosen = index.deepest(path);
        // Each layer in merge order takes over what it wrote, as the merge itself does.
        for (const layer of layers) {
            const overrideRoot = ['environments', layer];
            const override = index.deepest([...overrideRoot, ...path]);
            const overrideDepth = override === undefined ? -1 : override.depth - overrideRoot.length;
            if (override === undefined || overrideDepth < 0)
                continue;
            // The override owns the path when it wrote it deeper than the layers below did, or
            // wrote the same path with a value that replaces theirs (a scalar or a list), or
            // replaced a parent outright. A mapping both wrote stays where it is first defined.
            const replaced = !override.entry.isMapping;
            const deeper = chosen === undefined || overrideDepth > chosen.depth;
            const sameDepth = chosen !== undefined && overrideDepth === chosen.depth;
            if (deeper || (sameDepth && replaced) || (overrideDepth < path.length && replaced)) {
                chosen = { depth: overrideDepth, entry: override.entry };
            }
        }
        if (chosen === undefined)
            return { line: 1, column: 1 };
        // A parent stands in for a path that is not written (a missing required key): its key
        // line is where the user has to add it.
        const exact = chosen.depth === path.length;
        return exact && at === 'value' ? chosen.entry.value : chosen.entry.key;
    };
}


/***/ }),

/***/ 28858:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPlainObject = void 0;
exports.selectEnvironment = selectEnvironment;
exports.deepMerge = deepMerge;
// environments.<env> over the base: maps merge key by key, lists and scalars replace, and
// `null` removes a key (so an environment can drop, say, the base's vpc_config). Keys may
// be patterns (environment-patterns.ts); ephemeral stages get the preview defaults first.
const ephemeral_1 = __webpack_require__(39041);
const environment_patterns_1 = __webpack_require__(16523);
const findings_1 = __webpack_require__(74770);
const plain_object_1 = __webpack_require__(70408);
const preview_defaults_1 = __webpack_require__(6445);
/**
 * `requested` (the --environment flag) wins over the file's `environment`, which wins over
 * "dev". An environment the file does not define is allowed: it gets the base config (and
 * whatever patterns match it).
 */
function selectEnvironment(file, requested, options = {}) {
    const { environments, ...base } = file;
    const findings = [];
    const written = base['environment'];
    const environment = requested ?? (typeof written === 'string' ? written : 'dev');
    const usable = new Map();
    if (environments !== undefined && environments !== null) {
        if (!(0, plain_object_1.isPlainObject)(environments)) {
            findings.push((0, findings_1.error)(['environments'], 'environments must be a mapping of environment name to overrides'));
        }
        else {
            for (const [name, value] of Object.entries(environments)) {
                if (value === null)
                    continue;
                if (!(0, plain_object_1.isPlainObject)(value)) {
                    findings.push((0, findings_1.error)(['environments', name], `environments.${name} must be a mapping of settings that override the base`));
                }
                else {
                    usable.set(name, value);
                }
            }
        }
    }
    const layers = (0, environment_patterns_1.applicableKeys)([...usable.keys()], environment);
    const overlay = (start) => layers.reduce((merged, name) => deepMerge(merged, usable.get(name)), start);
    const ephemeral = options.ephemeral ?? (0, ephemeral_1.isEphemeralEnvironment)(environment);
    const merged = ephemeral
        ? overlay(deepMerge(base, (0, preview_defaults_1.previewDefaultsLayer)(base)))
        : overlay({ ...base });
    const differences = ephemeral ? (0, preview_defaults_1.previewDifferences)(merged, overlay({ ...base })) : [];
    // The chosen environment is the environment, whatever the override wrote; a non-string in
    // the base is left for the schema to report.
    if (requested !== undefined || typeof written === 'string' || written === undefined) {
        merged['environment'] = environment;
    }
    return {
        merged,
        environment,
        ephemeral,
        hasOverride: layers.length > 0,
        layers,
        previewDifferences: differences,
        findings,
    };
}
function deepMerge(base, override) {
    const out = { ...base };
    for (const [key, value] of Object.entries(override)) {
        const current = out[key];
        if (value === null)
            delete out[key];
        else
            out[key] = (0, plain_object_1.isPlainObject)(current) && (0, plain_object_1.isPlainObject)(value) ? deepMerge(current, value) : value;
    }
    return out;
}
var plain_object_2 = __webpack_require__(70408);
Object.defineProperty(exports, "isPlainObject", ({ enumerable: true, get: function () { return plain_object_2.isPlainObject; } }));


/***/ }),

/***/ 96232:
/***/ ((__unused_webpack_module, exports) => {


// How deeply a config text nests, measured on the text before any parser recurses into it:
// the YAML parser and the walker are recursive, and a hostile 10,000-deep file would end
// in "Maximum call stack size exceeded" instead of a message that says what is wrong.
//
// The measure counts block levels (a stack of indentations, plus one per "- " list marker)
// and flow levels ("[" and "{" outside quotes and comments). It is an estimate, exact for
// ordinary files and never below the real depth by more than the markers it cannot see; a
// real config nests about ten levels, so the limit leaves ample room.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_NESTING = void 0;
exports.findDeepNesting = findDeepNesting;
/** Deeper than this is refused; a config (event patterns included) needs a fraction of it. */
exports.MAX_NESTING = 100;
/** Where the text first nests deeper than `limit`, or undefined when it never does. */
function findDeepNesting(text, limit = exports.MAX_NESTING) {
    const indents = [];
    let flow = 0;
    let blockScalarIndent;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const indent = /^ */.exec(line)[0].length;
        const content = line.slice(indent);
        if (blockScalarIndent !== undefined) {
            // The text of a "|" or ">" scalar is data, however it is indented.
            if (content === '' || indent > blockScalarIndent)
                continue;
            blockScalarIndent = undefined;
        }
        if (content === '' || content.startsWith('#'))
            continue;
        if (flow === 0) {
            while (indents.length > 0 && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
        }
        let depth = indents.length + flow;
        let quote;
        for (let c = 0; c < content.length; c++) {
            const ch = content[c];
            if (quote !== undefined) {
                if (ch === quote)
                    quote = undefined;
                continue;
            }
            if (ch === '"' || ch === "'")
                quote = ch;
            else if (ch === '#' && (c === 0 || content[c - 1] === ' '))
                break;
            else if (ch === '[' || ch === '{')
                flow++;
            else if (ch === ']' || ch === '}')
                flow = Math.max(0, flow - 1);
            else if (ch === '-' && content[c + 1] === ' ' && /^[-\s]*$/.test(content.slice(0, c))) {
                depth++; // "- - - x": each marker opens a list
            }
            if (Math.max(depth, indents.length + flow) > limit) {
                return { line: i + 1, column: indent + c + 1 };
            }
        }
        if (/[|>][-+0-9]*\s*(#.*)?$/.test(content) && quote === undefined && flow === 0) {
            blockScalarIndent = indent;
        }
    }
    return undefined;
}


/***/ }),

/***/ 33099:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseConfigText = parseConfigText;
// Text -> plain value + where every path is written. Uses the `yaml` package's Document API
// with a LineCounter because positions are the point: js-yaml and JSON.parse lose them.
// JSON files go through the same parser (JSON is YAML 1.2 flow syntax), so both report
// errors the same way.
//
// The plain value is built here rather than with `doc.toJS()` so that every key that ends
// up in the value has an index entry, every duplicate key is reported with the line of the
// first (yaml's own message names neither), and alias expansion has a budget.
const yaml_1 = __webpack_require__(38815);
const findings_1 = __webpack_require__(74770);
const nesting_1 = __webpack_require__(96232);
const positions_1 = __webpack_require__(90078);
/** Aliases may repeat a subtree; past this many nodes the file is rejected (a "billion laughs" guard). */
const MAX_NODES = 50_000;
function parseConfigText(text) {
    // Measured before parsing: the parser itself recurses, and would overflow first.
    const deep = (0, nesting_1.findDeepNesting)(text);
    if (deep !== undefined) {
        return {
            value: undefined,
            index: new positions_1.PositionIndex(),
            findings: [
                located(deep, `the file nests more than ${nesting_1.MAX_NESTING} levels deep here (lists and mappings inside each other); a config needs far fewer: flatten this part`),
            ],
        };
    }
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, {
        lineCounter,
        prettyErrors: false,
        // Duplicates are found below, every one of them, with both positions.
        uniqueKeys: false,
        keepSourceTokens: false,
    });
    const lines = text.split('\n');
    const at = (offset) => clampToText(lineCounter.linePos(offset), lines);
    const index = new positions_1.PositionIndex();
    const syntax = doc.errors.map((e) => located(at(e.pos[0]), syntaxMessage(e.code, e.message)));
    if (syntax.length > 0)
        return { value: undefined, index, findings: syntax };
    const root = doc.contents;
    const start = at(root?.range?.[0] ?? 0);
    index.set([], { key: start, value: start, isMapping: (0, yaml_1.isMap)(root) });
    if (root === null || ((0, yaml_1.isScalar)(root) && root.value === null)) {
        return {
            value: undefined,
            index,
            findings: [
                located(start, 'the file has no settings (only comments or blank lines); start with "project_name: my-app"'),
            ],
        };
    }
    if (!(0, yaml_1.isMap)(root)) {
        return {
            value: undefined,
            index,
            findings: [
                located(start, `the file must be a mapping of settings ("project_name: ...", "lambda_config: ..."), not ${describeNode(root)}`),
            ],
        };
    }
    const walker = new TreeWalker(doc, at, index);
    const value = walker.walk(root, []);
    return { value, index, findings: walker.findings };
}
class TreeWalker {
    doc;
    at;
    index;
    findings = [];
    nodes = 0;
    inProgress = new Set();
    aliasTargets = new Map();
    constructor(doc, at, index) {
        this.doc = doc;
        this.at = at;
        this.index = index;
    }
    walk(node, path) {
        if (++this.nodes > MAX_NODES) {
            if (this.nodes === MAX_NODES + 1) {
                this.findings.push(located(this.positionOf(node), `the file expands to more than ${MAX_NODES} values (YAML aliases repeat too much)`));
            }
            return undefined;
        }
        if ((0, yaml_1.isAlias)(node))
            return this.walkAlias(node, path);
        if ((0, yaml_1.isMap)(node))
            return this.guard(node, () => this.walkMap(node.items, path));
        if ((0, yaml_1.isSeq)(node)) {
            return this.guard(node, () => node.items.map((item, i) => {
                const position = this.positionOf(item);
                this.index.set([...path, i], { key: position, value: position, isMapping: (0, yaml_1.isMap)(item) });
                return this.walk(item, [...path, i]);
            }));
        }
        if ((0, yaml_1.isScalar)(node))
            return node.value;
        return null;
    }
    /**
     * yaml's Alias.resolve searches the whole document each time; an alias repeated by other
     * aliases would make that quadratic, so each alias is resolved once.
     */
    resolveAlias(node) {
        if (!this.aliasTargets.has(node))
            this.aliasTargets.set(node, node.resolve(this.doc));
        return this.aliasTargets.get(node);
    }
    walkAlias(node, path) {
        const target = this.resolveAlias(node);
        if (target === undefined) {
            this.findings.push(located(this.positionOf(node), 'this alias names no anchor defined before it'));
            return null;
        }
        return this.walk(target, path);
    }
    /** A node that contains itself through an alias would recurse forever. */
    guard(node, walk) {
        if (this.inProgress.has(node)) {
            this.findings.push(located(this.positionOf(node), 'an alias refers to a node that contains it'));
            return null;
        }
        this.inProgress.add(node);
        try {
            return walk();
        }
        finally {
            this.inProgress.delete(node);
        }
    }
    /** `skip`: keys already set by the mapping a merge source is merged into. */
    walkMap(pairs, path, skip = new Set()) {
        const out = {};
        const firstSeen = new Map();
        const mergeSources = [];
        for (const pair of pairs) {
            const keyPosition = this.positionOf(pair.key ?? pair.value);
            if (pair.key !== null && !(0, yaml_1.isScalar)(pair.key)) {
                this.findings.push(located(keyPosition, 'keys must be plain names, not lists or mappings'));
                continue;
            }
            const name = scalarKeyName(pair.key?.value);
            // YAML 1.1 merge keys ("<<: *defaults") are common in configs; apply them below.
            if (name === '<<' && pair.key?.type === 'PLAIN') {
                mergeSources.push(pair.value);
                continue;
            }
            if (skip.has(name))
                continue;
            if (name === '__proto__') {
                this.findings.push(located(keyPosition, 'the key "__proto__" is not allowed'));
                continue;
            }
            const first = firstSeen.get(name);
            if (first !== undefined) {
                this.findings.push(located(keyPosition, `duplicate key "${name}" (first written at line ${first.line}); keep one of them`));
            }
            else {
                firstSeen.set(name, keyPosition);
            }
            const value = pair.value;
            const empty = value === null || ((0, yaml_1.isScalar)(value) && value.range?.[0] === value.range?.[1]);
            const valuePosition = empty ? keyPosition : this.positionOf(value);
            const childPath = [...path, name];
            this.index.set(childPath, {
                key: keyPosition,
                value: valuePosition,
                isMapping: (0, yaml_1.isMap)((0, yaml_1.isAlias)(value) ? this.resolveAlias(value) : value),
            });
            out[name] = this.walk(value, childPath);
        }
        for (const source of mergeSources)
            this.merge(out, source, path);
        return out;
    }
    /** `<<: *a` or `<<: [*a, *b]`: keys not written in the mapping itself come from the sources. */
    merge(out, source, path) {
        const sources = (0, yaml_1.isSeq)(source) ? source.items : [source];
        for (const item of sources) {
            const target = (0, yaml_1.isAlias)(item) ? this.resolveAlias(item) : item;
            if (!(0, yaml_1.isMap)(target)) {
                this.findings.push(located(this.positionOf(item), '"<<" merges mappings only: use an alias of a mapping'));
                continue;
            }
            Object.assign(out, this.walkMap(target.items, path, new Set(Object.keys(out))));
        }
    }
    positionOf(node) {
        const range = node?.range;
        return this.at(range?.[0] ?? 0);
    }
}
/** A scalar key as JavaScript would name the property: `1: x` is key "1", `null: x` key "". */
function scalarKeyName(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
        return String(value);
    }
    return JSON.stringify(value) ?? '';
}
function located(position, message) {
    return { ...(0, findings_1.error)([], message), position };
}
/** yaml's messages are good; a few codes get one that says what to do. */
function syntaxMessage(code, message) {
    const firstLine = message.split('\n')[0]?.trim() ?? message;
    switch (code) {
        case 'MULTIPLE_DOCS':
            return 'the file holds more than one YAML document (a second "---"); a config is one document';
        case 'TAB_AS_INDENT':
            return 'YAML indentation must use spaces, not tabs';
        default:
            return `invalid YAML: ${firstLine}`;
    }
}
function describeNode(node) {
    if ((0, yaml_1.isSeq)(node))
        return 'a list';
    if ((0, yaml_1.isScalar)(node))
        return `a single value (${JSON.stringify(node.value)})`;
    return 'this';
}
/** Keeps a reported position inside the text: the end of the file maps to its last line. */
function clampToText(position, lines) {
    const line = Math.min(Math.max(position.line, 1), lines.length);
    const length = lines[line - 1]?.length ?? 0;
    const column = Math.min(Math.max(position.col, 1), length + 1);
    return { line, column };
}


/***/ }),

/***/ 81066:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.containConfigPath = containConfigPath;
exports.checkConfigPath = checkConfigPath;
exports.isInside = isInside;
exports.repositoryRootFor = repositoryRootFor;
exports.realPathOnDisk = realPathOnDisk;
exports.repositoryRootOf = repositoryRootOf;
// The one containment rule for every path a config names (function sources, layers,
// schemas, any file it reads): resolved against the config's directory, symbolic links
// followed, it must land inside the repository root. A pull request must not be able to
// package ~/.aws, /etc or the runner's token files into a Lambda zip.
//
// Every check of a config-named path calls `containConfigPath` (or `checkConfigPath`, which
// turns a refusal into a finding at the config line); no other module decides this.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const findings_1 = __webpack_require__(74770);
/**
 * Resolves `named` (as written in the config) against the config directory, follows its
 * symbolic links, and says whether it stays inside the repository root.
 */
function containConfigPath(named, context) {
    const realpath = context.realpath ?? realPathOnDisk;
    const absolute = (0, node_path_1.resolve)(context.configDir, named);
    const real = realpath(absolute);
    const root = realpath((0, node_path_1.resolve)(context.root));
    if (isInside(real, root))
        return { inside: true, absolute, real };
    const how = (0, node_path_1.isAbsolute)(named)
        ? 'is an absolute path'
        : isInside(absolute, root) || isInside(absolute, (0, node_path_1.resolve)(context.root))
            ? 'goes through a symbolic link'
            : 'climbs with ".."';
    return {
        inside: false,
        absolute,
        real,
        message: `${named} ${how} to a place outside the repository (${(0, node_path_1.relative)(root, real) || real}); ` +
            'a config may only name files inside its repository: move the files into the repository and name them relative to the config file',
    };
}
/** `containConfigPath` as a config finding at `path` (undefined when the path is inside). */
function checkConfigPath(path, named, context, at = 'value') {
    const contained = containConfigPath(named, context);
    return contained.inside ? undefined : (0, findings_1.error)(path, contained.message, at);
}
/** True when `path` is `root` or below it (both absolute and normalized). */
function isInside(path, root) {
    const rel = (0, node_path_1.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path_1.sep}`) && rel !== '..' && !(0, node_path_1.isAbsolute)(rel));
}
/**
 * The repository a config belongs to: the workspace when the caller knows it (the action
 * passes GITHUB_WORKSPACE), else the nearest directory at or above the config's that holds
 * `.git` (a directory, or a file in a worktree), else the config's own directory.
 */
function repositoryRootFor(configDir, workspace) {
    if (workspace !== undefined && workspace !== '')
        return (0, node_path_1.resolve)(workspace);
    for (let dir = (0, node_path_1.resolve)(configDir);; dir = (0, node_path_1.dirname)(dir)) {
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, '.git')))
            return dir;
        if ((0, node_path_1.dirname)(dir) === dir)
            return (0, node_path_1.resolve)(configDir);
    }
}
/**
 * realpath that also serves paths that do not exist (yet): the deepest existing ancestor
 * is resolved and the rest appended, so `link/missing` still counts as outside when `link`
 * points out of the repository.
 */
function realPathOnDisk(absolutePath) {
    try {
        return node_fs_1.realpathSync.native(absolutePath);
    }
    catch {
        const parent = (0, node_path_1.dirname)(absolutePath);
        if (parent === absolutePath)
            return absolutePath;
        return (0, node_path_1.join)(realPathOnDisk(parent), (0, node_path_1.basename)(absolutePath));
    }
}
/** The root a loaded config's paths must stay in: the one it was loaded with, else found. */
function repositoryRootOf(loaded) {
    return loaded.root ?? repositoryRootFor(loaded.dir);
}


/***/ }),

/***/ 70408:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPlainObject = isPlainObject;
/** A YAML mapping as parsed: an object that is neither null nor a list. */
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 90078:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PositionIndex = void 0;
class PositionIndex {
    entries = new Map();
    set(path, entry) {
        this.entries.set(pathKey(path), entry);
    }
    get(path) {
        return this.entries.get(pathKey(path));
    }
    /** How many leading segments of `path` are written, and the entry of the deepest one. */
    deepest(path) {
        for (let depth = path.length; depth >= 0; depth--) {
            const entry = this.get(path.slice(0, depth));
            if (entry !== undefined)
                return { depth, entry };
        }
        return undefined;
    }
}
exports.PositionIndex = PositionIndex;
// Keys and indexes share one string form ("0" and 0 are never siblings: a node is either a
// mapping or a list), and JSON keeps any character in a key from colliding with the separator.
function pathKey(path) {
    return JSON.stringify(path.map(String));
}


/***/ }),

/***/ 6445:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PREVIEW_LOG_RETENTION_DAYS = void 0;
exports.previewDefaultsLayer = previewDefaultsLayer;
exports.previewDifferences = previewDifferences;
// Preview defaults: what an ephemeral stage (a pull request's `pr-12`) gets instead of the
// base config's production settings, so a preview costs cents, collides with nothing and
// leaves nothing behind. They are a config layer between the base and the `environments`
// keys, so any of them is undone by writing the value under a pattern (`pr-*`) or the
// stage's own key. Pure: reads the base, returns a new layer.
const plain_object_1 = __webpack_require__(70408);
/** Log retention of a preview's log groups: enough to debug the pull request. */
exports.PREVIEW_LOG_RETENTION_DAYS = 3;
/** The layer for `base`: only keys the base has are cleared, so no section appears from nothing. */
function previewDefaultsLayer(base) {
    const layer = { removal_policy: 'DESTROY' };
    const monitoring = objectAt(base, 'monitoring');
    layer['monitoring'] = {
        ...clear(monitoring, ['alarm_email_addresses', 'budget_limit_usd']),
        log_retention_in_days: exports.PREVIEW_LOG_RETENTION_DAYS,
    };
    // A preview is deleted by the sweep and replaced freely: the base's stack protection
    // (termination protection, stack policy, rollback monitoring) gives way to the stage
    // defaults of src/deploy/stack-defaults.ts, which are "off" for previews.
    const stack = clear(objectAt(base, 'stack'), [
        'termination_protection',
        'protect_stateful',
        'rollback_monitoring_minutes',
    ]);
    if (Object.keys(stack).length > 0)
        layer['stack'] = stack;
    const api = objectAt(base, 'api_gateway_config');
    if (api !== undefined && api['domain_config'] != null) {
        layer['api_gateway_config'] = { domain_config: null };
    }
    const functions = mapEntries(objectAt(base, 'lambda_config'), (fn) => ({
        ...clear(fn, ['provisioned_concurrent_executions', 'log_retention_in_days']),
        ...('reserved_concurrent_executions' in fn && { reserved_concurrent_executions: -1 }),
        // A preview deploys at once: a canary would hold every push for minutes.
        ...((0, plain_object_1.isPlainObject)(fn['deployment_preference']) && {
            // Alarms and hooks would only draw the AllAtOnce warning: they go too.
            deployment_preference: {
                ...clear(fn['deployment_preference'], ['alarms', 'hooks']),
                type: 'AllAtOnce',
            },
        }),
    }));
    if (functions !== undefined)
        layer['lambda_config'] = functions;
    const tables = mapEntries(objectAt(base, 'dynamodb_config'), (table) => ({
        ...clear(table, ['read_capacity', 'write_capacity', 'autoscaling']),
        ...(table['billing_mode'] !== undefined && { billing_mode: 'PAY_PER_REQUEST' }),
        ...(Array.isArray(table['global_secondary_indexes']) && {
            global_secondary_indexes: table['global_secondary_indexes'].map((index) => (0, plain_object_1.isPlainObject)(index) ? withoutCapacity(index) : index),
        }),
        deletion_protection_enabled: false,
        point_in_time_recovery: false,
    }));
    if (tables !== undefined)
        layer['dynamodb_config'] = tables;
    return layer;
}
/**
 * What the defaults changed: `withDefaults` and `without` are the same merge with and
 * without the preview layer, so a default a pattern overrode is not listed.
 */
function previewDifferences(withDefaults, without) {
    const differences = [];
    const add = (path, what, describe) => {
        const preview = valueAt(withDefaults, path);
        const production = valueAt(without, path);
        if (JSON.stringify(preview) === JSON.stringify(production))
            return;
        differences.push({
            what,
            path: path.join('.'),
            preview: describe(preview),
            production: describe(production),
        });
    };
    add(['api_gateway_config', 'domain_config'], 'custom domain', (v) => (0, plain_object_1.isPlainObject)(v) ? String(v['domain_name']) : "none: the endpoint is the API's own URL");
    add(['monitoring', 'alarm_email_addresses'], 'alarm e-mails (alarms stay)', (v) => Array.isArray(v) ? `${v.length} subscribed` : 'none');
    add(['monitoring', 'budget_limit_usd'], 'cost budget', (v) => typeof v === 'number' ? `$${v}/month` : 'none');
    add(['removal_policy'], 'removal policy', (v) => (typeof v === 'string' ? v : 'RETAIN'));
    add(['monitoring', 'log_retention_in_days'], 'log retention', (v) => typeof v === 'number' ? `${v} days` : '30 days');
    for (const key of keysOf(withDefaults, 'lambda_config')) {
        const at = (field) => ['lambda_config', key, field];
        add(at('log_retention_in_days'), `${key}: log retention`, (v) => typeof v === 'number' ? `${v} days` : 'the stage default');
        add(at('reserved_concurrent_executions'), `${key}: reserved concurrency`, (v) => typeof v === 'number' && v >= 0 ? String(v) : 'none');
        add(at('provisioned_concurrent_executions'), `${key}: provisioned concurrency`, (v) => typeof v === 'number' && v > 0 ? String(v) : 'none');
        add([...at('deployment_preference'), 'type'], `${key}: traffic shifting`, (v) => typeof v === 'string' ? v : 'the stage default');
    }
    for (const key of keysOf(withDefaults, 'dynamodb_config')) {
        const at = (field) => ['dynamodb_config', key, field];
        add(at('billing_mode'), `${key}: billing`, (v) => v === 'PROVISIONED' ? 'provisioned capacity' : 'on demand');
        add(at('deletion_protection_enabled'), `${key}: deletion protection`, (v) => v === false ? 'off' : 'on');
        add(at('point_in_time_recovery'), `${key}: point-in-time recovery`, (v) => v === false ? 'off' : 'on');
    }
    return differences;
}
function objectAt(value, key) {
    const found = value[key];
    return (0, plain_object_1.isPlainObject)(found) ? found : undefined;
}
function keysOf(value, key) {
    return Object.keys(objectAt(value, key) ?? {});
}
function valueAt(value, path) {
    let current = value;
    for (const key of path)
        current = (0, plain_object_1.isPlainObject)(current) ? current[key] : undefined;
    return current;
}
/** `{key: null}` for each of `keys` the object has: null removes a key in the merge. */
function clear(object, keys) {
    return Object.fromEntries(keys.filter((k) => object?.[k] != null).map((k) => [k, null]));
}
function mapEntries(entries, each) {
    if (entries === undefined)
        return undefined;
    return Object.fromEntries(Object.entries(entries)
        .filter((entry) => (0, plain_object_1.isPlainObject)(entry[1]))
        .map(([key, entry]) => [key, each(entry)]));
}
function withoutCapacity(index) {
    return Object.fromEntries(Object.entries(index).filter(([key]) => key !== 'read_capacity' && key !== 'write_capacity'));
}


/***/ }),

/***/ 42368:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_CONFIG_BYTES = void 0;
exports.readConfigSource = readConfigSource;
// Reads the config file's text, refusing what is not a config before parsing anything:
// a missing path, a directory, an empty file, and anything over 1 MB (checked with stat, so a
// 5 MB file is rejected in microseconds instead of being parsed). The extension does not
// matter: .yml, .yaml and .json all go through the YAML parser (JSON is YAML 1.2).
const promises_1 = __webpack_require__(51455);
/** Real configs are a few KB; past this a file is not a config (or not one a person can review). */
exports.MAX_CONFIG_BYTES = 1024 * 1024;
async function readConfigSource(absolutePath, shownAs) {
    let size;
    try {
        const info = await (0, promises_1.stat)(absolutePath);
        if (info.isDirectory()) {
            return fail(`${shownAs} is a directory; pass the config file inside it, e.g. --config ${shownAs}/serverless.config.yml`);
        }
        size = info.size;
    }
    catch (e) {
        return fail(notReadable(e, shownAs));
    }
    if (size > exports.MAX_CONFIG_BYTES) {
        return fail(`the file is ${(size / 1024 / 1024).toFixed(1)} MB; a config must be under 1 MB (is this the right file?)`);
    }
    let text;
    try {
        text = await (0, promises_1.readFile)(absolutePath, 'utf8');
    }
    catch (e) {
        return fail(notReadable(e, shownAs));
    }
    if (text.trim() === '') {
        return fail('the file is empty; start with "project_name: my-app" (see docs/config.md)');
    }
    if (text.includes('\u0000'))
        return fail('the file is binary, not YAML or JSON text');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
function fail(message) {
    return { ok: false, message };
}
function notReadable(e, shownAs) {
    const code = e.code;
    if (code === 'ENOENT') {
        return `${shownAs} does not exist; create it or pass another file with --config`;
    }
    if (code === 'EACCES' || code === 'EPERM')
        return `${shownAs} is not readable (permission denied)`;
    return `${shownAs} cannot be read: ${e.message}`;
}


/***/ }),

/***/ 96845:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkReferencedFiles = checkReferencedFiles;
// Files and directories the config names besides function code: request schemas of routes
// and layer directories. Each must exist, checked at validate time with its line (synth
// would stop at the first one). Paths resolve through the config's one path rule
// (code-sources.ts), must stay inside the repository (paths.ts), and the file system is
// reached through `probe`.
const code_sources_1 = __webpack_require__(59706);
const findings_1 = __webpack_require__(74770);
const paths_1 = __webpack_require__(81066);
const route_entry_1 = __webpack_require__(61626);
function checkReferencedFiles(config, configDir, probe, containment = {}) {
    const findings = [];
    const context = {
        configDir,
        root: containment.root ?? configDir,
        ...(containment.realpath !== undefined && { realpath: containment.realpath }),
    };
    for (const [key, fn] of Object.entries(config.lambda_config)) {
        (fn.routes ?? []).forEach((entry, index) => {
            const schema = (0, route_entry_1.routeSettings)(entry).request_schema;
            if (schema === undefined)
                return;
            const where = ['lambda_config', key, 'routes', index, 'request_schema'];
            const outside = (0, paths_1.checkConfigPath)(where, schema, context);
            if (outside) {
                findings.push(outside);
                return;
            }
            const kind = probe((0, code_sources_1.codeSourcePath)(configDir, key, schema));
            if (kind !== 'file') {
                findings.push((0, findings_1.error)(['lambda_config', key, 'routes', index, 'request_schema'], kind === 'missing'
                    ? `request_schema ${schema} does not exist (relative to the config file)`
                    : `request_schema ${schema} is a directory; point it at a JSON Schema file`));
            }
        });
        (fn.layers ?? []).forEach((layer, index) => {
            if (layer.startsWith('arn:'))
                return;
            const outside = (0, paths_1.checkConfigPath)(['lambda_config', key, 'layers', index], layer, context);
            if (outside) {
                findings.push(outside);
                return;
            }
            if (probe((0, code_sources_1.codeSourcePath)(configDir, key, layer)) !== 'directory') {
                findings.push((0, findings_1.error)(['lambda_config', key, 'layers', index], `layer ${layer} is neither a layer version ARN nor a directory (relative to the config file)`));
            }
        });
    }
    return findings;
}


/***/ }),

/***/ 61626:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.routeText = routeText;
exports.routeSettings = routeSettings;
exports.routeTextPath = routeTextPath;
/** The route as written: `"POST /users"`, `"$connect"`. */
function routeText(entry) {
    return typeof entry === 'string' ? entry : entry.route;
}
/** The route's own settings; none for a plain string. */
function routeSettings(entry) {
    if (typeof entry === 'string')
        return {};
    const { route, ...settings } = entry;
    void route;
    return settings;
}
/** Where a route's text sits in the file: the entry itself, or its `route` key. */
function routeTextPath(functionKey, index, entry) {
    const path = ['lambda_config', functionKey, 'routes', index];
    return typeof entry === 'string' ? path : [...path, 'route'];
}


/***/ }),

/***/ 89093:
/***/ ((__unused_webpack_module, exports) => {


// Lambda runtimes with AWS's published deprecation dates (the day AWS stops applying
// security patches; creating functions is blocked some months later). Source:
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html, read 2026-11.
// A runtime missing from this table is an error (with a "did you mean"), so a typo
// never reaches CloudFormation.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RUNTIME = exports.RUNTIMES = void 0;
exports.isDeprecated = isDeprecated;
exports.RUNTIMES = {
    'nodejs24.x': { family: 'node', esbuildTarget: 'node24' },
    'nodejs22.x': { family: 'node', deprecated: '2027-04-30', esbuildTarget: 'node22' },
    'nodejs20.x': { family: 'node', deprecated: '2026-04-30', esbuildTarget: 'node20' },
    'nodejs18.x': { family: 'node', deprecated: '2025-09-01', esbuildTarget: 'node18' },
    'nodejs16.x': { family: 'node', deprecated: '2024-06-12', esbuildTarget: 'node16' },
    'python3.14': { family: 'python' },
    'python3.13': { family: 'python' },
    'python3.12': { family: 'python', deprecated: '2028-10-31' },
    'python3.11': { family: 'python', deprecated: '2027-06-30' },
    'python3.10': { family: 'python', deprecated: '2026-10-31' },
    'python3.9': { family: 'python', deprecated: '2025-12-15' },
    java25: { family: 'java' },
    java21: { family: 'java' },
    java17: { family: 'java' },
    java11: { family: 'java' },
    'java8.al2': { family: 'java' },
    dotnet10: { family: 'dotnet' },
    dotnet8: { family: 'dotnet', deprecated: '2026-11-10' },
    'ruby3.4': { family: 'ruby' },
    'ruby3.3': { family: 'ruby', deprecated: '2026-03-31' },
    'ruby3.2': { family: 'ruby', deprecated: '2026-03-31' },
    'provided.al2023': { family: 'provided' },
    'provided.al2': { family: 'provided', deprecated: '2026-06-30' },
    'go1.x': { family: 'go', deprecated: '2024-01-08' },
};
exports.DEFAULT_RUNTIME = 'nodejs22.x';
/** True when AWS's deprecation date for `runtime` is on or before `today` (YYYY-MM-DD). */
function isDeprecated(runtime, today) {
    const date = exports.RUNTIMES[runtime]?.deprecated;
    return date !== undefined && date <= today;
}


/***/ }),

/***/ 18143:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.salvageConfig = salvageConfig;
exports.declaredKeysOfData = declaredKeysOfData;
const merge_1 = __webpack_require__(28858);
const schema_1 = __webpack_require__(90131);
const KEYED_SECTIONS = {
    lambda_config: schema_1.LambdaFunctionSchema,
    dynamodb_config: schema_1.DynamoDbTableSchema,
    event_source_config: schema_1.EventSourceSchema,
};
const OBJECT_SECTIONS = {
    api_gateway_config: schema_1.ApiGatewaySchema,
};
function salvageConfig(data) {
    const out = {};
    for (const [key, schema] of Object.entries(schema_1.ResolvedConfigSchema.shape)) {
        const raw = data[key];
        const parsed = schema.safeParse(raw);
        if (parsed.success) {
            out[key] = parsed.data;
            continue;
        }
        const entrySchema = KEYED_SECTIONS[key];
        if (entrySchema !== undefined && (0, merge_1.isPlainObject)(raw)) {
            out[key] = Object.fromEntries(Object.entries(raw).flatMap(([name, entry]) => {
                const one = parseWithoutFailingFields(entrySchema, entry);
                return one.success ? [[name, one.data]] : [];
            }));
            continue;
        }
        const objectSchema = OBJECT_SECTIONS[key];
        const repaired = objectSchema === undefined ? undefined : parseWithoutFailingFields(objectSchema, raw);
        if (repaired?.success === true) {
            out[key] = repaired.data;
            continue;
        }
        const fallback = schema.safeParse(undefined);
        out[key] = fallback.success ? fallback.data : typeof raw === 'string' ? raw : '';
    }
    return out;
}
/** Parses `value`; when that fails, once more without the top-level fields the issues name. */
function parseWithoutFailingFields(schema, value) {
    const first = schema.safeParse(value);
    if (first.success || !(0, merge_1.isPlainObject)(value))
        return first;
    const failing = new Set();
    for (const issue of first.error.issues) {
        const [field] = issue.path;
        if (field !== undefined)
            failing.add(String(field));
        else if (issue.code === 'unrecognized_keys')
            issue.keys.forEach((k) => failing.add(k));
    }
    const kept = Object.fromEntries(Object.entries(value).filter(([field]) => !failing.has(field)));
    return schema.safeParse(kept);
}
/** The keys each section declares as written, valid or not. */
function declaredKeysOfData(data) {
    const keysOf = (section) => {
        const value = data[section];
        return new Set((0, merge_1.isPlainObject)(value) ? Object.keys(value) : []);
    };
    return {
        functions: keysOf('lambda_config'),
        tables: keysOf('dynamodb_config'),
        eventSources: keysOf('event_source_config'),
    };
}


/***/ }),

/***/ 8577:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defOf = defOf;
exports.unwrap = unwrap;
exports.schemaAt = schemaAt;
exports.knownKeys = knownKeys;
exports.numberBounds = numberBounds;
function defOf(schema) {
    return schema._zod.def;
}
/** Strips optional / nullable / default / transform wrappers down to the schema that checks values. */
function unwrap(schema) {
    let current = schema;
    for (;;) {
        const def = defOf(current);
        if ((def.type === 'optional' ||
            def.type === 'nullable' ||
            def.type === 'default' ||
            def.type === 'prefault') &&
            def.innerType !== undefined) {
            current = def.innerType;
        }
        else if (def.type === 'pipe' && def.in !== undefined && def.out !== undefined) {
            // z.preprocess(fn, s) is pipe(transform, s); s.transform(fn) is pipe(s, transform).
            current = defOf(def.in).type === 'transform' ? def.out : def.in;
        }
        else {
            return current;
        }
    }
}
/** The schema that checks the value at `path`, or undefined when the path leaves the definition. */
function schemaAt(root, path) {
    let current = unwrap(root);
    for (const segment of path) {
        if (current === undefined)
            return undefined;
        const def = defOf(current);
        let next;
        if (def.type === 'object')
            next = def.shape?.[String(segment)];
        else if (def.type === 'record')
            next = def.valueType;
        else if (def.type === 'array')
            next = def.element;
        current = next === undefined ? undefined : unwrap(next);
    }
    return current;
}
/** The keys an object schema accepts; empty for anything else. */
function knownKeys(schema) {
    if (schema === undefined)
        return [];
    const def = defOf(schema);
    return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
/** A number schema's inclusive bounds, as zod records them (`minValue` / `maxValue`). */
function numberBounds(schema) {
    const bounds = schema;
    const min = bounds?.minValue;
    const max = bounds?.maxValue;
    return {
        ...(typeof min === 'number' &&
            Number.isFinite(min) &&
            min > Number.MIN_SAFE_INTEGER && { min }),
        ...(typeof max === 'number' &&
            Number.isFinite(max) &&
            max < Number.MAX_SAFE_INTEGER && { max }),
    };
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ServerlessConfigSchema = exports.ResolvedConfigSchema = exports.SuppressionSchema = exports.UsageSchema = exports.StackSchema = exports.MonitoringSchema = exports.EventSourceSchema = exports.EventSourceType = exports.DynamoDbTableSchema = exports.ApiGatewaySchema = exports.AuthorizerSchema = exports.LambdaFunctionSchema = exports.SecretReferenceSchema = exports.PermissionStatementSchema = exports.IAM_ACTION_PATTERN = exports.AccessLevel = void 0;
exports.normalizeEventSourceType = normalizeEventSourceType;
// The one definition of serverless.config.yml. The TypeScript types (`z.output`), the
// validator (`ServerlessConfigSchema.safeParse`) and the published JSON Schema
// (`schema/serverless.config.schema.json`, written by `npm run schema`) all come from here.
//
// Field names are the seed module's Terraform variables, unchanged; fields the seed does
// not have borrow the argument names of the matching Terraform AWS provider resource.
// Ranges are AWS's own limits, so a bad value fails here, with a line and column, instead
// of minutes later inside CloudFormation.
//
// Semantic checks that need more than one field (cross references, values that do not
// apply to a source type, deprecated runtimes) live in `semantics.ts`, not here.
const zod_1 = __webpack_require__(50924);
const deployment_preference_1 = __webpack_require__(59333);
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const KEY_MESSAGE = 'keys use letters, digits, "-" and "_", and start with a letter or digit';
/** A key of lambda_config / dynamodb_config / event_source_config: it ends up in names. */
const resourceKey = zod_1.z.string().min(1).max(64).regex(KEY_PATTERN, KEY_MESSAGE);
const int = (min, max) => zod_1.z.number().int().min(min).max(max);
const stringList = zod_1.z.array(zod_1.z.string().min(1));
// YAML writes `PORT: 8080` as a number; Lambda wants strings. Accept scalars, keep strings.
const envValue = zod_1.z.union([zod_1.z.string(), zod_1.z.number(), zod_1.z.boolean()]).transform((v) => String(v));
exports.AccessLevel = zod_1.z.enum(['read', 'write', 'read_write']);
const vpcConfig = zod_1.z.strictObject({
    subnet_ids: zod_1.z
        .array(zod_1.z.string().regex(/^subnet-[0-9a-z]+$/, 'expected a subnet id like "subnet-0abc"'))
        .min(1)
        .max(16),
    security_group_ids: zod_1.z
        .array(zod_1.z.string().regex(/^sg-[0-9a-z]+$/, 'expected a security group id like "sg-0abc"'))
        .min(1)
        .max(5),
});
/** An IAM action as policies write it: `service:Action`, wildcards allowed (`s3:Get*`, `*`). */
exports.IAM_ACTION_PATTERN = /^(\*|[a-z0-9-]+:[A-Za-z0-9*?]+)$/;
/**
 * One IAM statement a function's role gets beyond `access`. Resources are ARNs (`${AWS::Region}`,
 * `${AWS::AccountId}` and `${AWS::Partition}` allowed) or `<kind>:<key>` of the stack's own
 * resources; semantics.ts checks both and names the line.
 */
exports.PermissionStatementSchema = zod_1.z.strictObject({
    actions: zod_1.z.array(zod_1.z.string().min(1)).min(1),
    resources: zod_1.z.array(zod_1.z.string().min(1)).min(1),
    effect: zod_1.z.enum(['Allow', 'Deny']).default('Allow'),
    /** IAM condition block: operator -> condition key -> value(s), as IAM writes it. */
    conditions: zod_1.z
        .record(zod_1.z.string().min(1), zod_1.z.record(zod_1.z.string().min(1), zod_1.z.union([zod_1.z.string(), zod_1.z.number(), zod_1.z.boolean(), zod_1.z.array(zod_1.z.string())])))
        .optional(),
});
/**
 * An existing IAM managed policy: AWS's (`iam::aws:policy/...`) or the account's, which may
 * be written `${AWS::AccountId}` (and `${AWS::Partition}`) so one config serves every account.
 */
const managedPolicyArn = zod_1.z
    .string()
    .regex(/^arn:(aws[a-z-]*|\$\{AWS::Partition\}):iam::(aws|\d{12}|\$\{AWS::AccountId\}):policy\/.+$/, 'expected a managed policy ARN like "arn:aws:iam::${AWS::AccountId}:policy/name"');
/**
 * Where a secret lives: `ssm:/path/name` (or a parameter ARN), `secretsmanager:name-or-arn`,
 * optionally `#json-key`. The function gets this reference, never the value.
 */
exports.SecretReferenceSchema = zod_1.z.union([
    zod_1.z.string().min(1),
    zod_1.z.strictObject({
        from: zod_1.z.string().min(1),
        /** Customer-managed key that encrypts the parameter or secret: the role may decrypt through that service only. */
        kms_key_arn: zod_1.z.string().min(1).optional(),
    }),
]);
/** A route with settings of its own: `{route: "POST /users", request_schema: schemas/user.json}`. */
const routeSettings = zod_1.z.strictObject({
    route: zod_1.z.string().min(1),
    /** REST: a JSON Schema file (relative to the config file) the request body must match. */
    request_schema: zod_1.z.string().min(1).optional(),
    throttling_burst_limit: int(0, 5000).optional(),
    throttling_rate_limit: zod_1.z.number().min(0).max(10000).optional(),
});
exports.LambdaFunctionSchema = zod_1.z.strictObject({
    /** Lambda runtime identifier, e.g. nodejs22.x. Checked against the known runtimes. */
    runtime: zod_1.z.string().default('nodejs22.x'),
    /** `file.export` inside the code. */
    handler: zod_1.z.string().min(1).max(128).default('index.handler'),
    memory_size: int(128, 10240).default(128),
    timeout: int(1, 900).default(3),
    environment: zod_1.z
        .record(zod_1.z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'environment variable names use letters, digits and "_", and start with a letter'), envValue)
        .nullish(),
    vpc_config: vpcConfig.nullish(),
    tracing_config: zod_1.z.enum(['Active', 'PassThrough']).nullish(),
    layers: zod_1.z
        .array(zod_1.z
        .string()
        .regex(/^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:layer:[A-Za-z0-9_-]+:\d+|[^:]+)$/, 'expected a layer version ARN, or a directory relative to the config file'))
        .max(5)
        .nullish(),
    /** -1 leaves the function unreserved (the seed's convention). */
    reserved_concurrent_executions: int(-1, 100000).default(-1),
    // --- added fields ---
    /** Code location relative to the config file: a directory, or a .ts/.js/.mjs entry file. Default functions/<key>. */
    source: zod_1.z.string().min(1).optional(),
    /** API routes served by this function: "GET /users/{id}", "ANY /{proxy+}", or "$connect" for WebSocket APIs. */
    routes: zod_1.z.array(zod_1.z.union([zod_1.z.string().min(1), routeSettings])).optional(),
    architectures: zod_1.z
        .array(zod_1.z.enum(['x86_64', 'arm64']))
        .length(1)
        .optional(),
    description: zod_1.z.string().max(256).optional(),
    /** aws_lambda_provisioned_concurrency_config.provisioned_concurrent_executions */
    provisioned_concurrent_executions: int(0, 100000).optional(),
    /** Retention of the function's log group (CloudWatch allowed values). */
    log_retention_in_days: zod_1.z.number().int().optional(),
    /** Name of an authorizer in api_gateway_config.authorizers that protects this function's routes. */
    authorizer: zod_1.z.string().min(1).optional(),
    /** REST APIs: routes of this function require an API key. */
    api_key_required: zod_1.z.boolean().optional(),
    /**
     * What the function may use among this config's resources, by key, and how. Each entry
     * adds the resource's physical name as an environment variable and exactly the IAM actions
     * of that access level (see README "Access to tables, queues and topics").
     */
    access: zod_1.z
        .strictObject({
        dynamodb: zod_1.z.record(resourceKey, exports.AccessLevel).optional(),
        sqs: zod_1.z.record(resourceKey, exports.AccessLevel).optional(),
        sns: zod_1.z.record(resourceKey, exports.AccessLevel).optional(),
        s3: zod_1.z.record(resourceKey, exports.AccessLevel).optional(),
    })
        .optional(),
    /** IAM statements for what `access` cannot say: other services, existing resources. */
    permissions: zod_1.z.array(exports.PermissionStatementSchema).optional(),
    /** ARNs of existing managed policies to attach to the function's role. */
    managed_policies: zod_1.z.array(managedPolicyArn).max(20).optional(),
    /** Environment variable -> where its secret lives; the variable carries the reference, never the value. */
    secrets: zod_1.z
        .record(zod_1.z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'environment variable names use letters, digits and "_", and start with a letter'), exports.SecretReferenceSchema)
        .optional(),
    /**
     * How a new version takes traffic: SAM's type names, built on CodeDeploy. Default: the
     * stage's (src/synth/stage.ts): Canary10Percent5Minutes for API functions on prod-like
     * stages, else AllAtOnce (the alias moves at once, no CodeDeploy).
     */
    deployment_preference: zod_1.z
        .strictObject({
        type: zod_1.z.enum(deployment_preference_1.DEPLOYMENT_TYPES).optional(),
        /** Alarms that stop and roll back the shift: errors, throttles, duration, <function>:<alarm>, api:5xx, api:latency, or an alarm ARN. */
        alarms: zod_1.z.array(zod_1.z.string().min(1)).max(deployment_preference_1.MAX_ROLLOUT_ALARMS).optional(),
        /** Functions (lambda_config keys) CodeDeploy runs before and after the shift. */
        hooks: zod_1.z
            .strictObject({
            pre_traffic: zod_1.z.string().min(1).optional(),
            post_traffic: zod_1.z.string().min(1).optional(),
        })
            .optional(),
    })
        .optional(),
});
const corsConfiguration = zod_1.z.strictObject({
    allow_origins: stringList.optional(),
    allow_methods: stringList.optional(),
    allow_headers: stringList.optional(),
    expose_headers: stringList.optional(),
    max_age: int(0, 86400).optional(),
    allow_credentials: zod_1.z.boolean().optional(),
});
const domainConfig = zod_1.z.strictObject({
    domain_name: zod_1.z.string().min(1).max(253),
    certificate_arn: zod_1.z.string().min(1),
    /** Path under the domain the API is mapped to; empty maps the root. */
    base_path: zod_1.z.string().optional(),
});
exports.AuthorizerSchema = zod_1.z.strictObject({
    /** JWT (Cognito or any OIDC issuer), COGNITO (REST user pools), LAMBDA (custom authorizer) or IAM. */
    type: zod_1.z.enum(['JWT', 'COGNITO', 'LAMBDA', 'IAM']),
    /** JWT: the token issuer URL, e.g. https://cognito-idp.us-east-1.amazonaws.com/<pool-id>. */
    issuer: zod_1.z.string().url().optional(),
    /** JWT: accepted audiences (client ids). */
    audience: stringList.optional(),
    /** COGNITO: user pool ARNs (REST APIs). */
    user_pool_arns: stringList.optional(),
    /** LAMBDA: the key of the authorizer function in lambda_config. */
    function: zod_1.z.string().min(1).optional(),
    identity_sources: stringList.optional(),
    authorizer_result_ttl_in_seconds: int(0, 3600).optional(),
});
/** The seed writes `protocol_type`; without `type` it decides the API kind. */
function typeFromProtocolType(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return value;
    const api = value;
    if (api['type'] !== undefined && api['type'] !== null)
        return value;
    if (typeof api['protocol_type'] !== 'string')
        return value;
    return { ...api, type: api['protocol_type'] };
}
exports.ApiGatewaySchema = zod_1.z.preprocess(typeFromProtocolType, zod_1.z.strictObject({
    /** HTTP (API Gateway v2), REST (v1) or WEBSOCKET. */
    type: zod_1.z.enum(['HTTP', 'REST', 'WEBSOCKET']).default('HTTP'),
    protocol_type: zod_1.z.enum(['HTTP', 'WEBSOCKET', 'REST']).nullish(),
    description: zod_1.z.string().max(1024).nullish(),
    binary_media_types: stringList.nullish(),
    cors_configuration: corsConfiguration.nullish(),
    domain_config: domainConfig.nullish(),
    // --- added fields ---
    /** Stage name; default: the environment. */
    stage_name: zod_1.z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,128}$/)
        .optional(),
    throttling_burst_limit: int(0, 5000).optional(),
    throttling_rate_limit: zod_1.z.number().min(0).max(10000).optional(),
    access_log_enabled: zod_1.z.boolean().optional(),
    /** REST: the stage cache (aws_api_gateway_stage.cache_cluster_enabled / cache_cluster_size). */
    cache_cluster_enabled: zod_1.z.boolean().optional(),
    cache_cluster_size: zod_1.z
        .enum(['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'])
        .optional(),
    cache_ttl_in_seconds: int(0, 3600).optional(),
    /** REST: request validation (aws_api_gateway_request_validator). */
    validate_request_body: zod_1.z.boolean().optional(),
    validate_request_parameters: zod_1.z.boolean().optional(),
    authorizers: zod_1.z.record(resourceKey, exports.AuthorizerSchema).optional(),
    /** Authorizer applied to every route without its own. */
    default_authorizer: zod_1.z.string().min(1).optional(),
    /** REST: API keys to create, with one usage plan. */
    api_keys: zod_1.z.array(resourceKey).optional(),
    usage_plan: zod_1.z
        .strictObject({
        quota_limit: zod_1.z.number().int().min(0).optional(),
        quota_period: zod_1.z.enum(['DAY', 'WEEK', 'MONTH']).optional(),
        throttle_burst_limit: int(0, 5000).optional(),
        throttle_rate_limit: zod_1.z.number().min(0).optional(),
    })
        .optional(),
    // --- stage observability, protection and endpoint (issue 17) ---
    /** REST: X-Ray tracing of the stage (aws_api_gateway_stage.xray_tracing_enabled); default: on when a routed function traces. */
    xray_tracing_enabled: zod_1.z.boolean().optional(),
    /** REST and WebSocket: execution logging (method settings logging_level); default ERROR while access logs are on. */
    logging_level: zod_1.z.enum(['OFF', 'ERROR', 'INFO']).optional(),
    /** REST and WebSocket: log full requests and responses (method settings data_trace_enabled). */
    data_trace_enabled: zod_1.z.boolean().optional(),
    /** Per-route CloudWatch metrics (method settings metrics_enabled / detailed metrics). */
    metrics_enabled: zod_1.z.boolean().optional(),
    /** REST: a WAFv2 web ACL associated with the stage. */
    web_acl_arn: zod_1.z
        .string()
        .regex(/^arn:aws[a-z-]*:wafv2:[a-z0-9-]+:\d{12}:regional\/webacl\/.+$/, 'expected a regional WAFv2 web ACL ARN')
        .optional(),
    /** REST: REGIONAL (default), EDGE or PRIVATE (reached through VPC endpoints). */
    endpoint_type: zod_1.z.enum(['REGIONAL', 'EDGE', 'PRIVATE']).optional(),
    /** REST, PRIVATE: the execute-api VPC endpoints that may reach the API. */
    vpc_endpoint_ids: zod_1.z
        .array(zod_1.z.string().regex(/^vpce-[0-9a-z]+$/, 'expected a VPC endpoint id like "vpce-0abc"'))
        .optional(),
    /** REST: the API's resource policy, as IAM writes it; PRIVATE APIs get one for their VPC endpoints by default. */
    resource_policy: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).optional(),
    /** WebSocket: which part of a message picks its route (default `$request.body.action`). */
    route_selection_expression: zod_1.z.string().min(1).optional(),
}));
const attribute = zod_1.z.strictObject({
    name: zod_1.z.string().min(1).max(255),
    type: zod_1.z.enum(['S', 'N', 'B']),
});
const globalSecondaryIndex = zod_1.z.strictObject({
    name: zod_1.z
        .string()
        .regex(/^[A-Za-z0-9_.-]{3,255}$/, 'index names are 3-255 characters of letters, digits, "_", "-" and "."'),
    hash_key: zod_1.z.string().min(1),
    range_key: zod_1.z.string().min(1).nullish(),
    projection_type: zod_1.z.enum(['ALL', 'KEYS_ONLY', 'INCLUDE']).default('ALL'),
    non_key_attributes: stringList.nullish(),
    read_capacity: int(1, 40000).optional(),
    write_capacity: int(1, 40000).optional(),
});
exports.DynamoDbTableSchema = zod_1.z.strictObject({
    billing_mode: zod_1.z.enum(['PAY_PER_REQUEST', 'PROVISIONED']).default('PAY_PER_REQUEST'),
    hash_key: zod_1.z.string().min(1).max(255),
    range_key: zod_1.z.string().min(1).max(255).nullish(),
    attributes: zod_1.z.array(attribute).min(1),
    global_secondary_indexes: zod_1.z.array(globalSecondaryIndex).max(20).nullish(),
    stream_enabled: zod_1.z.boolean().default(false),
    stream_view_type: zod_1.z.enum(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES']).nullish(),
    ttl_enabled: zod_1.z.boolean().default(false),
    ttl_attribute: zod_1.z.string().min(1).nullish(),
    // --- added fields (aws_dynamodb_table argument names) ---
    read_capacity: int(1, 40000).optional(),
    write_capacity: int(1, 40000).optional(),
    /** PROVISIONED: target-tracking auto scaling of read and write capacity. */
    autoscaling: zod_1.z
        .strictObject({
        min_capacity: int(1, 40000),
        max_capacity: int(1, 40000),
        target_utilization: zod_1.z.number().min(20).max(90).default(70),
    })
        .optional(),
    point_in_time_recovery: zod_1.z.boolean().optional(),
    server_side_encryption: zod_1.z
        .strictObject({ enabled: zod_1.z.boolean().default(true), kms_key_arn: zod_1.z.string().min(1).optional() })
        .optional(),
    deletion_protection_enabled: zod_1.z.boolean().optional(),
});
exports.EventSourceType = zod_1.z.enum([
    'SQS',
    'SNS',
    'S3',
    'DYNAMODB_STREAM',
    'KINESIS',
    'SCHEDULE',
    'EVENTBRIDGE',
]);
/** Accepts the SPEC's spellings: any case, and "CloudWatch Events" for EVENTBRIDGE. */
function normalizeEventSourceType(value) {
    if (typeof value !== 'string')
        return value;
    const upper = value
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, '_');
    if (upper === 'CLOUDWATCH_EVENTS' || upper === 'CLOUDWATCH_EVENT')
        return 'EVENTBRIDGE';
    if (upper === 'DYNAMODB' || upper === 'DYNAMODB_STREAMS')
        return 'DYNAMODB_STREAM';
    return upper;
}
exports.EventSourceSchema = zod_1.z.strictObject({
    type: zod_1.z.preprocess(normalizeEventSourceType, exports.EventSourceType),
    batch_size: zod_1.z.number().int().min(1).max(10000).nullish(),
    starting_position: zod_1.z.enum(['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP']).nullish(),
    maximum_retry_attempts: int(-1, 10000).nullish(),
    maximum_record_age_in_seconds: zod_1.z.number().int().min(-1).max(604800).nullish(),
    bisect_batch_on_function_error: zod_1.z.boolean().nullish(),
    parallelization_factor: int(1, 10).nullish(),
    // --- added fields ---
    /** Key of the target function in lambda_config; may be omitted when there is exactly one. */
    function: zod_1.z.string().min(1).optional(),
    /** A queue/topic/bucket/stream name created by the stack, an existing ARN, or (DYNAMODB_STREAM) a dynamodb_config key. */
    source: zod_1.z.string().min(1).optional(),
    /**
     * An existing ARN in `source` (or `destination_config`) that preview stages may use too.
     * Without it, a preview consuming from or writing to an existing resource is an error.
     */
    shared: zod_1.z.boolean().optional(),
    /** SCHEDULE: rate(...) or cron(...). */
    schedule: zod_1.z
        .string()
        .regex(/^(rate|cron)\(.+\)$/, 'expected rate(...) or cron(...)')
        .optional(),
    /** EVENTBRIDGE: the event pattern, as EventBridge writes it. */
    event_pattern: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).optional(),
    /** EVENTBRIDGE: name of an existing custom event bus (default: the account's default bus). */
    event_bus_name: zod_1.z.string().min(1).optional(),
    maximum_batching_window_in_seconds: int(0, 300).optional(),
    /** SQS: aws_lambda_event_source_mapping.scaling_config.maximum_concurrency */
    scaling_config: zod_1.z.strictObject({ maximum_concurrency: int(2, 1000) }).optional(),
    /** ["ReportBatchItemFailures"] turns on partial batch responses. */
    function_response_types: zod_1.z.array(zod_1.z.literal('ReportBatchItemFailures')).optional(),
    /** S3: events that trigger the function, e.g. ["s3:ObjectCreated:*"]. */
    events: stringList.optional(),
    filter_prefix: zod_1.z.string().optional(),
    filter_suffix: zod_1.z.string().optional(),
    /** Streams: where failed batches go; default: an SQS queue the stack creates. */
    destination_config: zod_1.z
        .strictObject({ on_failure: zod_1.z.strictObject({ destination_arn: zod_1.z.string().min(1) }) })
        .optional(),
    /** Queues created for SQS sources (aws_sqs_queue argument names). */
    visibility_timeout_seconds: int(0, 43200).optional(),
    message_retention_seconds: int(60, 1209600).optional(),
    /** EventBridge targets: aws_cloudwatch_event_target.retry_policy.maximum_event_age_in_seconds */
    maximum_event_age_in_seconds: int(60, 86400).optional(),
    /** KINESIS with AT_TIMESTAMP: where to start, RFC 3339 (aws_lambda_event_source_mapping.starting_position_timestamp). */
    starting_position_timestamp: zod_1.z.iso.datetime({ offset: true }).optional(),
});
exports.MonitoringSchema = zod_1.z.strictObject({
    /** Alarms on functions, API, tables and queues (seed "Monitoreo"). */
    alarms_enabled: zod_1.z.boolean().default(true),
    /** E-mail addresses subscribed to the alarm topic. */
    alarm_email_addresses: zod_1.z.array(zod_1.z.string().email()).optional(),
    /** Monthly cost budget in USD (AWS::Budgets::Budget), notifying the alarm topic. */
    budget_limit_usd: zod_1.z.number().positive().optional(),
    /** Default log retention for every log group the stack creates. */
    log_retention_in_days: zod_1.z.number().int().optional(),
});
/**
 * CloudFormation options of the stack itself (not of any resource in it). Every field is
 * optional: the defaults depend on the stage's kind and are decided in one place,
 * src/deploy/stack-defaults.ts (prod-like, other long-lived, ephemeral).
 */
exports.StackSchema = zod_1.z.strictObject({
    /** UpdateTerminationProtection: DeleteStack fails until it is turned off. */
    termination_protection: zod_1.z.boolean().optional(),
    /** RollbackConfiguration.MonitoringTimeInMinutes: how long alarms may still roll back. */
    rollback_monitoring_minutes: int(0, 180).optional(),
    /** NotificationARNs: SNS topics that receive the stack's events (CloudFormation allows 5). */
    notification_arns: zod_1.z
        .array(zod_1.z
        .string()
        .regex(/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/, 'expected an SNS topic ARN like "arn:aws:sns:us-east-1:123456789012:stack-events"'))
        .max(5)
        .optional(),
    /** RoleARN: the CloudFormation service role the stack's operations run as. */
    role_arn: zod_1.z
        .string()
        .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/, 'expected an IAM role ARN like "arn:aws:iam::123456789012:role/cloudformation-exec"')
        .optional(),
    /** A stack policy denying Update:Replace and Update:Delete on the stateful resources. */
    protect_stateful: zod_1.z.boolean().optional(),
});
const usageLambda = zod_1.z.strictObject({
    monthly_requests: zod_1.z.number().min(0).optional(),
    request_duration_ms: zod_1.z.number().min(0).optional(),
});
const usageRequests = zod_1.z.strictObject({ monthly_requests: zod_1.z.number().min(0).optional() });
exports.UsageSchema = zod_1.z.strictObject({
    lambda: zod_1.z.record(zod_1.z.string(), usageLambda).optional(),
    api_gateway: zod_1.z
        .strictObject({
        monthly_requests: zod_1.z.number().min(0).optional(),
        monthly_messages: zod_1.z.number().min(0).optional(),
        monthly_connection_mins: zod_1.z.number().min(0).optional(),
    })
        .optional(),
    dynamodb: zod_1.z
        .record(zod_1.z.string(), zod_1.z.strictObject({
        monthly_read_request_units: zod_1.z.number().min(0).optional(),
        monthly_write_request_units: zod_1.z.number().min(0).optional(),
        storage_gb: zod_1.z.number().min(0).optional(),
        monthly_streams_read_request_units: zod_1.z.number().min(0).optional(),
    }))
        .optional(),
    sqs: zod_1.z.record(zod_1.z.string(), usageRequests).optional(),
    sns: zod_1.z.record(zod_1.z.string(), usageRequests).optional(),
    eventbridge: zod_1.z
        .record(zod_1.z.string(), zod_1.z.strictObject({ monthly_custom_events: zod_1.z.number().min(0).optional() }))
        .optional(),
    s3: zod_1.z
        .record(zod_1.z.string(), zod_1.z.strictObject({
        storage_gb: zod_1.z.number().min(0).optional(),
        monthly_requests: zod_1.z.number().min(0).optional(),
    }))
        .optional(),
    cloudwatch: zod_1.z
        .strictObject({
        monthly_log_ingestion_gb: zod_1.z.number().min(0).optional(),
        log_storage_gb: zod_1.z.number().min(0).optional(),
    })
        .optional(),
});
exports.SuppressionSchema = zod_1.z.strictObject({
    /** Finding rule id, e.g. SA-SECRET-ENV or AwsSolutions-IAM4. */
    rule: zod_1.z.string().min(1),
    /** Config key or logical id the suppression applies to; "*" for every resource. */
    resource: zod_1.z.string().min(1),
    reason: zod_1.z.string().trim().min(1, 'a suppression needs a reason'),
});
const NAME_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const NAME_MESSAGE = 'use lowercase letters, digits and "-" (it becomes part of AWS resource names)';
/** `environments` keys: a stage name, or a glob over stage names (environment-patterns.ts). */
const ENVIRONMENT_KEY_PATTERN = /^[a-z0-9*?]([a-z0-9*?-]*[a-z0-9*?])?$/;
/** Everything but `environments`: what one environment's merged config must satisfy. */
exports.ResolvedConfigSchema = zod_1.z.strictObject({
    project_name: zod_1.z.string().min(1).max(40).regex(NAME_PATTERN, NAME_MESSAGE),
    environment: zod_1.z.string().min(1).max(24).regex(NAME_PATTERN, NAME_MESSAGE).default('dev'),
    lambda_config: zod_1.z.record(resourceKey, exports.LambdaFunctionSchema).default({}),
    api_gateway_config: exports.ApiGatewaySchema.nullish(),
    dynamodb_config: zod_1.z.record(resourceKey, exports.DynamoDbTableSchema).default({}),
    event_source_config: zod_1.z.record(resourceKey, exports.EventSourceSchema).default({}),
    /**
     * What happens to tables, log groups, queues and buckets when the stack deletes them.
     * Default RETAIN; preview stages (pr-*) get DESTROY unless an environments key sets it.
     */
    removal_policy: zod_1.z.enum(['RETAIN', 'DESTROY']).optional(),
    tags: zod_1.z.record(zod_1.z.string().min(1).max(128), envValue).default({}),
    usage: exports.UsageSchema.optional(),
    suppressions: zod_1.z.array(exports.SuppressionSchema).default([]),
    monitoring: exports.MonitoringSchema.optional(),
    iam: zod_1.z
        .strictObject({
        /** Managed policy ARN set as the permissions boundary of every role the stack creates. */
        permissions_boundary: managedPolicyArn.optional(),
    })
        .optional(),
    stack: exports.StackSchema.optional(),
});
/**
 * The file as written: the resolved shape plus `environments`, a map of environment name to
 * a partial config deep-merged over the base (maps merge, lists replace). Overrides are
 * checked after the merge, against ResolvedConfigSchema, so their errors point at the
 * override's own lines.
 */
exports.ServerlessConfigSchema = exports.ResolvedConfigSchema.extend({
    environments: zod_1.z
        .record(zod_1.z
        .string()
        .regex(ENVIRONMENT_KEY_PATTERN, 'an environment name, or a pattern with "*" and "?" such as pr-*'), zod_1.z
        .looseObject({})
        .describe('A partial config deep-merged over the base for this environment; a pattern key (pr-*) applies to every matching stage, least specific first, the exact name last.'))
        .optional(),
});


/***/ }),

/***/ 21947:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRoute = exports.RESERVED_ENVIRONMENT_NAMES = exports.declaredKeysOf = void 0;
exports.checkSemantics = checkSemantics;
// Checks that need more than one field at a time, over the schema-checked config. Pure:
// no file system, no clock (today is passed in), so each rule is tested with plain objects.
// One file per part of the config under checks/.
const api_1 = __webpack_require__(12542);
const deployment_1 = __webpack_require__(71591);
const event_sources_1 = __webpack_require__(96969);
const functions_1 = __webpack_require__(22903);
const stack_size_1 = __webpack_require__(64046);
const permissions_1 = __webpack_require__(6282);
const placeholders_1 = __webpack_require__(60322);
const tables_1 = __webpack_require__(67749);
const tags_1 = __webpack_require__(70785);
const usage_1 = __webpack_require__(79065);
var context_1 = __webpack_require__(67789);
Object.defineProperty(exports, "declaredKeysOf", ({ enumerable: true, get: function () { return context_1.declaredKeysOf; } }));
var functions_2 = __webpack_require__(22903);
Object.defineProperty(exports, "RESERVED_ENVIRONMENT_NAMES", ({ enumerable: true, get: function () { return functions_2.RESERVED_ENVIRONMENT_NAMES; } }));
var api_2 = __webpack_require__(12542);
Object.defineProperty(exports, "parseRoute", ({ enumerable: true, get: function () { return api_2.parseRoute; } }));
function checkSemantics(context) {
    return [
        ...(0, functions_1.checkFunctions)(context),
        ...(0, deployment_1.checkDeploymentPreferences)(context),
        ...(0, permissions_1.checkPermissions)(context),
        ...(0, api_1.checkApi)(context),
        ...(0, tables_1.checkTables)(context),
        ...(0, event_sources_1.checkEventSources)(context),
        ...(0, tags_1.checkTags)(context),
        ...(0, usage_1.checkUsage)(context),
        ...(0, stack_size_1.checkStackSize)(context),
        ...(0, placeholders_1.checkPlaceholders)(context),
    ];
}


/***/ }),

/***/ 42784:
/***/ ((__unused_webpack_module, exports) => {


// "Did you mean" for unknown keys, runtimes, references: the closest known name by edit
// distance, offered only when it is close enough to be a plausible typo.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.editDistance = editDistance;
exports.closestMatch = closestMatch;
exports.didYouMean = didYouMean;
/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
 * letters as 1 each (optimal string alignment), case-insensitive: "tiemout" is 1 from
 * "timeout", as a person would count the typo.
 */
function editDistance(a, b) {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    const rows = [Array.from({ length: right.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= left.length; i++) {
        const row = [i];
        for (let j = 1; j <= right.length; j++) {
            const cost = left[i - 1] === right[j - 1] ? 0 : 1;
            const above = rows[i - 1] ?? [];
            let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
                best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
            }
            row.push(best);
        }
        rows.push(row);
    }
    return rows[left.length]?.[right.length] ?? 0;
}
/**
 * The known name closest to `input`, or undefined when none is plausibly meant: one edit per
 * three letters (at least one) may differ, so "tiemout" finds "timeout" but "pk" does not
 * find "id"; a known name that starts with the input ("nodejs22" for "nodejs22.x") counts as
 * one edit.
 */
function closestMatch(input, known) {
    let best;
    let bestDistance = Infinity;
    const lowered = input.toLowerCase();
    for (const candidate of known) {
        if (candidate === input)
            continue;
        const candidateLower = candidate.toLowerCase();
        // A prefix ("memory" for "memory_size") or a different case is a strong hint on its own.
        const distance = candidateLower === lowered
            ? 0
            : lowered.length >= 3 && candidateLower.startsWith(lowered)
                ? 1
                : editDistance(input, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.max(1, Math.floor(input.length / 3));
    return best !== undefined && bestDistance <= allowed ? best : undefined;
}
/** `; did you mean "x"?` or '' — appended to messages about unknown names. */
function didYouMean(input, known) {
    const match = closestMatch(input, known);
    return match === undefined ? '' : `; did you mean "${match}"?`;
}


/***/ }),

/***/ 71697:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PATH_GROUPS = exports.FUNCTION_GROUPS = void 0;
exports.functionGroupOf = functionGroupOf;
exports.pathGroupOf = pathGroupOf;
// Which nested stack a function (or a REST API path) goes in when a stack is split (nesting.ts): pure, without
// aws-cdk-lib, so that validation can count each group before anything is built.
const node_crypto_1 = __webpack_require__(77598);
/** How many nested stacks functions are spread over. 64 keeps 1,000 functions at about 16
 * per group (about 180 resources), far from 500 even for the fullest group. */
exports.FUNCTION_GROUPS = 64;
/** The construct id (and logical id prefix) of a function's nested stack: `Functions00`-`Functions63`. */
function functionGroupOf(functionKey) {
    return `Functions${bucketOf(functionKey, exports.FUNCTION_GROUPS)}`;
}
/** How many nested stacks a REST API's path resources are spread over. */
exports.PATH_GROUPS = 16;
/**
 * The nested stack of a REST API path's resource: `Paths00`-`Paths15`, by the path's first
 * segment, so a whole subtree shares one stack (a child needs its parent's id) and a path
 * never moves whichever functions serve it (API Gateway allows one resource per path: a
 * moved one would collide with itself, as a moved function does).
 */
function pathGroupOf(path) {
    return `Paths${bucketOf(path.split('/').find((part) => part !== '') ?? '', exports.PATH_GROUPS)}`;
}
function bucketOf(key, buckets) {
    const bucket = (0, node_crypto_1.createHash)('sha256').update(key).digest().readUInt32BE(0) % buckets;
    return String(bucket).padStart(2, '0');
}


/***/ })

};
;