"use strict";
exports.id = 496;
exports.ids = [496];
exports.modules = {

/***/ 10406:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatEvent = formatEvent;
exports.rootCauseEvents = rootCauseEvents;
exports.eventsAfter = eventsAfter;
exports.triggeringAlarm = triggeringAlarm;
exports.alarmNameOf = alarmNameOf;
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
const ALARM_ARN = /arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:\d{12}:alarm:[^\s,;"'\])]+/;
/**
 * The rollback trigger that rolled the operation back, when a trigger did: CloudFormation
 * names the alarm's ARN in the ResourceStatusReason of the stack's own
 * `UPDATE_ROLLBACK_IN_PROGRESS` (or `ROLLBACK_IN_PROGRESS`) event. Only the ARN is relied
 * on, not the sentence around it. Oldest such event first.
 */
function triggeringAlarm(events) {
    const chronological = [...events].sort((a, b) => (a.Timestamp?.getTime() ?? 0) - (b.Timestamp?.getTime() ?? 0));
    for (const event of chronological) {
        if (!/ROLLBACK_IN_PROGRESS$/.test(event.ResourceStatus ?? ''))
            continue;
        const found = ALARM_ARN.exec(event.ResourceStatusReason ?? '');
        if (found)
            return found[0];
    }
    return undefined;
}
/** `arn:aws:cloudwatch:us-east-1:123456789012:alarm:name` -> `name`. */
function alarmNameOf(arn) {
    return arn.slice(arn.indexOf(':alarm:') + ':alarm:'.length);
}


/***/ }),

/***/ 95962:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DataLossError = void 0;
exports.dataLossChanges = dataLossChanges;
exports.assertNoDataLoss = assertNoDataLoss;
// The data-loss guard: a change set that would delete a table, bucket, queue, stream or
// log group with its data, or replace one (the stack then uses a new, empty resource,
// whatever happens to the old one), is not executed unless the user said so explicitly.
const errors_1 = __webpack_require__(83916);
const nested_1 = __webpack_require__(83468);
class DataLossError extends errors_1.ServerlessActionError {
    changes;
    constructor(changes) {
        super(`refusing to execute: the change set would leave ${changes.length} stateful resource(s) without their data:\n` +
            changes
                .map((c) => `  - ${c.resource ?? (0, nested_1.qualifiedId)(c)} (${c.type}, ${(0, nested_1.qualifiedId)(c)}): ${c.reason ?? c.action}`)
                .join('\n'), 'DATA_LOSS_GUARD', 'keep the resource (undo the change), or re-run with --allow-replacement (input allow-replacement: true) if that is intended; to keep an old resource and its data on replacement, set its UpdateReplacePolicy (DeletionPolicy for removal) to Retain or Snapshot first');
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

/***/ 8259:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HISTORY_VERSION = void 0;
exports.withoutDigestMarker = withoutDigestMarker;
exports.templateHash = templateHash;
exports.historyPrefix = historyPrefix;
exports.historyKey = historyKey;
exports.historyEntry = historyEntry;
exports.writeHistory = writeHistory;
exports.listHistory = listHistory;
exports.readHistory = readHistory;
exports.previousEntry = previousEntry;
exports.keepDeployed = keepDeployed;
// Deploy history: after every successful deploy that changed the stack, the template it
// deployed is kept in the artifact bucket under `history/<stack>/<timestamp>.json`, beside
// the code it names. `rollback` redeploys the newest entry whose template differs from the
// deployed one (history entries expire with the bucket's other artifacts, after
// ARTIFACT_EXPIRY_DAYS; so does the code they name).
const node_crypto_1 = __webpack_require__(77598);
const client_s3_1 = __webpack_require__(53711);
const errors_1 = __webpack_require__(83916);
const context_1 = __webpack_require__(69116);
const digest_1 = __webpack_require__(33683);
const hotswap_record_1 = __webpack_require__(78001);
const template_source_1 = __webpack_require__(25839);
exports.HISTORY_VERSION = 1;
const MARKER_SUFFIX = /\s*\(serverless-action digest [^)]*\)$/;
/** The template without the digest marker this tool adds to the Description. Pure. */
function withoutDigestMarker(template) {
    if (template.Description === undefined)
        return template;
    const description = template.Description.replace(MARKER_SUFFIX, '');
    const copy = { ...template };
    if (description === '')
        delete copy.Description;
    else
        copy.Description = description;
    return copy;
}
function templateHash(template) {
    return (0, node_crypto_1.createHash)('sha256')
        .update(JSON.stringify((0, digest_1.canonicalize)(withoutDigestMarker(template))))
        .digest('hex');
}
function historyPrefix(stackName) {
    return `history/${stackName}/`;
}
/** `history/<stack>/2026-12-02T11-40-17-123Z.json`: sorts by time as text. */
function historyKey(stackName, at) {
    return `${historyPrefix(stackName)}${at.toISOString().replace(/:/g, '-').replace('.', '-')}.json`;
}
function historyEntry(input) {
    const template = withoutDigestMarker(input.template);
    return {
        version: exports.HISTORY_VERSION,
        stackName: input.stackName,
        deployedAt: input.at.toISOString(),
        status: input.final.StackStatus ?? 'UNKNOWN',
        ...(input.commit !== undefined && { commit: input.commit }),
        ...(input.changeSetId !== undefined && { changeSetId: input.changeSetId }),
        tags: { ...input.tags },
        templateSha256: templateHash(template),
        template,
    };
}
/** Best effort: a deploy that succeeded is not failed by its history; it warns instead. */
async function writeHistory(s3, bucket, entry, logger) {
    const key = historyKey(entry.stackName, new Date(entry.deployedAt));
    try {
        await s3.send(new client_s3_1.PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: JSON.stringify(entry),
            ContentType: 'application/json',
        }));
        logger.debug(`kept the deployed template as s3://${bucket}/${key}`);
        return key;
    }
    catch (error) {
        logger.warn(`could not keep the deployed template in s3://${bucket}/${key} (${(0, errors_1.errorMessage)(error)}): \`rollback\` will not find this deploy`);
        return undefined;
    }
}
/** History keys of the stack, oldest first. */
async function listHistory(s3, bucket, stackName) {
    const keys = [];
    let token;
    do {
        const page = await s3.send(new client_s3_1.ListObjectsV2Command({
            Bucket: bucket,
            Prefix: historyPrefix(stackName),
            ...(token && { ContinuationToken: token }),
        }));
        keys.push(...(page.Contents ?? []).map((o) => o.Key).filter((k) => k.endsWith('.json')));
        token = page.NextContinuationToken;
    } while (token);
    return keys.sort();
}
async function readHistory(s3, bucket, key) {
    const out = await s3.send(new client_s3_1.GetObjectCommand({ Bucket: bucket, Key: key }));
    return JSON.parse((await out.Body.transformToString()) ?? '');
}
/**
 * The entry to roll back to: the newest whose template differs from the deployed one
 * (`deployedHash`). Reads entries newest first and stops at the first that differs.
 */
async function previousEntry(s3, bucket, stackName, deployedHash) {
    const keys = await listHistory(s3, bucket, stackName);
    for (const key of [...keys].reverse()) {
        const entry = await readHistory(s3, bucket, key);
        if (entry.templateSha256 !== deployedHash)
            return { key, entry };
    }
    return undefined;
}
/**
 * After a successful deploy that changed the stack: keeps its template in the bucket the
 * stack's code goes to (the first asset's, else `artifactBucket`, else the tool's default,
 * ensured). Never throws.
 */
async function keepDeployed(input, deps) {
    try {
        const location = (0, hotswap_record_1.recordLocation)(input.final, input.assets, input.artifactBucket);
        if (location === undefined)
            return undefined;
        const env = await (0, context_1.callerEnvironment)(deps);
        await (0, template_source_1.ensureOwnedBucket)(location.bucket, env, deps);
        const entry = historyEntry({ ...input, at: deps.clock.now() });
        return await writeHistory(deps.clients.s3, location.bucket, entry, deps.logger);
    }
    catch (error) {
        deps.logger.warn(`could not keep the deployed template of ${input.stackName} (${(0, errors_1.errorMessage)(error)}): \`rollback\` will not find this deploy`);
        return undefined;
    }
}


/***/ }),

/***/ 19495:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planHotswap = planHotswap;
exports.aliasOf = aliasOf;
const classify_1 = __webpack_require__(30925);
const FUNCTION = 'AWS::Lambda::Function';
const VERSION = 'AWS::Lambda::Version';
const ALIAS = 'AWS::Lambda::Alias';
const fallback = (reason) => ({ kind: 'fallback', reason });
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function planHotswap(deployedTemplate, nextTemplate) {
    const deployed = withVersionsByFunction(deployedTemplate);
    const next = withVersionsByFunction(nextTemplate);
    // Description carries the deploy digest (digest.ts): it always differs, and means nothing here.
    const sections = new Set([...Object.keys(deployed), ...Object.keys(next)]);
    for (const section of sections) {
        if (section === 'Description' || section === 'Resources')
            continue;
        const before = deployed[section];
        const after = next[section];
        if (!same(before, after))
            return fallback(`the template's ${section} change`);
    }
    const beforeIds = Object.keys(deployed.Resources);
    const afterIds = Object.keys(next.Resources);
    const added = afterIds.filter((id) => !(id in deployed.Resources));
    const removed = beforeIds.filter((id) => !(id in next.Resources));
    if (added.length > 0 || removed.length > 0) {
        return fallback(`resources are added or removed (${[...added, ...removed].join(', ')})`);
    }
    const updates = [];
    for (const id of afterIds) {
        const before = deployed.Resources[id];
        const after = next.Resources[id];
        if (same(before, after))
            continue;
        if (before.Type !== FUNCTION || after.Type !== FUNCTION) {
            const properties = (0, classify_1.changedProperties)(before, after);
            return fallback(`${id} (${after.Type}) changes ${properties.length > 0 ? properties.join(', ') : 'its settings'}`);
        }
        const others = (0, classify_1.changedProperties)(before, after).filter((p) => p !== 'Code');
        if (others.length > 0 || !same(withoutProperties(before), withoutProperties(after))) {
            return fallback(`${id} changes more than its code (${others.join(', ') || 'its settings'})`);
        }
        const update = codeUpdate(id, before.Properties?.['Code'], after.Properties?.['Code']);
        if (typeof update === 'string')
            return fallback(update);
        const alias = aliasOf(nextTemplate, id);
        if (alias?.codeDeploy === true) {
            return fallback(`${id} shifts traffic through CodeDeploy (its deployment_preference): a hotswap would skip the gradual rollout and its alarms`);
        }
        updates.push(alias === undefined ? update : { ...update, alias: alias.name });
    }
    if (updates.length === 0) {
        return { kind: 'fallback', reason: 'no function code changed', unchanged: true };
    }
    return { kind: 'hotswap', updates };
}
/** The `live` alias of a function: its name, and whether CodeDeploy moves it. */
function aliasOf(template, functionId) {
    for (const resource of Object.values(template.Resources)) {
        if (resource.Type !== ALIAS)
            continue;
        const target = resource.Properties?.['FunctionName'];
        const name = resource.Properties?.['Name'];
        if (target?.Ref !== functionId || typeof name !== 'string')
            continue;
        const policy = resource.UpdatePolicy;
        return { name, codeDeploy: policy?.['CodeDeployLambdaAliasUpdate'] !== undefined };
    }
    return undefined;
}
/**
 * A copy of the template in which each function's one version is keyed by the function
 * (`<function>#Version`) and aliases name it so: a new version of changed code is then
 * compared as the same resource, not one removed and one added.
 */
function withVersionsByFunction(template) {
    const renamed = new Map();
    const perFunction = new Map();
    for (const [id, resource] of Object.entries(template.Resources)) {
        const target = resource.Properties?.['FunctionName']?.Ref;
        if (resource.Type !== VERSION || typeof target !== 'string')
            continue;
        renamed.set(id, `${target}#Version`);
        perFunction.set(target, (perFunction.get(target) ?? 0) + 1);
    }
    // Two versions of one function (not this tool's shape): compare them as they are.
    for (const [id, key] of renamed) {
        if (perFunction.get(key.slice(0, -'#Version'.length)) > 1)
            renamed.delete(id);
    }
    if (renamed.size === 0)
        return template;
    const resources = {};
    for (const [id, resource] of Object.entries(template.Resources)) {
        const version = resource.Properties?.['FunctionVersion']?.['Fn::GetAtt'];
        const versionId = Array.isArray(version) ? renamed.get(String(version[0])) : undefined;
        resources[renamed.get(id) ?? id] =
            resource.Type === ALIAS && versionId !== undefined
                ? {
                    ...resource,
                    Properties: {
                        ...resource.Properties,
                        FunctionVersion: { 'Fn::GetAtt': [versionId, 'Version'] },
                    },
                }
                : resource;
    }
    return { ...template, Resources: resources };
}
function withoutProperties(resource) {
    return Object.fromEntries(Object.entries(resource).filter(([key]) => key !== 'Properties'));
}
/** The new code location, or why it cannot be swapped (inline code, an image, a reference). */
function codeUpdate(id, before, after) {
    const location = (code) => {
        if (typeof code !== 'object' || code === null)
            return undefined;
        const { S3Bucket: bucket, S3Key: key, ...rest } = code;
        if (Object.keys(rest).length > 0 || typeof key !== 'string')
            return undefined;
        const literal = typeof bucket === 'string'
            ? bucket
            : typeof bucket === 'object' && bucket !== null
                ? bucket['Fn::Sub']
                : undefined;
        return typeof literal === 'string' ? { bucket: literal, key } : undefined;
    };
    const from = location(before);
    const to = location(after);
    if (from === undefined || to === undefined) {
        return `${id}'s code is not an S3 object this tool uploaded`;
    }
    return { logicalId: id, bucket: to.bucket, key: to.key, previousKey: from.key };
}


/***/ }),

/***/ 37802:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.updateFunctionCode = updateFunctionCode;
exports.revertUpdates = revertUpdates;
exports.pendingHotswap = pendingHotswap;
exports.reconcileAfterDeploy = reconcileAfterDeploy;
// Functions a hotswap left on code CloudFormation does not know about are pointed back at
// the template's code: by the next hotswap when their change was reverted, and by the next
// full deploy for every function whose template code CloudFormation did not change itself
// (it updates only what differs from its own template, which still names the old code).
const client_lambda_1 = __webpack_require__(71696);
const manifest_1 = __webpack_require__(85276);
const context_1 = __webpack_require__(69116);
const hotswap_plan_1 = __webpack_require__(19495);
const hotswap_record_1 = __webpack_require__(78001);
const outputs_1 = __webpack_require__(3545);
async function updateFunctionCode(deps, functionName, bucket, key, options) {
    await deps.clients.lambda.send(new client_lambda_1.UpdateFunctionCodeCommand({ FunctionName: functionName, S3Bucket: bucket, S3Key: key }));
    // The update runs on after the call returns; until it is Successful the old code answers.
    await (0, client_lambda_1.waitUntilFunctionUpdatedV2)({
        client: deps.clients.lambda,
        maxWaitTime: options.maxWaitSeconds ?? 300,
        minDelay: 1,
        maxDelay: 5,
    }, { FunctionName: functionName });
    if (options.alias === undefined)
        return;
    // Invokes go through the alias (API, event sources): $LATEST alone would change nothing
    // they run. A version of the updated code, then the alias onto it.
    const published = await deps.clients.lambda.send(new client_lambda_1.PublishVersionCommand({ FunctionName: functionName }));
    if (published.Version === undefined) {
        throw new Error(`PublishVersion of ${functionName} returned no version`);
    }
    await deps.clients.lambda.send(new client_lambda_1.UpdateAliasCommand({
        FunctionName: functionName,
        Name: options.alias,
        FunctionVersion: published.Version,
    }));
}
/**
 * Functions a pending record lists whose template code is CloudFormation's again (the
 * change was reverted): the plan cannot see them, the template being equal to the stack's.
 */
function revertUpdates(pending, stack, planned) {
    if (pending === undefined)
        return [];
    return Object.entries(pending.functions).flatMap(([logicalId, swapped]) => {
        if (planned.some((u) => u.logicalId === logicalId))
            return [];
        const code = stack.template.Resources[logicalId]?.Properties?.['Code'];
        if (typeof code?.S3Key !== 'string' || code.S3Key !== swapped.previousKey)
            return [];
        const bucket = code.S3Bucket;
        const literal = typeof bucket === 'string'
            ? bucket
            : bucket?.['Fn::Sub'];
        if (literal === undefined)
            return [];
        const alias = (0, hotswap_plan_1.aliasOf)(stack.template, logicalId)?.name;
        return [
            {
                logicalId,
                bucket: literal,
                key: code.S3Key,
                previousKey: swapped.previousKey,
                ...(alias !== undefined && { alias }),
            },
        ];
    });
}
/** The pending record of `current`, if any: read while the caller does other work. */
const RECREATED = new Set(['ROLLBACK_COMPLETE', 'REVIEW_IN_PROGRESS']);
async function pendingHotswap(current, assets, deps, artifactBucket) {
    // A stack about to be created again (a failed first create, or one never executed) has
    // no swapped code worth reconciling: no read at all.
    if (current === undefined || RECREATED.has(current.StackStatus ?? ''))
        return undefined;
    const location = (0, hotswap_record_1.recordLocation)(current, assets, artifactBucket);
    if (location === undefined)
        return undefined;
    const record = (0, hotswap_record_1.pendingRecord)(await (0, hotswap_record_1.readRecord)(deps.clients.s3, location), current);
    return record && { record, location };
}
/**
 * After a full deploy: every swapped function whose code CloudFormation left alone gets the
 * template's code again, and the record goes. Without a Lambda client it only warns.
 */
async function reconcileAfterDeploy(pending, stack, deployed, deps) {
    const lambda = deps.clients.lambda;
    const updates = revertUpdates(pending.record, stack, []);
    if (updates.length > 0 && lambda === undefined) {
        deps.logger.warn(`${stack.stackName}: functions hotswapped earlier may still run that code; deploy with this tool's CLI or action to reconcile them`);
        return [];
    }
    const env = (deployed.StackId && (0, outputs_1.locationFromStackId)(deployed.StackId)) || (await (0, context_1.callerEnvironment)(deps));
    const withLambda = { ...deps, clients: { ...deps.clients, lambda: lambda } };
    await Promise.all(updates.map((u) => updateFunctionCode(withLambda, pending.record.functions[u.logicalId].functionName, (0, manifest_1.resolvePlaceholders)(u.bucket, env), u.key, { alias: u.alias })));
    await (0, hotswap_record_1.deleteRecord)(deps.clients.s3, pending.location);
    const names = updates.map((u) => pending.record.functions[u.logicalId].functionName);
    if (names.length > 0) {
        deps.logger.info(`${stack.stackName}: pointed ${names.join(', ')} back at the code CloudFormation deployed (they ran hotswapped code)`);
    }
    return names;
}


/***/ }),

/***/ 78001:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.recordLocation = recordLocation;
exports.pendingRecord = pendingRecord;
exports.readRecord = readRecord;
exports.writeRecord = writeRecord;
exports.deleteRecord = deleteRecord;
// After a hotswap the functions run code CloudFormation does not know about: its template
// (and the digest in its Description) still name the old code. The record says which
// functions differ and from what, in the artifact bucket beside the code itself, so the
// next deploy neither mistakes the stack for up to date (a revert to the code CloudFormation
// has would otherwise be a no-op) nor leaves a function on swapped code.
const client_s3_1 = __webpack_require__(53711);
const artifact_bucket_1 = __webpack_require__(15062);
const manifest_1 = __webpack_require__(85276);
const digest_1 = __webpack_require__(33683);
const outputs_1 = __webpack_require__(3545);
/**
 * Where the record of `stack` lives: the bucket its code goes to (the first file asset's,
 * else `--artifact-bucket`, else the tool's default for the stack's account and region).
 */
function recordLocation(stack, assets, artifactBucket) {
    const where = stack.StackId ? (0, outputs_1.locationFromStackId)(stack.StackId) : undefined;
    if (where === undefined || stack.StackName === undefined)
        return undefined;
    const named = assets.find((a) => !a.isTemplate)?.bucketName ?? artifactBucket;
    const bucket = named !== undefined
        ? (0, manifest_1.resolvePlaceholders)(named, where)
        : (0, artifact_bucket_1.defaultArtifactBucketName)(where.account, where.region);
    return { bucket, key: `hotswap/${stack.StackName}.json` };
}
/**
 * The record when it still describes the stack: CloudFormation has not deployed since
 * (a full deploy in between changes the Description's digest and makes the record stale).
 */
function pendingRecord(record, stack) {
    if (record === undefined)
        return undefined;
    return record.stackDigest === ((0, digest_1.digestFromDescription)(stack.Description) ?? null)
        ? record
        : undefined;
}
/** Undefined when there is none (or the bucket is gone: then there is nothing to reconcile). */
async function readRecord(s3, location) {
    try {
        const out = await s3.send(new client_s3_1.GetObjectCommand({ Bucket: location.bucket, Key: location.key }));
        const text = await out.Body?.transformToString();
        return text === undefined ? undefined : JSON.parse(text);
    }
    catch (error) {
        const name = error.name;
        if (name === 'NoSuchKey' || name === 'NoSuchBucket' || name === 'NotFound')
            return undefined;
        throw error;
    }
}
async function writeRecord(s3, location, record) {
    await s3.send(new client_s3_1.PutObjectCommand({
        Bucket: location.bucket,
        Key: location.key,
        Body: JSON.stringify(record, null, 2),
        ContentType: 'application/json',
    }));
}
async function deleteRecord(s3, location) {
    await s3.send(new client_s3_1.DeleteObjectCommand({ Bucket: location.bucket, Key: location.key }));
}


/***/ }),

/***/ 32605:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StackMoveError = void 0;
exports.movedResources = movedResources;
exports.assertNoMoves = assertNoMoves;
exports.layoutOf = layoutOf;
// The layout guard: a change set that removes a resource from one stack and creates it, under
// the same logical id, in another (the first time a config crosses 500 resources and synth
// moves the functions into nested stacks, synth/nesting.ts) fails on AWS for every resource
// with a fixed name: CloudFormation creates the new copy (a function, log group, alarm or
// rule named as before) while the old one still exists, and deletes the old one only in the
// cleanup phase. The update then rolls back. The same holds the other way, when a config
// shrinks back under 500 and its functions return to the stack itself. So such a change set
// is refused before it runs, saying what to do instead. Pure.
const errors_1 = __webpack_require__(83916);
const markdown_1 = __webpack_require__(54285);
const templates_1 = __webpack_require__(66837);
const nested_1 = __webpack_require__(83468);
/**
 * The removals that are moves: the same logical id is added in another stack by this change
 * set (nested change sets read), or sits in another stack in the new templates (the nested
 * stack then shows as one change, as on moto).
 */
function movedResources(changes, layout = new Map()) {
    const added = new Map();
    for (const c of changes) {
        if (c.action === 'Add')
            added.set(c.logicalId, c.nestedStack ?? '');
    }
    return changes.filter((c) => {
        if (c.action !== 'Remove')
            return false;
        const from = c.nestedStack ?? '';
        const to = added.get(c.logicalId) ?? layout.get(c.logicalId);
        return to !== undefined && to !== from;
    });
}
class StackMoveError extends errors_1.ServerlessActionError {
    moves;
    constructor(moves) {
        // By config entry: a function moves with its role, alarms, permissions and log group.
        const entries = [...new Set(moves.map((c) => c.resource ?? (0, nested_1.qualifiedId)(c)))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
        const named = entries.slice(0, 12).join(', ') + (entries.length > 12 ? ', ...' : '');
        super(`refusing to execute: the change set moves ${(0, markdown_1.plural)(moves.length, 'resource')} of ${(0, markdown_1.plural)(entries.length, 'config entry', 'config entries')} (${named}) between stacks, which CloudFormation cannot do in one update for resources with fixed names: it creates each new copy before it deletes the old one`, 'STACK_LAYOUT_MOVE', 'This happens when a config first grows past 500 resources and its functions move into nested stacks (or shrinks back under 500). ' +
            'Deploy the grown config to a new stage (environment) and move traffic to it, or deploy once without the functions that moved and then again with them.');
        this.moves = moves;
    }
}
exports.StackMoveError = StackMoveError;
function assertNoMoves(changes, layout) {
    const moves = movedResources(changes, layout);
    if (moves.length > 0)
        throw new StackMoveError(moves);
}
/** Where a synthesized stack puts each resource: '' for the stack itself, else its nested stack's name. */
function layoutOf(stack) {
    return new Map((0, templates_1.templatesOf)(stack).flatMap((t) => {
        const name = t.nestedStack === undefined ? '' : (0, nested_1.nestedStackName)(t.nestedStack, stack.origins);
        return Object.keys(t.template.Resources).map((id) => [id, name]);
    }));
}


/***/ }),

/***/ 66836:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deployedParts = deployedParts;
const publish_1 = __webpack_require__(3522);
const cfn_1 = __webpack_require__(44610);
const nested_1 = __webpack_require__(83468);
const origins_1 = __webpack_require__(74729);
async function deployedParts(cfn, stackId, stack) {
    const resources = await (0, cfn_1.listStackResources)(cfn, stackId);
    const parts = [{ template: stack.template, origins: stack.origins, resources }];
    const children = (0, nested_1.liveNestedStacks)(resources);
    const nestedParts = [];
    await (0, publish_1.forEachLimited)(children, nested_1.NESTED_READ_CONCURRENCY, async (child) => {
        const known = stack.nested?.find((n) => n.logicalId === child.LogicalResourceId)?.template;
        const template = known ?? (await (0, cfn_1.deployedTemplate)(cfn, child.PhysicalResourceId));
        if (template === undefined)
            return;
        nestedParts.push(await deployedParts(cfn, child.PhysicalResourceId, {
            template,
            origins: (0, origins_1.originsOf)(template),
        }));
    });
    return [...parts, ...nestedParts.flat()];
}


/***/ }),

/***/ 50096:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.protectivePolicy = protectivePolicy;
exports.openPolicy = openPolicy;
exports.isProtective = isProtective;
exports.wantedPolicy = wantedPolicy;
exports.getStackPolicy = getStackPolicy;
exports.setStackPolicy = setStackPolicy;
exports.ensureProtection = ensureProtection;
exports.withRelaxedPolicy = withRelaxedPolicy;
// Stack protection: termination protection and a stack policy on the stateful resources.
//
// The stack policy denies Update:Replace and Update:Delete on every resource of a stateful
// type (classify.ts's STATEFUL_TYPES: DynamoDB tables, S3 buckets, SQS queues, Kinesis
// streams, log groups: the same set the data-loss guard watches), by ResourceType condition,
// so it covers resources added later and stays far below the 16 KB policy limit. It stops
// any update of the stack from destroying data, whoever runs it (the console, another
// tool). A deploy run with allow-replacement relaxes it for that one execution
// (ExecuteChangeSet takes no "policy during update", unlike UpdateStack) and restores it
// afterwards, whether the execution succeeded or failed.
//
// Pure parts (the policies, what to change) are separate from the calls, which take the
// client. Calls moto does not implement are warned about, never fatal (a deploy on moto
// still completes).
const client_cloudformation_1 = __webpack_require__(3805);
const errors_1 = __webpack_require__(83916);
const classify_1 = __webpack_require__(30925);
const unsupported_1 = __webpack_require__(32372);
/** Denies replacing and deleting stateful resources; allows every other update. */
function protectivePolicy() {
    return JSON.stringify({
        Statement: [
            { Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' },
            {
                Effect: 'Deny',
                Action: ['Update:Replace', 'Update:Delete'],
                Principal: '*',
                Resource: '*',
                Condition: { StringEquals: { ResourceType: [...classify_1.STATEFUL_TYPES].sort() } },
            },
        ],
    });
}
/** Allows every update: a policy cannot be removed from a stack, only replaced. */
function openPolicy() {
    return JSON.stringify({
        Statement: [{ Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' }],
    });
}
/** Whether a deployed policy body is this tool's protective one. Pure. */
function isProtective(body) {
    if (body === undefined || body === '')
        return false;
    try {
        return JSON.stringify(JSON.parse(body)) === protectivePolicy();
    }
    catch {
        return false;
    }
}
/** The policy for this stage, or undefined: leave the stack's policy as it is. Pure. */
function wantedPolicy(settings, deployedBody) {
    if (settings.protectStateful)
        return isProtective(deployedBody) ? undefined : protectivePolicy();
    // Protection turned off: open up only a policy this tool set (never someone else's).
    return isProtective(deployedBody) ? openPolicy() : undefined;
}
/** Not implemented by the endpoint (moto), or a role without the permission: warn, go on. */
function isUnsupported(error) {
    const name = error?.name ?? '';
    return (0, unsupported_1.isUnsupportedApi)(error) || /AccessDenied/.test(name);
}
async function bestEffort(logger, what, call) {
    try {
        return await call();
    }
    catch (error) {
        if (!isUnsupported(error))
            throw error;
        logger.warn(`could not ${what}: ${(0, errors_1.errorMessage)(error).split('\n')[0]} (continuing)`);
        return undefined;
    }
}
async function getStackPolicy(cfn, stackName, logger) {
    const out = await bestEffort(logger, `read the stack policy of ${stackName}`, () => cfn.send(new client_cloudformation_1.GetStackPolicyCommand({ StackName: stackName })));
    return out?.StackPolicyBody;
}
async function setStackPolicy(cfn, stackName, body, logger) {
    const done = await bestEffort(logger, `set the stack policy of ${stackName}`, () => cfn.send(new client_cloudformation_1.SetStackPolicyCommand({ StackName: stackName, StackPolicyBody: body })));
    return done !== undefined;
}
/**
 * Brings termination protection and the stack policy to what the stage wants, after a
 * deploy (or a no-op). Each is one call, made only when it differs. Returns what changed.
 */
async function ensureProtection(cfn, stack, settings, logger, 
/** No-retry client for UpdateTerminationProtection (see unsupported.ts). */
cfnOnce = cfn) {
    const id = stack.StackId ?? stack.StackName ?? '';
    const changed = [];
    if ((stack.EnableTerminationProtection ?? false) !== settings.terminationProtection) {
        const done = await bestEffort(logger, `set termination protection on ${id}`, () => cfnOnce.send(new client_cloudformation_1.UpdateTerminationProtectionCommand({
            StackName: id,
            EnableTerminationProtection: settings.terminationProtection,
        })));
        if (done !== undefined) {
            changed.push(`termination protection ${settings.terminationProtection ? 'on' : 'off'}`);
        }
    }
    if (settings.kind !== 'ephemeral' || settings.protectStateful) {
        const body = wantedPolicy(settings, await getStackPolicy(cfn, id, logger));
        if (body !== undefined && (await setStackPolicy(cfn, id, body, logger))) {
            changed.push(settings.protectStateful ? 'stack policy set' : 'stack policy opened');
        }
    }
    if (changed.length > 0)
        logger.info(`${stack.StackName ?? id}: ${changed.join(', ')}`);
    return changed;
}
/**
 * Runs `execute` with the stack policy relaxed when replacement was allowed, restoring the
 * protective policy afterwards, also when `execute` throws. Without allow-replacement, or
 * when the stage does not protect its stateful resources, `execute` runs as it is.
 */
async function withRelaxedPolicy(cfn, stackName, relax, logger, execute) {
    if (!relax)
        return execute();
    const relaxed = await setStackPolicy(cfn, stackName, openPolicy(), logger);
    if (relaxed)
        logger.info(`${stackName}: stack policy relaxed for this deploy (allow-replacement)`);
    try {
        return await execute();
    }
    finally {
        if (relaxed) {
            // A failed restore must not hide the execution's own outcome: it is logged loudly,
            // and the next deploy sets the policy again (ensureProtection).
            try {
                await setStackPolicy(cfn, stackName, protectivePolicy(), logger);
                logger.info(`${stackName}: stack policy restored`);
            }
            catch (error) {
                logger.error(`${stackName}: could not restore the stack policy (${(0, errors_1.errorMessage)(error)}); the next deploy sets it again`);
            }
        }
    }
}


/***/ }),

/***/ 24283:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RollbackRefusedError = void 0;
exports.assertNotRollingBack = assertNotRollingBack;
// No going backwards by accident: a deploy of a commit older than the deployed one (an
// ancestor of it) is refused unless asked for. The commits come from the stack's marker
// (digest.ts); ancestry from git or GitHub (src/github/ancestry.ts), injected.
const errors_1 = __webpack_require__(83916);
class RollbackRefusedError extends errors_1.ServerlessActionError {
    stackName;
    deployed;
    requested;
    constructor(stackName, deployed, requested) {
        super(`refusing to deploy ${requested} to ${stackName}: it is older than the deployed commit ${deployed} (an ancestor of it)`, 'ROLLBACK_GUARD', 'deploy a newer commit, or re-run with --allow-rollback (input allow-rollback: true) if going back is intended');
        this.stackName = stackName;
        this.deployed = deployed;
        this.requested = requested;
    }
}
exports.RollbackRefusedError = RollbackRefusedError;
/** Throws RollbackRefusedError when `requested` is a strict ancestor of `deployed`. */
async function assertNotRollingBack(check, logger) {
    const { deployed, requested } = check;
    if (check.allowRollback || deployed === undefined || requested === undefined)
        return;
    if (sameCommit(deployed, requested) || check.isAncestor === undefined)
        return;
    const older = await check.isAncestor(requested, deployed);
    if (older === undefined) {
        logger.warn(`could not tell whether ${requested} is older than the deployed ${deployed} (no git history or API access): deploying`);
        return;
    }
    if (older)
        throw new RollbackRefusedError(check.stackName, deployed, requested);
}
/** Equal, or one an abbreviation of the other. */
function sameCommit(a, b) {
    return a.startsWith(b) || b.startsWith(a);
}


/***/ }),

/***/ 73496:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DeployFailedError = void 0;
exports.runDeploy = runDeploy;
exports.rollbackCheck = rollbackCheck;
exports.execute = execute;
exports.resolveOutputs = resolveOutputs;
exports.deployedOutputs = deployedOutputs;
exports.upToDateByInputs = upToDateByInputs;
const errors_1 = __webpack_require__(83916);
const cfn_1 = __webpack_require__(44610);
const digest_1 = __webpack_require__(33683);
const context_1 = __webpack_require__(69116);
const events_1 = __webpack_require__(10406);
const format_1 = __webpack_require__(14896);
const hotswap_reconcile_1 = __webpack_require__(37802);
const guard_1 = __webpack_require__(95962);
const moves_1 = __webpack_require__(32605);
const drift_1 = __webpack_require__(12024);
const outcome_1 = __webpack_require__(84535);
const rollback_1 = __webpack_require__(24283);
const interrupt_1 = __webpack_require__(89268);
const outputs_1 = __webpack_require__(3545);
const nested_resources_1 = __webpack_require__(66836);
const origins_1 = __webpack_require__(74729);
const run_plan_1 = __webpack_require__(73216);
const stack_state_1 = __webpack_require__(35471);
const protection_1 = __webpack_require__(50096);
const upload_1 = __webpack_require__(21910);
const history_1 = __webpack_require__(8259);
class DeployFailedError extends errors_1.ServerlessActionError {
    stackName;
    status;
    rootCause;
    /** The rollback trigger's alarm ARN when an alarm rolled the deploy back. */
    alarm;
    constructor(stackName, status, rootCause, alarm) {
        super((alarm !== undefined
            ? `deploy of ${stackName} was rolled back by alarm ${(0, events_1.alarmNameOf)(alarm)} (${alarm}): final status ${status}`
            : `deploy of ${stackName} failed: final status ${status}`) +
            (rootCause.length > 0 && alarm === undefined
                ? `\nroot cause:\n${rootCause.map((e) => `  ${e.LogicalResourceId} (${e.ResourceType}) ${e.ResourceStatus}: ${e.ResourceStatusReason ?? 'no reason given'}`).join('\n')}`
                : ''), 'DEPLOY_FAILED', status === 'UPDATE_ROLLBACK_FAILED'
            ? `the rollback itself failed: run "serverless-action rollback --continue" for ${stackName}; it lists the resources that failed and how to skip them`
            : alarm !== undefined
                ? `the new version set off ${(0, events_1.alarmNameOf)(alarm)} while CloudFormation watched it; the stack is back on its previous version. Look at that alarm's metric for the cause, fix it and deploy again`
                : 'fix the cause named above and deploy again; the stack was rolled back to its previous state');
        this.stackName = stackName;
        this.status = status;
        this.rootCause = rootCause;
        this.alarm = alarm;
    }
}
exports.DeployFailedError = DeployFailedError;
/**
 * One deploy. When another deploy of the stack executes first and so supersedes this run's
 * change set, the run plans again from the stack as it now is (often a no-op by then).
 */
async function runDeploy(stack, deps, options = {}) {
    for (let attempt = 1;; attempt++) {
        try {
            // A later attempt must read the stack afresh, not the answer prefetched before the first.
            return await deployOnce(stack, deps, attempt === 1 ? options : withoutPrefetched(options));
        }
        catch (error) {
            if (!(error instanceof cfn_1.ChangeSetSupersededError) || attempt >= 3)
                throw error;
            deps.logger.info(`${error.message}: planning again`);
        }
    }
}
function withoutPrefetched(options) {
    const fresh = { ...options };
    delete fresh.prefetched;
    return fresh;
}
async function deployOnce(stack, deps, options) {
    const inputs = await (0, run_plan_1.loadDeployInputs)(stack, options);
    const current = await (0, run_plan_1.currentStack)(stack.stackName, deps, options);
    // A hotswap since CloudFormation's last deploy (hotswap-record.ts) means the functions may
    // run other code than the stack says: no no-op then, and reconciling after the deploy.
    const hotswapped = (0, hotswap_reconcile_1.pendingHotswap)(current, inputs.assets, deps);
    hotswapped.catch(() => undefined); // awaited below
    const drift = await (0, run_plan_1.driftIfAsked)(stack, current, deps, options);
    if ((0, run_plan_1.isNoop)(current, inputs.digest) && (await hotswapped) === undefined) {
        deps.logger.info(`${stack.stackName} is up to date (nothing changed since the last deploy)`);
        const outcome = (0, run_plan_1.withDrift)((0, run_plan_1.noopOutcome)(stack.stackName, current), drift);
        return finish(stack, outcome, current, deps, {
            noop: true,
            ...(options.stackSettings !== undefined && { settings: options.stackSettings }),
        });
    }
    await (0, rollback_1.assertNotRollingBack)(rollbackCheck(stack.stackName, current, options), deps.logger);
    try {
        (0, drift_1.assertNoStatefulDrift)(drift, options.allowDrift ?? false);
    }
    catch (error) {
        throw (0, outcome_1.withKnownPlan)(error, {
            stackName: stack.stackName,
            hasChanges: false,
            changes: [],
            ...(drift !== undefined && { drift }),
        });
    }
    const reconcile = async (final) => {
        const pending = await hotswapped;
        if (pending !== undefined)
            await (0, hotswap_reconcile_1.reconcileAfterDeploy)(pending, stack, final, deps);
    };
    // Uploads start now and overlap the change set's computation; they must be done before
    // the change set executes (CloudFormation reads the code from S3 then, not before).
    const uploads = (0, upload_1.publish)(inputs.code, deps);
    // Handled now, awaited later: a failed upload must not become an unhandled rejection
    // while the change set is still being computed.
    uploads.catch(() => undefined);
    let plan;
    try {
        plan = (0, run_plan_1.withDrift)(await (0, run_plan_1.createPlan)(stack, inputs, current, deps, { ...options, forDeploy: true }), drift);
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
        await reconcile(settled);
        return finish(stack, plan, settled, deps, {
            noop: false,
            assets: published,
            ...(options.stackSettings !== undefined && { settings: options.stackSettings }),
        });
    }
    deps.logger.info((0, format_1.formatChanges)(plan.result.changes));
    let final;
    try {
        (0, moves_1.assertNoMoves)(plan.result.changes, (0, moves_1.layoutOf)(stack));
        (0, guard_1.assertNoDataLoss)(plan.result.changes, options.allowReplacement ?? false);
        final = await execute(stack.stackName, plan, deps, options);
    }
    catch (error) {
        throw (0, outcome_1.withKnownPlan)(error, plan.result); // the refused or failed change set, for the report
    }
    await reconcile(final);
    if (options.stackSettings !== undefined && options.stackSettings.kind !== 'ephemeral') {
        await (0, history_1.keepDeployed)({
            stackName: stack.stackName,
            template: stack.template,
            tags: stack.tags,
            assets: inputs.assets,
            final,
            ...(options.commit !== undefined && { commit: options.commit }),
            ...(plan.result.changeSetId !== undefined && { changeSetId: plan.result.changeSetId }),
            ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
        }, deps);
    }
    return finish(stack, plan, final, deps, {
        noop: false,
        assets: published,
        ...(options.stackSettings !== undefined && { settings: options.stackSettings }),
    });
}
/** The rollback guard's question for this deploy: the deployed commit against ours. */
function rollbackCheck(stackName, current, options) {
    return {
        stackName,
        deployed: (0, digest_1.commitFromDescription)(current?.Description),
        requested: options.commit,
        allowRollback: options.allowRollback ?? false,
        ...(options.isAncestor !== undefined && { isAncestor: options.isAncestor }),
    };
}
async function execute(stackName, plan, deps, options) {
    const cfn = deps.clients.cloudFormation;
    const stackId = plan.stackId ?? stackName;
    // The newest event before we start: everything after it belongs to this deploy. A stack
    // being created has only its REVIEW_IN_PROGRESS event, worth showing: no call needed.
    const before = plan.result.changeSetType === 'CREATE'
        ? undefined
        : (await (0, cfn_1.recentEvents)(cfn, stackId, undefined, 1))[0]?.EventId;
    (0, interrupt_1.markExecuting)(plan.result.changeSetId);
    // allow-replacement: the stack policy steps aside for this execution only (protection.ts).
    const relax = options.allowReplacement === true &&
        options.stackSettings?.protectStateful === true &&
        plan.result.changeSetType === 'UPDATE' &&
        plan.result.changes.some((c) => c.risk === 'data-loss');
    return (0, protection_1.withRelaxedPolicy)(cfn, stackId, relax, deps.logger, () => executeAndWait(stackName, stackId, before, plan, deps, options));
}
async function executeAndWait(stackName, stackId, before, plan, deps, options) {
    const cfn = deps.clients.cloudFormation;
    try {
        await (0, cfn_1.executeChangeSet)(cfn, stackName, plan.result.changeSetId ?? '');
    }
    catch (error) {
        // Not started (superseded by another deploy, refused): nothing of this run executes, so
        // an interrupt must not report it as running.
        (0, interrupt_1.untrackChangeSet)(plan.result.changeSetId);
        throw error;
    }
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
    (0, interrupt_1.untrackChangeSet)(plan.result.changeSetId);
    const status = final?.StackStatus ?? 'DELETE_COMPLETE';
    if (final === undefined || !(0, stack_state_1.isSuccess)(status)) {
        throw new DeployFailedError(stackName, status, (0, events_1.rootCauseEvents)(seen), (0, events_1.triggeringAlarm)(seen));
    }
    deps.logger.info(`${stackName}: ${status}`);
    return final;
}
async function finish(stack, plan, final, deps, extra) {
    const outputs = await resolveOutputs(stack, final, deps);
    if (extra.settings !== undefined) {
        await (0, protection_1.ensureProtection)(deps.clients.cloudFormation, final, extra.settings, deps.logger, deps.clients.cloudFormationOnce);
    }
    return {
        ...plan.result,
        outputs,
        status: final.StackStatus ?? 'UNKNOWN',
        noop: extra.noop,
        ...(extra.assets !== undefined && { assets: extra.assets }),
    };
}
/**
 * Stack Outputs when present; else rebuilt from the stack's resources (one more call, and
 * one per nested stack).
 */
async function resolveOutputs(stack, deployed, deps) {
    const fromOutputs = (0, outputs_1.outputsFromStack)(deployed.Outputs);
    if (fromOutputs)
        return fromOutputs;
    const where = deployed.StackId ? (0, outputs_1.locationFromStackId)(deployed.StackId) : undefined;
    if (!where)
        return outputs_1.EMPTY_SEED_OUTPUTS;
    const parts = await (0, nested_resources_1.deployedParts)(deps.clients.cloudFormation, deployed.StackId, stack);
    return (0, outputs_1.outputsFromParts)(parts, where);
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
    return resolveOutputs({ template, origins: (0, origins_1.originsOf)(template) }, deployed, deps);
}
/**
 * The inputs fast path (input-digest.ts): the deployed stack was deployed from exactly these
 * synthesis inputs, so synthesis can be skipped. Undefined: synthesize and deploy as usual.
 */
async function upToDateByInputs(stackName, inputDigest, current, deps, artifactBucket) {
    if (inputDigest === undefined || current === undefined || !(0, stack_state_1.isSettled)(current.StackStatus)) {
        return undefined;
    }
    if ((0, digest_1.inputDigestFromDescription)(current.Description) !== inputDigest)
        return undefined;
    // Functions hotswapped since: the full path reconciles them.
    if ((await (0, hotswap_reconcile_1.pendingHotswap)(current, [], deps, artifactBucket)) !== undefined)
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


/***/ })

};
;