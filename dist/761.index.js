"use strict";
exports.id = 761;
exports.ids = [761];
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
/** Every regular file under `dir` (symlinks followed), as archive entries. */
async function readDirectoryEntries(dir) {
    const entries = [];
    const walk = async (current) => {
        for (const name of await (0, promises_1.readdir)(current)) {
            const full = (0, node_path_1.join)(current, name);
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
async function zipDirectory(dir) {
    return zipEntries(await readDirectoryEntries(dir));
}
function sha256Hex(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 40201:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createAwsClients = createAwsClients;
exports.resolveRegion = resolveRegion;
exports.resolveEndpoint = resolveEndpoint;
// The one place SDK clients are built. Everything downstream takes these clients as
// arguments, so the CLI, the action (OIDC credentials) and tests (moto) share the engine.
const client_cloudformation_1 = __webpack_require__(3805);
const client_s3_1 = __webpack_require__(53711);
const client_sts_1 = __webpack_require__(71695);
const DEFAULT_MAX_ATTEMPTS = 5;
function createAwsClients(options) {
    const common = {
        region: options.region,
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
        ...(options.credentials !== undefined && { credentials: options.credentials }),
    };
    const cloudFormation = new client_cloudformation_1.CloudFormationClient(common);
    const cloudFormationOnce = new client_cloudformation_1.CloudFormationClient({ ...common, maxAttempts: 1 });
    // A custom endpoint (moto, LocalStack) has no per-bucket DNS names: use path-style URLs.
    const s3 = new client_s3_1.S3Client({ ...common, forcePathStyle: options.endpoint !== undefined });
    const sts = new client_sts_1.STSClient(common);
    return {
        region: options.region,
        ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
        cloudFormation,
        cloudFormationOnce,
        s3,
        sts,
        destroy: () => {
            cloudFormation.destroy();
            cloudFormationOnce.destroy();
            s3.destroy();
            sts.destroy();
        },
    };
}
/** `--region`, else AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1. */
function resolveRegion(flag, env) {
    return flag ?? env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
}
/** `--endpoint-url`, else AWS_ENDPOINT_URL; undefined means AWS's own endpoints. */
function resolveEndpoint(flag, env) {
    const value = flag ?? env['AWS_ENDPOINT_URL'];
    return value === undefined || value === '' ? undefined : value;
}


/***/ }),

/***/ 44610:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHANGE_SET_PREFIX = void 0;
exports.describeStack = describeStack;
exports.waitForStack = waitForStack;
exports.recentEvents = recentEvents;
exports.listStackResources = listStackResources;
exports.deployedTemplate = deployedTemplate;
exports.deleteStaleChangeSets = deleteStaleChangeSets;
exports.deleteChangeSet = deleteChangeSet;
exports.createChangeSet = createChangeSet;
exports.isNoChangesReason = isNoChangesReason;
exports.waitForChangeSet = waitForChangeSet;
exports.deleteStack = deleteStack;
// Thin, typed wrappers over the CloudFormation calls the engine makes. Each one is a
// single responsibility; the decisions live in the pure modules beside this one.
const client_cloudformation_1 = __webpack_require__(3805);
const errors_1 = __webpack_require__(83916);
const stack_state_1 = __webpack_require__(35471);
/** Change sets this tool creates start with this; only those are ever cleaned up. */
exports.CHANGE_SET_PREFIX = 'serverless-action-';
/** The stack, or undefined when it does not exist. */
async function describeStack(cfn, stackName) {
    try {
        const out = await cfn.send(new client_cloudformation_1.DescribeStacksCommand({ StackName: stackName }));
        return out.Stacks?.[0];
    }
    catch (error) {
        if (/does not exist/.test((0, errors_1.errorMessage)(error)))
            return undefined;
        throw error;
    }
}
/** Polls DescribeStacks with backoff until the status is terminal; prints new events. */
async function waitForStack(cfn, stackId, options) {
    const started = options.clock.now().getTime();
    for (let attempt = 0;; attempt++) {
        // Status and events in parallel: one round trip per poll instead of two.
        const [stack] = await Promise.all([
            describeStack(cfn, stackId),
            options.printEvents ? options.printEvents() : undefined,
        ]);
        if (stack === undefined || (0, stack_state_1.isTerminal)(stack.StackStatus ?? '')) {
            // The parallel fetch may predate the last events (and the root cause among them).
            if (options.printEvents)
                await options.printEvents();
            return stack;
        }
        if (options.clock.now().getTime() - started > options.timeoutMs) {
            throw new errors_1.ServerlessActionError(`timed out after ${Math.round(options.timeoutMs / 1000)} s waiting for ${options.what} (status ${stack.StackStatus})`, 'DEPLOY_TIMEOUT', 'CloudFormation keeps working; check the stack in the console, or raise the timeout');
        }
        await options.clock.sleep((0, stack_state_1.backoffDelay)(attempt));
    }
}
/** Events newest first, up to `stopAtId` (exclusive) or `maxPages` pages. */
async function recentEvents(cfn, stackId, stopAtId, maxPages = 5) {
    const events = [];
    let token;
    for (let page = 0; page < maxPages; page++) {
        const out = await cfn.send(new client_cloudformation_1.DescribeStackEventsCommand({ StackName: stackId, ...(token && { NextToken: token }) }));
        for (const event of out.StackEvents ?? []) {
            if (stopAtId !== undefined && event.EventId === stopAtId)
                return events;
            events.push(event);
        }
        token = out.NextToken;
        if (!token)
            break;
    }
    return events;
}
async function listStackResources(cfn, stackName) {
    // Manual NextToken loops rather than the SDK paginators, which accept only a concrete
    // client class; the engine takes any object with the client's `send`.
    const all = [];
    let token;
    do {
        const page = await cfn.send(new client_cloudformation_1.ListStackResourcesCommand({ StackName: stackName, ...(token && { NextToken: token }) }));
        all.push(...(page.StackResourceSummaries ?? []));
        token = page.NextToken;
    } while (token);
    return all;
}
async function deployedTemplate(cfn, stackName) {
    const out = await cfn.send(new client_cloudformation_1.GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' }));
    if (!out.TemplateBody)
        return undefined;
    try {
        return JSON.parse(out.TemplateBody);
    }
    catch {
        return undefined; // A YAML template deployed by something else: no hints, still works.
    }
}
/**
 * Deletes this tool's earlier change sets that are still around (a plan never executed,
 * a failed run). Only sets ListChangeSets showed are deleted, through the no-retry client:
 * moto answers a missing set with HTTP 500, which retries would turn into a 45 s stall.
 */
async function deleteStaleChangeSets(cfn, cfnOnce, stackName, logger) {
    let deleted = 0;
    let token;
    do {
        const page = await cfn.send(new client_cloudformation_1.ListChangeSetsCommand({ StackName: stackName, ...(token && { NextToken: token }) }));
        token = page.NextToken;
        for (const summary of page.Summaries ?? []) {
            if (!summary.ChangeSetName?.startsWith(exports.CHANGE_SET_PREFIX))
                continue;
            // Executed sets are gone on AWS (moto keeps them); running ones must not be touched.
            if (summary.ExecutionStatus?.startsWith('EXECUTE_'))
                continue;
            await deleteChangeSet(cfnOnce, stackName, summary.ChangeSetId ?? summary.ChangeSetName, logger);
            deleted++;
        }
    } while (token);
    return deleted;
}
/** Best effort: a change set that is already gone is not an error. */
async function deleteChangeSet(cfnOnce, stackName, changeSet, logger) {
    try {
        await cfnOnce.send(new client_cloudformation_1.DeleteChangeSetCommand({ StackName: stackName, ChangeSetName: changeSet }));
        logger.debug(`deleted change set ${changeSet}`);
    }
    catch (error) {
        logger.debug(`could not delete change set ${changeSet}: ${(0, errors_1.errorMessage)(error)}`);
    }
}
async function createChangeSet(cfn, input) {
    const out = await cfn.send(new client_cloudformation_1.CreateChangeSetCommand({
        StackName: input.stackName,
        ChangeSetName: input.changeSetName,
        ChangeSetType: input.type,
        ...('body' in input.template
            ? { TemplateBody: input.template.body }
            : { TemplateURL: input.template.url }),
        Parameters: Object.entries(input.parameters).map(([ParameterKey, ParameterValue]) => ({
            ParameterKey,
            ParameterValue,
        })),
        Tags: Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
        // The synthesized stack creates roles; AUTO_EXPAND for transforms a user might add.
        Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'],
        Description: 'created by serverless-action',
    }));
    if (!out.Id || !out.StackId) {
        throw new errors_1.ServerlessActionError('CreateChangeSet returned no id', 'CHANGE_SET_FAILED');
    }
    return { changeSetId: out.Id, stackId: out.StackId };
}
/** "No changes" is read from the status reason: the Changes array alone cannot tell it apart. */
function isNoChangesReason(reason) {
    return /didn't contain changes|No updates are to be performed|no changes/i.test(reason ?? '');
}
/** Waits until the change set is computed, then reads every page of its changes. */
async function waitForChangeSet(cfn, stackName, changeSetId, options) {
    const started = options.clock.now().getTime();
    for (let attempt = 0;; attempt++) {
        const first = await cfn.send(new client_cloudformation_1.DescribeChangeSetCommand({ StackName: stackName, ChangeSetName: changeSetId }));
        if (first.Status === 'CREATE_COMPLETE') {
            return { kind: 'ready', changes: await remainingPages(cfn, stackName, changeSetId, first) };
        }
        if (first.Status === 'FAILED') {
            if (isNoChangesReason(first.StatusReason))
                return { kind: 'empty' };
            throw new errors_1.ServerlessActionError(`change set for ${stackName} failed: ${first.StatusReason ?? 'no reason given'}`, 'CHANGE_SET_FAILED', 'fix the template problem named above; `serverless-action synth` writes the template to inspect');
        }
        if (options.clock.now().getTime() - started > options.timeoutMs) {
            throw new errors_1.ServerlessActionError(`timed out waiting for the change set of ${stackName} (status ${first.Status})`, 'DEPLOY_TIMEOUT');
        }
        await options.clock.sleep((0, stack_state_1.backoffDelay)(attempt));
    }
}
async function remainingPages(cfn, stackName, changeSetId, first) {
    const changes = [...(first.Changes ?? [])];
    let token = first.NextToken;
    while (token) {
        const page = await cfn.send(new client_cloudformation_1.DescribeChangeSetCommand({
            StackName: stackName,
            ChangeSetName: changeSetId,
            NextToken: token,
        }));
        changes.push(...(page.Changes ?? []));
        token = page.NextToken;
    }
    return changes;
}
async function deleteStack(cfn, stackId) {
    await cfn.send(new client_cloudformation_1.DeleteStackCommand({ StackName: stackId }));
}


/***/ }),

/***/ 30925:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REPLACING_PROPERTIES = exports.STATEFUL_TYPES = void 0;
exports.isPermissionsType = isPermissionsType;
exports.classifyChange = classifyChange;
exports.sortChanges = sortChanges;
exports.changedProperties = changedProperties;
/** Resources whose replacement or removal destroys data (the Risk doc in types.ts). */
exports.STATEFUL_TYPES = new Set([
    'AWS::DynamoDB::Table',
    'AWS::DynamoDB::GlobalTable',
    'AWS::S3::Bucket',
    'AWS::SQS::Queue',
    'AWS::Kinesis::Stream',
    'AWS::Logs::LogGroup',
]);
/** IAM itself plus the resource policies that grant access to a resource. */
function isPermissionsType(type) {
    return (type.startsWith('AWS::IAM::') ||
        type === 'AWS::Lambda::Permission' ||
        type === 'AWS::S3::BucketPolicy' ||
        type === 'AWS::SQS::QueuePolicy' ||
        type === 'AWS::SNS::TopicPolicy');
}
/**
 * Properties whose change forces replacement ("Update requires: Replacement" in each
 * resource's page of the CloudFormation User Guide). Used only when a change set carries
 * no Details (moto never does), so a replaced table is still caught by the guard.
 */
exports.REPLACING_PROPERTIES = {
    'AWS::DynamoDB::Table': ['TableName', 'KeySchema', 'LocalSecondaryIndexes'],
    'AWS::DynamoDB::GlobalTable': ['TableName', 'KeySchema', 'LocalSecondaryIndexes'],
    'AWS::S3::Bucket': ['BucketName', 'ObjectLockEnabled'],
    'AWS::SQS::Queue': ['QueueName', 'FifoQueue'],
    'AWS::Kinesis::Stream': ['Name'],
    'AWS::Logs::LogGroup': ['LogGroupName'],
    'AWS::Lambda::Function': ['FunctionName'],
    'AWS::IAM::Role': ['RoleName', 'Path'],
    'AWS::SNS::Topic': ['TopicName', 'FifoTopic'],
    'AWS::ApiGatewayV2::Api': ['ProtocolType'],
};
/** PolicyAction values under which CloudFormation keeps the old resource or a snapshot. */
const KEEPS_DATA = new Set(['Retain', 'Snapshot', 'ReplaceAndRetain', 'ReplaceAndSnapshot']);
function classifyChange(change, hints = {}) {
    const rc = change.ResourceChange ?? {};
    const type = rc.ResourceType ?? 'Unknown';
    const action = (rc.Action ?? 'Modify');
    const details = rc.Details ?? [];
    const inferred = details.length === 0 ? inferredReplacement(type, hints) : [];
    const reported = rc.Replacement;
    const replacement = action === 'Modify' || action === 'Dynamic'
        ? reported === 'True' || reported === 'Conditional'
            ? reported
            : inferred.length > 0
                ? 'True'
                : (reported ?? 'False')
        : null;
    const replaced = replacement === 'True' || replacement === 'Conditional';
    const dataKept = rc.PolicyAction !== undefined && KEEPS_DATA.has(rc.PolicyAction);
    let risk;
    let reason;
    if (exports.STATEFUL_TYPES.has(type) && action === 'Remove' && !dataKept) {
        risk = 'data-loss';
        reason = `${type} is removed from the template and deleted with its data`;
    }
    else if (exports.STATEFUL_TYPES.has(type) && replaced && !dataKept) {
        risk = 'data-loss';
        reason =
            replacementReason(replacement, details, inferred) +
                '; the old resource and its data are deleted';
    }
    else if (replaced) {
        risk = 'replacement';
        reason = replacementReason(replacement, details, inferred);
    }
    else if (isPermissionsType(type)) {
        risk = 'permissions';
    }
    else if (action === 'Modify' &&
        type === 'AWS::Lambda::Function' &&
        onlyCodeChanged(details, hints)) {
        risk = 'code-only';
    }
    else {
        risk = 'safe';
        if (action === 'Remove' && dataKept)
            reason = `removed from the stack; kept (${rc.PolicyAction})`;
    }
    return {
        logicalId: rc.LogicalResourceId ?? '?',
        type,
        action,
        replacement,
        risk,
        ...(rc.PhysicalResourceId !== undefined && { physicalId: rc.PhysicalResourceId }),
        ...(reason !== undefined && { reason }),
        ...(hints.resource !== undefined && { resource: hints.resource }),
    };
}
/** "replaced (Conditional) because KeySchema, TableName change" — the properties that force it. */
function replacementReason(replacement, details, inferred) {
    const forcing = new Set(inferred);
    for (const detail of details) {
        const recreation = detail.Target?.RequiresRecreation;
        if (recreation === 'Always' || recreation === 'Conditionally') {
            forcing.add(detail.Target?.Name ?? detail.Target?.Attribute ?? '?');
        }
    }
    const how = replacement === 'Conditional' ? 'may be replaced' : 'will be replaced';
    return forcing.size > 0
        ? `${how} because ${[...forcing].sort().join(', ')} ${forcing.size === 1 ? 'changes' : 'change'}`
        : how;
}
function inferredReplacement(type, hints) {
    const forcing = exports.REPLACING_PROPERTIES[type] ?? [];
    return (hints.changedProperties ?? []).filter((p) => forcing.includes(p));
}
function onlyCodeChanged(details, hints) {
    if (details.length > 0) {
        return details.every((d) => d.Target?.Attribute === 'Properties' && d.Target.Name === 'Code');
    }
    const changed = hints.changedProperties;
    return changed !== undefined && changed.length > 0 && changed.every((p) => p === 'Code');
}
const RISK_ORDER = [
    'data-loss',
    'replacement',
    'permissions',
    'code-only',
    'safe',
];
/** Most dangerous first, then by logical id, so reports read top-down. */
function sortChanges(changes) {
    return [...changes].sort((a, b) => RISK_ORDER.indexOf(a.risk) - RISK_ORDER.indexOf(b.risk) ||
        (a.logicalId < b.logicalId ? -1 : a.logicalId > b.logicalId ? 1 : 0));
}
/** Top-level property names that differ between two versions of a resource. */
function changedProperties(before, after) {
    const a = before?.Properties ?? {};
    const b = after?.Properties ?? {};
    const names = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...names].filter((n) => JSON.stringify(a[n]) !== JSON.stringify(b[n])).sort();
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
exports.inputDigestFromDescription = inputDigestFromDescription;
exports.canonicalize = canonicalize;
// The no-op fast path: a digest of everything a deploy sends (template, parameters, tags,
// asset hashes) travels in the template's Description, so one DescribeStacks call tells
// whether the deployed stack already is exactly this one. Description, not a stack tag:
// stack tags propagate to every resource, and a changing tag would touch all of them.
const node_crypto_1 = __webpack_require__(77598);
const MARKER = 'serverless-action digest';
// `inputs` (optional) is the digest of what synthesis read: see input-digest.ts.
const DIGEST_PATTERN = /\(serverless-action digest ([0-9a-f]{64})(?: inputs ([0-9a-f]{64}))?\)$/;
/** CloudFormation's limit on a template Description. */
const MAX_DESCRIPTION = 1024;
function deployDigest(inputs) {
    const canonical = JSON.stringify({
        template: canonicalize(inputs.template),
        parameters: canonicalize(inputs.parameters),
        tags: canonicalize(inputs.tags),
        assets: [...inputs.assetHashes].sort(),
    });
    return (0, node_crypto_1.createHash)('sha256').update(canonical).digest('hex');
}
/** The template to send: its Description carries the digest (and the inputs') at the end. */
function withDigest(template, digest, inputDigest) {
    const suffix = `(${MARKER} ${digest}${inputDigest !== undefined ? ` inputs ${inputDigest}` : ''})`;
    const base = (template.Description ?? '').slice(0, MAX_DESCRIPTION - suffix.length - 1);
    return { ...template, Description: base ? `${base} ${suffix}` : suffix };
}
function digestFromDescription(description) {
    return description?.match(DIGEST_PATTERN)?.[1];
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

/***/ 14896:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatChanges = formatChanges;
const ACTION_MARK = {
    Add: '+',
    Modify: '~',
    Remove: '-',
    Import: '<',
    Dynamic: '?',
};
/** One line per change, most dangerous first (the list arrives sorted). */
function formatChanges(changes) {
    if (changes.length === 0)
        return '  (no changes)';
    return changes
        .map((c) => {
        const name = c.resource ? `${c.resource} (${c.logicalId})` : c.logicalId;
        const replaced = c.replacement === 'True' || c.replacement === 'Conditional';
        const why = c.reason ? ` — ${c.reason}` : '';
        return `  ${ACTION_MARK[c.action] ?? '?'} ${c.risk.padEnd(11)} ${c.type.padEnd(28)} ${name}${replaced ? ` [replacement: ${c.replacement}]` : ''}${why}`;
    })
        .join('\n');
}


/***/ }),

/***/ 73216:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadDeployInputs = loadDeployInputs;
exports.isNoop = isNoop;
exports.runPlan = runPlan;
exports.currentStack = currentStack;
exports.noopOutcome = noopOutcome;
exports.createPlan = createPlan;
const manifest_1 = __webpack_require__(85276);
const errors_1 = __webpack_require__(83916);
const classify_1 = __webpack_require__(30925);
const cfn_1 = __webpack_require__(44610);
const context_1 = __webpack_require__(69116);
const digest_1 = __webpack_require__(33683);
const outputs_1 = __webpack_require__(3545);
const stack_state_1 = __webpack_require__(35471);
const template_source_1 = __webpack_require__(25839);
async function loadDeployInputs(stack, options = {}) {
    const assets = await (0, manifest_1.readAssetManifest)(stack.assetManifestFile, stack.templateFile);
    const parameters = options.parameters ?? {};
    const digest = (0, digest_1.deployDigest)({
        template: stack.template,
        parameters,
        tags: stack.tags,
        assetHashes: assets.filter((a) => !a.isTemplate).map((a) => a.id),
    });
    return {
        assets,
        digest,
        parameters,
        body: JSON.stringify((0, digest_1.withDigest)(stack.template, digest, options.inputDigest)),
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
    if (isNoop(current, inputs.digest))
        return noopOutcome(stack.stackName, current);
    return createPlan(stack, inputs, current, deps, options);
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
        await (0, cfn_1.deleteStaleChangeSets)(cfn, cloudFormationOnce, stack.stackName, logger);
    }
    // Needed only to tell a code-only Lambda change apart where CloudFormation gives no Details.
    const previousTemplate = type === 'UPDATE' ? (0, cfn_1.deployedTemplate)(cfn, stack.stackName).catch(() => undefined) : undefined;
    const template = await (0, template_source_1.templateSource)(inputs.body, inputs.assets, deps);
    const changeSetName = `${cfn_1.CHANGE_SET_PREFIX}${clock.now().getTime()}`;
    logger.info(`creating ${type} change set ${changeSetName} for ${stack.stackName}`);
    const created = await (0, cfn_1.createChangeSet)(cfn, {
        stackName: stack.stackName,
        changeSetName,
        type,
        template,
        parameters: inputs.parameters,
        tags: stack.tags,
    });
    const outcome = await (0, cfn_1.waitForChangeSet)(cfn, stack.stackName, created.changeSetId, {
        clock,
        logger,
        timeoutMs,
        what: `the change set of ${stack.stackName}`,
    });
    if (outcome.kind === 'empty') {
        logger.info(`no changes for ${stack.stackName}`);
        await (0, cfn_1.deleteChangeSet)(cloudFormationOnce, stack.stackName, created.changeSetId, logger);
        return {
            result: { stackName: stack.stackName, hasChanges: false, changes: [] },
            current,
            stackId: created.stackId,
            noop: false,
        };
    }
    const before = await previousTemplate;
    // A removed resource is only in the deployed template: its origin is read from there.
    const previousOrigins = before ? (0, outputs_1.originsFromTemplate)(before) : {};
    const changes = outcome.changes.map((change) => {
        const id = change.ResourceChange?.LogicalResourceId ?? '';
        const origin = stack.origins[id] ?? previousOrigins[id];
        const properties = before && change.ResourceChange?.Action === 'Modify'
            ? (0, classify_1.changedProperties)(before.Resources[id], stack.template.Resources[id])
            : undefined;
        return (0, classify_1.classifyChange)(change, {
            ...(origin !== undefined && { resource: origin.key }),
            ...(properties !== undefined && { changedProperties: properties }),
        });
    });
    return {
        result: {
            stackName: stack.stackName,
            hasChanges: true,
            changeSetId: created.changeSetId,
            changeSetType: type,
            changes: (0, classify_1.sortChanges)(changes),
        },
        current,
        stackId: created.stackId,
        noop: false,
    };
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
    for (let round = 0; round < 3; round++) {
        const decision = (0, stack_state_1.decideStackAction)(stackName, current?.StackStatus);
        switch (decision.kind) {
            case 'create':
                return undefined;
            case 'update':
                return current;
            case 'create-over-review':
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

/***/ 35471:
/***/ ((__unused_webpack_module, exports) => {


// What to do with a stack given its current status. Pure, so every branch is unit-tested.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decideStackAction = decideStackAction;
exports.isSettled = isSettled;
exports.isSuccess = isSuccess;
exports.isTerminal = isTerminal;
exports.backoffDelay = backoffDelay;
function decideStackAction(stackName, status) {
    if (status === undefined || status === 'DELETE_COMPLETE')
        return { kind: 'create' };
    if (status === 'REVIEW_IN_PROGRESS')
        return { kind: 'create-over-review' };
    if (status === 'ROLLBACK_COMPLETE' ||
        status === 'ROLLBACK_FAILED' ||
        status === 'CREATE_FAILED') {
        return { kind: 'recreate' };
    }
    if (status === 'UPDATE_ROLLBACK_FAILED') {
        return {
            kind: 'blocked',
            message: `stack ${stackName} is in UPDATE_ROLLBACK_FAILED: CloudFormation could not roll back the last update, and the stack accepts no changes until the rollback is finished`,
            hint: `fix the resource that blocks the rollback (see the stack events), then run ` +
                `"aws cloudformation continue-update-rollback --stack-name ${stackName}" ` +
                `(add --resources-to-skip LOGICAL_ID for resources that cannot be restored) and deploy again`,
        };
    }
    if (status === 'DELETE_FAILED') {
        return {
            kind: 'blocked',
            message: `stack ${stackName} is in DELETE_FAILED: an earlier delete did not finish`,
            hint: `see the stack events for the resource that could not be deleted, remove it by hand, then run destroy again (or delete the stack in the console with "retain" for that resource)`,
        };
    }
    if (status.endsWith('_IN_PROGRESS'))
        return { kind: 'wait' };
    return { kind: 'update' };
}
/** Statuses in which the deployed template is whole and its digest can be trusted. */
function isSettled(status) {
    return (status === 'CREATE_COMPLETE' ||
        status === 'UPDATE_COMPLETE' ||
        status === 'UPDATE_ROLLBACK_COMPLETE' ||
        status === 'IMPORT_COMPLETE' ||
        status === 'IMPORT_ROLLBACK_COMPLETE');
}
function isSuccess(status) {
    return (status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE' || status === 'IMPORT_COMPLETE');
}
function isTerminal(status) {
    return !status.endsWith('_IN_PROGRESS');
}
/** 250 ms, then x1.5 per attempt, capped at 5 s. */
function backoffDelay(attempt, firstMs = 250, maxMs = 5_000) {
    return Math.min(maxMs, Math.round(firstMs * 1.5 ** attempt));
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


/***/ })

};
;