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
const outcome_1 = __webpack_require__(84535);
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
    const known = (0, outcome_1.knownPlan)(error);
    if (known !== undefined)
        return known;
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
        Promise.all(/* require.ensure | engine */[__webpack_require__.e(432), __webpack_require__.e(44), __webpack_require__.e(903), __webpack_require__.e(116), __webpack_require__.e(433), __webpack_require__.e(255), __webpack_require__.e(64), __webpack_require__.e(216), __webpack_require__.e(496), __webpack_require__.e(790), __webpack_require__.e(943), __webpack_require__.e(986), __webpack_require__.e(209)]).then((() => resolve(__webpack_require__(92707))).bind(null, __webpack_require__))['catch'](reject);
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
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const locate_1 = __webpack_require__(5893);
const errors_1 = __webpack_require__(83916);
const annotations_1 = __webpack_require__(856);
const outputs_1 = __webpack_require__(65468);
const outcome_1 = __webpack_require__(84535);
const ancestry_1 = __webpack_require__(16274);
const command_1 = __webpack_require__(41251);
const gate_1 = __webpack_require__(80243);
const publish_1 = __webpack_require__(74001);
const failure_1 = __webpack_require__(69280);
const stack_name_1 = __webpack_require__(91455);
const version_1 = __webpack_require__(311);
const placeholders_1 = __webpack_require__(60322);
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
        let stackName;
        if (choice.command === 'deploy' && settings.plan !== undefined) {
            // A reviewed plan: executed as it is, without the config or a synthesis (the deploy
            // job needs only the plan artifact, not a checkout).
            if ('error' in credentialsOutcome)
                throw credentialsOutcome.error;
            const engine = await deps.engine();
            result = await engine.apply({
                ...awsRequest(settings, credentialsOutcome.credentials),
                planDir: (0, node_path_1.resolve)(deps.cwd, settings.plan),
                ...guardRequest(deps),
            });
            stackName = result.stackName;
        }
        else {
            loaded = await deps.loadConfig(settings.config, {
                cwd: deps.cwd,
                // The workspace is the repository: nothing outside it may be packaged.
                repositoryRoot: deps.cwd,
                today: deps.clock.now().toISOString().slice(0, 10),
                ...(choice.environment !== undefined && { environment: choice.environment }),
                // The preview defaults follow the same decision as the stack's ephemeral tag.
                ephemeral: choice.ephemeral,
            });
            for (const a of (0, annotations_1.diagnosticAnnotations)(loaded.warnings))
                deps.sink.annotate(a);
            stackName = (0, stack_name_1.stackNameOf)(loaded);
            // Before any AWS call, as the CLI does: a placeholder ID fails in AWS minutes later.
            if (choice.command !== 'destroy') {
                (0, placeholders_1.refusePlaceholders)(loaded.warnings, settings.allowPlaceholders);
            }
            if ('error' in credentialsOutcome)
                throw credentialsOutcome.error;
            const { credentials } = credentialsOutcome;
            const engine = await deps.engine();
            const request = {
                ...engineRequest(settings, choice, loaded, stackName, credentials),
                ...guardRequest(deps),
                ...(choice.command === 'plan' && {
                    planOut: (0, node_path_1.join)(deps.tempDir ?? (0, node_os_1.tmpdir)(), 'serverless-action-plans', stackName),
                }),
            };
            result = await engine[choice.command](request);
        }
        if ('findings' in result && result.findings) {
            for (const a of (0, annotations_1.findingAnnotations)(result.findings))
                deps.sink.annotate(a);
        }
        if ('changes' in result) {
            for (const a of (0, annotations_1.changeAnnotations)(result.changes))
                deps.sink.annotate(a);
        }
        // A plan the gate rejects is reported whole, as the failure's context.
        const planned = choice.command === 'plan' && 'changes' in result ? result : undefined;
        const gate = planned && (0, gate_1.findingsGate)(planned.findings ?? [], settings.failOn, planned);
        setOutputs(deps.sink, stackName, result, {
            result: gate ? 'refused' : (0, outcome_1.successResult)(result),
            ...('planDir' in result && result.planDir !== undefined && { planDir: result.planDir }),
        });
        const outcome = gate
            ? { kind: 'failure', error: (0, failure_1.causeOf)(gate), refused: true, plan: gate.plan ?? planned }
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
            ? (0, stack_name_1.stackNameOf)(loaded)
            : (stackNameOfBrokenConfig(error) ?? (0, outcome_1.knownPlan)(error)?.stackName ?? '');
        const known = (0, failure_1.planOfFailure)(error, stackName);
        // The guard's changes come straight from the change set: pin them to their config lines.
        const config = loaded;
        const plan = known && config
            ? { ...known, changes: (0, locate_1.locateChanges)(known.changes, (path) => config.locate(path)) }
            : known;
        for (const a of (0, annotations_1.changeAnnotations)(plan?.changes ?? []))
            deps.sink.annotate(a);
        setOutputs(deps.sink, stackName, plan, { result: (0, outcome_1.failureResult)(error) });
        await report(deps, choice, loaded, stackName || undefined, {
            kind: 'failure',
            error: (0, failure_1.causeOf)(error),
            ...((0, outcome_1.isRefusal)(error) && { refused: true }),
            ...(plan !== undefined && { plan }),
        });
        throw error;
    }
}
/** Where AWS is and who we are there. */
function awsRequest(settings, credentials) {
    return {
        region: settings.region,
        allowReplacement: settings.allowReplacement,
        ...(settings.endpointUrl !== undefined && { endpointUrl: settings.endpointUrl }),
        ...(credentials !== undefined && { credentials }),
    };
}
/** The commit deployed (recorded on the stack) and how to tell whether it goes backwards. */
function guardRequest(deps) {
    const { context, settings } = deps;
    const commit = (context.pullRequest?.headSha ?? context.sha)?.toLowerCase();
    return {
        allowRollback: settings.allowRollback,
        isAncestor: (0, ancestry_1.firstKnown)((0, ancestry_1.gitAncestry)(deps.cwd), (0, ancestry_1.githubAncestry)({
            apiUrl: context.apiUrl,
            owner: context.owner,
            repo: context.repo,
            ...(settings.githubToken !== undefined && { token: settings.githubToken }),
        })),
        ...(commit !== undefined && /^[0-9a-f]{7,64}$/.test(commit) && { commit }),
    };
}
function engineRequest(settings, choice, loaded, stackName, credentials) {
    return {
        loaded,
        stackName,
        region: settings.region,
        ephemeral: choice.ephemeral,
        allowReplacement: settings.allowReplacement,
        force: settings.force,
        // Previews update in seconds by default; elsewhere only when asked.
        hotswap: settings.hotswap ?? choice.ephemeral,
        failOn: settings.failOn,
        ...(settings.detectDrift !== undefined && { detectDrift: settings.detectDrift }),
        ...(settings.allowDrift && { allowDrift: true }),
        ...(settings.endpointUrl !== undefined && { endpointUrl: settings.endpointUrl }),
        ...(settings.artifactBucket !== undefined && { artifactBucket: settings.artifactBucket }),
        ...(credentials !== undefined && { credentials }),
    };
}
function setOutputs(sink, stackName, result, facts) {
    const planLike = result !== undefined && 'changes' in result ? result : undefined;
    for (const [name, value] of Object.entries((0, outputs_1.actionOutputs)(stackName, planLike, facts))) {
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
        ...(loaded?.composition?.ephemeral === true && {
            preview: { differences: loaded.composition.previewDifferences },
        }),
        configPath: settings.config,
        toolVersion: version_1.TOOL_VERSION,
        failOn: settings.failOn,
        ...(context.repository !== '' && { repoUrl: `${context.serverUrl}/${context.repository}` }),
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
/** A config that did not load still names its stack when its `project_name` is valid. */
function stackNameOfBrokenConfig(error) {
    if (!(error instanceof errors_1.ConfigError))
        return undefined;
    const { projectName, environment } = error.names;
    return projectName !== undefined && environment !== undefined
        ? (0, stack_name_1.stackNameFor)(projectName, environment)
        : undefined;
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

/***/ 5893:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.locateChanges = locateChanges;
function locateChanges(changes, locate) {
    return changes.map((c) => c.configPath === undefined || c.location !== undefined
        ? c
        : { ...c, location: locate(c.configPath.split('.')) });
}


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

/***/ 16274:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gitAncestry = gitAncestry;
exports.githubAncestry = githubAncestry;
exports.firstKnown = firstKnown;
exports.headCommit = headCommit;
exports.ancestryFor = ancestryFor;
// Is one commit an ancestor of another? Asked of the local clone first (git merge-base
// --is-ancestor), then of GitHub's compare API (a shallow CI clone lacks the history).
// Each answers undefined when it cannot tell; the rollback guard then lets the deploy go.
const node_child_process_1 = __webpack_require__(31421);
/** `git merge-base --is-ancestor`: exit 0 yes, 1 no, anything else (unknown commit) unknown. */
function gitAncestry(cwd) {
    return (older, newer) => new Promise((resolve) => {
        (0, node_child_process_1.execFile)('git', ['merge-base', '--is-ancestor', older, newer], { cwd }, (error) => {
            if (!error)
                return resolve(true);
            resolve(error.code === 1 ? false : undefined);
        });
    });
}
/** GitHub's compare API (GITHUB_API_URL, so GitHub Enterprise Server and test stand-ins work). */
function githubAncestry(api) {
    const get = api.fetch ?? fetch;
    return async (older, newer) => {
        // compare/BASE...HEAD: `ahead` when BASE is an ancestor of HEAD (HEAD has more commits),
        // `identical` when equal, `behind` or `diverged` otherwise.
        const url = `${api.apiUrl.replace(/\/+$/, '')}/repos/${api.owner}/${api.repo}/compare/${older}...${newer}`;
        try {
            const response = await get(url, {
                headers: {
                    accept: 'application/vnd.github+json',
                    ...(api.token !== undefined && { authorization: `token ${api.token}` }),
                },
            });
            if (!response.ok)
                return undefined;
            const body = (await response.json());
            // A strict ancestor: equal commits are not "older".
            if (body.status === 'ahead')
                return true;
            if (body.status === 'identical' || body.status === 'behind' || body.status === 'diverged') {
                return false;
            }
            return undefined;
        }
        catch {
            return undefined;
        }
    };
}
/** The first check that knows. */
function firstKnown(...checks) {
    return async (older, newer) => {
        for (const check of checks) {
            const answer = await check(older, newer);
            if (answer !== undefined)
                return answer;
        }
        return undefined;
    };
}
/** The commit being deployed: GITHUB_SHA in a workflow, else the checkout's HEAD. */
function headCommit(cwd, env) {
    const fromEnv = env['GITHUB_SHA']?.trim().toLowerCase();
    if (fromEnv !== undefined && /^[0-9a-f]{7,64}$/.test(fromEnv))
        return Promise.resolve(fromEnv);
    return new Promise((resolve) => {
        (0, node_child_process_1.execFile)('git', ['rev-parse', 'HEAD'], { cwd }, (error, stdout) => {
            const sha = String(stdout).trim().toLowerCase();
            resolve(!error && /^[0-9a-f]{7,64}$/.test(sha) ? sha : undefined);
        });
    });
}
/** git first, then GitHub's compare API when the environment names a repository. */
function ancestryFor(cwd, env) {
    const repository = env['GITHUB_REPOSITORY']?.split('/');
    const token = env['GITHUB_TOKEN'];
    if (repository?.length !== 2)
        return gitAncestry(cwd);
    return firstKnown(gitAncestry(cwd), githubAncestry({
        apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
        owner: repository[0],
        repo: repository[1],
        ...(token !== undefined && token !== '' && { token }),
    }));
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
    const plan = get('plan');
    const hotswap = boolean(get('hotswap'), 'hotswap');
    const detectDrift = boolean(get('detect-drift'), 'detect-drift');
    return {
        config: get('config') ?? options_1.DEFAULT_CONFIG_FILE,
        region,
        audience: get('audience') ?? 'sts.amazonaws.com',
        roleDurationSeconds: duration ?? 3600,
        commentOnPr: boolean(get('comment-on-pr'), 'comment-on-pr') ?? true,
        allowReplacement: boolean(get('allow-replacement'), 'allow-replacement') ?? false,
        allowPlaceholders: boolean(get('allow-placeholders'), 'allow-placeholders') ?? false,
        force: boolean(get('force'), 'force') ?? false,
        allowRollback: boolean(get('allow-rollback'), 'allow-rollback') ?? false,
        allowDrift: boolean(get('allow-drift'), 'allow-drift') ?? false,
        failOn,
        ...(command !== undefined && { command }),
        ...(environment !== undefined && { environment }),
        ...(roleToAssume !== undefined && { roleToAssume }),
        ...(roleSessionName !== undefined && { roleSessionName }),
        ...(githubToken !== undefined && { githubToken }),
        ...(endpointUrl !== undefined && { endpointUrl }),
        ...(artifactBucket !== undefined && { artifactBucket }),
        ...(ephemeral !== undefined && { ephemeral }),
        ...(plan !== undefined && { plan }),
        ...(hotswap !== undefined && { hotswap }),
        ...(detectDrift !== undefined && { detectDrift }),
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
const node_version_1 = __webpack_require__(58842);
async function main() {
    try {
        const settings = (0, inputs_1.readSettings)();
        const context = (0, context_1.readGithubContext)(process.env);
        const token = settings.githubToken;
        await (0, run_1.run)({
            settings,
            context,
            cwd: process.cwd(),
            ...(process.env['RUNNER_TEMP'] && { tempDir: process.env['RUNNER_TEMP'] }),
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
// One line instead of the AWS SDK's eight on Node versions it warns about.
(0, node_version_1.quietNodeVersionWarning)(process, (line) => process.stderr.write(line + '\n'));
void main();


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
    // Not one of the seed's: SPEC §5, the `live` aliases every invoke goes through.
    'lambda_alias_arns',
];
/**
 * Outputs of a plan or a deploy, also of a refused or failed one (`result` says which):
 * whatever was learned is set; `outputs` only when the stack was deployed.
 */
function actionOutputs(stackName, result, facts = {}) {
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
    outputs['result'] = facts.result ?? '';
    outputs['plan-dir'] = facts.planDir ?? '';
    return outputs;
}


/***/ })

};
;