"use strict";
exports.id = 209;
exports.ids = [209];
exports.modules = {

/***/ 92707:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.realEngine = realEngine;
// The real engine behind `run`: synth -> review -> plan/deploy/destroy, on SDK clients built
// with this run's credentials. Loaded lazily by main.ts (it brings aws-cdk-lib).
const promises_1 = __webpack_require__(51455);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const clients_1 = __webpack_require__(40201);
const cfn_1 = __webpack_require__(44610);
const deploy_1 = __webpack_require__(87927);
const review_1 = __webpack_require__(90732);
const cost_1 = __webpack_require__(28536);
const synth_1 = __webpack_require__(30790);
const gate_1 = __webpack_require__(80243);
function realEngine(clock, logger) {
    const withClients = async (request, work) => {
        const clients = (0, clients_1.createAwsClients)({
            region: request.region,
            ...(request.endpointUrl !== undefined && { endpoint: request.endpointUrl }),
            ...(request.credentials !== undefined && { credentials: request.credentials }),
        });
        try {
            return await work({ clients, clock, logger });
        }
        finally {
            clients.destroy();
        }
    };
    return {
        plan: (request) => withClients(request, (deps) => withStack(request, async (stack, reviewed) => {
            const deployedMonthlyUsd = await deployedCost(request, deps);
            const outcome = await (0, deploy_1.runPlan)(stack, deps);
            return merge(outcome.result, reviewed, deployedMonthlyUsd);
        })),
        deploy: (request) => withClients(request, (deps) => withStack(request, async (stack, reviewed) => {
            // The gate runs before anything reaches the account: review needs no AWS.
            const gate = (0, gate_1.findingsGate)(reviewed.findings, request.failOn, {
                stackName: stack.stackName,
                hasChanges: false,
                changes: [],
                cost: reviewed.cost,
                findings: reviewed.findings,
            });
            if (gate)
                throw gate;
            const deployedMonthlyUsd = await deployedCost(request, deps);
            const outcome = await (0, deploy_1.runDeploy)(stack, deps, {
                allowReplacement: request.allowReplacement,
            });
            return merge(outcome, reviewed, deployedMonthlyUsd);
        })),
        destroy: (request) => withClients(request, (deps) => (0, deploy_1.runDestroy)(request.stackName, deps, { force: request.force })),
    };
    async function withStack(request, work) {
        const outDir = await (0, promises_1.mkdtemp)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'serverless-action-'));
        try {
            const stack = await (0, synth_1.synthesize)(request.loaded, {
                outDir,
                ephemeral: request.ephemeral,
                ...(request.artifactBucket !== undefined && { artifactBucket: request.artifactBucket }),
            });
            logger.info(`synthesized ${stack.stackName}: ${stack.resourceCount} resources`);
            for (const warning of stack.warnings ?? [])
                logger.warn(warning);
            const reviewed = await (0, review_1.review)(stack, {
                region: request.region,
                today: clock.now().toISOString().slice(0, 10),
            });
            for (const warning of reviewed.warnings ?? [])
                logger.warn(warning);
            return await work(stack, reviewed);
        }
        finally {
            await (0, promises_1.rm)(outDir, { recursive: true, force: true });
        }
    }
}
/** The monthly cost of what is deployed now, for the comment's delta; undefined on a first deploy. */
async function deployedCost(request, deps) {
    const template = await (0, cfn_1.deployedTemplate)(deps.clients.cloudFormation, request.stackName).catch(() => undefined);
    if (template === undefined)
        return undefined;
    const { book } = (0, cost_1.bundledPrices)(request.region);
    return (0, cost_1.estimateCost)(template, request.loaded.config.usage, book, request.region).monthlyUsd;
}
function merge(result, reviewed, deployedMonthlyUsd) {
    return {
        ...result,
        cost: reviewed.cost,
        findings: reviewed.findings,
        ...(deployedMonthlyUsd !== undefined && { deployedMonthlyUsd }),
    };
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

/***/ 87927:
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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.classifyChange = exports.assertNoDataLoss = exports.DataLossError = exports.refuseReason = exports.runDestroy = exports.DeployFailedError = exports.resolveOutputs = exports.runDeploy = exports.runPlan = void 0;
// Public face of deploy/: the three operations and the types they return.
var run_plan_1 = __webpack_require__(73216);
Object.defineProperty(exports, "runPlan", ({ enumerable: true, get: function () { return run_plan_1.runPlan; } }));
var run_deploy_1 = __webpack_require__(73496);
Object.defineProperty(exports, "runDeploy", ({ enumerable: true, get: function () { return run_deploy_1.runDeploy; } }));
Object.defineProperty(exports, "resolveOutputs", ({ enumerable: true, get: function () { return run_deploy_1.resolveOutputs; } }));
Object.defineProperty(exports, "DeployFailedError", ({ enumerable: true, get: function () { return run_deploy_1.DeployFailedError; } }));
var run_destroy_1 = __webpack_require__(51613);
Object.defineProperty(exports, "runDestroy", ({ enumerable: true, get: function () { return run_destroy_1.runDestroy; } }));
Object.defineProperty(exports, "refuseReason", ({ enumerable: true, get: function () { return run_destroy_1.refuseReason; } }));
var guard_1 = __webpack_require__(95962);
Object.defineProperty(exports, "DataLossError", ({ enumerable: true, get: function () { return guard_1.DataLossError; } }));
Object.defineProperty(exports, "assertNoDataLoss", ({ enumerable: true, get: function () { return guard_1.assertNoDataLoss; } }));
var classify_1 = __webpack_require__(30925);
Object.defineProperty(exports, "classifyChange", ({ enumerable: true, get: function () { return classify_1.classifyChange; } }));
__exportStar(__webpack_require__(44130), exports);


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

/***/ 44130:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ })

};
;