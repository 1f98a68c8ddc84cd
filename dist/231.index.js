"use strict";
exports.id = 231;
exports.ids = [231];
exports.modules = {

/***/ 60322:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PLACEHOLDER_MARK = void 0;
exports.checkPlaceholders = checkPlaceholders;
exports.placeholderProblem = placeholderProblem;
exports.refusePlaceholders = refusePlaceholders;
const errors_1 = __webpack_require__(83916);
const findings_1 = __webpack_require__(74770);
const iam_references_1 = __webpack_require__(54050);
/** Every placeholder warning's message contains this, so plan and deploy can refuse them. */
exports.PLACEHOLDER_MARK = 'cannot be a real';
const RESOURCE_ID = /^(subnet|sg)-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const ACCOUNT = /^\d{12}$/;
function checkPlaceholders(context) {
    const findings = [];
    walk(context.config, [], (value, path) => {
        const problem = placeholderProblem(value);
        if (problem !== undefined)
            findings.push((0, findings_1.warning)(path, `${JSON.stringify(value)} ${problem}`));
    });
    const edge = edgeCertificateProblem(context.config.api_gateway_config);
    if (edge !== undefined)
        findings.push(edge);
    return findings;
}
/** An EDGE endpoint is served by CloudFront, which reads certificates from us-east-1 only. */
function edgeCertificateProblem(api) {
    const arn = api?.domain_config?.certificate_arn;
    if (api?.endpoint_type !== 'EDGE' || arn === undefined)
        return undefined;
    const region = (0, iam_references_1.arnParts)(arn)[3];
    if (region === undefined || region === 'us-east-1' || !REGION.test(region))
        return undefined;
    return (0, findings_1.warning)(['api_gateway_config', 'domain_config', 'certificate_arn'], `${JSON.stringify(arn)} ${exports.PLACEHOLDER_MARK} certificate for an EDGE endpoint: CloudFront reads certificates from us-east-1 only, and this one is in ${region}; request or import it in us-east-1, or use endpoint_type: REGIONAL`);
}
/** Why a value cannot be real, else undefined. */
function placeholderProblem(value) {
    const id = /^(subnet|sg)-/.exec(value);
    if (id !== undefined && id !== null && !RESOURCE_ID.test(value)) {
        const kind = id[1] === 'subnet' ? 'subnet' : 'security group';
        return `${exports.PLACEHOLDER_MARK} ${kind} ID (${id[1]}- and 8 or 17 hex digits); put the real one here`;
    }
    if (!value.startsWith('arn:'))
        return undefined;
    const [, , service, region = '', account = ''] = (0, iam_references_1.arnParts)(value);
    if (region !== '' && !REGION.test(region) && !(0, iam_references_1.isPseudoParameter)(region)) {
        return `${exports.PLACEHOLDER_MARK} ARN: its region field "${region}" is not a region (e.g. us-east-1)`;
    }
    if (account !== '' &&
        account !== 'aws' &&
        !ACCOUNT.test(account) &&
        !(0, iam_references_1.isPseudoParameter)(account)) {
        return `${exports.PLACEHOLDER_MARK} ARN: its account field "${account}" is not a 12-digit account ID`;
    }
    if (service === '')
        return `${exports.PLACEHOLDER_MARK} ARN: it names no service`;
    return undefined;
}
function walk(value, path, visit) {
    if (typeof value === 'string')
        visit(value, path);
    else if (Array.isArray(value))
        value.forEach((item, i) => walk(item, [...path, i], visit));
    else if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value))
            walk(child, [...path, key], visit);
    }
}
/**
 * plan / deploy: placeholder warnings become errors before any AWS call, unless the user
 * allows them (`--allow-placeholders`, for synth-only use).
 */
function refusePlaceholders(warnings, allow) {
    if (allow)
        return;
    const placeholders = warnings.filter((w) => w.message.includes(exports.PLACEHOLDER_MARK));
    if (placeholders.length === 0)
        return;
    throw new errors_1.ConfigError(placeholders.map((w) => ({
        ...w,
        severity: 'error',
        message: `${w.message} (plan and deploy refuse placeholder values; --allow-placeholders lets them through)`,
    })));
}


/***/ }),

/***/ 59333:
/***/ ((__unused_webpack_module, exports) => {


// `lambda_config.<fn>.deployment_preference`: SAM's traffic-shifting type names, what each
// is in CodeDeploy, and the grammar of an alarm reference. Pure: shared by the config checks
// (errors at the config line), synth (src/synth/versions.ts) and the report.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_ROLLOUT_ALARMS = exports.DEFAULT_ROLLOUT_ALARMS = exports.API_ALARMS = exports.FUNCTION_ALARMS = exports.PROD_DEFAULT_DEPLOYMENT_TYPE = exports.DEPLOYMENT_TYPES = void 0;
exports.codeDeployConfigName = codeDeployConfigName;
exports.deploymentTypeOf = deploymentTypeOf;
exports.describeDeploymentType = describeDeploymentType;
exports.parseAlarmReference = parseAlarmReference;
/** SAM's DeploymentPreference types (AWS SAM developer guide, "Deploying serverless applications gradually"). */
exports.DEPLOYMENT_TYPES = [
    'AllAtOnce',
    'Canary10Percent5Minutes',
    'Canary10Percent10Minutes',
    'Canary10Percent15Minutes',
    'Canary10Percent30Minutes',
    'Linear10PercentEvery1Minute',
    'Linear10PercentEvery2Minutes',
    'Linear10PercentEvery3Minutes',
    'Linear10PercentEvery10Minutes',
];
/** What prod-like stages give a function that serves API routes when the config says nothing. */
exports.PROD_DEFAULT_DEPLOYMENT_TYPE = 'Canary10Percent5Minutes';
/** CodeDeploy's predefined config for a type: `CodeDeployDefault.Lambda<Type>`. */
function codeDeployConfigName(type) {
    return `CodeDeployDefault.Lambda${type}`;
}
/** The type a `CodeDeployDefault.Lambda<Type>` config name stands for, if it is one of SAM's. */
function deploymentTypeOf(configName) {
    const prefix = 'CodeDeployDefault.Lambda';
    if (!configName.startsWith(prefix))
        return undefined;
    const type = configName.slice(prefix.length);
    return exports.DEPLOYMENT_TYPES.includes(type)
        ? type
        : undefined;
}
/** "10% for 5 minutes, then the rest" / "10% more every minute" / "all at once". */
function describeDeploymentType(type) {
    const canary = /^Canary(\d+)Percent(\d+)Minutes$/.exec(type);
    if (canary)
        return `${canary[1]}% for ${canary[2]} min, then all`;
    const linear = /^Linear(\d+)PercentEvery(\d+)Minutes?$/.exec(type);
    if (linear) {
        const minutes = Number(linear[2]);
        return `${linear[1]}% more every ${minutes === 1 ? 'minute' : `${minutes} min`}`;
    }
    return 'all at once';
}
/** Alarms synth creates for every function (src/synth/monitoring.ts), by reference name. */
exports.FUNCTION_ALARMS = ['errors', 'throttles', 'duration'];
/** The API's alarms (HTTP and REST have both; WebSocket only `5xx`). */
exports.API_ALARMS = ['5xx', 'latency'];
/** What `alarms` holds when the config leaves it out. */
exports.DEFAULT_ROLLOUT_ALARMS = ['errors', 'throttles'];
/** CodeDeploy watches at most this many alarms per deployment group. */
exports.MAX_ROLLOUT_ALARMS = 10;
const ALARM_ARN = /^arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:\d{12}:alarm:(.+)$/;
/** Parses one entry; a string says what is wrong with it. */
function parseAlarmReference(entry, ownKey, functionKeys) {
    const arn = ALARM_ARN.exec(entry);
    if (arn)
        return { kind: 'existing', name: arn[1] };
    if (entry.startsWith('arn:')) {
        return `"${entry}" is not a CloudWatch alarm ARN (arn:aws:cloudwatch:<region>:<account>:alarm:<name>)`;
    }
    const colon = entry.lastIndexOf(':');
    const owner = colon === -1 ? ownKey : entry.slice(0, colon);
    const alarm = colon === -1 ? entry : entry.slice(colon + 1);
    // The API's alarm names and a function's differ, so a function keyed `api` stays reachable.
    if (owner === 'api' && exports.API_ALARMS.includes(alarm)) {
        return { kind: 'api', alarm };
    }
    if (owner === 'api' && !functionKeys.has('api')) {
        return `"${entry}": the API's alarms are ${exports.API_ALARMS.map((a) => `api:${a}`).join(', ')}`;
    }
    if (!functionKeys.has(owner)) {
        return `"${entry}": no function "${owner}" in lambda_config`;
    }
    if (!exports.FUNCTION_ALARMS.includes(alarm)) {
        return `"${entry}": a function's alarms are ${exports.FUNCTION_ALARMS.join(', ')} (or <function>:<alarm>, api:5xx, api:latency, an alarm ARN)`;
    }
    return { kind: 'function', functionKey: owner, alarm };
}


/***/ }),

/***/ 74770:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.warning = exports.error = void 0;
exports.dottedPath = dottedPath;
exports.show = show;
const error = (path, message, at) => ({
    severity: 'error',
    path,
    message,
    ...(at !== undefined && { at }),
});
exports.error = error;
const warning = (path, message, at) => ({
    severity: 'warning',
    path,
    message,
    ...(at !== undefined && { at }),
});
exports.warning = warning;
/** `lambda_config.api-handler.memory_size`, as diagnostics and --format json print paths. */
function dottedPath(path) {
    return path.map(String).join('.');
}
/** Quotes a value for a message: strings in double quotes, the rest as JSON (truncated). */
function show(value) {
    const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? typeof value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}


/***/ }),

/***/ 54050:
/***/ ((__unused_webpack_module, exports) => {


// How `permissions` resources and `secrets` references are written, parsed once: the semantic
// checks name the line of a bad one, synth resolves the good ones to ARNs. Pure string work.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OWN_RESOURCE_KINDS = void 0;
exports.parseArn = parseArn;
exports.arnParts = arnParts;
exports.isPseudoParameter = isPseudoParameter;
exports.usesPseudoParameters = usesPseudoParameters;
exports.parseResourceReference = parseResourceReference;
exports.parseSecretReference = parseSecretReference;
exports.jsonKeyVariable = jsonKeyVariable;
exports.isKmsKeyArn = isKmsKeyArn;
/** CloudFormation pseudo parameters an ARN in the config may use; synth wraps such an ARN in Fn::Sub. */
const PSEUDO_PARAMETER = /\$\{AWS::(Partition|Region|AccountId|URLSuffix)\}/;
/**
 * `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE` (IAM's ARN format). Region and account may
 * be empty (S3, IAM) and any part may be a `${AWS::...}` pseudo parameter.
 */
function parseArn(value) {
    const parts = arnParts(value);
    if (parts.length < 6 || parts[0] !== 'arn')
        return undefined;
    const [, partition = '', service = '', region = '', account = ''] = parts;
    const resource = parts.slice(5).join(':');
    const pseudoOr = (part, pattern) => pattern.test(part) || isPseudoParameter(part);
    if (!pseudoOr(partition, /^aws(-[a-z]+)*$/))
        return undefined;
    if (!/^[a-z0-9-]+$/.test(service))
        return undefined;
    if (!pseudoOr(region, /^([a-z]{2}(-[a-z]+)+-\d|\*|)$/))
        return undefined;
    if (!pseudoOr(account, /^(\d{12}|aws|\*|)$/))
        return undefined;
    if (resource === '')
        return undefined;
    return { partition, service, region, account, resource };
}
/** An ARN's colon-separated fields; `${AWS::Region}` holds colons of its own and stays whole. */
function arnParts(value) {
    return value
        .replace(/\$\{AWS::([A-Za-z]+)\}/g, '${AWS--$1}')
        .split(':')
        .map((part) => part.replace(/\$\{AWS--([A-Za-z]+)\}/g, '${AWS::$1}'));
}
/** One whole `${AWS::...}` pseudo parameter, which CloudFormation substitutes. */
function isPseudoParameter(part) {
    return /^\$\{AWS::[A-Za-z]+\}$/.test(part);
}
/** True when the ARN names `${AWS::Region}` and the like, which CloudFormation must substitute. */
function usesPseudoParameters(value) {
    return PSEUDO_PARAMETER.test(value);
}
/** The kinds of the stack's own resources a permission may name by key. */
exports.OWN_RESOURCE_KINDS = ['dynamodb', 'sqs', 'sns', 's3', 'kinesis'];
/** What may follow `<kind>:<key>`: a table's indexes or stream, a bucket's objects. */
const SUFFIXES = {
    dynamodb: /^\/(index|stream)\/[A-Za-z0-9_.*-]+$/,
    s3: /^\/[^\s]*$/,
    sqs: undefined,
    sns: undefined,
    kinesis: undefined,
};
const SUFFIX_EXAMPLES = {
    dynamodb: '"/index/*" or "/stream/*"',
    s3: 'an object path such as "/*" or "/reports/*"',
    sqs: 'nothing',
    sns: 'nothing',
    kinesis: 'nothing',
};
/** One entry of a statement's `resources`. */
function parseResourceReference(value) {
    if (value === '*')
        return { type: 'any' };
    if (value.startsWith('arn:')) {
        const parsed = parseArn(value);
        return parsed
            ? { type: 'arn', arn: value, parsed }
            : {
                type: 'invalid',
                reason: `"${value}" is not a valid ARN: write arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, e.g. arn:aws:s3:::my-bucket/*`,
            };
    }
    const colon = value.indexOf(':');
    const kind = value.slice(0, colon);
    if (colon <= 0 || !exports.OWN_RESOURCE_KINDS.includes(kind)) {
        return {
            type: 'invalid',
            reason: `"${value}" is neither an ARN nor one of this stack's resources (${exports.OWN_RESOURCE_KINDS.map((k) => `${k}:<key>`).join(', ')})`,
        };
    }
    const rest = value.slice(colon + 1);
    const slash = rest.indexOf('/');
    const key = slash === -1 ? rest : rest.slice(0, slash);
    const suffix = slash === -1 ? '' : rest.slice(slash);
    const ownKind = kind;
    const allowed = SUFFIXES[ownKind];
    if (key === '') {
        return { type: 'invalid', reason: `"${value}" names no ${kind} key after "${kind}:"` };
    }
    if (suffix !== '' && (allowed === undefined || !allowed.test(suffix))) {
        return {
            type: 'invalid',
            reason: `"${value}": after ${kind}:${key} only ${SUFFIX_EXAMPLES[ownKind]} may follow`,
        };
    }
    return { type: 'own', kind: ownKind, key, suffix };
}
const SSM_NAME = /^[A-Za-z0-9_.\-/]{1,2048}$/;
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
/** `ssm:/path/name`, `ssm:arn:...:parameter/...`, `secretsmanager:name-or-arn[#json-key]`. */
function parseSecretReference(value) {
    if (value.startsWith('ssm:')) {
        const id = value.slice('ssm:'.length);
        if (id.startsWith('arn:')) {
            const parsed = parseArn(id);
            return parsed?.service === 'ssm' && parsed.resource.startsWith('parameter/')
                ? { store: 'ssm', id, arn: id }
                : { store: 'invalid', reason: `"${id}" is not an SSM parameter ARN (…:parameter/NAME)` };
        }
        if (!SSM_NAME.test(id) || id.includes('#')) {
            return {
                store: 'invalid',
                reason: `"${id}" is not an SSM parameter name: letters, digits, "_", ".", "-" and "/" (e.g. ssm:/my-app/prod/db-password)`,
            };
        }
        // A name's ARN: parameter/<name without its leading slash>.
        const arn = `arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/${id.replace(/^\//, '')}`;
        return { store: 'ssm', id, arn };
    }
    if (value.startsWith('secretsmanager:')) {
        const body = value.slice('secretsmanager:'.length);
        const hash = body.indexOf('#');
        const id = hash === -1 ? body : body.slice(0, hash);
        const jsonKey = hash === -1 ? undefined : body.slice(hash + 1);
        if (jsonKey !== undefined && jsonKey === '') {
            return { store: 'invalid', reason: `"${value}" has an empty JSON key after "#"` };
        }
        const withKey = jsonKey === undefined ? {} : { jsonKey };
        if (id.startsWith('arn:')) {
            const parsed = parseArn(id);
            return parsed?.service === 'secretsmanager' && parsed.resource.startsWith('secret:')
                ? { store: 'secretsmanager', id, arn: id, ...withKey }
                : {
                    store: 'invalid',
                    reason: `"${id}" is not a Secrets Manager secret ARN (…:secret:NAME)`,
                };
        }
        if (!SECRET_NAME.test(id)) {
            return {
                store: 'invalid',
                reason: `"${id}" is not a secret name: letters, digits and /_+=.@- (e.g. secretsmanager:my-app/prod/db#password)`,
            };
        }
        const arn = `arn:\${AWS::Partition}:secretsmanager:\${AWS::Region}:\${AWS::AccountId}:secret:${id}-??????`;
        return { store: 'secretsmanager', id, arn, ...withKey };
    }
    return {
        store: 'invalid',
        reason: `"${value}" does not say where the secret lives: write ssm:/path/name or secretsmanager:name-or-arn (optionally #json-key)`,
    };
}
/** The variable that carries a Secrets Manager reference's JSON key: `<VAR>_JSON_KEY`. */
function jsonKeyVariable(variable) {
    return `${variable}_JSON_KEY`;
}
/** A customer-managed key's ARN (aliases do not authorize kms:Decrypt). */
function isKmsKeyArn(value) {
    const parsed = parseArn(value);
    return parsed?.service === 'kms' && /^key\/[A-Za-z0-9-]+$/.test(parsed.resource);
}


/***/ }),

/***/ 83468:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NESTED_READ_CONCURRENCY = exports.NESTED_STACK_TYPE = void 0;
exports.liveNestedStacks = liveNestedStacks;
exports.hasNestedStacks = hasNestedStacks;
exports.nestedStackName = nestedStackName;
exports.qualifiedId = qualifiedId;
exports.splitAssets = splitAssets;
// Nested stacks as deploy sees them (synth/nesting.ts makes them): which resources of a
// template are nested stacks, the name a report gives one, which file assets are their
// templates, and a change's name qualified by its nested stack. Pure.
const node_path_1 = __webpack_require__(76760);
const errors_1 = __webpack_require__(83916);
var types_1 = __webpack_require__(18927);
Object.defineProperty(exports, "NESTED_STACK_TYPE", ({ enumerable: true, get: function () { return types_1.NESTED_STACK_TYPE; } }));
const types_2 = __webpack_require__(18927);
/**
 * Reads of nested stacks (DescribeChangeSet, ListStackResources, GetTemplate) in flight at
 * once: a stack has up to 80 of them, and CloudFormation throttles describes per account.
 */
exports.NESTED_READ_CONCURRENCY = 4;
/** The nested stacks among a stack's resources that exist now (created, not being deleted). */
function liveNestedStacks(resources) {
    return resources.filter((r) => r.ResourceType === types_2.NESTED_STACK_TYPE &&
        r.LogicalResourceId !== undefined &&
        r.PhysicalResourceId !== undefined &&
        r.PhysicalResourceId !== '' &&
        !/^DELETE_/.test(r.ResourceStatus ?? ''));
}
/** True when the template creates nested stacks (CreateChangeSet then includes them). */
function hasNestedStacks(template) {
    return Object.values(template.Resources).some((r) => r.Type === types_2.NESTED_STACK_TYPE);
}
/**
 * What a report calls a nested stack: its origin key (`Functions07`, nesting.ts), else its
 * logical id in the parent.
 */
function nestedStackName(logicalId, origins) {
    const origin = origins[logicalId];
    return origin?.kind === 'nested-stack' ? origin.key : logicalId;
}
/** `Functions07/F3Function` for a resource of a nested stack; the logical id otherwise. */
function qualifiedId(change) {
    return change.nestedStack === undefined
        ? change.logicalId
        : `${change.nestedStack}/${change.logicalId}`;
}
/**
 * The assembly's file assets, split: code (zips and other files the templates name), and
 * the nested stacks' templates, which CloudFormation reads when it creates the change set.
 * The stack's own template is in neither (it travels inline or through template-source.ts).
 */
function splitAssets(assets, nested) {
    const byFile = new Map(assets.map((a) => [(0, node_path_1.resolve)(a.sourcePath), a]));
    const templates = nested.map((n) => {
        const asset = byFile.get((0, node_path_1.resolve)(n.templateFile));
        if (asset === undefined) {
            throw new errors_1.ServerlessActionError(`the asset manifest has no entry for the nested template ${n.templateFile}`, 'ASSET_MANIFEST', 'run synth again; the cloud assembly is incomplete');
        }
        return { ...n, asset };
    });
    const templateFiles = new Set(templates.map((t) => (0, node_path_1.resolve)(t.asset.sourcePath)));
    return {
        code: assets.filter((a) => !a.isTemplate && !templateFiles.has((0, node_path_1.resolve)(a.sourcePath))),
        templates,
    };
}


/***/ }),

/***/ 84535:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isRefusal = isRefusal;
exports.isRefusalCode = isRefusalCode;
exports.failureResult = failureResult;
exports.successResult = successResult;
exports.withKnownPlan = withKnownPlan;
exports.knownPlan = knownPlan;
// What happened, in one word, for the `result` output and `--format json`; and what was
// already known when something went wrong, so a refusal or a failure still reports the
// stack, the change set, the cost and the findings it had.
const errors_1 = __webpack_require__(83916);
/** Errors that are a deliberate "no" (a guard), not something that broke. */
const REFUSAL_CODES = new Set([
    'DATA_LOSS_GUARD',
    'DRIFT_GUARD',
    'FINDINGS_GATE',
    'PLAN_NOT_EXECUTABLE',
    'ROLLBACK_GUARD',
]);
function isRefusal(error) {
    return error instanceof errors_1.ServerlessActionError && isRefusalCode(error.code);
}
/** The same rule for an error already reduced to its code (a report's failure). */
function isRefusalCode(code) {
    return code !== undefined && REFUSAL_CODES.has(code);
}
function failureResult(error) {
    return isRefusal(error) ? 'refused' : 'failed';
}
function successResult(result) {
    if (!('changes' in result))
        return 'destroyed';
    if ('outputs' in result)
        return result.hasChanges ? 'deployed' : 'no-op';
    return result.hasChanges ? 'planned' : 'no-op';
}
const KNOWN_PLAN = Symbol.for('serverless-action.known-plan');
/**
 * Records on an error what was known when it was thrown (merged over what an inner layer
 * recorded), and returns the error to rethrow. Non-objects are returned as they are.
 */
function withKnownPlan(error, plan) {
    if (error === null || typeof error !== 'object')
        return error;
    const inner = knownPlan(error);
    Object.defineProperty(error, KNOWN_PLAN, {
        value: { ...plan, ...inner, ...pickDefined(plan, inner) },
        configurable: true,
        enumerable: false,
    });
    return error;
}
function knownPlan(error) {
    if (error === null || typeof error !== 'object')
        return undefined;
    return error[KNOWN_PLAN];
}
/** The outer layer adds cost and findings; the inner one knows the change set and its changes. */
function pickDefined(outer, inner) {
    if (inner === undefined)
        return {};
    return {
        ...(outer.cost !== undefined && { cost: outer.cost }),
        ...(outer.findings !== undefined && { findings: outer.findings }),
        ...(outer.deployedMonthlyUsd !== undefined && { deployedMonthlyUsd: outer.deployedMonthlyUsd }),
    };
}


/***/ }),

/***/ 18927:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_TEMPLATE_BYTES = exports.MAX_TEMPLATE_OUTPUTS = exports.MAX_TEMPLATE_PARAMETERS = exports.NESTED_STACK_TYPE = exports.MAX_STACK_RESOURCES = exports.STACK_OUTPUTS = exports.ORIGIN_METADATA_KEY = void 0;
exports.ORIGIN_METADATA_KEY = 'serverless-action:origin';
/** Names of the stack's CloudFormation Outputs (pinned: the deploy step reads them). The
 * maps are JSON object strings keyed by config key; the API outputs exist only with an API. */
exports.STACK_OUTPUTS = {
    lambdaFunctionNames: 'LambdaFunctionNames',
    lambdaFunctionArns: 'LambdaFunctionArns',
    lambdaAliasArns: 'LambdaAliasArns',
    dynamodbTableNames: 'DynamodbTableNames',
    dynamodbTableArns: 'DynamodbTableArns',
    apiGatewayId: 'ApiGatewayId',
    apiGatewayEndpoint: 'ApiGatewayEndpoint',
};
/** CloudFormation's limit on resources in one stack. */
exports.MAX_STACK_RESOURCES = 500;
/** The resource type of a nested stack in its parent's template. */
exports.NESTED_STACK_TYPE = 'AWS::CloudFormation::Stack';
/** CloudFormation's limits on one template (parameters and outputs; its size through S3). */
exports.MAX_TEMPLATE_PARAMETERS = 200;
exports.MAX_TEMPLATE_OUTPUTS = 200;
exports.MAX_TEMPLATE_BYTES = 1_000_000;


/***/ })

};
;