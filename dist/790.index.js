"use strict";
exports.id = 790;
exports.ids = [790];
exports.modules = {

/***/ 84483:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.handlerModule = handlerModule;
exports.bundleSourceOf = bundleSourceOf;
// Which functions are bundled, and from what: one rule, read by synth (to bundle) and by the
// deploy's input digest (to hash the same bundles without loading aws-cdk-lib).
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const code_sources_1 = __webpack_require__(59706);
const runtimes_1 = __webpack_require__(89093);
/** `index` for `index.handler`, `src/app` for `src/app.handler`. */
function handlerModule(handler) {
    const dot = handler.lastIndexOf('.');
    return dot > 0 ? handler.slice(0, dot) : handler;
}
/** The bundle a function's code is built from; undefined for a directory (or no usable entry). */
function bundleSourceOf(configDir, key, fn, 
/** Imports must resolve inside it (contain-imports.ts): part of what makes the bundle. */
repositoryRoot) {
    const entry = (0, code_sources_1.codeSourcePath)(configDir, key, fn.source);
    const target = runtimes_1.RUNTIMES[fn.runtime]?.esbuildTarget;
    if (target === undefined)
        return undefined;
    if (!code_sources_1.ENTRY_EXTENSIONS.includes((0, node_path_1.extname)(entry)))
        return undefined;
    try {
        if (!(0, node_fs_1.statSync)(entry).isFile())
            return undefined;
    }
    catch {
        return undefined;
    }
    return { entry, target, handlerModule: handlerModule(fn.handler), repositoryRoot };
}


/***/ }),

/***/ 92745:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Bundler = exports.BUNDLE_ENTRY_EXTENSIONS = void 0;
exports.externalModules = externalModules;
exports.outputFormat = outputFormat;
exports.bundleFunction = bundleFunction;
exports.buildBundle = buildBundle;
exports.stageBundle = stageBundle;
exports.readBundle = readBundle;
// Bundles a function's entry file (.ts/.js/.mjs/.cjs) with esbuild into a staging
// directory named by its content hash, so an unchanged function keeps its asset hash and
// CloudFormation sees no code change. A Bundler runs esbuild once per distinct entry and
// settings (N functions sharing one handler file bundle once), up to the CPU count at a time.
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_module_1 = __webpack_require__(98995);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const errors_1 = __webpack_require__(83916);
const contain_imports_1 = __webpack_require__(99190);
exports.BUNDLE_ENTRY_EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs'];
/** Node 18+ runtimes ship the AWS SDK v3: bundling it would only add megabytes. */
function externalModules(target) {
    const major = Number(/^node(\d+)/.exec(target)?.[1] ?? 0);
    return major >= 18 ? ['@aws-sdk/*'] : [];
}
/** ESM only when the entry says so (.mjs): Lambda treats `.js` as CommonJS without a package.json. */
function outputFormat(entry) {
    return (0, node_path_1.extname)(entry) === '.mjs' ? 'esm' : 'cjs';
}
async function bundleFunction(request) {
    return stageBundle(await buildBundle(request), request.stagingRoot);
}
/** Runs esbuild on one entry, in memory. */
async function buildBundle(source) {
    const format = outputFormat(source.entry);
    const outName = `${source.handlerModule}${format === 'esm' ? '.mjs' : '.js'}`;
    const esbuild = loadEsbuild(source.entry);
    let result;
    try {
        result = await esbuild.build({
            entryPoints: [source.entry],
            bundle: true,
            write: false,
            metafile: true,
            platform: 'node',
            target: source.target,
            format,
            minify: false,
            sourcemap: false,
            external: externalModules(source.target),
            // Only names the output: nothing is written (write: false).
            outfile: (0, node_path_1.join)(source.entry, '..', outName),
            logLevel: 'silent',
            plugins: source.repositoryRoot === undefined ? [] : [(0, contain_imports_1.containImports)(source.repositoryRoot)],
        });
    }
    catch (error) {
        throw new errors_1.ServerlessActionError(`bundling ${source.entry} failed: ${(0, errors_1.errorMessage)(error)}`, 'BUNDLE_FAILED', 'Fix the errors above, or point `source` at a directory of already built code.');
    }
    const output = result.outputFiles[0];
    if (!output)
        throw new errors_1.ServerlessActionError(`esbuild wrote nothing for ${source.entry}`, 'BUNDLE_FAILED');
    // The file name is part of the hash: a renamed handler is a code change.
    const hash = (0, node_crypto_1.createHash)('sha256').update(outName).update(output.contents).digest('hex');
    return {
        outName,
        contents: output.contents,
        hash,
        inputs: Object.keys(result.metafile.inputs).sort(),
    };
}
/** Writes a built bundle to `<stagingRoot>/bundle.<hash>/` (once: the name is its content). */
function stageBundle(built, stagingRoot) {
    const directory = (0, node_path_1.join)(stagingRoot, `bundle.${built.hash}`);
    if (!(0, node_fs_1.existsSync)(directory)) {
        const temporary = `${directory}.tmp-${process.pid}`;
        (0, node_fs_1.rmSync)(temporary, { recursive: true, force: true });
        const file = (0, node_path_1.join)(temporary, built.outName);
        (0, node_fs_1.mkdirSync)((0, node_path_1.join)(file, '..'), { recursive: true });
        (0, node_fs_1.writeFileSync)(file, built.contents);
        (0, node_fs_1.renameSync)(temporary, directory);
    }
    return { directory, hash: built.hash };
}
/**
 * One run's bundles: each distinct entry and settings is built once, however many functions
 * name it (and by whoever asks first: the deploy's input digest, then synth), with at most
 * `concurrency` esbuild builds at a time. Not a cache across runs: files change between them.
 */
class Bundler {
    concurrency;
    built = new Map();
    running = 0;
    waiting = [];
    /** esbuild builds started (distinct sources), for tests and benches. */
    builds = 0;
    constructor(concurrency = (0, node_os_1.availableParallelism)()) {
        this.concurrency = concurrency;
    }
    build(source) {
        const key = JSON.stringify([
            source.entry,
            source.target,
            source.handlerModule,
            source.repositoryRoot,
        ]);
        let pending = this.built.get(key);
        if (!pending) {
            pending = this.limited(() => buildBundle(source));
            this.built.set(key, pending);
            this.builds += 1;
        }
        return pending;
    }
    async bundle(request) {
        return stageBundle(await this.build(request), request.stagingRoot);
    }
    async limited(run) {
        if (this.running < this.concurrency)
            this.running += 1;
        // A finished build hands its slot straight to the next in line, so none is ever over.
        else
            await new Promise((resolve) => this.waiting.push(resolve));
        try {
            return await run();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.running -= 1;
        }
    }
}
exports.Bundler = Bundler;
/** Reads back a staged bundle (tests and debugging). */
function readBundle(result, handlerModule, format) {
    return (0, node_fs_1.readFileSync)((0, node_path_1.join)(result.directory, `${handlerModule}${format === 'esm' ? '.mjs' : '.js'}`), 'utf8');
}
/**
 * esbuild is loaded only when a function needs bundling, and never bundled itself: its
 * JavaScript API finds its native binary relative to its own package. Looked up first
 * from the function's own directory (the user's devDependency), then beside this tool
 * (a checkout or an npm install of serverless-action).
 */
function loadEsbuild(entry) {
    const failures = [];
    for (const from of [entry, __filename]) {
        try {
            return (0, node_module_1.createRequire)(from)('esbuild');
        }
        catch (error) {
            failures.push((0, errors_1.errorMessage)(error).split('\n')[0] ?? '');
        }
    }
    throw new errors_1.ServerlessActionError(`esbuild is needed to bundle ${entry} but could not be loaded: ${failures.join('; ')}`, 'BUNDLE_FAILED', 'Add esbuild to the repository (`npm install --save-dev esbuild`, then `npm ci` before this step), or point `source` at a directory of built code.');
}


/***/ }),

/***/ 99190:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.allowedRoots = allowedRoots;
exports.containImports = containImports;
// An esbuild plugin that holds module resolution to the repository: every file a bundle
// pulls in (the entry's imports, theirs, and so on) must resolve, symbolic links followed,
// inside the repository root or its node_modules (which may itself be a link, as with a
// shared install). `import '../../../home/runner/.aws/credentials'` fails the bundle
// instead of shipping the file inside a Lambda zip.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const paths_1 = __webpack_require__(81066);
const RESOLVING_FOR_CHECK = Symbol('contain-imports');
/** The directories a bundle may read from: the root and its node_modules, links followed. */
function allowedRoots(root) {
    const roots = [(0, paths_1.realPathOnDisk)(root)];
    try {
        roots.push(node_fs_1.realpathSync.native((0, node_path_1.join)(root, 'node_modules')));
    }
    catch {
        // No node_modules at the root: the root alone.
    }
    return roots;
}
function containImports(root) {
    const roots = allowedRoots(root);
    return {
        name: 'serverless-action-contain-imports',
        setup(build) {
            build.onResolve({ filter: /.*/ }, async (args) => {
                // The nested build.resolve below comes back through this hook: let it pass.
                if (args.pluginData?.marker === RESOLVING_FOR_CHECK) {
                    return undefined;
                }
                const resolved = await build.resolve(args.path, {
                    kind: args.kind,
                    resolveDir: args.resolveDir,
                    importer: args.importer,
                    namespace: args.namespace,
                    pluginData: { marker: RESOLVING_FOR_CHECK },
                });
                // Unresolvable, external (node: builtins, the runtime's AWS SDK) or virtual: esbuild's own answer.
                if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file') {
                    return undefined;
                }
                const real = (0, paths_1.realPathOnDisk)(resolved.path);
                if (roots.some((allowed) => (0, paths_1.isInside)(real, allowed)))
                    return undefined;
                return {
                    errors: [
                        {
                            text: `"${args.path}" resolves to ${(0, node_path_1.relative)(roots[0], real)}, outside the repository and its node_modules; ` +
                                'a function may only bundle files from its repository: copy the file into the repository',
                        },
                    ],
                };
            });
        },
    };
}


/***/ }),

/***/ 39603:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.declaredRequirements = declaredRequirements;
exports.pyprojectDependencies = pyprojectDependencies;
exports.pipPlatform = pipPlatform;
exports.pythonVersion = pythonVersion;
exports.pipInstallArgs = pipInstallArgs;
exports.requirementsHash = requirementsHash;
exports.defaultCacheRoot = defaultCacheRoot;
exports.packagePython = packagePython;
exports.findPip = findPip;
// Python functions and layers with dependencies: a directory holding requirements.txt (or a
// pyproject.toml with [project] dependencies) is shipped with its dependencies installed for
// Lambda's platform, not the runner's: pip downloads manylinux wheels for the function's
// architecture and Python version (`--platform manylinux2014_<arch> --only-binary=:all:`), so
// no compiler runs and a package without wheels fails clearly instead of building for the
// wrong machine. Installs are cached by the hash of the requirements and the target.
//
// pip reads its own PIP_* environment variables (PIP_INDEX_URL, PIP_FIND_LINKS, PIP_NO_INDEX,
// ...), so a private index or an offline wheel directory needs no option here.
const node_child_process_1 = __webpack_require__(31421);
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const errors_1 = __webpack_require__(83916);
/** The dependency list a directory declares, or undefined when it declares none. */
function declaredRequirements(directory) {
    const requirements = (0, node_path_1.join)(directory, 'requirements.txt');
    if ((0, node_fs_1.existsSync)(requirements))
        return (0, node_fs_1.readFileSync)(requirements, 'utf8');
    const pyproject = (0, node_path_1.join)(directory, 'pyproject.toml');
    if ((0, node_fs_1.existsSync)(pyproject)) {
        const dependencies = pyprojectDependencies((0, node_fs_1.readFileSync)(pyproject, 'utf8'));
        return dependencies.length > 0 ? dependencies.join('\n') + '\n' : undefined;
    }
    return undefined;
}
/**
 * `[project] dependencies = ["requests>=2", ...]` from a pyproject.toml: the one array this
 * needs, read without a TOML library (PEP 621 writes it as an array of strings).
 */
function pyprojectDependencies(text) {
    const section = /^\[project\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
    const array = /^dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(section)?.[1] ?? '';
    return [...array.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? '');
}
/** `manylinux2014_x86_64` / `manylinux2014_aarch64`: the wheels Lambda's Amazon Linux runs. */
function pipPlatform(architecture) {
    return `manylinux2014_${architecture === 'arm64' ? 'aarch64' : 'x86_64'}`;
}
/** `python3.12` -> `3.12`. */
function pythonVersion(runtime) {
    return /^python(\d+\.\d+)$/.exec(runtime)?.[1] ?? '3.12';
}
function pipInstallArgs(target, requirementsFile, into) {
    return [
        'install',
        '--requirement',
        requirementsFile,
        '--target',
        into,
        '--platform',
        pipPlatform(target.architecture),
        '--implementation',
        'cp',
        '--python-version',
        pythonVersion(target.runtime),
        '--only-binary=:all:',
        '--no-compile',
        '--disable-pip-version-check',
        '--no-input',
    ];
}
/** The cache key: what pip would install, and for which platform. */
function requirementsHash(requirements, target) {
    return (0, node_crypto_1.createHash)('sha256')
        .update(JSON.stringify([requirements, pipPlatform(target.architecture), target.runtime]))
        .digest('hex');
}
/** Default cache: SERVERLESS_ACTION_CACHE, else ~/.cache/serverless-action. */
function defaultCacheRoot(env = process.env) {
    return (0, node_path_1.join)(env['SERVERLESS_ACTION_CACHE'] ?? (0, node_path_1.join)((0, node_os_1.homedir)(), '.cache', 'serverless-action'), 'pip');
}
/**
 * The directory to ship: the source directory with its dependencies installed beside the code
 * (or under `into`), or undefined when the directory declares no dependencies.
 */
function packagePython(request) {
    const requirements = declaredRequirements(request.directory);
    if (requirements === undefined)
        return undefined;
    const hash = requirementsHash(requirements, request);
    const installed = (0, node_path_1.join)(request.cacheRoot, hash);
    if (!(0, node_fs_1.existsSync)(installed))
        install(request, requirements, installed);
    const name = (0, node_crypto_1.createHash)('sha256').update(request.directory).update(hash).digest('hex');
    const staged = (0, node_path_1.join)(request.stagingRoot, `python.${name.slice(0, 16)}`);
    (0, node_fs_1.rmSync)(staged, { recursive: true, force: true });
    (0, node_fs_1.cpSync)(request.directory, staged, { recursive: true });
    (0, node_fs_1.cpSync)(installed, (0, node_path_1.join)(staged, request.into ?? ''), { recursive: true });
    return staged;
}
function install(request, requirements, installed) {
    const env = request.env ?? process.env;
    const pip = request.pip ?? findPip(env);
    const temporary = `${installed}.tmp-${process.pid}`;
    (0, node_fs_1.rmSync)(temporary, { recursive: true, force: true });
    (0, node_fs_1.mkdirSync)(temporary, { recursive: true });
    const requirementsFile = (0, node_path_1.join)(temporary, '..', `${installed.split(/[\\/]/).pop()}.requirements.txt`);
    (0, node_fs_1.writeFileSync)(requirementsFile, requirements);
    const [command, ...prefix] = pip;
    const result = (0, node_child_process_1.spawnSync)(command, [...prefix, ...pipInstallArgs(request, requirementsFile, temporary)], {
        env,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
    });
    (0, node_fs_1.rmSync)(requirementsFile, { force: true });
    if (result.status !== 0) {
        (0, node_fs_1.rmSync)(temporary, { recursive: true, force: true });
        const output = `${result.stderr ?? ''}${result.stdout ?? ''}`
            .trim()
            .split('\n')
            .slice(-6)
            .join('\n');
        throw new errors_1.ServerlessActionError(`pip could not install the requirements of ${request.directory} for ${request.runtime} on ${request.architecture}: ${output || result.error?.message || `exit ${String(result.status)}`}`, 'PYTHON_DEPENDENCIES', `Only wheels for ${pipPlatform(request.architecture)} (or pure-Python wheels) can be used, since nothing is compiled for Lambda; pin versions that publish them, or vendor the package into the directory.`);
    }
    (0, node_fs_1.renameSync)(temporary, installed);
}
/** The first pip that runs here; a clear error when there is none. */
function findPip(env = process.env) {
    const candidates = [['python3', '-m', 'pip'], ['pip3'], ['pip']];
    for (const candidate of candidates) {
        const [command, ...args] = candidate;
        const probe = (0, node_child_process_1.spawnSync)(command, [...args, '--version'], { env, encoding: 'utf8' });
        if (probe.status === 0)
            return candidate;
    }
    throw new errors_1.ServerlessActionError('pip is needed to install a Python requirements.txt / pyproject.toml but was not found (tried python3 -m pip, pip3, pip)', 'PIP_NOT_FOUND', 'Install Python with pip before this step (e.g. actions/setup-python), or vendor the dependencies into the directory and remove requirements.txt.');
}


/***/ }),

/***/ 30542:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applyAccess = applyAccess;
// A function's `access` entries: for each table, queue, topic or bucket of the same config
// it names, the resource's address as an environment variable (TABLE_<KEY>, QUEUE_URL_<KEY>,
// TOPIC_ARN_<KEY>, BUCKET_<KEY>) and exactly the IAM actions of the access level.
// Runs after tables and event sources exist, since queues and topics come from those.
const core_1 = __webpack_require__(19080);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
function applyAccess(context) {
    for (const [fnKey, fn] of Object.entries(context.config.lambda_config)) {
        const handle = context.functions.get(fnKey);
        for (const service of ['dynamodb', 'sqs', 'sns', 's3']) {
            for (const [key, level] of Object.entries(fn.access?.[service] ?? {})) {
                grant(context, handle, service, key, level, [
                    'lambda_config',
                    fnKey,
                    'access',
                    service,
                    key,
                ]);
            }
        }
    }
}
function grant(context, fn, service, key, level, where) {
    const actions = (l) => level === l || level === 'read_write' ? (0, iam_1.accessActions)(service, l) : [];
    const envName = (0, iam_1.accessEnvironmentName)(service, key);
    if (service === 'dynamodb') {
        const table = context.tables.get(key);
        if (!table)
            throw missing(context, where, 'dynamodb_config', key, [...context.tables.keys()]);
        fn.environment[envName] = table.table.ref;
        const arn = table.table.attrArn;
        fn.statements.push((0, iam_1.allow)((0, iam_1.accessActions)(service, level), [arn, core_1.Fn.join('', [arn, '/index/*'])]));
        return;
    }
    const handle = context.messaging.get(`${service}:${key}`);
    if (!handle) {
        const known = [...context.messaging.values()]
            .filter((m) => m.kind === service)
            .map((m) => m.key);
        throw missing(context, where, 'event_source_config', key, known);
    }
    fn.environment[envName] = handle.address;
    if (service === 's3') {
        const objects = core_1.Fn.join('', [handle.arn, '/*']);
        const objectActions = [...actions('read'), ...actions('write')].filter((a) => a !== 's3:ListBucket');
        if (objectActions.length > 0)
            fn.statements.push((0, iam_1.allow)(objectActions, objects));
        if (actions('read').includes('s3:ListBucket'))
            fn.statements.push((0, iam_1.allow)(['s3:ListBucket'], handle.arn));
        return;
    }
    const granted = (0, iam_1.accessActions)(service, level);
    if (granted.length > 0)
        fn.statements.push((0, iam_1.allow)(granted, handle.arn));
}
function missing(context, where, section, key, known) {
    return (0, context_1.configProblem)(context, where, `no ${where[3]} resource "${key}" in ${section}`, `Use one of: ${known.join(', ') || '(none defined)'}.`);
}


/***/ }),

/***/ 71866:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.API_ORIGIN = exports.DEFAULT_THROTTLING = void 0;
exports.stageName = stageName;
exports.executionLoggingLevel = executionLoggingLevel;
exports.throttling = throttling;
exports.resolveRoutes = resolveRoutes;
exports.accessLogGroup = accessLogGroup;
exports.lambdaInvokeUri = lambdaInvokeUri;
exports.executeApiArn = executeApiArn;
exports.allowApiToInvoke = allowApiToInvoke;
exports.authorizerConfig = authorizerConfig;
exports.cognitoIssuer = cognitoIssuer;
exports.routeTargets = routeTargets;
// What the three API kinds share: the stage's name, throttling defaults, the access log
// group, Lambda invoke URIs and permissions, and route errors pointing at config lines.
const core_1 = __webpack_require__(19080);
const aws_logs_1 = __webpack_require__(14337);
const context_1 = __webpack_require__(24081);
const api_routes_1 = __webpack_require__(15257);
const permission_1 = __webpack_require__(18079);
/** Stage throttling unless the config says otherwise (requests per second / burst). */
exports.DEFAULT_THROTTLING = { burstLimit: 100, rateLimit: 50 };
exports.API_ORIGIN = { key: 'api', path: 'api_gateway_config' };
function stageName(context, api) {
    return api.stage_name ?? context.config.environment;
}
/** Execution logs at ERROR cost little and explain 5XXs; they need the account role, like access logs. */
function executionLoggingLevel(api, accessLogs) {
    return api.logging_level ?? (accessLogs ? 'ERROR' : 'OFF');
}
function throttling(api) {
    return {
        burstLimit: api.throttling_burst_limit ?? exports.DEFAULT_THROTTLING.burstLimit,
        rateLimit: api.throttling_rate_limit ?? exports.DEFAULT_THROTTLING.rateLimit,
    };
}
function resolveRoutes(context, api) {
    try {
        const routes = (0, api_routes_1.apiRoutes)(api, context.config.lambda_config);
        for (const route of routes) {
            if (route.authorizer !== undefined && !api.authorizers?.[route.authorizer]) {
                throw new api_routes_1.RouteError(`authorizer "${route.authorizer}" is not defined in api_gateway_config.authorizers`, ['lambda_config', route.functionKey, 'authorizer']);
            }
        }
        return routes;
    }
    catch (error) {
        if (error instanceof api_routes_1.RouteError)
            throw (0, context_1.configProblem)(context, error.where, error.message);
        throw error;
    }
}
/** Access logs go to a log group of their own, with the stack's retention. */
function accessLogGroup(context, api) {
    if (api.access_log_enabled === false)
        return undefined;
    const group = new aws_logs_1.CfnLogGroup(context.stack, 'ApiAccessLogs', {
        logGroupName: `/aws/apigateway/${context.names.prefix}-access`,
        retentionInDays: (0, context_1.logRetentionDays)(context),
    });
    (0, context_1.applyRemovalPolicy)(context, group);
    (0, context_1.markOrigin)(group, { kind: 'log-group', ...exports.API_ORIGIN });
    return group;
}
/** The `arn:...:apigateway:REGION:lambda:path/.../invocations` URI REST and WebSocket APIs need. */
function lambdaInvokeUri(target) {
    return core_1.Fn.sub('arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Arn}/invocations', {
        Arn: target.invokeArn,
    });
}
/** `arn:...:execute-api:REGION:ACCOUNT:API/<rest>`: the source ARN of API invocations. */
function executeApiArn(apiId, rest) {
    return core_1.Fn.sub('arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/' + rest, {
        Api: apiId,
    });
}
/** One permission per function the API invokes (routes and authorizers). */
function allowApiToInvoke(context, target, apiId, suffix, sourcePath) {
    (0, permission_1.allowInvoke)(context, context.ids.of(target.key, `Api${suffix}Permission`), target, 'apigateway.amazonaws.com', executeApiArn(apiId, sourcePath), { kind: 'permission', key: target.key, path: `lambda_config.${target.key}` });
}
/** An authorizer's config, or a problem at its line. */
function authorizerConfig(context, api, name) {
    const config = api.authorizers?.[name];
    if (!config) {
        throw (0, context_1.configProblem)(context, ['api_gateway_config', 'authorizers'], `no authorizer "${name}"`);
    }
    return config;
}
/** `https://cognito-idp.REGION.amazonaws.com/POOL_ID` from a user pool ARN. */
function cognitoIssuer(userPoolArn) {
    const [, , , region, , resource] = userPoolArn.split(':');
    const poolId = resource?.split('/')[1] ?? '';
    return `https://cognito-idp.${region}.amazonaws.com/${poolId}`;
}
/** Functions the API invokes, each once. */
function routeTargets(context, routes) {
    const keys = [...new Set(routes.map((r) => r.functionKey))];
    return keys.map((key) => context.functions.get(key));
}


/***/ }),

/***/ 30864:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addRestAuthorizer = addRestAuthorizer;
exports.addApiKeys = addApiKeys;
// REST API access control: authorizers (Cognito user pools, Lambda, IAM) and API keys
// with one usage plan.
const aws_apigateway_1 = __webpack_require__(39956);
const api_common_1 = __webpack_require__(71866);
const context_1 = __webpack_require__(24081);
const names_1 = __webpack_require__(3658);
const optional_1 = __webpack_require__(33292);
/** How a method is authorized: the authorizer's id (none for IAM) and the AuthorizationType. */
function addRestAuthorizer(context, api, apiId, name) {
    const config = (0, api_common_1.authorizerConfig)(context, api, name);
    const where = ['api_gateway_config', 'authorizers', name];
    if (config.type === 'IAM')
        return { type: 'AWS_IAM' };
    const id = context.ids.of(name, 'Authorizer');
    const origin = { kind: 'authorizer', key: name, path: `api_gateway_config.authorizers.${name}` };
    if (config.type === 'COGNITO' || config.type === 'JWT') {
        if (!config.user_pool_arns?.length) {
            throw (0, context_1.configProblem)(context, where, 'REST APIs validate JWTs through Cognito user pools: set `user_pool_arns`', 'Use an HTTP API for JWTs from any OIDC issuer.');
        }
        const authorizer = new aws_apigateway_1.CfnAuthorizer(context.stack, id, {
            restApiId: apiId,
            name,
            type: 'COGNITO_USER_POOLS',
            providerArns: config.user_pool_arns,
            identitySource: config.identity_sources?.join(',') ?? 'method.request.header.Authorization',
        });
        (0, context_1.markOrigin)(authorizer, origin);
        return { id: authorizer.ref, type: 'COGNITO_USER_POOLS' };
    }
    const target = config.function === undefined ? undefined : context.functions.get(config.function);
    if (!target) {
        throw (0, context_1.configProblem)(context, [...where, 'function'], 'a LAMBDA authorizer needs `function`: a key of lambda_config');
    }
    const authorizer = new aws_apigateway_1.CfnAuthorizer(context.stack, id, {
        restApiId: apiId,
        name,
        type: 'REQUEST',
        authorizerUri: (0, api_common_1.lambdaInvokeUri)(target),
        identitySource: config.identity_sources?.join(',') ?? 'method.request.header.Authorization',
        ...(0, optional_1.optional)({ authorizerResultTtlInSeconds: config.authorizer_result_ttl_in_seconds }),
    });
    (0, context_1.markOrigin)(authorizer, origin);
    (0, api_common_1.allowApiToInvoke)(context, target, apiId, `Authorizer${(0, names_1.pascalCase)(name)}`, 'authorizers/*');
    return { id: authorizer.ref, type: 'CUSTOM' };
}
/** One API key per `api_keys` entry, all in one usage plan on the stage (quota, throttle). */
function addApiKeys(context, api, apiId, stage) {
    if (!api.api_keys?.length && !api.usage_plan)
        return;
    const plan = api.usage_plan;
    const usagePlan = new aws_apigateway_1.CfnUsagePlan(context.stack, 'ApiUsagePlan', {
        usagePlanName: context.names.name('apiKey', 'usage-plan'),
        apiStages: [{ apiId, stage: stage.ref }],
        ...(0, optional_1.optional)({
            quota: plan?.quota_limit !== undefined
                ? { limit: plan.quota_limit, period: plan.quota_period ?? 'MONTH' }
                : undefined,
            throttle: plan?.throttle_burst_limit !== undefined || plan?.throttle_rate_limit !== undefined
                ? (0, optional_1.optional)({ burstLimit: plan.throttle_burst_limit, rateLimit: plan.throttle_rate_limit })
                : undefined,
        }),
    });
    (0, context_1.markOrigin)(usagePlan, {
        kind: 'usage-plan',
        ...api_common_1.API_ORIGIN,
        path: 'api_gateway_config.usage_plan',
    });
    for (const key of api.api_keys ?? []) {
        const apiKey = new aws_apigateway_1.CfnApiKey(context.stack, context.ids.of(key, 'ApiKey'), {
            name: context.names.name('apiKey', key),
            enabled: true,
        });
        (0, context_1.markOrigin)(apiKey, { kind: 'api-key', key, path: 'api_gateway_config.api_keys' });
        const link = new aws_apigateway_1.CfnUsagePlanKey(context.stack, context.ids.of(key, 'UsagePlanKey'), {
            keyId: apiKey.ref,
            keyType: 'API_KEY',
            usagePlanId: usagePlan.ref,
        });
        (0, context_1.markOrigin)(link, { kind: 'usage-plan-key', key, path: 'api_gateway_config.api_keys' });
    }
}


/***/ }),

/***/ 40183:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.originOverrideTemplate = originOverrideTemplate;
exports.addCorsPreflight = addCorsPreflight;
exports.addCorsGatewayResponses = addCorsGatewayResponses;
// CORS for REST APIs: OPTIONS answered by API Gateway itself (MOCK), so browsers get their
// preflight answer without invoking a function, and API Gateway's own error answers (4XX/5XX
// gateway responses: a missing key, a failed authorizer, a body that fails its model) carry
// the same headers, so the browser shows the error instead of a CORS failure.
const aws_apigateway_1 = __webpack_require__(39956);
const api_common_1 = __webpack_require__(71866);
const context_1 = __webpack_require__(24081);
const DEFAULT_HEADERS = ['Content-Type', 'Authorization'];
const DEFAULT_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
const quoted = (values) => `'${values.join(',')}'`;
/** `["*"]` or nothing: any origin. Otherwise the listed origins, each answered as itself. */
function origins(cors) {
    const list = cors.allow_origins ?? [];
    return list.length === 0 || list.includes('*') ? ['*'] : list;
}
/** The CORS headers every answer carries, except Allow-Origin (which depends on the request). */
function commonHeaders(cors) {
    return {
        'Access-Control-Allow-Headers': quoted(cors.allow_headers?.length ? cors.allow_headers : DEFAULT_HEADERS),
        'Access-Control-Allow-Methods': quoted(cors.allow_methods?.length ? cors.allow_methods : DEFAULT_METHODS),
        ...(cors.expose_headers?.length && {
            'Access-Control-Expose-Headers': quoted(cors.expose_headers),
        }),
        ...(cors.allow_credentials && { 'Access-Control-Allow-Credentials': "'true'" }),
        ...(origins(cors).length > 1 && { Vary: "'Origin'" }),
    };
}
/**
 * With several origins, a static header can name only one: the integration response echoes
 * the request's Origin when it is on the list (the way aws-cdk's RestApi does it).
 */
function originOverrideTemplate(allowed) {
    const test = allowed.map((o) => `$origin == "${o.replace(/"/g, '')}"`).join(' || ');
    return [
        '#set($origin = $input.params().header.get("Origin"))',
        '#if($origin == "")#set($origin = $input.params().header.get("origin"))#end',
        `#if(${test})`,
        '#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)',
        '#end',
    ].join('\n');
}
/** OPTIONS answered by API Gateway itself (MOCK) on every path that has routes. */
function addCorsPreflight(context, api, apiId, routes, resourceFor) {
    const cors = api.cors_configuration;
    const allowed = origins(cors);
    const headers = Object.fromEntries(Object.entries({
        ...commonHeaders(cors),
        'Access-Control-Allow-Origin': `'${allowed[0]}'`,
        ...(cors.max_age !== undefined && { 'Access-Control-Max-Age': `'${cors.max_age}'` }),
    }).map(([name, value]) => [`method.response.header.${name}`, value]));
    const paths = [
        ...new Set(routes.filter((r) => r.method !== 'OPTIONS').map((r) => r.path ?? '/')),
    ];
    const explicit = new Set(routes.filter((r) => r.method === 'OPTIONS').map((r) => r.path));
    return paths
        .filter((path) => !explicit.has(path))
        .map((path) => {
        const method = new aws_apigateway_1.CfnMethod(
        // Beside its path's resource: in the path's nested stack when the stack is split.
        context.pathScopeOf(path), context.ids.of(`cors-${path}`, 'Preflight'), {
            restApiId: apiId,
            resourceId: resourceFor(path),
            httpMethod: 'OPTIONS',
            authorizationType: 'NONE',
            integration: {
                type: 'MOCK',
                requestTemplates: { 'application/json': '{"statusCode": 204}' },
                integrationResponses: [
                    {
                        statusCode: '204',
                        responseParameters: headers,
                        ...(allowed.length > 1 && {
                            responseTemplates: { 'application/json': originOverrideTemplate(allowed) },
                        }),
                    },
                ],
            },
            methodResponses: [
                {
                    statusCode: '204',
                    responseParameters: Object.fromEntries(Object.keys(headers).map((h) => [h, true])),
                },
            ],
        });
        (0, context_1.markOrigin)(method, {
            kind: 'cors',
            ...api_common_1.API_ORIGIN,
            path: 'api_gateway_config.cors_configuration',
        });
        return method;
    });
}
/**
 * API Gateway's own 4XX and 5XX answers with the CORS headers. A gateway response cannot
 * test the origin against a list: with several origins it echoes the request's Origin, which
 * exposes only API Gateway's own error messages (never a function's data) to other origins.
 */
function addCorsGatewayResponses(context, api, apiId) {
    const cors = api.cors_configuration;
    const allowed = origins(cors);
    const responseParameters = Object.fromEntries(Object.entries({
        ...commonHeaders(cors),
        'Access-Control-Allow-Origin': allowed.length > 1 ? 'method.request.header.origin' : `'${allowed[0]}'`,
    }).map(([name, value]) => [`gatewayresponse.header.${name}`, value]));
    return ['DEFAULT_4XX', 'DEFAULT_5XX'].map((type) => {
        const response = new aws_apigateway_1.CfnGatewayResponse(context.stack, context.ids.of(`cors-${type}`, 'GatewayResponse'), { restApiId: apiId, responseType: type, responseParameters });
        (0, context_1.markOrigin)(response, {
            kind: 'gateway-response',
            ...api_common_1.API_ORIGIN,
            path: 'api_gateway_config.cors_configuration',
        });
        return response;
    });
}


/***/ }),

/***/ 53834:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addRestDomain = addRestDomain;
// A REST API's custom domain: a regional certificate, TLS 1.2, mapped to the stage.
const aws_apigateway_1 = __webpack_require__(39956);
const api_common_1 = __webpack_require__(71866);
const context_1 = __webpack_require__(24081);
const optional_1 = __webpack_require__(33292);
/** The domain name and its base path mapping (the root unless `base_path`). */
function addRestDomain(context, domain, apiId, stage) {
    const origin = { kind: 'domain', ...api_common_1.API_ORIGIN, path: 'api_gateway_config.domain_config' };
    const name = new aws_apigateway_1.CfnDomainName(context.stack, 'ApiDomain', {
        domainName: domain.domain_name,
        regionalCertificateArn: domain.certificate_arn,
        endpointConfiguration: { types: ['REGIONAL'] },
        securityPolicy: 'TLS_1_2',
    });
    (0, context_1.markOrigin)(name, origin);
    const mapping = new aws_apigateway_1.CfnBasePathMapping(context.stack, 'ApiMapping', {
        domainName: name.ref,
        restApiId: apiId,
        stage: stage.ref,
        ...(0, optional_1.optional)({ basePath: domain.base_path || undefined }),
    });
    (0, context_1.markOrigin)(mapping, { ...origin, kind: 'api-mapping' });
}


/***/ }),

/***/ 97777:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addCloudWatchRole = addCloudWatchRole;
// What REST access logs need beyond the stage's setting: the account-level CloudWatch role.
const core_1 = __webpack_require__(19080);
const aws_apigateway_1 = __webpack_require__(39956);
const aws_iam_1 = __webpack_require__(28785);
const api_common_1 = __webpack_require__(71866);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
/**
 * REST access and execution logs (and WebSocket execution logs) need the account-level
 * CloudWatch role (AWS::ApiGateway::Account), as CDK's RestApi sets up by default. Its policy
 * is inline, scoped to log actions. Both are retained: the setting is one per account and
 * region, so deleting this stack must not take logging away from every other API there
 * (aws-cdk issue 10878). Created once per stack.
 */
function addCloudWatchRole(context) {
    const existing = context.stack.node.tryFindChild('ApiAccount');
    if (existing)
        return existing;
    const role = new aws_iam_1.CfnRole(context.stack, 'ApiCloudWatchRole', {
        assumeRolePolicyDocument: (0, iam_1.assumedBy)('apigateway.amazonaws.com'),
        policies: [
            {
                policyName: 'push-access-logs',
                policyDocument: {
                    Version: '2012-10-17',
                    Statement: [
                        (0, iam_1.allow)([
                            'logs:CreateLogGroup',
                            'logs:CreateLogStream',
                            'logs:DescribeLogGroups',
                            'logs:DescribeLogStreams',
                            'logs:PutLogEvents',
                            'logs:GetLogEvents',
                            'logs:FilterLogEvents',
                        ], core_1.Fn.sub('arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*')),
                    ],
                },
            },
        ],
    });
    role.applyRemovalPolicy(core_1.RemovalPolicy.RETAIN);
    (0, context_1.markOrigin)(role, { kind: 'role', ...api_common_1.API_ORIGIN });
    const account = new aws_apigateway_1.CfnAccount(context.stack, 'ApiAccount', { cloudWatchRoleArn: role.attrArn });
    account.applyRemovalPolicy(core_1.RemovalPolicy.RETAIN);
    (0, context_1.markOrigin)(account, { kind: 'api-account', ...api_common_1.API_ORIGIN });
    return account;
}


/***/ }),

/***/ 93636:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRequestSchemas = readRequestSchemas;
exports.addRequestValidation = addRequestValidation;
exports.pathParameters = pathParameters;
// REST request validation: each route with a `request_schema` gets an API Gateway model from
// that JSON Schema file and a validator that checks bodies against it, so a bad body is a 400
// from API Gateway and never reaches the function. Path parameters are declared on the
// method, so `validate_request_parameters` has something to check.
const node_fs_1 = __webpack_require__(73024);
const aws_apigateway_1 = __webpack_require__(39956);
const code_sources_1 = __webpack_require__(59706);
const errors_1 = __webpack_require__(83916);
const api_common_1 = __webpack_require__(71866);
const context_1 = __webpack_require__(24081);
const names_1 = __webpack_require__(3658);
/** The request schema files' contents by path: read once, part of the deployment's hash. */
function readRequestSchemas(context, routes) {
    const schemas = new Map();
    for (const route of routes) {
        if (route.request_schema === undefined)
            continue;
        const where = ['lambda_config', route.functionKey, 'routes', route.index, 'request_schema'];
        // The config's one path rule: relative to the config file, and held to the repository.
        const file = (0, code_sources_1.codeSourcePath)(context.loaded.dir, route.functionKey, route.request_schema);
        let parsed;
        try {
            parsed = JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
        }
        catch (error) {
            throw (0, context_1.configProblem)(context, where, `request_schema ${route.request_schema} cannot be used: ${(0, errors_1.errorMessage)(error)}`, 'Point request_schema at a JSON Schema file (JSON), relative to the config file.');
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            throw (0, context_1.configProblem)(context, where, `request_schema ${route.request_schema} is not a JSON Schema object`, 'Write the schema as a JSON object, e.g. {"type": "object", "required": ["name"]}.');
        }
        schemas.set(route, parsed);
    }
    return schemas;
}
/**
 * One validator per kind of check the API needs (body and/or parameters), and a model per
 * route schema. Routes with a schema always validate their body; the API-wide flags apply
 * to every route.
 */
function addRequestValidation(context, api, apiId, schemas) {
    const apiBody = api.validate_request_body === true;
    const apiParameters = api.validate_request_parameters === true;
    const validators = new Map();
    const validator = (body, parameters) => {
        if (!body && !parameters)
            return undefined;
        // The API-wide flags' validator keeps the id and name it always had; a route whose schema
        // needs a body check the flags do not ask for gets a validator of its own kind.
        const apiWide = body === apiBody && parameters === apiParameters;
        const name = apiWide ? 'validate' : parameters ? 'body-and-parameters' : 'body';
        let id = validators.get(name);
        if (id === undefined) {
            const resource = new aws_apigateway_1.CfnRequestValidator(context.stack, apiWide ? 'ApiRequestValidator' : context.ids.of(name, 'ApiRequestValidator'), {
                restApiId: apiId,
                name,
                validateRequestBody: body,
                validateRequestParameters: parameters,
            });
            (0, context_1.markOrigin)(resource, { kind: 'request-validator', ...api_common_1.API_ORIGIN });
            validators.set(name, (id = resource.ref));
        }
        return id;
    };
    const models = new Map();
    for (const [route, schema] of schemas) {
        // Model names are alphanumeric and unique in the API; the route key decides them.
        const name = `Request${(0, names_1.shortHash)(`${route.functionKey} ${route.routeKey}`).toUpperCase()}`;
        const model = new aws_apigateway_1.CfnModel(context.stack, context.ids.of(`${route.routeKey}`, 'Model'), {
            restApiId: apiId,
            name,
            contentType: 'application/json',
            schema,
        });
        (0, context_1.markOrigin)(model, {
            kind: 'request-model',
            key: route.functionKey,
            path: `lambda_config.${route.functionKey}.routes`,
        });
        models.set(route, model.ref);
    }
    return (route) => {
        const model = models.get(route);
        const validatorId = validator(apiBody || model !== undefined, apiParameters);
        return {
            ...(validatorId !== undefined && { validatorId }),
            ...(model !== undefined && { requestModels: { 'application/json': model } }),
        };
    };
}
/** `method.request.path.<name>: true` for each `{name}` / `{name+}` of a route's path. */
function pathParameters(path) {
    const names = [...(path ?? '').matchAll(/\{([A-Za-z_][A-Za-z0-9_-]*)\+?\}/g)].map((m) => m[1]);
    if (names.length === 0)
        return undefined;
    return Object.fromEntries(names.map((name) => [`method.request.path.${name}`, true]));
}


/***/ }),

/***/ 14754:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stageTracing = stageTracing;
exports.methodSettingPath = methodSettingPath;
exports.restMethodSettings = restMethodSettings;
exports.addWebAcl = addWebAcl;
exports.restEndpoint = restEndpoint;
exports.privateApiPolicy = privateApiPolicy;
// What a REST stage serves beyond its deployment: method settings (stage throttling, per-route
// throttling, caching, execution logging, detailed metrics), X-Ray tracing, and a WAF web ACL.
const core_1 = __webpack_require__(19080);
const api_common_1 = __webpack_require__(71866);
const context_1 = __webpack_require__(24081);
const optional_1 = __webpack_require__(33292);
/** Tracing follows the functions: an API in front of traced functions is traced too. */
function stageTracing(context, api, routes) {
    if (api.xray_tracing_enabled !== undefined)
        return api.xray_tracing_enabled;
    return routes.some((r) => context.config.lambda_config[r.functionKey]?.tracing_config === 'Active');
}
/** `/users/{id}` -> `/~1users~1{id}`: method settings name resources with `/` escaped. */
function methodSettingPath(path) {
    return `/${path.replace(/\//g, '~1')}`;
}
function restMethodSettings(api, routes, limits, loggingLevel) {
    // A method's own entry replaces the stage-wide one for that method, so it repeats the rest.
    const shared = (0, optional_1.optional)({
        loggingLevel,
        dataTraceEnabled: api.data_trace_enabled,
        metricsEnabled: api.metrics_enabled,
        cachingEnabled: api.cache_cluster_enabled ? true : undefined,
        cacheTtlInSeconds: api.cache_cluster_enabled ? api.cache_ttl_in_seconds : undefined,
    });
    const perRoute = routes
        .filter((r) => r.throttling_burst_limit !== undefined || r.throttling_rate_limit !== undefined)
        .map((r) => ({
        resourcePath: methodSettingPath(r.path ?? '/'),
        httpMethod: r.method === undefined || r.method === 'ANY' ? '*' : r.method,
        throttlingBurstLimit: r.throttling_burst_limit ?? limits.burstLimit,
        throttlingRateLimit: r.throttling_rate_limit ?? limits.rateLimit,
        ...shared,
    }));
    return [
        {
            resourcePath: '/*',
            httpMethod: '*',
            throttlingBurstLimit: limits.burstLimit,
            throttlingRateLimit: limits.rateLimit,
            ...shared,
        },
        ...perRoute,
    ];
}
/** Associates the stage with a regional WAFv2 web ACL. */
function addWebAcl(context, webAclArn, apiId, stage) {
    // A plain CfnResource: aws-wafv2's generated module is 430 KB for this one resource.
    const association = new core_1.CfnResource(context.stack, 'ApiWebAcl', {
        type: 'AWS::WAFv2::WebACLAssociation',
        properties: {
            WebACLArn: webAclArn,
            ResourceArn: core_1.Fn.sub('arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/${Stage}', { Api: apiId, Stage: stage.ref }),
        },
    });
    (0, context_1.markOrigin)(association, {
        kind: 'web-acl',
        ...api_common_1.API_ORIGIN,
        path: 'api_gateway_config.web_acl_arn',
    });
}
/** REST endpoint type and resource policy; a PRIVATE API without a policy admits its VPC endpoints only. */
function restEndpoint(api) {
    const type = api.endpoint_type ?? 'REGIONAL';
    const endpoints = type === 'PRIVATE' ? (api.vpc_endpoint_ids ?? []) : [];
    const policy = api.resource_policy ??
        (type === 'PRIVATE' && endpoints.length > 0 ? privateApiPolicy(endpoints) : undefined);
    return {
        endpointConfiguration: {
            types: [type],
            ...(endpoints.length > 0 && { vpcEndpointIds: endpoints }),
        },
        ...(policy !== undefined && { policy }),
    };
}
/** AWS's documented policy for private APIs: invoke only through the listed VPC endpoints. */
function privateApiPolicy(vpcEndpointIds) {
    const statement = { Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' };
    return {
        Version: '2012-10-17',
        Statement: [
            { Effect: 'Allow', ...statement },
            {
                Effect: 'Deny',
                ...statement,
                Condition: { StringNotEquals: { 'aws:SourceVpce': [...vpcEndpointIds] } },
            },
        ],
    };
}


/***/ }),

/***/ 60153:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pathPrefixes = pathPrefixes;
exports.addRestApi = addRestApi;
// API Gateway REST (v1): a resource tree from the routes' paths, Lambda proxy methods,
// CORS preflight, request validation, authorizers, a content-hashed deployment, a stage
// with throttling, caching and access logs, API keys with a usage plan, a custom domain.
const core_1 = __webpack_require__(19080);
const aws_apigateway_1 = __webpack_require__(39956);
const api_common_1 = __webpack_require__(71866);
const api_rest_auth_1 = __webpack_require__(30864);
const api_rest_cors_1 = __webpack_require__(40183);
const api_rest_domain_1 = __webpack_require__(53834);
const api_rest_logging_1 = __webpack_require__(97777);
const api_rest_models_1 = __webpack_require__(93636);
const api_rest_stage_1 = __webpack_require__(14754);
const context_1 = __webpack_require__(24081);
const names_1 = __webpack_require__(3658);
const optional_1 = __webpack_require__(33292);
const REST_ACCESS_LOG_FORMAT = JSON.stringify({
    requestId: '$context.requestId',
    ip: '$context.identity.sourceIp',
    requestTime: '$context.requestTime',
    httpMethod: '$context.httpMethod',
    resourcePath: '$context.resourcePath',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
});
/** Parent paths first: `/users/{id}` -> ['/users', '/users/{id}']. */
function pathPrefixes(path) {
    const parts = path.split('/').filter((p) => p);
    return parts.map((_, i) => '/' + parts.slice(0, i + 1).join('/'));
}
function addRestApi(context, api) {
    const { stack } = context;
    const routes = (0, api_common_1.resolveRoutes)(context, api);
    const restApi = new aws_apigateway_1.CfnRestApi(stack, 'Api', {
        name: context.names.name('api', 'api'),
        ...(0, api_rest_stage_1.restEndpoint)(api),
        ...(0, optional_1.optional)({
            description: api.description ?? undefined,
            binaryMediaTypes: api.binary_media_types?.length ? api.binary_media_types : undefined,
        }),
    });
    (0, context_1.markOrigin)(restApi, { kind: 'api', ...api_common_1.API_ORIGIN });
    const apiId = restApi.ref;
    // The resource tree: one AWS::ApiGateway::Resource per distinct path segment.
    const resources = new Map([['/', restApi.attrRootResourceId]]);
    const resourceFor = (path) => {
        for (const prefix of pathPrefixes(path)) {
            if (resources.has(prefix))
                continue;
            const parent = prefix.slice(0, prefix.lastIndexOf('/')) || '/';
            const resource = new aws_apigateway_1.CfnResource(context.pathScopeOf(prefix), context.ids.of(`path-${prefix}`, 'Resource'), {
                restApiId: apiId,
                parentId: resources.get(parent),
                pathPart: prefix.slice(prefix.lastIndexOf('/') + 1),
            });
            (0, context_1.markOrigin)(resource, { kind: 'api-resource', ...api_common_1.API_ORIGIN });
            resources.set(prefix, resource.ref);
        }
        return resources.get(path);
    };
    const schemas = (0, api_rest_models_1.readRequestSchemas)(context, routes);
    const validationOf = (0, api_rest_models_1.addRequestValidation)(context, api, apiId, schemas);
    const authorizers = new Map();
    const authorizerFor = (name) => {
        let entry = authorizers.get(name);
        if (!entry)
            authorizers.set(name, (entry = (0, api_rest_auth_1.addRestAuthorizer)(context, api, apiId, name)));
        return entry;
    };
    // Everything the deployment must see created first.
    const methods = [];
    for (const route of routes) {
        const target = context.functions.get(route.functionKey);
        const auth = route.authorizer === undefined ? undefined : authorizerFor(route.authorizer);
        const validation = validationOf(route);
        const method = new aws_apigateway_1.CfnMethod(context.scopeOf(route.functionKey), context.ids.of(`${route.functionKey}-${route.routeKey}`, 'Method'), {
            restApiId: apiId,
            resourceId: resourceFor(route.path ?? '/'),
            httpMethod: route.method ?? 'ANY',
            authorizationType: auth?.type ?? 'NONE',
            apiKeyRequired: route.apiKeyRequired,
            integration: {
                type: 'AWS_PROXY',
                integrationHttpMethod: 'POST',
                uri: (0, api_common_1.lambdaInvokeUri)(target),
            },
            ...(0, optional_1.optional)({
                authorizerId: auth?.id,
                requestValidatorId: validation.validatorId,
                requestModels: validation.requestModels,
                requestParameters: (0, api_rest_models_1.pathParameters)(route.path),
            }),
        });
        (0, context_1.markOrigin)(method, {
            kind: 'method',
            key: route.functionKey,
            path: `lambda_config.${route.functionKey}.routes`,
        });
        methods.push(method);
    }
    if (api.cors_configuration) {
        methods.push(...(0, api_rest_cors_1.addCorsPreflight)(context, api, apiId, routes, resourceFor));
        methods.push(...(0, api_rest_cors_1.addCorsGatewayResponses)(context, api, apiId));
    }
    for (const target of (0, api_common_1.routeTargets)(context, routes))
        (0, api_common_1.allowApiToInvoke)(context, target, apiId, 'Invoke', '*');
    // A deployment is immutable: its logical id changes with everything the stage serves (the
    // API's settings, routes, request models, and whether a target is invoked through its
    // provisioned-concurrency alias), so CloudFormation deploys again whenever any of it changes.
    const shape = (0, names_1.shortHash)(JSON.stringify({
        api,
        routes,
        schemas: [...schemas.values()],
        targets: (0, api_common_1.routeTargets)(context, routes).map((t) => [
            t.key,
            context.config.lambda_config[t.key]?.provisioned_concurrent_executions ?? 0,
        ]),
    })).toUpperCase();
    const deployment = new aws_apigateway_1.CfnDeployment(stack, `ApiDeployment${shape}`, {
        restApiId: apiId,
        description: `routes ${shape}`,
    });
    methods.forEach((m) => deployment.addResourceDependency(m));
    (0, context_1.markOrigin)(deployment, { kind: 'deployment', ...api_common_1.API_ORIGIN });
    const logs = (0, api_common_1.accessLogGroup)(context, api);
    const limits = (0, api_common_1.throttling)(api);
    const stage = (0, api_common_1.stageName)(context, api);
    const loggingLevel = (0, api_common_1.executionLoggingLevel)(api, logs !== undefined);
    const cfnStage = new aws_apigateway_1.CfnStage(stack, 'ApiStage', {
        restApiId: apiId,
        deploymentId: deployment.ref,
        stageName: stage,
        methodSettings: (0, api_rest_stage_1.restMethodSettings)(api, routes, limits, loggingLevel),
        tracingEnabled: (0, api_rest_stage_1.stageTracing)(context, api, routes),
        ...(0, optional_1.optional)({
            cacheClusterEnabled: api.cache_cluster_enabled,
            cacheClusterSize: api.cache_cluster_enabled ? (api.cache_cluster_size ?? '0.5') : undefined,
            accessLogSetting: logs
                ? { destinationArn: logs.attrArn, format: REST_ACCESS_LOG_FORMAT }
                : undefined,
        }),
    });
    (0, context_1.markOrigin)(cfnStage, { kind: 'stage', ...api_common_1.API_ORIGIN });
    // Access and execution logs both go through the account-level CloudWatch role.
    if (logs || loggingLevel !== 'OFF' || api.data_trace_enabled) {
        cfnStage.addResourceDependency((0, api_rest_logging_1.addCloudWatchRole)(context));
    }
    if (api.web_acl_arn)
        (0, api_rest_stage_1.addWebAcl)(context, api.web_acl_arn, apiId, cfnStage);
    (0, api_rest_auth_1.addApiKeys)(context, api, apiId, cfnStage);
    if (api.domain_config)
        (0, api_rest_domain_1.addRestDomain)(context, api.domain_config, apiId, cfnStage);
    return {
        id: apiId,
        endpoint: core_1.Fn.sub('https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}', {
            Api: apiId,
            Stage: stage,
        }),
        stageName: stage,
        type: 'REST',
        metrics: {
            namespace: 'AWS/ApiGateway',
            dimensions: { ApiName: context.names.name('api', 'api'), Stage: stage },
        },
    };
}


/***/ }),

/***/ 15257:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RouteError = void 0;
exports.apiRoutes = apiRoutes;
// Which function serves which route, and with which authorizer: pure, from the config.
// With one function and no routes anywhere, the API's default route goes to it.
const route_entry_1 = __webpack_require__(61626);
class RouteError extends Error {
    where;
    constructor(message, where) {
        super(message);
        this.where = where;
    }
}
exports.RouteError = RouteError;
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'];
function apiRoutes(api, functions) {
    const keys = Object.keys(functions);
    const anyRoutes = keys.some((k) => (functions[k]?.routes ?? []).length > 0);
    if (!anyRoutes) {
        const only = keys.length === 1 ? keys[0] : undefined;
        if (only === undefined) {
            throw new RouteError(`the API has no routes: give each function that serves it "routes" (e.g. ["GET /users/{id}"]${api.type === 'WEBSOCKET' ? ', or ["$connect", "$default"]' : ''})`, ['api_gateway_config']);
        }
        return defaultRoutes(api, only, functions[only]);
    }
    const routes = [];
    const seen = new Map();
    for (const [functionKey, fn] of Object.entries(functions)) {
        (fn.routes ?? []).forEach((entry, index) => {
            const where = (0, route_entry_1.routeTextPath)(functionKey, index, entry);
            const route = {
                ...parseRoute(api, functionKey, fn, (0, route_entry_1.routeText)(entry).trim(), index, where),
                ...(0, route_entry_1.routeSettings)(entry),
            };
            const other = seen.get(route.routeKey);
            if (other !== undefined) {
                throw new RouteError(`route "${route.routeKey}" is already served by "${other}"`, where);
            }
            seen.set(route.routeKey, functionKey);
            routes.push(route);
        });
    }
    return routes;
}
function defaultRoutes(api, functionKey, fn) {
    const common = {
        functionKey,
        apiKeyRequired: fn.api_key_required ?? false,
        index: -1,
        ...authorizerOf(api, fn),
    };
    if (api.type === 'REST') {
        return [
            { ...common, method: 'ANY', path: '/', routeKey: 'ANY /' },
            { ...common, method: 'ANY', path: '/{proxy+}', routeKey: 'ANY /{proxy+}' },
        ];
    }
    return [{ ...common, routeKey: '$default' }];
}
function parseRoute(api, functionKey, fn, text, index, where) {
    const common = {
        functionKey,
        apiKeyRequired: fn.api_key_required ?? false,
        index,
        ...authorizerOf(api, fn),
    };
    if (api.type === 'WEBSOCKET') {
        if (/\s/.test(text)) {
            throw new RouteError(`WebSocket route keys are single words like "$connect" or "sendMessage", got "${text}"`, where);
        }
        return { ...common, routeKey: text };
    }
    if (text === '$default') {
        if (api.type === 'REST') {
            return { ...common, method: 'ANY', path: '/{proxy+}', routeKey: 'ANY /{proxy+}' };
        }
        return { ...common, routeKey: '$default' };
    }
    const match = /^([A-Za-z]+)\s+(\/\S*)$/.exec(text);
    const method = match?.[1]?.toUpperCase();
    const path = match?.[2];
    if (!method || !path || !HTTP_METHODS.includes(method)) {
        throw new RouteError(`route "${text}" is not "METHOD /path" (METHOD one of ${HTTP_METHODS.join(', ')})`, where);
    }
    if (path !== '/' && path.endsWith('/')) {
        throw new RouteError(`route "${text}": the path must not end with "/"`, where);
    }
    return { ...common, method, path, routeKey: `${method} ${path}` };
}
function authorizerOf(api, fn) {
    const name = fn.authorizer ?? api.default_authorizer;
    return name === undefined ? {} : { authorizer: name };
}


/***/ }),

/***/ 88283:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WEBSOCKET_MANAGEMENT_ENDPOINT = void 0;
exports.addApiV2 = addApiV2;
// API Gateway v2: HTTP APIs and WebSocket APIs. L1 resources only (the v2 L2s are fine,
// but L1 keeps every property visible and synthesis fast).
const core_1 = __webpack_require__(19080);
const aws_apigatewayv2_1 = __webpack_require__(58720);
const api_common_1 = __webpack_require__(71866);
const api_rest_logging_1 = __webpack_require__(97777);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
const names_1 = __webpack_require__(3658);
const optional_1 = __webpack_require__(33292);
/** The connections (management) API of a WebSocket stage, for `ApiGatewayManagementApiClient({ endpoint })`. */
exports.WEBSOCKET_MANAGEMENT_ENDPOINT = 'WEBSOCKET_MANAGEMENT_ENDPOINT';
const HTTP_ACCESS_LOG_FORMAT = JSON.stringify({
    requestId: '$context.requestId',
    ip: '$context.identity.sourceIp',
    requestTime: '$context.requestTime',
    httpMethod: '$context.httpMethod',
    routeKey: '$context.routeKey',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    integrationError: '$context.integrationErrorMessage',
});
const WEBSOCKET_ACCESS_LOG_FORMAT = JSON.stringify({
    requestId: '$context.requestId',
    ip: '$context.identity.sourceIp',
    requestTime: '$context.requestTime',
    eventType: '$context.eventType',
    routeKey: '$context.routeKey',
    status: '$context.status',
    connectionId: '$context.connectionId',
    integrationError: '$context.integrationErrorMessage',
});
function addApiV2(context, api) {
    const { stack } = context;
    const websocket = api.type === 'WEBSOCKET';
    const routes = (0, api_common_1.resolveRoutes)(context, api);
    const cors = api.cors_configuration;
    const resource = new aws_apigatewayv2_1.CfnApi(stack, 'Api', {
        name: context.names.name('api', 'api'),
        protocolType: websocket ? 'WEBSOCKET' : 'HTTP',
        ...(0, optional_1.optional)({
            description: api.description ?? undefined,
            routeSelectionExpression: websocket
                ? (api.route_selection_expression ?? '$request.body.action')
                : undefined,
            corsConfiguration: cors && !websocket
                ? (0, optional_1.optional)({
                    allowOrigins: cors.allow_origins,
                    allowMethods: cors.allow_methods,
                    allowHeaders: cors.allow_headers,
                    exposeHeaders: cors.expose_headers && cors.expose_headers.length > 0
                        ? cors.expose_headers
                        : undefined,
                    maxAge: cors.max_age,
                    allowCredentials: cors.allow_credentials,
                })
                : undefined,
        }),
    });
    (0, context_1.markOrigin)(resource, { kind: 'api', ...api_common_1.API_ORIGIN });
    const apiId = resource.ref;
    const integrations = new Map();
    for (const target of (0, api_common_1.routeTargets)(context, routes)) {
        const integration = new aws_apigatewayv2_1.CfnIntegration(context.scopeOf(target.key), context.ids.of(target.key, 'Integration'), {
            apiId,
            integrationType: 'AWS_PROXY',
            integrationUri: websocket ? (0, api_common_1.lambdaInvokeUri)(target) : target.invokeArn,
            ...(0, optional_1.optional)({ payloadFormatVersion: websocket ? undefined : '2.0' }),
        });
        (0, context_1.markOrigin)(integration, {
            kind: 'integration',
            key: target.key,
            path: `lambda_config.${target.key}`,
        });
        integrations.set(target.key, integration);
        (0, api_common_1.allowApiToInvoke)(context, target, apiId, 'Invoke', '*');
    }
    const authorizers = new Map();
    const authorizerFor = (name) => {
        let entry = authorizers.get(name);
        if (!entry) {
            entry = addAuthorizer(context, api, apiId, name, (0, api_common_1.authorizerConfig)(context, api, name));
            authorizers.set(name, entry);
        }
        return entry;
    };
    const stage = (0, api_common_1.stageName)(context, api);
    const routeResources = [];
    for (const route of routes) {
        const auth = route.authorizer === undefined ? undefined : authorizerFor(route.authorizer);
        // WebSocket APIs authorize the connection only.
        const authorizes = auth && (!websocket || route.routeKey === '$connect');
        const cfnRoute = new aws_apigatewayv2_1.CfnRoute(context.scopeOf(route.functionKey), context.ids.of(`${route.functionKey}-${route.routeKey}`, 'Route'), {
            apiId,
            routeKey: route.routeKey,
            target: core_1.Fn.join('/', ['integrations', integrations.get(route.functionKey).ref]),
            authorizationType: authorizes ? auth.type : 'NONE',
            ...(0, optional_1.optional)({ authorizerId: authorizes ? auth.id : undefined }),
        });
        (0, context_1.markOrigin)(cfnRoute, {
            kind: 'route',
            key: route.functionKey,
            path: `lambda_config.${route.functionKey}.routes`,
        });
        routeResources.push(cfnRoute);
    }
    const logs = (0, api_common_1.accessLogGroup)(context, api);
    const limits = (0, api_common_1.throttling)(api);
    // Execution logs exist for WebSocket APIs only (HTTP APIs have access logs alone).
    const loggingLevel = websocket ? (0, api_common_1.executionLoggingLevel)(api, logs !== undefined) : undefined;
    const perRoute = routes.filter((r) => r.throttling_burst_limit !== undefined || r.throttling_rate_limit !== undefined);
    const cfnStage = new aws_apigatewayv2_1.CfnStage(stack, 'ApiStage', {
        apiId,
        stageName: stage,
        autoDeploy: true,
        description: `${context.config.environment} stage`,
        defaultRouteSettings: {
            throttlingBurstLimit: limits.burstLimit,
            throttlingRateLimit: limits.rateLimit,
            ...(websocket && { dataTraceEnabled: api.data_trace_enabled ?? false }),
            ...(0, optional_1.optional)({ loggingLevel, detailedMetricsEnabled: api.metrics_enabled }),
        },
        ...(0, optional_1.optional)({
            routeSettings: perRoute.length > 0
                ? Object.fromEntries(perRoute.map((r) => [
                    r.routeKey,
                    {
                        throttlingBurstLimit: r.throttling_burst_limit ?? limits.burstLimit,
                        throttlingRateLimit: r.throttling_rate_limit ?? limits.rateLimit,
                    },
                ]))
                : undefined,
            accessLogSettings: logs
                ? {
                    destinationArn: logs.attrArn,
                    format: websocket ? WEBSOCKET_ACCESS_LOG_FORMAT : HTTP_ACCESS_LOG_FORMAT,
                }
                : undefined,
        }),
    });
    // With autoDeploy the first deployment happens when the stage is created: routes first.
    routeResources.forEach((r) => cfnStage.addResourceDependency(r));
    (0, context_1.markOrigin)(cfnStage, { kind: 'stage', ...api_common_1.API_ORIGIN });
    if ((loggingLevel !== undefined && loggingLevel !== 'OFF') ||
        (websocket && api.data_trace_enabled)) {
        cfnStage.addResourceDependency((0, api_rest_logging_1.addCloudWatchRole)(context));
    }
    if (websocket) {
        // WebSocket handlers answer through the connections API of their own stage: they get its
        // URL and the right to post to, read and close connections (POST, GET, DELETE).
        const management = core_1.Fn.sub('https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}', { Api: apiId, Stage: stage });
        for (const target of (0, api_common_1.routeTargets)(context, routes)) {
            target.environment[exports.WEBSOCKET_MANAGEMENT_ENDPOINT] = management;
            target.statements.push((0, iam_1.allow)(['execute-api:ManageConnections'], core_1.Fn.sub('arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/${Stage}/*/@connections/*', { Api: apiId, Stage: stage })));
        }
    }
    if (api.domain_config)
        addDomain(context, api.domain_config, apiId, cfnStage);
    return {
        id: apiId,
        endpoint: core_1.Fn.join('/', [resource.attrApiEndpoint, stage]),
        stageName: stage,
        type: api.type,
        metrics: { namespace: 'AWS/ApiGateway', dimensions: { ApiId: apiId, Stage: stage } },
    };
}
function addAuthorizer(context, api, apiId, name, config) {
    const where = ['api_gateway_config', 'authorizers', name];
    const websocket = api.type === 'WEBSOCKET';
    if (config.type === 'IAM')
        return { type: 'AWS_IAM' };
    const origin = { kind: 'authorizer', key: name, path: `api_gateway_config.authorizers.${name}` };
    const id = context.ids.of(name, 'Authorizer');
    if (config.type === 'JWT' || config.type === 'COGNITO') {
        if (websocket) {
            throw (0, context_1.configProblem)(context, where, 'WebSocket APIs take LAMBDA or IAM authorizers, not JWT');
        }
        const issuer = config.issuer ??
            (config.user_pool_arns?.[0] ? (0, api_common_1.cognitoIssuer)(config.user_pool_arns[0]) : undefined);
        if (!issuer || !config.audience?.length) {
            throw (0, context_1.configProblem)(context, where, 'a JWT authorizer needs `issuer` (or a Cognito `user_pool_arns` entry) and `audience`', 'Set issuer: https://cognito-idp.REGION.amazonaws.com/POOL_ID and audience: [APP_CLIENT_ID].');
        }
        const authorizer = new aws_apigatewayv2_1.CfnAuthorizer(context.stack, id, {
            apiId,
            name,
            authorizerType: 'JWT',
            identitySource: config.identity_sources ?? ['$request.header.Authorization'],
            jwtConfiguration: { issuer, audience: config.audience },
        });
        (0, context_1.markOrigin)(authorizer, origin);
        return { id: authorizer.ref, type: 'JWT' };
    }
    const fnKey = config.function;
    const target = fnKey === undefined ? undefined : context.functions.get(fnKey);
    if (!target) {
        throw (0, context_1.configProblem)(context, [...where, 'function'], `a LAMBDA authorizer needs \`function\`: a key of lambda_config`);
    }
    const authorizer = new aws_apigatewayv2_1.CfnAuthorizer(context.stack, id, {
        apiId,
        name,
        authorizerType: 'REQUEST',
        authorizerUri: (0, api_common_1.lambdaInvokeUri)(target),
        identitySource: config.identity_sources ?? [
            websocket ? 'route.request.header.Authorization' : '$request.header.Authorization',
        ],
        ...(0, optional_1.optional)({
            authorizerPayloadFormatVersion: websocket ? undefined : '2.0',
            enableSimpleResponses: websocket ? undefined : true,
            authorizerResultTtlInSeconds: websocket ? undefined : config.authorizer_result_ttl_in_seconds,
        }),
    });
    (0, context_1.markOrigin)(authorizer, origin);
    (0, api_common_1.allowApiToInvoke)(context, target, apiId, `Authorizer${(0, names_1.pascalCase)(name)}`, 'authorizers/*');
    return { id: authorizer.ref, type: 'CUSTOM' };
}
function addDomain(context, domain, apiId, stage) {
    const origin = { kind: 'domain', ...api_common_1.API_ORIGIN, path: 'api_gateway_config.domain_config' };
    const name = new aws_apigatewayv2_1.CfnDomainName(context.stack, 'ApiDomain', {
        domainName: domain.domain_name,
        domainNameConfigurations: [
            {
                certificateArn: domain.certificate_arn,
                endpointType: 'REGIONAL',
                securityPolicy: 'TLS_1_2',
            },
        ],
    });
    (0, context_1.markOrigin)(name, origin);
    const mapping = new aws_apigatewayv2_1.CfnApiMapping(context.stack, 'ApiMapping', {
        apiId,
        domainName: name.ref,
        stage: stage.ref,
        ...(0, optional_1.optional)({ apiMappingKey: domain.base_path || undefined }),
    });
    (0, context_1.markOrigin)(mapping, { ...origin, kind: 'api-mapping' });
}


/***/ }),

/***/ 72106:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addApi = addApi;
// api_gateway_config -> the API of its type, or nothing when the config has none.
const context_1 = __webpack_require__(24081);
const api_rest_1 = __webpack_require__(60153);
const api_v2_1 = __webpack_require__(88283);
function addApi(context) {
    const api = context.config.api_gateway_config;
    if (!api)
        return undefined;
    if (context.functions.size === 0) {
        throw (0, context_1.configProblem)(context, ['api_gateway_config'], 'an API needs at least one function in lambda_config');
    }
    if (api.type !== 'REST' && (api.api_keys?.length || api.usage_plan)) {
        throw (0, context_1.configProblem)(context, ['api_gateway_config', api.api_keys ? 'api_keys' : 'usage_plan'], `API keys and usage plans exist only for REST APIs, not ${api.type}`, 'Set type: REST, or remove api_keys / usage_plan.');
    }
    return api.type === 'REST' ? (0, api_rest_1.addRestApi)(context, api) : (0, api_v2_1.addApiV2)(context, api);
}


/***/ }),

/***/ 75145:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASSET_PREFIX = exports.DEFAULT_ARTIFACT_BUCKET = void 0;
exports.stackName = stackName;
exports.buildStack = buildStack;
// Assembles one stack from a loaded config. The order matters: tables and functions first,
// then what refers to them (event sources, access grants, the API), then what watches
// everything (alarms) and what reports it (outputs).
const core_1 = __webpack_require__(19080);
const bundle_1 = __webpack_require__(92745);
const access_1 = __webpack_require__(30542);
const api_1 = __webpack_require__(72106);
const code_1 = __webpack_require__(72929);
const boundary_1 = __webpack_require__(5826);
const context_1 = __webpack_require__(24081);
const event_sources_1 = __webpack_require__(33878);
const function_1 = __webpack_require__(31220);
const monitoring_1 = __webpack_require__(28362);
const outputs_1 = __webpack_require__(52979);
const permissions_1 = __webpack_require__(90486);
const secrets_1 = __webpack_require__(12723);
const nesting_1 = __webpack_require__(66776);
const table_1 = __webpack_require__(57354);
const traffic_shifting_1 = __webpack_require__(49672);
const stack_name_1 = __webpack_require__(91455);
const tags_1 = __webpack_require__(56693);
/** The bucket file assets go to unless `--artifact-bucket` names one; placeholders resolve at deploy. */
exports.DEFAULT_ARTIFACT_BUCKET = 'serverless-action-${AWS::AccountId}-${AWS::Region}';
/** Object keys: `assets/<hash>.zip`. */
exports.ASSET_PREFIX = 'assets/';
/** Types CDK would tag but CloudFormation's schema (and cfn-lint) does not accept Tags on. */
const UNTAGGABLE_TYPES = ['AWS::ApplicationAutoScaling::ScalableTarget'];
function stackName(loaded) {
    return (0, stack_name_1.stackNameOf)(loaded);
}
async function buildStack(app, loaded, options) {
    const name = stackName(loaded);
    const tags = (0, tags_1.stackTags)(loaded.config, options.ephemeral);
    // No bootstrap stack: the CLI-credentials synthesizer publishes with the caller's own
    // credentials to a bucket the deploy step ensures, and adds no BootstrapVersion rule.
    const synthesizer = new core_1.CliCredentialsStackSynthesizer({
        fileAssetsBucketName: options.artifactBucket ?? exports.DEFAULT_ARTIFACT_BUCKET,
        bucketPrefix: exports.ASSET_PREFIX,
    });
    const stack = new core_1.Stack(app, name, {
        stackName: name,
        synthesizer,
        analyticsReporting: false,
        description: `${name}: serverless stack deployed by serverless-action`,
        // Stack tags go to CloudFormation, which propagates them on create; the aspect below
        // writes them into every taggable resource too, so they show in the template and reviews.
        tags,
    });
    for (const [key, value] of Object.entries(tags)) {
        core_1.Tags.of(stack).add(key, value, { excludeResourceTypes: UNTAGGABLE_TYPES });
    }
    // moto's GetTemplateSummary (and some linters) want the format version.
    stack.templateOptions.templateFormatVersion = '2010-09-09';
    const context = (0, context_1.createContext)(stack, loaded, options.outDir, options.ephemeral, options.bundler ?? new bundle_1.Bundler(), options.nested === true ? (0, nesting_1.nestedScopes)(stack) : (0, nesting_1.flatScopes)(stack), options.nested === true ? (0, nesting_1.nestedPathScopes)(stack) : (0, nesting_1.flatScopes)(stack));
    (0, code_1.startBundles)(context);
    for (const [key, table] of Object.entries(loaded.config.dynamodb_config))
        (0, table_1.addTable)(context, key, table);
    for (const [key, fn] of Object.entries(loaded.config.lambda_config)) {
        await (0, function_1.addFunction)(context, key, fn);
    }
    (0, event_sources_1.addEventSources)(context);
    (0, access_1.applyAccess)(context);
    (0, permissions_1.applyPermissions)(context);
    (0, secrets_1.applySecrets)(context);
    (0, boundary_1.applyPermissionsBoundary)(stack, loaded.config.iam?.permissions_boundary);
    const api = (0, api_1.addApi)(context);
    (0, monitoring_1.addMonitoring)(context, api);
    // After the alarms: a deployment group watches them.
    (0, traffic_shifting_1.addTrafficShifting)(context);
    (0, outputs_1.addOutputs)(context, api);
    return { stack, context, tags };
}


/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROLE_TYPE = void 0;
exports.applyPermissionsBoundary = applyPermissionsBoundary;
// `iam.permissions_boundary`: every role the stack creates carries it. An aspect, not a
// property each builder must remember: it reaches roles added by any builder, now or later.
const core_1 = __webpack_require__(19080);
const permissions_1 = __webpack_require__(90486);
exports.ROLE_TYPE = 'AWS::IAM::Role';
class PermissionsBoundary {
    boundaryArn;
    constructor(boundaryArn) {
        this.boundaryArn = boundaryArn;
    }
    visit(node) {
        if (core_1.CfnResource.isCfnResource(node) && node.cfnResourceType === exports.ROLE_TYPE) {
            node.addPropertyOverride('PermissionsBoundary', this.boundaryArn);
        }
    }
}
function applyPermissionsBoundary(stack, boundaryArn) {
    if (boundaryArn === undefined)
        return;
    core_1.Aspects.of(stack).add(new PermissionsBoundary((0, permissions_1.withPseudoParameters)(boundaryArn)));
}


/***/ }),

/***/ 72929:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.handlerModule = void 0;
exports.sourcePath = sourcePath;
exports.startBundles = startBundles;
exports.functionCode = functionCode;
exports.stageDirectory = stageDirectory;
exports.pythonWithDependencies = pythonWithDependencies;
// Where a function's code comes from: a directory is shipped as is (CDK stages a copy in the
// cloud assembly); an entry file is bundled with esbuild first. Either way the result is a
// zip asset at `assets/<hash>.zip` in the artifact bucket, listed in the asset manifest.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const core_1 = __webpack_require__(19080);
const bundle_1 = __webpack_require__(92745);
const bundle_source_1 = __webpack_require__(84483);
Object.defineProperty(exports, "handlerModule", ({ enumerable: true, get: function () { return bundle_source_1.handlerModule; } }));
const python_1 = __webpack_require__(39603);
const paths_1 = __webpack_require__(81066);
const runtimes_1 = __webpack_require__(89093);
const errors_1 = __webpack_require__(83916);
const context_1 = __webpack_require__(24081);
/** `source` relative to the config file; default `functions/<key>`. */
function sourcePath(configDir, key, source) {
    return (0, node_path_1.resolve)(configDir, source ?? `functions/${key}`);
}
/**
 * Starts every bundle at once (the bundler runs up to the CPU count in parallel and each
 * distinct entry once); functionCode awaits each where the function is built. A failure is
 * reported there, in the config's order, not here.
 */
function startBundles(context) {
    for (const [key, fn] of Object.entries(context.config.lambda_config)) {
        const source = (0, bundle_source_1.bundleSourceOf)(context.loaded.dir, key, fn, (0, paths_1.repositoryRootOf)(context.loaded));
        if (source)
            context.bundler.build(source).catch(() => undefined);
    }
}
async function functionCode(context, key, fn) {
    const where = ['lambda_config', key, fn.source === undefined ? 'handler' : 'source'];
    const path = sourcePath(context.loaded.dir, key, fn.source);
    if (!(0, node_fs_1.existsSync)(path)) {
        throw (0, context_1.configProblem)(context, where, `the code of function "${key}" is not at ${path}`, fn.source === undefined
            ? `Put the code in functions/${key}/ next to the config, or set lambda_config.${key}.source.`
            : 'Fix `source`: a directory, or a .ts/.js/.mjs entry file, relative to the config file.');
    }
    if ((0, node_fs_1.statSync)(path).isDirectory()) {
        const python = pythonWithDependencies(context, fn, path, where);
        return python === undefined
            ? stageDirectory(context.scopeOf(key), key, path)
            : stageDirectory(context.scopeOf(key), key, python, () => (0, node_fs_1.rmSync)(python, { recursive: true }));
    }
    const extension = (0, node_path_1.extname)(path);
    const target = runtimes_1.RUNTIMES[fn.runtime]?.esbuildTarget;
    if (!bundle_1.BUNDLE_ENTRY_EXTENSIONS.includes(extension) || target === undefined) {
        throw (0, context_1.configProblem)(context, where, `${path} is a file, but only .ts/.js/.mjs/.cjs entries of Node.js functions are bundled (runtime ${fn.runtime})`, 'Point `source` at a directory that holds the built code.');
    }
    const bundle = await context.bundler.bundle({
        entry: path,
        target,
        handlerModule: (0, bundle_source_1.handlerModule)(fn.handler),
        stagingRoot: context.outDir,
        repositoryRoot: (0, paths_1.repositoryRootOf)(context.loaded),
    });
    return addZipAsset(context.scopeOf(key), bundle.hash, (0, node_path_1.relative)(context.outDir, bundle.directory));
}
function stageDirectory(stack, key, directory, afterCopy) {
    // AssetStaging fingerprints the directory and copies it into the assembly as asset.<hash>.
    // Links inside the directory are copied as files; one pointing out stays a link, which
    // the zip refuses (assets/zip.ts): nothing outside the function's directory is packaged.
    const staging = new core_1.AssetStaging(stack, `Code${key}`, {
        sourcePath: directory,
        follow: core_1.SymlinkFollowMode.BLOCK_EXTERNAL,
    });
    afterCopy?.();
    return addZipAsset(stack, staging.assetHash, staging.relativeStagedPath(stack));
}
/** A Python function's directory with its requirements installed, if it declares any. */
function pythonWithDependencies(context, fn, directory, where, into) {
    if (runtimes_1.RUNTIMES[fn.runtime]?.family !== 'python')
        return undefined;
    try {
        return (0, python_1.packagePython)({
            directory,
            runtime: fn.runtime,
            architecture: fn.architectures?.[0] ?? 'x86_64',
            cacheRoot: (0, python_1.defaultCacheRoot)(),
            stagingRoot: context.outDir,
            ...(into !== undefined && { into }),
        });
    }
    catch (error) {
        // pip's failure belongs to the config entry that asked for it.
        if (!(error instanceof errors_1.ServerlessActionError))
            throw error;
        throw (0, context_1.configProblem)(context, where, error.message, error.hint);
    }
}
function addZipAsset(stack, hash, fileName) {
    const location = stack.synthesizer.addFileAsset({
        sourceHash: hash,
        fileName,
        packaging: core_1.FileAssetPackaging.ZIP_DIRECTORY,
        displayName: fileName,
    });
    return { S3Bucket: location.bucketName, S3Key: location.objectKey };
}


/***/ }),

/***/ 24081:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createContext = createContext;
exports.statefulRemovalPolicy = statefulRemovalPolicy;
exports.applyRemovalPolicy = applyRemovalPolicy;
exports.markOrigin = markOrigin;
exports.logRetentionDays = logRetentionDays;
exports.targetFunction = targetFunction;
exports.configProblem = configProblem;
exports.isArn = isArn;
// What every builder (function.ts, table.ts, api-*.ts, event-sources/*) receives: the stack,
// the config, naming, policies that depend on the environment, and the registries through
// which one builder finds what another created (a function's role, a table's stream).
const core_1 = __webpack_require__(19080);
const bundle_1 = __webpack_require__(92745);
const errors_1 = __webpack_require__(83916);
const names_1 = __webpack_require__(3658);
const nesting_1 = __webpack_require__(66776);
const types_1 = __webpack_require__(18927);
function createContext(stack, loaded, outDir, ephemeral, bundler = new bundle_1.Bundler(), scopeOf = (0, nesting_1.flatScopes)(stack), pathScopeOf = (0, nesting_1.flatScopes)(stack)) {
    return {
        stack,
        scopeOf,
        pathScopeOf,
        loaded,
        config: loaded.config,
        names: new names_1.Namer(loaded.config.project_name, loaded.config.environment),
        ids: new names_1.LogicalIds(),
        ephemeral,
        outDir,
        bundler,
        functions: new Map(),
        tables: new Map(),
        messaging: new Map(),
        deadLetterQueues: new Map(),
        sourceQueues: new Map(),
        streamConsumers: new Map(),
        buckets: new Map(),
        alarms: new Map(),
        warnings: [],
    };
}
/**
 * Stateful resources keep their data unless the config says DESTROY (pull-request stages
 * get that from the preview defaults, config/preview-defaults.ts).
 */
function statefulRemovalPolicy(context) {
    return context.config.removal_policy === 'DESTROY' ? core_1.RemovalPolicy.DESTROY : core_1.RemovalPolicy.RETAIN;
}
/** Applies the environment's removal policy to a stateful resource. */
function applyRemovalPolicy(context, resource) {
    resource.applyRemovalPolicy(statefulRemovalPolicy(context));
}
/** Records which config entry a resource came from, as resource Metadata the deploy step reads. */
function markOrigin(resource, origin) {
    resource.addMetadata(types_1.ORIGIN_METADATA_KEY, { ...origin });
}
/** Log retention for a log group: its own, else the stage's, else 30 (previews: see preview-defaults.ts). */
function logRetentionDays(context, own) {
    return own ?? context.config.monitoring?.log_retention_in_days ?? 30;
}
/** The function an entry targets: its `function` key, or the only function there is. */
function targetFunction(context, wanted, where) {
    if (wanted === undefined && context.functions.size === 1) {
        return [...context.functions.values()][0];
    }
    const handle = wanted === undefined ? undefined : context.functions.get(wanted);
    if (handle)
        return handle;
    const known = [...context.functions.keys()].join(', ') || '(none)';
    throw configProblem(context, where, wanted === undefined
        ? '"function" is required when there is more than one function'
        : `no function "${wanted}" in lambda_config`, `Set "function" to one of: ${known}.`);
}
/** A ServerlessActionError that points at the config line of `where`. */
function configProblem(context, where, message, hint) {
    const at = context.loaded.locate(where);
    return new errors_1.ServerlessActionError(`${at.file}:${at.line}:${at.column}: error: ${where.join('.')}: ${message}`, 'SYNTH_INVALID', hint);
}
/** True for strings like `arn:aws:sqs:...`. */
function isArn(value) {
    return value !== undefined && value.startsWith('arn:');
}


/***/ }),

/***/ 11665:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isEphemeralEnvironment = void 0;
// The rule lives with the config, which applies the preview defaults by it.
var ephemeral_1 = __webpack_require__(39041);
Object.defineProperty(exports, "isEphemeralEnvironment", ({ enumerable: true, get: function () { return ephemeral_1.isEphemeralEnvironment; } }));


/***/ }),

/***/ 84793:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DYNAMODB_STREAM_ACTIONS = void 0;
exports.addDynamoDbStreamSource = addDynamoDbStreamSource;
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
const mapping_1 = __webpack_require__(67696);
exports.DYNAMODB_STREAM_ACTIONS = [
    'dynamodb:DescribeStream',
    'dynamodb:GetRecords',
    'dynamodb:GetShardIterator',
];
function addDynamoDbStreamSource(context, key, es, target) {
    const streamArn = (0, context_1.isArn)(es.source) ? es.source : tableStreamArn(context, key, es.source);
    target.statements.push((0, iam_1.allow)(exports.DYNAMODB_STREAM_ACTIONS, streamArn));
    target.statements.push((0, iam_1.allow)(['dynamodb:ListStreams'], '*'));
    (0, mapping_1.addStreamMapping)(context, key, es, target, streamArn);
}
function tableStreamArn(context, key, source) {
    const where = ['event_source_config', key, 'source'];
    const withStreams = [...context.tables.values()].filter((t) => t.streamEnabled);
    const table = source === undefined
        ? withStreams.length === 1
            ? withStreams[0]
            : undefined
        : context.tables.get(source);
    if (!table) {
        throw (0, context_1.configProblem)(context, where, source === undefined
            ? 'a DYNAMODB_STREAM source needs `source`: the dynamodb_config key of the table'
            : `no table "${source}" in dynamodb_config`, `Set source to one of: ${[...context.tables.keys()].join(', ') || '(no tables)'}.`);
    }
    if (!table.streamEnabled) {
        throw (0, context_1.configProblem)(context, where, `table "${table.key}" has no stream`, `Set dynamodb_config.${table.key}.stream_enabled: true.`);
    }
    return table.table.attrStreamArn;
}


/***/ }),

/***/ 33878:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addEventSources = addEventSources;
const context_1 = __webpack_require__(24081);
const dynamodb_stream_1 = __webpack_require__(84793);
const kinesis_1 = __webpack_require__(97420);
const rule_1 = __webpack_require__(74246);
const s3_1 = __webpack_require__(50382);
const sns_1 = __webpack_require__(59472);
const sqs_1 = __webpack_require__(28560);
const BUILDERS = {
    SQS: sqs_1.addSqsSource,
    SNS: sns_1.addSnsSource,
    S3: s3_1.addS3Source,
    DYNAMODB_STREAM: dynamodb_stream_1.addDynamoDbStreamSource,
    KINESIS: kinesis_1.addKinesisSource,
    SCHEDULE: rule_1.addScheduleSource,
    EVENTBRIDGE: rule_1.addEventBridgeSource,
};
function addEventSources(context) {
    for (const [key, es] of Object.entries(context.config.event_source_config)) {
        const target = (0, context_1.targetFunction)(context, es.function, ['event_source_config', key, 'function']);
        BUILDERS[es.type](context, key, es, target);
    }
}


/***/ }),

/***/ 97420:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KINESIS_READ_ACTIONS = void 0;
exports.addKinesisSource = addKinesisSource;
// KINESIS: an existing stream ARN, or an on-demand stream the stack creates (KMS-encrypted
// with the AWS-managed key).
const aws_kinesis_1 = __webpack_require__(7066);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
const mapping_1 = __webpack_require__(67696);
const registry_1 = __webpack_require__(64643);
exports.KINESIS_READ_ACTIONS = [
    'kinesis:DescribeStream',
    'kinesis:DescribeStreamSummary',
    'kinesis:GetRecords',
    'kinesis:GetShardIterator',
    'kinesis:ListShards',
    'kinesis:SubscribeToShard',
];
function addKinesisSource(context, key, es, target) {
    let streamArn;
    if ((0, context_1.isArn)(es.source)) {
        streamArn = es.source;
        (0, registry_1.registerMessaging)(context, 'kinesis', [key], {
            arn: streamArn,
            address: streamArn.split('/').pop() ?? streamArn,
            created: false,
        });
    }
    else {
        const name = es.source ?? key;
        const existing = context.messaging.get(`kinesis:${name}`);
        if (existing) {
            streamArn = existing.arn;
        }
        else {
            const stream = new aws_kinesis_1.CfnStream(context.stack, context.ids.of(name, 'Stream'), {
                name: context.names.name('kinesis', name),
                streamModeDetails: { streamMode: 'ON_DEMAND' },
                streamEncryption: { encryptionType: 'KMS', keyId: 'alias/aws/kinesis' },
                retentionPeriodHours: 24,
            });
            (0, context_1.applyRemovalPolicy)(context, stream);
            (0, context_1.markOrigin)(stream, { kind: 'stream', key, path: `event_source_config.${key}` });
            streamArn = stream.attrArn;
            (0, registry_1.registerMessaging)(context, 'kinesis', [key, name], {
                arn: streamArn,
                address: stream.ref,
                created: true,
            });
        }
    }
    target.statements.push((0, iam_1.allow)(exports.KINESIS_READ_ACTIONS, streamArn));
    target.statements.push((0, iam_1.allow)(['kinesis:ListStreams'], '*'));
    (0, mapping_1.addStreamMapping)(context, key, es, target, streamArn);
}


/***/ }),

/***/ 67696:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_STREAM_RETRIES = void 0;
exports.addQueueMapping = addQueueMapping;
exports.addStreamMapping = addStreamMapping;
// AWS::Lambda::EventSourceMapping for the poll-based sources (SQS, DynamoDB streams,
// Kinesis): which fields apply to which source, and the stream on-failure destination.
const aws_lambda_1 = __webpack_require__(94389);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
const optional_1 = __webpack_require__(33292);
const queues_1 = __webpack_require__(70284);
/** Stream retries default to 3, not AWS's -1 (forever): a poison record must reach the on-failure queue. */
exports.DEFAULT_STREAM_RETRIES = 3;
function addQueueMapping(context, key, es, target, queueArn) {
    const batchSize = es.batch_size ?? undefined;
    const mapping = new aws_lambda_1.CfnEventSourceMapping(context.scopeOf(target.key), context.ids.of(key, 'Mapping'), {
        functionName: target.invokeArn,
        eventSourceArn: queueArn,
        enabled: true,
        ...(0, optional_1.optional)({
            batchSize,
            // SQS refuses batches above 10 without a batching window.
            maximumBatchingWindowInSeconds: es.maximum_batching_window_in_seconds ??
                (batchSize !== undefined && batchSize > 10 ? 1 : undefined),
            scalingConfig: es.scaling_config
                ? { maximumConcurrency: es.scaling_config.maximum_concurrency }
                : undefined,
            functionResponseTypes: es.function_response_types,
        }),
    });
    (0, context_1.markOrigin)(mapping, { kind: 'event-source-mapping', key, path: `event_source_config.${key}` });
    mapping.addResourceDependency(target.role);
    return mapping;
}
/** Streams: starting position, retries, record age, bisect, parallelization, on-failure queue. */
function addStreamMapping(context, key, es, target, streamArn) {
    const path = `event_source_config.${key}`;
    const onFailure = onFailureDestination(context, key, es, target);
    const mapping = new aws_lambda_1.CfnEventSourceMapping(context.scopeOf(target.key), context.ids.of(key, 'Mapping'), {
        functionName: target.invokeArn,
        eventSourceArn: streamArn,
        enabled: true,
        startingPosition: es.starting_position ?? 'LATEST',
        maximumRetryAttempts: es.maximum_retry_attempts ?? exports.DEFAULT_STREAM_RETRIES,
        destinationConfig: { onFailure: { destination: onFailure } },
        ...(0, optional_1.optional)({
            batchSize: es.batch_size ?? undefined,
            maximumRecordAgeInSeconds: es.maximum_record_age_in_seconds ?? undefined,
            bisectBatchOnFunctionError: es.bisect_batch_on_function_error ?? undefined,
            parallelizationFactor: es.parallelization_factor ?? undefined,
            // CloudFormation wants epoch seconds; the config writes RFC 3339, as Terraform does.
            startingPositionTimestamp: es.starting_position === 'AT_TIMESTAMP' && es.starting_position_timestamp
                ? Date.parse(es.starting_position_timestamp) / 1000
                : undefined,
            maximumBatchingWindowInSeconds: es.maximum_batching_window_in_seconds,
            functionResponseTypes: es.function_response_types,
        }),
    });
    (0, context_1.markOrigin)(mapping, { kind: 'event-source-mapping', key, path });
    mapping.addResourceDependency(target.role);
    context.streamConsumers.set(key, target.key);
    return mapping;
}
/** The given destination ARN, or a queue the stack creates; the function's role may send to it. */
function onFailureDestination(context, key, es, target) {
    const given = es.destination_config?.on_failure.destination_arn;
    if ((0, context_1.isArn)(given)) {
        const isTopic = given.startsWith('arn:') && given.split(':')[2] === 'sns';
        target.statements.push((0, iam_1.allow)(isTopic ? ['sns:Publish'] : (0, iam_1.accessActions)('sqs', 'write'), given));
        return given;
    }
    const path = `event_source_config.${key}`;
    const queue = (0, queues_1.addDeadLetterQueue)(context, key, path, 'Failures');
    // TLS-only like every queue the stack creates (the function's role sends over HTTPS).
    (0, queues_1.addQueuePolicy)(context, context.ids.of(key, 'FailuresPolicy'), [queue], {
        kind: 'queue-policy',
        key,
        path,
    });
    target.statements.push((0, iam_1.allow)((0, iam_1.accessActions)('sqs', 'write'), queue.attrArn));
    return queue.attrArn;
}


/***/ }),

/***/ 64643:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerMessaging = registerMessaging;
exports.queueUrlFromArn = queueUrlFromArn;
exports.nameFromArn = nameFromArn;
// Queues, topics, buckets and streams are found by `access` entries under the event
// source's key and under their `source` name, so either spelling works.
const core_1 = __webpack_require__(19080);
function registerMessaging(context, kind, keys, handle) {
    for (const key of new Set(keys)) {
        if (!context.messaging.has(`${kind}:${key}`)) {
            context.messaging.set(`${kind}:${key}`, { kind, key, ...handle });
        }
    }
}
/** `arn:aws:sqs:REGION:ACCOUNT:NAME` -> `https://sqs.REGION.amazonaws.com/ACCOUNT/NAME`. */
function queueUrlFromArn(arn) {
    const [, , , region, account, name] = arn.split(':');
    return `https://sqs.${region}.${core_1.Fn.ref('AWS::URLSuffix')}/${account}/${name}`;
}
/** The last `:`-separated part of an ARN (a queue's or topic's name). */
function nameFromArn(arn) {
    return arn.split(':').pop() ?? arn;
}


/***/ }),

/***/ 74246:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_RULE_RETRIES = void 0;
exports.addScheduleSource = addScheduleSource;
exports.addEventBridgeSource = addEventBridgeSource;
// SCHEDULE and EVENTBRIDGE: an EventBridge rule targeting the function, with a retry policy
// and a dead-letter queue for events the function could not take.
const aws_events_1 = __webpack_require__(74255);
const context_1 = __webpack_require__(24081);
const optional_1 = __webpack_require__(33292);
const permission_1 = __webpack_require__(18079);
const queues_1 = __webpack_require__(70284);
/** EventBridge's own limit on target retries. */
exports.MAX_RULE_RETRIES = 185;
function addScheduleSource(context, key, es, target) {
    if (!es.schedule) {
        throw (0, context_1.configProblem)(context, ['event_source_config', key, 'type'], 'a SCHEDULE source needs `schedule`', 'Add schedule: rate(5 minutes) or schedule: cron(0 12 * * ? *).');
    }
    addRule(context, key, es, target, { scheduleExpression: es.schedule });
}
function addEventBridgeSource(context, key, es, target) {
    if (!es.event_pattern) {
        throw (0, context_1.configProblem)(context, ['event_source_config', key, 'type'], 'an EVENTBRIDGE source needs `event_pattern`', 'Add event_pattern, e.g. { source: [aws.s3], detail-type: [Object Created] }.');
    }
    addRule(context, key, es, target, {
        eventPattern: es.event_pattern,
        ...(0, optional_1.optional)({ eventBusName: es.event_bus_name }),
    });
}
function addRule(context, key, es, target, trigger) {
    const path = `event_source_config.${key}`;
    const origin = (kind) => ({ kind, key, path });
    const dlq = (0, queues_1.addDeadLetterQueue)(context, key, path);
    const retries = es.maximum_retry_attempts;
    const rule = new aws_events_1.CfnRule(context.scopeOf(target.key), context.ids.of(key, 'Rule'), {
        name: context.names.name('eventsRule', key),
        state: 'ENABLED',
        ...trigger,
        targets: [
            {
                id: 'function',
                arn: target.invokeArn,
                deadLetterConfig: { arn: dlq.attrArn },
                retryPolicy: (0, optional_1.optional)({
                    maximumRetryAttempts: retries === null || retries === undefined
                        ? undefined
                        : Math.min(exports.MAX_RULE_RETRIES, Math.max(0, retries)),
                    maximumEventAgeInSeconds: es.maximum_event_age_in_seconds,
                }),
            },
        ],
    });
    (0, context_1.markOrigin)(rule, origin('rule'));
    (0, queues_1.addQueuePolicy)(context, context.ids.of(key, 'DlqPolicy'), [dlq], origin('queue-policy'), [
        (0, queues_1.allowServiceToSend)('events.amazonaws.com', dlq, rule.attrArn),
    ]);
    (0, permission_1.allowInvoke)(context, context.ids.of(key, 'InvokePermission'), target, 'events.amazonaws.com', rule.attrArn, origin('permission'));
}


/***/ }),

/***/ 50382:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_S3_EVENTS = void 0;
exports.keyFilter = keyFilter;
exports.addS3Source = addS3Source;
// S3: a bucket the stack creates (encrypted, public access blocked, TLS-only) notifying the
// function directly through NotificationConfiguration. CDK's own bucket notifications
// use a custom resource with Lambda code; this needs none. The bucket waits for the invoke
// permission (S3 checks it when the notification is set), and the permission names the
// bucket by its deterministic name, not by reference, so there is no cycle.
const core_1 = __webpack_require__(19080);
const aws_s3_1 = __webpack_require__(72576);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
const permission_1 = __webpack_require__(18079);
const registry_1 = __webpack_require__(64643);
exports.DEFAULT_S3_EVENTS = ['s3:ObjectCreated:*'];
/** Key filter rules for the notification, or undefined when neither prefix nor suffix is set. */
function keyFilter(prefix, suffix) {
    const rules = [
        ...(prefix ? [{ name: 'prefix', value: prefix }] : []),
        ...(suffix ? [{ name: 'suffix', value: suffix }] : []),
    ];
    return rules.length > 0 ? { s3Key: { rules } } : undefined;
}
function addS3Source(context, key, es, target) {
    const path = `event_source_config.${key}`;
    const origin = (kind) => ({ kind, key, path });
    if ((0, context_1.isArn)(es.source)) {
        // The notification of a bucket this stack does not own cannot be set without a custom resource.
        const bucketName = es.source.split(':').pop() ?? es.source;
        (0, permission_1.allowInvoke)(context, context.ids.of(key, 'InvokePermission'), target, 's3.amazonaws.com', es.source, origin('permission'), core_1.Fn.ref('AWS::AccountId'));
        (0, registry_1.registerMessaging)(context, 's3', [key], {
            arn: es.source,
            address: bucketName,
            created: false,
        });
        context.warnings.push(`${path}: bucket ${bucketName} is not created by this stack; its event notification to ` +
            `${target.name} must be configured on the bucket (the invoke permission is in the stack)`);
        return;
    }
    const name = es.source ?? key;
    const bucketName = core_1.Fn.sub(`${context.names.name('s3', name)}-\${AWS::AccountId}`);
    const bucketArn = core_1.Fn.sub(`arn:\${AWS::Partition}:s3:::${context.names.name('s3', name)}-\${AWS::AccountId}`);
    const permission = (0, permission_1.allowInvoke)(context, context.ids.of(key, 'InvokePermission'), target, 's3.amazonaws.com', bucketArn, origin('permission'), core_1.Fn.ref('AWS::AccountId'));
    const filter = keyFilter(es.filter_prefix, es.filter_suffix);
    const notifications = (es.events ?? exports.DEFAULT_S3_EVENTS).map((event) => ({
        event,
        function: target.invokeArn,
        ...(filter && { filter }),
    }));
    // Several sources may share one bucket (say, one function per prefix): one bucket, all
    // their notifications, waiting for all their permissions.
    const shared = context.buckets.get(name);
    if (shared) {
        shared.notifications.push(...notifications);
        shared.bucket.addResourceDependency(permission);
        return;
    }
    const all = [...notifications];
    const bucket = new aws_s3_1.CfnBucket(context.stack, context.ids.of(name, 'Bucket'), {
        bucketName,
        bucketEncryption: {
            serverSideEncryptionConfiguration: [
                { serverSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
            ],
        },
        publicAccessBlockConfiguration: {
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
        },
        ownershipControls: { rules: [{ objectOwnership: 'BucketOwnerEnforced' }] },
        notificationConfiguration: { lambdaConfigurations: core_1.Lazy.any({ produce: () => all }) },
    });
    bucket.addResourceDependency(permission);
    (0, context_1.applyRemovalPolicy)(context, bucket);
    (0, context_1.markOrigin)(bucket, origin('bucket'));
    context.buckets.set(name, { bucket, notifications: all });
    const policy = new aws_s3_1.CfnBucketPolicy(context.stack, context.ids.of(name, 'BucketPolicy'), {
        bucket: bucket.ref,
        policyDocument: {
            Version: '2012-10-17',
            Statement: [(0, iam_1.denyInsecureTransport)([bucket.attrArn, core_1.Fn.join('', [bucket.attrArn, '/*'])])],
        },
    });
    (0, context_1.markOrigin)(policy, origin('bucket-policy'));
    // By name, not Ref: a function that reads the bucket it is notified by would otherwise
    // close a cycle (bucket -> permission -> function -> bucket).
    (0, registry_1.registerMessaging)(context, 's3', [key, name], {
        arn: bucketArn,
        address: bucketName,
        created: true,
    });
}


/***/ }),

/***/ 59472:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SNS_MANAGED_KEY = void 0;
exports.addSnsSource = addSnsSource;
// SNS: a topic (created, or an existing ARN), the function's subscription with its own
// dead-letter queue, and the permission for SNS to invoke the function.
const aws_sns_1 = __webpack_require__(44114);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
const permission_1 = __webpack_require__(18079);
const queues_1 = __webpack_require__(70284);
const registry_1 = __webpack_require__(64643);
/** SNS's AWS-managed key: encryption at rest at no key cost. */
exports.SNS_MANAGED_KEY = 'alias/aws/sns';
function addSnsSource(context, key, es, target) {
    const path = `event_source_config.${key}`;
    const origin = (kind) => ({ kind, key, path });
    let topicArn;
    if ((0, context_1.isArn)(es.source)) {
        topicArn = es.source;
        (0, registry_1.registerMessaging)(context, 'sns', [key], { arn: topicArn, address: topicArn, created: false });
    }
    else {
        const name = es.source ?? key;
        const existing = context.messaging.get(`sns:${name}`);
        if (existing) {
            topicArn = existing.arn;
        }
        else {
            const topic = new aws_sns_1.CfnTopic(context.stack, context.ids.of(name, 'Topic'), {
                topicName: context.names.name('sns', name),
                kmsMasterKeyId: exports.SNS_MANAGED_KEY,
            });
            (0, context_1.markOrigin)(topic, origin('topic'));
            const policy = new aws_sns_1.CfnTopicPolicy(context.stack, context.ids.of(name, 'TopicPolicy'), {
                topics: [topic.ref],
                policyDocument: { Version: '2012-10-17', Statement: [(0, iam_1.denyInsecureTransport)([topic.ref])] },
            });
            (0, context_1.markOrigin)(policy, origin('topic-policy'));
            topicArn = topic.ref;
            (0, registry_1.registerMessaging)(context, 'sns', [key, name], {
                arn: topicArn,
                address: topicArn,
                created: true,
            });
        }
    }
    const dlq = (0, queues_1.addDeadLetterQueue)(context, key, path, 'SubscriptionDlq');
    (0, queues_1.addQueuePolicy)(context, context.ids.of(key, 'SubscriptionDlqPolicy'), [dlq], origin('queue-policy'), [(0, queues_1.allowServiceToSend)('sns.amazonaws.com', dlq, topicArn)]);
    const permission = (0, permission_1.allowInvoke)(context, context.ids.of(key, 'InvokePermission'), target, 'sns.amazonaws.com', topicArn, origin('permission'));
    const subscription = new aws_sns_1.CfnSubscription(context.scopeOf(target.key), context.ids.of(key, 'Subscription'), {
        protocol: 'lambda',
        endpoint: target.invokeArn,
        topicArn,
        redrivePolicy: { deadLetterTargetArn: dlq.attrArn },
    });
    subscription.addResourceDependency(permission);
    (0, context_1.markOrigin)(subscription, origin('subscription'));
}


/***/ }),

/***/ 28560:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SQS_POLL_ACTIONS = void 0;
exports.defaultVisibilityTimeout = defaultVisibilityTimeout;
exports.addSqsSource = addSqsSource;
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
const queues_1 = __webpack_require__(70284);
const mapping_1 = __webpack_require__(67696);
const registry_1 = __webpack_require__(64643);
/**
 * What Lambda's poller needs on a queue (AWSLambdaSQSQueueExecutionRole): receive, delete,
 * and the attributes it reads when the mapping is created. An existing queue gets exactly these.
 */
exports.SQS_POLL_ACTIONS = [
    'sqs:ReceiveMessage',
    'sqs:DeleteMessage',
    'sqs:GetQueueAttributes',
];
/** A queue's visibility timeout must cover the function's timeout; AWS advises six times it. */
function defaultVisibilityTimeout(functionTimeout) {
    return Math.min(43_200, Math.max(30, functionTimeout * 6));
}
function addSqsSource(context, key, es, target) {
    const path = `event_source_config.${key}`;
    let arn;
    if ((0, context_1.isArn)(es.source)) {
        arn = es.source;
        (0, registry_1.registerMessaging)(context, 'sqs', [key], {
            arn,
            address: (0, registry_1.queueUrlFromArn)(arn),
            created: false,
        });
        target.statements.push((0, iam_1.allow)(exports.SQS_POLL_ACTIONS, arn));
        (0, mapping_1.addQueueMapping)(context, key, es, target, arn);
        return;
    }
    else {
        const name = es.source ?? key;
        const existing = context.messaging.get(`sqs:${name}`);
        if (existing) {
            arn = existing.arn;
        }
        else {
            const dlq = (0, queues_1.addDeadLetterQueue)(context, name, path);
            const queue = (0, queues_1.addQueue)(context, {
                id: context.ids.of(name, 'Queue'),
                name: context.names.name('sqs', name),
                origin: { kind: 'queue', key, path },
                visibilityTimeout: es.visibility_timeout_seconds ?? defaultVisibilityTimeout(target.timeoutSeconds),
                messageRetention: es.message_retention_seconds,
                // The seed's maximum_retry_attempts on an SQS source: receives before the DLQ.
                deadLetter: { queue: dlq, maxReceiveCount: Math.max(1, es.maximum_retry_attempts ?? 3) },
                isDeadLetter: false,
            });
            (0, queues_1.addQueuePolicy)(context, context.ids.of(name, 'QueuePolicy'), [queue, dlq], {
                kind: 'queue-policy',
                key,
                path,
            });
            context.sourceQueues.set(queue.node.id, { key, name: context.names.name('sqs', name) });
            arn = queue.attrArn;
            (0, registry_1.registerMessaging)(context, 'sqs', [key, name], { arn, address: queue.ref, created: true });
        }
    }
    target.statements.push((0, iam_1.allow)((0, iam_1.accessActions)('sqs', 'read'), arn));
    (0, mapping_1.addQueueMapping)(context, key, es, target, arn);
}


/***/ }),

/***/ 31220:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addFunction = addFunction;
// One Lambda function per lambda_config entry: its own role (least privilege, rendered
// after every builder has added what it needs), its own log group with a retention (not the
// `logRetention` prop, which adds a custom resource), and deterministic names.
const core_1 = __webpack_require__(19080);
const aws_iam_1 = __webpack_require__(28785);
const aws_lambda_1 = __webpack_require__(94389);
const aws_logs_1 = __webpack_require__(14337);
const code_1 = __webpack_require__(72929);
const layer_1 = __webpack_require__(35995);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
const optional_1 = __webpack_require__(33292);
const versions_1 = __webpack_require__(92193);
async function addFunction(context, key, fn) {
    const { ids, names } = context;
    const stack = context.scopeOf(key);
    const name = names.name('lambda', key);
    const origin = (kind) => ({ kind, key, path: `lambda_config.${key}` });
    const logGroup = new aws_logs_1.CfnLogGroup(stack, ids.of(key, 'LogGroup'), {
        logGroupName: `/aws/lambda/${name}`,
        retentionInDays: (0, context_1.logRetentionDays)(context, fn.log_retention_in_days),
    });
    (0, context_1.applyRemovalPolicy)(context, logGroup);
    (0, context_1.markOrigin)(logGroup, origin('log-group'));
    const statements = [(0, iam_1.logsStatement)(logGroup.attrArn)];
    if (fn.tracing_config === 'Active')
        statements.push(iam_1.XRAY_STATEMENT);
    if (fn.vpc_config)
        statements.push(iam_1.VPC_STATEMENT);
    const role = new aws_iam_1.CfnRole(stack, ids.of(key, 'Role'), {
        description: `Execution role of ${name}`,
        assumeRolePolicyDocument: (0, iam_1.assumedBy)('lambda.amazonaws.com'),
        policies: core_1.Lazy.any({
            produce: () => [
                {
                    policyName: 'least-privilege',
                    policyDocument: { Version: '2012-10-17', Statement: (0, iam_1.mergeStatements)(statements) },
                },
            ],
        }),
    });
    (0, context_1.markOrigin)(role, origin('role'));
    // The config's variables first; access entries add theirs later (see access.ts).
    const environment = { ...(fn.environment ?? {}) };
    const code = await (0, code_1.functionCode)(context, key, fn);
    const props = {
        functionName: name,
        runtime: fn.runtime,
        handler: fn.handler,
        memorySize: fn.memory_size,
        timeout: fn.timeout,
        role: role.attrArn,
        code: { s3Bucket: code.S3Bucket, s3Key: code.S3Key },
        architectures: fn.architectures ?? ['x86_64'],
        environment: core_1.Lazy.any({
            produce: () => (Object.keys(environment).length > 0 ? { variables: environment } : undefined),
        }),
        loggingConfig: { logGroup: logGroup.ref },
        ...(0, optional_1.optional)({
            description: fn.description,
            vpcConfig: fn.vpc_config
                ? {
                    subnetIds: fn.vpc_config.subnet_ids,
                    securityGroupIds: fn.vpc_config.security_group_ids,
                }
                : undefined,
            tracingConfig: fn.tracing_config ? { mode: fn.tracing_config } : undefined,
            layers: fn.layers && fn.layers.length > 0
                ? fn.layers.map((entry, i) => (0, layer_1.layerVersionArn)(context, key, fn, entry, i))
                : undefined,
            // -1 is the seed's "unreserved": the property is left out.
            reservedConcurrentExecutions: fn.reserved_concurrent_executions >= 0 ? fn.reserved_concurrent_executions : undefined,
        }),
    };
    const lambda = new aws_lambda_1.CfnFunction(stack, ids.of(key, 'Function'), props);
    // LoggingConfig's Ref makes the log group exist before the function (and its first
    // invocation), so Lambda never creates one without retention.
    (0, context_1.markOrigin)(lambda, origin('function'));
    // Every invoke goes through the `live` alias (versions.ts).
    const { version, alias } = (0, versions_1.addVersionAndAlias)(context, key, fn, lambda, props);
    const handle = {
        key,
        name,
        function: lambda,
        role,
        invokeArn: alias.ref,
        version,
        alias,
        timeoutSeconds: fn.timeout,
        statements,
        environment,
    };
    context.functions.set(key, handle);
    return handle;
}


/***/ }),

/***/ 48275:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VPC_STATEMENT = exports.XRAY_STATEMENT = exports.ACCESS_ACTIONS = void 0;
exports.accessActions = accessActions;
exports.accessEnvironmentName = accessEnvironmentName;
exports.allow = allow;
exports.logsStatement = logsStatement;
exports.assumedBy = assumedBy;
exports.denyInsecureTransport = denyInsecureTransport;
exports.mergeStatements = mergeStatements;
/** The IAM actions of each access level (README "Access to tables, queues and topics"). */
exports.ACCESS_ACTIONS = {
    dynamodb: {
        read: [
            'dynamodb:GetItem',
            'dynamodb:BatchGetItem',
            'dynamodb:Query',
            'dynamodb:Scan',
            'dynamodb:ConditionCheckItem',
            'dynamodb:DescribeTable',
        ],
        write: [
            'dynamodb:PutItem',
            'dynamodb:UpdateItem',
            'dynamodb:DeleteItem',
            'dynamodb:BatchWriteItem',
        ],
    },
    sqs: {
        read: [
            'sqs:ReceiveMessage',
            'sqs:DeleteMessage',
            'sqs:GetQueueAttributes',
            'sqs:ChangeMessageVisibility',
        ],
        write: ['sqs:SendMessage'],
    },
    // SNS has nothing to read from a function; read grants nothing beyond what write does.
    sns: { read: [], write: ['sns:Publish'] },
    s3: { read: ['s3:GetObject', 's3:ListBucket'], write: ['s3:PutObject', 's3:DeleteObject'] },
};
/** Actions for one access level, in a stable order. */
function accessActions(service, level) {
    const actions = exports.ACCESS_ACTIONS[service];
    if (level === 'read')
        return [...actions.read];
    if (level === 'write')
        return [...actions.write];
    return [...actions.read, ...actions.write];
}
/** Environment variable name of an access entry: `TABLE_<KEY>`, KEY upper-cased, non-alphanumerics to `_`. */
function accessEnvironmentName(service, key) {
    const prefix = { dynamodb: 'TABLE', sqs: 'QUEUE_URL', sns: 'TOPIC_ARN', s3: 'BUCKET' }[service];
    return `${prefix}_${key.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
function allow(actions, resource) {
    return { Effect: 'Allow', Action: [...actions], Resource: resource };
}
/** Writing to its own log group; nothing else in CloudWatch Logs. */
function logsStatement(logGroupArn) {
    return allow(['logs:CreateLogStream', 'logs:PutLogEvents'], logGroupArn);
}
/** X-Ray only when tracing is Active (these actions do not support resource-level scoping). */
exports.XRAY_STATEMENT = allow(['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], '*');
/** What Lambda needs to attach a function to a VPC (AWSLambdaVPCAccessExecutionRole's actions). */
exports.VPC_STATEMENT = allow([
    'ec2:CreateNetworkInterface',
    'ec2:DescribeNetworkInterfaces',
    'ec2:DescribeSubnets',
    'ec2:DeleteNetworkInterface',
    'ec2:AssignPrivateIpAddresses',
    'ec2:UnassignPrivateIpAddresses',
], '*');
/** Trust policy for a service role. */
function assumedBy(service) {
    return {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
    };
}
/** Deny any request to `resources` that does not use TLS (bucket, queue and topic policies). */
function denyInsecureTransport(resources) {
    return {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: '*',
        Resource: resources,
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
}
/** Merges statements with the same effect and resource, so a role's policy stays short. */
function mergeStatements(statements) {
    const merged = new Map();
    for (const statement of statements) {
        if (statement.Condition || statement.Principal || statement.Sid) {
            merged.set(JSON.stringify(statement), {
                actions: new Set(toList(statement.Action)),
                statement,
            });
            continue;
        }
        const key = `${statement.Effect}|${JSON.stringify(statement.Resource)}`;
        const entry = merged.get(key);
        if (entry)
            toList(statement.Action).forEach((a) => entry.actions.add(a));
        else
            merged.set(key, { actions: new Set(toList(statement.Action)), statement });
    }
    return [...merged.values()].map(({ actions, statement }) => ({
        ...statement,
        Action: [...actions],
    }));
}
function toList(action) {
    return Array.isArray(action) ? action : [action];
}


/***/ }),

/***/ 30790:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.APP_CONTEXT = exports.isEphemeralEnvironment = exports.originsOf = void 0;
exports.newApp = newApp;
exports.synthesize = synthesize;
exports.clearOutDir = clearOutDir;
// synthesize(): a loaded config -> a CDK cloud assembly on disk, in-process, with no CDK
// CLI and no bootstrap stack. Template, asset manifest and staged code land in outDir.
//
// Everything in synth/ imports aws-cdk-lib's core by submodule ('aws-cdk-lib/core', never
// the root 'aws-cdk-lib', whose index names every service: the ncc bundle would carry, and
// every deploy parse, all ~57 MB of it), and L1 classes from their generated modules
// (l1/README.md): the synth chunk is 6.9 MB, read and compiled in ~70 ms.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const core_1 = __webpack_require__(19080);
const bundle_1 = __webpack_require__(92745);
const stack_size_1 = __webpack_require__(64046);
const errors_1 = __webpack_require__(83916);
const app_1 = __webpack_require__(75145);
const origins_1 = __webpack_require__(74729);
const templates_1 = __webpack_require__(66837);
const ephemeral_1 = __webpack_require__(11665);
const limits_1 = __webpack_require__(50040);
const types_1 = __webpack_require__(18927);
var origins_2 = __webpack_require__(74729);
Object.defineProperty(exports, "originsOf", ({ enumerable: true, get: function () { return origins_2.originsOf; } }));
var ephemeral_2 = __webpack_require__(11665);
Object.defineProperty(exports, "isEphemeralEnvironment", ({ enumerable: true, get: function () { return ephemeral_2.isEphemeralEnvironment; } }));
/** App context that keeps the assembly free of CDK noise and synthesis fast. */
exports.APP_CONTEXT = {
    // Stack traces on every construct cost ~30% of synthesis time and only feed CDK's own errors.
    'aws:cdk:disable-stack-trace': true,
    'aws:cdk:disable-creation-stack-traces': true,
    'aws:cdk:version-reporting': false,
    'aws:cdk:enable-path-metadata': false,
    'aws:cdk:enable-asset-metadata': false,
    // Our own check (below) says what to do about it; CDK's only says that it happened.
    '@aws-cdk/core:stackResourceLimit': 0,
};
/** The CDK app every synth builds in: writes into outDir, with APP_CONTEXT. */
function newApp(outDir) {
    return new core_1.App({
        outdir: outDir,
        analyticsReporting: false,
        treeMetadata: false,
        // The CDK_VALIDATION=false equivalent: CDK's built-in template validation costs 1-2 s
        // per synth, and our review (cdk-nag, cfn-lint in tests) does that job.
        builtinCloudFormationValidation: false,
        context: { ...exports.APP_CONTEXT },
    });
}
async function synthesize(loaded, options) {
    const outDir = (0, node_path_1.resolve)(options.outDir);
    clearOutDir(outDir);
    // CDK caches staged assets per process and would not copy them into a fresh outDir again.
    core_1.AssetStaging.clearAssetHashCache();
    (0, node_fs_1.mkdirSync)(outDir, { recursive: true });
    const ephemeral = options.ephemeral ??
        loaded.composition?.ephemeral ??
        (0, ephemeral_1.isEphemeralEnvironment)(loaded.config.environment);
    const bundler = options.bundler ?? new bundle_1.Bundler();
    const build = async (nested) => {
        const app = newApp(outDir);
        const built = await (0, app_1.buildStack)(app, loaded, {
            outDir,
            ephemeral,
            bundler,
            nested,
            ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
        });
        // Counted before the assembly is written: a stack CloudFormation would refuse never gets one.
        const overfull = (0, limits_1.resourcesByStack)(built.stack).find((s) => s.count > types_1.MAX_STACK_RESOURCES);
        return { app, ...built, nested, overfull };
    };
    // A config that cannot fit one stack is built nested at once; one near the limit is built
    // flat, counted, and built again nested only if it does not fit (bundles are reused).
    let built = await build((0, stack_size_1.minimumResources)(loaded.config) > types_1.MAX_STACK_RESOURCES);
    if (!built.nested && built.overfull)
        built = await build(true);
    const { app, stack, context, tags, overfull } = built;
    if (overfull)
        throw (0, limits_1.tooManyResources)(overfull.types, overfull.name);
    app.synth();
    const templateFile = (0, node_path_1.join)(outDir, stack.templateFile);
    const template = JSON.parse((0, node_fs_1.readFileSync)(templateFile, 'utf8'));
    const nested = (0, limits_1.nestedTemplates)(stack, outDir);
    const templates = (0, templates_1.templatesOf)({ template, nested });
    for (const t of templates)
        (0, limits_1.checkTemplateLimits)(t.nestedStack ?? stack.stackName, t.template);
    const resourceCount = templates.reduce((sum, t) => sum + Object.keys(t.template.Resources).length, 0);
    const assetManifestFile = (0, node_path_1.join)(outDir, `${stack.artifactId}.assets.json`);
    if (!(0, node_fs_1.existsSync)(assetManifestFile)) {
        throw new errors_1.ServerlessActionError(`synthesis wrote no asset manifest at ${assetManifestFile}`, 'SYNTH_FAILED');
    }
    const synthesized = {
        stackName: stack.stackName,
        outDir,
        templateFile,
        assetManifestFile,
        template,
        nested,
        resourceCount,
        tags,
        origins: (0, origins_1.originsOfTree)({ template, nested }),
        loaded,
        warnings: context.warnings,
    };
    // Review's cdk-nag rules read the constructs themselves; hidden from JSON and spreads.
    Object.defineProperty(synthesized, 'tree', { value: stack, enumerable: false });
    return synthesized;
}
/**
 * Empties the assembly directory of the last synth. Anything else is refused: `--out .` or
 * a typo must never delete a project.
 */
function clearOutDir(outDir) {
    if (!(0, node_fs_1.existsSync)(outDir))
        return;
    const entries = (0, node_fs_1.readdirSync)(outDir);
    const isAssembly = entries.includes('manifest.json') || entries.includes('cdk.out');
    if (entries.length > 0 && !isAssembly) {
        throw new errors_1.ServerlessActionError(`${outDir} is not empty and holds no cloud assembly; synth replaces the contents of --out`, 'SYNTH_OUT_DIR', 'Choose a new or empty directory for --out (default cdk.out).');
    }
    (0, node_fs_1.rmSync)(outDir, { recursive: true, force: true });
}


/***/ }),

/***/ 39956:
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
// aws-apigateway's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(58176), exports);


/***/ }),

/***/ 58720:
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
// aws-apigatewayv2's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(21380), exports);


/***/ }),

/***/ 91540:
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
// aws-applicationautoscaling's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(23400), exports);


/***/ }),

/***/ 23054:
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
// aws-budgets's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(19358), exports);


/***/ }),

/***/ 91418:
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
// aws-cloudwatch's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(99892), exports);


/***/ }),

/***/ 61504:
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
// aws-codedeploy's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(78376), exports);


/***/ }),

/***/ 26994:
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
// aws-dynamodb's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(24712), exports);


/***/ }),

/***/ 74255:
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
// aws-events's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(96522), exports);


/***/ }),

/***/ 28785:
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
// aws-iam's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(36426), exports);


/***/ }),

/***/ 7066:
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
// aws-kinesis's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(89818), exports);


/***/ }),

/***/ 94389:
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
// aws-lambda's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(41858), exports);


/***/ }),

/***/ 14337:
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
// aws-logs's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(43938), exports);


/***/ }),

/***/ 72576:
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
// aws-s3's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(61548), exports);


/***/ }),

/***/ 44114:
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
// aws-sns's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(25806), exports);


/***/ }),

/***/ 49777:
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
// aws-sqs's L1 classes alone; why synth reaches past the package's exports: ./README.md
__exportStar(__webpack_require__(22186), exports);


/***/ }),

/***/ 35995:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.layerVersionArn = layerVersionArn;
// `layers` entries that are directories (relative to the config file) become layer versions
// of this stack, shared by every function that names the same directory. A Python layer's
// requirements.txt is installed under `python/`, where Lambda's Python runtimes look.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const aws_lambda_1 = __webpack_require__(94389);
const code_sources_1 = __webpack_require__(59706);
const code_1 = __webpack_require__(72929);
const context_1 = __webpack_require__(24081);
const names_1 = __webpack_require__(3658);
/** Lambda's rule for layer names (PublishLayerVersion). */
const LAYER_NAME = { maxLength: 140, invalid: /[^A-Za-z0-9_-]/g };
/** The layer version ARN for one `layers` entry: the entry itself when it is an ARN. */
function layerVersionArn(context, functionKey, fn, entry, index) {
    if (entry.startsWith('arn:'))
        return entry;
    const where = ['lambda_config', functionKey, 'layers', index];
    // The config's one path rule: relative to the config file, and held to the repository.
    const directory = (0, code_sources_1.codeSourcePath)(context.loaded.dir, functionKey, entry);
    let isDirectory;
    try {
        isDirectory = (0, node_fs_1.statSync)(directory).isDirectory();
    }
    catch {
        isDirectory = false;
    }
    if (!isDirectory) {
        throw (0, context_1.configProblem)(context, where, `layer ${entry} is not a directory (relative to the config file)`, 'Give a layer version ARN, or a directory whose contents become the layer (python/..., nodejs/node_modules/...).');
    }
    const shown = (0, node_path_1.relative)(context.loaded.dir, directory) || '.';
    const id = `Layer${(0, names_1.pascalCase)(shown)}${(0, names_1.shortHash)(shown).toUpperCase()}`;
    const existing = context.stack.node.tryFindChild(id);
    if (existing instanceof aws_lambda_1.CfnLayerVersion)
        return existing.ref;
    const python = (0, code_1.pythonWithDependencies)(context, fn, directory, where, 'python');
    const code = (0, code_1.stageDirectory)(context.stack, `${id}Code`, python ?? directory, python === undefined ? undefined : () => (0, node_fs_1.rmSync)(python, { recursive: true }));
    const layer = new aws_lambda_1.CfnLayerVersion(context.stack, id, {
        layerName: (0, names_1.fitName)(`${context.names.prefix}-${shown}`, LAYER_NAME),
        description: `${shown} (serverless-action)`,
        content: { s3Bucket: code.S3Bucket, s3Key: code.S3Key },
        compatibleRuntimes: [fn.runtime],
        compatibleArchitectures: fn.architectures ?? ['x86_64'],
    });
    (0, context_1.markOrigin)(layer, {
        kind: 'layer',
        key: functionKey,
        path: `lambda_config.${functionKey}.layers`,
    });
    return layer.ref;
}


/***/ }),

/***/ 50040:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resourcesByStack = resourcesByStack;
exports.nestedTemplates = nestedTemplates;
exports.checkTemplateLimits = checkTemplateLimits;
exports.tooManyResources = tooManyResources;
// CloudFormation's limits on one template, checked on the constructs before the assembly is
// written (resources) and on every written template (parameters, outputs, size), so a stack
// CloudFormation would refuse never reaches it. Also reads back the nested stacks' templates.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const core_1 = __webpack_require__(19080);
const errors_1 = __webpack_require__(83916);
const types_1 = __webpack_require__(18927);
/** Resources per template: the stack's own (nested stack resources included) and each nested stack's. */
function resourcesByStack(stack) {
    const byStack = new Map();
    for (const construct of stack.node.findAll()) {
        if (!core_1.CfnResource.isCfnResource(construct))
            continue;
        const owner = core_1.Stack.of(construct);
        const types = byStack.get(owner) ?? [];
        types.push(construct.cfnResourceType);
        byStack.set(owner, types);
    }
    return [...byStack.entries()].map(([owner, types]) => ({
        name: owner === stack ? stack.stackName : owner.node.id,
        count: types.length,
        types,
    }));
}
function nestedStacksOf(stack) {
    return stack.node.findAll().filter((c) => core_1.NestedStack.isNestedStack(c));
}
/** The nested stacks' templates as synthesis wrote them into outDir, by parent logical id. */
function nestedTemplates(stack, outDir) {
    return nestedStacksOf(stack)
        .map((nested) => {
        const templateFile = (0, node_path_1.join)(outDir, nested.templateFile);
        return {
            logicalId: stack.resolve(nested.nestedStackResource.logicalId),
            templateFile,
            template: JSON.parse((0, node_fs_1.readFileSync)(templateFile, 'utf8')),
        };
    })
        .sort((a, b) => a.logicalId.localeCompare(b.logicalId));
}
/** Refuses a written template CloudFormation would refuse: too many parameters or outputs, too big. */
function checkTemplateLimits(name, template) {
    const limits = [
        ['parameters', Object.keys(template.Parameters ?? {}).length, types_1.MAX_TEMPLATE_PARAMETERS],
        ['outputs', Object.keys(template.Outputs ?? {}).length, types_1.MAX_TEMPLATE_OUTPUTS],
        ['bytes', Buffer.byteLength(JSON.stringify(template)), types_1.MAX_TEMPLATE_BYTES],
    ];
    for (const [what, count, limit] of limits) {
        if (count > limit) {
            throw new errors_1.ServerlessActionError(`the template of ${name} would have ${count} ${what}; CloudFormation allows ${limit}`, 'STACK_TOO_LARGE', 'Split the config into two projects, or have fewer functions reach the same tables, queues and routes.');
        }
    }
}
function tooManyResources(types, name) {
    const count = types.length;
    const byType = new Map();
    for (const type of types)
        byType.set(type, (byType.get(type) ?? 0) + 1);
    const top = [...byType.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([type, n]) => `${n} ${type}`)
        .join(', ');
    return new errors_1.ServerlessActionError(`${name} would have ${count} resources; CloudFormation allows ${types_1.MAX_STACK_RESOURCES} in one stack (largest: ${top})`, 'STACK_TOO_LARGE', `Remove ${count - types_1.MAX_STACK_RESOURCES} or more resources: split the config into two projects, ` +
        'or turn off per-resource alarms with monitoring.alarms_enabled: false. Functions are ' +
        'already spread over nested stacks; tables, the API and shared sources stay in the parent.');
}


/***/ }),

/***/ 28362:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.API_LATENCY_THRESHOLD_MS = exports.QUEUE_AGE_THRESHOLD_S = exports.ITERATOR_AGE_THRESHOLD_MS = exports.DURATION_ALARM_RATIO = void 0;
exports.addMonitoring = addMonitoring;
exports.alarmSpecs = alarmSpecs;
// Seed "Monitoreo": alarms on what breaks first in a serverless stack, all sending to one
// SNS topic (with optional e-mail subscriptions), and an optional monthly cost budget that
// notifies the same topic.
const core_1 = __webpack_require__(19080);
const aws_budgets_1 = __webpack_require__(23054);
const aws_cloudwatch_1 = __webpack_require__(91418);
const aws_sns_1 = __webpack_require__(44114);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
/** Duration alarms fire at this share of the function's timeout. */
exports.DURATION_ALARM_RATIO = 0.8;
/** Stream consumers more than this far behind (ms) alarm. */
exports.ITERATOR_AGE_THRESHOLD_MS = 60_000;
/** Event-source queues whose oldest message is older than this (s) alarm. */
exports.QUEUE_AGE_THRESHOLD_S = 900;
/** API latency (p99, ms) above which the API alarms; API Gateway gives up at 29-30 s. */
exports.API_LATENCY_THRESHOLD_MS = 5_000;
function addMonitoring(context, api) {
    const monitoring = context.config.monitoring;
    const alarmsEnabled = monitoring?.alarms_enabled ?? true;
    const budget = monitoring?.budget_limit_usd;
    if (!alarmsEnabled && budget === undefined)
        return;
    const topic = addAlarmTopic(context);
    if (alarmsEnabled) {
        for (const spec of alarmSpecs(context, api)) {
            const alarm = addAlarm(context, spec, topic.ref);
            if (spec.reference !== undefined)
                context.alarms.set(spec.reference, alarm);
        }
    }
    if (budget !== undefined)
        addBudget(context, budget, topic.ref);
}
function addAlarmTopic(context) {
    const origin = { kind: 'alarm-topic', key: 'monitoring', path: 'monitoring' };
    // Not KMS-encrypted: CloudWatch alarms and Budgets cannot publish to a topic encrypted with
    // the AWS-managed SNS key, and a customer key costs more than the alarms are worth here.
    const topic = new aws_sns_1.CfnTopic(context.stack, 'AlarmTopic', {
        topicName: context.names.name('sns', 'alarms'),
        displayName: `${context.names.prefix} alarms`,
    });
    (0, context_1.markOrigin)(topic, origin);
    const policy = new aws_sns_1.CfnTopicPolicy(context.stack, 'AlarmTopicPolicy', {
        topics: [topic.ref],
        policyDocument: {
            Version: '2012-10-17',
            Statement: [
                (0, iam_1.denyInsecureTransport)([topic.ref]),
                {
                    Sid: 'AllowBudgets',
                    Effect: 'Allow',
                    Principal: { Service: 'budgets.amazonaws.com' },
                    Action: 'sns:Publish',
                    Resource: topic.ref,
                    Condition: { StringEquals: { 'aws:SourceAccount': core_1.Fn.ref('AWS::AccountId') } },
                },
            ],
        },
    });
    (0, context_1.markOrigin)(policy, { ...origin, kind: 'topic-policy' });
    (context.config.monitoring?.alarm_email_addresses ?? []).forEach((address, index) => {
        const subscription = new aws_sns_1.CfnSubscription(context.stack, `AlarmEmail${index + 1}`, {
            protocol: 'email',
            endpoint: address,
            topicArn: topic.ref,
        });
        (0, context_1.markOrigin)(subscription, { ...origin, kind: 'subscription' });
    });
    return topic;
}
/** Every alarm the config calls for; pure apart from reading the handles. */
function alarmSpecs(context, api) {
    const { names, ids } = context;
    const specs = [];
    for (const fn of context.functions.values()) {
        const origin = { kind: 'alarm', key: fn.key, path: `lambda_config.${fn.key}` };
        const base = {
            namespace: 'AWS/Lambda',
            dimensions: { FunctionName: fn.name },
            origin,
            functionKey: fn.key,
        };
        specs.push({
            ...base,
            id: ids.of(fn.key, 'ErrorsAlarm'),
            reference: `${fn.key}:errors`,
            name: names.name('alarm', fn.key, 'errors'),
            description: `${fn.name} reported errors`,
            metric: 'Errors',
            statistic: 'Sum',
            threshold: 1,
        }, {
            ...base,
            id: ids.of(fn.key, 'ThrottlesAlarm'),
            reference: `${fn.key}:throttles`,
            name: names.name('alarm', fn.key, 'throttles'),
            description: `${fn.name} was throttled`,
            metric: 'Throttles',
            statistic: 'Sum',
            threshold: 1,
        }, {
            ...base,
            id: ids.of(fn.key, 'DurationAlarm'),
            reference: `${fn.key}:duration`,
            name: names.name('alarm', fn.key, 'duration'),
            description: `${fn.name} ran above ${exports.DURATION_ALARM_RATIO * 100}% of its ${fn.timeoutSeconds} s timeout`,
            metric: 'Duration',
            statistic: 'Maximum',
            threshold: Math.round(fn.timeoutSeconds * 1000 * exports.DURATION_ALARM_RATIO),
        });
    }
    for (const [sourceKey, fnKey] of context.streamConsumers) {
        const fn = context.functions.get(fnKey);
        specs.push({
            id: ids.of(sourceKey, 'IteratorAgeAlarm'),
            name: names.name('alarm', sourceKey, 'iterator-age'),
            description: `${fn.name} is more than ${exports.ITERATOR_AGE_THRESHOLD_MS / 1000} s behind its stream`,
            namespace: 'AWS/Lambda',
            metric: 'IteratorAge',
            dimensions: { FunctionName: fn.name },
            statistic: 'Maximum',
            threshold: exports.ITERATOR_AGE_THRESHOLD_MS,
            origin: { kind: 'alarm', key: sourceKey, path: `event_source_config.${sourceKey}` },
        });
    }
    for (const [logicalId, queue] of context.sourceQueues) {
        specs.push({
            id: `${logicalId}AgeAlarm`,
            name: names.name('alarm', queue.key, 'queue-age'),
            description: `${queue.name} holds a message older than ${exports.QUEUE_AGE_THRESHOLD_S} s`,
            namespace: 'AWS/SQS',
            metric: 'ApproximateAgeOfOldestMessage',
            dimensions: { QueueName: queue.name },
            statistic: 'Maximum',
            threshold: exports.QUEUE_AGE_THRESHOLD_S,
            origin: { kind: 'alarm', key: queue.key, path: `event_source_config.${queue.key}` },
        });
    }
    for (const [logicalId, queue] of context.deadLetterQueues) {
        specs.push({
            id: `${logicalId}DepthAlarm`,
            name: fitAlarmName(context, `${queue.name}-depth`),
            description: `${queue.name} holds failed messages`,
            namespace: 'AWS/SQS',
            metric: 'ApproximateNumberOfMessagesVisible',
            dimensions: { QueueName: queue.name },
            statistic: 'Maximum',
            threshold: 1,
            origin: { kind: 'alarm', key: queue.key, path: `event_source_config.${queue.key}` },
        });
    }
    for (const table of context.tables.values()) {
        for (const kind of ['Read', 'Write']) {
            specs.push({
                id: ids.of(table.key, `${kind}ThrottleAlarm`),
                name: names.name('alarm', table.key, `${kind.toLowerCase()}-throttles`),
                description: `${table.name}: ${kind.toLowerCase()} requests throttled`,
                namespace: 'AWS/DynamoDB',
                metric: `${kind}ThrottleEvents`,
                dimensions: { TableName: table.name },
                statistic: 'Sum',
                threshold: 1,
                origin: { kind: 'alarm', key: table.key, path: `dynamodb_config.${table.key}` },
            });
        }
    }
    if (api)
        specs.push(...apiAlarmSpecs(context, api));
    return specs;
}
function apiAlarmSpecs(context, api) {
    const origin = { kind: 'alarm', key: 'api', path: 'api_gateway_config' };
    const errorMetric = api.type === 'REST' ? '5XXError' : api.type === 'HTTP' ? '5xx' : 'IntegrationError';
    const specs = [
        {
            id: 'Api5xxAlarm',
            reference: 'api:5xx',
            name: context.names.name('alarm', 'api', '5xx'),
            description: 'The API answered with server errors',
            namespace: api.metrics.namespace,
            metric: errorMetric,
            dimensions: api.metrics.dimensions,
            statistic: 'Sum',
            threshold: 1,
            origin,
        },
    ];
    if (api.type !== 'WEBSOCKET') {
        specs.push({
            id: 'ApiLatencyAlarm',
            reference: 'api:latency',
            name: context.names.name('alarm', 'api', 'latency'),
            description: `API p99 latency above ${exports.API_LATENCY_THRESHOLD_MS} ms`,
            namespace: api.metrics.namespace,
            metric: 'Latency',
            dimensions: api.metrics.dimensions,
            extendedStatistic: 'p99',
            threshold: exports.API_LATENCY_THRESHOLD_MS,
            origin,
        });
    }
    return specs;
}
function fitAlarmName(context, name) {
    return name.length <= 255 ? name : context.names.name('alarm', name.slice(0, 200));
}
function addAlarm(context, spec, topicArn) {
    const scope = spec.functionKey === undefined ? context.stack : context.scopeOf(spec.functionKey);
    const alarm = new aws_cloudwatch_1.CfnAlarm(scope, spec.id, {
        alarmName: spec.name,
        alarmDescription: spec.description,
        namespace: spec.namespace,
        metricName: spec.metric,
        dimensions: Object.entries(spec.dimensions).map(([name, value]) => ({ name, value })),
        ...(spec.extendedStatistic
            ? { extendedStatistic: spec.extendedStatistic }
            : { statistic: spec.statistic ?? 'Sum' }),
        period: 300,
        evaluationPeriods: 1,
        threshold: spec.threshold,
        comparisonOperator: 'GreaterThanOrEqualToThreshold',
        // No data means no traffic, not trouble.
        treatMissingData: 'notBreaching',
        alarmActions: [topicArn],
    });
    (0, context_1.markOrigin)(alarm, spec.origin);
    return alarm;
}
function addBudget(context, limitUsd, topicArn) {
    const budget = new aws_budgets_1.CfnBudget(context.stack, 'CostBudget', {
        budget: {
            budgetName: context.names.name('budget', 'monthly'),
            budgetType: 'COST',
            timeUnit: 'MONTHLY',
            budgetLimit: { amount: limitUsd, unit: 'USD' },
            // Only this stack's resources, through the tag CloudFormation puts on everything it
            // creates (activate it once as a cost allocation tag in the Billing console).
            costFilters: {
                TagKeyValue: [`aws:cloudformation:stack-name$${context.stack.stackName}`],
            },
        },
        notificationsWithSubscribers: [80, 100].map((threshold) => ({
            notification: {
                notificationType: threshold === 100 ? 'FORECASTED' : 'ACTUAL',
                comparisonOperator: 'GREATER_THAN',
                threshold,
                thresholdType: 'PERCENTAGE',
            },
            subscribers: [{ subscriptionType: 'SNS', address: topicArn }],
        })),
    });
    (0, context_1.markOrigin)(budget, { kind: 'budget', key: 'monitoring', path: 'monitoring.budget_limit_usd' });
}


/***/ }),

/***/ 3658:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LogicalIds = exports.Namer = exports.NAME_RULES = void 0;
exports.shortHash = shortHash;
exports.fitName = fitName;
exports.pascalCase = pascalCase;
// Deterministic physical names: `<project>-<env>-<key>[-suffix]`, fitted to each service's
// length and character rules. When a name has to be cut or its characters changed, a short
// hash of the full, unchanged name is appended, so two keys never end up with one name and
// the same key never gets one name in two environments (the environment is in the hash).
const node_crypto_1 = __webpack_require__(77598);
/** Rules from each service's API reference (CreateFunction, CreateTable, ...). */
exports.NAME_RULES = {
    lambda: { maxLength: 64, invalid: /[^A-Za-z0-9_-]/g },
    dynamodb: { maxLength: 255, invalid: /[^A-Za-z0-9_.-]/g },
    sqs: { maxLength: 80, invalid: /[^A-Za-z0-9_-]/g },
    sns: { maxLength: 256, invalid: /[^A-Za-z0-9_-]/g },
    kinesis: { maxLength: 128, invalid: /[^A-Za-z0-9_.-]/g },
    eventsRule: { maxLength: 64, invalid: /[^A-Za-z0-9_.-]/g },
    api: { maxLength: 128, invalid: /[^A-Za-z0-9_ .-]/g },
    alarm: { maxLength: 255, invalid: /[^A-Za-z0-9_ .-]/g },
    budget: { maxLength: 100, invalid: /[^A-Za-z0-9_.-]/g },
    apiKey: { maxLength: 128, invalid: /[^A-Za-z0-9_.-]/g },
    // 63 characters, lowercase; 13 reserved for the `-<account id>` that makes it global.
    s3: { maxLength: 63, invalid: /[^a-z0-9-]/g, lowercase: true, reserve: 13 },
};
const HASH_LENGTH = 8;
function shortHash(text, length = HASH_LENGTH) {
    return (0, node_crypto_1.createHash)('sha256').update(text).digest('hex').slice(0, length);
}
/** Fits `wanted` to `rule`; appends a hash of `wanted` whenever it had to change it. */
function fitName(wanted, rule) {
    const limit = rule.maxLength - (rule.reserve ?? 0);
    let name = rule.lowercase ? wanted.toLowerCase() : wanted;
    name = name.replace(rule.invalid, '-').replace(/-{2,}/g, '-');
    if (name === wanted && name.length <= limit)
        return name;
    const head = name.slice(0, limit - HASH_LENGTH - 1).replace(/[-_.]+$/, '');
    return `${head}-${shortHash(wanted)}`;
}
/** Names for one stack: every name starts with `<project>-<environment>-`. */
class Namer {
    project;
    environment;
    constructor(project, environment) {
        this.project = project;
        this.environment = environment;
    }
    get prefix() {
        return `${this.project}-${this.environment}`;
    }
    /** `<project>-<env>-<key>[-<suffix>]`, fitted to the service's rules. */
    name(kind, key, suffix) {
        const wanted = [this.prefix, key, suffix].filter((part) => part).join('-');
        return fitName(wanted, exports.NAME_RULES[kind]);
    }
}
exports.Namer = Namer;
/** CloudFormation logical ids are alphanumeric: `api-handler` -> `ApiHandler`. */
function pascalCase(key) {
    return key
        .split(/[^A-Za-z0-9]+/)
        .filter((part) => part)
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}
/**
 * Hands out logical ids that read like the config (`ApiHandlerFunction`) and stay unique
 * even when two keys differ only in punctuation (`a-b` and `a_b`): the second one gets a
 * hash of its key.
 */
class LogicalIds {
    used = new Set();
    of(key, suffix) {
        let id = `${pascalCase(key)}${suffix}`;
        if (this.used.has(id))
            id = `${pascalCase(key)}${shortHash(key).toUpperCase()}${suffix}`;
        if (!/^[A-Za-z]/.test(id))
            id = `R${id}`;
        this.used.add(id);
        return id;
    }
}
exports.LogicalIds = LogicalIds;


/***/ }),

/***/ 66776:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.flatScopes = flatScopes;
exports.nestedScopes = nestedScopes;
exports.nestedPathScopes = nestedPathScopes;
// Past CloudFormation's 500 resources a stack is split: each function, with everything that
// exists for it alone (log group, role, version, alias, alarms, permissions, API methods or
// routes, event source mappings, subscriptions, rules, deployment group), goes into one of
// a fixed number of nested stacks; tables, the API, shared queues, topics, buckets and
// layers stay in the parent. CDK wires what crosses the boundary (parameters in, outputs
// out).
//
// A function's group is a hash of its config key alone, over a fixed number of groups: adding
// or removing a function never moves another, which matters because CloudFormation cannot
// move a named function between stacks in one update (the new stack's create collides with
// the old stack's copy, deleted only afterwards). Empty groups make no nested stack. A REST
// API's path resources go the same way, by their first segment, into `PathsNN` stacks: the
// methods reference them there, and they reference only the parent's API.
const core_1 = __webpack_require__(19080);
const context_1 = __webpack_require__(24081);
const function_groups_1 = __webpack_require__(71697);
/** Every function (or path) in the stack itself. */
function flatScopes(stack) {
    return () => stack;
}
/** Functions in nested stacks by group, created on first use. */
function nestedScopes(stack) {
    return nestedGroups(stack, function_groups_1.functionGroupOf, 'functions', 'lambda_config');
}
/** REST API path resources (and their CORS preflights) in nested stacks by first segment. */
function nestedPathScopes(stack) {
    return nestedGroups(stack, function_groups_1.pathGroupOf, 'API paths', 'api_gateway_config');
}
function nestedGroups(stack, groupOf, what, path) {
    const groups = new Map();
    return (key) => {
        const group = groupOf(key);
        let nested = groups.get(group);
        if (!nested) {
            nested = new core_1.NestedStack(stack, group, {
                description: `${stack.stackName}: ${what} of group ${group}`,
            });
            (0, context_1.markOrigin)(nested.nestedStackResource, {
                kind: 'nested-stack',
                key: group,
                path,
            });
            groups.set(group, nested);
        }
        return nested;
    };
}


/***/ }),

/***/ 33292:
/***/ ((__unused_webpack_module, exports) => {


// `exactOptionalPropertyTypes` rejects `{ description: undefined }` where CDK props say
// `description?: string`. This drops the undefined entries, so optional props can be
// written as one object instead of a spread per field.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.optional = optional;
function optional(values) {
    return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}


/***/ }),

/***/ 52979:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addOutputs = addOutputs;
// CloudFormation Outputs from which the seed's six outputs are rebuilt: JSON object strings
// keyed by config key (built with Fn::Join, so they resolve to real names and ARNs), and the
// API's id and endpoint. The deploy step reads them by these names.
const core_1 = __webpack_require__(19080);
const versions_1 = __webpack_require__(92193);
const types_1 = __webpack_require__(18927);
function addOutputs(context, api) {
    const { stack } = context;
    const functions = [...context.functions.values()].map((f) => addressOf(context, f));
    const tables = [...context.tables.values()];
    const json = (entries) => stack.toJsonString(Object.fromEntries(entries));
    const output = (id, value, description) => new core_1.CfnOutput(stack, id, { value, description });
    output(types_1.STACK_OUTPUTS.lambdaFunctionNames, json(functions.map((f) => [f.key, f.name])), 'lambda_function_names: function names by lambda_config key (JSON)');
    output(types_1.STACK_OUTPUTS.lambdaFunctionArns, json(functions.map((f) => [f.key, f.arn])), 'lambda_function_arns: function ARNs by lambda_config key (JSON)');
    output(types_1.STACK_OUTPUTS.lambdaAliasArns, json(functions.map((f) => [f.key, f.aliasArn])), "lambda_alias_arns: ARNs of the functions' live aliases by lambda_config key (JSON)");
    output(types_1.STACK_OUTPUTS.dynamodbTableNames, json(tables.map((t) => [t.key, t.table.ref])), 'dynamodb_table_names: table names by dynamodb_config key (JSON)');
    output(types_1.STACK_OUTPUTS.dynamodbTableArns, json(tables.map((t) => [t.key, t.table.attrArn])), 'dynamodb_table_arns: table ARNs by dynamodb_config key (JSON)');
    if (api) {
        output(types_1.STACK_OUTPUTS.apiGatewayId, api.id, 'api_gateway_id');
        output(types_1.STACK_OUTPUTS.apiGatewayEndpoint, api.endpoint, 'api_gateway_endpoint: invoke URL of the stage');
    }
}
/**
 * A function's name and ARNs as the parent's outputs write them. A function in a nested stack
 * has a fixed name, so its ARNs are spelled out from it: referencing them would add three
 * outputs per function to its nested stack (200 at most) for what is already known.
 */
function addressOf(context, f) {
    if (context.scopeOf(f.key) === context.stack) {
        return { key: f.key, name: f.function.ref, arn: f.function.attrArn, aliasArn: f.alias.ref };
    }
    const arn = context.stack.formatArn({
        service: 'lambda',
        resource: 'function',
        resourceName: f.name,
        arnFormat: core_1.ArnFormat.COLON_RESOURCE_NAME,
    });
    return { key: f.key, name: f.name, arn, aliasArn: `${arn}:${versions_1.LIVE_ALIAS}` };
}


/***/ }),

/***/ 79337:
/***/ ((__unused_webpack_module, exports) => {


// The Sid of a statement the config wrote in `lambda_config.<fn>.permissions`: synth writes
// it, the review reads it back to point a finding at that statement's line. No imports, so
// the review can read it without loading aws-cdk-lib.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.permissionSid = permissionSid;
exports.permissionIndexOf = permissionIndexOf;
const PREFIX = 'Permissions';
const SID = new RegExp(`^${PREFIX}(\\d+)$`);
/** `Permissions<index>`: the Sid of the statement written at `permissions[index]`. */
function permissionSid(index) {
    return `${PREFIX}${index}`;
}
/** The index back from a Sid, or undefined for statements the config did not write. */
function permissionIndexOf(sid) {
    if (typeof sid !== 'string')
        return undefined;
    const match = SID.exec(sid);
    return match ? Number(match[1]) : undefined;
}


/***/ }),

/***/ 18079:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.allowInvoke = allowInvoke;
// Resource-based permission for a service (API Gateway, SNS, S3, EventBridge) to invoke a
// function, scoped to one source ARN and, where the ARN has no account in it, the account.
const aws_lambda_1 = __webpack_require__(94389);
const context_1 = __webpack_require__(24081);
const optional_1 = __webpack_require__(33292);
function allowInvoke(context, id, target, principal, sourceArn, origin, sourceAccount) {
    const permission = new aws_lambda_1.CfnPermission(context.scopeOf(target.key), id, {
        action: 'lambda:InvokeFunction',
        functionName: target.invokeArn,
        principal,
        sourceArn,
        ...(0, optional_1.optional)({ sourceAccount }),
    });
    (0, context_1.markOrigin)(permission, origin);
    return permission;
}


/***/ }),

/***/ 90486:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applyPermissions = applyPermissions;
exports.resolveResource = resolveResource;
exports.withPseudoParameters = withPseudoParameters;
// A function's `permissions` and `managed_policies`: statements written in the config, with
// the stack's own resources (`dynamodb:users`, `sqs:orders`, ...) resolved to their ARNs.
// Each statement keeps a Sid naming its index (`Permissions0`, ...), so the review can point
// a wildcard at the line of the statement that wrote it.
const core_1 = __webpack_require__(19080);
const iam_references_1 = __webpack_require__(54050);
const context_1 = __webpack_require__(24081);
const permission_sids_1 = __webpack_require__(79337);
function applyPermissions(context) {
    for (const [fnKey, fn] of Object.entries(context.config.lambda_config)) {
        const handle = context.functions.get(fnKey);
        (fn.permissions ?? []).forEach((statement, index) => {
            const where = ['lambda_config', fnKey, 'permissions', index];
            handle.statements.push(toStatement(context, statement, index, where));
        });
        const managed = fn.managed_policies ?? [];
        if (managed.length > 0)
            handle.role.managedPolicyArns = managed.map(withPseudoParameters);
    }
}
function toStatement(context, statement, index, where) {
    const resources = statement.resources.map((resource, i) => resolveResource(context, resource, [...where, 'resources', i]));
    return {
        Sid: (0, permission_sids_1.permissionSid)(index),
        Effect: statement.effect,
        Action: [...statement.actions],
        Resource: resources.length === 1 ? resources[0] : resources,
        ...(statement.conditions !== undefined && { Condition: structuredClone(statement.conditions) }),
    };
}
/** One written resource -> what the policy says: the ARN, or the stack resource's ARN. */
function resolveResource(context, written, where) {
    const reference = (0, iam_references_1.parseResourceReference)(written);
    switch (reference.type) {
        case 'any':
            return '*';
        case 'arn':
            return withPseudoParameters(reference.arn);
        case 'own': {
            const arn = ownArn(context, reference.kind, reference.key);
            if (arn === undefined) {
                throw (0, context_1.configProblem)(context, where, `${reference.kind}:${reference.key} names no resource of this stack`);
            }
            return reference.suffix === '' ? arn : core_1.Fn.join('', [arn, reference.suffix]);
        }
        case 'invalid':
            throw (0, context_1.configProblem)(context, where, reference.reason);
    }
}
function ownArn(context, kind, key) {
    if (kind === 'dynamodb')
        return context.tables.get(key)?.table.attrArn;
    return context.messaging.get(`${kind}:${key}`)?.arn;
}
/** An ARN as the template needs it: through Fn::Sub when it names `${AWS::AccountId}` and the like. */
function withPseudoParameters(arn) {
    return (0, iam_references_1.usesPseudoParameters)(arn) ? core_1.Fn.sub(arn) : arn;
}


/***/ }),

/***/ 70284:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DLQ_RETENTION_SECONDS = void 0;
exports.addQueue = addQueue;
exports.addDeadLetterQueue = addDeadLetterQueue;
exports.addQueuePolicy = addQueuePolicy;
exports.allowServiceToSend = allowServiceToSend;
// Queues the stack creates: for SQS event sources (with their own dead-letter queue), and
// as dead-letter / on-failure destinations of SNS subscriptions, streams and rules. All
// encrypted (SQS-managed SSE), TLS-only, and watched by the monitoring alarms.
const aws_sqs_1 = __webpack_require__(49777);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
const optional_1 = __webpack_require__(33292);
/** 14 days: the longest SQS keeps a message, so a failure is never lost before someone looks. */
exports.DLQ_RETENTION_SECONDS = 1_209_600;
function addQueue(context, props) {
    const queue = new aws_sqs_1.CfnQueue(context.stack, props.id, {
        queueName: props.name,
        sqsManagedSseEnabled: true,
        ...(0, optional_1.optional)({
            visibilityTimeout: props.visibilityTimeout,
            messageRetentionPeriod: props.messageRetention,
            redrivePolicy: props.deadLetter
                ? {
                    deadLetterTargetArn: props.deadLetter.queue.attrArn,
                    maxReceiveCount: props.deadLetter.maxReceiveCount,
                }
                : undefined,
        }),
    });
    (0, context_1.applyRemovalPolicy)(context, queue);
    (0, context_1.markOrigin)(queue, props.origin);
    if (props.isDeadLetter) {
        context.deadLetterQueues.set(props.id, { key: props.origin.key, name: props.name });
    }
    return queue;
}
/** A dead-letter queue named `<...>-<key>-dlq`, kept 14 days. */
function addDeadLetterQueue(context, key, path, idSuffix = 'Dlq') {
    return addQueue(context, {
        id: context.ids.of(key, idSuffix),
        name: context.names.name('sqs', key, idSuffix.toLowerCase()),
        origin: { kind: 'dlq', key, path },
        messageRetention: exports.DLQ_RETENTION_SECONDS,
        isDeadLetter: true,
    });
}
/** TLS-only access, plus whatever services must send to the queue (SNS, EventBridge). */
function addQueuePolicy(context, id, queues, origin, extra = []) {
    const policy = new aws_sqs_1.CfnQueuePolicy(context.stack, id, {
        queues: queues.map((q) => q.ref),
        policyDocument: {
            Version: '2012-10-17',
            Statement: [(0, iam_1.denyInsecureTransport)(queues.map((q) => q.attrArn)), ...extra],
        },
    });
    (0, context_1.markOrigin)(policy, origin);
    return policy;
}
/** Lets a service principal send to a queue, only on behalf of one source ARN. */
function allowServiceToSend(service, queue, sourceArn) {
    return {
        Sid: `Allow${service.split('.')[0]}`,
        Effect: 'Allow',
        Principal: { Service: service },
        Action: 'sqs:SendMessage',
        Resource: queue.attrArn,
        Condition: { ArnEquals: { 'aws:SourceArn': sourceArn } },
    };
}


/***/ }),

/***/ 12723:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECRET_READ_ACTIONS = exports.SSM_READ_ACTIONS = void 0;
exports.applySecrets = applySecrets;
exports.decryptThrough = decryptThrough;
// A function's `secrets`: each variable gets where its secret lives (the SSM parameter's name,
// the secret's name or ARN, and `<VAR>_JSON_KEY` for a JSON key), never the value, and the
// role may read exactly that parameter or secret. Nothing here reads a secret store: the
// value is fetched by the function at run time, so it reaches no template, log or output.
const core_1 = __webpack_require__(19080);
const iam_references_1 = __webpack_require__(54050);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
const permissions_1 = __webpack_require__(90486);
/** What reading a parameter takes (the Parameters and Secrets extension uses GetParameter). */
exports.SSM_READ_ACTIONS = ['ssm:GetParameter', 'ssm:GetParameters'];
/** What reading a secret takes; DescribeSecret lets SDK caches check the version. */
exports.SECRET_READ_ACTIONS = [
    'secretsmanager:GetSecretValue',
    'secretsmanager:DescribeSecret',
];
function applySecrets(context) {
    for (const [fnKey, fn] of Object.entries(context.config.lambda_config)) {
        const handle = context.functions.get(fnKey);
        for (const [variable, written] of Object.entries(fn.secrets ?? {})) {
            addSecret(context, handle, variable, written, ['lambda_config', fnKey, 'secrets', variable]);
        }
    }
}
function addSecret(context, fn, variable, written, where) {
    const from = typeof written === 'string' ? written : written.from;
    const reference = (0, iam_references_1.parseSecretReference)(from);
    if (reference.store === 'invalid')
        throw (0, context_1.configProblem)(context, where, reference.reason);
    fn.environment[variable] = reference.id;
    const arn = (0, permissions_1.withPseudoParameters)(reference.arn);
    if (reference.store === 'ssm') {
        fn.statements.push((0, iam_1.allow)(exports.SSM_READ_ACTIONS, arn));
    }
    else {
        fn.statements.push((0, iam_1.allow)(exports.SECRET_READ_ACTIONS, arn));
        if (reference.jsonKey !== undefined) {
            fn.environment[(0, iam_references_1.jsonKeyVariable)(variable)] = reference.jsonKey;
        }
    }
    const key = typeof written === 'string' ? undefined : written.kms_key_arn;
    if (key !== undefined)
        fn.statements.push(decryptThrough(reference.store, (0, permissions_1.withPseudoParameters)(key)));
}
/** kms:Decrypt on that key, and only when the parameter or secret store asks on the role's behalf. */
function decryptThrough(store, keyArn) {
    return {
        Effect: 'Allow',
        Action: ['kms:Decrypt'],
        Resource: keyArn,
        Condition: {
            StringEquals: { 'kms:ViaService': core_1.Fn.sub(`${store}.\${AWS::Region}.amazonaws.com`) },
        },
    };
}


/***/ }),

/***/ 1784:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isProdLikeStage = isProdLikeStage;
exports.servesApi = servesApi;
exports.deploymentTypeFor = deploymentTypeFor;
// The rollout defaults that depend on the stage: prod-like stages get gradual rollouts;
// previews and every other stage deploy at once unless the config says otherwise. What a
// stage is (prod-like, ephemeral) is config/ephemeral.ts's rule, the one every default uses.
const deployment_preference_1 = __webpack_require__(59333);
const ephemeral_1 = __webpack_require__(39041);
/** True for prod-like stages (`prod`, `production`, `prd`, `live`, `prod-*`), never a preview. */
function isProdLikeStage(environment, ephemeral = false) {
    return (0, ephemeral_1.stageKind)(environment, ephemeral || undefined) === 'prod-like';
}
/** True when the function serves the config's API: routes of its own, or the implied default route. */
function servesApi(config, key) {
    if (!config.api_gateway_config)
        return false;
    const functions = Object.entries(config.lambda_config);
    const anyRoutes = functions.some(([, fn]) => (fn.routes ?? []).length > 0);
    if (!anyRoutes)
        return functions.length === 1 && functions[0][0] === key;
    return (config.lambda_config[key]?.routes ?? []).length > 0;
}
/**
 * The deployment type of a function: its own `deployment_preference.type`, else the stage's
 * default (a canary for API functions on prod-like stages, else AllAtOnce).
 */
function deploymentTypeFor(config, key, ephemeral) {
    const own = config.lambda_config[key]?.deployment_preference?.type;
    if (own !== undefined)
        return own;
    return isProdLikeStage(config.environment, ephemeral) && servesApi(config, key)
        ? deployment_preference_1.PROD_DEFAULT_DEPLOYMENT_TYPE
        : 'AllAtOnce';
}


/***/ }),

/***/ 57354:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addTable = addTable;
// One DynamoDB table per dynamodb_config entry. Normal environments keep their data:
// RETAIN, deletion protection and point-in-time recovery; pull-request environments get
// none of those from the preview defaults, so `destroy` removes everything.
const aws_applicationautoscaling_1 = __webpack_require__(91540);
const aws_dynamodb_1 = __webpack_require__(26994);
const context_1 = __webpack_require__(24081);
const optional_1 = __webpack_require__(33292);
/** PROVISIONED without capacities gets DynamoDB console's defaults. */
const DEFAULT_CAPACITY = 5;
function addTable(context, key, table) {
    const { stack, ids, names } = context;
    const name = names.name('dynamodb', key);
    const provisioned = table.billing_mode === 'PROVISIONED';
    const throughput = (read, write) => provisioned
        ? {
            readCapacityUnits: read ?? table.read_capacity ?? DEFAULT_CAPACITY,
            writeCapacityUnits: write ?? table.write_capacity ?? DEFAULT_CAPACITY,
        }
        : undefined;
    const keySchema = (hash, range) => [
        { attributeName: hash, keyType: 'HASH' },
        ...(range ? [{ attributeName: range, keyType: 'RANGE' }] : []),
    ];
    const sse = table.server_side_encryption;
    const streamEnabled = table.stream_enabled;
    const resource = new aws_dynamodb_1.CfnTable(stack, ids.of(key, 'Table'), {
        tableName: name,
        billingMode: table.billing_mode,
        keySchema: keySchema(table.hash_key, table.range_key),
        attributeDefinitions: table.attributes.map((a) => ({
            attributeName: a.name,
            attributeType: a.type,
        })),
        // Previews get both off from the preview defaults (config/preview-defaults.ts).
        deletionProtectionEnabled: table.deletion_protection_enabled ?? true,
        pointInTimeRecoverySpecification: {
            pointInTimeRecoveryEnabled: table.point_in_time_recovery ?? true,
        },
        ...(0, optional_1.optional)({
            provisionedThroughput: throughput(),
            globalSecondaryIndexes: table.global_secondary_indexes && table.global_secondary_indexes.length > 0
                ? table.global_secondary_indexes.map((index) => ({
                    indexName: index.name,
                    keySchema: keySchema(index.hash_key, index.range_key),
                    projection: {
                        projectionType: index.projection_type,
                        ...(0, optional_1.optional)({
                            nonKeyAttributes: index.projection_type === 'INCLUDE'
                                ? (index.non_key_attributes ?? [])
                                : undefined,
                        }),
                    },
                    ...(0, optional_1.optional)({
                        provisionedThroughput: throughput(index.read_capacity, index.write_capacity),
                    }),
                }))
                : undefined,
            streamSpecification: streamEnabled
                ? { streamViewType: table.stream_view_type ?? 'NEW_AND_OLD_IMAGES' }
                : undefined,
            timeToLiveSpecification: table.ttl_enabled && table.ttl_attribute
                ? { enabled: true, attributeName: table.ttl_attribute }
                : undefined,
            // As aws_dynamodb_table: absent or `enabled: false` keeps DynamoDB's AWS-owned key (no
            // charge); enabled uses KMS, with `kms_key_arn` or else the AWS-managed alias/aws/dynamodb.
            sseSpecification: sse?.enabled
                ? {
                    sseEnabled: true,
                    sseType: 'KMS',
                    ...(0, optional_1.optional)({ kmsMasterKeyId: sse.kms_key_arn }),
                }
                : undefined,
        }),
    });
    (0, context_1.applyRemovalPolicy)(context, resource);
    (0, context_1.markOrigin)(resource, { kind: 'table', key, path: `dynamodb_config.${key}` });
    if (provisioned && table.autoscaling)
        addAutoScaling(context, key, name, resource, table.autoscaling);
    const handle = { key, name, table: resource, streamEnabled };
    context.tables.set(key, handle);
    return handle;
}
function addAutoScaling(context, key, tableName, table, scaling) {
    for (const dimension of ['Read', 'Write']) {
        const target = new aws_applicationautoscaling_1.CfnScalableTarget(context.stack, context.ids.of(key, `${dimension}Scaling`), {
            serviceNamespace: 'dynamodb',
            resourceId: `table/${tableName}`,
            scalableDimension: `dynamodb:table:${dimension}CapacityUnits`,
            minCapacity: scaling.min_capacity,
            maxCapacity: scaling.max_capacity,
        });
        target.addResourceDependency(table);
        const policy = new aws_applicationautoscaling_1.CfnScalingPolicy(context.stack, context.ids.of(key, `${dimension}ScalingPolicy`), {
            policyName: `${tableName}-${dimension.toLowerCase()}`,
            policyType: 'TargetTrackingScaling',
            scalingTargetId: target.ref,
            targetTrackingScalingPolicyConfiguration: {
                targetValue: scaling.target_utilization,
                predefinedMetricSpecification: {
                    predefinedMetricType: `DynamoDB${dimension}CapacityUtilization`,
                },
            },
        });
        const origin = { kind: 'table-scaling', key, path: `dynamodb_config.${key}.autoscaling` };
        (0, context_1.markOrigin)(target, origin);
        (0, context_1.markOrigin)(policy, origin);
    }
}


/***/ }),

/***/ 56693:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MANAGED_BY = void 0;
exports.stackTags = stackTags;
// Every taggable resource carries the config's tags plus three of ours, so a bill or the
// console can be filtered by project and environment, and our resources told from others.
const tags_1 = __webpack_require__(70785);
exports.MANAGED_BY = 'serverless-action';
/** Config tags first, then ours (ours win: they are what destroy and cleanup rely on). */
function stackTags(config, ephemeral) {
    // IAM (and others) treat tag keys case-insensitively and reject `Project` beside `project`
    // ("Duplicate tag keys found"): a config tag that collides with one of ours gives way.
    // Validation reports such a tag as an error; this keeps synth of an unvalidated config safe.
    const configTags = Object.fromEntries(Object.entries(config.tags ?? {}).filter(([key]) => !tags_1.RESERVED_TAG_KEYS.includes(key.toLowerCase())));
    return {
        ...configTags,
        project: config.project_name,
        environment: config.environment,
        'managed-by': exports.MANAGED_BY,
        ...(ephemeral && { ephemeral: 'true' }),
    };
}


/***/ }),

/***/ 49672:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CODEDEPLOY_LAMBDA_POLICY = void 0;
exports.addTrafficShifting = addTrafficShifting;
// `deployment_preference`: how the `live` alias (versions.ts) moves to a new version. AllAtOnce
// moves it in the same update, without CodeDeploy. Any other type gives the function a
// CodeDeploy deployment group (ComputePlatform Lambda, the predefined
// `CodeDeployDefault.Lambda<Type>` config) that shifts traffic gradually, stops and rolls
// back when a watched alarm fires or a hook fails, and an UpdatePolicy on the alias that
// hands its update to that group (CloudFormation's CodeDeployLambdaAliasUpdate). One
// application and one service role serve every group in the stack.
const core_1 = __webpack_require__(19080);
const deployment_preference_1 = __webpack_require__(59333);
const aws_codedeploy_1 = __webpack_require__(61504);
const aws_iam_1 = __webpack_require__(28785);
const context_1 = __webpack_require__(24081);
const iam_1 = __webpack_require__(48275);
const stage_1 = __webpack_require__(1784);
/** AWS's managed policy for CodeDeploy on Lambda: alias updates, alarms, SNS, `CodeDeployHook_*` invokes. */
exports.CODEDEPLOY_LAMBDA_POLICY = 'service-role/AWSCodeDeployRoleForLambda';
const ORIGIN = { key: 'deployment', path: 'lambda_config' };
function addTrafficShifting(context) {
    let shared;
    for (const handle of context.functions.values()) {
        const type = (0, stage_1.deploymentTypeFor)(context.config, handle.key, context.ephemeral);
        if (type === 'AllAtOnce')
            continue;
        shared ??= addShared(context);
        addDeploymentGroup(context, handle, (0, deployment_preference_1.codeDeployConfigName)(type), shared);
    }
}
function addShared(context) {
    const { stack } = context;
    const application = new aws_codedeploy_1.CfnApplication(stack, 'DeploymentApplication', {
        computePlatform: 'Lambda',
    });
    (0, context_1.markOrigin)(application, { ...ORIGIN, kind: 'codedeploy-application' });
    const hookArns = [];
    const role = new aws_iam_1.CfnRole(stack, 'DeploymentRole', {
        description: `CodeDeploy shifts traffic between versions of ${context.names.prefix}'s functions`,
        assumeRolePolicyDocument: (0, iam_1.assumedBy)('codedeploy.amazonaws.com'),
        managedPolicyArns: [
            core_1.Fn.sub(`arn:\${AWS::Partition}:iam::aws:policy/${exports.CODEDEPLOY_LAMBDA_POLICY}`),
        ],
    });
    // Policies only with hooks (allowHook): IAM refuses a policy without statements.
    (0, context_1.markOrigin)(role, { ...ORIGIN, kind: 'codedeploy-role' });
    return { application, role, hookArns };
}
function addDeploymentGroup(context, handle, configName, shared) {
    const { ids } = context;
    const stack = context.scopeOf(handle.key);
    const preference = context.config.lambda_config[handle.key]?.deployment_preference;
    const where = ['lambda_config', handle.key, 'deployment_preference'];
    const alarms = alarmNames(context, handle.key, preference?.alarms, [...where, 'alarms']);
    const group = new aws_codedeploy_1.CfnDeploymentGroup(stack, ids.of(handle.key, 'DeploymentGroup'), {
        applicationName: shared.application.ref,
        serviceRoleArn: shared.role.attrArn,
        deploymentConfigName: configName,
        deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
        autoRollbackConfiguration: {
            enabled: true,
            // Stopping on an alarm needs an alarm to watch; CodeDeploy refuses the event without one.
            events: alarms.length > 0
                ? ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM']
                : ['DEPLOYMENT_FAILURE'],
        },
        ...(alarms.length > 0 && {
            alarmConfiguration: { enabled: true, alarms: alarms.map((name) => ({ name })) },
        }),
    });
    (0, context_1.markOrigin)(group, {
        kind: 'deployment-group',
        key: handle.key,
        path: `lambda_config.${handle.key}`,
    });
    const hook = (name) => {
        const key = preference?.hooks?.[name];
        if (key === undefined)
            return undefined;
        const target = context.functions.get(key);
        if (target === undefined || key === handle.key) {
            throw (0, context_1.configProblem)(context, [...where, 'hooks', name], key === handle.key
                ? `a function cannot be its own ${name} hook`
                : `no function "${key}" in lambda_config`, `Set ${name} to another key of lambda_config.`);
        }
        allowHook(target, shared);
        return target.function.ref;
    };
    const before = hook('pre_traffic');
    const after = hook('post_traffic');
    handle.alias.cfnOptions.updatePolicy = {
        codeDeployLambdaAliasUpdate: {
            applicationName: shared.application.ref,
            deploymentGroupName: group.ref,
            ...(before !== undefined && { beforeAllowTrafficHook: before }),
            ...(after !== undefined && { afterAllowTrafficHook: after }),
        },
    };
    // The Refs in the UpdatePolicy order the alias after the group (cfn-lint W3005).
}
/**
 * The hook may report its verdict on the stack's deployment groups (by application: naming
 * the group would make a cycle, the group's role invoking the hook); CodeDeploy may invoke it.
 */
function allowHook(hook, shared) {
    if (shared.hookArns.includes(hook.function.attrArn))
        return;
    shared.hookArns.push(hook.function.attrArn);
    hook.statements.push((0, iam_1.allow)(['codedeploy:PutLifecycleEventHookExecutionStatus'], core_1.Fn.sub('arn:${AWS::Partition}:codedeploy:${AWS::Region}:${AWS::AccountId}:deploymentgroup:${App}/*', { App: shared.application.ref })));
    shared.role.addPropertyOverride('Policies', [
        {
            PolicyName: 'invoke-hooks',
            PolicyDocument: {
                Version: '2012-10-17',
                Statement: [(0, iam_1.allow)(['lambda:InvokeFunction'], [...shared.hookArns])],
            },
        },
    ]);
}
/**
 * CloudWatch alarm names for AlarmConfiguration: the stack's own alarms by Ref (which is the
 * name, and orders the group after them), existing ones by the name in their ARN.
 */
function alarmNames(context, key, entries, where) {
    const functions = new Set(context.functions.keys());
    // The defaults name alarms only when the stack has them (monitoring.alarms_enabled).
    if (entries === undefined) {
        return deployment_preference_1.DEFAULT_ROLLOUT_ALARMS.flatMap((alarm) => {
            const own = context.alarms.get(`${key}:${alarm}`);
            return own === undefined ? [] : [own.ref];
        });
    }
    return entries.map((entry, index) => {
        const parsed = (0, deployment_preference_1.parseAlarmReference)(entry, key, functions);
        if (typeof parsed !== 'string' && parsed.kind === 'existing')
            return parsed.name;
        const reference = typeof parsed === 'string'
            ? undefined
            : parsed.kind === 'api'
                ? `api:${parsed.alarm}`
                : `${parsed.functionKey}:${parsed.alarm}`;
        const alarm = reference === undefined ? undefined : context.alarms.get(reference);
        if (alarm === undefined) {
            throw (0, context_1.configProblem)(context, [...where, index], typeof parsed === 'string' ? parsed : `"${entry}": the stack creates no such alarm`, 'Name errors, throttles, duration, <function>:<alarm>, api:5xx, api:latency (with monitoring.alarms_enabled), or an existing alarm ARN.');
        }
        return alarm.ref;
    });
}


/***/ }),

/***/ 92193:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LIVE_ALIAS = void 0;
exports.addVersionAndAlias = addVersionAndAlias;
exports.versionHash = versionHash;
// Every function publishes a version and gets an alias `live`; everything that invokes the
// function (API integrations, event source mappings, S3/SNS/EventBridge targets and their
// permissions) invokes the alias (FunctionHandle.invokeArn). The version's logical id ends in
// a hash of the function's properties (resolved at synthesis, so environment variables that
// access entries add later count) and of its layers' content: a changed function publishes a
// new version and moves the alias, an unchanged one publishes nothing. How the alias moves
// (at once, or shifted by CodeDeploy) is traffic-shifting.ts's.
const core_1 = __webpack_require__(19080);
const aws_lambda_1 = __webpack_require__(94389);
const context_1 = __webpack_require__(24081);
const names_1 = __webpack_require__(3658);
/** The alias every invoke goes through. */
exports.LIVE_ALIAS = 'live';
/** Properties that belong to the function, not to a version: changing them publishes nothing. */
const UNVERSIONED = new Set(['reservedConcurrentExecutions', 'tags']);
function addVersionAndAlias(context, key, fn, lambda, props) {
    const { ids } = context;
    const stack = context.scopeOf(key);
    const origin = { kind: 'function-version', key, path: `lambda_config.${key}` };
    const version = new aws_lambda_1.CfnVersion(stack, ids.of(key, 'Version'), { functionName: lambda.ref });
    const baseId = stack.resolve(version.logicalId);
    // Resolved when the template is written, after every builder has added what it needs.
    version.overrideLogicalId(core_1.Lazy.uncachedString({
        produce: () => `${baseId}${versionHash(context, props).toUpperCase()}`,
    }));
    (0, context_1.markOrigin)(version, origin);
    const count = fn.provisioned_concurrent_executions;
    const alias = new aws_lambda_1.CfnAlias(stack, ids.of(key, 'LiveAlias'), {
        functionName: lambda.ref,
        functionVersion: version.attrVersion,
        name: exports.LIVE_ALIAS,
        ...(count !== undefined &&
            count > 0 && { provisionedConcurrencyConfig: { provisionedConcurrentExecutions: count } }),
    });
    (0, context_1.markOrigin)(alias, { ...origin, kind: 'function-alias' });
    return { version, alias };
}
/**
 * A hash of what a version is made of: the function's own properties as they will be
 * written, and the content of the layers it names by reference (a layer's Ref stays the same
 * when its content, and so the function, changes).
 */
function versionHash(context, props) {
    // Resolved in the parent stack's scope even for a function in a nested stack (nesting.ts):
    // there a layer, which stays in the parent, would resolve to the nested stack's parameter
    // and the lookup below would miss its content. In the parent's scope it is the layer's own
    // Ref, and the nested function's own resources (its role) resolve to their logical ids,
    // which are the same in every synth (test/synth/nesting.test.ts).
    const resolved = context.stack.resolve(Object.fromEntries(Object.entries(props).filter(([name]) => !UNVERSIONED.has(name))));
    const layers = Array.isArray(resolved['layers']) ? resolved['layers'] : [];
    const layerContent = layers.map((layer) => {
        const id = layer?.Ref;
        const child = typeof id === 'string' ? context.stack.node.tryFindChild(id) : undefined;
        return child instanceof aws_lambda_1.CfnLayerVersion
            ? context.stack.resolve(child.content)
            : layer;
    });
    return (0, names_1.shortHash)(JSON.stringify({ function: resolved, layers: layerContent }));
}


/***/ })

};
;