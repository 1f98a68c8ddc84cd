"use strict";
exports.id = 769;
exports.ids = [769];
exports.modules = {

/***/ 65522:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sweepCommand = void 0;
exports.runSweep = runSweep;
exports.sweepJson = sweepJson;
exports.sweepMarkdown = sweepMarkdown;
// `serverless-action sweep`: delete the preview stacks (pr-*) of this config's project
// whose pull request is closed (not in --keep) or that were not deployed for --ttl-hours.
// The scheduled workflow `workflows/sweep-previews.yml` runs it with the open PRs as --keep.
const clients_1 = __webpack_require__(40201);
const config_1 = __webpack_require__(89750);
const deploy_1 = __webpack_require__(87927);
const previews_1 = __webpack_require__(93542);
const errors_1 = __webpack_require__(83916);
const io_1 = __webpack_require__(55027);
const sweepCommand = (context) => runSweep(context, io_1.systemClock);
exports.sweepCommand = sweepCommand;
/** The command with its clock injected, so tests can make the deletion wait instant. */
async function runSweep(context, clock) {
    const { options, logger, print, env, cwd } = context;
    if (options.keep === undefined && options.ttlHours === undefined) {
        throw new errors_1.ServerlessActionError('sweep needs --keep, --ttl-hours, or both; without them nothing could be told apart from an open preview', 'SWEEP_NO_CRITERIA', 'pass the open pull requests\' stages, e.g. --keep "$(gh pr list --state open --json number --jq \'map("pr-\\(.number)") | join(",")\')"');
    }
    // The project comes from the config, so one repository's sweep never reaches another's.
    const { config } = await (0, config_1.loadConfig)(options.config, { cwd });
    const endpoint = (0, clients_1.resolveEndpoint)(options.endpointUrl, env);
    const clients = (0, clients_1.createAwsClients)({
        region: (0, clients_1.resolveRegion)(options.region, env),
        ...(endpoint !== undefined && { endpoint }),
    });
    try {
        const outcomes = await (0, previews_1.sweepPreviews)({
            cfn: clients.cloudFormation,
            logger,
            // The engine's destroy: it re-checks the tags, empties the stack's buckets and
            // explains a failed deletion.
            destroy: async (stack) => {
                await (0, deploy_1.runDestroy)(stack.stackName, { clients, clock, logger });
            },
        }, {
            project: config.project_name,
            ...(options.keep !== undefined && { keep: new Set(options.keep) }),
            ...(options.ttlHours !== undefined && { ttlHours: options.ttlHours }),
            now: clock.now(),
        }, options.dryRun ?? false);
        const dryRun = options.dryRun ?? false;
        print(options.format === 'json'
            ? JSON.stringify(sweepJson(outcomes, dryRun))
            : sweepMarkdown(outcomes, dryRun, config.project_name));
        return outcomes.some((o) => o.result?.deleted === false) ? 1 : 0;
    }
    finally {
        clients.destroy();
    }
}
/** `--format json`: one object, one entry per preview stack seen. */
function sweepJson(outcomes, dryRun) {
    return {
        dryRun,
        stacks: outcomes.map((o) => ({
            stackName: o.stack.stackName,
            environment: o.stack.environment,
            action: o.action,
            reason: o.reason,
            ...(o.result !== undefined && { deleted: o.result.deleted }),
            ...(o.result?.deleted === false && { error: o.result.error }),
        })),
    };
}
/** Text output is Markdown: the workflow appends it to the job summary as is. */
function sweepMarkdown(outcomes, dryRun, project) {
    const title = `### Preview sweep of ${project}${dryRun ? ' (dry run: nothing deleted)' : ''}`;
    if (outcomes.length === 0)
        return `${title}\n\nNo preview stacks found.\n`;
    const rows = outcomes.map((o) => `| ${o.stack.stackName} | ${o.stack.environment} | ${verdict(o, dryRun)} | ${o.reason} |`);
    return [
        title,
        '',
        '| stack | stage | result | why |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
function verdict(outcome, dryRun) {
    if (outcome.action !== 'delete')
        return outcome.action === 'keep' ? 'kept' : 'skipped';
    if (dryRun || outcome.result === undefined)
        return 'would delete';
    return outcome.result.deleted ? 'deleted' : `**failed**: ${outcome.result.error}`;
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

/***/ 93542:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toPreviewStack = toPreviewStack;
exports.decideSweep = decideSweep;
exports.listPreviewStacks = listPreviewStacks;
exports.sweepPreviews = sweepPreviews;
exports.executeSweep = executeSweep;
// Preview stacks (`pr-*` stages) and the sweep that removes the ones nobody needs: their
// pull request is closed, or they outlived a TTL. Which stacks count as previews is
// decided by their tags, never by their names alone, so a sweep cannot touch a stack this
// tool did not create as ephemeral — whatever it is called.
const client_cloudformation_1 = __webpack_require__(3805);
const errors_1 = __webpack_require__(83916);
const run_destroy_1 = __webpack_require__(51613);
// The tags synth puts on every stack (synth/tags.ts); destroy checks the same two.
const PROJECT_TAG = 'project';
const ENVIRONMENT_TAG = 'environment';
const HOUR_MS = 3_600_000;
/** A stack this tool created for an ephemeral stage: both tags present, whatever its name. */
function toPreviewStack(stack) {
    const tags = new Map((stack.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    if (tags.get(run_destroy_1.MANAGED_BY_TAG.key) !== run_destroy_1.MANAGED_BY_TAG.value)
        return undefined;
    if (tags.get(run_destroy_1.EPHEMERAL_TAG) !== 'true')
        return undefined;
    const stackName = stack.StackName ?? '';
    const project = tags.get(PROJECT_TAG) ?? '';
    const fromName = project !== '' && stackName.startsWith(`${project}-`)
        ? stackName.slice(project.length + 1)
        : stackName;
    const deployedAt = stack.LastUpdatedTime ?? stack.CreationTime;
    return {
        stackName,
        stackId: stack.StackId ?? stackName,
        status: stack.StackStatus ?? 'UNKNOWN',
        project,
        environment: tags.get(ENVIRONMENT_TAG) ?? fromName,
        // A stack without any timestamp is treated as brand new: never deleted for its age.
        lastDeployedAt: deployedAt ?? new Date(8.64e15),
    };
}
/**
 * What to do with each preview. Pure: the same stacks and criteria give the same answer.
 * Order of the checks matters: a busy stack is never touched, even when expired, because
 * deleting a stack mid-update fails and leaves it worse off.
 */
function decideSweep(stacks, criteria) {
    return stacks
        .filter((stack) => criteria.project === undefined || stack.project === criteria.project)
        .map((stack) => ({ stack, ...decideOne(stack, criteria) }));
}
function decideOne(stack, { keep, ttlHours, now }) {
    if (stack.status === 'DELETE_IN_PROGRESS') {
        return { action: 'skip', reason: 'already being deleted' };
    }
    if (stack.status.endsWith('_IN_PROGRESS')) {
        return { action: 'skip', reason: `busy (${stack.status}); the next sweep will see it` };
    }
    const ageHours = (now.getTime() - stack.lastDeployedAt.getTime()) / HOUR_MS;
    if (ttlHours !== undefined && ageHours >= ttlHours) {
        return {
            action: 'delete',
            reason: `not deployed for ${Math.floor(ageHours)} h (TTL ${ttlHours} h)`,
        };
    }
    if (keep !== undefined && !keep.has(stack.environment)) {
        return { action: 'delete', reason: 'its pull request is not open' };
    }
    return {
        action: 'keep',
        reason: keep === undefined ? 'younger than the TTL' : 'its pull request is open',
    };
}
/** Every stack in the region that is a preview (by tags); deleted stacks are not listed. */
async function listPreviewStacks(cfn) {
    const previews = [];
    // DescribeStacks (not ListStacks) because only it returns tags; it omits deleted stacks.
    for await (const page of (0, client_cloudformation_1.paginateDescribeStacks)({ client: cfn }, {})) {
        for (const stack of page.Stacks ?? []) {
            const preview = toPreviewStack(stack);
            if (preview)
                previews.push(preview);
        }
    }
    return previews;
}
/** Lists previews, decides, and (unless dryRun) deletes those due. */
async function sweepPreviews({ cfn, logger, destroy }, criteria, dryRun) {
    const decisions = decideSweep(await listPreviewStacks(cfn), criteria);
    return dryRun ? decisions : executeSweep(decisions, destroy, logger);
}
/**
 * Deletes every stack decided `delete`, all at once: one failure does not stop the
 * others, and shows in its outcome for the report.
 */
function executeSweep(decisions, destroy, logger) {
    return Promise.all(decisions.map(async (decision) => {
        if (decision.action !== 'delete')
            return decision;
        logger.info(`deleting ${decision.stack.stackName}: ${decision.reason}`);
        try {
            await destroy(decision.stack);
            return { ...decision, result: { deleted: true } };
        }
        catch (error) {
            logger.error((0, errors_1.errorMessage)(error));
            return { ...decision, result: { deleted: false, error: (0, errors_1.errorMessage)(error) } };
        }
    }));
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