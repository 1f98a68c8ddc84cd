"use strict";
exports.id = 255;
exports.ids = [255];
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
const client_lambda_1 = __webpack_require__(71696);
const client_s3_1 = __webpack_require__(53711);
const client_sts_1 = __webpack_require__(71695);
const retry_1 = __webpack_require__(22495);
const DEFAULT_MAX_ATTEMPTS = 5;
function createAwsClients(options) {
    const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const common = {
        region: options.region,
        // The strategy decides; maxAttempts says the same number to whoever reads the config.
        maxAttempts,
        // One strategy per client: each keeps its own retry budget and sending rate.
        retryStrategy: new retry_1.FaultTolerantRetryStrategy(maxAttempts),
        ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
        ...(options.credentials !== undefined && { credentials: options.credentials }),
    };
    const cloudFormation = new client_cloudformation_1.CloudFormationClient(common);
    const cloudFormationOnce = new client_cloudformation_1.CloudFormationClient({
        ...common,
        maxAttempts: 1,
        retryStrategy: new retry_1.FaultTolerantRetryStrategy(1),
    });
    // A custom endpoint (moto, LocalStack) has no per-bucket DNS names: use path-style URLs.
    const s3 = new client_s3_1.S3Client({
        ...common,
        retryStrategy: new retry_1.FaultTolerantRetryStrategy(maxAttempts),
        forcePathStyle: options.endpoint !== undefined,
    });
    const sts = new client_sts_1.STSClient({
        ...common,
        retryStrategy: new retry_1.FaultTolerantRetryStrategy(maxAttempts),
    });
    const lambda = new client_lambda_1.LambdaClient({
        ...common,
        retryStrategy: new retry_1.FaultTolerantRetryStrategy(maxAttempts),
    });
    return {
        region: options.region,
        ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
        cloudFormation,
        cloudFormationOnce,
        s3,
        sts,
        lambda,
        destroy: () => {
            cloudFormation.destroy();
            cloudFormationOnce.destroy();
            s3.destroy();
            sts.destroy();
            lambda.destroy();
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

/***/ 60701:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.allItems = allItems;
exports.nextToken = nextToken;
// Every item of a NextToken-paged AWS call, in order. The SDK's paginators accept only a
// concrete client class, while the engine passes any object with the client's `send` (tests
// give it recorded answers), so the loop is written once, here.
async function allItems(fetchPage, itemsOf) {
    const all = [];
    let token;
    do {
        const page = await fetchPage(token);
        all.push(...(itemsOf(page) ?? []));
        token = page.NextToken;
    } while (token);
    return all;
}
/** `NextToken` for a request, only when there is one (CloudFormation rejects an empty one). */
function nextToken(token) {
    return token ? { NextToken: token } : {};
}


/***/ }),

/***/ 22495:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FaultTolerantRetryStrategy = void 0;
exports.widenedErrorType = widenedErrorType;
exports.isTransientFault = isTransientFault;
// Retries as AWS's guidance asks for them ("Error retries and exponential backoff in AWS",
// the SDKs' standard retry behavior): every 5xx, throttling, timeouts and dropped
// connections are retried with capped exponential backoff and full jitter, whatever the
// answer's body says. The SDK already retries 500/502/503/504 and throttling; it gives up at
// once on any other 5xx (501, 505, 507, 509, ...) and on a request timeout (408), and a
// body it cannot parse (plain text, HTML, JSON from a proxy) makes a CLIENT_ERROR of them.
// This strategy is the SDK's own adaptive strategy with that classification widened.
const retry_1 = __webpack_require__(23609);
/** Connection-level failures Node reports by code: the request may never have arrived. */
const CONNECTION_ERROR_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN',
    'ERR_STREAM_PREMATURE_CLOSE',
    'UND_ERR_SOCKET',
]);
/** Error names of timeouts. */
const TRANSIENT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
/**
 * The retry class of an error, widening the SDK's: any 5xx or 408 status (from the parsed
 * error or, when its body could not be parsed, from the raw response), a connection error
 * anywhere in the cause chain, or an answer cut short is TRANSIENT. Pure.
 */
function widenedErrorType(sdkType, error) {
    if (sdkType === 'THROTTLING' || sdkType === 'TRANSIENT')
        return sdkType;
    return isTransientFault(error) ? 'TRANSIENT' : sdkType;
}
function isTransientFault(error, depth = 0) {
    if (error === null || typeof error !== 'object' || depth > 5)
        return false;
    const e = error;
    // The caller's own abort (an interrupted run) must stop, not retry.
    if (e.name === 'AbortError')
        return false;
    const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
    if (status !== undefined && (status >= 500 || status === 408))
        return true;
    if (typeof e.code === 'string' && CONNECTION_ERROR_CODES.has(e.code))
        return true;
    if (typeof e.name === 'string' && TRANSIENT_NAMES.has(e.name))
        return true;
    // Node's words for a socket closed mid-answer; the SDK surfaces them without a code.
    if (typeof e.message === 'string' && /socket hang up|aborted|premature close/i.test(e.message)) {
        return true;
    }
    return isTransientFault(e.cause, depth + 1);
}
/** The SDK's adaptive strategy (client-side rate limiting on throttling), classification widened. */
class FaultTolerantRetryStrategy {
    mode = 'adaptive';
    inner;
    constructor(maxAttempts) {
        this.inner = new retry_1.AdaptiveRetryStrategy(() => Promise.resolve(maxAttempts));
    }
    acquireInitialRetryToken(scope) {
        return this.inner.acquireInitialRetryToken(scope);
    }
    refreshRetryTokenForRetry(token, errorInfo) {
        return this.inner.refreshRetryTokenForRetry(token, {
            ...errorInfo,
            errorType: widenedErrorType(errorInfo.errorType, errorInfo.error),
        });
    }
    recordSuccess(token) {
        this.inner.recordSuccess(token);
    }
}
exports.FaultTolerantRetryStrategy = FaultTolerantRetryStrategy;


/***/ }),

/***/ 44610:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ChangeSetSupersededError = exports.CHANGE_SET_PREFIX = void 0;
exports.describeStack = describeStack;
exports.waitForStack = waitForStack;
exports.recentEvents = recentEvents;
exports.listStackResources = listStackResources;
exports.deployedTemplate = deployedTemplate;
exports.deleteStaleChangeSets = deleteStaleChangeSets;
exports.deleteChangeSet = deleteChangeSet;
exports.createChangeSet = createChangeSet;
exports.executeChangeSet = executeChangeSet;
exports.waitForChangeSet = waitForChangeSet;
exports.deleteStack = deleteStack;
// Thin, typed wrappers over the CloudFormation calls the engine makes. Each one is a
// single responsibility; the decisions live in the pure modules beside this one.
const node_crypto_1 = __webpack_require__(77598);
const client_cloudformation_1 = __webpack_require__(3805);
const pages_1 = __webpack_require__(60701);
const retry_1 = __webpack_require__(22495);
const errors_1 = __webpack_require__(83916);
const change_set_reason_1 = __webpack_require__(75371);
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
        const polled = await surviveFault(options, () => Promise.all([
            describeStack(cfn, stackId),
            options.printEvents ? options.printEvents() : undefined,
        ]));
        if (polled === FAULT) {
            await options.clock.sleep((0, stack_state_1.backoffDelay)(attempt));
            continue;
        }
        const [stack] = polled;
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
const FAULT = Symbol('fault');
/**
 * One poll of a waiter. A fault the SDK's retries could not ride out (a longer outage, a
 * run of dropped connections) must not end a wait whose operation CloudFormation is still
 * running: it is logged and the next poll tries again, within the waiter's own timeout.
 */
async function surviveFault(options, poll) {
    try {
        return await poll();
    }
    catch (error) {
        if (!(0, retry_1.isTransientFault)(error))
            throw error;
        options.logger.info(`network or service fault while waiting for ${options.what} (${(0, errors_1.errorMessage)(error).split('\n')[0]}): polling again`);
        return FAULT;
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
    return (0, pages_1.allItems)((token) => cfn.send(new client_cloudformation_1.ListStackResourcesCommand({ StackName: stackName, ...(0, pages_1.nextToken)(token) })), (page) => page.StackResourceSummaries);
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
async function deleteStaleChangeSets(cfn, cfnOnce, stackName, logger, 
/** Sets to leave alone: another deploy's, still on its way to execution (busy.ts). */
keep = () => false) {
    let deleted = 0;
    // Listed in full first: deleting between pages could shift what the next page holds.
    const summaries = await (0, pages_1.allItems)((token) => cfn.send(new client_cloudformation_1.ListChangeSetsCommand({ StackName: stackName, ...(0, pages_1.nextToken)(token) })), (page) => page.Summaries);
    for (const summary of summaries) {
        if (!summary.ChangeSetName?.startsWith(exports.CHANGE_SET_PREFIX))
            continue;
        // Executed sets are gone on AWS (moto keeps them); running ones must not be touched.
        if (summary.ExecutionStatus?.startsWith('EXECUTE_') || keep(summary))
            continue;
        await deleteChangeSet(cfnOnce, stackName, summary.ChangeSetId ?? summary.ChangeSetName, logger);
        deleted++;
    }
    return deleted;
}
/**
 * Best effort: a change set that is already gone is not an error. A fault is tried again a
 * few times here rather than by the SDK (see `cloudFormationOnce`), so a flaky network does
 * not leave the set behind.
 */
async function deleteChangeSet(cfnOnce, stackName, changeSet, logger, attempts = 4) {
    for (let attempt = 1;; attempt++) {
        try {
            await cfnOnce.send(new client_cloudformation_1.DeleteChangeSetCommand({ StackName: stackName, ChangeSetName: changeSet }));
            logger.debug(`deleted change set ${changeSet}`);
            return;
        }
        catch (error) {
            if (attempt < attempts && (0, retry_1.isTransientFault)(error)) {
                await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
                continue;
            }
            logger.debug(`could not delete change set ${changeSet}: ${(0, errors_1.errorMessage)(error)}`);
            return;
        }
    }
}
/**
 * The change set went away or went stale before this run executed it: another deploy of
 * the stack executed first (CloudFormation then removes every other change set of the
 * stack). The deploy plans again against the stack as it now is.
 */
class ChangeSetSupersededError extends errors_1.ServerlessActionError {
    constructor(stackName, changeSet) {
        super(`change set ${changeSet} of ${stackName} was superseded by another deploy of the same stack`, 'CHANGE_SET_SUPERSEDED', 'deploy again: the next plan starts from the stack as the other deploy left it');
    }
}
exports.ChangeSetSupersededError = ChangeSetSupersededError;
function isSuperseded(error) {
    const name = error?.name;
    return name === 'ChangeSetNotFoundException' || name === 'InvalidChangeSetStatusException';
}
async function createChangeSet(cfn, input) {
    const out = await cfn.send(new client_cloudformation_1.CreateChangeSetCommand({
        // The SDK resends this same token on every retry of this call: a retry after a lost
        // answer returns the change set the first attempt made instead of making a second
        // one (for a new stack, a second stack left in REVIEW_IN_PROGRESS).
        ClientToken: (0, node_crypto_1.randomUUID)(),
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
        ...(input.includeNestedStacks === true && { IncludeNestedStacks: true }),
        ...input.stackOptions,
    }));
    if (!out.Id || !out.StackId) {
        throw new errors_1.ServerlessActionError('CreateChangeSet returned no id', 'CHANGE_SET_FAILED');
    }
    return { changeSetId: out.Id, stackId: out.StackId };
}
/**
 * Starts the change set's execution. The token makes the SDK's retries safe: a retry after
 * a lost answer is recognized by CloudFormation and does not execute anything twice.
 */
async function executeChangeSet(cfn, stackName, changeSetId) {
    try {
        await cfn.send(new client_cloudformation_1.ExecuteChangeSetCommand({
            StackName: stackName,
            ChangeSetName: changeSetId,
            ClientRequestToken: (0, node_crypto_1.randomUUID)(),
        }));
    }
    catch (error) {
        if (isSuperseded(error))
            throw new ChangeSetSupersededError(stackName, changeSetId);
        throw error;
    }
}
/**
 * Waits until the change set is computed, then reads every page of its changes. A nested
 * change set (`nested`) is named by its ARN alone: a new nested stack has no id in the
 * parent's change to name it by; `stackName` then only labels messages.
 */
async function waitForChangeSet(cfn, stackName, changeSetId, options) {
    const started = options.clock.now().getTime();
    const name = changeSetName(stackName, changeSetId, options.nested === true);
    for (let attempt = 0;; attempt++) {
        const first = await surviveFault(options, () => cfn.send(new client_cloudformation_1.DescribeChangeSetCommand(name))).catch((error) => {
            if (isSuperseded(error))
                throw new ChangeSetSupersededError(stackName, changeSetId);
            throw error;
        });
        if (first === FAULT) {
            await options.clock.sleep((0, stack_state_1.backoffDelay)(attempt));
            continue;
        }
        if (first.Status === 'CREATE_COMPLETE') {
            return { kind: 'ready', changes: await remainingPages(cfn, name, first) };
        }
        if (first.Status === 'FAILED') {
            if ((0, change_set_reason_1.isNoChangesReason)(first.StatusReason))
                return { kind: 'empty' };
            throw new errors_1.ServerlessActionError(`change set for ${stackName} failed: ${await (0, change_set_reason_1.withNestedReason)(cfn, first.StatusReason)}`, 'CHANGE_SET_FAILED', 'fix the template problem named above; `serverless-action synth` writes the template to inspect');
        }
        if (options.clock.now().getTime() - started > options.timeoutMs) {
            throw new errors_1.ServerlessActionError(`timed out waiting for the change set of ${stackName} (status ${first.Status})`, 'DEPLOY_TIMEOUT');
        }
        await options.clock.sleep((0, stack_state_1.backoffDelay)(attempt));
    }
}
function changeSetName(stackName, changeSetId, nested) {
    return nested
        ? { ChangeSetName: changeSetId }
        : { StackName: stackName, ChangeSetName: changeSetId };
}
async function remainingPages(cfn, name, first) {
    return (0, pages_1.allItems)((token) => token === undefined
        ? Promise.resolve(first)
        : cfn.send(new client_cloudformation_1.DescribeChangeSetCommand({ ...name, NextToken: token })), (page) => page.Changes);
}
async function deleteStack(cfn, stackId) {
    await cfn.send(new client_cloudformation_1.DeleteStackCommand({ StackName: stackId }));
}


/***/ }),

/***/ 75371:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isNoChangesReason = isNoChangesReason;
exports.withNestedReason = withNestedReason;
// What a change set's StatusReason says: that there is nothing to change, or (for a root
// change set whose nested one failed) where to read the real reason.
const client_cloudformation_1 = __webpack_require__(3805);
/** "No changes" is read from the status reason: the Changes array alone cannot tell it apart. */
function isNoChangesReason(reason) {
    return /didn't contain changes|No updates are to be performed|no changes/i.test(reason ?? '');
}
/**
 * A root change set that failed because a nested one did says only "Nested change set ARN
 * was not successfully created: Currently in FAILED."; the nested set's own reason (one
 * more call per level, best effort) is what names the problem.
 */
async function withNestedReason(cfn, reason) {
    const text = reason ?? 'no reason given';
    const arn = /Nested change set (arn:\S+) was not successfully created/.exec(text)?.[1];
    if (arn === undefined)
        return text;
    try {
        const nested = await cfn.send(new client_cloudformation_1.DescribeChangeSetCommand({ ChangeSetName: arn }));
        if (nested.StatusReason === undefined)
            return text;
        return `${text} (${nested.StackName ?? arn}: ${await withNestedReason(cfn, nested.StatusReason)})`;
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 14896:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatChanges = formatChanges;
// Text renderings of a plan, shared by the CLI and the deploy progress log.
const nested_1 = __webpack_require__(83468);
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
        const name = c.resource ? `${c.resource} (${(0, nested_1.qualifiedId)(c)})` : (0, nested_1.qualifiedId)(c);
        const replaced = c.replacement === 'True' || c.replacement === 'Conditional';
        const why = c.reason ? ` — ${c.reason}` : '';
        return `  ${ACTION_MARK[c.action] ?? '?'} ${c.risk.padEnd(11)} ${c.type.padEnd(28)} ${name}${replaced ? ` [replacement: ${c.replacement}]` : ''}${why}`;
    })
        .join('\n');
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
            hint: `run "serverless-action rollback --continue --environment <env>": it lists the resources that failed to roll back and the command that skips them. ` +
                `Or fix the resource that blocks the rollback (see the stack events), then run ` +
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