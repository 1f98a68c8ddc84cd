"use strict";
exports.id = 209;
exports.ids = [209];
exports.modules = {

/***/ 58631:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deployedStack = deployedStack;
const publish_1 = __webpack_require__(3522);
const cfn_1 = __webpack_require__(44610);
const nested_1 = __webpack_require__(83468);
/** undefined when the stack does not exist or its template cannot be read. */
async function deployedStack(cfn, stackName) {
    const template = await (0, cfn_1.deployedTemplate)(cfn, stackName).catch(() => undefined);
    if (template === undefined)
        return undefined;
    if (!(0, nested_1.hasNestedStacks)(template))
        return { template };
    // Unreadable, the comparison falls back to the parent's template, as before nesting.
    const children = (0, nested_1.liveNestedStacks)(await (0, cfn_1.listStackResources)(cfn, stackName).catch(() => []));
    const nested = [];
    await (0, publish_1.forEachLimited)(children, nested_1.NESTED_READ_CONCURRENCY, async (child) => {
        const own = await (0, cfn_1.deployedTemplate)(cfn, child.PhysicalResourceId).catch(() => undefined);
        if (own !== undefined)
            nested.push({ logicalId: child.LogicalResourceId, template: own });
    });
    return { template, nested: nested.sort((a, b) => a.logicalId.localeCompare(b.logicalId)) };
}


/***/ }),

/***/ 92707:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.realEngine = realEngine;
// The real engine behind `run`: synth -> review -> plan/deploy/destroy, on SDK clients built
// with this run's credentials. Loaded lazily by main.ts (it brings aws-cdk-lib).
const promises_1 = __webpack_require__(51455);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const clients_1 = __webpack_require__(40201);
const locate_1 = __webpack_require__(5893);
const deploy_1 = __webpack_require__(87927);
const hotswap_1 = __webpack_require__(71199);
const review_1 = __webpack_require__(90732);
const baseline_1 = __webpack_require__(49953);
const graph_1 = __webpack_require__(90692);
const rollout_1 = __webpack_require__(68853);
const whole_template_1 = __webpack_require__(50842);
const cost_1 = __webpack_require__(28536);
const synth_1 = __webpack_require__(30790);
const size_1 = __webpack_require__(33289);
const deployed_stack_1 = __webpack_require__(58631);
const gate_1 = __webpack_require__(80243);
const run_apply_1 = __webpack_require__(34051);
const save_plan_1 = __webpack_require__(10620);
const render_1 = __webpack_require__(46340);
const outcome_1 = __webpack_require__(84535);
const stack_defaults_1 = __webpack_require__(71182);
const ephemeral_1 = __webpack_require__(39041);
/** The stage's stack options and whether to detect drift (default: on for prod-like stages). */
function stackOptionsOf(request) {
    const { loaded } = request;
    return {
        stackSettings: (0, stack_defaults_1.resolveStackSettings)(loaded.environment, loaded.config.stack, request.ephemeral),
        detectDrift: request.detectDrift ?? (0, ephemeral_1.isProdLikeEnvironment)(loaded.environment),
    };
}
function realEngine(clock, logger) {
    const withClients = async (request, work) => {
        const clients = (0, clients_1.createAwsClients)({
            region: request.region,
            ...(request.endpointUrl !== undefined && { endpoint: request.endpointUrl }),
            ...(request.credentials !== undefined && { credentials: request.credentials }),
        });
        try {
            return await work({ clients, clock, logger });
        }
        finally {
            clients.destroy();
        }
    };
    return {
        plan: (request) => withClients(request, (deps) => withStack(request, async (stack, reviewed) => {
            const deployed = await deployedState(request, deps, clock);
            const outcome = await (0, deploy_1.runPlan)(stack, deps, {
                ...commitOption(request),
                ...stackOptionsOf(request),
            });
            const result = merge(outcome.result, reviewed, deployed, request, stack);
            if (request.planOut === undefined)
                return result;
            await (0, save_plan_1.savePlan)({
                dir: request.planOut,
                environment: request.loaded.environment,
                outcome,
                result,
                review: reviewed,
                comment: planComment(result, request, clock),
                ...commitOption(request),
                stackSettings: stackOptionsOf(request).stackSettings,
            }, deps);
            return { ...result, planDir: request.planOut };
        })),
        deploy: (request) => withClients(request, (deps) => withStack(request, async (stack, reviewed) => {
            // The gate runs before anything reaches the account: review needs no AWS.
            const gate = (0, gate_1.findingsGate)(reviewed.findings, request.failOn, {
                stackName: stack.stackName,
                hasChanges: false,
                changes: [],
                cost: reviewed.cost,
                findings: reviewed.findings,
            });
            if (gate)
                throw gate;
            const deployed = await deployedState(request, deps, clock);
            try {
                if (request.hotswap) {
                    const swapped = await (0, hotswap_1.runHotswap)(stack, deps, {
                        force: request.force,
                        ...(request.artifactBucket !== undefined && {
                            artifactBucket: request.artifactBucket,
                        }),
                    });
                    if (swapped.kind === 'hotswapped') {
                        return merge(swapped.outcome, reviewed, deployed, request, stack);
                    }
                    logger.info(`hotswap not possible: ${swapped.reason}; deploying with a change set`);
                }
                const outcome = await (0, deploy_1.runDeploy)(stack, deps, {
                    allowReplacement: request.allowReplacement,
                    allowRollback: request.allowRollback ?? false,
                    ...(request.isAncestor !== undefined && { isAncestor: request.isAncestor }),
                    ...commitOption(request),
                    ...stackOptionsOf(request),
                    ...(request.allowDrift === true && { allowDrift: true }),
                    ...(request.artifactBucket !== undefined && {
                        artifactBucket: request.artifactBucket,
                    }),
                });
                return merge(outcome, reviewed, deployed, request, stack);
            }
            catch (error) {
                const base = { stackName: stack.stackName, hasChanges: false, changes: [] };
                throw (0, outcome_1.withKnownPlan)(error, merge(base, reviewed, deployed, request, stack));
            }
        })),
        destroy: (request) => withClients(request, (deps) => (0, deploy_1.runDestroy)(request.stackName, deps, { force: request.force })),
        apply: (request) => withClients(request, (deps) => (0, run_apply_1.runPlannedDeploy)(request.planDir, deps, {
            allowReplacement: request.allowReplacement,
            allowRollback: request.allowRollback ?? false,
            ...(request.isAncestor !== undefined && { isAncestor: request.isAncestor }),
        })),
    };
    async function withStack(request, work) {
        const outDir = await (0, promises_1.mkdtemp)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'serverless-action-'));
        try {
            const stack = await (0, synth_1.synthesize)(request.loaded, {
                outDir,
                ephemeral: request.ephemeral,
                ...(request.artifactBucket !== undefined && { artifactBucket: request.artifactBucket }),
            });
            logger.info(`synthesized ${stack.stackName}: ${(0, size_1.describeSize)(stack)}`);
            for (const warning of stack.warnings ?? [])
                logger.warn(warning);
            const reviewed = await (0, review_1.review)(stack, {
                region: request.region,
                today: clock.now().toISOString().slice(0, 10),
            });
            for (const warning of reviewed.warnings ?? [])
                logger.warn(warning);
            return await work(stack, reviewed);
        }
        finally {
            await (0, promises_1.rm)(outDir, { recursive: true, force: true });
        }
    }
}
/**
 * What is deployed now, for the comment: its monthly cost (the delta) and its findings (new vs
 * already there); undefined on a first deploy.
 */
async function deployedState(request, deps, clock) {
    const deployed = await (0, deployed_stack_1.deployedStack)(deps.clients.cloudFormation, request.stackName);
    if (deployed === undefined)
        return undefined;
    // Past 500 resources the functions are in nested stacks: compared as one template.
    const template = (0, whole_template_1.wholeTemplate)(deployed);
    const { book } = (0, cost_1.bundledPrices)(request.region);
    return {
        monthlyUsd: (0, cost_1.estimateCost)(template, request.loaded.config.usage, book, request.region)
            .monthlyUsd,
        baseline: (0, baseline_1.deployedBaseline)(template, clock.now().toISOString().slice(0, 10)),
    };
}
function merge(result, reviewed, deployed, request, stack) {
    // Past 500 resources the functions are in nested stacks: the picture shows them all.
    const template = (0, whole_template_1.wholeTemplate)(stack);
    return {
        ...result,
        changes: (0, locate_1.locateChanges)(result.changes, (path) => request.loaded.locate(path)),
        cost: reviewed.cost,
        findings: reviewed.findings,
        graph: (0, graph_1.stackGraph)(template, stack.origins),
        rollout: (0, rollout_1.rolloutOf)(template, stack.origins),
        ...(deployed !== undefined && {
            deployedMonthlyUsd: deployed.monthlyUsd,
            previous: deployed.baseline,
        }),
    };
}
function commitOption(request) {
    return request.commit !== undefined ? { commit: request.commit } : {};
}
/** The plan's report as the pull request comment shows it, saved beside the plan. */
function planComment(result, request, clock) {
    return (0, render_1.renderFitted)({
        command: 'plan',
        outcome: { kind: 'plan', plan: result },
        updatedAt: clock.now(),
        stackName: result.stackName,
        environment: request.loaded.environment,
        ...(request.commit !== undefined && { sha: request.commit }),
    }, render_1.COMMENT_LIMIT, { allowReplacement: request.allowReplacement });
}


/***/ }),

/***/ 64046:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RESOURCES_PER_FUNCTION = void 0;
exports.minimumResources = minimumResources;
exports.minimumByStack = minimumByStack;
exports.checkStackSize = checkStackSize;
// A config that cannot fit CloudFormation's limits fails here, in validation, in well under a
// second: before any code is bundled or any construct built. Past 500 resources synth splits
// the functions over nested stacks (synth/nesting.ts); what cannot fit even then is a
// nested stack's group over 500, or a parent over 500. The counts are lower bounds (what
// synth creates whatever else is set), so this never refuses a config that would fit;
// synth counts exactly and refuses the rest (src/synth/limits.ts).
const function_groups_1 = __webpack_require__(71697);
const types_1 = __webpack_require__(18927);
const findings_1 = __webpack_require__(74770);
/** What synth creates for every function at the least: log group, role, function, version, `live` alias. */
exports.RESOURCES_PER_FUNCTION = 5;
/** Resources synth creates at the least: per function, and one per table, event source (a
 * mapping, subscription or rule) and API route. */
function minimumResources(config) {
    const { parent, groups } = minimumByStack(config);
    return parent + [...groups.values()].reduce((sum, n) => sum + n, 0);
}
/**
 * The least each template holds once nested: per group, its functions with their routes
 * and the event sources that target them; the parent, its tables (and, when the functions
 * are split, one nested stack resource per group).
 */
function minimumByStack(config) {
    const groups = new Map();
    const add = (functionKey, n) => {
        const group = (0, function_groups_1.functionGroupOf)(functionKey);
        groups.set(group, (groups.get(group) ?? 0) + n);
    };
    const keys = Object.keys(config.lambda_config);
    for (const [key, fn] of Object.entries(config.lambda_config)) {
        add(key, exports.RESOURCES_PER_FUNCTION + (config.api_gateway_config ? (fn.routes?.length ?? 0) : 0));
    }
    for (const source of Object.values(config.event_source_config)) {
        const target = source.function ?? (keys.length === 1 ? keys[0] : undefined);
        if (target !== undefined && target in config.lambda_config)
            add(target, 1);
    }
    return { parent: Object.keys(config.dynamodb_config).length, groups };
}
function checkStackSize(context) {
    const { config } = context;
    if (minimumResources(config) <= types_1.MAX_STACK_RESOURCES)
        return [];
    const { parent, groups } = minimumByStack(config);
    const parentWithGroups = parent + groups.size;
    const [fullest, most] = [...groups.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (most <= types_1.MAX_STACK_RESOURCES && parentWithGroups <= types_1.MAX_STACK_RESOURCES)
        return [];
    const functions = Object.keys(config.lambda_config).length;
    const why = most > types_1.MAX_STACK_RESOURCES
        ? `the functions are spread over ${function_groups_1.FUNCTION_GROUPS} nested stacks by their keys, and group ${fullest} needs at least ${most}`
        : `the parent stack needs at least ${parentWithGroups} (${parent} for tables, ${groups.size} nested stacks)`;
    return [
        (0, findings_1.error)(['lambda_config'], `this config (${functions} functions) does not fit CloudFormation's ${types_1.MAX_STACK_RESOURCES} resources per stack: ${why}; split it into two projects`, 'key'),
    ];
}


/***/ }),

/***/ 70785:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RESERVED_TAG_KEYS = void 0;
exports.checkTags = checkTags;
// Tags go on every taggable resource, so one bad tag fails the whole deploy: AWS reserves
// the "aws:" prefix and limits values to 256 characters (keys' 128 are in the schema).
const findings_1 = __webpack_require__(74770);
const TAG_VALUE_MAX = 256;
/**
 * Tags the stack sets itself on every resource (synth/tags.ts): destroy and preview cleanup
 * rely on them, and AWS compares tag keys case-insensitively, so a config tag with one of
 * these keys in any case could only be dropped.
 */
exports.RESERVED_TAG_KEYS = [
    'project',
    'environment',
    'managed-by',
    'ephemeral',
];
function checkTags(context) {
    const findings = [];
    for (const [key, value] of Object.entries(context.config.tags)) {
        if (key.toLowerCase().startsWith('aws:')) {
            findings.push((0, findings_1.error)(['tags', key], `tag key "${key}": the "aws:" prefix is reserved for AWS`, 'key'));
        }
        if (exports.RESERVED_TAG_KEYS.includes(key.toLowerCase()) && value !== ownValue(context, key)) {
            // A warning, not an error: the seed's own example tags Environment and Project.
            findings.push((0, findings_1.warning)(['tags', key], `tag "${key}: ${value}" is dropped: serverless-action sets ${exports.RESERVED_TAG_KEYS.join(', ')} itself (keys compare case-insensitively); rename it, e.g. "app-${key.toLowerCase()}", or remove it`, 'key'));
        }
        if (value.length > TAG_VALUE_MAX) {
            findings.push((0, findings_1.error)(['tags', key], `tag "${key}" has a ${value.length}-character value; AWS allows ${TAG_VALUE_MAX}`));
        }
    }
    return findings;
}
/** What the stack itself writes under a reserved key; the same value in the config is harmless. */
function ownValue(context, key) {
    switch (key.toLowerCase()) {
        case 'project':
            return context.config.project_name;
        case 'environment':
            return context.config.environment;
        case 'managed-by':
            return 'serverless-action';
        default:
            return undefined;
    }
}


/***/ }),

/***/ 59706:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ENTRY_EXTENSIONS = void 0;
exports.codeSourcePath = codeSourcePath;
exports.checkCodeSources = checkCodeSources;
exports.probeDisk = probeDisk;
// Every function's code must exist before anything is synthesized: a directory (zipped as
// is) or an entry file to bundle. The file system is reached through `probe`, so the rule
// itself is tested without touching disk.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const findings_1 = __webpack_require__(74770);
const paths_1 = __webpack_require__(81066);
exports.ENTRY_EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs'];
/** Where a function's code is: `source` relative to the config file, default `functions/<key>`. */
function codeSourcePath(configDir, key, source) {
    return (0, node_path_1.resolve)(configDir, source ?? (0, node_path_1.join)('functions', key));
}
function checkCodeSources(config, configDir, probe = probeDisk, containment = {}) {
    const findings = [];
    for (const [key, fn] of Object.entries(config.lambda_config)) {
        const absolute = codeSourcePath(configDir, key, fn.source);
        const shown = (0, node_path_1.relative)(configDir, absolute) || '.';
        const path = fn.source === undefined ? ['lambda_config', key] : ['lambda_config', key, 'source'];
        const at = fn.source === undefined ? 'key' : 'value';
        // Outside the repository is refused before the disk is asked anything else about it.
        const outside = (0, paths_1.checkConfigPath)(path, fn.source ?? (0, node_path_1.join)('functions', key), {
            configDir,
            root: containment.root ?? configDir,
            ...(containment.realpath !== undefined && { realpath: containment.realpath }),
        }, at);
        if (outside) {
            findings.push(outside);
            continue;
        }
        const kind = probe(absolute);
        if (kind === 'missing') {
            findings.push((0, findings_1.error)(path, fn.source === undefined
                ? `code of function "${key}" not found: ${shown} does not exist (relative to the config file); create it or set "source"`
                : `source ${shown} does not exist (relative to the config file); point it at a directory or a .ts/.js/.mjs/.cjs file`, at));
        }
        else if (kind === 'file' &&
            !exports.ENTRY_EXTENSIONS.includes((0, node_path_1.extname)(absolute))) {
            findings.push((0, findings_1.error)(path, `source ${shown} is a file but not a .ts, .js, .mjs or .cjs entry; point it at the code's directory or its entry file`, at));
        }
    }
    return findings;
}
function probeDisk(absolutePath) {
    try {
        return (0, node_fs_1.statSync)(absolutePath).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
}


/***/ }),

/***/ 39041:
/***/ ((__unused_webpack_module, exports) => {


// The kinds of stage, each decided by one rule here: ephemeral pull-request environments
// (`pr-123`), created and destroyed by CI many times a day, which must never hold data back
// from deletion; prod-like stages, which get the strictest defaults (stack-defaults.ts, the
// permissions-boundary finding, drift detection in the reusable workflow); and the rest.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PRODUCTION_ENVIRONMENT = void 0;
exports.isEphemeralEnvironment = isEphemeralEnvironment;
exports.isProdLikeEnvironment = isProdLikeEnvironment;
exports.stageKind = stageKind;
const EPHEMERAL_PATTERN = /^pr-/;
/** Environment names treated as production: prod, production, prd, live, and `prod-eu` style. */
exports.PRODUCTION_ENVIRONMENT = /^(prod|production|prd|live)(-.*)?$/;
/** True for environments CI creates per pull request (`pr-*`). */
function isEphemeralEnvironment(environment) {
    return EPHEMERAL_PATTERN.test(environment);
}
/** True for production stages: `prod`, `production`, `prd`, `live`, `prod-eu`, ... */
function isProdLikeEnvironment(environment) {
    return exports.PRODUCTION_ENVIRONMENT.test(environment);
}
/** An ephemeral flag from the loader (composition) wins over the name. */
function stageKind(environment, ephemeral) {
    if (ephemeral ?? isEphemeralEnvironment(environment))
        return 'ephemeral';
    return isProdLikeEnvironment(environment) ? 'prod-like' : 'long-lived';
}


/***/ }),

/***/ 81066:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.containConfigPath = containConfigPath;
exports.checkConfigPath = checkConfigPath;
exports.isInside = isInside;
exports.repositoryRootFor = repositoryRootFor;
exports.realPathOnDisk = realPathOnDisk;
exports.repositoryRootOf = repositoryRootOf;
// The one containment rule for every path a config names (function sources, layers,
// schemas, any file it reads): resolved against the config's directory, symbolic links
// followed, it must land inside the repository root. A pull request must not be able to
// package ~/.aws, /etc or the runner's token files into a Lambda zip.
//
// Every check of a config-named path calls `containConfigPath` (or `checkConfigPath`, which
// turns a refusal into a finding at the config line); no other module decides this.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const findings_1 = __webpack_require__(74770);
/**
 * Resolves `named` (as written in the config) against the config directory, follows its
 * symbolic links, and says whether it stays inside the repository root.
 */
function containConfigPath(named, context) {
    const realpath = context.realpath ?? realPathOnDisk;
    const absolute = (0, node_path_1.resolve)(context.configDir, named);
    const real = realpath(absolute);
    const root = realpath((0, node_path_1.resolve)(context.root));
    if (isInside(real, root))
        return { inside: true, absolute, real };
    const how = (0, node_path_1.isAbsolute)(named)
        ? 'is an absolute path'
        : isInside(absolute, root) || isInside(absolute, (0, node_path_1.resolve)(context.root))
            ? 'goes through a symbolic link'
            : 'climbs with ".."';
    return {
        inside: false,
        absolute,
        real,
        message: `${named} ${how} to a place outside the repository (${(0, node_path_1.relative)(root, real) || real}); ` +
            'a config may only name files inside its repository: move the files into the repository and name them relative to the config file',
    };
}
/** `containConfigPath` as a config finding at `path` (undefined when the path is inside). */
function checkConfigPath(path, named, context, at = 'value') {
    const contained = containConfigPath(named, context);
    return contained.inside ? undefined : (0, findings_1.error)(path, contained.message, at);
}
/** True when `path` is `root` or below it (both absolute and normalized). */
function isInside(path, root) {
    const rel = (0, node_path_1.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path_1.sep}`) && rel !== '..' && !(0, node_path_1.isAbsolute)(rel));
}
/**
 * The repository a config belongs to: the workspace when the caller knows it (the action
 * passes GITHUB_WORKSPACE), else the nearest directory at or above the config's that holds
 * `.git` (a directory, or a file in a worktree), else the config's own directory.
 */
function repositoryRootFor(configDir, workspace) {
    if (workspace !== undefined && workspace !== '')
        return (0, node_path_1.resolve)(workspace);
    for (let dir = (0, node_path_1.resolve)(configDir);; dir = (0, node_path_1.dirname)(dir)) {
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, '.git')))
            return dir;
        if ((0, node_path_1.dirname)(dir) === dir)
            return (0, node_path_1.resolve)(configDir);
    }
}
/**
 * realpath that also serves paths that do not exist (yet): the deepest existing ancestor
 * is resolved and the rest appended, so `link/missing` still counts as outside when `link`
 * points out of the repository.
 */
function realPathOnDisk(absolutePath) {
    try {
        return node_fs_1.realpathSync.native(absolutePath);
    }
    catch {
        const parent = (0, node_path_1.dirname)(absolutePath);
        if (parent === absolutePath)
            return absolutePath;
        return (0, node_path_1.join)(realPathOnDisk(parent), (0, node_path_1.basename)(absolutePath));
    }
}
/** The root a loaded config's paths must stay in: the one it was loaded with, else found. */
function repositoryRootOf(loaded) {
    return loaded.root ?? repositoryRootFor(loaded.dir);
}


/***/ }),

/***/ 61626:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.routeText = routeText;
exports.routeSettings = routeSettings;
exports.routeTextPath = routeTextPath;
/** The route as written: `"POST /users"`, `"$connect"`. */
function routeText(entry) {
    return typeof entry === 'string' ? entry : entry.route;
}
/** The route's own settings; none for a plain string. */
function routeSettings(entry) {
    if (typeof entry === 'string')
        return {};
    const { route, ...settings } = entry;
    void route;
    return settings;
}
/** Where a route's text sits in the file: the entry itself, or its `route` key. */
function routeTextPath(functionKey, index, entry) {
    const path = ['lambda_config', functionKey, 'routes', index];
    return typeof entry === 'string' ? path : [...path, 'route'];
}


/***/ }),

/***/ 89093:
/***/ ((__unused_webpack_module, exports) => {


// Lambda runtimes with AWS's published deprecation dates (the day AWS stops applying
// security patches; creating functions is blocked some months later). Source:
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html, read 2026-11.
// A runtime missing from this table is an error (with a "did you mean"), so a typo
// never reaches CloudFormation.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RUNTIME = exports.RUNTIMES = void 0;
exports.isDeprecated = isDeprecated;
exports.RUNTIMES = {
    'nodejs24.x': { family: 'node', esbuildTarget: 'node24' },
    'nodejs22.x': { family: 'node', deprecated: '2027-04-30', esbuildTarget: 'node22' },
    'nodejs20.x': { family: 'node', deprecated: '2026-04-30', esbuildTarget: 'node20' },
    'nodejs18.x': { family: 'node', deprecated: '2025-09-01', esbuildTarget: 'node18' },
    'nodejs16.x': { family: 'node', deprecated: '2024-06-12', esbuildTarget: 'node16' },
    'python3.14': { family: 'python' },
    'python3.13': { family: 'python' },
    'python3.12': { family: 'python', deprecated: '2028-10-31' },
    'python3.11': { family: 'python', deprecated: '2027-06-30' },
    'python3.10': { family: 'python', deprecated: '2026-10-31' },
    'python3.9': { family: 'python', deprecated: '2025-12-15' },
    java25: { family: 'java' },
    java21: { family: 'java' },
    java17: { family: 'java' },
    java11: { family: 'java' },
    'java8.al2': { family: 'java' },
    dotnet10: { family: 'dotnet' },
    dotnet8: { family: 'dotnet', deprecated: '2026-11-10' },
    'ruby3.4': { family: 'ruby' },
    'ruby3.3': { family: 'ruby', deprecated: '2026-03-31' },
    'ruby3.2': { family: 'ruby', deprecated: '2026-03-31' },
    'provided.al2023': { family: 'provided' },
    'provided.al2': { family: 'provided', deprecated: '2026-06-30' },
    'go1.x': { family: 'go', deprecated: '2024-01-08' },
};
exports.DEFAULT_RUNTIME = 'nodejs22.x';
/** True when AWS's deprecation date for `runtime` is on or before `today` (YYYY-MM-DD). */
function isDeprecated(runtime, today) {
    const date = exports.RUNTIMES[runtime]?.deprecated;
    return date !== undefined && date <= today;
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

/***/ 10620:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.savePlan = savePlan;
const cfn_1 = __webpack_require__(44610);
const context_1 = __webpack_require__(69116);
const plan_dir_1 = __webpack_require__(61138);
async function savePlan(request, deps) {
    const { outcome } = request;
    if (outcome.inputs === undefined)
        throw new Error('savePlan needs the plan outcome of runPlan');
    const env = await (0, context_1.callerEnvironment)(deps);
    // A change set just made a CREATE plan's stack (REVIEW_IN_PROGRESS): that is the state to
    // find again at deploy time. Without a change set the stack read before planning stands.
    const stackAfterPlan = outcome.noop
        ? outcome.current
        : await (0, cfn_1.describeStack)(deps.clients.cloudFormation, outcome.stackId ?? request.result.stackName);
    const plan = await (0, plan_dir_1.writePlanDir)(request.dir, {
        stackName: request.result.stackName,
        environment: request.environment,
        region: deps.clients.region,
        account: env.account,
        inputs: outcome.inputs,
        result: request.result,
        stackAfterPlan,
        review: request.review,
        comment: request.comment,
        createdAt: deps.clock.now(),
        ...(request.commit !== undefined && { commit: request.commit }),
        ...(request.stackSettings !== undefined && { stackSettings: request.stackSettings }),
    });
    deps.logger.info(`wrote the plan of ${plan.stackName} to ${request.dir}`);
    return plan;
}


/***/ }),

/***/ 44130:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));


/***/ }),

/***/ 49953:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deployedBaseline = deployedBaseline;
const security_1 = __webpack_require__(48687);
const template_1 = __webpack_require__(97620);
const types_1 = __webpack_require__(34077);
function deployedBaseline(template, today) {
    const { findings } = (0, security_1.findSecurityIssues)({ template, origins: (0, template_1.allOrigins)(template), today }, { nag: false });
    return {
        findingKeys: [...new Set(findings.map(types_1.findingKey))],
        logicalIds: Object.keys(template.Resources ?? {}),
    };
}


/***/ }),

/***/ 68853:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rolloutOf = rolloutOf;
// How each function's new version will take traffic, read from the synthesized template
// alone: its `live` alias, the CodeDeploy deployment group its UpdatePolicy names (the
// predefined config gives the SAM type), the alarms that group watches and its hooks.
// Pure: reads the template, never changes it. The report's "Rollout" section renders it.
const deployment_preference_1 = __webpack_require__(59333);
const template_1 = __webpack_require__(97620);
function rolloutOf(template, origins = {}) {
    const known = (0, template_1.allOrigins)(template, origins);
    const resources = template.Resources;
    const rollouts = [];
    for (const [aliasId, alias] of Object.entries(resources)) {
        if (alias.Type !== 'AWS::Lambda::Alias')
            continue;
        const functionId = (0, template_1.referencedId)(alias.Properties?.['FunctionName']);
        if (functionId === undefined || resources[functionId]?.Type !== 'AWS::Lambda::Function') {
            continue;
        }
        const label = (id) => known[id]?.key ?? id;
        const versionIds = Object.entries(resources)
            .filter(([, r]) => r.Type === 'AWS::Lambda::Version' &&
            (0, template_1.referencedId)(r.Properties?.['FunctionName']) === functionId)
            .map(([id]) => id);
        const update = (0, template_1.prop)(alias, 'UpdatePolicy', 'CodeDeployLambdaAliasUpdate');
        const groupId = (0, template_1.referencedId)((0, template_1.prop)(update, 'DeploymentGroupName'));
        const group = groupId === undefined ? undefined : resources[groupId];
        const configName = (0, template_1.prop)(group?.Properties, 'DeploymentConfigName');
        const type = (typeof configName === 'string' ? (0, deployment_preference_1.deploymentTypeOf)(configName) : undefined) ?? 'AllAtOnce';
        const gradual = type !== 'AllAtOnce';
        const alarms = gradual
            ? (0, template_1.asArray)((0, template_1.prop)(group?.Properties, 'AlarmConfiguration', 'Alarms')).flatMap((entry) => {
                const name = alarmName(template, (0, template_1.isRecord)(entry) ? entry['Name'] : undefined);
                return name === undefined ? [] : [name];
            })
            : [];
        const hook = (key) => {
            const id = (0, template_1.referencedId)((0, template_1.prop)(update, key));
            return id === undefined ? undefined : label(id);
        };
        const preTraffic = gradual ? hook('BeforeAllowTrafficHook') : undefined;
        const postTraffic = gradual ? hook('AfterAllowTrafficHook') : undefined;
        rollouts.push({
            function: label(functionId),
            type,
            alarms,
            hooks: {
                ...(preTraffic !== undefined && { preTraffic }),
                ...(postTraffic !== undefined && { postTraffic }),
            },
            logicalIds: [functionId, ...versionIds, aliasId, ...(groupId !== undefined ? [groupId] : [])],
        });
    }
    return rollouts;
}
/** An alarm's name: a literal, or the AlarmName of the stack's alarm a Ref points at. */
function alarmName(template, value) {
    if (typeof value === 'string')
        return value;
    const id = (0, template_1.referencedId)(value);
    if (id === undefined)
        return undefined;
    const name = template.Resources[id]?.Properties?.['AlarmName'];
    return typeof name === 'string' ? name : id;
}


/***/ }),

/***/ 71697:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PATH_GROUPS = exports.FUNCTION_GROUPS = void 0;
exports.functionGroupOf = functionGroupOf;
exports.pathGroupOf = pathGroupOf;
// Which nested stack a function (or a REST API path) goes in when a stack is split (nesting.ts): pure, without
// aws-cdk-lib, so that validation can count each group before anything is built.
const node_crypto_1 = __webpack_require__(77598);
/** How many nested stacks functions are spread over. 64 keeps 1,000 functions at about 16
 * per group (about 180 resources), far from 500 even for the fullest group. */
exports.FUNCTION_GROUPS = 64;
/** The construct id (and logical id prefix) of a function's nested stack: `Functions00`-`Functions63`. */
function functionGroupOf(functionKey) {
    return `Functions${bucketOf(functionKey, exports.FUNCTION_GROUPS)}`;
}
/** How many nested stacks a REST API's path resources are spread over. */
exports.PATH_GROUPS = 16;
/**
 * The nested stack of a REST API path's resource: `Paths00`-`Paths15`, by the path's first
 * segment, so a whole subtree shares one stack (a child needs its parent's id) and a path
 * never moves whichever functions serve it (API Gateway allows one resource per path: a
 * moved one would collide with itself, as a moved function does).
 */
function pathGroupOf(path) {
    return `Paths${bucketOf(path.split('/').find((part) => part !== '') ?? '', exports.PATH_GROUPS)}`;
}
function bucketOf(key, buckets) {
    const bucket = (0, node_crypto_1.createHash)('sha256').update(key).digest().readUInt32BE(0) % buckets;
    return String(bucket).padStart(2, '0');
}


/***/ }),

/***/ 33289:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeSize = describeSize;
/** `12 resources`, or `831 resources (37 nested stacks)`. */
function describeSize(stack) {
    const nested = stack.nested?.length ?? 0;
    const resources = `${stack.resourceCount} resource${stack.resourceCount === 1 ? '' : 's'}`;
    return nested === 0
        ? resources
        : `${resources} (${nested} nested stack${nested === 1 ? '' : 's'})`;
}


/***/ })

};
;