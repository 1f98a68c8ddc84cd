"use strict";
exports.id = 98;
exports.ids = [98];
exports.modules = {

/***/ 93839:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deployCommand = void 0;
const cfn_1 = __webpack_require__(44610);
const cli_support_1 = __webpack_require__(82463);
const input_digest_1 = __webpack_require__(33528);
const run_deploy_1 = __webpack_require__(73496);
const stack_name_1 = __webpack_require__(91455);
const deployCommand = async (context) => {
    const clients = (0, cli_support_1.clientsForCommand)(context);
    try {
        const loaded = await (0, cli_support_1.loadForCommand)(context);
        const stackName = (0, stack_name_1.stackNameOf)(loaded);
        // The stack's current state is fetched while the inputs are hashed (and, when they
        // changed, while synthesis runs), so the no-op answer costs no round trip of its own.
        const pending = (0, cfn_1.describeStack)(clients.cloudFormation, stackName);
        pending.catch(() => undefined); // awaited, and any error reported, below or by runDeploy
        const prefetched = { stackName, stack: pending };
        // `--out` asks for the assembly on disk: then there is always a synthesis.
        const inputDigest = (0, cli_support_1.keepsAssembly)(context)
            ? undefined
            : await (0, input_digest_1.synthInputDigest)(loaded, {
                ...(context.options.artifactBucket !== undefined && {
                    artifactBucket: context.options.artifactBucket,
                }),
            }, (0, input_digest_1.bundleBuildId)());
        if (inputDigest !== undefined) {
            const result = await (0, run_deploy_1.upToDateByInputs)(stackName, inputDigest, await pending, (0, cli_support_1.depsForCommand)(context, clients));
            if (result)
                return printResult(context, result);
        }
        const { stack, cleanup } = await (0, cli_support_1.synthesizeLoaded)(context, loaded);
        try {
            return await deployAndPrint(context, stack, clients, {
                prefetched,
                ...(inputDigest !== undefined && { inputDigest }),
            });
        }
        finally {
            await cleanup();
        }
    }
    catch (error) {
        throw (0, cli_support_1.asUserError)(error);
    }
    finally {
        clients.destroy();
    }
};
exports.deployCommand = deployCommand;
async function deployAndPrint(context, stack, clients, options) {
    const result = await (0, run_deploy_1.runDeploy)(stack, (0, cli_support_1.depsForCommand)(context, clients), {
        allowReplacement: context.options.allowReplacement,
        ...options,
    });
    return printResult(context, result);
}
function printResult(context, result) {
    if (context.options.format === 'json') {
        context.print(JSON.stringify({
            stackName: result.stackName,
            hasChanges: result.hasChanges,
            outputs: result.outputs,
            status: result.status,
            ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
        }));
    }
    else {
        context.print([
            `${result.stackName}: ${result.status}${result.hasChanges ? '' : ' (no changes)'}`,
            (0, cli_support_1.formatOutputs)(result.outputs),
        ].join('\n'));
    }
    return 0;
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
exports.depsForCommand = depsForCommand;
exports.formatOutputs = formatOutputs;
exports.changeJson = changeJson;
exports.asUserError = asUserError;
// What plan, deploy and destroy share on the command line: config -> synthesized stack in a
// scratch directory, SDK clients for the region/endpoint, and the text renderings.
const promises_1 = __webpack_require__(51455);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const clients_1 = __webpack_require__(40201);
const config_1 = __webpack_require__(89750);
const errors_1 = __webpack_require__(83916);
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
    return loaded;
}
/** `--out` keeps the assembly (for `cdk deploy --app` or inspection); else a scratch dir. */
function keepsAssembly(context) {
    return context.options.out !== 'cdk.out';
}
async function synthesizeLoaded(context, loaded) {
    const { options, logger, cwd } = context;
    const { synthesize } = await loadSynth();
    const keep = keepsAssembly(context);
    const outDir = keep
        ? (0, node_path_1.resolve)(cwd, options.out)
        : await (0, promises_1.mkdtemp)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'serverless-action-'));
    const stack = await synthesize(loaded, {
        outDir,
        ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
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
        Promise.all(/* require.ensure | synth */[__webpack_require__.e(270), __webpack_require__.e(94), __webpack_require__.e(229), __webpack_require__.e(790), __webpack_require__.e(707)]).then((() => resolve(__webpack_require__(30790))).bind(null, __webpack_require__))['catch'](reject);
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
    return new errors_1.ServerlessActionError(`AWS error ${error.name}: ${error.message}`, 'AWS_ERROR', credentials
        ? 'check the AWS credentials and the role permissions (AWS_PROFILE, AWS_ACCESS_KEY_ID, or the action role)'
        : 'the message above is AWS’s own; run with --verbose for progress detail');
}


/***/ }),

/***/ 10406:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatEvent = formatEvent;
exports.rootCauseEvents = rootCauseEvents;
exports.eventsAfter = eventsAfter;
function formatEvent(event) {
    const time = event.Timestamp ? event.Timestamp.toISOString().slice(11, 19) : '--:--:--';
    const resource = `${event.LogicalResourceId ?? '?'} (${event.ResourceType ?? '?'})`;
    const reason = event.ResourceStatusReason ? `  ${event.ResourceStatusReason}` : '';
    return `${time}  ${(event.ResourceStatus ?? '').padEnd(20)} ${resource}${reason}`;
}
const CASCADE = /cancel+ed|Resource update cancelled|The following resource\(s\) failed/i;
/**
 * The failure events that caused the rest, oldest first: resource (not stack-level) events
 * ending in _FAILED whose reason is not a cancellation caused by another failure.
 */
function rootCauseEvents(events) {
    const chronological = [...events].sort((a, b) => (a.Timestamp?.getTime() ?? 0) - (b.Timestamp?.getTime() ?? 0));
    const failed = chronological.filter((e) => (e.ResourceStatus ?? '').endsWith('_FAILED') &&
        e.ResourceType !== 'AWS::CloudFormation::Stack' &&
        !CASCADE.test(e.ResourceStatusReason ?? ''));
    if (failed.length > 0)
        return failed.slice(0, 3);
    // Only stack-level or cascade failures: the stack's own first failure still says something.
    return chronological.filter((e) => (e.ResourceStatus ?? '').endsWith('_FAILED')).slice(0, 1);
}
/**
 * Events newer than `lastSeenId`, oldest first. `newestFirst` is DescribeStackEvents order.
 * Returns all of them when `lastSeenId` is not among them.
 */
function eventsAfter(newestFirst, lastSeenId) {
    const fresh = [];
    for (const event of newestFirst) {
        if (lastSeenId !== undefined && event.EventId === lastSeenId)
            break;
        fresh.push(event);
    }
    return fresh.reverse();
}


/***/ }),

/***/ 95962:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DataLossError = void 0;
exports.dataLossChanges = dataLossChanges;
exports.assertNoDataLoss = assertNoDataLoss;
// The data-loss guard: a change set that would delete a table, bucket, queue, stream or
// log group (with its data) is not executed unless the user said so explicitly.
const errors_1 = __webpack_require__(83916);
class DataLossError extends errors_1.ServerlessActionError {
    changes;
    constructor(changes) {
        super(`refusing to execute: the change set would destroy data in ${changes.length} resource(s):\n` +
            changes
                .map((c) => `  - ${c.resource ?? c.logicalId} (${c.type}, ${c.logicalId}): ${c.reason ?? c.action}`)
                .join('\n'), 'DATA_LOSS_GUARD', 'keep the resource (undo the change), or re-run with --allow-replacement (input allow-replacement: true) if losing its data is intended');
        this.changes = changes;
    }
}
exports.DataLossError = DataLossError;
function dataLossChanges(changes) {
    return changes.filter((c) => c.risk === 'data-loss');
}
function assertNoDataLoss(changes, allowReplacement) {
    if (allowReplacement)
        return;
    const risky = dataLossChanges(changes);
    if (risky.length > 0)
        throw new DataLossError(risky);
}


/***/ }),

/***/ 33528:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bundleBuildId = bundleBuildId;
exports.synthInputDigest = synthInputDigest;
exports.directoryDigest = directoryDigest;
// The inputs fast path. A no-op deploy spent most of its time synthesizing (loading
// aws-cdk-lib, building the stack) only to find the template unchanged. Synthesis is a pure
// function of the tool's build, the environment's resolved config, the synth options and
// the bytes of every code directory; when all of those equal what the last deploy recorded,
// so does the template, and one DescribeStacks answers.
//
// Anything the digest cannot see turns the path off (undefined), never on: a function
// bundled by esbuild (its imports and node_modules can lie anywhere), or a build without an
// id (running from source, where the tool's own code may have changed).
const node_crypto_1 = __webpack_require__(77598);
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const code_sources_1 = __webpack_require__(59706);
const digest_1 = __webpack_require__(33683);
/** Set by the bundle's CLI door (scripts/build.mjs): a hash of every file of dist/. */
function bundleBuildId() {
    return globalThis.serverlessActionBuildId;
}
async function synthInputDigest(loaded, options, buildId) {
    if (buildId === undefined)
        return undefined;
    const code = {};
    for (const [key, fn] of Object.entries(loaded.config.lambda_config)) {
        const path = (0, code_sources_1.codeSourcePath)(loaded.dir, key, fn.source);
        const info = await (0, promises_1.stat)(path).catch(() => undefined);
        if (!info?.isDirectory())
            return undefined;
        code[key] = await directoryDigest(path);
    }
    const canonical = JSON.stringify((0, digest_1.canonicalize)({
        buildId,
        config: loaded.config,
        environment: loaded.environment,
        artifactBucket: options.artifactBucket ?? null,
        code,
    }));
    return (0, node_crypto_1.createHash)('sha256').update(canonical).digest('hex');
}
/** Every file below `dir` (symbolic links followed), by relative path and content. */
async function directoryDigest(dir) {
    const hash = (0, node_crypto_1.createHash)('sha256');
    const walk = async (relative) => {
        const entries = await (0, promises_1.readdir)((0, node_path_1.join)(dir, relative));
        for (const name of entries.sort()) {
            const path = (0, node_path_1.join)(relative, name);
            const info = await (0, promises_1.stat)((0, node_path_1.join)(dir, path));
            if (info.isDirectory()) {
                hash.update(`dir\0${path}\0`);
                await walk(path);
            }
            else {
                const content = (0, node_crypto_1.createHash)('sha256')
                    .update(await (0, promises_1.readFile)((0, node_path_1.join)(dir, path)))
                    .digest('hex');
                hash.update(`file\0${path}\0${content}\0`);
            }
        }
    };
    await walk('');
    return hash.digest('hex');
}


/***/ }),

/***/ 3545:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EMPTY_SEED_OUTPUTS = void 0;
exports.outputsFromStack = outputsFromStack;
exports.originsFromTemplate = originsFromTemplate;
exports.locationFromStackId = locationFromStackId;
exports.outputsFromResources = outputsFromResources;
const types_1 = __webpack_require__(18927);
/** What a stack without functions, API or tables outputs; also the starting point of every resolve. */
exports.EMPTY_SEED_OUTPUTS = {
    lambda_function_names: {},
    lambda_function_arns: {},
    api_gateway_id: '',
    api_gateway_endpoint: '',
    dynamodb_table_names: {},
    dynamodb_table_arns: {},
};
const OUTPUT_KEYS = {
    LambdaFunctionNames: 'lambda_function_names',
    LambdaFunctionArns: 'lambda_function_arns',
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
/** logical id -> origin, read from each resource's `serverless-action:origin` Metadata. */
function originsFromTemplate(template) {
    const origins = {};
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
        const origin = resource.Metadata?.[types_1.ORIGIN_METADATA_KEY];
        if (origin && typeof origin.kind === 'string' && typeof origin.key === 'string') {
            origins[logicalId] = origin;
        }
    }
    return origins;
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
        else if (resource.Type === 'AWS::DynamoDB::Table') {
            tables[origin.key] = id;
            tableArns[origin.key] = `${arnPrefix('dynamodb')}:table/${id}`;
        }
        else if (resource.Type === 'AWS::ApiGatewayV2::Api') {
            apiId = id;
            const websocket = resource.Properties?.['ProtocolType'] === 'WEBSOCKET';
            const stage = stageName(template, logicalId);
            const suffix = stage === undefined || stage === '$default' ? '' : `/${stage}`;
            apiEndpoint = `${websocket ? 'wss' : 'https'}://${id}.execute-api.${where.region}.amazonaws.com${suffix}`;
        }
    }
    return {
        lambda_function_names: names,
        lambda_function_arns: arns,
        api_gateway_id: apiId,
        api_gateway_endpoint: apiEndpoint,
        dynamodb_table_names: tables,
        dynamodb_table_arns: tableArns,
    };
}
/** The StageName of the stage that points at this API (`$default` for HTTP APIs' auto stage). */
function stageName(template, apiLogicalId) {
    for (const resource of Object.values(template.Resources)) {
        if (resource.Type !== 'AWS::ApiGatewayV2::Stage')
            continue;
        const apiRef = resource.Properties?.['ApiId'];
        const name = resource.Properties?.['StageName'];
        if (apiRef?.Ref === apiLogicalId && typeof name === 'string')
            return name;
    }
    return undefined;
}


/***/ }),

/***/ 73496:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DeployFailedError = void 0;
exports.runDeploy = runDeploy;
exports.resolveOutputs = resolveOutputs;
exports.deployedOutputs = deployedOutputs;
exports.upToDateByInputs = upToDateByInputs;
// deploy: plan, publish assets (in parallel with the change set's computation), guard
// against data loss, execute, follow the stack events, and return the seed's outputs.
const client_cloudformation_1 = __webpack_require__(3805);
const manifest_1 = __webpack_require__(85276);
const publish_1 = __webpack_require__(3522);
const errors_1 = __webpack_require__(83916);
const cfn_1 = __webpack_require__(44610);
const digest_1 = __webpack_require__(33683);
const context_1 = __webpack_require__(69116);
const events_1 = __webpack_require__(10406);
const format_1 = __webpack_require__(14896);
const guard_1 = __webpack_require__(95962);
const outputs_1 = __webpack_require__(3545);
const run_plan_1 = __webpack_require__(73216);
const stack_state_1 = __webpack_require__(35471);
const template_source_1 = __webpack_require__(25839);
class DeployFailedError extends errors_1.ServerlessActionError {
    stackName;
    status;
    rootCause;
    constructor(stackName, status, rootCause) {
        super(`deploy of ${stackName} failed: final status ${status}` +
            (rootCause.length > 0
                ? `\nroot cause:\n${rootCause.map((e) => `  ${e.LogicalResourceId} (${e.ResourceType}) ${e.ResourceStatus}: ${e.ResourceStatusReason ?? 'no reason given'}`).join('\n')}`
                : ''), 'DEPLOY_FAILED', status === 'UPDATE_ROLLBACK_FAILED'
            ? `the rollback itself failed: fix the resource named above, then run "aws cloudformation continue-update-rollback --stack-name ${stackName}"`
            : 'fix the cause named above and deploy again; the stack was rolled back to its previous state');
        this.stackName = stackName;
        this.status = status;
        this.rootCause = rootCause;
    }
}
exports.DeployFailedError = DeployFailedError;
async function runDeploy(stack, deps, options = {}) {
    const inputs = await (0, run_plan_1.loadDeployInputs)(stack, options);
    const current = await (0, run_plan_1.currentStack)(stack.stackName, deps, options);
    if ((0, run_plan_1.isNoop)(current, inputs.digest)) {
        deps.logger.info(`${stack.stackName} is up to date (nothing changed since the last deploy)`);
        const outcome = (0, run_plan_1.noopOutcome)(stack.stackName, current);
        return finish(stack, outcome, current, deps, { noop: true });
    }
    // Uploads start now and overlap the change set's computation; they must be done before
    // the change set executes (CloudFormation reads the code from S3 then, not before).
    const uploads = publish(inputs.assets.filter((a) => !a.isTemplate), deps);
    // Handled now, awaited later: a failed upload must not become an unhandled rejection
    // while the change set is still being computed.
    uploads.catch(() => undefined);
    let plan;
    try {
        plan = await (0, run_plan_1.createPlan)(stack, inputs, current, deps, options);
    }
    catch (error) {
        await uploads.catch(() => undefined); // let in-flight uploads settle before reporting
        throw error;
    }
    const published = await uploads;
    if (!plan.result.hasChanges) {
        // An empty change set changed nothing: the stack read before planning is still current.
        const settled = plan.current ??
            (await (0, cfn_1.describeStack)(deps.clients.cloudFormation, plan.stackId ?? stack.stackName));
        if (settled === undefined) {
            throw new errors_1.ServerlessActionError(`stack ${stack.stackName} vanished while planning`, 'DEPLOY_FAILED');
        }
        return finish(stack, plan, settled, deps, { noop: false, assets: published });
    }
    deps.logger.info((0, format_1.formatChanges)(plan.result.changes));
    (0, guard_1.assertNoDataLoss)(plan.result.changes, options.allowReplacement ?? false);
    const final = await execute(stack.stackName, plan, deps, options);
    return finish(stack, plan, final, deps, { noop: false, assets: published });
}
async function publish(assets, deps) {
    if (assets.length === 0)
        return { uploaded: [], skipped: [] };
    const env = await (0, context_1.callerEnvironment)(deps);
    const buckets = [...new Set(assets.map((a) => (0, manifest_1.resolvePlaceholders)(a.bucketName, env)))];
    const states = await Promise.all(buckets.map((b) => (0, template_source_1.ensureOwnedBucket)(b, env, deps)));
    // A bucket created a moment ago is empty: asking it for each object would be wasted calls.
    const fresh = new Set(buckets.filter((_, i) => states[i] === 'created'));
    return (0, publish_1.publishAssets)(deps.clients.s3, assets, env, deps.logger, { knownMissing: fresh });
}
async function execute(stackName, plan, deps, options) {
    const cfn = deps.clients.cloudFormation;
    const stackId = plan.stackId ?? stackName;
    // The newest event before we start: everything after it belongs to this deploy. A stack
    // being created has only its REVIEW_IN_PROGRESS event, worth showing: no call needed.
    const before = plan.result.changeSetType === 'CREATE'
        ? undefined
        : (await (0, cfn_1.recentEvents)(cfn, stackId, undefined, 1))[0]?.EventId;
    await cfn.send(new client_cloudformation_1.ExecuteChangeSetCommand({ StackName: stackName, ChangeSetName: plan.result.changeSetId }));
    deps.logger.info(`executing change set for ${stackName}`);
    let lastSeen = before;
    const seen = [];
    const printNew = async () => {
        const fresh = (0, events_1.eventsAfter)(await (0, cfn_1.recentEvents)(cfn, stackId, lastSeen), lastSeen);
        for (const event of fresh)
            deps.logger.info((0, events_1.formatEvent)(event));
        seen.push(...fresh);
        if (fresh.length > 0)
            lastSeen = fresh[fresh.length - 1].EventId;
    };
    const final = await (0, cfn_1.waitForStack)(cfn, stackId, {
        clock: deps.clock,
        logger: deps.logger,
        timeoutMs: options.timeoutMs ?? context_1.DEFAULT_TIMEOUT_MS,
        what: `the deploy of ${stackName}`,
        printEvents: printNew,
    });
    const status = final?.StackStatus ?? 'DELETE_COMPLETE';
    if (final === undefined || !(0, stack_state_1.isSuccess)(status)) {
        throw new DeployFailedError(stackName, status, (0, events_1.rootCauseEvents)(seen));
    }
    deps.logger.info(`${stackName}: ${status}`);
    return final;
}
async function finish(stack, plan, final, deps, extra) {
    const outputs = await resolveOutputs(stack, final, deps);
    return {
        ...plan.result,
        outputs,
        status: final.StackStatus ?? 'UNKNOWN',
        noop: extra.noop,
        ...(extra.assets !== undefined && { assets: extra.assets }),
    };
}
/** Stack Outputs when present; else rebuilt from the stack's resources (one more call). */
async function resolveOutputs(stack, deployed, deps) {
    const fromOutputs = (0, outputs_1.outputsFromStack)(deployed.Outputs);
    if (fromOutputs)
        return fromOutputs;
    const where = deployed.StackId ? (0, outputs_1.locationFromStackId)(deployed.StackId) : undefined;
    if (!where)
        return outputs_1.EMPTY_SEED_OUTPUTS;
    const resources = await (0, cfn_1.listStackResources)(deps.clients.cloudFormation, deployed.StackId);
    return (0, outputs_1.outputsFromResources)(stack.template, stack.origins, resources, where);
}
/** The seed outputs of a deployed stack: its Outputs, else its deployed template + resources. */
async function deployedOutputs(deployed, deps) {
    const fromOutputs = (0, outputs_1.outputsFromStack)(deployed.Outputs);
    if (fromOutputs)
        return fromOutputs;
    const id = deployed.StackId ?? deployed.StackName ?? '';
    const template = await (0, cfn_1.deployedTemplate)(deps.clients.cloudFormation, id);
    if (!template)
        return outputs_1.EMPTY_SEED_OUTPUTS;
    return resolveOutputs({ template, origins: (0, outputs_1.originsFromTemplate)(template) }, deployed, deps);
}
/**
 * The inputs fast path (input-digest.ts): the deployed stack was deployed from exactly these
 * synthesis inputs, so synthesis can be skipped. Undefined: synthesize and deploy as usual.
 */
async function upToDateByInputs(stackName, inputDigest, current, deps) {
    if (inputDigest === undefined || current === undefined || !(0, stack_state_1.isSettled)(current.StackStatus)) {
        return undefined;
    }
    if ((0, digest_1.inputDigestFromDescription)(current.Description) !== inputDigest)
        return undefined;
    deps.logger.info(`${stackName} is up to date (config, code and tool unchanged since the last deploy)`);
    return {
        stackName,
        hasChanges: false,
        changes: [],
        outputs: await deployedOutputs(current, deps),
        status: current.StackStatus ?? 'UNKNOWN',
        noop: true,
    };
}


/***/ }),

/***/ 91455:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stackNameOf = stackNameOf;
function stackNameOf(loaded) {
    return `${loaded.config.project_name}-${loaded.config.environment}`;
}


/***/ }),

/***/ 18927:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_STACK_RESOURCES = exports.STACK_OUTPUTS = exports.ORIGIN_METADATA_KEY = void 0;
exports.ORIGIN_METADATA_KEY = 'serverless-action:origin';
/** Names of the stack's CloudFormation Outputs (pinned: the deploy step reads them). The four
 * maps are JSON object strings keyed by config key; the API outputs exist only with an API. */
exports.STACK_OUTPUTS = {
    lambdaFunctionNames: 'LambdaFunctionNames',
    lambdaFunctionArns: 'LambdaFunctionArns',
    dynamodbTableNames: 'DynamodbTableNames',
    dynamodbTableArns: 'DynamodbTableArns',
    apiGatewayId: 'ApiGatewayId',
    apiGatewayEndpoint: 'ApiGatewayEndpoint',
};
/** CloudFormation's limit on resources in one stack. */
exports.MAX_STACK_RESOURCES = 500;


/***/ })

};
;