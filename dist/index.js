/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 95581:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = parseCli;
__webpack_unused_export__ = main;
exports.ak = runCli;
// `serverless-action <command>`: argv -> CommandOptions -> the command. Nothing else here.
const node_util_1 = __nccwpck_require__(57975);
const registry_1 = __nccwpck_require__(30927);
const options_1 = __nccwpck_require__(26052);
const io_1 = __nccwpck_require__(55027);
const errors_1 = __nccwpck_require__(83916);
const USAGE = `usage: serverless-action <command> [options]

commands:
${Object.entries(registry_1.COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
    .join('\n')}

options:
  --config FILE          config file (default ${options_1.DEFAULT_CONFIG_FILE})
  --environment ENV      environment to use (default: the config's "environment")
  --format FORMAT        text | json (review also: sarif)
  --region REGION        AWS region (default: AWS_REGION, else us-east-1)
  --endpoint-url URL     AWS endpoint, e.g. a local moto server (default: AWS_ENDPOINT_URL)
  --out DIR              synth: cloud assembly directory (default cdk.out)
  --artifact-bucket B    plan/deploy: bucket for code and large templates
  --allow-replacement    deploy: execute even when stateful resources are replaced or deleted
  --force                destroy: also delete a stack not marked ephemeral
  --keep STAGES          sweep: comma-separated preview stages to keep, e.g. pr-12,pr-15
  --ttl-hours N          sweep: delete previews not deployed for N hours, even when kept
  --dry-run              sweep: list what would be deleted, delete nothing
  --verbose              debug output
  --help                 this text`;
/** Thrown for wrong usage; the CLI exits 2. */
class UsageError extends Error {
}
function parseCli(argv) {
    let parsed;
    try {
        parsed = (0, node_util_1.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                config: { type: 'string', short: 'c' },
                environment: { type: 'string', short: 'e' },
                format: { type: 'string' },
                region: { type: 'string' },
                'endpoint-url': { type: 'string' },
                out: { type: 'string', short: 'o' },
                'artifact-bucket': { type: 'string' },
                'allow-replacement': { type: 'boolean' },
                force: { type: 'boolean' },
                verbose: { type: 'boolean' },
                keep: { type: 'string' },
                'ttl-hours': { type: 'string' },
                'dry-run': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new UsageError((0, errors_1.errorMessage)(error));
    }
    const { values, positionals } = parsed;
    const command = positionals[0];
    if (values.help || command === undefined)
        throw new UsageError('');
    if (!(command in registry_1.COMMANDS)) {
        throw new UsageError(`unknown command "${command}"; expected one of: ${Object.keys(registry_1.COMMANDS).join(', ')}`);
    }
    if (positionals.length > 1)
        throw new UsageError(`unexpected argument "${positionals[1]}"`);
    const format = values.format ?? 'text';
    const formats = command === 'review' ? ['text', 'json', 'sarif'] : ['text', 'json'];
    if (!formats.includes(format)) {
        throw new UsageError(`--format must be one of ${formats.join(', ')} for ${command}, got "${format}"`);
    }
    const options = {
        config: values.config ?? options_1.DEFAULT_CONFIG_FILE,
        format: format,
        out: values.out ?? 'cdk.out',
        allowReplacement: values['allow-replacement'] ?? false,
        force: values.force ?? false,
        verbose: values.verbose ?? false,
        ...(values.environment !== undefined && { environment: values.environment }),
        ...(values.region !== undefined && { region: values.region }),
        ...(values['endpoint-url'] !== undefined && { endpointUrl: values['endpoint-url'] }),
        ...(values['artifact-bucket'] !== undefined && { artifactBucket: values['artifact-bucket'] }),
        ...(values.keep !== undefined && { keep: parseKeep(values.keep) }),
        ...(values['ttl-hours'] !== undefined && { ttlHours: parseTtlHours(values['ttl-hours']) }),
        ...(values['dry-run'] !== undefined && { dryRun: values['dry-run'] }),
    };
    return { command, options };
}
/** `--keep "pr-1, pr-2,"` -> ['pr-1', 'pr-2']; an empty value keeps nothing (no PR is open). */
function parseKeep(value) {
    return value
        .split(',')
        .map((stage) => stage.trim())
        .filter((stage) => stage !== '');
}
function parseTtlHours(value) {
    const hours = Number(value);
    if (value.trim() === '' || !Number.isFinite(hours) || hours <= 0) {
        throw new UsageError(`--ttl-hours must be a positive number of hours, got "${value}"`);
    }
    return hours;
}
async function main(argv) {
    let parsed;
    try {
        parsed = parseCli(argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        const wantedHelp = error.message === '';
        (wantedHelp ? process.stdout : process.stderr).write((wantedHelp ? '' : `serverless-action: ${error.message}\n\n`) + USAGE + '\n');
        return wantedHelp ? 0 : 2;
    }
    const logger = (0, io_1.streamLogger)(process.stderr, parsed.options.verbose);
    try {
        const command = await registry_1.COMMANDS[parsed.command].load();
        return await command({
            options: parsed.options,
            logger,
            print: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
            env: process.env,
            cwd: process.cwd(),
        });
    }
    catch (error) {
        if (error instanceof errors_1.ConfigError) {
            // Diagnostics already read `FILE:LINE:COLUMN: error: ...`; print them as they are.
            for (const d of [...error.diagnostics, ...error.warnings])
                logger.info((0, errors_1.formatDiagnostic)(d));
            return 1;
        }
        if (error instanceof errors_1.ServerlessActionError) {
            logger.error(error.message);
            if (error.hint)
                logger.info(`hint: ${error.hint}`);
            return 1;
        }
        throw error;
    }
}
/** Runs the CLI on this process's argv and sets its exit code. */
function runCli() {
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`serverless-action: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
    });
}
if (false)
    {}


/***/ }),

/***/ 26052:
/***/ ((__unused_webpack_module, exports) => {


// The options every command reads, parsed once from argv (CLI) or inputs (action).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_CONFIG_FILE = void 0;
exports.DEFAULT_CONFIG_FILE = 'serverless.config.yml';


/***/ }),

/***/ 30927:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


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
exports.COMMANDS = void 0;
const loadValidate = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | validate */[__nccwpck_require__.e(270), __nccwpck_require__.e(229), __nccwpck_require__.e(673)]).then((() => ok(__nccwpck_require__(30010))).bind(null, __nccwpck_require__))['catch'](fail))).validateCommand;
const loadSynth = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | synth */[__nccwpck_require__.e(270), __nccwpck_require__.e(94), __nccwpck_require__.e(229), __nccwpck_require__.e(790), __nccwpck_require__.e(707)]).then((() => ok(__nccwpck_require__(92488))).bind(null, __nccwpck_require__))['catch'](fail))).synthCommand;
const loadReview = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | review */[__nccwpck_require__.e(270), __nccwpck_require__.e(94), __nccwpck_require__.e(501), __nccwpck_require__.e(229), __nccwpck_require__.e(790), __nccwpck_require__.e(732), __nccwpck_require__.e(219)]).then((() => ok(__nccwpck_require__(44368))).bind(null, __nccwpck_require__))['catch'](fail))).reviewCommand;
const loadPlan = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | plan */[__nccwpck_require__.e(270), __nccwpck_require__.e(695), __nccwpck_require__.e(307), __nccwpck_require__.e(94), __nccwpck_require__.e(44), __nccwpck_require__.e(501), __nccwpck_require__.e(229), __nccwpck_require__.e(761), __nccwpck_require__.e(732), __nccwpck_require__.e(342)]).then((() => ok(__nccwpck_require__(96864))).bind(null, __nccwpck_require__))['catch'](fail))).planCommand;
const loadDeploy = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | deploy */[__nccwpck_require__.e(270), __nccwpck_require__.e(695), __nccwpck_require__.e(307), __nccwpck_require__.e(44), __nccwpck_require__.e(229), __nccwpck_require__.e(761), __nccwpck_require__.e(98)]).then((() => ok(__nccwpck_require__(93839))).bind(null, __nccwpck_require__))['catch'](fail))).deployCommand;
const loadDestroy = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | destroy */[__nccwpck_require__.e(270), __nccwpck_require__.e(695), __nccwpck_require__.e(307), __nccwpck_require__.e(229), __nccwpck_require__.e(751)]).then((() => ok(__nccwpck_require__(29540))).bind(null, __nccwpck_require__))['catch'](fail))).destroyCommand;
const loadSweep = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | sweep */[__nccwpck_require__.e(270), __nccwpck_require__.e(695), __nccwpck_require__.e(307), __nccwpck_require__.e(44), __nccwpck_require__.e(229), __nccwpck_require__.e(761), __nccwpck_require__.e(769)]).then((() => ok(__nccwpck_require__(65522))).bind(null, __nccwpck_require__))['catch'](fail))).sweepCommand;
exports.COMMANDS = {
    validate: { summary: 'load and check the config (no AWS)', load: loadValidate },
    synth: { summary: 'write a CDK cloud assembly to --out (no AWS)', load: loadSynth },
    review: {
        summary: 'cost estimate and security findings of the synthesized stack (no AWS)',
        load: loadReview,
    },
    plan: { summary: 'create and describe a change set without executing it', load: loadPlan },
    deploy: {
        summary: 'plan, then execute the change set and wait; print outputs',
        load: loadDeploy,
    },
    destroy: { summary: 'delete the stack of the environment', load: loadDestroy },
    sweep: {
        summary: 'delete preview stacks (pr-*) of closed pull requests or older than --ttl-hours',
        load: loadSweep,
    },
};


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, exports) => {


// One error base for everything the tool reports on purpose. Anything else that reaches
// the top is a bug and is printed with its stack; these print as their message alone.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ConfigError = exports.ServerlessActionError = void 0;
exports.formatDiagnostic = formatDiagnostic;
exports.errorMessage = errorMessage;
class ServerlessActionError extends Error {
    code;
    hint;
    constructor(message, 
    /** Stable machine-readable code, e.g. `CONFIG_INVALID`, `DATA_LOSS_GUARD`. */
    code, 
    /** What the user can do about it, printed on its own line. */
    hint) {
        super(message);
        this.code = code;
        this.hint = hint;
        this.name = new.target.name;
    }
}
exports.ServerlessActionError = ServerlessActionError;
/** The config could not be loaded or is invalid; carries every problem found, not only the first. */
class ConfigError extends ServerlessActionError {
    diagnostics;
    warnings;
    constructor(diagnostics, warnings = []) {
        super(diagnostics.map(formatDiagnostic).join('\n'), 'CONFIG_INVALID');
        this.diagnostics = diagnostics;
        this.warnings = warnings;
    }
}
exports.ConfigError = ConfigError;
/** `FILE:LINE:COLUMN: error: message` — the format editors and problem matchers understand. */
function formatDiagnostic(d) {
    return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 55027:
/***/ ((__unused_webpack_module, exports) => {


// Every message goes through one injected Logger, so the same engine serves the CLI
// (stderr), the action (@actions/core) and tests (an array).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.systemClock = void 0;
exports.streamLogger = streamLogger;
exports.memoryLogger = memoryLogger;
/** Writes to a stream (stderr for the CLI, so stdout stays clean for --format json). */
function streamLogger(stream, verbose = false) {
    const write = (line) => {
        stream.write(line + '\n');
    };
    return {
        info: write,
        warn: (m) => write(`warning: ${m}`),
        error: (m) => write(`error: ${m}`),
        debug: (m) => {
            if (verbose)
                write(`debug: ${m}`);
        },
    };
}
/** Collects messages, for tests. */
function memoryLogger() {
    const lines = [];
    return {
        lines,
        info: (m) => lines.push(m),
        warn: (m) => lines.push(`warning: ${m}`),
        error: (m) => lines.push(`error: ${m}`),
        debug: (m) => lines.push(`debug: ${m}`),
    };
}
exports.systemClock = {
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 90290:
/***/ ((module) => {

module.exports = require("async_hooks");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 64236:
/***/ ((module) => {

module.exports = require("console");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = require("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 31637:
/***/ ((module) => {

module.exports = require("diagnostics_channel");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = require("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = require("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 82987:
/***/ ((module) => {

module.exports = require("perf_hooks");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = require("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 63774:
/***/ ((module) => {

module.exports = require("stream/web");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 98253:
/***/ ((module) => {

module.exports = require("util/types");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = require("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			id: moduleId,
/******/ 			loaded: false,
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Flag the module as loaded
/******/ 		module.loaded = true;
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/node module decorator */
/******/ 	(() => {
/******/ 		__nccwpck_require__.nmd = (module) => {
/******/ 			module.paths = [];
/******/ 			if (!module.children) module.children = [];
/******/ 			return module;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "__esModule", ({ value: true }));
const door = globalThis.serverlessActionDoor;
if (door === 'cli') {
    (__nccwpck_require__(95581)/* .runCli */ .ak)();
}
else if (true) {
    Promise.all(/* require.ensure | action */[__nccwpck_require__.e(695), __nccwpck_require__.e(367), __nccwpck_require__.e(957)]).then((() => {
        __nccwpck_require__(41730);
    }).bind(null, __nccwpck_require__))['catch']((error) => {
        // The action could not even start: say so the way a runner shows it, and fail the step.
        process.stdout.write(`::error::serverless-action could not load: ${String(error)}\n`);
        process.exitCode = 1;
    });
}
else {}

})();

module.exports = __webpack_exports__;
/******/ })()
;