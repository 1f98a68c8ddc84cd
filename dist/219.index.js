"use strict";
exports.id = 219;
exports.ids = [219];
exports.modules = {

/***/ 44368:
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
exports.reviewCommand = void 0;
exports.makeReviewCommand = makeReviewCommand;
// `serverless-action review`: load the config, synthesize into a scratch directory (or --out),
// estimate the monthly cost and list the security findings. Needs no AWS. Findings do not fail
// the command (exit 0); the action's `fail-on` decides what blocks a deploy.
const promises_1 = __webpack_require__(51455);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const config_1 = __webpack_require__(89750);
const errors_1 = __webpack_require__(83916);
/** The review command with its synth step injectable (tests pass a stack built from a fixture). */
function makeReviewCommand(synthesize) {
    return async (context) => {
        const { options } = context;
        const loaded = await (0, config_1.loadConfig)(options.config, {
            cwd: context.cwd,
            ...(options.environment !== undefined && { environment: options.environment }),
        });
        // Config warnings (e.g. a field that does not apply to its source type) go to stderr, as
        // `validate` prints them; stdout stays one document for --format json / sarif.
        for (const warning of loaded.warnings)
            context.logger.info((0, errors_1.formatDiagnostic)(warning));
        // `out` defaults to cdk.out for synth; review keeps the user's tree clean unless asked.
        const outGiven = context.options.out !== 'cdk.out';
        const outDir = outGiven
            ? (0, node_path_1.resolve)(context.cwd, options.out)
            : await (0, promises_1.mkdtemp)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'serverless-action-review-'));
        try {
            const stack = await (await synthesize())(loaded, { outDir });
            const { review } = await Promise.resolve().then(() => __importStar(__webpack_require__(90732)));
            const region = options.region ??
                context.env['AWS_REGION'] ??
                context.env['AWS_DEFAULT_REGION'] ??
                'us-east-1';
            const result = await review(stack, { region });
            if (options.format === 'json') {
                const { reviewJson } = await Promise.resolve().then(() => __importStar(__webpack_require__(71817)));
                context.print(JSON.stringify(reviewJson(result), null, 2));
            }
            else if (options.format === 'sarif') {
                const { toSarif } = await Promise.resolve().then(() => __importStar(__webpack_require__(10643)));
                context.print(JSON.stringify(toSarif(result, { configFile: options.config, baseDir: context.cwd }), null, 2));
            }
            else if (options.format === 'markdown') {
                // The PR comment, for local use: what the action would post for a plan, without the
                // change set (that needs AWS) and so without changes or a cost delta.
                const { renderReport } = await Promise.resolve().then(() => __importStar(__webpack_require__(46340)));
                const { stackGraph } = await Promise.resolve().then(() => __importStar(__webpack_require__(90692)));
                const { rolloutOf } = await Promise.resolve().then(() => __importStar(__webpack_require__(68853)));
                const { wholeTemplate } = await Promise.resolve().then(() => __importStar(__webpack_require__(50842)));
                const { TOOL_VERSION } = await Promise.resolve().then(() => __importStar(__webpack_require__(311)));
                const template = wholeTemplate(stack);
                context.print(renderReport({
                    command: 'plan',
                    stackName: stack.stackName,
                    environment: loaded.environment,
                    configPath: options.config,
                    toolVersion: TOOL_VERSION,
                    updatedAt: new Date(),
                    outcome: {
                        kind: 'plan',
                        plan: {
                            stackName: stack.stackName,
                            hasChanges: true,
                            changes: [],
                            cost: result.cost,
                            findings: result.findings,
                            graph: stackGraph(template, stack.origins),
                            rollout: rolloutOf(template, stack.origins),
                        },
                    },
                }, 'full'));
            }
            else {
                const { formatReviewText } = await Promise.resolve().then(() => __importStar(__webpack_require__(71817)));
                context.print(formatReviewText(result));
            }
            return 0;
        }
        finally {
            if (!outGiven)
                await (0, promises_1.rm)(outDir, { recursive: true, force: true });
        }
    };
}
exports.reviewCommand = makeReviewCommand(async () => (await Promise.resolve().then(() => __importStar(__webpack_require__(30790)))).synthesize);


/***/ }),

/***/ 10643:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toSarif = toSarif;
exports.toRepoUri = toRepoUri;
// SARIF 2.1.0 for GitHub code scanning: one rule per rule id, one result per finding, located
// at the config line that produced it (code scanning needs a file location on every result).
const node_crypto_1 = __webpack_require__(77598);
const node_path_1 = __webpack_require__(76760);
const security_1 = __webpack_require__(48687);
const nag_1 = __webpack_require__(42841);
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note',
};
/** GitHub ranks security alerts by this property (0-10): critical > 9, high 7-8.9, medium 4-6.9. */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '1.0',
};
const NAG_RULES_URL = 'https://github.com/cdklabs/cdk-nag/blob/main/RULES.md';
function toSarif(result, options) {
    const ruleIds = [...new Set(result.findings.map((f) => (0, nag_1.baseRuleId)(f.rule)))].sort();
    const rules = ruleIds.map((id) => describeRule(id, result.findings));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'serverless-action',
                        ...(options.toolVersion !== undefined && { version: options.toolVersion }),
                        rules,
                    },
                },
                results: result.findings.map((f) => toResult(f, ruleIds.indexOf((0, nag_1.baseRuleId)(f.rule)), options)),
            },
        ],
    };
}
function describeRule(id, findings) {
    const ours = security_1.OUR_RULES.find((r) => r.id === id);
    const worst = findings
        .filter((f) => (0, nag_1.baseRuleId)(f.rule) === id)
        .map((f) => f.severity)
        .sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b))[0] ?? 'medium';
    const example = findings.find((f) => (0, nag_1.baseRuleId)(f.rule) === id);
    const title = ours?.title ?? example?.message ?? id;
    return {
        id,
        name: id.replace(/[^A-Za-z0-9]/g, ''),
        shortDescription: { text: title },
        fullDescription: { text: ours?.help ?? title },
        help: {
            text: ours ? `${ours.help}\n\nFix: ${example?.fix ?? ''}` : `See ${id} in ${NAG_RULES_URL}.`,
        },
        ...(ours === undefined && { helpUri: NAG_RULES_URL }),
        defaultConfiguration: { level: LEVEL[worst] },
        properties: {
            tags: ['security', ours ? 'serverless-action' : 'cdk-nag'],
            'security-severity': SECURITY_SEVERITY[worst],
        },
    };
}
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];
function toResult(finding, ruleIndex, options) {
    const file = finding.location?.file ?? options.configFile;
    const uri = toRepoUri(file, options.baseDir);
    const text = `${finding.resource}: ${finding.message}${finding.fix ? ` Fix: ${finding.fix}` : ''}`;
    return {
        ruleId: (0, nag_1.baseRuleId)(finding.rule),
        ruleIndex,
        level: LEVEL[finding.severity],
        message: { text },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri },
                    region: {
                        startLine: finding.location?.line ?? 1,
                        startColumn: finding.location?.column ?? 1,
                    },
                },
                ...(finding.logicalId !== undefined && {
                    logicalLocations: [{ name: finding.logicalId, kind: 'resource' }],
                }),
            },
        ],
        // Stable across line moves, so an alert survives edits elsewhere in the config.
        partialFingerprints: {
            'serverless-action/v1': (0, node_crypto_1.createHash)('sha256')
                .update(`${finding.rule}\0${finding.resource}\0${finding.logicalId ?? ''}`)
                .digest('hex')
                .slice(0, 32),
        },
        properties: { severity: finding.severity, resource: finding.resource, rule: finding.rule },
        ...(finding.suppressed && {
            suppressions: [{ kind: 'external', justification: finding.suppressed.reason }],
        }),
    };
}
/** `./config/app.yml` or an absolute path -> `config/app.yml`, with forward slashes. */
function toRepoUri(file, baseDir) {
    const rel = (0, node_path_1.isAbsolute)(file) ? (0, node_path_1.relative)(baseDir, file) : file;
    return rel.split(node_path_1.sep).join('/').replace(/^\.\//, '');
}


/***/ }),

/***/ 71817:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatReviewText = formatReviewText;
exports.formatCostText = formatCostText;
exports.formatFindingsText = formatFindingsText;
exports.reviewJson = reviewJson;
// The review as text for a terminal: a cost table, then findings worst first, one
// `FILE:LINE:COLUMN: severity: ...` line each (what editors and problem matchers read).
const delta_1 = __webpack_require__(19378);
const types_1 = __webpack_require__(34077);
function formatReviewText(result) {
    return [
        formatCostText(result.cost),
        '',
        formatFindingsText(result.findings),
        ...warningLines(result),
    ]
        .join('\n')
        .trimEnd();
}
function formatCostText(cost) {
    const unknown = cost.items.filter((i) => i.monthlyUsd === null).length;
    const lines = [
        `Monthly cost estimate: ${(0, delta_1.formatUsd)(cost.monthlyUsd)} (${cost.region} list prices of ${cost.priceDate}, 730 h, no free tier)`,
        `  fixed ${(0, delta_1.formatUsd)(cost.fixedUsd)} + usage-based ${(0, delta_1.formatUsd)(cost.usageUsd)}` +
            (unknown > 0
                ? `; ${unknown} usage-based line${unknown === 1 ? '' : 's'} without usage, not in the total`
                : ''),
    ];
    if (cost.items.length === 0)
        return [...lines, '  (no billable resources)'].join('\n');
    const resourceWidth = Math.max(8, ...cost.items.map((i) => i.resource.length));
    const serviceWidth = Math.max(7, ...cost.items.map((i) => i.service.length));
    const rows = cost.items.map((item) => {
        const amount = item.monthlyUsd === null ? '?' : (0, delta_1.formatUsd)(item.monthlyUsd);
        const kind = item.usageBased ? 'usage' : 'fixed';
        return `  ${item.resource.padEnd(resourceWidth)}  ${item.service.padEnd(serviceWidth)}  ${amount.padStart(10)}  ${kind}  ${item.description}`;
    });
    const header = `  ${'RESOURCE'.padEnd(resourceWidth)}  ${'SERVICE'.padEnd(serviceWidth)}  ${'MONTHLY'.padStart(10)}  KIND   WHAT`;
    return [...lines, '', header, ...rows].join('\n');
}
function formatFindingsText(findings) {
    const open = findings.filter((f) => !f.suppressed);
    const suppressed = findings.length - open.length;
    const counts = types_1.SEVERITIES.map((s) => [s, open.filter((f) => f.severity === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`);
    const summary = `Security findings: ${counts.length > 0 ? counts.join(', ') : 'none'}` +
        (suppressed > 0 ? ` (${suppressed} suppressed)` : '');
    const lines = [summary];
    for (const finding of findings) {
        const where = finding.location
            ? `${finding.location.file}:${finding.location.line}:${finding.location.column}: `
            : '';
        const id = finding.logicalId && finding.logicalId !== finding.resource ? ` (${finding.logicalId})` : '';
        const state = finding.suppressed ? `suppressed ${finding.severity}` : finding.severity;
        lines.push(`${where}${state}: [${finding.rule}] ${finding.resource}${id}: ${finding.message}`);
        if (finding.suppressed)
            lines.push(`    suppressed: ${finding.suppressed.reason}`);
        else if (finding.fix)
            lines.push(`    fix: ${finding.fix}`);
    }
    return lines.join('\n');
}
function warningLines(result) {
    const warnings = [...result.cost.warnings, ...(result.warnings ?? [])];
    return warnings.length === 0 ? [] : ['', ...warnings.map((w) => `warning: ${w}`)];
}
/** SPEC §2's JSON: `{"cost": {"monthlyUsd", "items"}, "findings": [{"rule", "severity", "resource", "message"}]}` plus extra fields. */
function reviewJson(result) {
    return {
        cost: result.cost,
        findings: result.findings,
        warnings: [...result.cost.warnings, ...(result.warnings ?? [])],
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

/***/ 74729:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.originsOf = originsOf;
exports.originsOfTree = originsOfTree;
// Which config entry each resource came from, read back from a template's resource Metadata
// (`serverless-action:origin`, written by synth's markOrigin): for a synthesized template and
// for a deployed one alike, which is why entries of another shape are skipped.
const templates_1 = __webpack_require__(66837);
const types_1 = __webpack_require__(18927);
/** logical id -> origin, for every resource of the template that carries one. */
function originsOf(template) {
    const origins = {};
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
        const origin = resource.Metadata?.[types_1.ORIGIN_METADATA_KEY];
        if (origin && typeof origin.kind === 'string' && typeof origin.key === 'string') {
            origins[logicalId] = origin;
        }
    }
    return origins;
}
/** originsOf over a stack's template and every nested stack's, merged (logical ids are unique across them). */
function originsOfTree(stack) {
    return Object.fromEntries((0, templates_1.templatesOf)(stack).flatMap((t) => Object.entries(originsOf(t.template))));
}


/***/ }),

/***/ 66837:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.templatesOf = templatesOf;
/** The parent template first, then each nested stack's, in the given order. */
function templatesOf(stack) {
    return [
        { template: stack.template },
        ...(stack.nested ?? []).map((n) => ({ nestedStack: n.logicalId, template: n.template })),
    ];
}


/***/ })

};
;