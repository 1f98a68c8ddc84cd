"use strict";
exports.id = 30;
exports.ids = [30];
exports.modules = {

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

/***/ 856:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ANNOTATIONS_PER_LEVEL = void 0;
exports.diagnosticAnnotations = diagnosticAnnotations;
exports.capAnnotations = capAnnotations;
exports.findingAnnotations = findingAnnotations;
exports.annotationOverflow = annotationOverflow;
exports.changeAnnotations = changeAnnotations;
// Config problems, findings and data-losing changes as workflow annotations, pinned to the
// config's lines so they show on the pull request's "Files changed" tab. GitHub shows at most
// 10 annotations of each level per step, so findings beyond that are counted in the report
// instead of sent to be dropped.
const nested_1 = __webpack_require__(83468);
/** GitHub's display limit per level and step. */
exports.ANNOTATIONS_PER_LEVEL = 10;
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
/** Keeps the first `perLevel` annotations of each level (callers sort worst first). */
function capAnnotations(annotations, perLevel = exports.ANNOTATIONS_PER_LEVEL) {
    const used = { error: 0, warning: 0, notice: 0 };
    const kept = [];
    for (const a of annotations) {
        if (used[a.level] >= perLevel)
            continue;
        used[a.level]++;
        kept.push(a);
    }
    return { kept, dropped: annotations.length - kept.length };
}
function uncappedFindingAnnotations(findings) {
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
/**
 * Unsuppressed findings only (a suppression with a reason is a decision, not noise), at most
 * 10 per level; the report counts the rest (annotationOverflow).
 */
function findingAnnotations(findings) {
    return capAnnotations(uncappedFindingAnnotations(findings)).kept;
}
/** Findings not annotated because of GitHub's per-level limit. */
function annotationOverflow(findings) {
    return capAnnotations(uncappedFindingAnnotations(findings)).dropped;
}
/** Changes that delete data or cannot succeed, as errors at the config line that causes them. */
function changeAnnotations(changes) {
    const annotations = changes
        .filter((c) => c.location !== undefined && (c.risk === 'data-loss' || c.customName))
        .map((c) => ({
        level: 'error',
        title: c.customName !== undefined ? 'replacement will fail' : 'data loss',
        message: c.customName !== undefined
            ? `${c.resource ?? (0, nested_1.qualifiedId)(c)} must be replaced but keeps its name ${c.customName}: CloudFormation fails the update. Rename it (a new key) and copy the data, or undo the change${c.reason ? ` (${c.reason})` : ''}.`
            : `${c.resource ?? (0, nested_1.qualifiedId)(c)} (${c.type}): ${c.reason ?? 'deleted with its data'}`,
        file: c.location.file,
        startLine: c.location.line,
        startColumn: c.location.column,
    }));
    return capAnnotations(annotations).kept;
}


/***/ }),

/***/ 76128:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ATTENTION_ITEMS = void 0;
exports.attentionItems = attentionItems;
exports.renderAttention = renderAttention;
const graph_1 = __webpack_require__(90692);
const changes_1 = __webpack_require__(59059);
const findings_1 = __webpack_require__(19334);
const links_1 = __webpack_require__(83303);
const markdown_1 = __webpack_require__(54285);
/** Attention items beyond this many are counted, not listed: the tables hold them all. */
exports.ATTENTION_ITEMS = 10;
/** Findings at or above this severity are in the list when `fail-on` is `none`. */
const DEFAULT_THRESHOLD = 'high';
/** A finding rule that means "anyone can call this". */
const PUBLIC_ROUTE_RULE = 'SA-ROUTE-NO-AUTH';
/**
 * A function's old version removed while a new one is added: every code or settings change
 * publishes a version and retires the last (the alias moves first), which needs no attention.
 */
function isVersionSucceeded(c, changes) {
    return (c.type === 'AWS::Lambda::Version' &&
        changes.some((other) => other.type === c.type && other.action === 'Add' && other.resource === c.resource));
}
function attentionItems(plan, failOn) {
    const items = [];
    const at = (c) => c.location !== undefined ? { location: c.location } : {};
    for (const c of plan.changes) {
        if (c.customName !== undefined) {
            items.push({ text: blockedReplacement(c), ...at(c) });
        }
        else if (c.risk === 'data-loss') {
            items.push({
                text: `🛑 ${(0, changes_1.typeLabel)(c.type)} ${(0, changes_1.changeName)(c)} will be **${verb(c)}** and its data lost${c.reason ? `: ${(0, markdown_1.cell)(c.reason)}` : ''}`,
                ...at(c),
            });
        }
        else if (c.risk === 'replacement') {
            items.push({
                text: `⚠️ ${(0, changes_1.typeLabel)(c.type)} ${(0, changes_1.changeName)(c)} will be **${verb(c)}**${c.reason ? `: ${(0, markdown_1.cell)(c.reason)}` : ''}`,
                ...at(c),
            });
        }
        else if (c.action === 'Remove' && !isVersionSucceeded(c, plan.changes)) {
            items.push({
                text: `🗑️ ${(0, changes_1.typeLabel)(c.type)} ${(0, changes_1.changeName)(c)} will be **deleted**`,
                ...at(c),
            });
        }
    }
    const active = (plan.findings ?? []).filter((f) => f.suppressed === undefined);
    const open = new Set(active.filter((f) => f.rule === PUBLIC_ROUTE_RULE).map((f) => f.logicalId));
    const openRoutes = [];
    for (const c of plan.changes) {
        if (c.action !== 'Add')
            continue;
        if ((0, graph_1.graphKindOf)(c.type) === 'api') {
            items.push({
                text: `🌐 new public endpoint: ${(0, changes_1.typeLabel)(c.type)} ${(0, changes_1.changeName)(c)}`,
                ...at(c),
            });
        }
        else if (open.has(c.logicalId)) {
            openRoutes.push(c);
        }
    }
    if (openRoutes.length > 0) {
        items.push({
            text: `🌐 ${openRoutes.length === 1 ? 'a new route' : `${openRoutes.length} new routes`} without an authorizer: ${listed(openRoutes)}`,
            ...at(openRoutes[0]),
        });
    }
    // Who may do what, changed on a deployed stack (on a first deploy every grant is new, and
    // the tables list them).
    const iam = plan.changeSetType === 'CREATE'
        ? []
        : plan.changes.filter((c) => c.action !== 'Remove' &&
            (c.type.startsWith('AWS::IAM::') || c.type === 'AWS::Lambda::Permission'));
    if (iam.length > 0) {
        items.push({
            text: `🔐 ${iam.length === 1 ? 'a permission changes' : `${iam.length} permissions change`}: ${listed(iam)}`,
            ...at(iam[0]),
        });
    }
    const threshold = failOn === undefined || failOn === 'none' ? DEFAULT_THRESHOLD : failOn;
    const blocking = (0, findings_1.findingsAtOrAbove)(plan.findings ?? [], threshold).filter((f) => (0, findings_1.findingNovelty)(f, plan) !== 'present');
    const byRule = new Map();
    for (const f of blocking)
        byRule.set((0, findings_1.ruleOf)(f), [...(byRule.get((0, findings_1.ruleOf)(f)) ?? []), f]);
    for (const [rule, found] of byRule) {
        const first = found[0];
        const names = [...new Set(found.map((f) => f.resource))];
        items.push({
            text: `${findings_1.SEVERITY_LABEL[first.severity]} ${(0, markdown_1.code)(rule)} on ${names.slice(0, 5).map(markdown_1.code).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}: ${(0, markdown_1.cell)(first.message)}`,
            ...(first.location !== undefined && { location: first.location }),
        });
    }
    return items;
}
/** The first few changes by name, and how many more. */
function listed(changes) {
    const names = changes.slice(0, 5).map(changes_1.changeName).join(', ');
    return changes.length > 5 ? `${names} and ${changes.length - 5} more` : names;
}
function verb(c) {
    if (c.action === 'Remove')
        return 'deleted';
    return c.replacement === 'Conditional' ? 'possibly replaced' : 'replaced';
}
/** A custom-named resource CloudFormation must replace: the update cannot succeed. */
function blockedReplacement(c) {
    const name = (0, markdown_1.code)(c.customName ?? '');
    return (`⛔ ${(0, changes_1.typeLabel)(c.type)} ${(0, changes_1.changeName)(c)} must be replaced but keeps its explicit name ${name}: ` +
        `CloudFormation cannot create the new one beside the old under the same name, so **the update will fail**. ` +
        `Fix: ${renameFix(c)}`);
}
function renameFix(c) {
    const key = c.resource !== undefined ? (0, markdown_1.code)(c.resource) : 'its key';
    const section = c.configPath?.split('.')[0];
    const where = section !== undefined ? ` in ${(0, markdown_1.code)(section)}` : '';
    const forcing = /because (.+?) changes?\b/.exec(c.reason ?? '')?.[1];
    const undo = forcing !== undefined ? ` Or undo the change to ${(0, markdown_1.cell)(forcing)}.` : '';
    return c.risk === 'data-loss'
        ? `rename ${key}${where} (e.g. \`${c.resource ?? 'name'}-v2\`) so a new resource is created beside the old one, copy the data across, then remove the old key.${undo}`
        : `rename ${key}${where} so the new resource gets a new name.${undo}`;
}
function renderAttention(plan, failOn, links, allowReplacement) {
    const items = attentionItems(plan, failOn);
    if (items.length === 0)
        return '';
    const shown = items.slice(0, exports.ATTENTION_ITEMS).map((item) => {
        const link = (0, links_1.lineLink)(item.location, links);
        return `- ${item.text}${link !== '' ? ` — ${link}` : ''}`;
    });
    const more = items.length - shown.length;
    const lines = ['#### What needs your attention', ...shown];
    if (more > 0)
        lines.push(`- …and ${more} more: see the tables below.`);
    if (plan.changes.some((c) => c.risk === 'data-loss')) {
        lines.push('', allowReplacement
            ? '`allow-replacement` is on: a deploy will go ahead and the data in these resources will be lost.'
            : 'A deploy refuses changes that delete data unless `allow-replacement: true` is set; back up the data first.');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 59059:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RISK_LABEL = exports.RISK_ORDER = exports.FOLD_ROWS = void 0;
exports.typeLabel = typeLabel;
exports.sortChanges = sortChanges;
exports.riskCounts = riskCounts;
exports.changeName = changeName;
exports.propertyText = propertyText;
exports.renderChanges = renderChanges;
// The change set as a table, most dangerous first, each Modify row saying which properties
// change (`MemorySize 128 → 256`). Long tables fold; the attention list above them already
// names what must not be missed.
const nested_1 = __webpack_require__(83468);
const detail_1 = __webpack_require__(33349);
const links_1 = __webpack_require__(83303);
const markdown_1 = __webpack_require__(54285);
const verdict_1 = __webpack_require__(90687);
/** Tables longer than this fold into <details>. */
exports.FOLD_ROWS = 15;
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
const TYPE_LABEL = {
    'AWS::DynamoDB::Table': 'DynamoDB table',
    'AWS::Lambda::Function': 'Lambda function',
    'AWS::SQS::Queue': 'SQS queue',
    'AWS::SNS::Topic': 'SNS topic',
    'AWS::S3::Bucket': 'S3 bucket',
    'AWS::Kinesis::Stream': 'Kinesis stream',
    'AWS::Logs::LogGroup': 'log group',
    'AWS::IAM::Role': 'IAM role',
    'AWS::IAM::Policy': 'IAM policy',
    'AWS::ApiGatewayV2::Api': 'HTTP API',
    'AWS::ApiGateway::RestApi': 'REST API',
    'AWS::ApiGatewayV2::Route': 'API route',
    'AWS::Events::Rule': 'EventBridge rule',
    'AWS::CloudWatch::Alarm': 'alarm',
    'AWS::Lambda::Version': 'Lambda version',
    'AWS::Lambda::Alias': 'Lambda alias',
    'AWS::CodeDeploy::Application': 'CodeDeploy application',
    'AWS::CodeDeploy::DeploymentGroup': 'CodeDeploy deployment group',
};
/** `DynamoDB table`; the CloudFormation type when there is no shorter name. */
function typeLabel(type) {
    return TYPE_LABEL[type] ?? type;
}
function sortChanges(changes) {
    return [...changes].sort((a, b) => exports.RISK_ORDER.indexOf(a.risk) - exports.RISK_ORDER.indexOf(b.risk) ||
        (0, nested_1.qualifiedId)(a).localeCompare((0, nested_1.qualifiedId)(b), 'en', { numeric: true }));
}
function riskCounts(changes) {
    return exports.RISK_ORDER.map((risk) => [risk, changes.filter((c) => c.risk === risk).length])
        .filter(([, count]) => count > 0)
        .map(([risk, count]) => `${count} ${exports.RISK_LABEL[risk]}`)
        .join(' · ');
}
/**
 * `users` (`UsersTable`): the config key first, the logical id when it differs; a nested
 * stack's resource by its stack too (`Functions07/F3Function`).
 */
function changeName(change) {
    const id = (0, nested_1.qualifiedId)(change);
    return change.resource !== undefined && change.resource !== id
        ? `${(0, markdown_1.code)(change.resource)} (${(0, markdown_1.code)(id)})`
        : (0, markdown_1.code)(id);
}
function actionWord(c) {
    if (c.action === 'Modify' && (c.replacement === 'True' || c.replacement === 'Conditional')) {
        return c.replacement === 'True' ? 'Replace' : 'Replace?';
    }
    return c.action;
}
/** Values worth printing inline: short scalars, not policy documents or code locations. */
function inline(value) {
    return value !== undefined && value.length <= 40 && !/^[[{]/.test(value);
}
/** `MemorySize 128 → 256`, `Environment` (an object), `Timeout (new) 30`. */
function propertyText(p) {
    if (inline(p.before) && inline(p.after)) {
        return `${(0, markdown_1.code)(p.name)} ${(0, markdown_1.cell)(p.before)} → ${(0, markdown_1.cell)(p.after)}`;
    }
    if (p.before === undefined && inline(p.after))
        return `${(0, markdown_1.code)(p.name)} (added) ${(0, markdown_1.cell)(p.after)}`;
    if (p.after === undefined && p.before !== undefined)
        return `${(0, markdown_1.code)(p.name)} (removed)`;
    return (0, markdown_1.code)(p.name);
}
function whatChanges(c) {
    const parts = [];
    if (c.properties !== undefined && c.properties.length > 0) {
        parts.push(c.properties.map(propertyText).join(', '));
    }
    if (c.customName !== undefined) {
        parts.push(`**fails**: replacing needs a new name (${(0, markdown_1.code)(c.customName)} is taken)`);
    }
    if (c.reason)
        parts.push((0, markdown_1.cell)(c.reason));
    return parts.join('; ');
}
function renderChanges(changes, detail, links, done = false) {
    if (changes.length === 0)
        return '';
    const sorted = sortChanges(changes);
    const shown = sorted.slice(0, detail_1.CHANGE_ROWS[detail]);
    const rows = shown.map((c) => [
        exports.RISK_LABEL[c.risk],
        actionWord(c),
        changeName(c),
        (0, markdown_1.cell)(typeLabel(c.type)),
        whatChanges(c),
        (0, links_1.lineLink)(c.location, links),
    ]);
    const body = (0, markdown_1.table)(['Risk', 'Action', 'Resource', 'Type', 'What changes', 'Config'], rows);
    const hidden = sorted.length - shown.length;
    const title = `${(0, markdown_1.plural)(changes.length, 'change')} (${(0, verdict_1.countsText)(changes, done)})`;
    return [
        `#### Changes: ${riskCounts(changes)}`,
        rows.length > exports.FOLD_ROWS ? (0, markdown_1.details)(title, body) : body,
        hidden > 0 ? `…and ${(0, markdown_1.plural)(hidden, 'more change')} (the safest): see the job summary.` : '',
    ]
        .filter((part) => part !== '')
        .join('\n\n');
}


/***/ }),

/***/ 8089:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.monthlyText = monthlyText;
exports.costDelta = costDelta;
exports.costHeadline = costHeadline;
exports.renderCost = renderCost;
const markdown_1 = __webpack_require__(54285);
const preview_1 = __webpack_require__(5566);
/** Tables longer than this fold into <details> (as the change table does). */
const FOLD_ROWS = 15;
/** Days in the 730-hour month the prices assume. */
function unknownCount(cost) {
    return cost.items.filter((i) => i.monthlyUsd === null).length;
}
/** `$0.90 / month + usage` when some usage is unknown, else `$12.40 / month`. */
function monthlyText(cost) {
    return `${(0, markdown_1.usd)(cost.monthlyUsd)} / month${unknownCount(cost) > 0 ? ' + usage' : ''}`;
}
/**
 * `+$3.10 / month (+33 %)`, `no change`, `new stack`; `deployed cost unknown` when an update's
 * deployed template could not be read (never "new stack" for a stack that exists).
 */
function costDelta(monthlyUsd, deployedMonthlyUsd, changeSetType) {
    if (deployedMonthlyUsd === undefined) {
        return changeSetType === 'CREATE' ? 'new stack' : 'deployed cost unknown';
    }
    const delta = Math.round((monthlyUsd - deployedMonthlyUsd) * 100) / 100;
    if (Math.abs(delta) < 0.005)
        return 'no change';
    const sign = delta > 0 ? '+' : '−';
    const percent = deployedMonthlyUsd > 0
        ? ` (${sign}${Math.round(Math.abs((delta / deployedMonthlyUsd) * 100))} %)`
        : '';
    return `${sign}${(0, markdown_1.usd)(Math.abs(delta))} / month${percent}`;
}
/** The cost part of the headline: the delta when there is one, else the total. */
function costHeadline(plan, preview) {
    const cost = plan.cost;
    const delta = costDelta(cost.monthlyUsd, plan.deployedMonthlyUsd, plan.changeSetType);
    const perDay = preview ? `, ≈ ${(0, markdown_1.usd)((0, preview_1.dailyUsd)(cost.monthlyUsd))} / day` : '';
    if (delta.startsWith('+') || delta.startsWith('−'))
        return `cost ${delta}${perDay}`;
    return `cost ${monthlyText(cost)}${perDay} (${delta})`;
}
function usageSource(item) {
    if (!item.usageBased)
        return 'fixed';
    if (item.monthlyUsd === null)
        return `unknown: ${(0, markdown_1.cell)(item.unitPrice ?? 'priced by use')}`;
    return '`usage:`';
}
/** The line's name without the "usage unknown; set ..." hint, which the Usage column says. */
function what(item) {
    return (0, markdown_1.cell)(item.description.replace(/: usage unknown.*$/, ''));
}
function renderCost(plan, detail, preview) {
    const cost = plan.cost;
    const unknown = unknownCount(cost);
    const delta = costDelta(cost.monthlyUsd, plan.deployedMonthlyUsd, plan.changeSetType);
    const vs = plan.deployedMonthlyUsd !== undefined && delta !== 'no change'
        ? `${delta} vs. ${(0, markdown_1.usd)(plan.deployedMonthlyUsd)} deployed`
        : delta;
    const parts = [`#### Cost: ${monthlyText(cost)} · ${vs}`];
    if (preview) {
        parts.push(`This preview costs ≈ ${(0, markdown_1.usd)((0, preview_1.dailyUsd)(cost.monthlyUsd))} / day${unknown > 0 ? ' + usage' : ''} while it runs.`);
    }
    parts.push(`${(0, markdown_1.usd)(cost.fixedUsd)} fixed + ${(0, markdown_1.usd)(cost.usageUsd)} from \`usage:\`` +
        (unknown > 0
            ? `; ${(0, markdown_1.plural)(unknown, 'usage-based line')} without usage ${unknown === 1 ? 'is' : 'are'} not in the total (add ${unknown === 1 ? 'it' : 'them'} under \`usage:\` in the config)`
            : '') +
        `. ${cost.region} list prices of ${cost.priceDate}, no free tier.`);
    if (detail !== 'minimal' && cost.items.length > 0) {
        const items = [...cost.items].sort((a, b) => (b.monthlyUsd ?? -1) - (a.monthlyUsd ?? -1) || a.resource.localeCompare(b.resource));
        const shown = detail === 'full' ? items : items.slice(0, 50);
        const rows = shown.map((i) => [
            (0, markdown_1.cell)(i.resource),
            (0, markdown_1.cell)(i.service),
            what(i),
            i.monthlyUsd === null ? '+ usage' : (0, markdown_1.usd)(i.monthlyUsd),
            usageSource(i),
        ]);
        const body = (0, markdown_1.table)(['Resource', 'Service', 'What', 'Monthly', 'Usage'], rows);
        const more = items.length - shown.length;
        const folded = rows.length > FOLD_ROWS ? (0, markdown_1.details)(`Cost by line (${rows.length})`, body) : body;
        parts.push(more > 0 ? `${folded}\n\n…and ${(0, markdown_1.plural)(more, 'more line')}: see the job summary.` : folded);
    }
    if (detail === 'full') {
        // Price-data warnings only; "no usage" is said once above.
        const notes = cost.warnings.filter((w) => !/usage/i.test(w));
        if (notes.length > 0)
            parts.push(notes.map((w) => `- ⚠️ ${(0, markdown_1.cell)(w)}`).join('\n'));
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
    add('lambda_alias_arns', outputs.lambda_alias_arns);
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

/***/ 52911:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_NODES = void 0;
exports.renderDiagram = renderDiagram;
const graph_1 = __webpack_require__(90692);
const markdown_1 = __webpack_require__(54285);
/** More nodes than this and the picture summarizes by kind. */
exports.MAX_NODES = 50;
/** Worst first: a summarized box takes the colour of its worst member. */
const STATE_ORDER = ['removed', 'replaced', 'added', 'changed', 'same'];
const KIND_ORDER = [
    'api',
    'schedule',
    'rule',
    'topic',
    'queue',
    'stream',
    'bucket',
    'function',
    'table',
];
const KIND_ICON = {
    api: '🌐',
    function: 'λ',
    table: '🗄️',
    queue: '📨',
    topic: '📣',
    schedule: '⏰',
    rule: '🎯',
    stream: '🌊',
    bucket: '🪣',
};
const KIND_NAME = {
    api: ['API', 'APIs'],
    function: ['function', 'functions'],
    table: ['table', 'tables'],
    queue: ['queue', 'queues'],
    topic: ['topic', 'topics'],
    schedule: ['schedule', 'schedules'],
    rule: ['rule', 'rules'],
    stream: ['stream', 'streams'],
    bucket: ['bucket', 'buckets'],
};
const CLASS_DEFS = [
    'classDef added fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
    'classDef changed fill:#fff8c5,stroke:#9a6700,color:#1f2328',
    'classDef replaced fill:#ffebe9,stroke:#cf222e,color:#1f2328',
    'classDef removed fill:#f6f8fa,stroke:#cf222e,stroke-dasharray:4 3,color:#57606a',
];
function stateOf(change) {
    if (change === undefined)
        return 'same';
    if (change.action === 'Add' || change.action === 'Import')
        return 'added';
    if (change.action === 'Remove')
        return 'removed';
    return change.replacement === 'True' || change.replacement === 'Conditional'
        ? 'replaced'
        : 'changed';
}
/** Mermaid label text: quotes and angle brackets as entities. */
function label(text) {
    return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
/** The node's shape by kind; `text` is already escaped (label()). */
function shape(kind, text) {
    const t = `"${text}"`;
    switch (kind) {
        case 'function':
            return `(${t})`;
        case 'table':
            return `[(${t})]`;
        case 'queue':
        case 'stream':
            return `[/${t}/]`;
        case 'api':
            return `{{${t}}}`;
        default:
            return `[${t}]`;
    }
}
/** The graph's nodes plus removed resources (only in the change set), each with its state. */
function drawnNodes(graph, changes) {
    const byId = new Map(changes.map((c) => [c.logicalId, c]));
    const nodes = graph.nodes.map((n) => ({ ...n, state: stateOf(byId.get(n.id)) }));
    const known = new Set(graph.nodes.map((n) => n.id));
    for (const c of changes) {
        const kind = (0, graph_1.graphKindOf)(c.type);
        if (c.action !== 'Remove' || kind === undefined || known.has(c.logicalId))
            continue;
        nodes.push({ id: c.logicalId, kind, label: c.resource ?? c.logicalId, state: 'removed' });
    }
    return nodes;
}
function renderDiagram(graph, changes) {
    const nodes = drawnNodes(graph, changes);
    if (nodes.length === 0)
        return '';
    const body = nodes.length > exports.MAX_NODES ? summarized(nodes, graph) : detailed(nodes, graph);
    const legend = nodes.length > exports.MAX_NODES
        ? `${(0, markdown_1.plural)(nodes.length, 'part')}, drawn one box per kind. Colours: 🟩 added · 🟨 changed · 🟥 replaced · ⬜ dashed removed.`
        : 'Colours: 🟩 added · 🟨 changed · 🟥 replaced · ⬜ dashed removed.';
    return ['#### Stack', '```mermaid', body, '```', `<sub>${legend}</sub>`].join('\n');
}
function detailed(nodes, graph) {
    const order = [...nodes].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label));
    const short = new Map(order.map((n, i) => [n.id, `n${i}`]));
    const lines = ['flowchart LR'];
    for (const n of order) {
        const cls = n.state === 'same' ? '' : `:::${n.state}`;
        lines.push(`  ${short.get(n.id)}${shape(n.kind, label(`${KIND_ICON[n.kind]} ${n.label}`))}${cls}`);
    }
    for (const e of graph.edges) {
        const from = short.get(e.from);
        const to = short.get(e.to);
        if (from !== undefined && to !== undefined)
            lines.push(`  ${from} --> ${to}`);
    }
    return [...lines, ...CLASS_DEFS.map((d) => `  ${d}`)].join('\n');
}
function summarized(nodes, graph) {
    const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
    const lines = ['flowchart LR'];
    for (const kind of KIND_ORDER) {
        const these = nodes.filter((n) => n.kind === kind);
        if (these.length === 0)
            continue;
        const counts = STATE_ORDER.filter((s) => s !== 'same')
            .map((s) => [s, these.filter((n) => n.state === s).length])
            .filter(([, count]) => count > 0)
            .map(([s, count]) => `${count} ${s}`);
        const worst = STATE_ORDER.find((s) => these.some((n) => n.state === s)) ?? 'same';
        const [one, many] = KIND_NAME[kind];
        const text = `${KIND_ICON[kind]} ${these.length} ${these.length === 1 ? one : many}${counts.length > 0 ? `<br/>${counts.join(' · ')}` : ''}`;
        lines.push(`  ${kind}${shape(kind, text)}${worst === 'same' ? '' : `:::${worst}`}`);
    }
    const seen = new Set();
    for (const e of graph.edges) {
        const from = kindOf.get(e.from);
        const to = kindOf.get(e.to);
        if (from === undefined || to === undefined || from === to)
            continue;
        const key = `${from}->${to}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        lines.push(`  ${from} --> ${to}`);
    }
    return [...lines, ...CLASS_DEFS.map((d) => `  ${d}`)].join('\n');
}


/***/ }),

/***/ 18101:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderDrift = renderDrift;
const markdown_1 = __webpack_require__(54285);
/** Rows each level keeps; stateful rows sort first, so they stay. */
const DRIFT_ROWS = { full: 200, compact: 50, minimal: 10 };
/** Characters of an expected / actual value shown in a cell. */
const VALUE_CHARS = 80;
function short(value) {
    if (value === undefined)
        return '—';
    return (0, markdown_1.code)(value.length > VALUE_CHARS ? `${value.slice(0, VALUE_CHARS - 1)}…` : value);
}
function renderDrift(drift, detail) {
    if (drift.status === 'UNKNOWN') {
        return `**Drift:** unknown — ${(0, markdown_1.cell)(drift.reason ?? 'detection did not finish')}`;
    }
    if (drift.resources.length === 0) {
        return '**Drift:** none — every resource matches the deployed template.';
    }
    const stateful = drift.resources.filter((r) => r.stateful).length;
    const rows = drift.resources.flatMap((r) => {
        const name = `${r.stateful ? '🛑 ' : ''}${r.resource !== undefined ? `${(0, markdown_1.code)(r.resource)} ` : ''}${(0, markdown_1.code)(r.logicalId)}`;
        if (r.status === 'DELETED' || r.properties.length === 0) {
            return [[name, (0, markdown_1.cell)(r.type), r.status === 'DELETED' ? 'deleted' : 'modified', '—', '—']];
        }
        return r.properties.map((p, i) => [
            i === 0 ? name : '',
            i === 0 ? (0, markdown_1.cell)(r.type) : '',
            (0, markdown_1.code)(p.path),
            short(p.expected),
            short(p.actual),
        ]);
    });
    const kept = rows.slice(0, DRIFT_ROWS[detail]);
    const body = [
        (0, markdown_1.table)(['Resource', 'Type', 'Property', 'Template', 'Actual'], kept),
        kept.length < rows.length
            ? `…and ${rows.length - kept.length} more rows (see the job summary)`
            : '',
    ]
        .filter((p) => p !== '')
        .join('\n\n');
    const summary = `<b>Drift:</b> ${(0, markdown_1.plural)(drift.resources.length, 'resource')} changed outside CloudFormation` +
        (stateful > 0 ? ` (${stateful} stateful: a deploy over them needs allow-drift)` : '');
    return (0, markdown_1.details)(summary, body, stateful > 0);
}


/***/ }),

/***/ 19334:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SEVERITY_LABEL = void 0;
exports.activeFindings = activeFindings;
exports.findingsAtOrAbove = findingsAtOrAbove;
exports.severityCounts = severityCounts;
exports.ruleOf = ruleOf;
exports.findingNovelty = findingNovelty;
exports.groupByRule = groupByRule;
exports.renderFindings = renderFindings;
const types_1 = __webpack_require__(34077);
const annotations_1 = __webpack_require__(856);
const links_1 = __webpack_require__(83303);
const markdown_1 = __webpack_require__(54285);
/** Tables longer than this fold into <details>. */
const FOLD_ROWS = 15;
/** Resources listed per rule row; the rest are counted. */
const RESOURCES_PER_ROW = 5;
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
/** The rule a finding belongs to: `AwsSolutions-IAM5[Action::s3:*]` is `AwsSolutions-IAM5`. */
function ruleOf(finding) {
    return finding.rule.replace(/\[.*\]$/, '');
}
/**
 * Whether a finding comes with this change or is already on the deployed stack. The project's
 * own rules are run on the deployed template (`plan.previous`); cdk-nag's run on the new one
 * only, so theirs count as present when the resource exists and does not change.
 */
function findingNovelty(finding, plan) {
    const previous = plan.previous;
    if (previous === undefined) {
        if (!plan.hasChanges)
            return 'present';
        return plan.changeSetType === 'CREATE' ? 'new' : 'unknown';
    }
    const id = finding.logicalId;
    if (id === undefined || !previous.logicalIds.includes(id))
        return 'new';
    if (finding.rule.startsWith('SA-')) {
        return previous.findingKeys.includes((0, types_1.findingKey)(finding)) ? 'present' : 'new';
    }
    return plan.changes.some((c) => c.logicalId === id) ? 'unknown' : 'present';
}
/** One group per rule and severity, worst first, then by rule id. */
function groupByRule(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = `${f.severity}\0${ruleOf(f)}`;
        groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    return [...groups.values()]
        .map((found) => ({ rule: ruleOf(found[0]), severity: found[0].severity, findings: found }))
        .sort((a, b) => types_1.SEVERITIES.indexOf(a.severity) - types_1.SEVERITIES.indexOf(b.severity) ||
        a.rule.localeCompare(b.rule));
}
function resourcesCell(found, links) {
    const seen = new Map();
    for (const f of found)
        if (!seen.has(f.resource))
            seen.set(f.resource, f);
    const listed = [...seen.values()].slice(0, RESOURCES_PER_ROW).map((f) => {
        const link = (0, links_1.lineLink)(f.location, links);
        return link === '' ? (0, markdown_1.code)(f.resource) : `${(0, markdown_1.code)(f.resource)} ${link}`;
    });
    const more = seen.size - listed.length;
    return listed.join('<br>') + (more > 0 ? `<br>and ${more} more` : '');
}
function noveltyCell(found, plan) {
    if (plan === undefined)
        return '';
    const counts = { new: 0, present: 0, unknown: 0 };
    for (const f of found)
        counts[findingNovelty(f, plan)]++;
    const parts = [];
    if (counts.new > 0)
        parts.push(found.length === counts.new ? '🆕 new' : `🆕 ${counts.new} new`);
    if (counts.present > 0) {
        parts.push(found.length === counts.present ? 'already deployed' : `${counts.present} deployed`);
    }
    if (counts.unknown > 0)
        parts.push(found.length === counts.unknown ? '—' : `${counts.unknown} ?`);
    return parts.join(', ');
}
function headingCounts(active, plan) {
    if (plan === undefined)
        return severityCounts(active);
    const fresh = active.filter((f) => findingNovelty(f, plan) === 'new').length;
    const present = active.filter((f) => findingNovelty(f, plan) === 'present').length;
    const parts = [severityCounts(active)];
    if (fresh > 0)
        parts.push(`${fresh} new`);
    if (present > 0)
        parts.push(`${present} already deployed`);
    return parts.join(' · ');
}
function renderFindings(findings, detail, links, plan) {
    const active = activeFindings(findings);
    const suppressed = findings.filter((f) => f.suppressed !== undefined);
    const heading = active.length === 0
        ? '#### Security: no findings'
        : `#### Security: ${headingCounts(active, plan)}`;
    const parts = [heading];
    if (active.length > 0 && detail !== 'minimal') {
        const rows = groupByRule(active).map((g) => [
            exports.SEVERITY_LABEL[g.severity],
            `${(0, markdown_1.code)(g.rule)}: ${(0, markdown_1.cell)(g.findings[0].message)}`,
            resourcesCell(g.findings, links),
            noveltyCell(g.findings, plan),
            (0, markdown_1.cell)(g.findings[0].fix ?? ''),
        ]);
        const body = (0, markdown_1.table)(['Severity', 'Rule', 'Resources', 'Status', 'Fix'], rows);
        parts.push(rows.length > FOLD_ROWS
            ? (0, markdown_1.details)(`${(0, markdown_1.plural)(rows.length, 'rule')} with findings`, body)
            : body);
    }
    const overflow = (0, annotations_1.annotationOverflow)(findings);
    if (overflow > 0) {
        parts.push(`GitHub shows at most 10 annotations per level in a step: ${(0, markdown_1.plural)(overflow, 'more finding')} ${overflow === 1 ? 'is' : 'are'} listed here only.`);
    }
    if (suppressed.length > 0 && detail !== 'minimal') {
        parts.push((0, markdown_1.details)(`Suppressed (${suppressed.length})`, (0, markdown_1.table)(['Rule', 'Resources', 'Reason'], groupByRule(suppressed).map((g) => [
            (0, markdown_1.code)(g.rule),
            [...new Set(g.findings.map((f) => (0, markdown_1.code)(f.resource)))].join(', '),
            (0, markdown_1.cell)(g.findings[0].suppressed?.reason ?? ''),
        ]))));
    }
    else if (suppressed.length > 0) {
        parts.push(`${(0, markdown_1.plural)(suppressed.length, 'suppressed finding')}: see the job summary.`);
    }
    return parts.join('\n\n');
}


/***/ }),

/***/ 83303:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lineLabel = lineLabel;
exports.lineLink = lineLink;
const markdown_1 = __webpack_require__(54285);
/** `serverless.config.yml:18`: the file's name and line (the footer names the full path). */
function lineLabel(location) {
    const name = location.file.replace(/\\/g, '/').split('/').pop() ?? location.file;
    return `${name}:${location.line}`;
}
/**
 * `[serverless.config.yml:18](https://github.com/o/r/blob/<sha>/serverless.config.yml#L18)`, or
 * the label as code when there is no repository to link to (local runs, absolute paths).
 */
function lineLink(location, links) {
    if (location === undefined)
        return '';
    const label = lineLabel(location);
    const path = repoPath(location.file, links.configPath);
    if (links.repoUrl === undefined || links.sha === undefined || path === undefined) {
        return (0, markdown_1.code)(label);
    }
    return `[${label}](${links.repoUrl}/blob/${links.sha}/${encodeURI(path)}#L${location.line})`;
}
function repoPath(file, configPath) {
    const clean = file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!clean.startsWith('/') && !clean.startsWith('../'))
        return clean;
    return configPath?.replace(/\\/g, '/').replace(/^\.\//, '');
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

/***/ 5566:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dailyUsd = dailyUsd;
exports.renderPreview = renderPreview;
/** AWS prices a month as 730 hours. */
const DAYS_PER_MONTH = 730 / 24;
function dailyUsd(monthlyUsd) {
    return monthlyUsd / DAYS_PER_MONTH;
}
/** '' when the preview differs from production in nothing. */
function renderPreview(preview) {
    if (preview.differences.length === 0)
        return '';
    return [
        '#### Preview',
        '',
        '<details><summary>Differs from production</summary>',
        '',
        '| setting | preview | production | override with |',
        '| --- | --- | --- | --- |',
        ...preview.differences.map((d) => `| ${d.what} | ${d.preview} | ${d.production} | \`${d.path}\` under \`environments.pr-*\` |`),
        '',
        '</details>',
    ].join('\n');
}


/***/ }),

/***/ 46340:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECTIONS = exports.SUMMARY_LIMIT = exports.COMMENT_LIMIT = void 0;
exports.commentMarker = commentMarker;
exports.minuteUtc = minuteUtc;
exports.footer = footer;
exports.renderReport = renderReport;
exports.renderFitted = renderFitted;
const errors_1 = __webpack_require__(83916);
const attention_1 = __webpack_require__(76128);
const changes_1 = __webpack_require__(59059);
const cost_1 = __webpack_require__(8089);
const deploy_outputs_1 = __webpack_require__(65808);
const detail_1 = __webpack_require__(33349);
const diagram_1 = __webpack_require__(52911);
const drift_1 = __webpack_require__(18101);
const findings_1 = __webpack_require__(19334);
const markdown_1 = __webpack_require__(54285);
const preview_1 = __webpack_require__(5566);
const rollout_1 = __webpack_require__(38363);
const verdict_1 = __webpack_require__(90687);
/** GitHub rejects issue comments longer than this many characters. */
exports.COMMENT_LIMIT = 65536;
/** GitHub's per-step job summary limit is 1 MiB; stay under it in UTF-16 units too. */
exports.SUMMARY_LIMIT = 1_000_000;
/** The hidden marker of a stack's sticky comment. */
function commentMarker(key) {
    return `<!-- serverless-action:${key} -->`;
}
/**
 * The sections in reading order. New sections (IAM changes, "differs from production")
 * go into this list; each renders '' when it does not apply.
 */
exports.SECTIONS = [
    { id: 'failure', render: failureSection },
    {
        id: 'attention',
        render: ({ plan, report, links, allowReplacement }) => plan ? (0, attention_1.renderAttention)(plan, report.failOn, links, allowReplacement) : '',
    },
    {
        id: 'drift',
        render: ({ plan, detail }) => (plan?.drift ? (0, drift_1.renderDrift)(plan.drift, detail) : ''),
    },
    {
        id: 'outputs',
        render: ({ report, detail }) => report.outcome.kind === 'deploy'
            ? (0, deploy_outputs_1.renderDeployOutputs)(report.outcome.deploy.outputs, detail)
            : '',
    },
    {
        id: 'changes',
        render: ({ plan, detail, links, report }) => plan ? (0, changes_1.renderChanges)(plan.changes, detail, links, (0, verdict_1.resultOf)(report) === 'deployed') : '',
    },
    {
        id: 'rollout',
        render: ({ plan }) => (plan ? (0, rollout_1.renderRollout)(plan) : ''),
    },
    {
        id: 'cost',
        render: ({ plan, detail, report }) => plan?.cost ? (0, cost_1.renderCost)(plan, detail, report.preview !== undefined) : '',
    },
    {
        id: 'preview',
        render: ({ report }) => (report.preview ? (0, preview_1.renderPreview)(report.preview) : ''),
    },
    {
        id: 'findings',
        render: ({ plan, detail, links }) => plan?.findings ? (0, findings_1.renderFindings)(plan.findings, detail, links, plan) : '',
    },
    {
        id: 'diagram',
        render: ({ plan, detail }) => plan?.graph && detail !== 'minimal' ? (0, diagram_1.renderDiagram)(plan.graph, plan.changes) : '',
    },
    {
        id: 'change-set',
        render: ({ plan }) => plan?.changeSetId !== undefined ? `<sub>Change set: ${(0, markdown_1.code)(plan.changeSetId)}</sub>` : '',
    },
];
function failureSection({ report, detail }) {
    if (report.outcome.kind !== 'failure')
        return '';
    const { error } = report.outcome;
    const cause = (0, markdown_1.clip)(error.diagnostics && error.diagnostics.length > 0
        ? error.diagnostics.map(errors_1.formatDiagnostic).join('\n')
        : error.message, detail_1.ERROR_CHARS[detail]);
    return [
        `**${(0, verdict_1.resultOf)(report) === 'refused' ? 'Why' : 'Root cause'}**${error.code ? ` (${(0, markdown_1.code)(error.code)})` : ''}:`,
        (0, markdown_1.fenced)(cause),
        error.hint ? `**What to do:** ${(0, markdown_1.clip)(error.hint, detail_1.ERROR_CHARS[detail])}` : '',
    ]
        .filter((p) => p !== '')
        .join('\n\n');
}
/** `2026-11-28 06:00 UTC`: to the minute, as a reviewer reads a time. */
function minuteUtc(date) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** The commit, the config, the environment, the tool version and the time, on one line. */
function footer(report) {
    const parts = [report.command];
    if (report.configPath !== undefined)
        parts.push((0, markdown_1.code)(report.configPath));
    if (report.environment !== undefined)
        parts.push(`environment ${(0, markdown_1.code)(report.environment)}`);
    if (report.sha)
        parts.push(`commit ${(0, markdown_1.code)(report.sha.slice(0, 7))}`);
    if (report.toolVersion !== undefined)
        parts.push(`serverless-action ${report.toolVersion}`);
    parts.push(minuteUtc(report.updatedAt));
    if (report.runUrl)
        parts.push(`[run](${report.runUrl})`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
function linksOf(report) {
    return {
        ...(report.repoUrl !== undefined && { repoUrl: report.repoUrl }),
        ...(report.sha !== undefined && { sha: report.sha }),
        ...(report.configPath !== undefined && { configPath: report.configPath }),
    };
}
function renderReport(report, detail, options = {}) {
    const context = {
        report,
        plan: (0, verdict_1.planOf)(report),
        detail,
        links: linksOf(report),
        allowReplacement: options.allowReplacement ?? false,
    };
    const parts = [
        options.marker ?? '',
        (0, verdict_1.headline)(report),
        ...exports.SECTIONS.map((section) => section.render(context)),
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

/***/ 38363:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderRollout = renderRollout;
const deployment_preference_1 = __webpack_require__(59333);
const markdown_1 = __webpack_require__(54285);
function renderRollout(plan) {
    if (!plan.hasChanges || plan.rollout === undefined)
        return '';
    const changed = new Set(plan.changes.map((c) => c.logicalId));
    // Without a change set (review --format markdown) every function is "changed".
    const rollouts = plan.changes.length === 0
        ? plan.rollout
        : plan.rollout.filter((r) => r.logicalIds.some((id) => changed.has(id)));
    if (!rollouts.some((r) => r.type !== 'AllAtOnce'))
        return '';
    return [
        '#### Rollout',
        '',
        (0, markdown_1.table)(['Function', 'Traffic shift', 'Stopped and rolled back by'], rollouts.map(row)),
    ].join('\n');
}
function row(rollout) {
    if (rollout.type === 'AllAtOnce') {
        return [(0, markdown_1.code)(rollout.function), 'all at once (`AllAtOnce`)', '—'];
    }
    const hooks = [
        rollout.hooks.preTraffic !== undefined && `pre-traffic hook ${(0, markdown_1.code)(rollout.hooks.preTraffic)}`,
        rollout.hooks.postTraffic !== undefined &&
            `post-traffic hook ${(0, markdown_1.code)(rollout.hooks.postTraffic)}`,
    ].filter((h) => typeof h === 'string');
    const stoppers = [...rollout.alarms.map(markdown_1.code), ...hooks];
    return [
        (0, markdown_1.code)(rollout.function),
        `${(0, deployment_preference_1.describeDeploymentType)(rollout.type)} (\`${rollout.type}\`, CodeDeploy)`,
        stoppers.length > 0 ? stoppers.join(', ') : 'a failed deployment only (no alarms)',
    ];
}


/***/ }),

/***/ 90687:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VERDICT_LABEL = void 0;
exports.resultOf = resultOf;
exports.planOf = planOf;
exports.verdictOf = verdictOf;
exports.changeCounts = changeCounts;
exports.countsText = countsText;
exports.headline = headline;
// The first line of a report: the verdict in words and one emoji, what changes in counts,
// and the cost delta, so a reviewer knows at a glance whether to read on.
const outcome_1 = __webpack_require__(84535);
const attention_1 = __webpack_require__(76128);
const cost_1 = __webpack_require__(8089);
const markdown_1 = __webpack_require__(54285);
exports.VERDICT_LABEL = {
    safe: '✅ Safe',
    attention: '⚠️ Needs attention',
    'data-loss': '🛑 Will lose data',
    'no-op': '✅ No changes',
    deployed: '🚀 Deployed',
    destroyed: '🗑️ Destroyed',
    refused: '⛔ Refused',
    failed: '❌ Failed',
};
/** The outcome in one word: the report's own `result` when set, else read from the outcome. */
function resultOf(report) {
    if (report.result !== undefined)
        return report.result;
    const { outcome } = report;
    switch (outcome.kind) {
        case 'plan':
            return outcome.plan.hasChanges ? 'planned' : 'no-op';
        case 'deploy':
            return outcome.deploy.hasChanges ? 'deployed' : 'no-op';
        case 'destroy':
            return 'destroyed';
        case 'failure':
            return outcome.refused === true || (0, outcome_1.isRefusalCode)(outcome.error.code) ? 'refused' : 'failed';
    }
}
/** The plan a report is about, whatever its outcome (a refusal keeps what it refused). */
function planOf(report) {
    const { outcome } = report;
    switch (outcome.kind) {
        case 'plan':
            return outcome.plan;
        case 'deploy':
            return outcome.deploy;
        case 'failure':
            return outcome.plan;
        case 'destroy':
            return undefined;
    }
}
function verdictOf(report) {
    const result = resultOf(report);
    switch (result) {
        case 'refused':
        case 'failed':
        case 'deployed':
        case 'destroyed':
        case 'no-op':
            return result;
        case 'planned': {
            const plan = planOf(report);
            if (plan === undefined)
                return 'safe';
            if (plan.changes.some((c) => c.risk === 'data-loss'))
                return 'data-loss';
            return (0, attention_1.attentionItems)(plan, report.failOn).length > 0 ? 'attention' : 'safe';
        }
    }
}
function changeCounts(changes) {
    let add = 0;
    let change = 0;
    let replace = 0;
    let remove = 0;
    for (const c of changes) {
        if (c.action === 'Add' || c.action === 'Import')
            add++;
        else if (c.action === 'Remove')
            remove++;
        else if (c.replacement === 'True' || c.replacement === 'Conditional')
            replace++;
        else
            change++;
    }
    return { add, change, replace, remove };
}
/** `3 to add, 2 to change, 1 to replace` (a plan) or `3 added, 2 changed` (a deploy). */
function countsText(changes, done) {
    const counts = changeCounts(changes);
    const words = [
        ['add', 'to add', 'added'],
        ['change', 'to change', 'changed'],
        ['replace', 'to replace', 'replaced'],
        ['remove', 'to delete', 'deleted'],
    ];
    return words
        .filter(([key]) => counts[key] > 0)
        .map(([key, future, past]) => `${counts[key]} ${done ? past : future}`)
        .join(', ');
}
/** `### ⚠️ Needs attention · `app-dev` plan: 3 to add, 1 to replace · +$3.10 / month (+33 %)` */
function headline(report) {
    const verdict = verdictOf(report);
    const stack = report.stackName !== undefined ? `${(0, markdown_1.code)(report.stackName)} ` : '';
    const plan = planOf(report);
    const what = [];
    if (report.outcome.kind === 'destroy') {
        if (!report.outcome.destroy.deleted) {
            return `### ✅ Nothing to destroy · ${stack}does not exist`;
        }
    }
    else if (verdict === 'no-op') {
        what.push('up to date');
    }
    else if (plan !== undefined && plan.changes.length > 0) {
        what.push(countsText(plan.changes, verdict === 'deployed'));
    }
    if (plan?.cost !== undefined)
        what.push((0, cost_1.costHeadline)(plan, report.preview !== undefined));
    const label = exports.VERDICT_LABEL[verdict];
    return `### ${label} · ${stack}${report.command}${what.length > 0 ? `: ${what.join(' · ')}` : ''}`;
}


/***/ }),

/***/ 90692:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.graphKindOf = graphKindOf;
exports.stackGraph = stackGraph;
const template_1 = __webpack_require__(97620);
const KIND_OF_TYPE = {
    'AWS::ApiGatewayV2::Api': 'api',
    'AWS::ApiGateway::RestApi': 'api',
    'AWS::Lambda::Function': 'function',
    'AWS::DynamoDB::Table': 'table',
    'AWS::SQS::Queue': 'queue',
    'AWS::SNS::Topic': 'topic',
    'AWS::Events::Rule': 'rule',
    'AWS::Kinesis::Stream': 'stream',
    'AWS::S3::Bucket': 'bucket',
};
/** Origin kinds of what the stack adds for itself (alarms' topic, artifact buckets): not drawn. */
const OWN_PLUMBING = new Set(['alarm-topic']);
/** The node kind of a resource type, for resources that are drawn. */
function graphKindOf(type) {
    return KIND_OF_TYPE[type];
}
function stackGraph(template, origins = {}) {
    const resources = template.Resources ?? {};
    const origin = (0, template_1.allOrigins)(template, origins);
    const nodes = new Map();
    for (const [id, resource] of Object.entries(resources)) {
        let kind = KIND_OF_TYPE[resource.Type];
        const from = origin[id];
        if (kind === undefined || (from !== undefined && OWN_PLUMBING.has(from.kind)))
            continue;
        if (kind === 'rule' && resource.Properties?.['ScheduleExpression'] !== undefined) {
            kind = 'schedule';
        }
        nodes.set(id, { id, kind, label: labelOf(id, from) });
    }
    // Functions by the role they run as, so a role's policy becomes the function's arrows.
    const functionsOfRole = new Map();
    for (const node of nodes.values()) {
        if (node.kind !== 'function')
            continue;
        const role = (0, template_1.referencedId)(resources[node.id]?.Properties?.['Role']);
        if (role !== undefined)
            functionsOfRole.set(role, [...(functionsOfRole.get(role) ?? []), node.id]);
    }
    const edges = new Map();
    const add = (from, to) => {
        if (from !== to)
            edges.set(`${from}->${to}`, { from, to });
    };
    // What invokes a function goes through its `live` alias: an arrow to the alias is one to the function.
    const aliased = new Map();
    for (const [id, resource] of Object.entries(resources)) {
        const target = (0, template_1.referencedId)(resource.Properties?.['FunctionName']);
        if (resource.Type === 'AWS::Lambda::Alias' && target !== undefined)
            aliased.set(id, target);
    }
    const drawn = (ids) => [...new Set([...ids].map((id) => aliased.get(id) ?? id))].filter((id) => nodes.has(id));
    for (const [id, resource] of Object.entries(resources)) {
        const properties = resource.Properties ?? {};
        if (nodes.has(id)) {
            // A node pointing at another: a rule's targets, a queue's redrive, an API's target.
            for (const to of drawn((0, template_1.referencedIds)(properties)))
                add(id, to);
            continue;
        }
        if (resource.Type === 'AWS::Lambda::EventSourceMapping') {
            const named = (0, template_1.referencedId)(properties['FunctionName']);
            const target = named === undefined ? undefined : (aliased.get(named) ?? named);
            const source = (0, template_1.referencedId)(properties['EventSourceArn']);
            if (target === undefined || !nodes.has(target))
                continue;
            if (source !== undefined && nodes.has(source))
                add(source, target);
            for (const dlq of drawn((0, template_1.referencedIds)(properties['DestinationConfig'])))
                add(target, dlq);
            continue;
        }
        if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::Role') {
            const roles = resource.Type === 'AWS::IAM::Role' ? [id] : [...(0, template_1.referencedIds)(properties['Roles'])];
            const users = roles.flatMap((role) => functionsOfRole.get(role) ?? []);
            const document = resource.Type === 'AWS::IAM::Role' ? properties['Policies'] : properties;
            const granted = drawn((0, template_1.referencedIds)(document)).filter((to) => nodes.get(to)?.kind !== 'api' && nodes.get(to)?.kind !== 'function');
            for (const user of users)
                for (const to of granted)
                    add(user, to);
            continue;
        }
        // Glue between two drawn parts (integrations, permissions, subscriptions): from what
        // calls to the function it calls.
        const touched = drawn((0, template_1.referencedIds)(properties));
        const targets = touched.filter((t) => nodes.get(t)?.kind === 'function');
        const sources = touched.filter((t) => nodes.get(t)?.kind !== 'function');
        for (const source of sources)
            for (const target of targets)
                add(source, target);
    }
    // A function may read what triggers it (its role's grant on the queue or stream): the
    // arrow that matters is the trigger's, so the grant's reverse arrow goes.
    for (const [key, edge] of edges) {
        if (nodes.get(edge.from)?.kind === 'function' && edges.has(`${edge.to}->${edge.from}`)) {
            edges.delete(key);
        }
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
function labelOf(id, origin) {
    if (origin === undefined)
        return id;
    if (origin.kind === 'dlq')
        return `${origin.key} DLQ`;
    return origin.key;
}


/***/ }),

/***/ 97620:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resourcesOfType = resourcesOfType;
exports.allOrigins = allOrigins;
exports.referencedId = referencedId;
exports.referencedIds = referencedIds;
exports.isRecord = isRecord;
exports.prop = prop;
exports.isTrue = isTrue;
exports.asNumber = asNumber;
exports.asString = asString;
exports.asArray = asArray;
exports.resourceName = resourceName;
// Reading a synthesized CloudFormation template: resources by type, references between them,
// and the config origin CDK metadata carries. Shared by the cost model and the security rules.
const types_1 = __webpack_require__(18927);
/** Resources of the given CloudFormation type(s), in template order, with their origins. */
function resourcesOfType(template, types, origins = {}) {
    const wanted = typeof types === 'string' ? [types] : types;
    const out = [];
    for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
        if (!wanted.includes(resource.Type))
            continue;
        const origin = origins[logicalId] ?? originFromMetadata(resource);
        out.push({
            logicalId,
            type: resource.Type,
            properties: resource.Properties ?? {},
            ...(origin && { origin }),
        });
    }
    return out;
}
/** Every resource's origin: the given map first, else the resource's own Metadata. */
function allOrigins(template, origins = {}) {
    const out = {};
    for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
        const origin = origins[logicalId] ?? originFromMetadata(resource);
        if (origin)
            out[logicalId] = origin;
    }
    return out;
}
function originFromMetadata(resource) {
    const value = resource.Metadata?.[types_1.ORIGIN_METADATA_KEY];
    if (!isRecord(value))
        return undefined;
    const { kind, key, path } = value;
    if (typeof kind !== 'string' || typeof key !== 'string' || typeof path !== 'string') {
        return undefined;
    }
    return { kind, key, path };
}
/** The logical id a `{Ref: X}` or `{"Fn::GetAtt": [X, ...]}` (or `"X.Arn"`) points at, else undefined. */
function referencedId(value) {
    if (!isRecord(value))
        return undefined;
    const ref = value['Ref'];
    if (typeof ref === 'string')
        return ref;
    const getAtt = value['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string')
        return getAtt[0];
    if (typeof getAtt === 'string')
        return getAtt.split('.')[0];
    return undefined;
}
/** Every logical id referenced anywhere inside `value` (Ref, GetAtt, Sub's ${X}). */
function referencedIds(value, into = new Set()) {
    if (Array.isArray(value)) {
        for (const item of value)
            referencedIds(item, into);
    }
    else if (isRecord(value)) {
        const direct = referencedId(value);
        if (direct)
            into.add(direct);
        const sub = value['Fn::Sub'];
        const subText = typeof sub === 'string' ? sub : Array.isArray(sub) ? sub[0] : undefined;
        if (typeof subText === 'string') {
            for (const match of subText.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z]+)?\}/g)) {
                if (match[1])
                    into.add(match[1]);
            }
        }
        for (const child of Object.values(value))
            referencedIds(child, into);
    }
    return into;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A property path read defensively: `prop(props, 'CorsConfiguration', 'AllowOrigins')`. */
function prop(value, ...path) {
    let current = value;
    for (const key of path) {
        if (!isRecord(current))
            return undefined;
        current = current[key];
    }
    return current;
}
/** CloudFormation booleans arrive as true or "true". */
function isTrue(value) {
    return value === true || value === 'true';
}
/** A number or numeric string, else undefined. */
function asNumber(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
        return Number(value);
    }
    return undefined;
}
/** A string, or a number written as one (CloudFormation accepts both), else undefined. */
function asString(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return String(value);
    return undefined;
}
function asArray(value) {
    if (value === undefined || value === null)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** The config key of a resource (its origin's), else its logical id. */
function resourceName(resource) {
    return resource.origin?.key ?? resource.logicalId;
}


/***/ }),

/***/ 34077:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SEVERITIES = void 0;
exports.findingKey = findingKey;
exports.SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
/** `rule|logicalId`: how a finding is matched against the deployed stack's (plan.previous). */
function findingKey(finding) {
    return `${finding.rule}|${finding.logicalId ?? finding.resource}`;
}


/***/ })

};
;