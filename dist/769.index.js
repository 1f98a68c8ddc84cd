"use strict";
exports.id = 769;
exports.ids = [769];
exports.modules = {

/***/ 65522:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sweepCommand = void 0;
exports.runSweep = runSweep;
exports.sweepTally = sweepTally;
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
/** The stacks actually deleted, and those left standing (kept, skipped, or failed). */
function sweepTally(outcomes) {
    const deleted = outcomes.filter((o) => o.result?.deleted === true).map((o) => o.stack.stackName);
    const kept = outcomes
        .filter((o) => o.result?.deleted !== true && !(o.action === 'delete' && o.result === undefined))
        .map((o) => o.stack.stackName);
    return { deleted, kept };
}
/** `--format json`: one object, one entry per preview stack seen. */
function sweepJson(outcomes, dryRun) {
    return {
        dryRun,
        ...sweepTally(outcomes),
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
    const { deleted, kept } = sweepTally(outcomes);
    const list = (names) => (names.length > 0 ? names.join(', ') : 'none');
    return [
        title,
        '',
        dryRun
            ? `Would delete: ${list(outcomes.filter((o) => o.action === 'delete').map((o) => o.stack.stackName))}. Kept: ${list(kept)}.`
            : `Deleted: ${list(deleted)}. Kept: ${list(kept)}.`,
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
    // --force does not lift termination protection: the protection exists to stop exactly a
    // forced delete by CI; lifting it is a deliberate step of its own, named in the hint.
    if (stack.EnableTerminationProtection === true) {
        return {
            message: `refusing to delete ${stack.StackName}: it has termination protection (stack.termination_protection, on by default for long-lived stages)`,
            hint: `lift it first: "aws cloudformation update-termination-protection --no-enable-termination-protection --stack-name ${stack.StackName}", ` +
                `then run destroy again (with --force for a long-lived stage). To keep it off, set "stack: { termination_protection: false }" ` +
                `under this environment in the config: otherwise the next deploy turns it back on`,
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