"use strict";
exports.id = 342;
exports.ids = [342];
exports.modules = {

/***/ 74483:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planCommand = void 0;
// `serverless-action plan`: synthesize, create and describe a change set (not executed),
// and review cost and security. JSON: {"stackName","hasChanges","changes","cost","findings",
// "result"}. `--out DIR` writes the plan directory `deploy --plan DIR` executes.
const node_path_1 = __webpack_require__(76760);
const planCommand = async (context) => {
    const { asUserError, clientsForCommand, depsForCommand, synthesizeForCommand, formatChanges, changeJson, failureJson, stackSettingsFor, } = await Promise.resolve().then(() => __importStar(__webpack_require__(82463)));
    const { runPlan } = await Promise.resolve().then(() => __importStar(__webpack_require__(73216)));
    const { formatDriftText } = await Promise.resolve().then(() => __importStar(__webpack_require__(12024)));
    const { review } = await Promise.resolve().then(() => __importStar(__webpack_require__(90732)));
    const { headCommit } = await Promise.resolve().then(() => __importStar(__webpack_require__(16274)));
    let stackName;
    try {
        const { stack, cleanup } = await synthesizeForCommand(context);
        stackName = stack.stackName;
        const clients = clientsForCommand(context);
        try {
            const deps = depsForCommand(context, clients);
            const commit = await headCommit(context.cwd, context.env);
            // Review needs no AWS: it runs while CloudFormation computes the change set.
            const [plan, reviewed] = await Promise.all([
                runPlan(stack, deps, {
                    stackSettings: stackSettingsFor(stack.loaded),
                    ...(context.options.detectDrift === true && { detectDrift: true }),
                    ...(commit !== undefined && { commit }),
                }),
                review(stack, { region: clients.region }),
            ]);
            const result = { ...plan.result, cost: reviewed.cost, findings: reviewed.findings };
            const { planOut } = context.options;
            if (planOut !== undefined) {
                const { savePlan } = await Promise.resolve().then(() => __importStar(__webpack_require__(10620)));
                const { COMMENT_LIMIT, renderFitted } = await Promise.resolve().then(() => __importStar(__webpack_require__(46340)));
                const comment = renderFitted({
                    command: 'plan',
                    outcome: { kind: 'plan', plan: result },
                    updatedAt: deps.clock.now(),
                    stackName: stack.stackName,
                    environment: stack.loaded.environment,
                    ...(commit !== undefined && { sha: commit }),
                }, COMMENT_LIMIT, { allowReplacement: context.options.allowReplacement });
                await savePlan({
                    dir: (0, node_path_1.resolve)(context.cwd, planOut),
                    environment: stack.loaded.environment,
                    outcome: plan,
                    result,
                    review: reviewed,
                    comment,
                    stackSettings: stackSettingsFor(stack.loaded),
                    ...(commit !== undefined && { commit }),
                }, deps);
            }
            if (context.options.format === 'json') {
                context.print(JSON.stringify({
                    stackName: result.stackName,
                    hasChanges: result.hasChanges,
                    changes: result.changes.map(changeJson),
                    cost: reviewed.cost,
                    findings: reviewed.findings,
                    ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
                    result: result.hasChanges ? 'planned' : 'no-op',
                    ...(planOut !== undefined && { planDir: planOut }),
                    ...(result.drift !== undefined && { drift: result.drift }),
                }));
            }
            else {
                const { formatCostText, formatFindingsText } = await Promise.resolve().then(() => __importStar(__webpack_require__(71817)));
                context.print([
                    `${result.stackName}: ${result.hasChanges ? `${result.changes.length} change(s)` : 'no changes'}` +
                        (result.changeSetType ? ` (${result.changeSetType} change set)` : ''),
                    formatChanges(result.changes),
                    ...(result.drift !== undefined ? ['', formatDriftText(result.drift)] : []),
                    '',
                    formatCostText(reviewed.cost),
                    '',
                    formatFindingsText(reviewed.findings),
                    ...(planOut !== undefined ? ['', `plan written to ${planOut}`] : []),
                ].join('\n'));
            }
            return 0;
        }
        finally {
            clients.destroy();
            await cleanup();
        }
    }
    catch (error) {
        const userError = asUserError(error);
        if (context.options.format === 'json')
            context.print(failureJson(stackName, userError));
        throw userError;
    }
};
exports.planCommand = planCommand;


/***/ }),

/***/ 82463:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatChanges = void 0;
exports.synthesizeForCommand = synthesizeForCommand;
exports.loadForCommand = loadForCommand;
exports.keepsAssembly = keepsAssembly;
exports.synthesizeLoaded = synthesizeLoaded;
exports.clientsForCommand = clientsForCommand;
exports.stackSettingsFor = stackSettingsFor;
exports.depsForCommand = depsForCommand;
exports.formatOutputs = formatOutputs;
exports.changeJson = changeJson;
exports.asUserError = asUserError;
exports.failureJson = failureJson;
// What plan, deploy and destroy share on the command line: config -> synthesized stack in a
// scratch directory, SDK clients for the region/endpoint, and the text renderings.
const promises_1 = __webpack_require__(51455);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const clients_1 = __webpack_require__(40201);
const config_1 = __webpack_require__(89750);
const errors_1 = __webpack_require__(83916);
const outcome_1 = __webpack_require__(84535);
const stack_name_1 = __webpack_require__(91455);
const stack_defaults_1 = __webpack_require__(71182);
const placeholders_1 = __webpack_require__(60322);
const io_1 = __webpack_require__(55027);
var format_1 = __webpack_require__(14896);
Object.defineProperty(exports, "formatChanges", ({ enumerable: true, get: function () { return format_1.formatChanges; } }));
/** Loads the config and synthesizes it; `cleanup` removes the scratch assembly. */
async function synthesizeForCommand(context) {
    return synthesizeLoaded(context, await loadForCommand(context));
}
/** The config of `--config` for `--environment`, its warnings printed. */
async function loadForCommand(context) {
    const { options, logger, cwd } = context;
    const loaded = await (0, config_1.loadConfig)(options.config, {
        cwd,
        ...(options.environment !== undefined && { environment: options.environment }),
    });
    loaded.warnings.forEach((warning) => logger.info((0, errors_1.formatDiagnostic)(warning)));
    // plan and deploy (this function's callers) talk to AWS: placeholders stop here.
    (0, placeholders_1.refusePlaceholders)(loaded.warnings, options.allowPlaceholders ?? false);
    return loaded;
}
/** `--out` keeps the assembly (for `cdk deploy --app` or inspection); else a scratch dir. */
function keepsAssembly(context) {
    return context.options.out !== 'cdk.out';
}
async function synthesizeLoaded(context, loaded, bundler) {
    const { options, logger, cwd } = context;
    const { synthesize } = await loadSynth();
    const keep = keepsAssembly(context);
    const outDir = keep
        ? (0, node_path_1.resolve)(cwd, options.out)
        : await (0, promises_1.mkdtemp)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'serverless-action-'));
    const stack = await synthesize(loaded, {
        outDir,
        ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
        ...(bundler !== undefined && { bundler }),
    });
    (stack.warnings ?? []).forEach((warning) => logger.warn(warning));
    return {
        stack,
        cleanup: async () => {
            if (!keep)
                await (0, promises_1.rm)(outDir, { recursive: true, force: true });
        },
    };
}
/**
 * synth/ and aws-cdk-lib, as a split point of their own in the bundle: the deploy verb's
 * chunk stays small, and the inputs fast path answers without parsing aws-cdk-lib at all.
 * (webpack recognizes only this literal form; outside a bundle the plain import() runs.)
 */
function loadSynth() {
    if (false)
        {}
    return new Promise((resolve, reject) => {
        Promise.all(/* require.ensure | synth */[__webpack_require__.e(270), __webpack_require__.e(903), __webpack_require__.e(433), __webpack_require__.e(229), __webpack_require__.e(790), __webpack_require__.e(707)]).then((() => resolve(__webpack_require__(30790))).bind(null, __webpack_require__))['catch'](reject);
    });
}
/** Clients for `--region` / `--endpoint-url` (or their environment variables), default credentials. */
function clientsForCommand(context) {
    const endpoint = (0, clients_1.resolveEndpoint)(context.options.endpointUrl, context.env);
    return (0, clients_1.createAwsClients)({
        region: (0, clients_1.resolveRegion)(context.options.region, context.env),
        ...(endpoint !== undefined && { endpoint }),
    });
}
/** The stage's stack options: its `stack:` block over the defaults of its kind. */
function stackSettingsFor(loaded) {
    return (0, stack_defaults_1.resolveStackSettings)(loaded.environment, loaded.config.stack, loaded.composition?.ephemeral);
}
function depsForCommand(context, clients) {
    return { clients, clock: io_1.systemClock, logger: context.logger };
}
function formatOutputs(outputs) {
    return Object.entries(outputs)
        .map(([key, value]) => `  ${key} = ${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .join('\n');
}
/** The SPEC's change shape: exactly these five fields. */
function changeJson(c) {
    return {
        logicalId: c.logicalId,
        type: c.type,
        action: c.action,
        replacement: c.replacement,
        risk: c.risk,
        ...(c.resource !== undefined && { resource: c.resource }),
        ...(c.reason !== undefined && { reason: c.reason }),
    };
}
/**
 * An AWS service or credentials error reaching the command is the user's to act on, not an
 * internal error: it becomes a ServerlessActionError naming the service's own error code.
 */
function asUserError(error) {
    if (error instanceof errors_1.ServerlessActionError || !(error instanceof Error))
        return error;
    const fromAws = '$metadata' in error || error.name === 'CredentialsProviderError';
    if (!fromAws)
        return error;
    const credentials = /Credential|ExpiredToken|InvalidClientTokenId|SignatureDoesNotMatch|AccessDenied|UnrecognizedClient/.test(error.name);
    const known = (0, outcome_1.knownPlan)(error);
    const wrapped = new errors_1.ServerlessActionError(`AWS error ${error.name}: ${error.message}`, 'AWS_ERROR', credentials
        ? 'check the AWS credentials and the role permissions (AWS_PROFILE, AWS_ACCESS_KEY_ID, or the action role)'
        : 'the message above is AWS’s own; run with --verbose for progress detail');
    return known !== undefined ? (0, outcome_1.withKnownPlan)(wrapped, known) : wrapped;
}
/**
 * `--format json` on a refused or failed plan/deploy: the same object as on success, as far
 * as it is known, with `result` and `error`, so a script reads one shape on every path.
 */
function failureJson(stackName, error) {
    const known = (0, outcome_1.knownPlan)(error);
    const cause = error instanceof errors_1.ServerlessActionError ? error : undefined;
    const names = error instanceof errors_1.ConfigError ? error.names : {};
    const name = stackName ??
        known?.stackName ??
        (names.projectName !== undefined && names.environment !== undefined
            ? (0, stack_name_1.stackNameFor)(names.projectName, names.environment)
            : undefined);
    return JSON.stringify({
        ...(name !== undefined && { stackName: name }),
        hasChanges: known?.hasChanges ?? false,
        ...(known !== undefined && { changes: known.changes.map(changeJson) }),
        ...(known?.changeSetId !== undefined && { changeSetId: known.changeSetId }),
        ...(known?.cost !== undefined && { cost: known.cost }),
        ...(known?.findings !== undefined && { findings: known.findings }),
        result: (0, outcome_1.failureResult)(error),
        error: {
            message: (0, errors_1.errorMessage)(error),
            ...(cause !== undefined && { code: cause.code }),
            ...(cause?.hint !== undefined && { hint: cause.hint }),
        },
    });
}


/***/ }),

/***/ 3545:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EMPTY_SEED_OUTPUTS = void 0;
exports.outputsFromStack = outputsFromStack;
exports.locationFromStackId = locationFromStackId;
exports.outputsFromResources = outputsFromResources;
exports.outputsFromParts = outputsFromParts;
/** What a stack without functions, API or tables outputs; also the starting point of every resolve. */
exports.EMPTY_SEED_OUTPUTS = {
    lambda_function_names: {},
    lambda_function_arns: {},
    lambda_alias_arns: {},
    api_gateway_id: '',
    api_gateway_endpoint: '',
    dynamodb_table_names: {},
    dynamodb_table_arns: {},
};
const OUTPUT_KEYS = {
    LambdaFunctionNames: 'lambda_function_names',
    LambdaFunctionArns: 'lambda_function_arns',
    LambdaAliasArns: 'lambda_alias_arns',
    DynamodbTableNames: 'dynamodb_table_names',
    DynamodbTableArns: 'dynamodb_table_arns',
};
/** From CFN Outputs; undefined when the stack has none of ours (then resolve from resources). */
function outputsFromStack(outputs) {
    const byKey = new Map((outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
    const hasAny = Object.keys(OUTPUT_KEYS).some((k) => byKey.has(k));
    if (!hasAny)
        return undefined;
    const result = { ...exports.EMPTY_SEED_OUTPUTS };
    for (const [cfnKey, seedKey] of Object.entries(OUTPUT_KEYS)) {
        const raw = byKey.get(cfnKey);
        if (raw !== undefined)
            result[seedKey] = parseStringMap(raw);
    }
    result['api_gateway_id'] = byKey.get('ApiGatewayId') ?? '';
    result['api_gateway_endpoint'] = byKey.get('ApiGatewayEndpoint') ?? '';
    return result;
}
function parseStringMap(raw) {
    try {
        const parsed = JSON.parse(raw);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
            return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
        }
    }
    catch {
        // Not JSON: fall through to an empty map rather than failing the deploy at the end.
    }
    return {};
}
/** `arn:aws:cloudformation:us-east-1:123456789012:stack/name/guid` -> its partition/region/account. */
function locationFromStackId(stackId) {
    const parts = stackId.split(':');
    if (parts.length < 6 || parts[0] !== 'arn')
        return undefined;
    return { partition: parts[1], region: parts[3], account: parts[4] };
}
function outputsFromResources(template, origins, resources, where) {
    const physical = new Map(resources.map((r) => [r.LogicalResourceId, r.PhysicalResourceId]));
    const names = {};
    const arns = {};
    const aliasArns = {};
    const tables = {};
    const tableArns = {};
    let apiId = '';
    let apiEndpoint = '';
    const arnPrefix = (service) => `arn:${where.partition}:${service}:${where.region}:${where.account}`;
    const sortedIds = Object.keys(origins).sort();
    for (const logicalId of sortedIds) {
        const origin = origins[logicalId];
        const resource = template.Resources[logicalId];
        const id = physical.get(logicalId);
        if (id === undefined || resource === undefined)
            continue;
        if (resource.Type === 'AWS::Lambda::Function') {
            names[origin.key] = id;
            arns[origin.key] = `${arnPrefix('lambda')}:function:${id}`;
        }
        else if (resource.Type === 'AWS::Lambda::Alias') {
            // Ref of an alias (its physical id) is its ARN.
            aliasArns[origin.key] = id.startsWith('arn:') ? id : `${arnPrefix('lambda')}:function:${id}`;
        }
        else if (resource.Type === 'AWS::DynamoDB::Table') {
            tables[origin.key] = id;
            tableArns[origin.key] = `${arnPrefix('dynamodb')}:table/${id}`;
        }
        else if (resource.Type === 'AWS::ApiGatewayV2::Api') {
            apiId = id;
            const websocket = resource.Properties?.['ProtocolType'] === 'WEBSOCKET';
            const stage = stageName(template, logicalId, 'AWS::ApiGatewayV2::Stage', 'ApiId');
            const suffix = stage === undefined || stage === '$default' ? '' : `/${stage}`;
            apiEndpoint = `${websocket ? 'wss' : 'https'}://${id}.execute-api.${where.region}.amazonaws.com${suffix}`;
        }
        else if (resource.Type === 'AWS::ApiGateway::RestApi') {
            apiId = id;
            const stage = stageName(template, logicalId, 'AWS::ApiGateway::Stage', 'RestApiId');
            apiEndpoint = `https://${id}.execute-api.${where.region}.amazonaws.com${stage === undefined ? '' : `/${stage}`}`;
        }
    }
    return {
        lambda_function_names: names,
        lambda_function_arns: arns,
        lambda_alias_arns: aliasArns,
        api_gateway_id: apiId,
        api_gateway_endpoint: apiEndpoint,
        dynamodb_table_names: tables,
        dynamodb_table_arns: tableArns,
    };
}
/** The StageName of the stage that points at this API (`$default` for HTTP APIs' auto stage). */
function stageName(template, apiLogicalId, stageType, apiProperty) {
    for (const resource of Object.values(template.Resources)) {
        if (resource.Type !== stageType)
            continue;
        const apiRef = resource.Properties?.[apiProperty];
        const name = resource.Properties?.['StageName'];
        if (apiRef?.Ref === apiLogicalId && typeof name === 'string')
            return name;
    }
    return undefined;
}
/** outputsFromResources over every stack of the tree, merged (the API is in one of them). */
function outputsFromParts(parts, where) {
    return parts
        .map((p) => outputsFromResources(p.template, p.origins, p.resources, where))
        .reduce((all, one) => ({
        lambda_function_names: { ...all.lambda_function_names, ...one.lambda_function_names },
        lambda_function_arns: { ...all.lambda_function_arns, ...one.lambda_function_arns },
        lambda_alias_arns: { ...all.lambda_alias_arns, ...one.lambda_alias_arns },
        api_gateway_id: all.api_gateway_id || one.api_gateway_id,
        api_gateway_endpoint: all.api_gateway_endpoint || one.api_gateway_endpoint,
        dynamodb_table_names: { ...all.dynamodb_table_names, ...one.dynamodb_table_names },
        dynamodb_table_arns: { ...all.dynamodb_table_arns, ...one.dynamodb_table_arns },
    }), exports.EMPTY_SEED_OUTPUTS);
}


/***/ }),

/***/ 61138:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PlanNotExecutableError = exports.PLAN_VERSION = exports.PLAN_FILE = void 0;
exports.sha256 = sha256;
exports.plannedAgainst = plannedAgainst;
exports.writePlanDir = writePlanDir;
exports.readPlanDir = readPlanDir;
// The plan directory: everything `deploy --plan` needs to execute exactly what was reviewed,
// without synthesizing again. `plan --out DIR` and the action's plan write it; a workflow
// uploads it as an artifact between the plan job and the (approved) deploy job.
//
//   plan.json       what was planned, against what, and the hashes of everything below
//   template.json   the template the change set was created from (byte for byte)
//   assets/ID.zip   every function's code, as it will be uploaded
//   assets/ID.json  each nested stack's template (a stack past 500 resources), likewise
//   review.json     the cost estimate and security findings
//   comment.md      the rendered report, as the pull request comment shows it
const node_crypto_1 = __webpack_require__(77598);
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const zip_1 = __webpack_require__(48566);
const errors_1 = __webpack_require__(83916);
const digest_1 = __webpack_require__(33683);
const outcome_1 = __webpack_require__(84535);
exports.PLAN_FILE = 'plan.json';
exports.PLAN_VERSION = 1;
const TEMPLATE_FILE = 'template.json';
function sha256(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}
function plannedAgainst(stack) {
    if (stack === undefined)
        return null;
    const digest = (0, digest_1.digestFromDescription)(stack.Description);
    const when = stack.LastUpdatedTime ?? stack.CreationTime;
    return {
        ...(stack.StackId !== undefined && { stackId: stack.StackId }),
        ...(stack.StackStatus !== undefined && { status: stack.StackStatus }),
        ...(digest !== undefined && { digest }),
        ...(when !== undefined && { lastUpdated: when.toISOString() }),
    };
}
/** Writes the plan directory (its earlier contents replaced); plan.json last. */
async function writePlanDir(dir, contents) {
    await (0, promises_1.rm)(dir, { recursive: true, force: true });
    await (0, promises_1.mkdir)((0, node_path_1.join)(dir, 'assets'), { recursive: true });
    const { inputs, result } = contents;
    await (0, promises_1.writeFile)((0, node_path_1.join)(dir, TEMPLATE_FILE), inputs.body);
    const assets = [];
    const files = [
        ...inputs.code.map((asset) => ({ asset, nestedStack: undefined })),
        ...inputs.nested.map((n) => ({ asset: n.asset, nestedStack: n.logicalId })),
    ];
    for (const { asset, nestedStack } of files) {
        const bytes = asset.packaging === 'zip'
            ? await (0, zip_1.zipDirectory)(asset.sourcePath)
            : await (0, promises_1.readFile)(asset.sourcePath);
        const file = `assets/${asset.id}${asset.packaging === 'zip' ? '.zip' : nestedStack !== undefined ? '.json' : ''}`;
        await (0, promises_1.writeFile)((0, node_path_1.join)(dir, file), bytes);
        assets.push({
            id: asset.id,
            file,
            sha256: sha256(bytes),
            bucketName: asset.bucketName,
            objectKey: asset.objectKey,
            ...(nestedStack !== undefined && { nestedStack }),
        });
    }
    await (0, promises_1.writeFile)((0, node_path_1.join)(dir, 'review.json'), JSON.stringify(contents.review, null, 2) + '\n');
    await (0, promises_1.writeFile)((0, node_path_1.join)(dir, 'comment.md'), contents.comment);
    const plan = {
        version: exports.PLAN_VERSION,
        stackName: contents.stackName,
        environment: contents.environment,
        region: contents.region,
        account: contents.account,
        hasChanges: result.hasChanges,
        ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
        ...(result.changeSetType !== undefined && { changeSetType: result.changeSetType }),
        changes: result.changes,
        template: { file: TEMPLATE_FILE, sha256: sha256(inputs.body) },
        digest: inputs.digest,
        assets,
        plannedAgainst: plannedAgainst(contents.stackAfterPlan),
        ...(contents.commit !== undefined && { commit: contents.commit }),
        ...(contents.stackSettings !== undefined && { stackSettings: contents.stackSettings }),
        createdAt: contents.createdAt.toISOString(),
    };
    await (0, promises_1.writeFile)((0, node_path_1.join)(dir, exports.PLAN_FILE), JSON.stringify(plan, null, 2) + '\n');
    return plan;
}
/** A plan that cannot be executed as it is: nothing is executed, and the reasons say why. */
class PlanNotExecutableError extends errors_1.ServerlessActionError {
    dir;
    reasons;
    constructor(dir, reasons) {
        super(`refusing to execute the plan in ${dir}: it is no longer what was reviewed:\n` +
            reasons.map((r) => `  - ${r}`).join('\n'), 'PLAN_NOT_EXECUTABLE', 'run plan again, have the new plan reviewed, and deploy that one');
        this.dir = dir;
        this.reasons = reasons;
    }
}
exports.PlanNotExecutableError = PlanNotExecutableError;
/** Reads a plan directory and checks every file against its hash; refuses on any mismatch. */
async function readPlanDir(dir) {
    const root = (0, node_path_1.resolve)(dir);
    let plan;
    try {
        plan = JSON.parse(await (0, promises_1.readFile)((0, node_path_1.join)(root, exports.PLAN_FILE), 'utf8'));
    }
    catch (error) {
        throw new PlanNotExecutableError(dir, [`cannot read ${exports.PLAN_FILE}: ${(0, errors_1.errorMessage)(error)}`]);
    }
    const version = plan.version;
    if (version !== exports.PLAN_VERSION) {
        throw new PlanNotExecutableError(dir, [
            `${exports.PLAN_FILE} has version ${JSON.stringify(version)}; this tool reads version ${String(exports.PLAN_VERSION)}`,
        ]);
    }
    const problems = [];
    const read = async (file, expected) => {
        const path = (0, node_path_1.resolve)(root, file);
        if (!path.startsWith(root + '/')) {
            problems.push(`${file} is outside the plan directory`);
            return undefined;
        }
        try {
            const bytes = await (0, promises_1.readFile)(path);
            if (sha256(bytes) !== expected) {
                problems.push(`${file} does not match its sha256 in ${exports.PLAN_FILE} (changed since the plan)`);
            }
            return bytes;
        }
        catch {
            problems.push(`${file} is missing`);
            return undefined;
        }
    };
    const template = await read(plan.template.file, plan.template.sha256);
    const assets = [];
    const nested = [];
    for (const asset of plan.assets) {
        const bytes = await read(asset.file, asset.sha256);
        if (asset.nestedStack !== undefined && bytes !== undefined) {
            const template = parseTemplate(bytes);
            if (template === undefined)
                problems.push(`${asset.file} is not a template`);
            else {
                nested.push({
                    logicalId: asset.nestedStack,
                    templateFile: (0, node_path_1.resolve)(root, asset.file),
                    template,
                });
            }
        }
        assets.push({
            id: asset.id,
            sourcePath: (0, node_path_1.resolve)(root, asset.file),
            packaging: 'file',
            bucketName: asset.bucketName,
            objectKey: asset.objectKey,
            isTemplate: false,
        });
    }
    if (problems.length > 0) {
        throw (0, outcome_1.withKnownPlan)(new PlanNotExecutableError(dir, problems), {
            stackName: plan.stackName,
            hasChanges: plan.hasChanges,
            changes: plan.changes,
            ...(plan.changeSetId !== undefined && { changeSetId: plan.changeSetId }),
        });
    }
    let review;
    try {
        review = JSON.parse(await (0, promises_1.readFile)((0, node_path_1.join)(root, 'review.json'), 'utf8'));
    }
    catch {
        review = undefined; // the review is for the report; its absence does not stop a deploy
    }
    return {
        dir: root,
        plan,
        templateBody: template.toString('utf8'),
        assets,
        nested,
        ...(review !== undefined && { review }),
    };
}
function parseTemplate(bytes) {
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        return parsed !== null && typeof parsed.Resources === 'object'
            ? parsed
            : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 10620:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.savePlan = savePlan;
const cfn_1 = __webpack_require__(44610);
const context_1 = __webpack_require__(69116);
const plan_dir_1 = __webpack_require__(61138);
async function savePlan(request, deps) {
    const { outcome } = request;
    if (outcome.inputs === undefined)
        throw new Error('savePlan needs the plan outcome of runPlan');
    const env = await (0, context_1.callerEnvironment)(deps);
    // A change set just made a CREATE plan's stack (REVIEW_IN_PROGRESS): that is the state to
    // find again at deploy time. Without a change set the stack read before planning stands.
    const stackAfterPlan = outcome.noop
        ? outcome.current
        : await (0, cfn_1.describeStack)(deps.clients.cloudFormation, outcome.stackId ?? request.result.stackName);
    const plan = await (0, plan_dir_1.writePlanDir)(request.dir, {
        stackName: request.result.stackName,
        environment: request.environment,
        region: deps.clients.region,
        account: env.account,
        inputs: outcome.inputs,
        result: request.result,
        stackAfterPlan,
        review: request.review,
        comment: request.comment,
        createdAt: deps.clock.now(),
        ...(request.commit !== undefined && { commit: request.commit }),
        ...(request.stackSettings !== undefined && { stackSettings: request.stackSettings }),
    });
    deps.logger.info(`wrote the plan of ${plan.stackName} to ${request.dir}`);
    return plan;
}


/***/ }),

/***/ 71182:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STAGE_DEFAULTS = void 0;
exports.resolveStackSettings = resolveStackSettings;
// The stack options of one stage: the config's `stack:` block over the defaults of the
// stage's kind. This is the one place those defaults are decided. Pure.
//
// | stage kind                              | termination protection | stack policy | rollback monitoring |
// | prod-like (prod, production, prd, live) | on                     | on           | 5 minutes           |
// | other long-lived (dev, staging, ...)    | on                     | on           | 0                   |
// | ephemeral (pr-*)                        | off                    | off          | 0                   |
const ephemeral_1 = __webpack_require__(39041);
exports.STAGE_DEFAULTS = {
    'prod-like': { terminationProtection: true, protectStateful: true, rollbackMonitoringMinutes: 5 },
    'long-lived': {
        terminationProtection: true,
        protectStateful: true,
        rollbackMonitoringMinutes: 0,
    },
    ephemeral: { terminationProtection: false, protectStateful: false, rollbackMonitoringMinutes: 0 },
};
function resolveStackSettings(environment, config, ephemeral) {
    const kind = (0, ephemeral_1.stageKind)(environment, ephemeral);
    const defaults = exports.STAGE_DEFAULTS[kind];
    return {
        kind,
        terminationProtection: config?.termination_protection ?? defaults.terminationProtection,
        protectStateful: config?.protect_stateful ?? defaults.protectStateful,
        rollbackMonitoringMinutes: config?.rollback_monitoring_minutes ?? defaults.rollbackMonitoringMinutes,
        notificationArns: config?.notification_arns ?? [],
        ...(config?.role_arn !== undefined && { roleArn: config.role_arn }),
    };
}


/***/ }),

/***/ 16274:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gitAncestry = gitAncestry;
exports.githubAncestry = githubAncestry;
exports.firstKnown = firstKnown;
exports.headCommit = headCommit;
exports.ancestryFor = ancestryFor;
// Is one commit an ancestor of another? Asked of the local clone first (git merge-base
// --is-ancestor), then of GitHub's compare API (a shallow CI clone lacks the history).
// Each answers undefined when it cannot tell; the rollback guard then lets the deploy go.
const node_child_process_1 = __webpack_require__(31421);
/** `git merge-base --is-ancestor`: exit 0 yes, 1 no, anything else (unknown commit) unknown. */
function gitAncestry(cwd) {
    return (older, newer) => new Promise((resolve) => {
        (0, node_child_process_1.execFile)('git', ['merge-base', '--is-ancestor', older, newer], { cwd }, (error) => {
            if (!error)
                return resolve(true);
            resolve(error.code === 1 ? false : undefined);
        });
    });
}
/** GitHub's compare API (GITHUB_API_URL, so GitHub Enterprise Server and test stand-ins work). */
function githubAncestry(api) {
    const get = api.fetch ?? fetch;
    return async (older, newer) => {
        // compare/BASE...HEAD: `ahead` when BASE is an ancestor of HEAD (HEAD has more commits),
        // `identical` when equal, `behind` or `diverged` otherwise.
        const url = `${api.apiUrl.replace(/\/+$/, '')}/repos/${api.owner}/${api.repo}/compare/${older}...${newer}`;
        try {
            const response = await get(url, {
                headers: {
                    accept: 'application/vnd.github+json',
                    ...(api.token !== undefined && { authorization: `token ${api.token}` }),
                },
            });
            if (!response.ok)
                return undefined;
            const body = (await response.json());
            // A strict ancestor: equal commits are not "older".
            if (body.status === 'ahead')
                return true;
            if (body.status === 'identical' || body.status === 'behind' || body.status === 'diverged') {
                return false;
            }
            return undefined;
        }
        catch {
            return undefined;
        }
    };
}
/** The first check that knows. */
function firstKnown(...checks) {
    return async (older, newer) => {
        for (const check of checks) {
            const answer = await check(older, newer);
            if (answer !== undefined)
                return answer;
        }
        return undefined;
    };
}
/** The commit being deployed: GITHUB_SHA in a workflow, else the checkout's HEAD. */
function headCommit(cwd, env) {
    const fromEnv = env['GITHUB_SHA']?.trim().toLowerCase();
    if (fromEnv !== undefined && /^[0-9a-f]{7,64}$/.test(fromEnv))
        return Promise.resolve(fromEnv);
    return new Promise((resolve) => {
        (0, node_child_process_1.execFile)('git', ['rev-parse', 'HEAD'], { cwd }, (error, stdout) => {
            const sha = String(stdout).trim().toLowerCase();
            resolve(!error && /^[0-9a-f]{7,64}$/.test(sha) ? sha : undefined);
        });
    });
}
/** git first, then GitHub's compare API when the environment names a repository. */
function ancestryFor(cwd, env) {
    const repository = env['GITHUB_REPOSITORY']?.split('/');
    const token = env['GITHUB_TOKEN'];
    if (repository?.length !== 2)
        return gitAncestry(cwd);
    return firstKnown(gitAncestry(cwd), githubAncestry({
        apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
        owner: repository[0],
        repo: repository[1],
        ...(token !== undefined && token !== '' && { token }),
    }));
}


/***/ }),

/***/ 71817:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatReviewText = formatReviewText;
exports.formatCostText = formatCostText;
exports.formatFindingsText = formatFindingsText;
exports.reviewJson = reviewJson;
// The review as text for a terminal: a cost table, then findings worst first, one
// `FILE:LINE:COLUMN: severity: ...` line each (what editors and problem matchers read).
const delta_1 = __webpack_require__(19378);
const types_1 = __webpack_require__(34077);
function formatReviewText(result) {
    return [
        formatCostText(result.cost),
        '',
        formatFindingsText(result.findings),
        ...warningLines(result),
    ]
        .join('\n')
        .trimEnd();
}
function formatCostText(cost) {
    const unknown = cost.items.filter((i) => i.monthlyUsd === null).length;
    const lines = [
        `Monthly cost estimate: ${(0, delta_1.formatUsd)(cost.monthlyUsd)} (${cost.region} list prices of ${cost.priceDate}, 730 h, no free tier)`,
        `  fixed ${(0, delta_1.formatUsd)(cost.fixedUsd)} + usage-based ${(0, delta_1.formatUsd)(cost.usageUsd)}` +
            (unknown > 0
                ? `; ${unknown} usage-based line${unknown === 1 ? '' : 's'} without usage, not in the total`
                : ''),
    ];
    if (cost.items.length === 0)
        return [...lines, '  (no billable resources)'].join('\n');
    const resourceWidth = Math.max(8, ...cost.items.map((i) => i.resource.length));
    const serviceWidth = Math.max(7, ...cost.items.map((i) => i.service.length));
    const rows = cost.items.map((item) => {
        const amount = item.monthlyUsd === null ? '?' : (0, delta_1.formatUsd)(item.monthlyUsd);
        const kind = item.usageBased ? 'usage' : 'fixed';
        return `  ${item.resource.padEnd(resourceWidth)}  ${item.service.padEnd(serviceWidth)}  ${amount.padStart(10)}  ${kind}  ${item.description}`;
    });
    const header = `  ${'RESOURCE'.padEnd(resourceWidth)}  ${'SERVICE'.padEnd(serviceWidth)}  ${'MONTHLY'.padStart(10)}  KIND   WHAT`;
    return [...lines, '', header, ...rows].join('\n');
}
function formatFindingsText(findings) {
    const open = findings.filter((f) => !f.suppressed);
    const suppressed = findings.length - open.length;
    const counts = types_1.SEVERITIES.map((s) => [s, open.filter((f) => f.severity === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`);
    const summary = `Security findings: ${counts.length > 0 ? counts.join(', ') : 'none'}` +
        (suppressed > 0 ? ` (${suppressed} suppressed)` : '');
    const lines = [summary];
    for (const finding of findings) {
        const where = finding.location
            ? `${finding.location.file}:${finding.location.line}:${finding.location.column}: `
            : '';
        const id = finding.logicalId && finding.logicalId !== finding.resource ? ` (${finding.logicalId})` : '';
        const state = finding.suppressed ? `suppressed ${finding.severity}` : finding.severity;
        lines.push(`${where}${state}: [${finding.rule}] ${finding.resource}${id}: ${finding.message}`);
        if (finding.suppressed)
            lines.push(`    suppressed: ${finding.suppressed.reason}`);
        else if (finding.fix)
            lines.push(`    fix: ${finding.fix}`);
    }
    return lines.join('\n');
}
function warningLines(result) {
    const warnings = [...result.cost.warnings, ...(result.warnings ?? [])];
    return warnings.length === 0 ? [] : ['', ...warnings.map((w) => `warning: ${w}`)];
}
/** SPEC §2's JSON: `{"cost": {"monthlyUsd", "items"}, "findings": [{"rule", "severity", "resource", "message"}]}` plus extra fields. */
function reviewJson(result) {
    return {
        cost: result.cost,
        findings: result.findings,
        warnings: [...result.cost.warnings, ...(result.warnings ?? [])],
    };
}


/***/ }),

/***/ 79337:
/***/ ((__unused_webpack_module, exports) => {


// The Sid of a statement the config wrote in `lambda_config.<fn>.permissions`: synth writes
// it, the review reads it back to point a finding at that statement's line. No imports, so
// the review can read it without loading aws-cdk-lib.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.permissionSid = permissionSid;
exports.permissionIndexOf = permissionIndexOf;
const PREFIX = 'Permissions';
const SID = new RegExp(`^${PREFIX}(\\d+)$`);
/** `Permissions<index>`: the Sid of the statement written at `permissions[index]`. */
function permissionSid(index) {
    return `${PREFIX}${index}`;
}
/** The index back from a Sid, or undefined for statements the config did not write. */
function permissionIndexOf(sid) {
    if (typeof sid !== 'string')
        return undefined;
    const match = SID.exec(sid);
    return match ? Number(match[1]) : undefined;
}


/***/ })

};
;