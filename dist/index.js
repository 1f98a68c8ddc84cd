/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 95581:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = void 0;
__webpack_unused_export__ = usage;
__webpack_unused_export__ = commandHelp;
__webpack_unused_export__ = parseCli;
__webpack_unused_export__ = main;
exports.ak = runCli;
// `serverless-action <command>`: argv -> CommandOptions -> the command, and the help text;
// both follow the option table in src/commands/cli-options.ts. Nothing else here.
const node_util_1 = __nccwpck_require__(57975);
const registry_1 = __nccwpck_require__(30927);
const cli_options_1 = __nccwpck_require__(60435);
const io_1 = __nccwpck_require__(55027);
const errors_1 = __nccwpck_require__(83916);
const node_version_1 = __nccwpck_require__(58842);
const version_1 = __nccwpck_require__(311);
const NAME = 'serverless-action';
/** `serverless-action --help` (or no command): the commands and the options all take. */
function usage() {
    const width = Math.max(...Object.keys(registry_1.COMMANDS).map((name) => name.length)) + 2;
    return [
        `usage: ${NAME} <command> [options]`,
        '',
        'commands:',
        ...Object.entries(registry_1.COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
        '',
        'options of every command:',
        ...optionLines(cli_options_1.CLI_OPTIONS.filter((o) => o.commands === 'all'), ''),
        '',
        `\`${NAME} <command> --help\` lists that command's own options, with an example.`,
    ].join('\n');
}
/** `serverless-action <command> --help`: its summary, every option it takes, an example. */
function commandHelp(command) {
    const entry = registry_1.COMMANDS[command];
    return [
        `usage: ${NAME} ${command} [options]`,
        '',
        entry.summary,
        '',
        'options:',
        ...optionLines((0, cli_options_1.optionsOf)(command), command),
        '',
        entry.examples.length === 1 ? 'example:' : 'examples:',
        ...entry.examples.map((example) => `  ${NAME} ${example}`),
    ].join('\n');
}
function optionLines(options, command) {
    const width = Math.max(...options.map((o) => (0, cli_options_1.optionSignature)(o).length)) + 2;
    return options.map((o) => `  ${(0, cli_options_1.optionSignature)(o).padEnd(width)}${(0, cli_options_1.describe)(o, command)}`);
}
/** `--help` or `--version`: print `text` on stdout, exit 0. */
class CliAnswer extends Error {
}
__webpack_unused_export__ = CliAnswer;
/** Where a usage error points the user. */
function seeHelp(command) {
    return `run "${NAME}${command === undefined ? '' : ` ${command}`} --help" for the options`;
}
function parseCli(argv) {
    let tokens;
    try {
        // Not strict: every option is checked below against the command, to name both.
        ({ tokens } = (0, node_util_1.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: false,
            tokens: true,
            options: (0, cli_options_1.parseArgsOptions)(),
        }));
    }
    catch (error) {
        throw new cli_options_1.UsageError((0, errors_1.errorMessage)(error));
    }
    const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
    const given = tokens.flatMap((t) => (t.kind === 'option' ? [t] : []));
    const command = positionals[0];
    if (given.some((t) => t.name === 'version'))
        throw new CliAnswer(version_1.TOOL_VERSION);
    const wantsHelp = given.some((t) => t.name === 'help');
    if (command === undefined) {
        if (wantsHelp || given.length === 0)
            throw new CliAnswer(usage());
        throw new cli_options_1.UsageError(`no command given; ${seeHelp(undefined)}`);
    }
    if (!(command in registry_1.COMMANDS)) {
        throw new cli_options_1.UsageError(`unknown command "${command}"; expected one of: ${Object.keys(registry_1.COMMANDS).join(', ')}`);
    }
    if (wantsHelp)
        throw new CliAnswer(commandHelp(command));
    const patches = [];
    for (const token of given) {
        const option = cli_options_1.CLI_OPTIONS.find((o) => o.name === token.name);
        if (option === undefined) {
            throw new cli_options_1.UsageError(`unknown option ${token.rawName} for ${command}; ${seeHelp(command)}`);
        }
        if (option.commands !== 'all' && !option.commands.includes(command)) {
            throw new cli_options_1.UsageError(`--${option.name} is for ${option.commands.join(', ')}, not ${command}; ${seeHelp(command)}`);
        }
        if (option.type === 'boolean') {
            if (token.value !== undefined) {
                throw new cli_options_1.UsageError(`--${option.name} takes no value, got "${token.value}"`);
            }
            if (option.set)
                patches.push(option.set(true, command));
            continue;
        }
        if (token.value === undefined) {
            throw new cli_options_1.UsageError(`--${option.name} needs a value: --${option.name} ${option.value}`);
        }
        const choices = (0, cli_options_1.choicesOf)(option, command);
        if (choices !== undefined && !choices.includes(token.value)) {
            throw new cli_options_1.UsageError(`--${option.name} must be one of ${choices.join(', ')} for ${command}, got "${token.value}"`);
        }
        if (option.set)
            patches.push(option.set(token.value, command));
    }
    // After the options: `plan --bogus x` is about --bogus, not about "x".
    if (positionals.length > 1) {
        throw new cli_options_1.UsageError(`unexpected argument "${positionals[1]}" for ${command}`);
    }
    return { command, options: combine(patches) };
}
/** The patches over BASE_OPTIONS in order; a list option given twice (`--skip a --skip b`) adds up. */
function combine(patches) {
    const options = { ...cli_options_1.BASE_OPTIONS };
    for (const patch of patches) {
        for (const [key, value] of Object.entries(patch)) {
            const before = options[key];
            options[key] =
                Array.isArray(before) && Array.isArray(value)
                    ? [...before, ...value]
                    : value;
        }
    }
    return options;
}
async function main(argv) {
    let parsed;
    try {
        parsed = parseCli(argv);
    }
    catch (error) {
        if (error instanceof CliAnswer) {
            process.stdout.write(error.message + '\n');
            return 0;
        }
        if (!(error instanceof cli_options_1.UsageError))
            throw error;
        process.stderr.write(`${NAME}: ${error.message}\n`);
        return 2;
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
    // One line instead of the AWS SDK's eight on Node versions it warns about.
    (0, node_version_1.quietNodeVersionWarning)(process, (line) => process.stderr.write(line + '\n'));
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

/***/ 60435:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLI_OPTIONS = exports.BASE_OPTIONS = exports.UsageError = void 0;
exports.optionsOf = optionsOf;
exports.choicesOf = choicesOf;
exports.parseArgsOptions = parseArgsOptions;
exports.optionSignature = optionSignature;
exports.describe = describe;
const options_1 = __nccwpck_require__(26052);
/** Wrong usage: the CLI prints the message and exits 2. */
class UsageError extends Error {
}
exports.UsageError = UsageError;
/** What every command starts from before its options apply. */
exports.BASE_OPTIONS = {
    config: options_1.DEFAULT_CONFIG_FILE,
    format: 'text',
    out: 'cdk.out',
    allowReplacement: false,
    force: false,
    verbose: false,
};
exports.CLI_OPTIONS = [
    {
        name: 'config',
        short: 'c',
        type: 'string',
        value: 'FILE',
        description: `config file (default ${options_1.DEFAULT_CONFIG_FILE})`,
        commands: 'all',
        set: (config) => ({ config }),
    },
    {
        name: 'environment',
        short: 'e',
        type: 'string',
        value: 'ENV',
        description: 'environment to use (default: the config\'s "environment")',
        commands: 'all',
        set: (environment) => ({ environment }),
    },
    {
        name: 'format',
        type: 'string',
        value: 'FORMAT',
        description: 'output format',
        commands: 'all',
        choices: { '*': ['text', 'json'], review: ['text', 'json', 'sarif', 'markdown'] },
        describeFor: {
            review: 'output format; markdown prints the PR comment',
        },
        set: (format) => ({ format: format }),
    },
    {
        name: 'region',
        type: 'string',
        value: 'REGION',
        description: 'AWS region (default: AWS_REGION, else us-east-1)',
        commands: 'all',
        set: (region) => ({ region }),
    },
    {
        name: 'endpoint-url',
        type: 'string',
        value: 'URL',
        description: 'AWS endpoint, e.g. a local moto server (default: AWS_ENDPOINT_URL)',
        commands: 'all',
        set: (endpointUrl) => ({ endpointUrl }),
    },
    {
        name: 'out',
        short: 'o',
        type: 'string',
        value: 'DIR',
        description: 'keep the synthesized cloud assembly in DIR',
        commands: ['synth', 'review', 'plan', 'deploy'],
        describeFor: {
            synth: 'cloud assembly directory (default cdk.out)',
            plan: 'write the plan directory (plan.json, template, code, review) here',
            deploy: 'keep the synthesized cloud assembly in DIR (always synthesizes)',
        },
        // plan's --out is the plan directory; its assembly stays in a scratch directory.
        set: (out, command) => (command === 'plan' ? { planOut: out } : { out }),
    },
    {
        name: 'plan',
        type: 'string',
        value: 'DIR',
        description: "execute exactly that plan directory's change set, or refuse",
        commands: ['deploy'],
        set: (plan) => ({ plan }),
    },
    {
        name: 'artifact-bucket',
        type: 'string',
        value: 'BUCKET',
        description: 'bucket for code and large templates (default: one the tool ensures)',
        commands: ['synth', 'plan', 'deploy', 'rollback'],
        set: (artifactBucket) => ({ artifactBucket }),
    },
    {
        name: 'allow-replacement',
        type: 'boolean',
        description: 'execute even when stateful resources are replaced or deleted',
        commands: ['plan', 'deploy', 'rollback'],
        describeFor: { plan: 'show the plan as allowed to replace or delete stateful resources' },
        set: (allowReplacement) => ({ allowReplacement }),
    },
    {
        name: 'allow-rollback',
        type: 'boolean',
        description: 'allow deploying a commit older than the deployed one',
        commands: ['deploy'],
        set: (allowRollback) => ({ allowRollback }),
    },
    {
        name: 'allow-placeholders',
        type: 'boolean',
        description: 'let IDs and ARNs that cannot be real through (synth-only use)',
        commands: ['plan', 'deploy'],
        set: (allowPlaceholders) => (allowPlaceholders ? { allowPlaceholders } : {}),
    },
    {
        name: 'hotswap',
        type: 'boolean',
        description: 'when only function code changed, update the functions directly',
        commands: ['deploy'],
        set: (hotswap) => ({ hotswap }),
    },
    {
        name: 'force',
        type: 'boolean',
        description: 'also act on a stack that is not marked ephemeral',
        commands: ['deploy', 'destroy'],
        describeFor: {
            deploy: 'with --hotswap: also hotswap a stage that is not ephemeral',
            destroy: 'also delete a stack that is not marked ephemeral',
        },
        set: (force) => ({ force }),
    },
    {
        name: 'keep',
        type: 'string',
        value: 'STAGES',
        description: 'comma-separated preview stages to keep, e.g. pr-12,pr-15',
        commands: ['sweep'],
        set: (keep) => ({ keep: parseKeep(keep) }),
    },
    {
        name: 'ttl-hours',
        type: 'string',
        value: 'N',
        description: 'delete previews not deployed for N hours, even when kept',
        commands: ['sweep'],
        set: (ttlHours) => ({ ttlHours: parseTtlHours(ttlHours) }),
    },
    {
        name: 'dry-run',
        type: 'boolean',
        description: 'list what would be deleted, delete nothing',
        commands: ['sweep'],
        set: (dryRun) => ({ dryRun }),
    },
    {
        name: 'detect-drift',
        type: 'boolean',
        description: 'run drift detection first and report drifted resources',
        commands: ['plan', 'deploy', 'rollback'],
        set: (detectDrift) => ({ detectDrift }),
    },
    {
        name: 'allow-drift',
        type: 'boolean',
        description: 'deploy even over drift on a stateful resource',
        commands: ['deploy', 'rollback'],
        set: (allowDrift) => ({ allowDrift }),
    },
    {
        name: 'template',
        type: 'string',
        value: 'FILE',
        description: 'redeploy this template or plan directory, not the last one in history',
        commands: ['rollback'],
        set: (template) => ({ template }),
    },
    {
        name: 'continue',
        type: 'boolean',
        description: 'continue the rollback of a stack in UPDATE_ROLLBACK_FAILED',
        commands: ['rollback'],
        set: (continueRollback) => ({ continueRollback }),
    },
    {
        name: 'skip',
        type: 'string',
        value: 'ID',
        description: 'with --continue: a logical id to skip (repeatable; each --skip adds one)',
        commands: ['rollback'],
        set: (id) => ({ skip: [id] }),
    },
    {
        name: 'verbose',
        type: 'boolean',
        description: 'debug output',
        commands: 'all',
        set: (verbose) => ({ verbose }),
    },
    {
        name: 'help',
        short: 'h',
        type: 'boolean',
        description: 'print the help (after a command: its options and an example)',
        commands: 'all',
    },
    {
        name: 'version',
        type: 'boolean',
        description: 'print the version',
        commands: 'all',
    },
];
/** The options `command` takes, in table order. */
function optionsOf(command) {
    return exports.CLI_OPTIONS.filter((o) => o.commands === 'all' || o.commands.includes(command));
}
/** The values `--<name>` allows for `command`, or undefined for any value. */
function choicesOf(option, command) {
    return option.choices?.[command] ?? option.choices?.['*'];
}
/** parseArgs' `options`, every row of the table. */
function parseArgsOptions() {
    return Object.fromEntries(exports.CLI_OPTIONS.map((o) => [o.name, { type: o.type, ...(o.short && { short: o.short }) }]));
}
/** `--config FILE, -c`: how help names an option. */
function optionSignature(option) {
    const value = option.type === 'string' ? ` ${option.value}` : '';
    return `--${option.name}${value}${option.short ? `, -${option.short}` : ''}`;
}
/** The option's line for `command` (its own, or the general one, with its choices). */
function describe(option, command) {
    const line = option.describeFor?.[command] ?? option.description;
    const choices = option.type === 'string' ? choicesOf(option, command) : undefined;
    return choices ? `${line} (${choices.join(' | ')})` : line;
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
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | synth */[__nccwpck_require__.e(270), __nccwpck_require__.e(903), __nccwpck_require__.e(433), __nccwpck_require__.e(229), __nccwpck_require__.e(790), __nccwpck_require__.e(707)]).then((() => ok(__nccwpck_require__(92488))).bind(null, __nccwpck_require__))['catch'](fail))).synthCommand;
const loadReview = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | review */[__nccwpck_require__.e(270), __nccwpck_require__.e(903), __nccwpck_require__.e(116), __nccwpck_require__.e(433), __nccwpck_require__.e(229), __nccwpck_require__.e(231), __nccwpck_require__.e(790), __nccwpck_require__.e(943), __nccwpck_require__.e(30), __nccwpck_require__.e(219)]).then((() => ok(__nccwpck_require__(44368))).bind(null, __nccwpck_require__))['catch'](fail))).reviewCommand;
const loadPlan = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | plan */[__nccwpck_require__.e(270), __nccwpck_require__.e(695), __nccwpck_require__.e(432), __nccwpck_require__.e(44), __nccwpck_require__.e(903), __nccwpck_require__.e(116), __nccwpck_require__.e(229), __nccwpck_require__.e(231), __nccwpck_require__.e(255), __nccwpck_require__.e(64), __nccwpck_require__.e(216), __nccwpck_require__.e(943), __nccwpck_require__.e(30), __nccwpck_require__.e(342)]).then((() => ok(__nccwpck_require__(74483))).bind(null, __nccwpck_require__))['catch'](fail))).planCommand;
const loadDeploy = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | deploy */[__nccwpck_require__.e(270), __nccwpck_require__.e(695), __nccwpck_require__.e(432), __nccwpck_require__.e(44), __nccwpck_require__.e(229), __nccwpck_require__.e(231), __nccwpck_require__.e(255), __nccwpck_require__.e(64), __nccwpck_require__.e(216), __nccwpck_require__.e(496), __nccwpck_require__.e(986), __nccwpck_require__.e(98)]).then((() => ok(__nccwpck_require__(93839))).bind(null, __nccwpck_require__))['catch'](fail))).deployCommand;
const loadDestroy = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | destroy */[__nccwpck_require__.e(270), __nccwpck_require__.e(695), __nccwpck_require__.e(432), __nccwpck_require__.e(229), __nccwpck_require__.e(231), __nccwpck_require__.e(255), __nccwpck_require__.e(751)]).then((() => ok(__nccwpck_require__(29540))).bind(null, __nccwpck_require__))['catch'](fail))).destroyCommand;
const loadSweep = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | sweep */[__nccwpck_require__.e(270), __nccwpck_require__.e(695), __nccwpck_require__.e(432), __nccwpck_require__.e(44), __nccwpck_require__.e(229), __nccwpck_require__.e(231), __nccwpck_require__.e(255), __nccwpck_require__.e(64), __nccwpck_require__.e(216), __nccwpck_require__.e(496), __nccwpck_require__.e(769)]).then((() => ok(__nccwpck_require__(65522))).bind(null, __nccwpck_require__))['catch'](fail))).sweepCommand;
const loadDrift = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | drift */[__nccwpck_require__.e(270), __nccwpck_require__.e(695), __nccwpck_require__.e(432), __nccwpck_require__.e(229), __nccwpck_require__.e(231), __nccwpck_require__.e(255), __nccwpck_require__.e(64), __nccwpck_require__.e(628)]).then((() => ok(__nccwpck_require__(37053))).bind(null, __nccwpck_require__))['catch'](fail))).driftCommand;
const loadRollback = async () => ( false
    ? 0
    : await new Promise((ok, fail) => Promise.all(/* require.ensure | rollback */[__nccwpck_require__.e(270), __nccwpck_require__.e(695), __nccwpck_require__.e(432), __nccwpck_require__.e(44), __nccwpck_require__.e(229), __nccwpck_require__.e(231), __nccwpck_require__.e(255), __nccwpck_require__.e(64), __nccwpck_require__.e(216), __nccwpck_require__.e(496), __nccwpck_require__.e(855)]).then((() => ok(__nccwpck_require__(51356))).bind(null, __nccwpck_require__))['catch'](fail))).rollbackCommand;
// The options each verb takes are in cli-options.ts (one row per option).
exports.COMMANDS = {
    validate: {
        summary: 'load and check the config (no AWS)',
        examples: ['validate --config serverless.config.yml --environment prod'],
        load: loadValidate,
    },
    synth: {
        summary: 'write a CDK cloud assembly to --out (no AWS)',
        examples: ['synth --environment staging --out cdk.out --format json'],
        load: loadSynth,
    },
    review: {
        summary: 'cost estimate and security findings of the synthesized stack (no AWS)',
        examples: ['review --environment prod', 'review --format sarif > review.sarif'],
        load: loadReview,
    },
    plan: {
        summary: 'create and describe a change set without executing it',
        examples: ['plan --environment prod --out plan-prod'],
        load: loadPlan,
    },
    deploy: {
        summary: 'plan, then execute the change set and wait; print outputs',
        examples: ['deploy --environment dev', 'deploy --plan plan-prod --format json'],
        load: loadDeploy,
    },
    destroy: {
        summary: 'delete the stack of the environment',
        examples: ['destroy --environment pr-12'],
        load: loadDestroy,
    },
    sweep: {
        summary: 'delete preview stacks (pr-*) of closed pull requests or older than --ttl-hours',
        examples: ['sweep --keep pr-12,pr-15 --ttl-hours 168 --dry-run'],
        load: loadSweep,
    },
    drift: {
        summary: 'detect resources changed outside CloudFormation (exit 1 when drifted)',
        examples: ['drift --environment prod', 'drift --environment prod --format json'],
        load: loadDrift,
    },
    rollback: {
        summary: 'redeploy the previous successful template (or --template FILE); --continue for UPDATE_ROLLBACK_FAILED',
        examples: [
            'rollback --environment prod',
            'rollback --environment prod --template plan-prod',
            'rollback --environment prod --continue --skip UsersTable',
        ],
        load: loadRollback,
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
    names;
    constructor(diagnostics, warnings = [], 
    /** What the broken config still names, so a failure report can key the stack's comment. */
    names = {}) {
        super(diagnostics.map(formatDiagnostic).join('\n'), 'CONFIG_INVALID');
        this.diagnostics = diagnostics;
        this.warnings = warnings;
        this.names = names;
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

/***/ 58842:
/***/ ((__unused_webpack_module, exports) => {


// On Node versions the AWS SDK no longer supports, the SDK prints an eight-line
// NodeVersionSupportWarning from every process that creates a client. The CLI and the
// action replace it with one line of their own, once per process; every other warning
// passes through untouched.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SDK_WARNING_NAME = void 0;
exports.nodeVersionLine = nodeVersionLine;
exports.quietNodeVersionWarning = quietNodeVersionWarning;
/** The warning the AWS SDK emits (as the start of its message). */
exports.SDK_WARNING_NAME = 'NodeVersionSupportWarning';
/** The one line for Node `version` when the SDK asks for `wanted` or newer. */
function nodeVersionLine(version, wanted) {
    const major = /^v?(\d+)/.exec(version)?.[1] ?? version;
    return `serverless-action: Node ${major} is past end-of-life; use Node ${wanted} or newer`;
}
/** Is this the SDK's NodeVersionSupportWarning (by its name, whatever its form)? */
function isSdkWarning(warning, rest) {
    const text = typeof warning === 'string' ? warning : warning instanceof Error ? warning.name : '';
    if (text.startsWith(exports.SDK_WARNING_NAME))
        return true;
    if (warning instanceof Error && warning.message.startsWith(exports.SDK_WARNING_NAME))
        return true;
    const type = rest[0];
    if (type === exports.SDK_WARNING_NAME)
        return true;
    return typeof type === 'object' && type !== null && 'type' in type
        ? type.type === exports.SDK_WARNING_NAME
        : false;
}
/** The Node major the SDK asks for (`node >=22` in its text); 22 when it does not say. */
function wantedMajor(warning) {
    const text = typeof warning === 'string' ? warning : warning instanceof Error ? warning.message : '';
    return Number(/node >=\s*(\d+)/i.exec(text)?.[1] ?? 22);
}
const INSTALLED = Symbol.for('serverless-action.quietNodeVersionWarning');
/**
 * Filters `target.emitWarning`: the SDK's NodeVersionSupportWarning becomes one `write`n
 * line, the first time only; everything else is emitted as before. Installing twice is
 * a no-op. Returns a function that puts the original back (for tests).
 */
function quietNodeVersionWarning(target, write, version = process.version) {
    const marked = target;
    if (marked[INSTALLED])
        return () => undefined;
    const original = target.emitWarning;
    let said = false;
    const filtered = function (warning, ...rest) {
        if (isSdkWarning(warning, rest)) {
            const wanted = wantedMajor(warning);
            if (!said && Number(/^v?(\d+)/.exec(version)?.[1]) < wanted) {
                write(nodeVersionLine(version, wanted));
            }
            said = true;
            return;
        }
        original.call(this, warning, ...rest);
    };
    target.emitWarning = filtered;
    marked[INSTALLED] = true;
    return () => {
        target.emitWarning = original;
        delete marked[INSTALLED];
    };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TOOL_VERSION = void 0;
// The tool's version, for report footers and SARIF; test/version.test.ts keeps it equal to
// package.json's (a require of package.json would pull the whole file into the bundle).
exports.TOOL_VERSION = '0.1.0';


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
    Promise.all(/* require.ensure | action */[__nccwpck_require__.e(695), __nccwpck_require__.e(367), __nccwpck_require__.e(231), __nccwpck_require__.e(30), __nccwpck_require__.e(957)]).then((() => {
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