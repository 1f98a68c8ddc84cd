"use strict";
exports.id = 64;
exports.ids = [64];
exports.modules = {

/***/ 30925:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NAME_PROPERTY = exports.REPLACING_PROPERTIES = exports.STATEFUL_TYPES = void 0;
exports.isPermissionsType = isPermissionsType;
exports.policyHints = policyHints;
exports.oldResourcePolicy = oldResourcePolicy;
exports.fateOfOldResource = fateOfOldResource;
exports.classifyChange = classifyChange;
exports.sortChanges = sortChanges;
exports.changedProperties = changedProperties;
exports.customName = customName;
exports.propertyChanges = propertyChanges;
const nested_1 = __webpack_require__(83468);
/** Resources whose replacement or removal destroys data (the Risk doc in types.ts). */
exports.STATEFUL_TYPES = new Set([
    'AWS::DynamoDB::Table',
    'AWS::DynamoDB::GlobalTable',
    'AWS::S3::Bucket',
    'AWS::SQS::Queue',
    'AWS::Kinesis::Stream',
    'AWS::Logs::LogGroup',
]);
/** IAM itself plus the resource policies that grant access to a resource. */
function isPermissionsType(type) {
    return (type.startsWith('AWS::IAM::') ||
        type === 'AWS::Lambda::Permission' ||
        type === 'AWS::S3::BucketPolicy' ||
        type === 'AWS::SQS::QueuePolicy' ||
        type === 'AWS::SNS::TopicPolicy');
}
/**
 * Properties whose change forces replacement ("Update requires: Replacement" in each
 * resource's page of the CloudFormation User Guide). Used only when a change set carries
 * no Details (moto never does), so a replaced table is still caught by the guard.
 */
exports.REPLACING_PROPERTIES = {
    'AWS::DynamoDB::Table': ['TableName', 'KeySchema', 'LocalSecondaryIndexes'],
    'AWS::DynamoDB::GlobalTable': ['TableName', 'KeySchema', 'LocalSecondaryIndexes'],
    'AWS::S3::Bucket': ['BucketName', 'ObjectLockEnabled'],
    'AWS::SQS::Queue': ['QueueName', 'FifoQueue'],
    'AWS::Kinesis::Stream': ['Name'],
    'AWS::Logs::LogGroup': ['LogGroupName'],
    'AWS::Lambda::Function': ['FunctionName'],
    'AWS::IAM::Role': ['RoleName', 'Path'],
    'AWS::SNS::Topic': ['TopicName', 'FifoTopic'],
    'AWS::ApiGatewayV2::Api': ['ProtocolType'],
};
/** The policies of one resource as the deployed and new templates write them. */
function policyHints(before, after) {
    return {
        ...(before?.DeletionPolicy !== undefined && { deletion: before.DeletionPolicy }),
        ...(after?.UpdateReplacePolicy !== undefined && { updateReplace: after.UpdateReplacePolicy }),
    };
}
/**
 * The policy CloudFormation applies to the old resource: the change set's PolicyAction
 * when it gives one (Delete, Retain, Snapshot, ReplaceAndDelete, ...), else the template's.
 */
function oldResourcePolicy(policyAction, written) {
    const value = policyAction?.replace(/^ReplaceAnd/, '') ?? written;
    return value === 'Retain' || value === 'RetainExceptOnCreate' || value === 'Snapshot'
        ? value
        : 'Delete';
}
/** Exactly what happens to the old resource and its data, for reports and the guard. */
function fateOfOldResource(how, policy) {
    const attribute = how === 'removed' ? 'DeletionPolicy' : 'UpdateReplacePolicy';
    const fate = policy === 'Delete'
        ? 'the old resource is deleted with its data'
        : policy === 'Snapshot'
            ? 'a snapshot of the old resource is taken, then the resource is deleted'
            : 'the old resource is kept with its data but orphaned: no longer part of the stack, and never updated or deleted by it again';
    const after = how === 'replaced' ? '; the new resource starts empty' : '';
    return `${fate} (${attribute} ${policy})${after}`;
}
function classifyChange(change, hints = {}) {
    const rc = change.ResourceChange ?? {};
    const type = rc.ResourceType ?? 'Unknown';
    const action = (rc.Action ?? 'Modify');
    const details = rc.Details ?? [];
    const inferred = details.length === 0 ? inferredReplacement(type, hints) : [];
    const reported = rc.Replacement;
    const replacement = action === 'Modify' || action === 'Dynamic'
        ? reported === 'True' || reported === 'Conditional'
            ? reported
            : inferred.length > 0
                ? 'True'
                : (reported ?? 'False')
        : null;
    const replaced = replacement === 'True' || replacement === 'Conditional';
    const stateful = exports.STATEFUL_TYPES.has(type);
    let risk;
    let reason;
    if (stateful && action === 'Remove') {
        const policy = oldResourcePolicy(rc.PolicyAction, hints.policies?.deletion);
        // Removed but kept (Retain) or snapshotted: the data survives, nothing reads an empty copy.
        risk = policy === 'Delete' ? 'data-loss' : 'safe';
        reason = `${type} is removed from the template: ${fateOfOldResource('removed', policy)}`;
    }
    else if (stateful && replaced) {
        // Whatever the policy, the stack's resource afterwards is a new, empty one: the
        // application loses its data even where the old resource survives.
        const policy = oldResourcePolicy(rc.PolicyAction, hints.policies?.updateReplace);
        risk = 'data-loss';
        reason =
            replacementReason(replacement, details, inferred) +
                `; ${fateOfOldResource('replaced', policy)}`;
    }
    else if (replaced) {
        risk = 'replacement';
        reason = replacementReason(replacement, details, inferred);
    }
    else if (isPermissionsType(type)) {
        risk = 'permissions';
    }
    else if (action === 'Modify' &&
        type === 'AWS::Lambda::Function' &&
        onlyCodeChanged(details, hints)) {
        risk = 'code-only';
    }
    else {
        risk = 'safe';
    }
    // Replaced under the same explicit name: CloudFormation would have to create the new
    // resource beside the old one with a name that is taken, so the update fails.
    const nameProperty = exports.NAME_PROPERTY[type];
    const renamed = nameProperty !== undefined &&
        (hints.changedProperties ?? hints.properties?.map((p) => p.name) ?? []).includes(nameProperty);
    const blockedName = replacement === 'True' && hints.customName !== undefined && !renamed
        ? hints.customName
        : undefined;
    return {
        logicalId: rc.LogicalResourceId ?? '?',
        type,
        action,
        replacement,
        risk,
        ...(rc.PhysicalResourceId !== undefined && { physicalId: rc.PhysicalResourceId }),
        ...(reason !== undefined && { reason }),
        ...(hints.resource !== undefined && { resource: hints.resource }),
        ...(hints.configPath !== undefined && { configPath: hints.configPath }),
        ...(hints.properties !== undefined && { properties: hints.properties }),
        ...(blockedName !== undefined && { customName: blockedName }),
    };
}
/** "replaced (Conditional) because KeySchema, TableName change" — the properties that force it. */
function replacementReason(replacement, details, inferred) {
    const forcing = new Set(inferred);
    for (const detail of details) {
        const recreation = detail.Target?.RequiresRecreation;
        if (recreation === 'Always' || recreation === 'Conditionally') {
            forcing.add(detail.Target?.Name ?? detail.Target?.Attribute ?? '?');
        }
    }
    const how = replacement === 'Conditional' ? 'may be replaced' : 'will be replaced';
    return forcing.size > 0
        ? `${how} because ${[...forcing].sort().join(', ')} ${forcing.size === 1 ? 'changes' : 'change'}`
        : how;
}
function inferredReplacement(type, hints) {
    const forcing = exports.REPLACING_PROPERTIES[type] ?? [];
    return (hints.changedProperties ?? []).filter((p) => forcing.includes(p));
}
function onlyCodeChanged(details, hints) {
    if (details.length > 0) {
        return details.every((d) => d.Target?.Attribute === 'Properties' && d.Target.Name === 'Code');
    }
    const changed = hints.changedProperties;
    return changed !== undefined && changed.length > 0 && changed.every((p) => p === 'Code');
}
const RISK_ORDER = [
    'data-loss',
    'replacement',
    'permissions',
    'code-only',
    'safe',
];
/** Most dangerous first, then by (qualified) logical id, so reports read top-down. */
function sortChanges(changes) {
    return [...changes].sort((a, b) => RISK_ORDER.indexOf(a.risk) - RISK_ORDER.indexOf(b.risk) ||
        ((0, nested_1.qualifiedId)(a) < (0, nested_1.qualifiedId)(b) ? -1 : (0, nested_1.qualifiedId)(a) > (0, nested_1.qualifiedId)(b) ? 1 : 0));
}
/** Top-level property names that differ between two versions of a resource. */
function changedProperties(before, after) {
    const a = before?.Properties ?? {};
    const b = after?.Properties ?? {};
    const names = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...names].filter((n) => JSON.stringify(a[n]) !== JSON.stringify(b[n])).sort();
}
/** The property that holds a resource's explicit physical name, per type. */
exports.NAME_PROPERTY = {
    'AWS::DynamoDB::Table': 'TableName',
    'AWS::DynamoDB::GlobalTable': 'TableName',
    'AWS::S3::Bucket': 'BucketName',
    'AWS::SQS::Queue': 'QueueName',
    'AWS::SNS::Topic': 'TopicName',
    'AWS::Kinesis::Stream': 'Name',
    'AWS::Logs::LogGroup': 'LogGroupName',
    'AWS::Lambda::Function': 'FunctionName',
    'AWS::IAM::Role': 'RoleName',
};
/** The explicit physical name a resource sets (a literal string), else undefined. */
function customName(type, resource) {
    const property = exports.NAME_PROPERTY[type];
    const value = property === undefined ? undefined : resource?.Properties?.[property];
    return typeof value === 'string' ? value : undefined;
}
/** Longest value a property change keeps; long policies and code hashes say little in a table. */
const VALUE_CHARS = 60;
function shortJson(value) {
    if (value === undefined)
        return undefined;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length <= VALUE_CHARS ? text : `${text.slice(0, VALUE_CHARS - 1)}…`;
}
/** The top-level properties that differ, with short old and new values (`MemorySize 128 → 256`). */
function propertyChanges(before, after) {
    const a = before?.Properties ?? {};
    const b = after?.Properties ?? {};
    return changedProperties(before, after).map((name) => {
        const old = shortJson(a[name]);
        const now = shortJson(b[name]);
        return {
            name,
            ...(old !== undefined && { before: old }),
            ...(now !== undefined && { after: now }),
        };
    });
}


/***/ }),

/***/ 12024:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DriftRefusedError = exports.DEFAULT_DRIFT_TIMEOUT_MS = void 0;
exports.summarizeDrifts = summarizeDrifts;
exports.assertNoStatefulDrift = assertNoStatefulDrift;
exports.describeDrifted = describeDrifted;
exports.formatDriftText = formatDriftText;
exports.detectDrift = detectDrift;
// Drift: what was changed by hand (console, CLI) since CloudFormation last deployed the
// stack. The no-op fast path trusts the digest in the stack's Description and cannot see it;
// drift detection asks CloudFormation to compare each resource with the template.
//
// DetectStackDrift -> poll DescribeStackDriftDetectionStatus (injected clock, bounded) ->
// DescribeStackResourceDrifts (MODIFIED and DELETED only). The summary is pure. Deploying
// over drift on a stateful resource is refused unless allowed: the update would silently
// overwrite (or fail on) a hand-made change to data-bearing infrastructure.
const client_cloudformation_1 = __webpack_require__(3805);
const pages_1 = __webpack_require__(60701);
const errors_1 = __webpack_require__(83916);
const classify_1 = __webpack_require__(30925);
const stack_state_1 = __webpack_require__(35471);
const unsupported_1 = __webpack_require__(32372);
exports.DEFAULT_DRIFT_TIMEOUT_MS = 5 * 60 * 1000;
/** The drifted resources, stateful first, then by logical id. Pure. */
function summarizeDrifts(drifts, origins = {}) {
    return drifts
        .filter((d) => d.StackResourceDriftStatus === 'MODIFIED' || d.StackResourceDriftStatus === 'DELETED')
        .map((d) => {
        const logicalId = d.LogicalResourceId ?? '?';
        const origin = origins[logicalId];
        const type = d.ResourceType ?? '?';
        return {
            logicalId,
            type,
            ...(d.PhysicalResourceId !== undefined && { physicalId: d.PhysicalResourceId }),
            status: d.StackResourceDriftStatus,
            stateful: classify_1.STATEFUL_TYPES.has(type),
            ...(origin !== undefined && { resource: origin.key, configPath: origin.path }),
            properties: (d.PropertyDifferences ?? []).map((p) => ({
                path: p.PropertyPath ?? '',
                ...(p.ExpectedValue !== undefined && { expected: p.ExpectedValue }),
                ...(p.ActualValue !== undefined && { actual: p.ActualValue }),
                difference: p.DifferenceType ?? 'NOT_EQUAL',
            })),
        };
    })
        .sort((a, b) => Number(b.stateful) - Number(a.stateful) || a.logicalId.localeCompare(b.logicalId));
}
/** Refused: a stateful resource drifted and the deploy was not told to go ahead. */
class DriftRefusedError extends errors_1.ServerlessActionError {
    drift;
    stateful;
    constructor(drift, stateful) {
        super(`refusing to deploy ${drift.stackName} over drift on stateful resources:\n` +
            stateful.map((r) => `  ${describeDrifted(r)}`).join('\n'), 'DRIFT_GUARD', 'undo the hand-made change (or write it into the config), or re-run with --allow-drift (input allow-drift: true) to let the deploy overwrite it');
        this.drift = drift;
        this.stateful = stateful;
    }
}
exports.DriftRefusedError = DriftRefusedError;
/** Throws DriftRefusedError when a stateful resource drifted and drift is not allowed. */
function assertNoStatefulDrift(drift, allowDrift) {
    if (drift === undefined || allowDrift)
        return;
    const stateful = drift.resources.filter((r) => r.stateful);
    if (stateful.length > 0)
        throw new DriftRefusedError(drift, stateful);
}
/** `users (AWS::DynamoDB::Table, UsersTable...) MODIFIED: /PointInTimeRecovery... true -> false` */
function describeDrifted(r) {
    const name = r.resource !== undefined
        ? `${r.resource} (${r.type}, ${r.logicalId})`
        : `${r.logicalId} (${r.type})`;
    if (r.status === 'DELETED')
        return `${name} DELETED outside CloudFormation`;
    const props = r.properties
        .map((p) => `${p.path} ${p.expected ?? '(none)'} -> ${p.actual ?? '(none)'}`)
        .join('; ');
    return `${name} MODIFIED${props !== '' ? `: ${props}` : ''}`;
}
function formatDriftText(drift) {
    if (drift.status === 'UNKNOWN') {
        return `${drift.stackName}: drift unknown (${drift.reason ?? 'detection did not finish'})`;
    }
    if (drift.resources.length === 0)
        return `${drift.stackName}: in sync (no drift)`;
    return [
        `${drift.stackName}: ${drift.resources.length} drifted resource(s)`,
        ...drift.resources.map((r) => `  ${r.stateful ? '[stateful] ' : ''}${describeDrifted(r)}`),
    ].join('\n');
}
/**
 * Runs drift detection on an existing stack. An endpoint that does not implement it (moto)
 * or a detection that fails gives status UNKNOWN with the reason, never an exception: drift
 * is information, and "unknown" is said as such. A timeout is an error (the bound was hit).
 */
async function detectDrift(cfn, stackName, options) {
    let detectionId;
    try {
        detectionId = (await (options.cfnOnce ?? cfn).send(new client_cloudformation_1.DetectStackDriftCommand({ StackName: stackName }))).StackDriftDetectionId;
    }
    catch (error) {
        if (!(0, unsupported_1.isUnsupportedApi)(error))
            throw error;
        const reason = `this endpoint does not implement drift detection (${(0, errors_1.errorMessage)(error).split('\n')[0]})`;
        options.logger.warn(`${stackName}: ${reason}`);
        return { stackName, status: 'UNKNOWN', reason, resources: [] };
    }
    if (detectionId === undefined) {
        return {
            stackName,
            status: 'UNKNOWN',
            reason: 'DetectStackDrift returned no id',
            resources: [],
        };
    }
    options.logger.info(`detecting drift on ${stackName} (${detectionId})`);
    const timeoutMs = options.timeoutMs ?? exports.DEFAULT_DRIFT_TIMEOUT_MS;
    const started = options.clock.now().getTime();
    let reason;
    for (let attempt = 0;; attempt++) {
        const status = await cfn.send(new client_cloudformation_1.DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId: detectionId }));
        if (status.DetectionStatus === 'DETECTION_COMPLETE')
            break;
        if (status.DetectionStatus === 'DETECTION_FAILED') {
            // Some resources could not be checked; those that were still have results.
            reason = `detection failed for part of the stack: ${status.DetectionStatusReason ?? 'no reason given'}`;
            break;
        }
        if (options.clock.now().getTime() - started > timeoutMs) {
            throw new errors_1.ServerlessActionError(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for drift detection on ${stackName}`, 'DRIFT_TIMEOUT', 'CloudFormation keeps detecting; run `serverless-action drift` again later, or deploy without --detect-drift');
        }
        await options.clock.sleep((0, stack_state_1.backoffDelay)(attempt, 1000));
    }
    const drifts = await (0, pages_1.allItems)((token) => cfn.send(new client_cloudformation_1.DescribeStackResourceDriftsCommand({
        StackName: stackName,
        StackResourceDriftStatusFilters: ['MODIFIED', 'DELETED'],
        ...(0, pages_1.nextToken)(token),
    })), (page) => page.StackResourceDrifts);
    const resources = summarizeDrifts(drifts, options.origins);
    return {
        stackName,
        status: reason !== undefined && resources.length === 0
            ? 'UNKNOWN'
            : resources.length > 0
                ? 'DRIFTED'
                : 'IN_SYNC',
        detectionId,
        ...(reason !== undefined && { reason }),
        resources,
    };
}


/***/ }),

/***/ 32372:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isUnsupportedApi = isUnsupportedApi;
// An API the endpoint does not implement: AWS answers every documented call, but emulators
// (moto 5.2.1: UpdateTerminationProtection, DetectStackDrift, ContinueUpdateRollback) answer
// an HTML error page, which the SDK reports as an XML parse error, or a NotImplemented
// error. Callers of optional calls (stack protection, drift) warn and go on; they call
// through the no-retry client, since the SDK would retry such an answer for ~45 s.
const errors_1 = __webpack_require__(83916);
function isUnsupportedApi(error) {
    const name = error?.name ?? '';
    const status = error?.$metadata
        ?.httpStatusCode;
    return (status === 501 ||
        /NotImplemented|InvalidAction|UnknownOperation/.test(name) ||
        /not (yet )?(been )?implemented|XML parse error/i.test((0, errors_1.errorMessage)(error)));
}


/***/ }),

/***/ 74729:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.originsOf = originsOf;
exports.originsOfTree = originsOfTree;
// Which config entry each resource came from, read back from a template's resource Metadata
// (`serverless-action:origin`, written by synth's markOrigin): for a synthesized template and
// for a deployed one alike, which is why entries of another shape are skipped.
const templates_1 = __webpack_require__(66837);
const types_1 = __webpack_require__(18927);
/** logical id -> origin, for every resource of the template that carries one. */
function originsOf(template) {
    const origins = {};
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
        const origin = resource.Metadata?.[types_1.ORIGIN_METADATA_KEY];
        if (origin && typeof origin.kind === 'string' && typeof origin.key === 'string') {
            origins[logicalId] = origin;
        }
    }
    return origins;
}
/** originsOf over a stack's template and every nested stack's, merged (logical ids are unique across them). */
function originsOfTree(stack) {
    return Object.fromEntries((0, templates_1.templatesOf)(stack).flatMap((t) => Object.entries(originsOf(t.template))));
}


/***/ }),

/***/ 66837:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.templatesOf = templatesOf;
/** The parent template first, then each nested stack's, in the given order. */
function templatesOf(stack) {
    return [
        { template: stack.template },
        ...(stack.nested ?? []).map((n) => ({ nestedStack: n.logicalId, template: n.template })),
    ];
}


/***/ })

};
;