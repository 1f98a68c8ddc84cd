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
    const { originsOf } = await Promise.resolve().then(() => __importStar(__webpack_require__(74729)));
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
            ...(template !== undefined && { origins: originsOf(template) }),
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