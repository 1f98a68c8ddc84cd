"use strict";
exports.id = 98;
exports.ids = [98];
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

/***/ 72646:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deployJson = deployJson;
// The deploy result as `--format json` prints it (SPEC §2), for deploy and rollback alike.
const outcome_1 = __webpack_require__(84535);
function deployJson(result) {
    return {
        stackName: result.stackName,
        hasChanges: result.hasChanges,
        outputs: result.outputs,
        status: result.status,
        ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
        result: (0, outcome_1.successResult)(result),
    };
}


/***/ }),

/***/ 93839:
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
exports.deployCommand = void 0;
// `serverless-action deploy`: plan, guard, execute, wait; print the seed's outputs.
// JSON: {"stackName","hasChanges","outputs","status","changeSetId","result"}, and on a
// refusal or failure the same object, as far as known, with "error". `--plan DIR` executes a
// plan directory's change set instead (run-apply.ts). Progress goes to stderr through the logger.
// The verb itself is a lazily loaded chunk (registry.ts); synth/ and aws-cdk-lib are a
// further one (cli-support.ts), parsed only when the inputs fast path does not answer.
const node_path_1 = __webpack_require__(76760);
const deploy_json_1 = __webpack_require__(72646);
const bundle_1 = __webpack_require__(92745);
const cfn_1 = __webpack_require__(44610);
const cli_support_1 = __webpack_require__(82463);
const ancestry_1 = __webpack_require__(16274);
const input_digest_1 = __webpack_require__(33528);
const interrupt_1 = __webpack_require__(89268);
const hotswap_1 = __webpack_require__(71199);
const run_deploy_1 = __webpack_require__(73496);
const stack_name_1 = __webpack_require__(91455);
const deployCommand = async (context) => {
    const clients = (0, cli_support_1.clientsForCommand)(context);
    let stackName;
    try {
        if (context.options.plan !== undefined) {
            // The reviewed plan, executed as it is: no config, no synthesis.
            const { runPlannedDeploy } = await Promise.resolve().then(() => __importStar(__webpack_require__(34051)));
            const result = await runPlannedDeploy((0, node_path_1.resolve)(context.cwd, context.options.plan), (0, cli_support_1.depsForCommand)(context, clients), await guardOptions(context));
            return printResult(context, result);
        }
        const loaded = await (0, cli_support_1.loadForCommand)(context);
        stackName = (0, stack_name_1.stackNameOf)(loaded);
        // The stack's current state is fetched while the inputs are hashed (and, when they
        // changed, while synthesis runs), so the no-op answer costs no round trip of its own.
        const pending = (0, cfn_1.describeStack)(clients.cloudFormation, stackName);
        pending.catch(() => undefined); // awaited, and any error reported, below or by runDeploy
        const prefetched = { stackName, stack: pending };
        // One bundler for the digest and synth: each entry is bundled once in this run.
        const bundler = new bundle_1.Bundler();
        // `--out` asks for the assembly on disk: then there is always a synthesis.
        const inputDigest = (0, cli_support_1.keepsAssembly)(context)
            ? undefined
            : await (0, input_digest_1.synthInputDigest)(loaded, {
                ...(context.options.artifactBucket !== undefined && {
                    artifactBucket: context.options.artifactBucket,
                }),
            }, (0, input_digest_1.bundleBuildId)(), bundler);
        // Drift detection asked for: the stack is looked at, not just its digest.
        if (inputDigest !== undefined && context.options.detectDrift !== true) {
            const result = await (0, run_deploy_1.upToDateByInputs)(stackName, inputDigest, await pending, (0, cli_support_1.depsForCommand)(context, clients), context.options.artifactBucket);
            if (result)
                return printResult(context, result);
        }
        const { stack, cleanup } = await (0, cli_support_1.synthesizeLoaded)(context, loaded, bundler);
        try {
            return await deployAndPrint(context, stack, clients, {
                prefetched,
                stackSettings: (0, cli_support_1.stackSettingsFor)(loaded),
                ...(context.options.artifactBucket !== undefined && {
                    artifactBucket: context.options.artifactBucket,
                }),
                ...(inputDigest !== undefined && { inputDigest }),
                ...(await guardOptions(context)),
            });
        }
        finally {
            await cleanup();
        }
    }
    catch (error) {
        const userError = (0, cli_support_1.asUserError)(error);
        // The same object as on success, as far as it is known, with `error`.
        if (context.options.format === 'json')
            context.print((0, cli_support_1.failureJson)(stackName, userError));
        throw userError;
    }
    finally {
        clients.destroy();
    }
};
exports.deployCommand = deployCommand;
/** The commit deployed (recorded on the stack) and the rollback guard's inputs. */
async function guardOptions(context) {
    const commit = await (0, ancestry_1.headCommit)(context.cwd, context.env);
    return {
        allowReplacement: context.options.allowReplacement,
        allowRollback: context.options.allowRollback ?? false,
        isAncestor: (0, ancestry_1.ancestryFor)(context.cwd, context.env),
        ...(context.options.detectDrift !== undefined && { detectDrift: context.options.detectDrift }),
        ...(context.options.allowDrift !== undefined && { allowDrift: context.options.allowDrift }),
        ...(commit !== undefined && { commit }),
    };
}
async function deployAndPrint(context, stack, clients, options) {
    const deps = (0, cli_support_1.depsForCommand)(context, clients);
    if (context.options.hotswap === true) {
        const swapped = await (0, hotswap_1.runHotswap)(stack, { ...deps, clients }, {
            ...options,
            force: context.options.force,
            ...(context.options.artifactBucket !== undefined && {
                artifactBucket: context.options.artifactBucket,
            }),
        });
        if (swapped.kind === 'hotswapped')
            return printResult(context, swapped.outcome);
        context.logger.info(`hotswap not possible: ${swapped.reason}; deploying with a change set`);
    }
    // Ctrl-C / SIGTERM: delete an unexecuted change set, leave an execution to CloudFormation.
    const removeHandler = (0, interrupt_1.installInterruptHandler)(deps.logger, (code) => process.exit(code));
    try {
        const result = await (0, run_deploy_1.runDeploy)(stack, deps, options);
        return printResult(context, result);
    }
    finally {
        removeHandler();
    }
}
function printResult(context, result) {
    if (context.options.format === 'json') {
        context.print(JSON.stringify({
            ...(0, deploy_json_1.deployJson)(result),
            ...(result.hotswapped !== undefined && { hotswapped: result.hotswapped }),
            ...(result.drift !== undefined && { drift: result.drift }),
        }));
    }
    else {
        context.print([
            `${result.stackName}: ${result.status}${result.hasChanges ? '' : ' (no changes)'}` +
                (result.hotswapped !== undefined
                    ? ` (hotswapped ${result.hotswapped.join(', ')}; no change set)`
                    : ''),
            (0, cli_support_1.formatOutputs)(result.outputs),
        ].join('\n'));
    }
    return 0;
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

/***/ 33528:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bundleBuildId = bundleBuildId;
exports.synthInputDigest = synthInputDigest;
exports.directoryDigest = directoryDigest;
// The inputs fast path. A no-op deploy spent most of its time synthesizing (loading
// aws-cdk-lib, building the stack) only to find the template unchanged. Synthesis is a pure
// function of the tool's build, the environment's resolved config, the synth options and
// the bytes of every code directory; when all of those equal what the last deploy recorded,
// so does the template, and one DescribeStacks answers.
//
// A function bundled by esbuild counts by its bundle: esbuild runs (in memory, each distinct
// entry once, through the run's Bundler, whose bundles synth then reuses) and the digest
// takes the output's hash, which covers the entry and everything it imports, node_modules
// included (esbuild's metafile lists what was read; a fresh CI checkout has no earlier build
// whose list could be trusted, and the output is exactly what would be uploaded).
//
// Anything the digest cannot see turns the path off (undefined), never on: a code source
// that is neither a directory nor a bundleable entry, or a build without an id (running from
// source, where the tool's own code may have changed).
const node_crypto_1 = __webpack_require__(77598);
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const bundle_1 = __webpack_require__(92745);
const bundle_source_1 = __webpack_require__(84483);
const paths_1 = __webpack_require__(81066);
const code_sources_1 = __webpack_require__(59706);
const digest_1 = __webpack_require__(33683);
/** Set by the bundle's CLI door (scripts/build.mjs): a hash of every file of dist/. */
function bundleBuildId() {
    return globalThis.serverlessActionBuildId;
}
async function synthInputDigest(loaded, options, buildId, bundler = new bundle_1.Bundler()) {
    if (buildId === undefined)
        return undefined;
    const entries = await Promise.all(Object.entries(loaded.config.lambda_config).map(async ([key, fn]) => {
        const path = (0, code_sources_1.codeSourcePath)(loaded.dir, key, fn.source);
        const info = await (0, promises_1.stat)(path).catch(() => undefined);
        if (info?.isDirectory())
            return [key, await directoryDigest(path)];
        const source = info?.isFile()
            ? (0, bundle_source_1.bundleSourceOf)(loaded.dir, key, fn, (0, paths_1.repositoryRootOf)(loaded))
            : undefined;
        if (!source)
            return [key, undefined];
        // A failing build is synth's to report, with its config line; here it only means "no".
        const built = await bundler.build(source).catch(() => undefined);
        return [key, built && `bundle ${built.hash}`];
    }));
    const code = {};
    for (const [key, digest] of entries) {
        if (digest === undefined)
            return undefined;
        code[key] = digest;
    }
    const canonical = JSON.stringify((0, digest_1.canonicalize)({
        buildId,
        config: loaded.config,
        environment: loaded.environment,
        artifactBucket: options.artifactBucket ?? null,
        code,
    }));
    return (0, node_crypto_1.createHash)('sha256').update(canonical).digest('hex');
}
/** Every file below `dir` (symbolic links followed), by relative path and content. */
async function directoryDigest(dir) {
    const hash = (0, node_crypto_1.createHash)('sha256');
    const walk = async (relative) => {
        const entries = await (0, promises_1.readdir)((0, node_path_1.join)(dir, relative));
        for (const name of entries.sort()) {
            const path = (0, node_path_1.join)(relative, name);
            const info = await (0, promises_1.stat)((0, node_path_1.join)(dir, path));
            if (info.isDirectory()) {
                hash.update(`dir\0${path}\0`);
                await walk(path);
            }
            else {
                const content = (0, node_crypto_1.createHash)('sha256')
                    .update(await (0, promises_1.readFile)((0, node_path_1.join)(dir, path)))
                    .digest('hex');
                hash.update(`file\0${path}\0${content}\0`);
            }
        }
    };
    await walk('');
    return hash.digest('hex');
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


/***/ })

};
;