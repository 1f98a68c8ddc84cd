"use strict";
exports.id = 751;
exports.ids = [751];
exports.modules = {

/***/ 40201:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createAwsClients = createAwsClients;
exports.resolveRegion = resolveRegion;
exports.resolveEndpoint = resolveEndpoint;
// The one place SDK clients are built. Everything downstream takes these clients as
// arguments, so the CLI, the action (OIDC credentials) and tests (moto) share the engine.
const client_cloudformation_1 = __webpack_require__(3805);
const client_s3_1 = __webpack_require__(53711);
const client_sts_1 = __webpack_require__(71695);
const DEFAULT_MAX_ATTEMPTS = 5;
function createAwsClients(options) {
    const common = {
        region: options.region,
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
        ...(options.credentials !== undefined && { credentials: options.credentials }),
    };
    const cloudFormation = new client_cloudformation_1.CloudFormationClient(common);
    const cloudFormationOnce = new client_cloudformation_1.CloudFormationClient({ ...common, maxAttempts: 1 });
    // A custom endpoint (moto, LocalStack) has no per-bucket DNS names: use path-style URLs.
    const s3 = new client_s3_1.S3Client({ ...common, forcePathStyle: options.endpoint !== undefined });
    const sts = new client_sts_1.STSClient(common);
    return {
        region: options.region,
        ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
        cloudFormation,
        cloudFormationOnce,
        s3,
        sts,
        destroy: () => {
            cloudFormation.destroy();
            cloudFormationOnce.destroy();
            s3.destroy();
            sts.destroy();
        },
    };
}
/** `--region`, else AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1. */
function resolveRegion(flag, env) {
    return flag ?? env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
}
/** `--endpoint-url`, else AWS_ENDPOINT_URL; undefined means AWS's own endpoints. */
function resolveEndpoint(flag, env) {
    const value = flag ?? env['AWS_ENDPOINT_URL'];
    return value === undefined || value === '' ? undefined : value;
}


/***/ }),

/***/ 29540:
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
exports.destroyCommand = void 0;
const destroyCommand = async (context) => {
    const { asUserError, clientsForCommand, depsForCommand } = await Promise.resolve().then(() => __importStar(__webpack_require__(82463)));
    const { runDestroy } = await Promise.resolve().then(() => __importStar(__webpack_require__(51613)));
    const { loadConfig } = await Promise.resolve().then(() => __importStar(__webpack_require__(89750)));
    const { stackNameOf } = await Promise.resolve().then(() => __importStar(__webpack_require__(91455)));
    // No synthesis: the stack name follows from the config alone.
    const loaded = await loadConfig(context.options.config, {
        cwd: context.cwd,
        ...(context.options.environment !== undefined && {
            environment: context.options.environment,
        }),
    });
    const clients = clientsForCommand(context);
    try {
        const result = await runDestroy(stackNameOf(loaded), depsForCommand(context, clients), {
            force: context.options.force,
        });
        context.print(context.options.format === 'json'
            ? JSON.stringify(result)
            : `${result.stackName}: ${result.deleted ? 'deleted' : 'no such stack'}`);
        return 0;
    }
    catch (error) {
        throw asUserError(error);
    }
    finally {
        clients.destroy();
    }
};
exports.destroyCommand = destroyCommand;


/***/ }),

/***/ 44610:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHANGE_SET_PREFIX = void 0;
exports.describeStack = describeStack;
exports.waitForStack = waitForStack;
exports.recentEvents = recentEvents;
exports.listStackResources = listStackResources;
exports.deployedTemplate = deployedTemplate;
exports.deleteStaleChangeSets = deleteStaleChangeSets;
exports.deleteChangeSet = deleteChangeSet;
exports.createChangeSet = createChangeSet;
exports.isNoChangesReason = isNoChangesReason;
exports.waitForChangeSet = waitForChangeSet;
exports.deleteStack = deleteStack;
// Thin, typed wrappers over the CloudFormation calls the engine makes. Each one is a
// single responsibility; the decisions live in the pure modules beside this one.
const client_cloudformation_1 = __webpack_require__(3805);
const errors_1 = __webpack_require__(83916);
const stack_state_1 = __webpack_require__(35471);
/** Change sets this tool creates start with this; only those are ever cleaned up. */
exports.CHANGE_SET_PREFIX = 'serverless-action-';
/** The stack, or undefined when it does not exist. */
async function describeStack(cfn, stackName) {
    try {
        const out = await cfn.send(new client_cloudformation_1.DescribeStacksCommand({ StackName: stackName }));
        return out.Stacks?.[0];
    }
    catch (error) {
        if (/does not exist/.test((0, errors_1.errorMessage)(error)))
            return undefined;
        throw error;
    }
}
/** Polls DescribeStacks with backoff until the status is terminal; prints new events. */
async function waitForStack(cfn, stackId, options) {
    const started = options.clock.now().getTime();
    for (let attempt = 0;; attempt++) {
        // Status and events in parallel: one round trip per poll instead of two.
        const [stack] = await Promise.all([
            describeStack(cfn, stackId),
            options.printEvents ? options.printEvents() : undefined,
        ]);
        if (stack === undefined || (0, stack_state_1.isTerminal)(stack.StackStatus ?? '')) {
            // The parallel fetch may predate the last events (and the root cause among them).
            if (options.printEvents)
                await options.printEvents();
            return stack;
        }
        if (options.clock.now().getTime() - started > options.timeoutMs) {
            throw new errors_1.ServerlessActionError(`timed out after ${Math.round(options.timeoutMs / 1000)} s waiting for ${options.what} (status ${stack.StackStatus})`, 'DEPLOY_TIMEOUT', 'CloudFormation keeps working; check the stack in the console, or raise the timeout');
        }
        await options.clock.sleep((0, stack_state_1.backoffDelay)(attempt));
    }
}
/** Events newest first, up to `stopAtId` (exclusive) or `maxPages` pages. */
async function recentEvents(cfn, stackId, stopAtId, maxPages = 5) {
    const events = [];
    let token;
    for (let page = 0; page < maxPages; page++) {
        const out = await cfn.send(new client_cloudformation_1.DescribeStackEventsCommand({ StackName: stackId, ...(token && { NextToken: token }) }));
        for (const event of out.StackEvents ?? []) {
            if (stopAtId !== undefined && event.EventId === stopAtId)
                return events;
            events.push(event);
        }
        token = out.NextToken;
        if (!token)
            break;
    }
    return events;
}
async function listStackResources(cfn, stackName) {
    // Manual NextToken loops rather than the SDK paginators, which accept only a concrete
    // client class; the engine takes any object with the client's `send`.
    const all = [];
    let token;
    do {
        const page = await cfn.send(new client_cloudformation_1.ListStackResourcesCommand({ StackName: stackName, ...(token && { NextToken: token }) }));
        all.push(...(page.StackResourceSummaries ?? []));
        token = page.NextToken;
    } while (token);
    return all;
}
async function deployedTemplate(cfn, stackName) {
    const out = await cfn.send(new client_cloudformation_1.GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' }));
    if (!out.TemplateBody)
        return undefined;
    try {
        return JSON.parse(out.TemplateBody);
    }
    catch {
        return undefined; // A YAML template deployed by something else: no hints, still works.
    }
}
/**
 * Deletes this tool's earlier change sets that are still around (a plan never executed,
 * a failed run). Only sets ListChangeSets showed are deleted, through the no-retry client:
 * moto answers a missing set with HTTP 500, which retries would turn into a 45 s stall.
 */
async function deleteStaleChangeSets(cfn, cfnOnce, stackName, logger) {
    let deleted = 0;
    let token;
    do {
        const page = await cfn.send(new client_cloudformation_1.ListChangeSetsCommand({ StackName: stackName, ...(token && { NextToken: token }) }));
        token = page.NextToken;
        for (const summary of page.Summaries ?? []) {
            if (!summary.ChangeSetName?.startsWith(exports.CHANGE_SET_PREFIX))
                continue;
            // Executed sets are gone on AWS (moto keeps them); running ones must not be touched.
            if (summary.ExecutionStatus?.startsWith('EXECUTE_'))
                continue;
            await deleteChangeSet(cfnOnce, stackName, summary.ChangeSetId ?? summary.ChangeSetName, logger);
            deleted++;
        }
    } while (token);
    return deleted;
}
/** Best effort: a change set that is already gone is not an error. */
async function deleteChangeSet(cfnOnce, stackName, changeSet, logger) {
    try {
        await cfnOnce.send(new client_cloudformation_1.DeleteChangeSetCommand({ StackName: stackName, ChangeSetName: changeSet }));
        logger.debug(`deleted change set ${changeSet}`);
    }
    catch (error) {
        logger.debug(`could not delete change set ${changeSet}: ${(0, errors_1.errorMessage)(error)}`);
    }
}
async function createChangeSet(cfn, input) {
    const out = await cfn.send(new client_cloudformation_1.CreateChangeSetCommand({
        StackName: input.stackName,
        ChangeSetName: input.changeSetName,
        ChangeSetType: input.type,
        ...('body' in input.template
            ? { TemplateBody: input.template.body }
            : { TemplateURL: input.template.url }),
        Parameters: Object.entries(input.parameters).map(([ParameterKey, ParameterValue]) => ({
            ParameterKey,
            ParameterValue,
        })),
        Tags: Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
        // The synthesized stack creates roles; AUTO_EXPAND for transforms a user might add.
        Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'],
        Description: 'created by serverless-action',
    }));
    if (!out.Id || !out.StackId) {
        throw new errors_1.ServerlessActionError('CreateChangeSet returned no id', 'CHANGE_SET_FAILED');
    }
    return { changeSetId: out.Id, stackId: out.StackId };
}
/** "No changes" is read from the status reason: the Changes array alone cannot tell it apart. */
function isNoChangesReason(reason) {
    return /didn't contain changes|No updates are to be performed|no changes/i.test(reason ?? '');
}
/** Waits until the change set is computed, then reads every page of its changes. */
async function waitForChangeSet(cfn, stackName, changeSetId, options) {
    const started = options.clock.now().getTime();
    for (let attempt = 0;; attempt++) {
        const first = await cfn.send(new client_cloudformation_1.DescribeChangeSetCommand({ StackName: stackName, ChangeSetName: changeSetId }));
        if (first.Status === 'CREATE_COMPLETE') {
            return { kind: 'ready', changes: await remainingPages(cfn, stackName, changeSetId, first) };
        }
        if (first.Status === 'FAILED') {
            if (isNoChangesReason(first.StatusReason))
                return { kind: 'empty' };
            throw new errors_1.ServerlessActionError(`change set for ${stackName} failed: ${first.StatusReason ?? 'no reason given'}`, 'CHANGE_SET_FAILED', 'fix the template problem named above; `serverless-action synth` writes the template to inspect');
        }
        if (options.clock.now().getTime() - started > options.timeoutMs) {
            throw new errors_1.ServerlessActionError(`timed out waiting for the change set of ${stackName} (status ${first.Status})`, 'DEPLOY_TIMEOUT');
        }
        await options.clock.sleep((0, stack_state_1.backoffDelay)(attempt));
    }
}
async function remainingPages(cfn, stackName, changeSetId, first) {
    const changes = [...(first.Changes ?? [])];
    let token = first.NextToken;
    while (token) {
        const page = await cfn.send(new client_cloudformation_1.DescribeChangeSetCommand({
            StackName: stackName,
            ChangeSetName: changeSetId,
            NextToken: token,
        }));
        changes.push(...(page.Changes ?? []));
        token = page.NextToken;
    }
    return changes;
}
async function deleteStack(cfn, stackId) {
    await cfn.send(new client_cloudformation_1.DeleteStackCommand({ StackName: stackId }));
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

/***/ 69116:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_WAIT_FOR_OTHER_RUN_MS = exports.DEFAULT_TIMEOUT_MS = void 0;
exports.callerEnvironment = callerEnvironment;
const client_sts_1 = __webpack_require__(71695);
exports.DEFAULT_TIMEOUT_MS = 60 * 60 * 1000;
exports.DEFAULT_WAIT_FOR_OTHER_RUN_MS = 15 * 60 * 1000;
/** Account and partition of the caller (one STS call), cached per deps object. */
const environments = new WeakMap();
function callerEnvironment(deps) {
    let cached = environments.get(deps.clients);
    if (!cached) {
        cached = deps.clients.sts.send(new client_sts_1.GetCallerIdentityCommand({})).then((out) => ({
            account: out.Account ?? '',
            region: deps.clients.region,
            partition: out.Arn?.split(':')[1] ?? 'aws',
        }));
        environments.set(deps.clients, cached);
    }
    return cached;
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

/***/ 14896:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatChanges = formatChanges;
const ACTION_MARK = {
    Add: '+',
    Modify: '~',
    Remove: '-',
    Import: '<',
    Dynamic: '?',
};
/** One line per change, most dangerous first (the list arrives sorted). */
function formatChanges(changes) {
    if (changes.length === 0)
        return '  (no changes)';
    return changes
        .map((c) => {
        const name = c.resource ? `${c.resource} (${c.logicalId})` : c.logicalId;
        const replaced = c.replacement === 'True' || c.replacement === 'Conditional';
        const why = c.reason ? ` — ${c.reason}` : '';
        return `  ${ACTION_MARK[c.action] ?? '?'} ${c.risk.padEnd(11)} ${c.type.padEnd(28)} ${name}${replaced ? ` [replacement: ${c.replacement}]` : ''}${why}`;
    })
        .join('\n');
}


/***/ }),

/***/ 51613:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EPHEMERAL_TAG = exports.MANAGED_BY_TAG = void 0;
exports.refuseReason = refuseReason;
exports.runDestroy = runDestroy;
exports.emptyBucket = emptyBucket;
// destroy: delete the stack of one environment, but only a stack this tool created, and
// only an ephemeral one unless forced. Buckets of ephemeral stages are emptied first
// (CloudFormation cannot delete a bucket that still holds objects).
const client_s3_1 = __webpack_require__(53711);
const errors_1 = __webpack_require__(83916);
const cfn_1 = __webpack_require__(44610);
const context_1 = __webpack_require__(69116);
const events_1 = __webpack_require__(10406);
exports.MANAGED_BY_TAG = { key: 'managed-by', value: 'serverless-action' };
exports.EPHEMERAL_TAG = 'ephemeral';
/** Why this stack may not be deleted, or undefined when it may. Pure. */
function refuseReason(stack, force) {
    const tags = new Map((stack.Tags ?? []).map((t) => [t.Key, t.Value]));
    if (tags.get(exports.MANAGED_BY_TAG.key) !== exports.MANAGED_BY_TAG.value) {
        return {
            message: `refusing to delete ${stack.StackName}: it has no "${exports.MANAGED_BY_TAG.key}: ${exports.MANAGED_BY_TAG.value}" tag, so this tool did not create it`,
            hint: 'delete it with the tool that created it (or the CloudFormation console)',
        };
    }
    const ephemeral = tags.get(exports.EPHEMERAL_TAG);
    if (!force && ephemeral !== 'true') {
        return {
            message: `refusing to delete ${stack.StackName}: it is not an ephemeral stage (no "${exports.EPHEMERAL_TAG}: true" tag)`,
            hint: 'pass --force to delete a long-lived environment and everything in it',
        };
    }
    return undefined;
}
async function runDestroy(stackName, deps, options = {}) {
    const cfn = deps.clients.cloudFormation;
    const stack = await (0, cfn_1.describeStack)(cfn, stackName);
    if (stack === undefined) {
        deps.logger.info(`stack ${stackName} does not exist: nothing to delete`);
        return { stackName, deleted: false };
    }
    const refusal = refuseReason(stack, options.force ?? false);
    if (refusal)
        throw new errors_1.ServerlessActionError(refusal.message, 'DESTROY_REFUSED', refusal.hint);
    const stackId = stack.StackId ?? stackName;
    const ephemeral = (stack.Tags ?? []).some((t) => t.Key === exports.EPHEMERAL_TAG && t.Value === 'true');
    if (ephemeral) {
        const resources = await (0, cfn_1.listStackResources)(cfn, stackId);
        const buckets = resources
            .filter((r) => r.ResourceType === 'AWS::S3::Bucket' && r.PhysicalResourceId)
            .map((r) => r.PhysicalResourceId);
        await Promise.all(buckets.map((b) => emptyBucket(deps.clients.s3, b, deps.logger)));
    }
    const before = (await (0, cfn_1.recentEvents)(cfn, stackId, undefined, 1))[0]?.EventId;
    deps.logger.info(`deleting stack ${stackName}`);
    await (0, cfn_1.deleteStack)(cfn, stackId);
    const final = await (0, cfn_1.waitForStack)(cfn, stackId, {
        clock: deps.clock,
        logger: deps.logger,
        timeoutMs: options.timeoutMs ?? context_1.DEFAULT_TIMEOUT_MS,
        what: `the deletion of ${stackName}`,
    });
    if (final !== undefined && final.StackStatus !== 'DELETE_COMPLETE') {
        const cause = (0, events_1.rootCauseEvents)(await (0, cfn_1.recentEvents)(cfn, stackId, before));
        throw new errors_1.ServerlessActionError(`deleting ${stackName} ended in ${final.StackStatus}` +
            cause.map((e) => `\n  ${e.LogicalResourceId}: ${e.ResourceStatusReason ?? ''}`).join(''), 'DESTROY_FAILED', 'remove or empty the resource named above, then run destroy again');
    }
    deps.logger.info(`${stackName}: DELETE_COMPLETE`);
    return { stackName, deleted: true };
}
/** Deletes every object version and delete marker, 1,000 per request. */
async function emptyBucket(s3, bucket, logger) {
    let removed = 0;
    try {
        for (;;) {
            const page = await s3.send(new client_s3_1.ListObjectVersionsCommand({ Bucket: bucket, MaxKeys: 1000 }));
            const objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]
                .filter((o) => o.Key !== undefined)
                .map((o) => ({
                Key: o.Key,
                ...(o.VersionId !== undefined && { VersionId: o.VersionId }),
            }));
            if (objects.length === 0)
                break;
            await s3.send(new client_s3_1.DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }));
            removed += objects.length;
        }
    }
    catch (error) {
        if (error.name === 'NoSuchBucket')
            return removed;
        throw new errors_1.ServerlessActionError(`could not empty bucket ${bucket}: ${(0, errors_1.errorMessage)(error)}`, 'DESTROY_FAILED', 'grant s3:ListBucketVersions and s3:DeleteObjectVersion, or empty the bucket by hand');
    }
    if (removed > 0)
        logger.info(`emptied bucket ${bucket} (${removed} objects)`);
    return removed;
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

/***/ 35471:
/***/ ((__unused_webpack_module, exports) => {


// What to do with a stack given its current status. Pure, so every branch is unit-tested.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decideStackAction = decideStackAction;
exports.isSettled = isSettled;
exports.isSuccess = isSuccess;
exports.isTerminal = isTerminal;
exports.backoffDelay = backoffDelay;
function decideStackAction(stackName, status) {
    if (status === undefined || status === 'DELETE_COMPLETE')
        return { kind: 'create' };
    if (status === 'REVIEW_IN_PROGRESS')
        return { kind: 'create-over-review' };
    if (status === 'ROLLBACK_COMPLETE' ||
        status === 'ROLLBACK_FAILED' ||
        status === 'CREATE_FAILED') {
        return { kind: 'recreate' };
    }
    if (status === 'UPDATE_ROLLBACK_FAILED') {
        return {
            kind: 'blocked',
            message: `stack ${stackName} is in UPDATE_ROLLBACK_FAILED: CloudFormation could not roll back the last update, and the stack accepts no changes until the rollback is finished`,
            hint: `fix the resource that blocks the rollback (see the stack events), then run ` +
                `"aws cloudformation continue-update-rollback --stack-name ${stackName}" ` +
                `(add --resources-to-skip LOGICAL_ID for resources that cannot be restored) and deploy again`,
        };
    }
    if (status === 'DELETE_FAILED') {
        return {
            kind: 'blocked',
            message: `stack ${stackName} is in DELETE_FAILED: an earlier delete did not finish`,
            hint: `see the stack events for the resource that could not be deleted, remove it by hand, then run destroy again (or delete the stack in the console with "retain" for that resource)`,
        };
    }
    if (status.endsWith('_IN_PROGRESS'))
        return { kind: 'wait' };
    return { kind: 'update' };
}
/** Statuses in which the deployed template is whole and its digest can be trusted. */
function isSettled(status) {
    return (status === 'CREATE_COMPLETE' ||
        status === 'UPDATE_COMPLETE' ||
        status === 'UPDATE_ROLLBACK_COMPLETE' ||
        status === 'IMPORT_COMPLETE' ||
        status === 'IMPORT_ROLLBACK_COMPLETE');
}
function isSuccess(status) {
    return (status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE' || status === 'IMPORT_COMPLETE');
}
function isTerminal(status) {
    return !status.endsWith('_IN_PROGRESS');
}
/** 250 ms, then x1.5 per attempt, capped at 5 s. */
function backoffDelay(attempt, firstMs = 250, maxMs = 5_000) {
    return Math.min(maxMs, Math.round(firstMs * 1.5 ** attempt));
}


/***/ })

};
;