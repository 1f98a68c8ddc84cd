"use strict";
exports.id = 957;
exports.ids = [957];
exports.modules = {

/***/ 41251:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPullRequestEvent = isPullRequestEvent;
exports.previewEnvironment = previewEnvironment;
exports.chooseCommand = chooseCommand;
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function isPullRequestEvent(context) {
    return PULL_REQUEST_EVENTS.includes(context.eventName) && context.pullRequest !== undefined;
}
function previewEnvironment(pullRequestNumber) {
    return `pr-${pullRequestNumber}`;
}
function chooseCommand(settings, context) {
    const pr = isPullRequestEvent(context) ? context.pullRequest : undefined;
    let command;
    let why;
    if (settings.command !== undefined) {
        command = settings.command;
        why = `input command: ${command}`;
    }
    else if (pr !== undefined) {
        command = pr.action === 'closed' ? 'destroy' : 'plan';
        why = `${context.eventName} (${pr.action || 'unknown action'}) -> ${command}`;
    }
    else {
        command = 'deploy';
        why = `${context.eventName || 'no event'} -> deploy`;
    }
    const environment = settings.environment ??
        (pr !== undefined && command !== 'plan' ? previewEnvironment(pr.number) : undefined);
    const ephemeral = settings.ephemeral ?? (environment !== undefined && /^pr-\d+$/.test(environment));
    const where = environment ?? "the config's environment";
    return {
        command,
        ephemeral,
        ...(environment !== undefined && { environment }),
        reason: `${why}; environment: ${where}${ephemeral ? ' (ephemeral)' : ''}`,
    };
}


/***/ }),

/***/ 52048:
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
exports.coreLogger = void 0;
// The engine's Logger over @actions/core: warnings and errors become annotations on the
// run, debug lines appear when the workflow is re-run with debug logging.
const core = __importStar(__webpack_require__(37484));
exports.coreLogger = {
    info: (message) => core.info(message),
    warn: (message) => core.warning(message),
    error: (message) => core.error(message),
    debug: (message) => core.debug(message),
};


/***/ }),

/***/ 35440:
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
exports.actionCredentials = actionCredentials;
// Credentials for this run: OIDC when `role-to-assume` is set, else the SDK's default chain
// (e.g. keys an earlier configure-aws-credentials step exported).
const core = __importStar(__webpack_require__(37484));
const client_sts_1 = __webpack_require__(71695);
const credentials_1 = __webpack_require__(96963);
async function actionCredentials(settings, context, env, clock, logger) {
    if (settings.roleToAssume === undefined) {
        logger.info('No role-to-assume: using the AWS SDK default credential chain');
        return undefined;
    }
    // AssumeRoleWithWebIdentity is unsigned: this client needs no credentials of its own.
    // One attempt per call: assumeRoleWithOidc retries with a fresh token itself.
    const sts = new client_sts_1.STSClient({
        region: settings.region,
        maxAttempts: 1,
        ...(settings.endpointUrl !== undefined && { endpoint: settings.endpointUrl }),
    });
    try {
        const sessionName = settings.roleSessionName ??
            (0, credentials_1.sessionNameFor)(context.repository, context.runId, context.runAttempt);
        const credentials = await (0, credentials_1.assumeRoleWithOidc)({
            roleArn: settings.roleToAssume,
            audience: settings.audience,
            sessionName,
            durationSeconds: settings.roleDurationSeconds,
        }, {
            env,
            getIdToken: (audience) => core.getIDToken(audience),
            assumeRole: (input) => sts.send(new client_sts_1.AssumeRoleWithWebIdentityCommand(input)),
            sleep: (ms) => clock.sleep(ms),
            setSecret: (value) => core.setSecret(value),
            logger,
        });
        logger.info(`Assumed ${settings.roleToAssume} as session ${sessionName}`);
        return credentials;
    }
    finally {
        sts.destroy();
    }
}


/***/ }),

/***/ 69280:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.causeOf = causeOf;
exports.planOfFailure = planOfFailure;
const errors_1 = __webpack_require__(83916);
const gate_1 = __webpack_require__(80243);
function causeOf(error) {
    if (error instanceof errors_1.ConfigError) {
        return {
            message: error.message,
            code: error.code,
            diagnostics: error.diagnostics,
            hint: `Fix the config (\`${error.diagnostics[0]?.file ?? 'the config'}\`); each problem is annotated on its line.`,
        };
    }
    if (error instanceof errors_1.ServerlessActionError) {
        return { message: error.message, code: error.code, ...(error.hint && { hint: error.hint }) };
    }
    return { message: (0, errors_1.errorMessage)(error) };
}
/** What a failure still lets the report show: the changes the guard refused, the findings the gate refused. */
function planOfFailure(error, stackName) {
    if (error instanceof gate_1.FindingsGateError)
        return error.plan;
    const changes = error.changes;
    if (error instanceof errors_1.ServerlessActionError &&
        error.code === 'DATA_LOSS_GUARD' &&
        Array.isArray(changes)) {
        return { stackName, hasChanges: true, changes: changes };
    }
    return undefined;
}


/***/ }),

/***/ 80243:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FindingsGateError = void 0;
exports.findingsGate = findingsGate;
// `fail-on`: the step fails on unsuppressed findings at or above a severity. For deploy the
// gate is checked before the change set executes (review needs no AWS), so nothing the
// gate rejects ever reaches the account.
const errors_1 = __webpack_require__(83916);
const findings_1 = __webpack_require__(19334);
class FindingsGateError extends errors_1.ServerlessActionError {
    blocking;
    failOn;
    plan;
    constructor(blocking, failOn, 
    /** What was planned (findings, cost, changes so far), for the report. */
    plan) {
        super(`${blocking.length} security finding(s) at or above "${failOn}": ` +
            blocking.map((f) => `${f.rule} on ${f.resource}`).join(', '), 'FINDINGS_GATE', 'fix them, or add a `suppressions` entry with a reason to the config, or raise the `fail-on` input');
        this.blocking = blocking;
        this.failOn = failOn;
        this.plan = plan;
    }
}
exports.FindingsGateError = FindingsGateError;
/** The error to fail with, or undefined when the findings pass. */
function findingsGate(findings, failOn, plan) {
    if (failOn === 'none')
        return undefined;
    const blocking = (0, findings_1.findingsAtOrAbove)(findings, failOn);
    return blocking.length > 0 ? new FindingsGateError(blocking, failOn, plan) : undefined;
}


/***/ }),

/***/ 87038:
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
exports.loadRealEngine = loadRealEngine;
exports.loadOctokit = loadOctokit;
exports.loadConfigModule = loadConfigModule;
function loadRealEngine() {
    if (false)
        {}
    return new Promise((resolve, reject) => {
        Promise.all(/* require.ensure | engine */[__webpack_require__.e(307), __webpack_require__.e(94), __webpack_require__.e(44), __webpack_require__.e(501), __webpack_require__.e(761), __webpack_require__.e(790), __webpack_require__.e(732), __webpack_require__.e(209)]).then((() => resolve(__webpack_require__(92707))).bind(null, __webpack_require__))['catch'](reject);
    });
}
function loadOctokit() {
    if (false)
        {}
    return new Promise((resolve, reject) => {
        Promise.all(/* require.ensure | octokit */[__webpack_require__.e(228), __webpack_require__.e(850)]).then((() => resolve(__webpack_require__(6702))).bind(null, __webpack_require__))['catch'](reject);
    });
}
function loadConfigModule() {
    if (false)
        {}
    return new Promise((resolve, reject) => {
        Promise.all(/* require.ensure | config */[__webpack_require__.e(270), __webpack_require__.e(229)]).then((() => resolve(__webpack_require__(89750))).bind(null, __webpack_require__))['catch'](reject);
    });
}


/***/ }),

/***/ 74001:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.publishReport = publishReport;
// Sends one report everywhere it goes: the job summary (always, in full) and the pull
// request's sticky comment (when there is a pull request, a token and comment-on-pr).
// A comment that cannot be written is a warning: the deploy's outcome does not depend on it.
const comments_1 = __webpack_require__(66645);
const render_1 = __webpack_require__(46340);
async function publishReport(report, options, deps) {
    const render = { allowReplacement: options.allowReplacement };
    try {
        await deps.sink.appendSummary((0, render_1.renderFitted)(report, render_1.SUMMARY_LIMIT, render));
    }
    catch (error) {
        deps.logger.warn(`Could not write the job summary: ${String(error)}`);
    }
    const { target } = options;
    if (target === undefined || deps.comments === undefined)
        return;
    const marker = (0, render_1.commentMarker)(options.markerKey);
    try {
        const api = await deps.comments(target);
        const result = await (0, comments_1.upsertComment)(api, marker, (0, render_1.renderFitted)(report, render_1.COMMENT_LIMIT, { ...render, marker }));
        deps.logger.info(`${result.action === 'created' ? 'Commented on' : 'Updated the comment on'} pull request #${target.number}`);
    }
    catch (error) {
        deps.logger.warn((0, comments_1.commentFailureWarning)(error, target.fromFork));
    }
}


/***/ }),

/***/ 73147:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
// The action, start to finish: choose the command, load the config, get credentials, run
// the engine, then report (outputs, annotations, job summary, PR comment) whether it
// worked or not. Everything from outside comes in through RunDeps.
const node_path_1 = __webpack_require__(76760);
const errors_1 = __webpack_require__(83916);
const annotations_1 = __webpack_require__(856);
const outputs_1 = __webpack_require__(65468);
const command_1 = __webpack_require__(41251);
const gate_1 = __webpack_require__(80243);
const publish_1 = __webpack_require__(74001);
const failure_1 = __webpack_require__(69280);
const stack_name_1 = __webpack_require__(8548);
/** Runs the action; throws (after reporting) when the step must fail. */
async function run(deps) {
    const { settings, logger } = deps;
    const choice = (0, command_1.chooseCommand)(settings, deps.context);
    logger.info(`serverless-action ${choice.command}: ${choice.reason}`);
    let loaded;
    let result;
    // Credentials first: the STS exchange is the action's first AWS call, and loading the
    // config (zod, yaml: CPU-bound) while the token request is in flight would hold up its
    // callbacks. A config error still wins over a credentials error: it is the one the user
    // must fix first, and a fork's missing OIDC token would otherwise hide it.
    const credentialsOutcome = await deps.credentials().then((credentials) => ({ credentials }), (error) => ({ error }));
    try {
        loaded = await deps.loadConfig(settings.config, {
            cwd: deps.cwd,
            today: deps.clock.now().toISOString().slice(0, 10),
            ...(choice.environment !== undefined && { environment: choice.environment }),
        });
        for (const a of (0, annotations_1.diagnosticAnnotations)(loaded.warnings))
            deps.sink.annotate(a);
        const stackName = `${loaded.config.project_name}-${loaded.environment}`;
        if ('error' in credentialsOutcome)
            throw credentialsOutcome.error;
        const { credentials } = credentialsOutcome;
        const engine = await deps.engine();
        const request = engineRequest(settings, choice, loaded, stackName, credentials);
        result = await engine[choice.command](request);
        if ('findings' in result && result.findings) {
            for (const a of (0, annotations_1.findingAnnotations)(result.findings))
                deps.sink.annotate(a);
        }
        setOutputs(deps.sink, stackName, result);
        // A plan the gate rejects is reported whole, as the failure's context.
        const planned = choice.command === 'plan' && 'changes' in result ? result : undefined;
        const gate = planned && (0, gate_1.findingsGate)(planned.findings ?? [], settings.failOn, planned);
        const outcome = gate
            ? { kind: 'failure', error: (0, failure_1.causeOf)(gate), plan: gate.plan ?? planned }
            : outcomeOf(choice, result);
        await report(deps, choice, loaded, stackName, outcome);
        if (gate)
            throw gate;
    }
    catch (error) {
        if (result !== undefined)
            throw error; // already reported: only the gate throws here
        if (error instanceof errors_1.ConfigError) {
            for (const a of (0, annotations_1.diagnosticAnnotations)([...error.diagnostics, ...error.warnings])) {
                deps.sink.annotate(a);
            }
        }
        if (error instanceof gate_1.FindingsGateError) {
            for (const a of (0, annotations_1.findingAnnotations)(error.plan?.findings ?? []))
                deps.sink.annotate(a);
        }
        const stackName = loaded
            ? `${loaded.config.project_name}-${loaded.environment}`
            : ((await (0, stack_name_1.guessStackNameFromFile)((0, node_path_1.resolve)(deps.cwd, settings.config), choice.environment)) ??
                '');
        setOutputs(deps.sink, stackName, undefined);
        const plan = (0, failure_1.planOfFailure)(error, stackName);
        await report(deps, choice, loaded, stackName || undefined, {
            kind: 'failure',
            error: (0, failure_1.causeOf)(error),
            ...(plan !== undefined && { plan }),
        });
        throw error;
    }
}
function engineRequest(settings, choice, loaded, stackName, credentials) {
    return {
        loaded,
        stackName,
        region: settings.region,
        ephemeral: choice.ephemeral,
        allowReplacement: settings.allowReplacement,
        force: settings.force,
        failOn: settings.failOn,
        ...(settings.endpointUrl !== undefined && { endpointUrl: settings.endpointUrl }),
        ...(settings.artifactBucket !== undefined && { artifactBucket: settings.artifactBucket }),
        ...(credentials !== undefined && { credentials }),
    };
}
function setOutputs(sink, stackName, result) {
    const planLike = result !== undefined && 'changes' in result ? result : undefined;
    for (const [name, value] of Object.entries((0, outputs_1.actionOutputs)(stackName, planLike))) {
        sink.setOutput(name, value);
    }
}
function outcomeOf(choice, result) {
    if (choice.command === 'destroy' || !('changes' in result)) {
        return { kind: 'destroy', destroy: result };
    }
    return 'outputs' in result ? { kind: 'deploy', deploy: result } : { kind: 'plan', plan: result };
}
async function report(deps, choice, loaded, stackName, outcome) {
    const { context, settings } = deps;
    const environment = loaded?.environment ?? choice.environment;
    const report = {
        command: choice.command,
        outcome,
        updatedAt: deps.clock.now(),
        sha: context.pullRequest?.headSha ?? context.sha,
        ...(stackName !== undefined && { stackName }),
        ...(environment !== undefined && { environment }),
        ...(context.runUrl !== undefined && { runUrl: context.runUrl }),
    };
    const pr = (0, command_1.isPullRequestEvent)(context) ? context.pullRequest : undefined;
    const target = pr !== undefined && settings.commentOnPr
        ? { owner: context.owner, repo: context.repo, number: pr.number, fromFork: pr.fromFork }
        : undefined;
    await (0, publish_1.publishReport)(report, {
        // A config too broken to name its stack: the config path keys the comment instead.
        markerKey: stackName ?? `config:${settings.config}`,
        allowReplacement: settings.allowReplacement,
        ...(target !== undefined && { target }),
    }, {
        sink: deps.sink,
        logger: deps.logger,
        ...(deps.comments !== undefined && { comments: deps.comments }),
    });
}


/***/ }),

/***/ 44163:
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
exports.coreSink = void 0;
exports.memorySink = memorySink;
// Where the action's results go: step outputs, annotations, the job summary. main.ts
// passes one over @actions/core; tests pass memorySink().
const core = __importStar(__webpack_require__(37484));
exports.coreSink = {
    setOutput: (name, value) => core.setOutput(name, value),
    annotate: ({ level, message, ...properties }) => {
        const emit = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice;
        emit(message, properties);
    },
    appendSummary: async (markdown) => {
        // No GITHUB_STEP_SUMMARY (a local run): the report is in the log already.
        if (!process.env['GITHUB_STEP_SUMMARY'])
            return;
        await core.summary.addRaw(markdown, true).write();
    },
};
function memorySink() {
    const outputs = {};
    const annotations = [];
    const summaries = [];
    return {
        outputs,
        annotations,
        summaries,
        setOutput: (name, value) => {
            outputs[name] = value;
        },
        annotate: (a) => annotations.push(a),
        appendSummary: (markdown) => {
            summaries.push(markdown);
            return Promise.resolve();
        },
    };
}


/***/ }),

/***/ 8548:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The stack a config names, read from its raw text when the config does not load. It keys
// the failure comment: the same sticky comment a later, fixed run updates, instead of a
// second one that would stay behind with the stale error.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.guessStackName = guessStackName;
exports.guessStackNameFromFile = guessStackNameFromFile;
const promises_1 = __webpack_require__(51455);
const NAME = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
/** Top-level `project_name` / `environment` in YAML (unindented) or JSON (quoted keys). */
function topLevel(text, key) {
    const yaml = new RegExp(`^${key}\\s*:\\s*["']?(${NAME})["']?\\s*(?:#.*)?$`, 'm');
    const json = new RegExp(`^\\s{0,4}"${key}"\\s*:\\s*"(${NAME})"`, 'm');
    return (yaml.exec(text) ?? json.exec(text))?.[1];
}
/** `<project_name>-<environment>`, or undefined when the text does not say. */
function guessStackName(text, environment) {
    const project = topLevel(text, 'project_name');
    if (project === undefined)
        return undefined;
    return `${project}-${environment ?? topLevel(text, 'environment') ?? 'dev'}`;
}
/** guessStackName on a file; undefined when it cannot be read (the failure says why). */
async function guessStackNameFromFile(path, environment) {
    try {
        return guessStackName(await (0, promises_1.readFile)(path, 'utf8'), environment);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 96963:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PERMISSIONS_BLOCK = void 0;
exports.backoffDelay = backoffDelay;
exports.assumeRoleWithOidc = assumeRoleWithOidc;
exports.missingIdTokenPermission = missingIdTokenPermission;
exports.sessionNameFor = sessionNameFor;
exports.decodeClaims = decodeClaims;
exports.trustPolicyStatement = trustPolicyStatement;
exports.describeAccessDenied = describeAccessDenied;
// AWS credentials for the action through GitHub OIDC: an ID token for the audience, then
// STS AssumeRoleWithWebIdentity. The credentials live in memory only (never in the
// environment or on disk) and are masked in the log the moment they exist.
//
// Everything here takes its token source, STS, sleep and logger as arguments; main.ts
// passes core.getIDToken and an STSClient, tests pass plain functions.
const errors_1 = __webpack_require__(83916);
exports.PERMISSIONS_BLOCK = `permissions:
  id-token: write
  contents: read
  pull-requests: write`;
// Transient failures worth another attempt, as configure-aws-credentials treats them: STS
// throttling, the IdP (GitHub's token endpoint) not answering STS in time, and a token STS
// rejects as not yet valid (clock skew), for which a fresh token is fetched.
const RETRYABLE = new Set([
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'IDPCommunicationError',
    'InvalidIdentityToken',
    'TimeoutError',
    'ECONNRESET',
    'ETIMEDOUT',
]);
const BASE_DELAY_MS = 200;
const MAX_DELAY_MS = 5000;
/** The delay before retry number `retry` (0-based): 200 ms doubling, capped at 5 s. */
function backoffDelay(retry) {
    return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retry);
}
async function assumeRoleWithOidc(request, deps) {
    if (!deps.env['ACTIONS_ID_TOKEN_REQUEST_URL'])
        throw missingIdTokenPermission();
    const maxAttempts = deps.maxAttempts ?? 6;
    for (let attempt = 1;; attempt++) {
        // A fresh token per attempt: the usual cause of InvalidIdentityToken is a token that
        // STS considers issued in the future or expired, which only a new one fixes.
        const token = await deps.getIdToken(request.audience);
        try {
            const response = await deps.assumeRole({
                RoleArn: request.roleArn,
                RoleSessionName: request.sessionName,
                WebIdentityToken: token,
                DurationSeconds: request.durationSeconds,
            });
            return keepSecret(response.Credentials, deps.setSecret);
        }
        catch (error) {
            const code = errorCode(error);
            if (code === 'AccessDenied' || code === 'AccessDeniedException') {
                throw accessDenied(request, token, error);
            }
            if (!RETRYABLE.has(code) || attempt >= maxAttempts) {
                throw new errors_1.ServerlessActionError(`Could not assume role ${request.roleArn} with OIDC: ${(0, errors_1.errorMessage)(error)}`, 'AWS_CREDENTIALS', attempt > 1 ? `Gave up after ${attempt} attempts.` : undefined);
            }
            const delay = backoffDelay(attempt - 1);
            deps.logger.warn(`AssumeRoleWithWebIdentity failed (${code}); retrying in ${delay} ms (attempt ${attempt + 1} of ${maxAttempts})`);
            await deps.sleep(delay);
        }
    }
}
function keepSecret(credentials, setSecret) {
    const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials ?? {};
    if (!AccessKeyId || !SecretAccessKey || !SessionToken) {
        throw new errors_1.ServerlessActionError('STS AssumeRoleWithWebIdentity answered without credentials.', 'AWS_CREDENTIALS');
    }
    for (const value of [AccessKeyId, SecretAccessKey, SessionToken])
        setSecret(value);
    return {
        accessKeyId: AccessKeyId,
        secretAccessKey: SecretAccessKey,
        sessionToken: SessionToken,
        ...(Expiration !== undefined && { expiration: Expiration }),
    };
}
function errorCode(error) {
    if (typeof error !== 'object' || error === null)
        return '';
    const e = error;
    for (const candidate of [e.Code, e.code, e.name]) {
        if (typeof candidate === 'string' && candidate !== 'Error')
            return candidate;
    }
    return '';
}
function missingIdTokenPermission() {
    return new errors_1.ServerlessActionError('Could not get a GitHub OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set, so the job lacks the `id-token: write` permission.', 'OIDC_PERMISSION', `Add this to the workflow or the job (pull requests from forks never get an OIDC token):\n\n${exports.PERMISSIONS_BLOCK}`);
}
/**
 * STS session names allow [\w+=,.@-], 2 to 64 characters. Built from the repository and the
 * run, so CloudTrail shows which workflow run made each call.
 */
function sessionNameFor(repository, runId, runAttempt = '1') {
    const suffix = runId === '' ? '' : `-${runId}${runAttempt !== '1' ? `-${runAttempt}` : ''}`;
    const base = `serverless-action-${repository.replace(/\//g, '-')}`.replace(/[^\w+=,.@-]/g, '-');
    const name = base.slice(0, 64 - suffix.length) + suffix;
    return name.length >= 2 ? name : 'serverless-action';
}
const CLAIM_NAMES = ['iss', 'sub', 'aud', 'repository', 'ref', 'environment'];
/** Reads the payload (middle part) of a JWT; undefined when it is not one. */
function decodeClaims(token) {
    const payload = token.split('.')[1];
    if (payload === undefined)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null)
        return undefined;
    const record = parsed;
    const claims = {};
    for (const name of CLAIM_NAMES) {
        const value = record[name];
        if (typeof value === 'string')
            claims[name] = value;
        else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
            claims[name] = value.join(',');
    }
    return claims;
}
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';
/** The trust-policy statement whose conditions these claims satisfy. */
function trustPolicyStatement(claims, roleArn) {
    const provider = (claims.iss ?? DEFAULT_ISSUER).replace(/^https:\/\//, '');
    const [, partition = 'aws', , , account = 'ACCOUNT_ID'] = roleArn.split(':');
    return {
        Effect: 'Allow',
        Principal: { Federated: `arn:${partition}:iam::${account}:oidc-provider/${provider}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
            StringEquals: {
                [`${provider}:aud`]: claims.aud ?? 'sts.amazonaws.com',
                [`${provider}:sub`]: claims.sub ?? 'repo:OWNER/REPO:ref:refs/heads/main',
            },
        },
    };
}
function describeAccessDenied(request, token, cause) {
    const claims = decodeClaims(token) ?? {};
    const lines = [
        `Could not assume role ${request.roleArn} with the GitHub OIDC token: ${cause}`,
        "The token's claims:",
        ...CLAIM_NAMES.filter((n) => n !== 'iss').map((n) => `  ${n}: ${claims[n] ?? '(none)'}`),
    ];
    return lines.join('\n');
}
function accessDenied(request, token, error) {
    const claims = decodeClaims(token) ?? {};
    const statement = JSON.stringify(trustPolicyStatement(claims, request.roleArn), null, 2);
    return new errors_1.ServerlessActionError(describeAccessDenied(request, token, (0, errors_1.errorMessage)(error)), 'OIDC_ACCESS_DENIED', `The role's trust policy must allow these claims, e.g. this statement (use StringLike with "repo:${claims.repository ?? 'OWNER/REPO'}:*" to allow every branch and pull request):\n${statement}`);
}


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

/***/ 66645:
/***/ ((__unused_webpack_module, exports) => {


// The sticky comment: one per stack on a pull request, found again by its hidden marker,
// created once and edited in place on every later run.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findComment = findComment;
exports.upsertComment = upsertComment;
exports.httpStatus = httpStatus;
exports.commentFailureWarning = commentFailureWarning;
async function findComment(api, marker) {
    for await (const comment of api.list()) {
        if (comment.body?.includes(marker))
            return comment;
    }
    return undefined;
}
/** Edits the comment carrying `marker`, or creates it; `body` must contain the marker. */
async function upsertComment(api, marker, body) {
    if (!body.includes(marker))
        throw new Error('a sticky comment body must contain its marker');
    const existing = await findComment(api, marker);
    if (existing !== undefined) {
        await api.update(existing.id, body);
        return { action: 'updated', id: existing.id };
    }
    const created = await api.create(body);
    return { action: 'created', id: created.id };
}
/** The HTTP status of an Octokit RequestError, if it is one. */
function httpStatus(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Why a comment could not be written, and what to do, for a warning (never a failure: the
 * deploy itself went fine). Forks get a read-only token no workflow can change.
 */
function commentFailureWarning(error, fromFork) {
    const status = httpStatus(error);
    const message = error instanceof Error ? error.message : String(error);
    if (status === 403 || status === 404) {
        return fromFork
            ? `Could not comment on the pull request (HTTP ${status}): pull requests from forks get a read-only token. The report is in the job summary.`
            : `Could not comment on the pull request (HTTP ${status}: ${message}). Give the job \`permissions: pull-requests: write\`, or set \`comment-on-pr: false\`. The report is in the job summary.`;
    }
    return `Could not comment on the pull request: ${message}. The report is in the job summary.`;
}


/***/ }),

/***/ 19556:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readGithubContext = readGithubContext;
// What the action needs to know about the run that started it, read from the runner's
// environment and the event payload (GITHUB_EVENT_PATH). The only place that reads either.
const node_fs_1 = __webpack_require__(73024);
/** Reads the context from the runner's variables; `readEvent` is injected for tests. */
function readGithubContext(env, readEvent = (path) => (0, node_fs_1.readFileSync)(path, 'utf8')) {
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    const eventPath = env['GITHUB_EVENT_PATH'];
    const payload = eventPath ? parseEvent(readEvent(eventPath), eventPath) : {};
    const serverUrl = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    const runId = env['GITHUB_RUN_ID'] ?? '';
    const pullRequest = pullRequestOf(payload, repository);
    return {
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        repository,
        owner,
        repo,
        runId,
        runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '1',
        sha: env['GITHUB_SHA'] ?? '',
        ref: env['GITHUB_REF'] ?? '',
        serverUrl,
        apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
        ...(pullRequest !== undefined && { pullRequest }),
        ...(repository !== '' &&
            runId !== '' && { runUrl: `${serverUrl}/${repository}/actions/runs/${runId}` }),
    };
}
function parseEvent(text, path) {
    try {
        const parsed = JSON.parse(text);
        return isRecord(parsed) ? parsed : {};
    }
    catch (error) {
        throw new Error(`Could not read the event payload at GITHUB_EVENT_PATH (${path}): ${String(error)}`, { cause: error });
    }
}
function pullRequestOf(payload, repository) {
    const pr = payload['pull_request'];
    if (!isRecord(pr) || typeof pr['number'] !== 'number')
        return undefined;
    const head = isRecord(pr['head']) ? pr['head'] : {};
    const headRepo = isRecord(head['repo']) ? head['repo'] : {};
    const headFullName = typeof headRepo['full_name'] === 'string' ? headRepo['full_name'] : undefined;
    return {
        number: pr['number'],
        action: typeof payload['action'] === 'string' ? payload['action'] : '',
        merged: pr['merged'] === true,
        ...(typeof head['sha'] === 'string' && { headSha: head['sha'] }),
        fromFork: headFullName !== undefined && repository !== '' && headFullName !== repository,
    };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 38422:
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
exports.InputError = exports.SESSION_NAME_PATTERN = exports.REGION_PATTERN = exports.ROLE_ARN_PATTERN = exports.ACTION_COMMANDS = void 0;
exports.readSettings = readSettings;
exports.parseSettings = parseSettings;
// Every action input, read once, into one typed and validated settings object. Nothing
// else in the action calls core.getInput: tests build settings from a plain map.
const core = __importStar(__webpack_require__(37484));
const types_1 = __webpack_require__(34077);
const options_1 = __webpack_require__(26052);
const errors_1 = __webpack_require__(83916);
exports.ACTION_COMMANDS = ['plan', 'deploy', 'destroy'];
exports.ROLE_ARN_PATTERN = /^arn:aws[-a-z]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
exports.REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
/** STS RoleSessionName: 2-64 characters of [\w+=,.@-]. */
exports.SESSION_NAME_PATTERN = /^[\w+=,.@-]{2,64}$/;
const ENVIRONMENT_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
class InputError extends errors_1.ServerlessActionError {
    constructor(input, value, expected) {
        super(`Invalid input '${input}': '${value}'. Expected ${expected}.`, 'INPUT_INVALID');
    }
}
exports.InputError = InputError;
/** The runner's inputs (INPUT_* variables), each read once. */
function readSettings(env = process.env) {
    return parseSettings((name) => core.getInput(name), env);
}
/**
 * Parses the inputs. `env` supplies the region fallback (AWS_REGION, AWS_DEFAULT_REGION) the
 * way configure-aws-credentials leaves it for later steps.
 */
function parseSettings(read, env = {}) {
    const get = (name) => {
        const value = read(name).trim();
        return value === '' ? undefined : value;
    };
    const command = oneOf(get('command'), 'command', exports.ACTION_COMMANDS);
    const failOn = oneOf(get('fail-on'), 'fail-on', ['none', ...types_1.SEVERITIES]) ?? 'none';
    const environment = matching(get('environment'), 'environment', ENVIRONMENT_PATTERN, 'lowercase letters, digits and "-", e.g. "staging" or "pr-42"');
    const roleToAssume = matching(get('role-to-assume'), 'role-to-assume', exports.ROLE_ARN_PATTERN, 'an IAM role ARN like arn:aws:iam::123456789012:role/deploy');
    const regionValue = get('aws-region') ?? env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'];
    if (regionValue === undefined || regionValue === '') {
        throw new errors_1.ServerlessActionError("Input 'aws-region' is required: no AWS_REGION or AWS_DEFAULT_REGION in the environment either.", 'INPUT_INVALID', "Add `aws-region: us-east-1` (or your region) to the step's `with:`.");
    }
    const region = matching(regionValue, 'aws-region', exports.REGION_PATTERN, 'a region like us-east-1');
    const roleSessionName = matching(get('role-session-name'), 'role-session-name', exports.SESSION_NAME_PATTERN, '2-64 characters of letters, digits and +=,.@_-');
    const duration = integer(get('role-duration-seconds'), 'role-duration-seconds', 900, 43200);
    const endpointUrl = url(get('endpoint-url'), 'endpoint-url');
    const githubToken = get('github-token');
    const artifactBucket = get('artifact-bucket');
    const ephemeral = boolean(get('ephemeral'), 'ephemeral');
    return {
        config: get('config') ?? options_1.DEFAULT_CONFIG_FILE,
        region,
        audience: get('audience') ?? 'sts.amazonaws.com',
        roleDurationSeconds: duration ?? 3600,
        commentOnPr: boolean(get('comment-on-pr'), 'comment-on-pr') ?? true,
        allowReplacement: boolean(get('allow-replacement'), 'allow-replacement') ?? false,
        force: boolean(get('force'), 'force') ?? false,
        failOn,
        ...(command !== undefined && { command }),
        ...(environment !== undefined && { environment }),
        ...(roleToAssume !== undefined && { roleToAssume }),
        ...(roleSessionName !== undefined && { roleSessionName }),
        ...(githubToken !== undefined && { githubToken }),
        ...(endpointUrl !== undefined && { endpointUrl }),
        ...(artifactBucket !== undefined && { artifactBucket }),
        ...(ephemeral !== undefined && { ephemeral }),
    };
}
function oneOf(value, input, allowed) {
    if (value === undefined)
        return undefined;
    const lower = value.toLowerCase();
    const found = allowed.find((a) => a === lower);
    if (found === undefined)
        throw new InputError(input, value, `one of ${allowed.join(', ')}`);
    return found;
}
function matching(value, input, pattern, expected) {
    if (value === undefined)
        return undefined;
    if (!pattern.test(value))
        throw new InputError(input, value, expected);
    return value;
}
function integer(value, input, min, max) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
        throw new InputError(input, value, `a whole number of seconds from ${min} to ${max}`);
    }
    return n;
}
// The runner's YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
function boolean(value, input) {
    if (value === undefined)
        return undefined;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new InputError(input, value, 'true or false');
}
function url(value, input) {
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new InputError(input, value, 'an http(s) URL like http://127.0.0.1:5000');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new InputError(input, value, 'an http(s) URL like http://127.0.0.1:5000');
    }
    return value;
}


/***/ }),

/***/ 41730:
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
// The action's entry point (dist/index.js): inputs -> run(deps) -> outputs. Nothing else.
const core = __importStar(__webpack_require__(37484));
const credentials_1 = __webpack_require__(35440);
const core_logger_1 = __webpack_require__(52048);
const lazy_1 = __webpack_require__(87038);
const run_1 = __webpack_require__(73147);
const sink_1 = __webpack_require__(44163);
const errors_1 = __webpack_require__(83916);
const context_1 = __webpack_require__(19556);
const inputs_1 = __webpack_require__(38422);
const io_1 = __webpack_require__(55027);
async function main() {
    try {
        const settings = (0, inputs_1.readSettings)();
        const context = (0, context_1.readGithubContext)(process.env);
        const token = settings.githubToken;
        await (0, run_1.run)({
            settings,
            context,
            cwd: process.cwd(),
            loadConfig: async (file, options) => (await (0, lazy_1.loadConfigModule)()).loadConfig(file, options),
            credentials: () => (0, credentials_1.actionCredentials)(settings, context, process.env, io_1.systemClock, core_logger_1.coreLogger),
            // Loaded only now: the engine brings aws-cdk-lib, which takes a while to load.
            engine: async () => (await (0, lazy_1.loadRealEngine)()).realEngine(io_1.systemClock, core_logger_1.coreLogger),
            ...(token !== undefined && {
                comments: async (target) => {
                    const { createOctokit, issueCommentsApi } = await (0, lazy_1.loadOctokit)();
                    return issueCommentsApi(createOctokit(token, context.apiUrl), target);
                },
            }),
            sink: sink_1.coreSink,
            logger: core_logger_1.coreLogger,
            clock: io_1.systemClock,
        });
    }
    catch (error) {
        const hint = error instanceof errors_1.ServerlessActionError && error.hint ? `\n${error.hint}` : '';
        if (!(error instanceof errors_1.ServerlessActionError) && error instanceof Error && error.stack) {
            core.debug(error.stack);
        }
        core.setFailed((0, errors_1.errorMessage)(error) + hint);
    }
}
void main();


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diagnosticAnnotations = diagnosticAnnotations;
exports.findingAnnotations = findingAnnotations;
function diagnosticAnnotations(diagnostics) {
    return diagnostics.map((d) => ({
        level: d.severity,
        message: d.message,
        title: d.path === '' ? 'serverless config' : d.path,
        file: d.file,
        startLine: d.line,
        startColumn: d.column,
    }));
}
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'warning',
    info: 'notice',
};
/** Unsuppressed findings only: a suppression with a reason is a decision, not noise. */
function findingAnnotations(findings) {
    return findings
        .filter((f) => f.suppressed === undefined)
        .map((f) => ({
        level: LEVEL[f.severity],
        message: `${f.resource}: ${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`,
        title: `${f.rule} (${f.severity})`,
        ...(f.location !== undefined && {
            file: f.location.file,
            startLine: f.location.line,
            startColumn: f.location.column,
        }),
    }));
}


/***/ }),

/***/ 59059:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RISK_LABEL = exports.RISK_ORDER = void 0;
exports.sortChanges = sortChanges;
exports.riskCounts = riskCounts;
exports.dataLossCallout = dataLossCallout;
exports.renderChanges = renderChanges;
const detail_1 = __webpack_require__(33349);
const markdown_1 = __webpack_require__(54285);
exports.RISK_ORDER = [
    'data-loss',
    'replacement',
    'permissions',
    'code-only',
    'safe',
];
exports.RISK_LABEL = {
    'data-loss': '🛑 data loss',
    replacement: '⚠️ replacement',
    permissions: '🔐 permissions',
    'code-only': '📦 code only',
    safe: '✅ safe',
};
function sortChanges(changes) {
    return [...changes].sort((a, b) => exports.RISK_ORDER.indexOf(a.risk) - exports.RISK_ORDER.indexOf(b.risk) ||
        a.logicalId.localeCompare(b.logicalId));
}
function riskCounts(changes) {
    return exports.RISK_ORDER.map((risk) => [risk, changes.filter((c) => c.risk === risk).length])
        .filter(([, count]) => count > 0)
        .map(([risk, count]) => `${count} ${exports.RISK_LABEL[risk]}`)
        .join(' · ');
}
function verb(change) {
    if (change.action === 'Remove')
        return 'deleted';
    if (change.replacement === 'True')
        return 'replaced';
    if (change.replacement === 'Conditional')
        return 'possibly replaced';
    return 'changed';
}
function name(change) {
    return change.resource !== undefined && change.resource !== change.logicalId
        ? `${(0, markdown_1.code)(change.logicalId)} (${(0, markdown_1.code)(change.resource)})`
        : (0, markdown_1.code)(change.logicalId);
}
/** The callout for changes that destroy data; '' when there are none. */
function dataLossCallout(changes, allowReplacement) {
    const risky = changes.filter((c) => c.risk === 'data-loss');
    if (risky.length === 0)
        return '';
    const lines = risky.map((c) => `> - ${name(c)} ${(0, markdown_1.cell)(c.type)} will be **${verb(c)}**${c.reason ? `: ${(0, markdown_1.cell)(c.reason)}` : ''}`);
    const guard = allowReplacement
        ? '> `allow-replacement` is on: deploy will go ahead and the data in these resources will be lost.'
        : '> Deploy refuses these changes unless `allow-replacement: true` is set; back up the data first.';
    return [
        '> [!CAUTION]',
        `> **${(0, markdown_1.plural)(risky.length, 'change')} will delete data.**`,
        ...lines,
        '>',
        guard,
    ].join('\n');
}
function renderChanges(changes, detail, allowReplacement) {
    if (changes.length === 0)
        return '';
    const sorted = sortChanges(changes);
    const shown = sorted.slice(0, detail_1.CHANGE_ROWS[detail]);
    const rows = shown.map((c) => [
        exports.RISK_LABEL[c.risk],
        c.action,
        name(c),
        (0, markdown_1.cell)(c.type),
        c.replacement ?? '',
        (0, markdown_1.cell)(c.reason ?? ''),
    ]);
    const hidden = sorted.length - shown.length;
    return [
        `#### Changes: ${riskCounts(changes)}`,
        dataLossCallout(sorted, allowReplacement),
        (0, markdown_1.table)(['Risk', 'Action', 'Resource', 'Type', 'Replacement', 'Why'], rows),
        hidden > 0 ? `…and ${(0, markdown_1.plural)(hidden, 'more change')}: see the job summary.` : '',
    ]
        .filter((part) => part !== '')
        .join('\n\n');
}


/***/ }),

/***/ 8089:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.costDelta = costDelta;
exports.renderCost = renderCost;
const markdown_1 = __webpack_require__(54285);
function costDelta(monthlyUsd, deployedMonthlyUsd) {
    if (deployedMonthlyUsd === undefined)
        return 'new stack';
    const delta = monthlyUsd - deployedMonthlyUsd;
    if (Math.abs(delta) < 0.005)
        return `no change from ${(0, markdown_1.usd)(deployedMonthlyUsd)} deployed`;
    const sign = delta > 0 ? '+' : '−';
    return `${sign}${(0, markdown_1.usd)(Math.abs(delta))} / month vs. ${(0, markdown_1.usd)(deployedMonthlyUsd)} deployed`;
}
function renderCost(cost, deployedMonthlyUsd, detail) {
    const unknown = cost.items.filter((i) => i.monthlyUsd === null).length;
    const parts = [
        `#### Monthly cost: ${(0, markdown_1.usd)(cost.monthlyUsd)} (${costDelta(cost.monthlyUsd, deployedMonthlyUsd)})`,
        `${(0, markdown_1.usd)(cost.fixedUsd)} fixed + ${(0, markdown_1.usd)(cost.usageUsd)} from usage assumptions; ${cost.region} list prices of ${cost.priceDate}, no free tier.` +
            // The full report lists cost.warnings, which already say this.
            (unknown > 0 && (detail !== 'full' || cost.warnings.length === 0)
                ? ` ${(0, markdown_1.plural)(unknown, 'usage-based item')} without usage assumptions (add them under \`usage:\` in the config).`
                : ''),
    ];
    if (detail === 'full' && cost.items.length > 0) {
        const rows = cost.items.map((i) => [
            (0, markdown_1.cell)(i.resource),
            (0, markdown_1.cell)(i.service),
            (0, markdown_1.cell)(i.description),
            i.monthlyUsd === null ? `usage-based: ${(0, markdown_1.cell)(i.unitPrice ?? '')}` : (0, markdown_1.usd)(i.monthlyUsd),
        ]);
        parts.push((0, markdown_1.details)('Cost by resource', (0, markdown_1.table)(['Resource', 'Service', 'What', 'Monthly'], rows)));
    }
    if (detail === 'full' && cost.warnings.length > 0) {
        parts.push(cost.warnings.map((w) => `- ⚠️ ${(0, markdown_1.cell)(w)}`).join('\n'));
    }
    return parts.join('\n\n');
}


/***/ }),

/***/ 65808:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderDeployOutputs = renderDeployOutputs;
const markdown_1 = __webpack_require__(54285);
function renderDeployOutputs(outputs, detail) {
    const parts = [];
    if (outputs.api_gateway_endpoint !== '') {
        parts.push(`**Preview:** ${(0, markdown_1.cell)(outputs.api_gateway_endpoint)}`);
    }
    if (detail === 'minimal')
        return parts.join('\n\n');
    const rows = [];
    const add = (output, values) => {
        for (const [key, value] of Object.entries(values))
            rows.push([(0, markdown_1.code)(output), (0, markdown_1.code)(key), (0, markdown_1.code)(value)]);
    };
    add('lambda_function_names', outputs.lambda_function_names);
    add('lambda_function_arns', outputs.lambda_function_arns);
    if (outputs.api_gateway_id !== '')
        rows.push([(0, markdown_1.code)('api_gateway_id'), '', (0, markdown_1.code)(outputs.api_gateway_id)]);
    add('dynamodb_table_names', outputs.dynamodb_table_names);
    add('dynamodb_table_arns', outputs.dynamodb_table_arns);
    if (rows.length > 0)
        parts.push((0, markdown_1.details)('Outputs', (0, markdown_1.table)(['Output', 'Key', 'Value'], rows)));
    return parts.join('\n\n');
}


/***/ }),

/***/ 33349:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ERROR_CHARS = exports.CHANGE_ROWS = void 0;
/** Rows of the change table each level keeps; data-loss rows sort first, so they stay. */
exports.CHANGE_ROWS = {
    full: Number.POSITIVE_INFINITY,
    compact: 100,
    minimal: 15,
};
/** Characters of an error message each level keeps. */
exports.ERROR_CHARS = {
    full: 20000,
    compact: 8000,
    minimal: 2000,
};


/***/ }),

/***/ 19334:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SEVERITY_LABEL = void 0;
exports.activeFindings = activeFindings;
exports.findingsAtOrAbove = findingsAtOrAbove;
exports.severityCounts = severityCounts;
exports.renderFindings = renderFindings;
// Security findings by severity, details folded.
const types_1 = __webpack_require__(34077);
const markdown_1 = __webpack_require__(54285);
exports.SEVERITY_LABEL = {
    critical: '🔴 critical',
    high: '🟠 high',
    medium: '🟡 medium',
    low: '🔵 low',
    info: '⚪ info',
};
function activeFindings(findings) {
    return findings.filter((f) => f.suppressed === undefined);
}
/** Unsuppressed findings at or above `threshold` (critical is the top). */
function findingsAtOrAbove(findings, threshold) {
    const limit = types_1.SEVERITIES.indexOf(threshold);
    return activeFindings(findings).filter((f) => types_1.SEVERITIES.indexOf(f.severity) <= limit);
}
function severityCounts(findings) {
    return types_1.SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])
        .filter(([, count]) => count > 0)
        .map(([s, count]) => `${count} ${exports.SEVERITY_LABEL[s]}`)
        .join(' · ');
}
function where(f) {
    return f.location ? (0, markdown_1.code)(`${f.location.file}:${f.location.line}`) : '';
}
function findingRows(findings) {
    return findings.map((f) => [
        (0, markdown_1.code)(f.rule),
        (0, markdown_1.code)(f.resource),
        (0, markdown_1.cell)(f.message),
        (0, markdown_1.cell)(f.fix ?? ''),
        where(f),
    ]);
}
function renderFindings(findings, detail) {
    const active = activeFindings(findings);
    const suppressed = findings.filter((f) => f.suppressed !== undefined);
    const heading = active.length === 0 ? '#### Security: no findings' : `#### Security: ${severityCounts(active)}`;
    const parts = [heading];
    if (detail === 'full') {
        for (const severity of types_1.SEVERITIES) {
            const these = active.filter((f) => f.severity === severity);
            if (these.length === 0)
                continue;
            parts.push((0, markdown_1.details)(`${exports.SEVERITY_LABEL[severity]} (${these.length})`, (0, markdown_1.table)(['Rule', 'Resource', 'Finding', 'Fix', 'Where'], findingRows(these))));
        }
        if (suppressed.length > 0) {
            parts.push((0, markdown_1.details)(`Suppressed (${suppressed.length})`, (0, markdown_1.table)(['Rule', 'Resource', 'Reason'], suppressed.map((f) => [
                (0, markdown_1.code)(f.rule),
                (0, markdown_1.code)(f.resource),
                (0, markdown_1.cell)(f.suppressed?.reason ?? ''),
            ]))));
        }
    }
    else if (active.length > 0 || suppressed.length > 0) {
        parts.push(`${(0, markdown_1.plural)(active.length, 'finding')}${suppressed.length > 0 ? ` (${suppressed.length} suppressed)` : ''}: details in the job summary.`);
    }
    return parts.join('\n\n');
}


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


/***/ }),

/***/ 65468:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SEED_OUTPUT_NAMES = void 0;
exports.actionOutputs = actionOutputs;
const outputs_1 = __webpack_require__(3545);
const findings_1 = __webpack_require__(19334);
exports.SEED_OUTPUT_NAMES = [
    'lambda_function_names',
    'lambda_function_arns',
    'api_gateway_id',
    'api_gateway_endpoint',
    'dynamodb_table_names',
    'dynamodb_table_arns',
];
/** Outputs of a plan or a deploy; `outputs` only when the stack was deployed. */
function actionOutputs(stackName, result) {
    const seed = result && 'outputs' in result ? result.outputs : outputs_1.EMPTY_SEED_OUTPUTS;
    const outputs = {};
    for (const name of exports.SEED_OUTPUT_NAMES)
        outputs[name] = JSON.stringify(seed[name]);
    outputs['stack-name'] = stackName;
    outputs['has-changes'] = String(result?.hasChanges ?? false);
    outputs['change-set-id'] = result?.changeSetId ?? '';
    outputs['monthly-cost'] = result?.cost ? result.cost.monthlyUsd.toFixed(2) : '';
    outputs['findings'] = JSON.stringify((0, findings_1.activeFindings)(result?.findings ?? []).map((f) => ({
        rule: f.rule,
        severity: f.severity,
        resource: f.resource,
        message: f.message,
    })));
    return outputs;
}


/***/ }),

/***/ 46340:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUMMARY_LIMIT = exports.COMMENT_LIMIT = void 0;
exports.commentMarker = commentMarker;
exports.renderReport = renderReport;
exports.renderFitted = renderFitted;
const errors_1 = __webpack_require__(83916);
const changes_1 = __webpack_require__(59059);
const cost_1 = __webpack_require__(8089);
const deploy_outputs_1 = __webpack_require__(65808);
const detail_1 = __webpack_require__(33349);
const findings_1 = __webpack_require__(19334);
const markdown_1 = __webpack_require__(54285);
/** GitHub rejects issue comments longer than this many characters. */
exports.COMMENT_LIMIT = 65536;
/** GitHub's per-step job summary limit is 1 MiB; stay under it in UTF-16 units too. */
exports.SUMMARY_LIMIT = 1_000_000;
/** The hidden marker of a stack's sticky comment. */
function commentMarker(key) {
    return `<!-- serverless-action:${key} -->`;
}
function subject(report) {
    return report.stackName !== undefined ? (0, markdown_1.code)(report.stackName) : 'the stack';
}
function headline(report) {
    const { outcome } = report;
    const stack = subject(report);
    switch (outcome.kind) {
        case 'plan':
            return outcome.plan.hasChanges
                ? `### 📝 Plan for ${stack}: ${(0, markdown_1.plural)(outcome.plan.changes.length, 'change')}`
                : `### ✅ No changes: ${stack} is up to date`;
        case 'deploy':
            return outcome.deploy.hasChanges
                ? `### 🚀 Deployed ${stack} (${outcome.deploy.status})`
                : `### ✅ No changes: ${stack} is up to date, nothing deployed`;
        case 'destroy':
            return outcome.destroy.deleted
                ? `### 🗑️ Destroyed ${stack}`
                : `### ✅ Nothing to destroy: ${stack} does not exist`;
        case 'failure':
            return `### ❌ ${report.command} failed for ${stack}`;
    }
}
function planSections(plan, detail, allowReplacement) {
    const sections = [];
    if (plan.changeSetId !== undefined)
        sections.push(`Change set: ${(0, markdown_1.code)(plan.changeSetId)}`);
    sections.push((0, changes_1.renderChanges)(plan.changes, detail, allowReplacement));
    if (plan.cost)
        sections.push((0, cost_1.renderCost)(plan.cost, plan.deployedMonthlyUsd, detail));
    if (plan.findings)
        sections.push((0, findings_1.renderFindings)(plan.findings, detail));
    return sections;
}
function body(report, detail, allowReplacement) {
    const { outcome } = report;
    switch (outcome.kind) {
        case 'plan':
            return planSections(outcome.plan, detail, allowReplacement);
        case 'deploy':
            return [
                (0, deploy_outputs_1.renderDeployOutputs)(outcome.deploy.outputs, detail),
                ...planSections(outcome.deploy, detail, allowReplacement),
            ];
        case 'destroy':
            return [];
        case 'failure': {
            const { error } = outcome;
            const cause = (0, markdown_1.clip)(error.diagnostics && error.diagnostics.length > 0
                ? error.diagnostics.map(errors_1.formatDiagnostic).join('\n')
                : error.message, detail_1.ERROR_CHARS[detail]);
            return [
                `**Root cause**${error.code ? ` (${(0, markdown_1.code)(error.code)})` : ''}:`,
                (0, markdown_1.fenced)(cause),
                error.hint ? `**What to do:** ${(0, markdown_1.clip)(error.hint, detail_1.ERROR_CHARS[detail])}` : '',
                ...(outcome.plan ? planSections(outcome.plan, detail, allowReplacement) : []),
            ];
        }
    }
}
function footer(report) {
    const run = report.runUrl ? ` by [this run](${report.runUrl})` : '';
    const sha = report.sha ? ` for ${(0, markdown_1.code)(report.sha.slice(0, 7))}` : '';
    const env = report.environment ? ` · environment ${(0, markdown_1.code)(report.environment)}` : '';
    return `<sub>${report.command}${env} · updated ${report.updatedAt.toISOString()}${run}${sha}</sub>`;
}
function renderReport(report, detail, options = {}) {
    const parts = [
        options.marker ?? '',
        headline(report),
        ...body(report, detail, options.allowReplacement ?? false),
        detail === 'full'
            ? ''
            : `> [!NOTE]\n> Details were trimmed to fit GitHub's comment limit; the full report is in the ${report.runUrl ? `[job summary](${report.runUrl})` : 'job summary'}.`,
        footer(report),
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}
/**
 * The most detailed rendering that fits `limit` characters. When even the minimal one does
 * not (a pathological change set), it is cut, keeping the marker and headline at the top.
 */
function renderFitted(report, limit, options = {}) {
    for (const detail of ['full', 'compact', 'minimal']) {
        const text = renderReport(report, detail, options);
        if (text.length <= limit)
            return text;
    }
    const note = '\n\n…(cut to fit the comment limit; see the job summary)\n';
    return renderReport(report, 'minimal', options).slice(0, limit - note.length) + note;
}


/***/ }),

/***/ 34077:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SEVERITIES = void 0;
exports.SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];


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