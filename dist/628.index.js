"use strict";
exports.id = 628;
exports.ids = [628];
exports.modules = {

/***/ 37053:
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
exports.driftCommand = void 0;
const driftCommand = async (context) => {
    const { asUserError, clientsForCommand, depsForCommand, loadForCommand } = await Promise.resolve().then(() => __importStar(__webpack_require__(82463)));
    const { deployedTemplate, describeStack } = await Promise.resolve().then(() => __importStar(__webpack_require__(44610)));
    const { originsFromTemplate } = await Promise.resolve().then(() => __importStar(__webpack_require__(3545)));
    const { detectDrift, formatDriftText } = await Promise.resolve().then(() => __importStar(__webpack_require__(12024)));
    const { stackNameOf } = await Promise.resolve().then(() => __importStar(__webpack_require__(91455)));
    const { ServerlessActionError } = await Promise.resolve().then(() => __importStar(__webpack_require__(83916)));
    const loaded = await loadForCommand(context);
    const stackName = stackNameOf(loaded);
    const clients = clientsForCommand(context);
    try {
        const deps = depsForCommand(context, clients);
        const stack = await describeStack(clients.cloudFormation, stackName);
        if (stack === undefined) {
            throw new ServerlessActionError(`stack ${stackName} does not exist: there is nothing to compare`, 'STACK_NOT_FOUND', 'deploy it first, or pick the environment with --environment');
        }
        const id = stack.StackId ?? stackName;
        // Config keys for the resources, from the origins the deployed template carries.
        const template = await deployedTemplate(clients.cloudFormation, id).catch(() => undefined);
        const drift = await detectDrift(clients.cloudFormation, id, {
            clock: deps.clock,
            logger: deps.logger,
            cfnOnce: clients.cloudFormationOnce,
            ...(template !== undefined && { origins: originsFromTemplate(template) }),
        });
        const result = { ...drift, stackName };
        context.print(context.options.format === 'json' ? JSON.stringify(result) : formatDriftText(result));
        return result.status === 'DRIFTED' ? 1 : 0;
    }
    catch (error) {
        throw asUserError(error);
    }
    finally {
        clients.destroy();
    }
};
exports.driftCommand = driftCommand;


/***/ }),

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

/***/ 3545:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EMPTY_SEED_OUTPUTS = void 0;
exports.outputsFromStack = outputsFromStack;
exports.originsFromTemplate = originsFromTemplate;
exports.originsOfTree = originsOfTree;
exports.locationFromStackId = locationFromStackId;
exports.outputsFromResources = outputsFromResources;
exports.outputsFromParts = outputsFromParts;
const types_1 = __webpack_require__(18927);
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
/** originsFromTemplate over a stack's template and its nested stacks' templates, merged. */
function originsOfTree(template, nested) {
    return Object.fromEntries([template, ...nested.map((n) => n.template)].flatMap((t) => Object.entries(originsFromTemplate(t))));
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


/***/ })

};
;