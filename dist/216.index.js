"use strict";
exports.id = 216;
exports.ids = [216];
exports.modules = {

/***/ 15062:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ARTIFACT_EXPIRY_DAYS = void 0;
exports.defaultArtifactBucketName = defaultArtifactBucketName;
exports.tlsOnlyPolicy = tlsOnlyPolicy;
exports.ensureArtifactBucket = ensureArtifactBucket;
// The artifact bucket the tool owns per account and region: created on first use, then
// only checked. Creation is idempotent and safe when two runs race: both may try, the
// loser gets BucketAlreadyOwnedByYou, and the settings calls are idempotent PUTs.
const client_s3_1 = __webpack_require__(53711);
const errors_1 = __webpack_require__(83916);
/** Artifacts are content-addressed and CloudFormation copies code at deploy time; a month is ample. */
exports.ARTIFACT_EXPIRY_DAYS = 30;
function defaultArtifactBucketName(account, region) {
    return `serverless-action-${account}-${region}`;
}
/** Deny every request not made over TLS (AWS's documented `aws:SecureTransport` pattern). */
function tlsOnlyPolicy(bucket, partition = 'aws') {
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            {
                Sid: 'DenyInsecureTransport',
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: [`arn:${partition}:s3:::${bucket}`, `arn:${partition}:s3:::${bucket}/*`],
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
        ],
    });
}
/** Makes sure the bucket exists; configures it when this call (or a racing one) created it. */
async function ensureArtifactBucket(s3, bucket, region, logger, 
/**
 * Deny non-TLS requests. Off only when the endpoint itself is plain HTTP (a local
 * emulator such as moto, which enforces bucket policies): the policy would lock the
 * tool out of its own bucket there. Real AWS endpoints are always HTTPS.
 */
tlsOnly = true) {
    if (await bucketExists(s3, bucket))
        return 'existed';
    logger.info(`creating artifact bucket ${bucket}`);
    try {
        await s3.send(new client_s3_1.CreateBucketCommand({
            Bucket: bucket,
            // us-east-1 is the one region that rejects an explicit LocationConstraint.
            ...(region !== 'us-east-1' && {
                CreateBucketConfiguration: { LocationConstraint: region },
            }),
        }));
    }
    catch (error) {
        const name = error.name;
        if (name === 'BucketAlreadyExists') {
            throw new errors_1.ServerlessActionError(`the artifact bucket name ${bucket} belongs to another account`, 'ARTIFACT_BUCKET', 'pass --artifact-bucket with a bucket you own');
        }
        if (name !== 'BucketAlreadyOwnedByYou')
            throw error;
    }
    // Independent settings: applied in parallel, each an idempotent PUT.
    const settings = [
        s3.send(new client_s3_1.PutPublicAccessBlockCommand({
            Bucket: bucket,
            PublicAccessBlockConfiguration: {
                BlockPublicAcls: true,
                BlockPublicPolicy: true,
                IgnorePublicAcls: true,
                RestrictPublicBuckets: true,
            },
        })),
        s3.send(new client_s3_1.PutBucketEncryptionCommand({
            Bucket: bucket,
            ServerSideEncryptionConfiguration: {
                Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
            },
        })),
        s3.send(new client_s3_1.PutBucketLifecycleConfigurationCommand({
            Bucket: bucket,
            LifecycleConfiguration: {
                Rules: [
                    {
                        ID: 'expire-old-artifacts',
                        Status: 'Enabled',
                        Filter: { Prefix: '' },
                        Expiration: { Days: exports.ARTIFACT_EXPIRY_DAYS },
                        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
                    },
                ],
            },
        })),
    ];
    if (tlsOnly) {
        settings.push(s3.send(new client_s3_1.PutBucketPolicyCommand({ Bucket: bucket, Policy: tlsOnlyPolicy(bucket) })));
    }
    else {
        logger.debug(`endpoint is plain HTTP: ${bucket} gets no TLS-only policy`);
    }
    await Promise.all(settings);
    return 'created';
}
async function bucketExists(s3, bucket) {
    try {
        await s3.send(new client_s3_1.HeadBucketCommand({ Bucket: bucket }));
        return true;
    }
    catch (error) {
        const status = error.$metadata?.httpStatusCode;
        if (status === 404)
            return false;
        if (status === 403) {
            throw new errors_1.ServerlessActionError(`no access to the artifact bucket ${bucket}: ${(0, errors_1.errorMessage)(error)}`, 'ARTIFACT_BUCKET', 'grant the deploy role s3:* on the bucket, or pass --artifact-bucket');
        }
        throw error;
    }
}


/***/ }),

/***/ 85276:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readAssetManifest = readAssetManifest;
exports.parseAssetManifest = parseAssetManifest;
exports.resolvePlaceholders = resolvePlaceholders;
exports.needsAccount = needsAccount;
// Reads the CDK asset manifest (`<stack>.assets.json`) into the uploads deploy must make.
// Pure apart from reading the file; placeholders are resolved against a known account/region.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const errors_1 = __webpack_require__(83916);
async function readAssetManifest(manifestFile, templateFile) {
    let parsed;
    try {
        parsed = JSON.parse(await (0, promises_1.readFile)(manifestFile, 'utf8'));
    }
    catch (error) {
        throw new errors_1.ServerlessActionError(`cannot read the asset manifest ${manifestFile}: ${error.message}`, 'ASSET_MANIFEST', 'run synth again; the cloud assembly is incomplete');
    }
    return parseAssetManifest(parsed, (0, node_path_1.resolve)(manifestFile, '..'), (0, node_path_1.basename)(templateFile));
}
function parseAssetManifest(manifest, assemblyDir, templateFileName) {
    const assets = [];
    for (const [id, entry] of Object.entries(manifest.files ?? {})) {
        const path = entry.source?.path;
        const packaging = entry.source?.packaging === 'zip' ? 'zip' : 'file';
        if (path === undefined)
            continue;
        for (const destination of Object.values(entry.destinations ?? {})) {
            if (destination.bucketName === undefined || destination.objectKey === undefined)
                continue;
            assets.push({
                id,
                sourcePath: (0, node_path_1.resolve)(assemblyDir, path),
                packaging,
                bucketName: destination.bucketName,
                objectKey: destination.objectKey,
                isTemplate: path === templateFileName,
            });
        }
    }
    return assets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/** `serverless-action-${AWS::AccountId}-${AWS::Region}` -> `serverless-action-123456789012-us-east-1`. */
function resolvePlaceholders(value, env) {
    return value
        .replaceAll('${AWS::AccountId}', env.account)
        .replaceAll('${AWS::Region}', env.region)
        .replaceAll('${AWS::Partition}', env.partition);
}
function needsAccount(assets) {
    return assets.some((a) => a.bucketName.includes('${AWS::AccountId}'));
}


/***/ }),

/***/ 3522:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.publishAssets = publishAssets;
exports.templateUrl = templateUrl;
exports.forEachLimited = forEachLimited;
// Uploads the assembly's file assets: each object is checked with HeadObject first and only
// uploaded when missing (keys are content hashes, so "present" means "identical"); uploads
// run in parallel, a few at a time.
const promises_1 = __webpack_require__(51455);
const client_s3_1 = __webpack_require__(53711);
const manifest_1 = __webpack_require__(85276);
const zip_1 = __webpack_require__(48566);
const DEFAULT_CONCURRENCY = 8;
async function publishAssets(s3, assets, env, logger, options = {}) {
    const uploaded = [];
    const skipped = [];
    await forEachLimited(assets, options.concurrency ?? DEFAULT_CONCURRENCY, async (asset) => {
        const bucket = (0, manifest_1.resolvePlaceholders)(asset.bucketName, env);
        const key = (0, manifest_1.resolvePlaceholders)(asset.objectKey, env);
        const where = `${bucket}/${key}`;
        if (!options.knownMissing?.has(bucket) && (await objectExists(s3, bucket, key))) {
            logger.debug(`asset ${where} already uploaded`);
            skipped.push(where);
            return;
        }
        const body = asset.packaging === 'zip'
            ? await (0, zip_1.zipDirectory)(asset.sourcePath)
            : await (0, promises_1.readFile)(asset.sourcePath);
        await s3.send(new client_s3_1.PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: body,
            ContentType: asset.packaging === 'zip' ? 'application/zip' : 'application/json',
        }));
        logger.info(`uploaded ${where} (${body.length} bytes)`);
        uploaded.push(where);
    });
    return { uploaded: uploaded.sort(), skipped: skipped.sort() };
}
/** The URL form CloudFormation (and moto) accept for TemplateURL. */
function templateUrl(bucket, region, key) {
    return `https://${bucket}.s3.${region}.amazonaws.com/${key}`;
}
async function objectExists(s3, bucket, key) {
    try {
        await s3.send(new client_s3_1.HeadObjectCommand({ Bucket: bucket, Key: key }));
        return true;
    }
    catch (error) {
        const status = error.$metadata?.httpStatusCode;
        if (status === 404)
            return false;
        throw error;
    }
}
/** Runs `work` over `items` with at most `limit` in flight; the first failure rejects. */
async function forEachLimited(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next++];
            await work(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}


/***/ }),

/***/ 48566:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FIXED_MTIME = void 0;
exports.zipEntries = zipEntries;
exports.readDirectoryEntries = readDirectoryEntries;
exports.zipDirectory = zipDirectory;
exports.sha256Hex = sha256Hex;
// Deterministic zips: the same files give the same bytes on every machine and every run,
// so a content hash names the archive and an unchanged function is never uploaded again.
const node_crypto_1 = __webpack_require__(77598);
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const yazl_1 = __webpack_require__(93044);
const paths_1 = __webpack_require__(81066);
const errors_1 = __webpack_require__(83916);
/** DOS timestamps start in 1980; any fixed value works, this one is the format's epoch. */
exports.FIXED_MTIME = new Date('1980-01-01T00:00:00Z');
const FILE_MODE = 0o100644;
const EXECUTABLE_MODE = 0o100755;
/** Zips entries in byte order of their paths with fixed times and modes. */
function zipEntries(entries) {
    const zip = new yazl_1.ZipFile();
    const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const entry of sorted) {
        zip.addBuffer(entry.data, entry.path, {
            mtime: exports.FIXED_MTIME,
            mode: entry.executable ? EXECUTABLE_MODE : FILE_MODE,
            compress: true,
        });
    }
    zip.end();
    return new Promise((resolve, reject) => {
        const chunks = [];
        zip.outputStream.on('data', (chunk) => chunks.push(chunk));
        zip.outputStream.on('error', reject);
        zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    });
}
/**
 * Every regular file under `dir`, as archive entries. A symbolic link is followed only
 * when its target is inside `dir` itself: one pointing out (at ~/.aws, /etc, another part
 * of the runner) stops the zip with an error instead of packaging what it points at.
 */
async function readDirectoryEntries(dir) {
    const entries = [];
    const realRoot = await (0, promises_1.realpath)(dir);
    const walk = async (current) => {
        for (const name of await (0, promises_1.readdir)(current)) {
            const full = (0, node_path_1.join)(current, name);
            if ((await (0, promises_1.lstat)(full)).isSymbolicLink())
                await assertLinkInside(full, dir, realRoot);
            const info = await (0, promises_1.stat)(full);
            if (info.isDirectory()) {
                await walk(full);
            }
            else if (info.isFile()) {
                entries.push({
                    path: (0, node_path_1.relative)(dir, full).split(node_path_1.sep).join('/'),
                    data: await (0, promises_1.readFile)(full),
                    executable: (info.mode & 0o100) !== 0,
                });
            }
        }
    };
    await walk(dir);
    return entries;
}
async function assertLinkInside(link, dir, realRoot) {
    const target = await (0, promises_1.realpath)(link).catch(() => undefined);
    if (target !== undefined && (0, paths_1.isInside)(target, realRoot))
        return;
    throw new errors_1.ServerlessActionError(`${(0, node_path_1.relative)(dir, link)} in ${dir} is a symbolic link to ${target === undefined ? 'a missing file' : 'a place outside the directory'}: a function's code is zipped from its own directory only`, 'ASSET_OUTSIDE', "copy the files the link points at into the function's directory (or bundle an entry file), then run again");
}
async function zipDirectory(dir) {
    return zipEntries(await readDirectoryEntries(dir));
}
function sha256Hex(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 29766:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IN_FLIGHT_WINDOW_MS = void 0;
exports.changeSetName = changeSetName;
exports.deployStartedAt = deployStartedAt;
exports.isInFlight = isInFlight;
exports.inFlightDeploys = inFlightDeploys;
exports.waitForOtherDeploys = waitForOtherDeploys;
// One deploy per stack at a time. A deploy names its change set `serverless-action-deploy-
// <ms>-<random>`; while such a set is young and not executed, another deploy is between
// CreateChangeSet and ExecuteChangeSet, and a second deploy must wait for it rather than
// delete its set (or its REVIEW_IN_PROGRESS stack) from under it. An older unexecuted set
// is a leftover of a run that was killed, and is cleaned up as before.
const node_crypto_1 = __webpack_require__(77598);
const client_cloudformation_1 = __webpack_require__(3805);
const pages_1 = __webpack_require__(60701);
const errors_1 = __webpack_require__(83916);
const cfn_1 = __webpack_require__(44610);
const DEPLOY_MARK = `${cfn_1.CHANGE_SET_PREFIX}deploy-`;
/**
 * A deploy takes seconds from its change set being ready to executing it; a set younger
 * than this is taken for a deploy in flight, an older one for a leftover.
 */
exports.IN_FLIGHT_WINDOW_MS = 5 * 60 * 1000;
/** The change set name of a plan (`deploy: false`) or of a deploy that will execute it. */
function changeSetName(now, deploy) {
    return deploy
        ? `${DEPLOY_MARK}${now.getTime()}-${(0, node_crypto_1.randomBytes)(3).toString('hex')}`
        : `${cfn_1.CHANGE_SET_PREFIX}${now.getTime()}`;
}
/** When a deploy's change set was named (ms since the epoch); undefined for any other set. */
function deployStartedAt(name) {
    const match = name?.startsWith(DEPLOY_MARK)
        ? /^(\d+)-/.exec(name.slice(DEPLOY_MARK.length))
        : null;
    return match ? Number(match[1]) : undefined;
}
/** Another deploy's change set, still being created or waiting to be executed. Pure. */
function isInFlight(summary, nowMs) {
    const started = deployStartedAt(summary.ChangeSetName);
    if (started === undefined || nowMs - started > exports.IN_FLIGHT_WINDOW_MS)
        return false;
    // Executing sets show in the stack's status; a FAILED set (no changes) is about to go.
    if (summary.Status === 'FAILED' || summary.Status === 'DELETE_COMPLETE')
        return false;
    return summary.ExecutionStatus === 'AVAILABLE' || summary.ExecutionStatus === 'UNAVAILABLE';
}
async function inFlightDeploys(cfn, stackName, nowMs) {
    const summaries = await (0, pages_1.allItems)((token) => cfn.send(new client_cloudformation_1.ListChangeSetsCommand({ StackName: stackName, ...(0, pages_1.nextToken)(token) })), (page) => page.Summaries);
    return summaries.filter((s) => isInFlight(s, nowMs));
}
/**
 * Waits, with a line of progress now and then, until no other deploy of the stack is
 * between creating and executing its change set. True when it waited at all (the caller
 * then reads the stack again and plans afresh).
 */
async function waitForOtherDeploys(cfn, stackName, deps, timeoutMs) {
    const started = deps.clock.now().getTime();
    let waited = false;
    for (let poll = 0;; poll++) {
        const now = deps.clock.now().getTime();
        const others = await inFlightDeploys(cfn, stackName, now);
        if (others.length === 0)
            return waited;
        if (now - started > timeoutMs) {
            throw new errors_1.ServerlessActionError(`another deploy of ${stackName} (change set ${others[0]?.ChangeSetName}) did not finish within ${Math.round(timeoutMs / 1000)} s`, 'STACK_BUSY', 'wait for the other run to finish (or cancel it), then deploy again; the workflow sets a concurrency group per stack so runs queue instead');
        }
        if (poll % 5 === 0) {
            deps.logger.info(`another deploy of ${stackName} is in progress (change set ${others[0]?.ChangeSetName}): waiting for it to finish (${Math.round((now - started) / 1000)} s so far)`);
        }
        waited = true;
        await deps.clock.sleep(2_000);
    }
}


/***/ }),

/***/ 69116:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_WAIT_FOR_OTHER_RUN_MS = exports.DEFAULT_TIMEOUT_MS = void 0;
exports.callerEnvironment = callerEnvironment;
const client_sts_1 = __webpack_require__(71695);
exports.DEFAULT_TIMEOUT_MS = 60 * 60 * 1000;
exports.DEFAULT_WAIT_FOR_OTHER_RUN_MS = 15 * 60 * 1000;
/** Account and partition of the caller (one STS call), cached per deps object. */
const environments = new WeakMap();
function callerEnvironment(deps) {
    let cached = environments.get(deps.clients);
    if (!cached) {
        cached = deps.clients.sts.send(new client_sts_1.GetCallerIdentityCommand({})).then((out) => ({
            account: out.Account ?? '',
            region: deps.clients.region,
            partition: out.Arn?.split(':')[1] ?? 'aws',
        }));
        environments.set(deps.clients, cached);
    }
    return cached;
}


/***/ }),

/***/ 33683:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deployDigest = deployDigest;
exports.withDigest = withDigest;
exports.digestFromDescription = digestFromDescription;
exports.commitFromDescription = commitFromDescription;
exports.inputDigestFromDescription = inputDigestFromDescription;
exports.canonicalize = canonicalize;
// The no-op fast path: a digest of everything a deploy sends travels in the template's
// Description, so one DescribeStacks call tells whether the deployed stack already is
// exactly this one. Description, not a stack tag: stack tags propagate to every resource,
// and a changing tag would touch all of them.
//
// The one rule for what it covers: every template sent, by content (the stack's own and
// each nested stack's, by its logical id), the parameters, the tags, the stack options,
// and every code asset by its content hash. A saved plan records this digest and carries
// exactly these files (plan-dir.ts).
const node_crypto_1 = __webpack_require__(77598);
const MARKER = 'serverless-action digest';
// `inputs` (optional) is the digest of what synthesis read: see input-digest.ts. `commit`
// (optional) is the commit deployed, for the rollback guard (rollback.ts): kept here and not
// in a stack tag for the same reason as the digest, and left out of the digest so the same
// content from a newer commit is still a no-op.
const DIGEST_PATTERN = /\(serverless-action digest ([0-9a-f]{64})(?: inputs ([0-9a-f]{64}))?(?: commit ([0-9a-f]{7,64}))?\)$/;
/** CloudFormation's limit on a template Description. */
const MAX_DESCRIPTION = 1024;
function deployDigest(inputs) {
    const canonical = JSON.stringify({
        template: canonicalize(inputs.template),
        // Absent when there are none: a stack without nested stacks keeps its digest.
        nested: inputs.nested !== undefined && inputs.nested.length > 0
            ? canonicalize(Object.fromEntries(inputs.nested.map((n) => [n.logicalId, n.template])))
            : undefined,
        parameters: canonicalize(inputs.parameters),
        tags: canonicalize(inputs.tags),
        assets: [...inputs.assetHashes].sort(),
        // Absent (undefined, dropped by JSON) when none are sent: earlier digests stay valid.
        stackOptions: inputs.stackOptions && canonicalize(inputs.stackOptions),
    });
    return (0, node_crypto_1.createHash)('sha256').update(canonical).digest('hex');
}
/** The template to send: its Description carries the digest (and the inputs') at the end. */
function withDigest(template, digest, inputDigest, commit) {
    const suffix = `(${MARKER} ${digest}` +
        (inputDigest !== undefined ? ` inputs ${inputDigest}` : '') +
        (commit !== undefined && /^[0-9a-f]{7,64}$/.test(commit) ? ` commit ${commit}` : '') +
        ')';
    const base = (template.Description ?? '').slice(0, MAX_DESCRIPTION - suffix.length - 1);
    return { ...template, Description: base ? `${base} ${suffix}` : suffix };
}
function digestFromDescription(description) {
    return description?.match(DIGEST_PATTERN)?.[1];
}
/** The commit the deployed stack was deployed from, when the deploy knew it. */
function commitFromDescription(description) {
    return description?.match(DIGEST_PATTERN)?.[3];
}
function inputDigestFromDescription(description) {
    return description?.match(DIGEST_PATTERN)?.[2];
}
/** Object keys sorted at every level, so key order never changes the digest. */
function canonicalize(value) {
    if (Array.isArray(value))
        return value.map(canonicalize);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, canonicalize(value[k])]));
    }
    return value;
}


/***/ }),

/***/ 89268:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.trackChangeSet = trackChangeSet;
exports.markExecuting = markExecuting;
exports.untrackChangeSet = untrackChangeSet;
exports.trackedChangeSets = trackedChangeSets;
exports.cleanUpInterrupted = cleanUpInterrupted;
exports.installInterruptHandler = installInterruptHandler;
const cfn_1 = __webpack_require__(44610);
/** This process's deploys in progress by change set id (usually one in all). */
const inFlight = new Map();
/** From CreateChangeSet on, until executed (or deleted). */
function trackChangeSet(entry) {
    inFlight.set(entry.changeSetId, { ...entry, phase: 'created' });
}
/** Just before ExecuteChangeSet: from now on CloudFormation owns the outcome. */
function markExecuting(changeSetId) {
    const entry = changeSetId === undefined ? undefined : inFlight.get(changeSetId);
    if (entry)
        entry.phase = 'executing';
}
function untrackChangeSet(changeSetId) {
    if (changeSetId !== undefined)
        inFlight.delete(changeSetId);
}
/** What an interruption now would have to clean up (tests). */
function trackedChangeSets() {
    return [...inFlight.values()];
}
/** Deletes unexecuted change sets and reports executions left running. Never throws. */
async function cleanUpInterrupted(logger) {
    for (const entry of [...inFlight.values()]) {
        inFlight.delete(entry.changeSetId);
        if (entry.phase === 'executing') {
            logger.info(`interrupted while ${entry.stackName} was being updated: CloudFormation finishes (or rolls back) the update on its own; the next deploy waits for it and plans again`);
            continue;
        }
        logger.info(`interrupted: deleting the unexecuted change set of ${entry.stackName}`);
        await (0, cfn_1.deleteChangeSet)(entry.cfnOnce, entry.stackName, entry.changeSetId, logger);
    }
}
/**
 * On SIGINT or SIGTERM: clean up as above, then exit with the signal's conventional code
 * (130, 143). Installed by the CLI for deploy; returns the function that removes it.
 */
function installInterruptHandler(logger, exit) {
    const handle = (signal) => {
        logger.info(`received ${signal}: stopping`);
        void cleanUpInterrupted(logger).finally(() => exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once('SIGINT', handle);
    process.once('SIGTERM', handle);
    return () => {
        process.off('SIGINT', handle);
        process.off('SIGTERM', handle);
    };
}


/***/ }),

/***/ 2931:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeNestedChangeSets = describeNestedChangeSets;
exports.deployedNestedTemplates = deployedNestedTemplates;
exports.nestedChangeSetsOf = nestedChangeSetsOf;
const publish_1 = __webpack_require__(3522);
const cfn_1 = __webpack_require__(44610);
const nested_1 = __webpack_require__(83468);
async function describeNestedChangeSets(cfn, 
/** What messages call the stack these changes are of: `big-dev`, `big-dev/Functions07`. */
label, changes, options) {
    const nested = {};
    const children = changes.filter((c) => c.ResourceChange?.ResourceType === nested_1.NESTED_STACK_TYPE &&
        c.ResourceChange.ChangeSetId !== undefined &&
        c.ResourceChange.LogicalResourceId !== undefined);
    await (0, publish_1.forEachLimited)(children, nested_1.NESTED_READ_CONCURRENCY, async (change) => {
        const rc = change.ResourceChange;
        const id = rc.LogicalResourceId;
        const where = `${label}/${id}`;
        const outcome = await (0, cfn_1.waitForChangeSet)(cfn, where, rc.ChangeSetId, {
            ...options,
            what: `the change set of ${where}`,
            nested: true,
        });
        const inner = outcome.kind === 'ready' ? outcome.changes : [];
        nested[id] = {
            ...(await describeNestedChangeSets(cfn, where, inner, options)),
            ...(rc.PhysicalResourceId !== undefined &&
                rc.PhysicalResourceId !== '' && { stackId: rc.PhysicalResourceId }),
        };
    });
    return { changes, nested };
}
/**
 * The deployed templates of the nested stacks whose changes modify something (for the
 * property values a report shows), keyed by their path of logical ids joined with `/`; only
 * those in `known`, whose new template is at hand to compare with. Best effort: a template
 * that cannot be read leaves CloudFormation's Details to speak.
 */
async function deployedNestedTemplates(cfn, tree, known) {
    const wanted = nestedChangeSetsOf(tree).flatMap(({ path, node }) => {
        const key = path.join('/');
        const modifies = node.changes.some((c) => c.ResourceChange?.Action === 'Modify');
        return node.stackId !== undefined && modifies && known.has(key)
            ? [{ path: key, stackId: node.stackId }]
            : [];
    });
    const templates = new Map();
    await (0, publish_1.forEachLimited)(wanted, nested_1.NESTED_READ_CONCURRENCY, async ({ path, stackId }) => {
        const template = await (0, cfn_1.deployedTemplate)(cfn, stackId).catch(() => undefined);
        if (template !== undefined)
            templates.set(path, template);
    });
    return templates;
}
/** Every nested change set of the tree, depth first, with its path of logical ids from the root. */
function nestedChangeSetsOf(tree, prefix = []) {
    return Object.entries(tree.nested).flatMap(([id, node]) => {
        const path = [...prefix, id];
        return [{ path, node }, ...nestedChangeSetsOf(node, path)];
    });
}


/***/ }),

/***/ 64028:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.flattenChangeSets = flattenChangeSets;
exports.planChanges = planChanges;
exports.stackLevels = stackLevels;
const classify_1 = __webpack_require__(30925);
const nested_change_sets_1 = __webpack_require__(2931);
const nested_1 = __webpack_require__(83468);
const origins_1 = __webpack_require__(74729);
/** Every change of the tree, each nested stack replaced by its own changes when they were read. */
function flattenChangeSets(tree, path = []) {
    return tree.changes.flatMap((change) => {
        const id = change.ResourceChange?.LogicalResourceId;
        const inner = id === undefined ? undefined : tree.nested[id];
        return inner === undefined ? [{ change, path }] : flattenChangeSets(inner, [...path, id]);
    });
}
/**
 * Classified and sorted, most dangerous first. `levels` holds each stack's templates by its
 * path joined with `/` ('' for the root).
 */
function planChanges(placed, levels) {
    return (0, classify_1.sortChanges)(placed.map((p) => classifyPlaced(p, levels)));
}
function classifyPlaced({ change, path }, levels) {
    const level = levels.get(path.join('/')) ?? { origins: {} };
    const id = change.ResourceChange?.LogicalResourceId ?? '';
    const origin = level.origins[id];
    const modify = change.ResourceChange?.Action === 'Modify';
    const before = level.deployed?.Resources[id];
    const after = level.next?.Resources[id];
    // Values need both templates; without them the names still come from CloudFormation's Details.
    const compare = modify && level.deployed !== undefined && level.next !== undefined;
    const properties = compare ? (0, classify_1.changedProperties)(before, after) : undefined;
    const valued = compare ? (0, classify_1.propertyChanges)(before, after) : undefined;
    const named = modify ? (0, classify_1.customName)(change.ResourceChange?.ResourceType ?? '', after) : undefined;
    const classified = (0, classify_1.classifyChange)(change, {
        ...(origin !== undefined && { resource: origin.key, configPath: origin.path }),
        ...(properties !== undefined && { changedProperties: properties }),
        policies: (0, classify_1.policyHints)(before, after),
        ...(valued !== undefined
            ? { properties: valued }
            : modify && { properties: detailNames(change) }),
        ...(named !== undefined && { customName: named }),
    });
    if (path.length === 0)
        return classified;
    const nestedStack = path
        .map((stackId, i) => (0, nested_1.nestedStackName)(stackId, levels.get(path.slice(0, i).join('/'))?.origins ?? {}))
        .join('/');
    return { ...classified, nestedStack };
}
/** Property names CloudFormation's Details name, without values (no deployed template). */
function detailNames(change) {
    const names = new Set();
    for (const detail of change.ResourceChange?.Details ?? []) {
        if (detail.Target?.Name !== undefined)
            names.add(detail.Target.Name);
    }
    return [...names].sort().map((name) => ({ name }));
}
/**
 * The levels planChanges reads: the root's as given, and each nested stack of the tree with
 * its synthesized template (nested stacks one level down, as synth makes them) and its
 * deployed one where it was read (deployedNestedTemplates).
 */
function stackLevels(root, tree, next, deployed) {
    const levels = new Map([['', root]]);
    for (const { path } of (0, nested_change_sets_1.nestedChangeSetsOf)(tree)) {
        const key = path.join('/');
        const nextTemplate = path.length === 1 ? next.find((n) => n.logicalId === path[0])?.template : undefined;
        const deployedTemplate = deployed.get(key);
        levels.set(key, {
            ...(nextTemplate !== undefined && { next: nextTemplate }),
            ...(deployedTemplate !== undefined && { deployed: deployedTemplate }),
            origins: {
                ...(deployedTemplate !== undefined && (0, origins_1.originsOf)(deployedTemplate)),
                ...(nextTemplate !== undefined && (0, origins_1.originsOf)(nextTemplate)),
            },
        });
    }
    return levels;
}


/***/ }),

/***/ 73216:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadDeployInputs = loadDeployInputs;
exports.isNoop = isNoop;
exports.runPlan = runPlan;
exports.driftIfAsked = driftIfAsked;
exports.withDrift = withDrift;
exports.currentStack = currentStack;
exports.noopOutcome = noopOutcome;
exports.createPlan = createPlan;
const manifest_1 = __webpack_require__(85276);
const errors_1 = __webpack_require__(83916);
const cfn_1 = __webpack_require__(44610);
const context_1 = __webpack_require__(69116);
const busy_1 = __webpack_require__(29766);
const digest_1 = __webpack_require__(33683);
const interrupt_1 = __webpack_require__(89268);
const origins_1 = __webpack_require__(74729);
const outputs_1 = __webpack_require__(3545);
const stack_options_1 = __webpack_require__(2108);
const stack_state_1 = __webpack_require__(35471);
const template_source_1 = __webpack_require__(25839);
const drift_1 = __webpack_require__(12024);
const nested_1 = __webpack_require__(83468);
const nested_change_sets_1 = __webpack_require__(2931);
const plan_changes_1 = __webpack_require__(64028);
const upload_1 = __webpack_require__(21910);
async function loadDeployInputs(stack, options = {}) {
    const assets = await (0, manifest_1.readAssetManifest)(stack.assetManifestFile, stack.templateFile);
    const { code, templates } = (0, nested_1.splitAssets)(assets, stack.nested ?? []);
    const parameters = options.parameters ?? {};
    const digest = (0, digest_1.deployDigest)({
        template: stack.template,
        nested: templates,
        parameters,
        tags: stack.tags,
        assetHashes: code.map((a) => a.id),
        ...(options.stackSettings !== undefined && {
            stackOptions: {
                notificationArns: options.stackSettings.notificationArns,
                roleArn: options.stackSettings.roleArn,
                monitoring: options.stackSettings.rollbackMonitoringMinutes,
            },
        }),
    });
    return {
        assets,
        code,
        nested: templates,
        digest,
        parameters,
        body: JSON.stringify((0, digest_1.withDigest)(stack.template, digest, options.inputDigest, options.commit)),
    };
}
/** The deployed stack is exactly this one: same template, parameters, tags and assets. */
function isNoop(current, digest) {
    return (current !== undefined &&
        (0, stack_state_1.isSettled)(current.StackStatus) &&
        (0, digest_1.digestFromDescription)(current.Description) === digest);
}
/** The whole plan for the `plan` command: fast path, else a described change set. */
async function runPlan(stack, deps, options = {}) {
    const inputs = await loadDeployInputs(stack, options);
    const current = await currentStack(stack.stackName, deps, options);
    const drift = await driftIfAsked(stack, current, deps, options);
    const outcome = isNoop(current, inputs.digest)
        ? noopOutcome(stack.stackName, current)
        : await createPlan(stack, inputs, current, deps, options);
    return { ...withDrift(outcome, drift), inputs };
}
/**
 * Drift detection on the deployed stack when asked (`--detect-drift`); undefined when not
 * asked or when there is no settled stack to compare (a first deploy has no drift).
 */
async function driftIfAsked(stack, current, deps, options) {
    if (options.detectDrift !== true || current === undefined || !(0, stack_state_1.isSettled)(current.StackStatus)) {
        return undefined;
    }
    const drift = await (0, drift_1.detectDrift)(deps.clients.cloudFormation, current.StackId ?? stack.stackName, {
        clock: deps.clock,
        logger: deps.logger,
        origins: stack.origins,
        cfnOnce: deps.clients.cloudFormationOnce,
    });
    deps.logger.info((0, drift_1.formatDriftText)({ ...drift, stackName: stack.stackName }));
    return { ...drift, stackName: stack.stackName };
}
function withDrift(outcome, drift) {
    return drift === undefined ? outcome : { ...outcome, result: { ...outcome.result, drift } };
}
/** The stack as it is now: the prefetched answer when it is for this name, else one call. */
function currentStack(stackName, deps, options) {
    return options.prefetched?.stackName === stackName
        ? options.prefetched.stack
        : (0, cfn_1.describeStack)(deps.clients.cloudFormation, stackName);
}
function noopOutcome(stackName, current) {
    return {
        result: { stackName, hasChanges: false, changes: [] },
        current,
        ...(current?.StackId !== undefined && { stackId: current.StackId }),
        noop: true,
    };
}
/** Brings the stack to a state that accepts a change set, then creates and reads it. */
async function createPlan(stack, inputs, initial, deps, options) {
    const { cloudFormation: cfn, cloudFormationOnce } = deps.clients;
    const { logger, clock } = deps;
    const timeoutMs = options.timeoutMs ?? context_1.DEFAULT_TIMEOUT_MS;
    const current = await readyForChangeSet(stack.stackName, initial, deps, options);
    const type = current === undefined || current.StackStatus === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
    if (current !== undefined) {
        const now = clock.now().getTime();
        await (0, cfn_1.deleteStaleChangeSets)(cfn, cloudFormationOnce, stack.stackName, logger, (s) => (0, busy_1.isInFlight)(s, now));
    }
    // Needed only to tell a code-only Lambda change apart where CloudFormation gives no Details.
    const previousTemplate = type === 'UPDATE' ? (0, cfn_1.deployedTemplate)(cfn, stack.stackName).catch(() => undefined) : undefined;
    // CloudFormation reads the nested stacks' templates when it creates the change set.
    const [template] = await Promise.all([
        (0, template_source_1.templateSource)(inputs.body, inputs.assets, deps),
        (0, upload_1.publish)(inputs.nested.map((n) => n.asset), deps),
    ]);
    const changeSetName = (0, busy_1.changeSetName)(clock.now(), options.forDeploy === true);
    const extra = await changeSetStackOptions(stack, type === 'UPDATE' ? current : undefined, deps, options);
    logger.info(`creating ${type} change set ${changeSetName} for ${stack.stackName}`);
    const created = await (0, cfn_1.createChangeSet)(cfn, {
        stackName: stack.stackName,
        changeSetName,
        type,
        template,
        parameters: inputs.parameters,
        tags: stack.tags,
        ...(extra !== undefined && { stackOptions: extra }),
        includeNestedStacks: (0, nested_1.hasNestedStacks)(stack.template),
    });
    if (options.forDeploy === true) {
        (0, interrupt_1.trackChangeSet)({
            stackName: stack.stackName,
            changeSetId: created.changeSetId,
            cfnOnce: cloudFormationOnce,
        });
    }
    const outcome = await (0, cfn_1.waitForChangeSet)(cfn, stack.stackName, created.changeSetId, {
        clock,
        logger,
        timeoutMs,
        what: `the change set of ${stack.stackName}`,
    });
    if (outcome.kind === 'empty') {
        logger.info(`no changes for ${stack.stackName}`);
        await (0, cfn_1.deleteChangeSet)(cloudFormationOnce, stack.stackName, created.changeSetId, logger);
        (0, interrupt_1.untrackChangeSet)(created.changeSetId);
        return {
            result: { stackName: stack.stackName, hasChanges: false, changes: [] },
            current,
            stackId: created.stackId,
            noop: false,
        };
    }
    const waitOptions = { clock, logger, timeoutMs, what: `the change sets of ${stack.stackName}` };
    const tree = await (0, nested_change_sets_1.describeNestedChangeSets)(cfn, stack.stackName, outcome.changes, waitOptions);
    const [before, deployedNested] = await Promise.all([
        previousTemplate,
        type === 'UPDATE'
            ? (0, nested_change_sets_1.deployedNestedTemplates)(cfn, tree, new Set((stack.nested ?? []).map((n) => n.logicalId)))
            : new Map(),
    ]);
    const levels = (0, plan_changes_1.stackLevels)({
        next: stack.template,
        ...(before !== undefined && { deployed: before }),
        // A removed resource is only in the deployed template: its origin is read from there.
        origins: { ...(before ? (0, origins_1.originsOf)(before) : {}), ...stack.origins },
    }, tree, stack.nested ?? [], deployedNested);
    const changes = (0, plan_changes_1.planChanges)((0, plan_changes_1.flattenChangeSets)(tree), levels);
    return {
        result: {
            stackName: stack.stackName,
            hasChanges: true,
            changeSetId: created.changeSetId,
            changeSetType: type,
            changes,
        },
        current,
        stackId: created.stackId,
        noop: false,
    };
}
/**
 * Rollback triggers (the deployed stack's alarms, on an update), notification topics and the
 * service role of the stage; undefined when the caller passed no stack settings.
 */
async function changeSetStackOptions(stack, deployedStack, deps, options) {
    const settings = options.stackSettings;
    if (settings === undefined)
        return undefined;
    const where = deployedStack?.StackId !== undefined ? (0, outputs_1.locationFromStackId)(deployedStack.StackId) : undefined;
    const deployed = where !== undefined && settings.kind !== 'ephemeral'
        ? {
            resources: await (0, cfn_1.listStackResources)(deps.clients.cloudFormation, deployedStack.StackId),
            where,
        }
        : undefined;
    const planned = (0, stack_options_1.stackOptions)(settings, deployed, stack.template);
    // A plan (not a deploy) of an existing stack leaves RoleARN out: CloudFormation keeps the
    // role the stack already has, and a read-only plan role (which may not iam:PassRole)
    // can still plan. The deploy that executes sends it.
    if (options.forDeploy !== true && deployedStack !== undefined) {
        const rest = { ...planned.parameters };
        delete rest.RoleARN;
        return rest;
    }
    if (settings.kind !== 'ephemeral') {
        deps.logger.info(planned.triggers.length > 0
            ? `rollback triggers: ${planned.triggers.map((t) => t.logicalId).join(', ')}; monitoring ${settings.rollbackMonitoringMinutes} min` +
                (planned.leftOut.length > 0
                    ? ` (left out, CloudFormation takes at most ${stack_options_1.MAX_ROLLBACK_TRIGGERS}: ${planned.leftOut.join(', ')})`
                    : '')
            : `no rollback triggers${deployed === undefined ? ' (first create: no alarm exists yet)' : ' (no deployed API or function alarm)'}`);
    }
    return planned.parameters;
}
/**
 * Waits out another run's operation (bounded), deletes a failed first create, and refuses
 * states that need a person. Returns the stack as it now is (undefined: none).
 */
async function readyForChangeSet(stackName, initial, deps, options) {
    const cfn = deps.clients.cloudFormation;
    /** Deletes a stack that cannot take a change set; undefined once it is gone. */
    const deleteAndWait = async (stack) => {
        await (0, cfn_1.deleteStack)(cfn, stack?.StackId ?? stackName);
        const after = await (0, cfn_1.waitForStack)(cfn, stack?.StackId ?? stackName, {
            clock: deps.clock,
            logger: deps.logger,
            timeoutMs: options.timeoutMs ?? context_1.DEFAULT_TIMEOUT_MS,
            what: `the deletion of ${stackName}`,
        });
        return after?.StackStatus === 'DELETE_COMPLETE' ? undefined : after;
    };
    let current = initial;
    for (let round = 0; round < 6; round++) {
        const decision = (0, stack_state_1.decideStackAction)(stackName, current?.StackStatus);
        switch (decision.kind) {
            case 'create':
                return undefined;
            case 'update':
                return current;
            case 'create-over-review':
                // The plan of another deploy still on its way to execution: wait for it (deleting
                // the stack would pull it from under that run), then decide afresh. An update
                // racing another is caught later: its superseded change set makes it plan again.
                if (await (0, busy_1.waitForOtherDeploys)(cfn, stackName, deps, options.waitForOtherRunMs ?? context_1.DEFAULT_WAIT_FOR_OTHER_RUN_MS)) {
                    current = await (0, cfn_1.describeStack)(cfn, current?.StackId ?? stackName);
                    break;
                }
                deps.logger.info(`removing the unexecuted plan left on ${stackName} (REVIEW_IN_PROGRESS)`);
                current = await deleteAndWait(current);
                break;
            case 'blocked':
                throw new errors_1.ServerlessActionError(decision.message, 'STACK_BLOCKED', decision.hint);
            case 'wait':
                deps.logger.info(`stack ${stackName} is ${current?.StackStatus} (another run?): waiting for it to finish`);
                current = await (0, cfn_1.waitForStack)(cfn, current?.StackId ?? stackName, {
                    clock: deps.clock,
                    logger: deps.logger,
                    timeoutMs: options.waitForOtherRunMs ?? context_1.DEFAULT_WAIT_FOR_OTHER_RUN_MS,
                    what: `the operation already running on ${stackName}`,
                });
                break;
            case 'recreate':
                deps.logger.info(`stack ${stackName} is ${current?.StackStatus} after a failed first create: deleting it to create it again`);
                current = await deleteAndWait(current);
                break;
        }
    }
    throw new errors_1.ServerlessActionError(`stack ${stackName} did not reach a state that accepts changes (now ${current?.StackStatus})`, 'STACK_BLOCKED', 'see the stack events in the CloudFormation console');
}


/***/ }),

/***/ 2108:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ALARM_TYPE = exports.MAX_ROLLBACK_TRIGGERS = void 0;
exports.triggerRank = triggerRank;
exports.alarmArn = alarmArn;
exports.chooseRollbackTriggers = chooseRollbackTriggers;
exports.stackOptions = stackOptions;
/** CloudFormation's own limit on RollbackConfiguration.RollbackTriggers. */
exports.MAX_ROLLBACK_TRIGGERS = 5;
exports.ALARM_TYPE = 'AWS::CloudWatch::Alarm';
/** Rank of an alarm as a rollback trigger (lower first); undefined: not a trigger. */
function triggerRank(logicalId) {
    if (/^Api5xxAlarm$/.test(logicalId))
        return 0;
    if (/ErrorsAlarm[0-9A-F]*$/.test(logicalId))
        return 1;
    if (/ThrottlesAlarm[0-9A-F]*$/.test(logicalId))
        return 2;
    return undefined;
}
function alarmArn(where, alarmName) {
    return `arn:${where.partition}:cloudwatch:${where.region}:${where.account}:alarm:${alarmName}`;
}
/** The triggers for an update: deployed alarms the new template keeps, ranked, at most 5. */
function chooseRollbackTriggers(deployed, template, where) {
    const candidates = deployed
        .filter((r) => r.ResourceType === exports.ALARM_TYPE &&
        r.LogicalResourceId !== undefined &&
        r.PhysicalResourceId !== undefined &&
        r.PhysicalResourceId !== '' &&
        !/FAILED|DELETE/.test(r.ResourceStatus ?? '') &&
        template.Resources[r.LogicalResourceId]?.Type === exports.ALARM_TYPE &&
        triggerRank(r.LogicalResourceId) !== undefined)
        .map((r) => ({
        logicalId: r.LogicalResourceId,
        rank: triggerRank(r.LogicalResourceId),
        arn: alarmArn(where, r.PhysicalResourceId),
    }))
        .sort((a, b) => a.rank - b.rank || a.logicalId.localeCompare(b.logicalId));
    return {
        triggers: candidates
            .slice(0, exports.MAX_ROLLBACK_TRIGGERS)
            .map(({ logicalId, arn }) => ({ logicalId, arn })),
        leftOut: candidates.slice(exports.MAX_ROLLBACK_TRIGGERS).map((c) => c.logicalId),
    };
}
/**
 * The CreateChangeSet parameters for `settings`. `deployed` is undefined on a first create
 * (no alarm exists yet: no triggers); ephemeral stages get no rollback configuration.
 */
function stackOptions(settings, deployed, template) {
    const chosen = deployed !== undefined && settings.kind !== 'ephemeral'
        ? chooseRollbackTriggers(deployed.resources, template, deployed.where)
        : { triggers: [], leftOut: [] };
    // Always explicit on a long-lived stage: without RollbackConfiguration CloudFormation
    // reuses the previous operation's triggers, which may name alarms this update removes.
    const rollback = settings.kind !== 'ephemeral'
        ? {
            RollbackConfiguration: {
                RollbackTriggers: chosen.triggers.map((t) => ({ Arn: t.arn, Type: exports.ALARM_TYPE })),
                MonitoringTimeInMinutes: settings.rollbackMonitoringMinutes,
            },
        }
        : {};
    return {
        parameters: {
            ...rollback,
            ...(settings.notificationArns.length > 0 && {
                NotificationARNs: [...settings.notificationArns],
            }),
            ...(settings.roleArn !== undefined && { RoleARN: settings.roleArn }),
        },
        triggers: chosen.triggers,
        leftOut: chosen.leftOut,
    };
}


/***/ }),

/***/ 25839:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_TEMPLATE_BODY_BYTES = void 0;
exports.templateSource = templateSource;
exports.artifactBucketFor = artifactBucketFor;
exports.ensureOwnedBucket = ensureOwnedBucket;
// A template goes to CloudFormation inline up to 51,200 bytes, beyond that by TemplateURL
// from the artifact bucket (CloudFormation's documented TemplateBody limit).
const client_s3_1 = __webpack_require__(53711);
const artifact_bucket_1 = __webpack_require__(15062);
const manifest_1 = __webpack_require__(85276);
const publish_1 = __webpack_require__(3522);
const zip_1 = __webpack_require__(48566);
const context_1 = __webpack_require__(69116);
exports.MAX_TEMPLATE_BODY_BYTES = 51_200;
async function templateSource(body, assets, deps) {
    if (Buffer.byteLength(body) <= exports.MAX_TEMPLATE_BODY_BYTES)
        return { body };
    const env = await (0, context_1.callerEnvironment)(deps);
    const bucket = await artifactBucketFor(assets, env, deps);
    const key = `templates/${(0, zip_1.sha256Hex)(body)}.json`;
    await deps.clients.s3.send(new client_s3_1.PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }));
    deps.logger.info(`template is ${Buffer.byteLength(body)} bytes: uploaded to s3://${bucket}/${key}`);
    return { url: (0, publish_1.templateUrl)(bucket, env.region, key) };
}
/**
 * The bucket the synthesized assets point at; ensured (created and locked down) when it is
 * the tool's default per account and region, used as is when the user named it.
 */
async function artifactBucketFor(assets, env, deps) {
    const named = assets[0]?.bucketName;
    const bucket = named
        ? (0, manifest_1.resolvePlaceholders)(named, env)
        : (0, artifact_bucket_1.defaultArtifactBucketName)(env.account, env.region);
    await ensureOwnedBucket(bucket, env, deps);
    return bucket;
}
/** One ensure per bucket per run, shared by the concurrent callers (assets and template). */
const ensuredPerRun = new WeakMap();
async function ensureOwnedBucket(bucket, env, deps) {
    if (bucket !== (0, artifact_bucket_1.defaultArtifactBucketName)(env.account, env.region))
        return 'existed';
    let ensured = ensuredPerRun.get(deps);
    if (!ensured) {
        ensured = new Map();
        ensuredPerRun.set(deps, ensured);
    }
    let pending = ensured.get(bucket);
    if (!pending) {
        const plainHttp = deps.clients.endpoint?.startsWith('http:') ?? false;
        pending = (0, artifact_bucket_1.ensureArtifactBucket)(deps.clients.s3, bucket, env.region, deps.logger, !plainHttp);
        ensured.set(bucket, pending);
    }
    return pending;
}


/***/ }),

/***/ 21910:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.publish = publish;
// Uploads file assets for a deploy: to the buckets they name, each bucket ensured first.
// Code goes while the change set is computed; nested stacks' templates go before it is
// created (CloudFormation reads them then).
const manifest_1 = __webpack_require__(85276);
const publish_1 = __webpack_require__(3522);
const context_1 = __webpack_require__(69116);
const template_source_1 = __webpack_require__(25839);
async function publish(assets, deps) {
    if (assets.length === 0)
        return { uploaded: [], skipped: [] };
    const env = await (0, context_1.callerEnvironment)(deps);
    const buckets = [...new Set(assets.map((a) => (0, manifest_1.resolvePlaceholders)(a.bucketName, env)))];
    const states = await Promise.all(buckets.map((b) => (0, template_source_1.ensureOwnedBucket)(b, env, deps)));
    // A bucket created a moment ago is empty: asking it for each object would be wasted calls.
    const fresh = new Set(buckets.filter((_, i) => states[i] === 'created'));
    return (0, publish_1.publishAssets)(deps.clients.s3, assets, env, deps.logger, { knownMissing: fresh });
}


/***/ })

};
;