"use strict";
exports.id = 855;
exports.ids = [855];
exports.modules = {

/***/ 72646:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deployJson = deployJson;
// The deploy result as `--format json` prints it (SPEC §2), for deploy and rollback alike.
const outcome_1 = __webpack_require__(84535);
function deployJson(result) {
    return {
        stackName: result.stackName,
        hasChanges: result.hasChanges,
        outputs: result.outputs,
        status: result.status,
        ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
        result: (0, outcome_1.successResult)(result),
    };
}


/***/ }),

/***/ 51356:
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
exports.rollbackCommand = void 0;
// `serverless-action rollback`: redeploy the previous successful template of the stack (kept
// in the artifact bucket's history by every deploy), or `--template FILE` / a plan directory,
// through the same guards as deploy. `rollback --continue [--skip ID ...]`: finish a rollback
// stuck in UPDATE_ROLLBACK_FAILED. JSON like deploy's, plus "from" / "skipped".
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const options_1 = __webpack_require__(26052);
const rollbackCommand = async (context) => {
    const { asUserError, clientsForCommand, depsForCommand, failureJson, formatOutputs, loadForCommand, stackSettingsFor, } = await Promise.resolve().then(() => __importStar(__webpack_require__(82463)));
    const { runContinueRollback, runRollback } = await Promise.resolve().then(() => __importStar(__webpack_require__(32275)));
    const { stackNameOf } = await Promise.resolve().then(() => __importStar(__webpack_require__(91455)));
    const { deployJson } = await Promise.resolve().then(() => __importStar(__webpack_require__(72646)));
    const loaded = await loadForCommand(context);
    const stackName = stackNameOf(loaded);
    const clients = clientsForCommand(context);
    const { options } = context;
    try {
        const deps = depsForCommand(context, clients);
        if (options.continueRollback === true) {
            const result = await runContinueRollback(stackName, deps, {
                ...(options.skip !== undefined && { skip: options.skip }),
                continueCommand: continueCommand(context),
            });
            context.print(options.format === 'json'
                ? JSON.stringify({ ...result, result: 'rolled-back' })
                : `${stackName}: ${result.status}${result.skipped.length > 0 ? ` (skipped ${result.skipped.join(', ')})` : ''}`);
            return 0;
        }
        const source = options.template !== undefined
            ? await readTemplateSource((0, node_path_1.resolve)(context.cwd, options.template), options.template)
            : undefined;
        const result = await runRollback(stackName, deps, {
            stackSettings: stackSettingsFor(loaded),
            allowReplacement: options.allowReplacement,
            ...(options.detectDrift !== undefined && { detectDrift: options.detectDrift }),
            ...(options.allowDrift !== undefined && { allowDrift: options.allowDrift }),
            ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
            ...(source !== undefined && { source }),
        });
        context.print(options.format === 'json'
            ? JSON.stringify({ ...deployJson(result), from: result.from })
            : [
                `${result.stackName}: ${result.status}${result.hasChanges ? '' : ' (no changes)'} — rolled back to ${result.from}`,
                formatOutputs(result.outputs),
            ].join('\n'));
        return 0;
    }
    catch (error) {
        const userError = asUserError(error);
        if (options.format === 'json')
            context.print(failureJson(stackName, userError));
        throw userError;
    }
    finally {
        clients.destroy();
    }
};
exports.rollbackCommand = rollbackCommand;
/** A template file, or a plan directory's template (`plan --out DIR`). */
async function readTemplateSource(path, given) {
    if ((await (0, promises_1.stat)(path)).isDirectory()) {
        const { readPlanDir } = await Promise.resolve().then(() => __importStar(__webpack_require__(61138)));
        const loaded = await readPlanDir(path);
        return {
            template: JSON.parse(loaded.templateBody),
            from: `the plan directory ${given}`,
        };
    }
    return { template: JSON.parse(await (0, promises_1.readFile)(path, 'utf8')), from: given };
}
/** `serverless-action rollback --continue --environment prod`, as this run was invoked. */
function continueCommand(context) {
    const { options } = context;
    return [
        'serverless-action rollback --continue',
        ...(options.config !== options_1.DEFAULT_CONFIG_FILE ? ['--config', options.config] : []),
        ...(options.environment !== undefined ? ['--environment', options.environment] : []),
    ].join(' ');
}


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

/***/ 32275:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rollbackSource = rollbackSource;
exports.runRollback = runRollback;
exports.failedInRollback = failedInRollback;
exports.skipCommand = skipCommand;
exports.runContinueRollback = runContinueRollback;
// rollback: redeploy the previous successful template of a stack through the same guards
// as any deploy (change set, data-loss guard, drift guard, stack protection); and
// `--continue` for a stack stuck in UPDATE_ROLLBACK_FAILED.
const promises_1 = __webpack_require__(51455);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const client_cloudformation_1 = __webpack_require__(3805);
const errors_1 = __webpack_require__(83916);
const cfn_1 = __webpack_require__(44610);
const context_1 = __webpack_require__(69116);
const history_1 = __webpack_require__(8259);
const hotswap_record_1 = __webpack_require__(78001);
const origins_1 = __webpack_require__(74729);
const run_deploy_1 = __webpack_require__(73496);
const HINT_TEMPLATE = 'pass --template FILE (a template saved earlier) or --template DIR (a plan directory from `plan --out`)';
/** The template to go back to: the given one, else the newest kept one unlike the deployed. */
async function rollbackSource(current, deps, options) {
    if (options.source !== undefined)
        return options.source;
    const location = (0, hotswap_record_1.recordLocation)(current, [], options.artifactBucket);
    if (location === undefined) {
        throw new errors_1.ServerlessActionError(`cannot tell where the history of ${current.StackName ?? 'the stack'} is kept`, 'ROLLBACK_NO_HISTORY', HINT_TEMPLATE);
    }
    const deployed = await (0, cfn_1.deployedTemplate)(deps.clients.cloudFormation, current.StackId);
    const found = await (0, history_1.previousEntry)(deps.clients.s3, location.bucket, current.StackName, deployed !== undefined ? (0, history_1.templateHash)(deployed) : undefined).catch((error) => {
        const name = error.name;
        if (name === 'NoSuchBucket' || name === 'NotFound')
            return undefined;
        throw error;
    });
    if (found === undefined) {
        throw new errors_1.ServerlessActionError(`no earlier deploy of ${current.StackName} is kept in s3://${location.bucket}/history/${current.StackName}/ (history starts with the first deploy of a tool version that writes it, and expires with the bucket's artifacts)`, 'ROLLBACK_NO_HISTORY', HINT_TEMPLATE);
    }
    return {
        template: found.entry.template,
        from: `s3://${location.bucket}/${found.key} (deployed ${found.entry.deployedAt}${found.entry.commit !== undefined ? `, commit ${found.entry.commit.slice(0, 7)}` : ''})`,
        tags: found.entry.tags,
        ...(found.entry.commit !== undefined && { commit: found.entry.commit }),
    };
}
async function runRollback(stackName, deps, options = {}) {
    const current = await (0, cfn_1.describeStack)(deps.clients.cloudFormation, stackName);
    if (current === undefined) {
        throw new errors_1.ServerlessActionError(`stack ${stackName} does not exist: there is nothing to roll back`, 'STACK_NOT_FOUND');
    }
    if (current.StackStatus === 'UPDATE_ROLLBACK_FAILED') {
        throw new errors_1.ServerlessActionError(`stack ${stackName} is in UPDATE_ROLLBACK_FAILED: finish that rollback first`, 'STACK_BLOCKED', 'run `serverless-action rollback --continue` (it lists the resources to skip)');
    }
    const source = await rollbackSource(current, deps, options);
    deps.logger.info(`rolling ${stackName} back to ${source.from}`);
    const template = (0, history_1.withoutDigestMarker)(source.template);
    const dir = await (0, promises_1.mkdtemp)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'serverless-action-rollback-'));
    try {
        const templateFile = (0, node_path_1.join)(dir, `${stackName}.template.json`);
        const assetManifestFile = (0, node_path_1.join)(dir, `${stackName}.assets.json`);
        await (0, promises_1.writeFile)(templateFile, JSON.stringify(template));
        // The code the template names is already in the bucket (kept by the deploy that made it).
        await (0, promises_1.writeFile)(assetManifestFile, JSON.stringify({ version: '55.0.0', files: {} }));
        const tags = source.tags ??
            Object.fromEntries((current.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
        const outcome = await (0, run_deploy_1.runDeploy)({
            stackName,
            templateFile,
            assetManifestFile,
            template,
            tags,
            origins: (0, origins_1.originsOf)(template),
        }, deps, {
            ...options,
            // Going back is the point: the commit guard would refuse exactly this.
            allowRollback: true,
            ...(source.commit !== undefined && { commit: source.commit }),
        });
        return { ...outcome, from: source.from };
    }
    finally {
        await (0, promises_1.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Resources that failed while CloudFormation rolled the last update back: UPDATE_FAILED
 * resource events after the newest UPDATE_ROLLBACK_IN_PROGRESS stack event. Pure; newest-
 * first events in (DescribeStackEvents order), logical ids out, each once.
 */
function failedInRollback(newestFirst) {
    const failed = [];
    for (const event of newestFirst) {
        const stackLevel = event.ResourceType === 'AWS::CloudFormation::Stack';
        if (stackLevel && event.ResourceStatus === 'UPDATE_ROLLBACK_IN_PROGRESS')
            break;
        if (!stackLevel &&
            event.ResourceStatus === 'UPDATE_FAILED' &&
            event.LogicalResourceId !== undefined &&
            !failed.includes(event.LogicalResourceId)) {
            failed.push(event.LogicalResourceId);
        }
    }
    return failed.reverse();
}
/** The command that continues the rollback skipping `ids`, as the user typed the rest. */
function skipCommand(ids, continueCommand) {
    return `${continueCommand} ${ids.map((id) => `--skip ${id}`).join(' ')}`;
}
/** ContinueUpdateRollback, waited for; a rollback that fails again lists what to skip. */
async function runContinueRollback(stackName, deps, options = {}) {
    const cfn = deps.clients.cloudFormation;
    const prefix = options.continueCommand ?? 'serverless-action rollback --continue';
    const current = await (0, cfn_1.describeStack)(cfn, stackName);
    if (current?.StackStatus !== 'UPDATE_ROLLBACK_FAILED') {
        throw new errors_1.ServerlessActionError(`stack ${stackName} is ${current?.StackStatus ?? 'not there'}, not UPDATE_ROLLBACK_FAILED: there is no rollback to continue`, 'ROLLBACK_NOT_STUCK', current === undefined
            ? undefined
            : 'to go back to the previous template, run `rollback` without --continue');
    }
    const stackId = current.StackId ?? stackName;
    const before = await (0, cfn_1.recentEvents)(cfn, stackId, undefined);
    const failed = failedInRollback(before);
    const skip = options.skip ?? [];
    if (failed.length > 0) {
        deps.logger.info(`resources that failed to roll back: ${failed.join(', ')}`);
        if (skip.length === 0) {
            deps.logger.info(`if they cannot be restored (fix them by hand first where you can), skip them: ${skipCommand(failed, prefix)}`);
        }
    }
    const unknown = skip.filter((id) => failed.length > 0 && !failed.includes(id));
    if (unknown.length > 0) {
        throw new errors_1.ServerlessActionError(`cannot skip ${unknown.join(', ')}: only resources that failed to roll back can be skipped (${failed.join(', ')})`, 'ROLLBACK_BAD_SKIP', skipCommand(failed, prefix));
    }
    deps.logger.info(`continuing the rollback of ${stackName}${skip.length > 0 ? `, skipping ${skip.join(', ')}` : ''}`);
    await cfn.send(new client_cloudformation_1.ContinueUpdateRollbackCommand({
        StackName: stackId,
        ...(skip.length > 0 && { ResourcesToSkip: [...skip] }),
    }));
    const final = await (0, cfn_1.waitForStack)(cfn, stackId, {
        clock: deps.clock,
        logger: deps.logger,
        timeoutMs: options.timeoutMs ?? context_1.DEFAULT_TIMEOUT_MS,
        what: `the rollback of ${stackName}`,
    });
    const status = final?.StackStatus ?? 'UNKNOWN';
    if (status !== 'UPDATE_ROLLBACK_COMPLETE') {
        const again = failedInRollback(await (0, cfn_1.recentEvents)(cfn, stackId, undefined));
        throw new errors_1.ServerlessActionError(`the rollback of ${stackName} ended in ${status}` +
            (again.length > 0 ? `; resources that failed to roll back: ${again.join(', ')}` : ''), 'ROLLBACK_FAILED', again.length > 0
            ? `fix them by hand where you can, then run: ${skipCommand(again, prefix)} (a skipped resource keeps its current state and CloudFormation marks it rolled back)`
            : 'see the stack events in the CloudFormation console');
    }
    deps.logger.info(`${stackName}: UPDATE_ROLLBACK_COMPLETE`);
    return { stackName, status, skipped: skip };
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

/***/ 91455:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stackNameFor = stackNameFor;
exports.stackNameOf = stackNameOf;
function stackNameFor(projectName, environment) {
    return `${projectName}-${environment}`;
}
function stackNameOf(loaded) {
    return stackNameFor(loaded.config.project_name, loaded.config.environment);
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, exports) => {


// Small Markdown helpers shared by the report sections.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cell = cell;
exports.code = code;
exports.table = table;
exports.details = details;
exports.fenced = fenced;
exports.usd = usd;
exports.plural = plural;
exports.clip = clip;
/** A table cell: no line breaks, no column separators, no raw HTML from user text. */
function cell(text) {
    return text
        .replace(/\r?\n/g, ' ')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** Inline code that survives backticks in the text. */
function code(text) {
    const clean = text.replace(/\r?\n/g, ' ');
    return clean.includes('`') ? `<code>${cell(clean)}</code>` : `\`${clean}\``;
}
function table(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
}
/** A folded block: GitHub renders the summary line and hides the body until clicked. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced block whose fence is longer than any run of backticks inside it. */
function fenced(text) {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}\n${text}\n${fence}`;
}
function usd(amount) {
    return `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
/** Shortens text to `max` characters, saying so. */
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 12))}… (clipped)`;
}


/***/ })

};
;