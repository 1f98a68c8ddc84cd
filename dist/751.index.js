"use strict";
exports.id = 751;
exports.ids = [751];
exports.modules = {

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


/***/ })

};
;