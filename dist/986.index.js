"use strict";
exports.id = 986;
exports.ids = [986];
exports.modules = {

/***/ 71199:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runHotswap = runHotswap;
const manifest_1 = __webpack_require__(85276);
const digest_1 = __webpack_require__(33683);
const cfn_1 = __webpack_require__(44610);
const context_1 = __webpack_require__(69116);
const hotswap_plan_1 = __webpack_require__(19495);
const hotswap_reconcile_1 = __webpack_require__(37802);
const hotswap_record_1 = __webpack_require__(78001);
const nested_1 = __webpack_require__(83468);
const outputs_1 = __webpack_require__(3545);
const run_plan_1 = __webpack_require__(73216);
const run_deploy_1 = __webpack_require__(73496);
const upload_1 = __webpack_require__(21910);
const stack_state_1 = __webpack_require__(35471);
const run_destroy_1 = __webpack_require__(51613);
async function runHotswap(stack, deps, options = {}) {
    const fallback = (reason) => ({ kind: 'fallback', reason });
    // A function in a nested stack changes that stack's template, so the parent's template
    // changes too (the nested template's URL): a swap would leave both stale, and reconciling
    // them is a change set's job.
    if ((0, nested_1.hasNestedStacks)(stack.template)) {
        return fallback(`${stack.stackName} keeps its functions in nested stacks (more than 500 resources), which hotswap does not reach into`);
    }
    const ephemeral = stack.tags[run_destroy_1.EPHEMERAL_TAG] === 'true';
    if (!ephemeral && !options.force) {
        return fallback(`${stack.stackName} is not an ephemeral stage: hotswapping it would leave CloudFormation describing code its functions do not run (add --force to hotswap anyway)`);
    }
    const inputs = await (0, run_plan_1.loadDeployInputs)(stack, options);
    const current = await (0, run_plan_1.currentStack)(stack.stackName, deps, options);
    if (current === undefined)
        return fallback('the stack does not exist yet');
    if (!(0, stack_state_1.isSettled)(current.StackStatus))
        return fallback(`the stack is ${current.StackStatus}`);
    const location = (0, hotswap_record_1.recordLocation)(current, inputs.assets, options.artifactBucket);
    const stackId = current.StackId;
    const cfn = deps.clients.cloudFormation;
    // The code's upload and every read go at once: hotswap is about seconds.
    const uploads = (0, upload_1.publish)(inputs.code, deps);
    uploads.catch(() => undefined); // awaited below, or left to the change set's own publish
    const [record, deployed, resources] = await Promise.all([
        location ? (0, hotswap_record_1.readRecord)(deps.clients.s3, location) : undefined,
        (0, cfn_1.deployedTemplate)(cfn, stackId),
        (0, cfn_1.listStackResources)(cfn, stackId),
    ]);
    const pending = (0, hotswap_record_1.pendingRecord)(record, current);
    if ((0, run_plan_1.isNoop)(current, inputs.digest) && pending === undefined) {
        return fallback('nothing changed since the last deploy');
    }
    if (!sameTags(current, stack.tags))
        return fallback("the stack's tags change");
    if (deployed === undefined)
        return fallback('the deployed template cannot be read');
    const plan = (0, hotswap_plan_1.planHotswap)(deployed, stack.template);
    // Functions swapped before and back to CloudFormation's code now: point them at it again.
    const revert = (0, hotswap_reconcile_1.revertUpdates)(pending, stack, plan.kind === 'hotswap' ? plan.updates : []);
    const revertOnly = plan.kind === 'fallback' && plan.unchanged === true && revert.length > 0;
    if (plan.kind === 'fallback' && !revertOnly)
        return fallback(plan.reason);
    const updates = plan.kind === 'hotswap' ? plan.updates : [];
    await uploads;
    const where = (0, outputs_1.locationFromStackId)(stackId);
    const env = where ?? (await (0, context_1.callerEnvironment)(deps));
    const physical = new Map(resources.map((r) => [r.LogicalResourceId, r.PhysicalResourceId]));
    const swap = async (update) => {
        const name = physical.get(update.logicalId);
        if (name === undefined)
            throw new Error(`${update.logicalId} is not in the deployed stack`);
        await (0, hotswap_reconcile_1.updateFunctionCode)(deps, name, (0, manifest_1.resolvePlaceholders)(update.bucket, env), update.key, {
            maxWaitSeconds: options.maxWaitSeconds,
            alias: update.alias,
        });
        return [update.logicalId, name];
    };
    const names = new Map(await Promise.all([...updates, ...revert].map(swap)));
    if (location !== undefined) {
        await saveRecord(deps, location, current, inputs.digest, updates, names);
    }
    deps.logger.info(`${stack.stackName}: hotswapped ${[...names.values()].join(', ')} (no change set)`);
    if (!ephemeral) {
        deps.logger.warn(`${stack.stackName} is not ephemeral: CloudFormation's template now names other code than its functions run; the next full deploy (without --hotswap) reconciles them`);
    }
    // moto (and a change set on AWS) may leave Outputs empty: the resources read above serve.
    const outputs = (0, outputs_1.outputsFromStack)(current.Outputs) ??
        (where ? (0, outputs_1.outputsFromResources)(stack.template, stack.origins, resources, where) : undefined) ??
        (await (0, run_deploy_1.resolveOutputs)(stack, current, deps));
    return {
        kind: 'hotswapped',
        outcome: {
            stackName: stack.stackName,
            hasChanges: true,
            changes: updates.map((u) => codeChange(u, stack, names.get(u.logicalId))),
            outputs,
            status: current.StackStatus ?? 'UNKNOWN',
            noop: false,
            hotswapped: [...names.values()],
        },
    };
}
async function saveRecord(deps, location, current, digest, updates, names) {
    if (updates.length === 0) {
        await (0, hotswap_record_1.deleteRecord)(deps.clients.s3, location);
        return;
    }
    await (0, hotswap_record_1.writeRecord)(deps.clients.s3, location, {
        stackDigest: (0, digest_1.digestFromDescription)(current.Description) ?? null,
        digest,
        at: deps.clock.now().toISOString(),
        functions: Object.fromEntries(updates.map((u) => [
            u.logicalId,
            { functionName: names.get(u.logicalId) ?? '', key: u.key, previousKey: u.previousKey },
        ])),
    });
}
function sameTags(current, tags) {
    const deployed = Object.fromEntries((current.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    const keys = new Set([...Object.keys(deployed), ...Object.keys(tags)]);
    return [...keys].every((key) => deployed[key] === tags[key]);
}
function codeChange(update, stack, physicalId) {
    const origin = stack.origins[update.logicalId];
    return {
        logicalId: update.logicalId,
        type: 'AWS::Lambda::Function',
        action: 'Modify',
        replacement: 'False',
        risk: 'code-only',
        ...(physicalId !== undefined && { physicalId }),
        ...(origin !== undefined && { resource: origin.key }),
    };
}


/***/ }),

/***/ 61138:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PlanNotExecutableError = exports.PLAN_VERSION = exports.PLAN_FILE = void 0;
exports.sha256 = sha256;
exports.plannedAgainst = plannedAgainst;
exports.writePlanDir = writePlanDir;
exports.readPlanDir = readPlanDir;
// The plan directory: everything `deploy --plan` needs to execute exactly what was reviewed,
// without synthesizing again. `plan --out DIR` and the action's plan write it; a workflow
// uploads it as an artifact between the plan job and the (approved) deploy job.
//
//   plan.json       what was planned, against what, and the hashes of everything below
//   template.json   the template the change set was created from (byte for byte)
//   assets/ID.zip   every function's code, as it will be uploaded
//   assets/ID.json  each nested stack's template (a stack past 500 resources), likewise
//   review.json     the cost estimate and security findings
//   comment.md      the rendered report, as the pull request comment shows it
const node_crypto_1 = __webpack_require__(77598);
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const zip_1 = __webpack_require__(48566);
const errors_1 = __webpack_require__(83916);
const digest_1 = __webpack_require__(33683);
const outcome_1 = __webpack_require__(84535);
exports.PLAN_FILE = 'plan.json';
exports.PLAN_VERSION = 1;
const TEMPLATE_FILE = 'template.json';
function sha256(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}
function plannedAgainst(stack) {
    if (stack === undefined)
        return null;
    const digest = (0, digest_1.digestFromDescription)(stack.Description);
    const when = stack.LastUpdatedTime ?? stack.CreationTime;
    return {
        ...(stack.StackId !== undefined && { stackId: stack.StackId }),
        ...(stack.StackStatus !== undefined && { status: stack.StackStatus }),
        ...(digest !== undefined && { digest }),
        ...(when !== undefined && { lastUpdated: when.toISOString() }),
    };
}
/** Writes the plan directory (its earlier contents replaced); plan.json last. */
async function writePlanDir(dir, contents) {
    await (0, promises_1.rm)(dir, { recursive: true, force: true });
    await (0, promises_1.mkdir)((0, node_path_1.join)(dir, 'assets'), { recursive: true });
    const { inputs, result } = contents;
    await (0, promises_1.writeFile)((0, node_path_1.join)(dir, TEMPLATE_FILE), inputs.body);
    const assets = [];
    const files = [
        ...inputs.code.map((asset) => ({ asset, nestedStack: undefined })),
        ...inputs.nested.map((n) => ({ asset: n.asset, nestedStack: n.logicalId })),
    ];
    for (const { asset, nestedStack } of files) {
        const bytes = asset.packaging === 'zip'
            ? await (0, zip_1.zipDirectory)(asset.sourcePath)
            : await (0, promises_1.readFile)(asset.sourcePath);
        const file = `assets/${asset.id}${asset.packaging === 'zip' ? '.zip' : nestedStack !== undefined ? '.json' : ''}`;
        await (0, promises_1.writeFile)((0, node_path_1.join)(dir, file), bytes);
        assets.push({
            id: asset.id,
            file,
            sha256: sha256(bytes),
            bucketName: asset.bucketName,
            objectKey: asset.objectKey,
            ...(nestedStack !== undefined && { nestedStack }),
        });
    }
    await (0, promises_1.writeFile)((0, node_path_1.join)(dir, 'review.json'), JSON.stringify(contents.review, null, 2) + '\n');
    await (0, promises_1.writeFile)((0, node_path_1.join)(dir, 'comment.md'), contents.comment);
    const plan = {
        version: exports.PLAN_VERSION,
        stackName: contents.stackName,
        environment: contents.environment,
        region: contents.region,
        account: contents.account,
        hasChanges: result.hasChanges,
        ...(result.changeSetId !== undefined && { changeSetId: result.changeSetId }),
        ...(result.changeSetType !== undefined && { changeSetType: result.changeSetType }),
        changes: result.changes,
        template: { file: TEMPLATE_FILE, sha256: sha256(inputs.body) },
        digest: inputs.digest,
        assets,
        plannedAgainst: plannedAgainst(contents.stackAfterPlan),
        ...(contents.commit !== undefined && { commit: contents.commit }),
        ...(contents.stackSettings !== undefined && { stackSettings: contents.stackSettings }),
        createdAt: contents.createdAt.toISOString(),
    };
    await (0, promises_1.writeFile)((0, node_path_1.join)(dir, exports.PLAN_FILE), JSON.stringify(plan, null, 2) + '\n');
    return plan;
}
/** A plan that cannot be executed as it is: nothing is executed, and the reasons say why. */
class PlanNotExecutableError extends errors_1.ServerlessActionError {
    dir;
    reasons;
    constructor(dir, reasons) {
        super(`refusing to execute the plan in ${dir}: it is no longer what was reviewed:\n` +
            reasons.map((r) => `  - ${r}`).join('\n'), 'PLAN_NOT_EXECUTABLE', 'run plan again, have the new plan reviewed, and deploy that one');
        this.dir = dir;
        this.reasons = reasons;
    }
}
exports.PlanNotExecutableError = PlanNotExecutableError;
/** Reads a plan directory and checks every file against its hash; refuses on any mismatch. */
async function readPlanDir(dir) {
    const root = (0, node_path_1.resolve)(dir);
    let plan;
    try {
        plan = JSON.parse(await (0, promises_1.readFile)((0, node_path_1.join)(root, exports.PLAN_FILE), 'utf8'));
    }
    catch (error) {
        throw new PlanNotExecutableError(dir, [`cannot read ${exports.PLAN_FILE}: ${(0, errors_1.errorMessage)(error)}`]);
    }
    const version = plan.version;
    if (version !== exports.PLAN_VERSION) {
        throw new PlanNotExecutableError(dir, [
            `${exports.PLAN_FILE} has version ${JSON.stringify(version)}; this tool reads version ${String(exports.PLAN_VERSION)}`,
        ]);
    }
    const problems = [];
    const read = async (file, expected) => {
        const path = (0, node_path_1.resolve)(root, file);
        if (!path.startsWith(root + '/')) {
            problems.push(`${file} is outside the plan directory`);
            return undefined;
        }
        try {
            const bytes = await (0, promises_1.readFile)(path);
            if (sha256(bytes) !== expected) {
                problems.push(`${file} does not match its sha256 in ${exports.PLAN_FILE} (changed since the plan)`);
            }
            return bytes;
        }
        catch {
            problems.push(`${file} is missing`);
            return undefined;
        }
    };
    const template = await read(plan.template.file, plan.template.sha256);
    const assets = [];
    const nested = [];
    for (const asset of plan.assets) {
        const bytes = await read(asset.file, asset.sha256);
        if (asset.nestedStack !== undefined && bytes !== undefined) {
            const template = parseTemplate(bytes);
            if (template === undefined)
                problems.push(`${asset.file} is not a template`);
            else {
                nested.push({
                    logicalId: asset.nestedStack,
                    templateFile: (0, node_path_1.resolve)(root, asset.file),
                    template,
                });
            }
        }
        assets.push({
            id: asset.id,
            sourcePath: (0, node_path_1.resolve)(root, asset.file),
            packaging: 'file',
            bucketName: asset.bucketName,
            objectKey: asset.objectKey,
            isTemplate: false,
        });
    }
    if (problems.length > 0) {
        throw (0, outcome_1.withKnownPlan)(new PlanNotExecutableError(dir, problems), {
            stackName: plan.stackName,
            hasChanges: plan.hasChanges,
            changes: plan.changes,
            ...(plan.changeSetId !== undefined && { changeSetId: plan.changeSetId }),
        });
    }
    let review;
    try {
        review = JSON.parse(await (0, promises_1.readFile)((0, node_path_1.join)(root, 'review.json'), 'utf8'));
    }
    catch {
        review = undefined; // the review is for the report; its absence does not stop a deploy
    }
    return {
        dir: root,
        plan,
        templateBody: template.toString('utf8'),
        assets,
        nested,
        ...(review !== undefined && { review }),
    };
}
function parseTemplate(bytes) {
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        return parsed !== null && typeof parsed.Resources === 'object'
            ? parsed
            : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 34051:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runPlannedDeploy = runPlannedDeploy;
exports.planResultOf = planResultOf;
exports.stackProblems = stackProblems;
// deploy --plan DIR: execute exactly the change set a plan directory names, without
// synthesizing again, when it is still executable; else refuse and execute nothing.
// Still executable: the change set exists (CREATE_COMPLETE, AVAILABLE), the stack is as the
// plan saw it, the account and region are the plan's, and every file matches its hash.
const client_cloudformation_1 = __webpack_require__(3805);
const errors_1 = __webpack_require__(83916);
const cfn_1 = __webpack_require__(44610);
const context_1 = __webpack_require__(69116);
const digest_1 = __webpack_require__(33683);
const format_1 = __webpack_require__(14896);
const guard_1 = __webpack_require__(95962);
const moves_1 = __webpack_require__(32605);
const outcome_1 = __webpack_require__(84535);
const origins_1 = __webpack_require__(74729);
const plan_dir_1 = __webpack_require__(61138);
const rollback_1 = __webpack_require__(24283);
const history_1 = __webpack_require__(8259);
const protection_1 = __webpack_require__(50096);
const run_destroy_1 = __webpack_require__(51613);
const run_deploy_1 = __webpack_require__(73496);
const upload_1 = __webpack_require__(21910);
async function runPlannedDeploy(dir, deps, options = {}) {
    const loaded = await (0, plan_dir_1.readPlanDir)(dir);
    const { plan } = loaded;
    const result = planResultOf(loaded);
    try {
        const current = await (0, cfn_1.describeStack)(deps.clients.cloudFormation, plan.stackName);
        const reasons = [
            ...(await environmentProblems(loaded, deps)),
            ...stackProblems(plan.plannedAgainst, current),
            ...(plan.hasChanges ? await changeSetProblems(loaded, deps) : []),
        ];
        if (reasons.length > 0)
            throw new plan_dir_1.PlanNotExecutableError(dir, reasons);
        const template = JSON.parse(loaded.templateBody);
        const stack = {
            template,
            nested: loaded.nested,
            origins: (0, origins_1.originsOfTree)({ template, nested: loaded.nested }),
        };
        if (!plan.hasChanges) {
            deps.logger.info(`${plan.stackName}: the plan has no changes and the stack is unchanged`);
            return {
                ...result,
                outputs: await (0, run_deploy_1.resolveOutputs)(stack, current, deps),
                status: current.StackStatus ?? 'UNKNOWN',
                noop: true,
            };
        }
        await (0, rollback_1.assertNotRollingBack)({
            stackName: plan.stackName,
            deployed: (0, digest_1.commitFromDescription)(current?.Description),
            requested: plan.commit,
            allowRollback: options.allowRollback ?? false,
            ...(options.isAncestor !== undefined && { isAncestor: options.isAncestor }),
        }, deps.logger);
        deps.logger.info((0, format_1.formatChanges)(plan.changes));
        (0, moves_1.assertNoMoves)(plan.changes, (0, moves_1.layoutOf)(stack));
        (0, guard_1.assertNoDataLoss)(plan.changes, options.allowReplacement ?? false);
        const assets = await (0, upload_1.publish)(loaded.assets, deps);
        deps.logger.info(`executing the planned change set ${plan.changeSetId}`);
        // The stage's protection as planned (plan.json), unless the caller knows better.
        const stackSettings = options.stackSettings ?? plan.stackSettings;
        const final = await (0, run_deploy_1.execute)(plan.stackName, {
            result,
            current,
            ...(current?.StackId !== undefined && { stackId: current.StackId }),
            noop: false,
        }, deps, { ...options, ...(stackSettings !== undefined && { stackSettings }) });
        if (stackSettings !== undefined) {
            await (0, protection_1.ensureProtection)(deps.clients.cloudFormation, final, stackSettings, deps.logger, deps.clients.cloudFormationOnce);
        }
        const tags = Object.fromEntries((final.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
        if (tags[run_destroy_1.EPHEMERAL_TAG] !== 'true') {
            await (0, history_1.keepDeployed)({
                stackName: plan.stackName,
                template,
                tags,
                assets: loaded.assets,
                final,
                ...(plan.commit !== undefined && { commit: plan.commit }),
                ...(plan.changeSetId !== undefined && { changeSetId: plan.changeSetId }),
                ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
            }, deps);
        }
        return {
            ...result,
            outputs: await (0, run_deploy_1.resolveOutputs)(stack, final, deps),
            status: final.StackStatus ?? 'UNKNOWN',
            noop: false,
            assets,
        };
    }
    catch (error) {
        throw (0, outcome_1.withKnownPlan)(error, result);
    }
}
/** What the plan directory says, as the report and the outputs read a plan. */
function planResultOf(loaded) {
    const { plan, review } = loaded;
    return {
        stackName: plan.stackName,
        hasChanges: plan.hasChanges,
        changes: plan.changes,
        ...(plan.changeSetId !== undefined && { changeSetId: plan.changeSetId }),
        ...(plan.changeSetType !== undefined && { changeSetType: plan.changeSetType }),
        ...(review !== undefined && { cost: review.cost, findings: review.findings }),
        planDir: loaded.dir,
    };
}
async function environmentProblems(loaded, deps) {
    const { plan } = loaded;
    const problems = [];
    if (deps.clients.region !== plan.region) {
        problems.push(`the plan is for region ${plan.region}, this deploy is in ${deps.clients.region}`);
    }
    const env = await (0, context_1.callerEnvironment)(deps);
    if (plan.account !== '' && env.account !== plan.account) {
        problems.push(`the plan is for account ${plan.account}, these credentials are ${env.account}`);
    }
    return problems;
}
/** The stack must be exactly as planned against: same status, digest and update time. */
function stackProblems(planned, current) {
    const now = (0, plan_dir_1.plannedAgainst)(current);
    if (planned === null) {
        return now === null ? [] : [`the stack was created after the plan (now ${now.status})`];
    }
    if (now === null)
        return [`the stack ${planned.stackId ?? ''} was deleted after the plan`.trim()];
    const problems = [];
    if (planned.stackId !== undefined && now.stackId !== planned.stackId) {
        problems.push('the stack was deleted and created again after the plan');
    }
    else if (now.lastUpdated !== planned.lastUpdated || now.digest !== planned.digest) {
        problems.push(`the stack changed after the plan (updated ${now.lastUpdated ?? 'never'}, planned against ${planned.lastUpdated ?? 'none'})`);
    }
    else if (now.status !== planned.status) {
        problems.push(`the stack is ${now.status} now, it was ${planned.status} when planned`);
    }
    return problems;
}
async function changeSetProblems(loaded, deps) {
    const { plan } = loaded;
    let described;
    try {
        described = await deps.clients.cloudFormation.send(new client_cloudformation_1.DescribeChangeSetCommand({ StackName: plan.stackName, ChangeSetName: plan.changeSetId }));
    }
    catch (error) {
        return [`the change set ${plan.changeSetId} is gone (${(0, errors_1.errorMessage)(error)})`];
    }
    const problems = [];
    if (described.Status !== 'CREATE_COMPLETE') {
        problems.push(`the change set is ${described.Status ?? 'in an unknown state'}, not CREATE_COMPLETE`);
    }
    if (described.ExecutionStatus !== undefined && described.ExecutionStatus !== 'AVAILABLE') {
        problems.push(`the change set cannot be executed (${described.ExecutionStatus})`);
    }
    return problems;
}


/***/ }),

/***/ 51613:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EPHEMERAL_TAG = exports.MANAGED_BY_TAG = void 0;
exports.refuseReason = refuseReason;
exports.runDestroy = runDestroy;
exports.emptyBucket = emptyBucket;
// destroy: delete the stack of one environment, but only a stack this tool created, and
// only an ephemeral one unless forced. Buckets of ephemeral stages are emptied first
// (CloudFormation cannot delete a bucket that still holds objects).
const client_s3_1 = __webpack_require__(53711);
const errors_1 = __webpack_require__(83916);
const cfn_1 = __webpack_require__(44610);
const context_1 = __webpack_require__(69116);
const events_1 = __webpack_require__(10406);
exports.MANAGED_BY_TAG = { key: 'managed-by', value: 'serverless-action' };
exports.EPHEMERAL_TAG = 'ephemeral';
/** Why this stack may not be deleted, or undefined when it may. Pure. */
function refuseReason(stack, force) {
    const tags = new Map((stack.Tags ?? []).map((t) => [t.Key, t.Value]));
    if (tags.get(exports.MANAGED_BY_TAG.key) !== exports.MANAGED_BY_TAG.value) {
        return {
            message: `refusing to delete ${stack.StackName}: it has no "${exports.MANAGED_BY_TAG.key}: ${exports.MANAGED_BY_TAG.value}" tag, so this tool did not create it`,
            hint: 'delete it with the tool that created it (or the CloudFormation console)',
        };
    }
    // --force does not lift termination protection: the protection exists to stop exactly a
    // forced delete by CI; lifting it is a deliberate step of its own, named in the hint.
    if (stack.EnableTerminationProtection === true) {
        return {
            message: `refusing to delete ${stack.StackName}: it has termination protection (stack.termination_protection, on by default for long-lived stages)`,
            hint: `lift it first: "aws cloudformation update-termination-protection --no-enable-termination-protection --stack-name ${stack.StackName}", ` +
                `then run destroy again (with --force for a long-lived stage). To keep it off, set "stack: { termination_protection: false }" ` +
                `under this environment in the config: otherwise the next deploy turns it back on`,
        };
    }
    const ephemeral = tags.get(exports.EPHEMERAL_TAG);
    if (!force && ephemeral !== 'true') {
        return {
            message: `refusing to delete ${stack.StackName}: it is not an ephemeral stage (no "${exports.EPHEMERAL_TAG}: true" tag)`,
            hint: 'pass --force to delete a long-lived environment and everything in it',
        };
    }
    return undefined;
}
async function runDestroy(stackName, deps, options = {}) {
    const cfn = deps.clients.cloudFormation;
    const stack = await (0, cfn_1.describeStack)(cfn, stackName);
    if (stack === undefined) {
        deps.logger.info(`stack ${stackName} does not exist: nothing to delete`);
        return { stackName, deleted: false };
    }
    const refusal = refuseReason(stack, options.force ?? false);
    if (refusal)
        throw new errors_1.ServerlessActionError(refusal.message, 'DESTROY_REFUSED', refusal.hint);
    const stackId = stack.StackId ?? stackName;
    const ephemeral = (stack.Tags ?? []).some((t) => t.Key === exports.EPHEMERAL_TAG && t.Value === 'true');
    if (ephemeral) {
        const resources = await (0, cfn_1.listStackResources)(cfn, stackId);
        const buckets = resources
            .filter((r) => r.ResourceType === 'AWS::S3::Bucket' && r.PhysicalResourceId)
            .map((r) => r.PhysicalResourceId);
        await Promise.all(buckets.map((b) => emptyBucket(deps.clients.s3, b, deps.logger)));
    }
    const before = (await (0, cfn_1.recentEvents)(cfn, stackId, undefined, 1))[0]?.EventId;
    deps.logger.info(`deleting stack ${stackName}`);
    await (0, cfn_1.deleteStack)(cfn, stackId);
    const final = await (0, cfn_1.waitForStack)(cfn, stackId, {
        clock: deps.clock,
        logger: deps.logger,
        timeoutMs: options.timeoutMs ?? context_1.DEFAULT_TIMEOUT_MS,
        what: `the deletion of ${stackName}`,
    });
    if (final !== undefined && final.StackStatus !== 'DELETE_COMPLETE') {
        const cause = (0, events_1.rootCauseEvents)(await (0, cfn_1.recentEvents)(cfn, stackId, before));
        throw new errors_1.ServerlessActionError(`deleting ${stackName} ended in ${final.StackStatus}` +
            cause.map((e) => `\n  ${e.LogicalResourceId}: ${e.ResourceStatusReason ?? ''}`).join(''), 'DESTROY_FAILED', 'remove or empty the resource named above, then run destroy again');
    }
    deps.logger.info(`${stackName}: DELETE_COMPLETE`);
    return { stackName, deleted: true };
}
/** Deletes every object version and delete marker, 1,000 per request. */
async function emptyBucket(s3, bucket, logger) {
    let removed = 0;
    try {
        for (;;) {
            const page = await s3.send(new client_s3_1.ListObjectVersionsCommand({ Bucket: bucket, MaxKeys: 1000 }));
            const objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]
                .filter((o) => o.Key !== undefined)
                .map((o) => ({
                Key: o.Key,
                ...(o.VersionId !== undefined && { VersionId: o.VersionId }),
            }));
            if (objects.length === 0)
                break;
            await s3.send(new client_s3_1.DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }));
            removed += objects.length;
        }
    }
    catch (error) {
        if (error.name === 'NoSuchBucket')
            return removed;
        throw new errors_1.ServerlessActionError(`could not empty bucket ${bucket}: ${(0, errors_1.errorMessage)(error)}`, 'DESTROY_FAILED', 'grant s3:ListBucketVersions and s3:DeleteObjectVersion, or empty the bucket by hand');
    }
    if (removed > 0)
        logger.info(`emptied bucket ${bucket} (${removed} objects)`);
    return removed;
}


/***/ }),

/***/ 71182:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STAGE_DEFAULTS = void 0;
exports.resolveStackSettings = resolveStackSettings;
// The stack options of one stage: the config's `stack:` block over the defaults of the
// stage's kind. This is the one place those defaults are decided. Pure.
//
// | stage kind                              | termination protection | stack policy | rollback monitoring |
// | prod-like (prod, production, prd, live) | on                     | on           | 5 minutes           |
// | other long-lived (dev, staging, ...)    | on                     | on           | 0                   |
// | ephemeral (pr-*)                        | off                    | off          | 0                   |
const ephemeral_1 = __webpack_require__(39041);
exports.STAGE_DEFAULTS = {
    'prod-like': { terminationProtection: true, protectStateful: true, rollbackMonitoringMinutes: 5 },
    'long-lived': {
        terminationProtection: true,
        protectStateful: true,
        rollbackMonitoringMinutes: 0,
    },
    ephemeral: { terminationProtection: false, protectStateful: false, rollbackMonitoringMinutes: 0 },
};
function resolveStackSettings(environment, config, ephemeral) {
    const kind = (0, ephemeral_1.stageKind)(environment, ephemeral);
    const defaults = exports.STAGE_DEFAULTS[kind];
    return {
        kind,
        terminationProtection: config?.termination_protection ?? defaults.terminationProtection,
        protectStateful: config?.protect_stateful ?? defaults.protectStateful,
        rollbackMonitoringMinutes: config?.rollback_monitoring_minutes ?? defaults.rollbackMonitoringMinutes,
        notificationArns: config?.notification_arns ?? [],
        ...(config?.role_arn !== undefined && { roleArn: config.role_arn }),
    };
}


/***/ })

};
;