"use strict";
exports.id = 943;
exports.ids = [943];
exports.modules = {

/***/ 20928:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.apiCharges = apiCharges;
exports.stageCachingEnabled = stageCachingEnabled;
const template_1 = __webpack_require__(97620);
const charge_1 = __webpack_require__(52882);
const prices_1 = __webpack_require__(35468);
const SERVICE = 'Amazon API Gateway';
function apiCharges(template, context) {
    const usage = context.usage.api_gateway;
    const charges = [];
    for (const api of (0, template_1.resourcesOfType)(template, 'AWS::ApiGatewayV2::Api', context.origins)) {
        const common = {
            resource: (0, charge_1.usageKey)(context, api.logicalId).key,
            logicalId: api.logicalId,
            service: SERVICE,
        };
        if (api.properties['ProtocolType'] === 'WEBSOCKET') {
            charges.push({
                ...common,
                priceKey: 'apigateway.websocket.messages',
                quantity: usage?.monthly_messages,
                usageBased: true,
                usageHint: 'usage.api_gateway.monthly_messages',
            }, {
                ...common,
                priceKey: 'apigateway.websocket.connection-minutes',
                quantity: usage?.monthly_connection_mins,
                usageBased: true,
                usageHint: 'usage.api_gateway.monthly_connection_mins',
            });
        }
        else {
            charges.push({
                ...common,
                priceKey: 'apigateway.http.requests',
                quantity: usage?.monthly_requests,
                usageBased: true,
                usageHint: 'usage.api_gateway.monthly_requests',
            });
        }
    }
    for (const api of (0, template_1.resourcesOfType)(template, 'AWS::ApiGateway::RestApi', context.origins)) {
        charges.push({
            resource: (0, charge_1.usageKey)(context, api.logicalId).key,
            logicalId: api.logicalId,
            service: SERVICE,
            priceKey: 'apigateway.rest.requests',
            quantity: usage?.monthly_requests,
            usageBased: true,
            usageHint: 'usage.api_gateway.monthly_requests',
        });
    }
    for (const stage of (0, template_1.resourcesOfType)(template, 'AWS::ApiGateway::Stage', context.origins)) {
        if (!(0, template_1.isTrue)(stage.properties['CacheClusterEnabled']))
            continue;
        const size = (0, template_1.asString)(stage.properties['CacheClusterSize']) ?? '0.5';
        if (!prices_1.REST_CACHE_SIZES.includes(size))
            continue;
        charges.push({
            resource: (0, charge_1.usageKey)(context, stage.logicalId).key,
            logicalId: stage.logicalId,
            service: SERVICE,
            priceKey: `apigateway.rest.cache.${size}`,
            quantity: charge_1.HOURS_PER_MONTH,
            usageBased: false,
            derivation: `${size} GB cache x 730 h`,
        });
    }
    return charges;
}
/** True when any method of a REST stage turns caching on (used by the security rules too). */
function stageCachingEnabled(properties) {
    return (0, template_1.asArray)(properties['MethodSettings']).some((s) => (0, template_1.isTrue)((0, template_1.prop)(s, 'CachingEnabled')));
}


/***/ }),

/***/ 52882:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECONDS_PER_MONTH = exports.HOURS_PER_MONTH = void 0;
exports.priceCharge = priceCharge;
exports.usageKey = usageKey;
exports.isToolingResource = isToolingResource;
const prices_1 = __webpack_require__(35468);
/** Hours in a billing month, as AWS's calculators count them. */
exports.HOURS_PER_MONTH = 730;
exports.SECONDS_PER_MONTH = exports.HOURS_PER_MONTH * 3600;
/** Prices a charge: `1,000,000 requests x $0.20 per 1M requests`. */
function priceCharge(book, charge) {
    const price = (0, prices_1.priceOf)(book, charge.priceKey);
    const unitPrice = (0, prices_1.formatUnitPrice)(price);
    const base = {
        resource: charge.resource,
        ...(charge.logicalId !== undefined && { logicalId: charge.logicalId }),
        service: charge.service,
        usageBased: charge.usageBased,
        unitPrice,
    };
    if (charge.quantity === undefined) {
        const hint = charge.usageHint ? `; set ${charge.usageHint} for an estimate` : '';
        return {
            ...base,
            description: `${price.description}: usage unknown${hint}`,
            monthlyUsd: null,
        };
    }
    const unit = charge.quantity === 1 ? price.unit.replace(/s$/, '') : price.unit;
    const quantity = `${(0, prices_1.formatCount)(round(charge.quantity))} ${unit}`;
    const how = charge.derivation ? ` (${charge.derivation})` : '';
    return {
        ...base,
        description: `${price.description}: ${quantity}${how} x ${unitPrice}`,
        monthlyUsd: (0, prices_1.tieredCost)(price, charge.quantity),
    };
}
function round(n) {
    return Math.round(n * 100) / 100;
}
/** The config key a resource's usage is filed under: its origin's key, else its logical id. */
function usageKey(context, logicalId) {
    const origin = context.origins[logicalId];
    return origin ? { key: origin.key, origin } : { key: logicalId };
}
/** True for resources CDK adds for itself (no config origin) in a template that records origins. */
function isToolingResource(context, logicalId) {
    return context.origins[logicalId] === undefined && recordsOrigins(context.origins);
}
/** True when the map has any entry; asked once per resource, so without listing its 10,000 keys. */
function recordsOrigins(origins) {
    for (const key in origins)
        if (Object.hasOwn(origins, key))
            return true;
    return false;
}


/***/ }),

/***/ 19378:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.costDelta = costDelta;
exports.formatCostDelta = formatCostDelta;
exports.formatUsd = formatUsd;
/** `current` is the planned template's estimate; `deployed` the deployed template's (or its total). */
function costDelta(current, deployed) {
    const currentUsd = typeof current === 'number' ? current : current.monthlyUsd;
    const deployedUsd = deployed === undefined ? 0 : typeof deployed === 'number' ? deployed : deployed.monthlyUsd;
    const deltaUsd = Math.round((currentUsd - deployedUsd) * 100) / 100;
    return {
        currentUsd,
        deployedUsd,
        deltaUsd,
        deltaPercent: deployedUsd > 0 ? (deltaUsd / deployedUsd) * 100 : null,
    };
}
/** `+$12.40 / month, +31 %`; `-$3.00 / month, -20 %`; `+$5.00 / month (new)`; `no change`. */
function formatCostDelta(delta) {
    if (delta.deltaUsd === 0)
        return `no change (${formatUsd(delta.currentUsd)} / month)`;
    // Stryker disable next-line EqualityOperator: a delta of 0 has returned above.
    const sign = delta.deltaUsd > 0 ? '+' : '-';
    const amount = `${sign}${formatUsd(Math.abs(delta.deltaUsd))} / month`;
    if (delta.deltaPercent === null)
        return `${amount} (new)`;
    const percent = Math.round(Math.abs(delta.deltaPercent));
    return `${amount}, ${sign}${percent} %`;
}
/** `$1,234.56`. */
function formatUsd(usd) {
    return `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}


/***/ }),

/***/ 66346:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamoDbCharges = dynamoDbCharges;
const template_1 = __webpack_require__(97620);
const charge_1 = __webpack_require__(52882);
const SERVICE = 'Amazon DynamoDB';
function dynamoDbCharges(template, context) {
    // Holds undefined too (a mapping naming an ARN, not a resource): no table's id matches it.
    const streamsReadByLambda = new Set((0, template_1.resourcesOfType)(template, 'AWS::Lambda::EventSourceMapping').map((m) => (0, template_1.referencedId)(m.properties['EventSourceArn'])));
    const charges = [];
    for (const table of (0, template_1.resourcesOfType)(template, 'AWS::DynamoDB::Table', context.origins)) {
        if ((0, charge_1.isToolingResource)(context, table.logicalId))
            continue;
        const { key } = (0, charge_1.usageKey)(context, table.logicalId);
        const usage = context.usage.dynamodb?.[key];
        const common = { resource: key, logicalId: table.logicalId, service: SERVICE };
        const hint = `usage.dynamodb.${key}`;
        const props = table.properties;
        if (props['BillingMode'] === 'PAY_PER_REQUEST') {
            charges.push({
                ...common,
                priceKey: 'dynamodb.on-demand.read',
                quantity: usage?.monthly_read_request_units,
                usageBased: true,
                usageHint: `${hint}.monthly_read_request_units`,
            }, {
                ...common,
                priceKey: 'dynamodb.on-demand.write',
                quantity: usage?.monthly_write_request_units,
                usageBased: true,
                usageHint: `${hint}.monthly_write_request_units`,
            });
        }
        else {
            const { read, write } = provisionedCapacity(props);
            charges.push({
                ...common,
                priceKey: 'dynamodb.provisioned.read',
                quantity: read * charge_1.HOURS_PER_MONTH,
                usageBased: false,
                derivation: `${read} RCU x 730 h`,
            }, {
                ...common,
                priceKey: 'dynamodb.provisioned.write',
                quantity: write * charge_1.HOURS_PER_MONTH,
                usageBased: false,
                derivation: `${write} WCU x 730 h`,
            });
        }
        charges.push({
            ...common,
            priceKey: 'dynamodb.storage',
            quantity: usage?.storage_gb,
            usageBased: true,
            usageHint: `${hint}.storage_gb`,
        });
        if ((0, template_1.isTrue)((0, template_1.prop)(props, 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'))) {
            charges.push({
                ...common,
                priceKey: 'dynamodb.pitr',
                quantity: usage?.storage_gb,
                usageBased: true,
                usageHint: `${hint}.storage_gb`,
            });
        }
        const streamReads = usage?.monthly_streams_read_request_units;
        // Lambda triggers read streams for free; only other readers pay, so an unknown
        // amount is worth a line only when no function reads the stream.
        const hasStream = props['StreamSpecification'] !== undefined;
        if (hasStream && (streamReads !== undefined || !streamsReadByLambda.has(table.logicalId))) {
            charges.push({
                ...common,
                priceKey: 'dynamodb.streams.read',
                quantity: streamReads,
                usageBased: true,
                usageHint: `${hint}.monthly_streams_read_request_units`,
            });
        }
    }
    return charges;
}
/** Table plus GSI provisioned throughput. */
function provisionedCapacity(props) {
    let read = (0, template_1.asNumber)((0, template_1.prop)(props, 'ProvisionedThroughput', 'ReadCapacityUnits')) ?? 0;
    let write = (0, template_1.asNumber)((0, template_1.prop)(props, 'ProvisionedThroughput', 'WriteCapacityUnits')) ?? 0;
    for (const index of (0, template_1.asArray)(props['GlobalSecondaryIndexes'])) {
        read += (0, template_1.asNumber)((0, template_1.prop)(index, 'ProvisionedThroughput', 'ReadCapacityUnits')) ?? 0;
        write += (0, template_1.asNumber)((0, template_1.prop)(index, 'ProvisionedThroughput', 'WriteCapacityUnits')) ?? 0;
    }
    return { read, write };
}


/***/ }),

/***/ 28536:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatCostDelta = exports.costDelta = exports.bundledPrices = void 0;
exports.estimateCost = estimateCost;
const template_1 = __webpack_require__(97620);
const api_1 = __webpack_require__(20928);
const charge_1 = __webpack_require__(52882);
const dynamodb_1 = __webpack_require__(66346);
const lambda_1 = __webpack_require__(65037);
const messaging_1 = __webpack_require__(71932);
const observability_1 = __webpack_require__(85137);
function estimateCost(template, usage, book, region, options = {}) {
    const context = {
        book,
        usage: usage ?? {},
        origins: (0, template_1.allOrigins)(template, options.origins),
    };
    const charges = [
        ...(0, lambda_1.lambdaCharges)(template, context),
        ...(0, api_1.apiCharges)(template, context),
        ...(0, dynamodb_1.dynamoDbCharges)(template, context),
        ...(0, messaging_1.messagingCharges)(template, context),
        ...(0, observability_1.observabilityCharges)(template, context),
    ];
    const items = charges.map((charge) => (0, charge_1.priceCharge)(book, charge));
    const fixedUsd = sum(items.filter((i) => !i.usageBased));
    const usageUsd = sum(items.filter((i) => i.usageBased));
    const unknown = items.filter((i) => i.monthlyUsd === null).length;
    const warnings = [...(options.warnings ?? [])];
    if (unknown > 0) {
        warnings.push(`${unknown} usage-based line${unknown === 1 ? ' has' : 's have'} no usage and ${unknown === 1 ? 'is' : 'are'} not in the total; add them under "usage:" in the config (see docs/review.md)`);
    }
    return {
        monthlyUsd: roundCents(fixedUsd + usageUsd),
        fixedUsd: roundCents(fixedUsd),
        usageUsd: roundCents(usageUsd),
        items,
        region,
        priceDate: book.date,
        warnings,
    };
}
function sum(items) {
    return items.reduce((total, item) => total + (item.monthlyUsd ?? 0), 0);
}
function roundCents(usd) {
    return Math.round(usd * 100) / 100;
}
var prices_1 = __webpack_require__(35468);
Object.defineProperty(exports, "bundledPrices", ({ enumerable: true, get: function () { return prices_1.bundledPrices; } }));
var delta_1 = __webpack_require__(19378);
Object.defineProperty(exports, "costDelta", ({ enumerable: true, get: function () { return delta_1.costDelta; } }));
Object.defineProperty(exports, "formatCostDelta", ({ enumerable: true, get: function () { return delta_1.formatCostDelta; } }));


/***/ }),

/***/ 65037:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sampledTraces = sampledTraces;
exports.lambdaCharges = lambdaCharges;
const template_1 = __webpack_require__(97620);
const charge_1 = __webpack_require__(52882);
const prices_1 = __webpack_require__(35468);
/** X-Ray's default sampling rule: the first request each second, then 5 % of the rest. */
function sampledTraces(monthlyRequests) {
    const reservoir = Math.min(monthlyRequests, charge_1.SECONDS_PER_MONTH);
    return reservoir + 0.05 * (monthlyRequests - reservoir);
}
function lambdaCharges(template, context) {
    const provisioned = provisionedConcurrency(template);
    const charges = [];
    for (const fn of (0, template_1.resourcesOfType)(template, 'AWS::Lambda::Function', context.origins)) {
        if ((0, charge_1.isToolingResource)(context, fn.logicalId))
            continue;
        const { key } = (0, charge_1.usageKey)(context, fn.logicalId);
        const memoryGb = ((0, template_1.asNumber)(fn.properties['MemorySize']) ?? 128) / 1024;
        const arch = (0, template_1.asArray)(fn.properties['Architectures'])[0] === 'arm64' ? 'arm64' : 'x86_64';
        const usage = context.usage.lambda?.[key];
        const requests = usage?.monthly_requests;
        const durationMs = usage?.request_duration_ms;
        const common = { resource: key, logicalId: fn.logicalId, service: 'AWS Lambda' };
        const hint = `usage.lambda.${key}`;
        const concurrency = provisioned.get(fn.logicalId) ?? 0;
        charges.push({
            ...common,
            priceKey: 'lambda.requests',
            quantity: requests,
            usageBased: true,
            usageHint: `${hint}.monthly_requests`,
        });
        const gbSeconds = requests !== undefined && durationMs !== undefined
            ? requests * (durationMs / 1000) * memoryGb
            : undefined;
        charges.push({
            ...common,
            // Invocations served by provisioned environments are billed at the lower duration rate.
            priceKey: concurrency > 0 ? `lambda.provisioned-duration.${arch}` : `lambda.duration.${arch}`,
            quantity: gbSeconds,
            usageBased: true,
            usageHint: requests === undefined ? `${hint}.monthly_requests` : `${hint}.request_duration_ms`,
            ...(gbSeconds !== undefined && {
                derivation: `${(0, prices_1.formatCount)(requests)} x ${durationMs} ms x ${memoryGb} GB`,
            }),
        });
        if (concurrency > 0) {
            charges.push({
                ...common,
                priceKey: `lambda.provisioned.${arch}`,
                quantity: concurrency * memoryGb * charge_1.SECONDS_PER_MONTH,
                usageBased: false,
                derivation: `${concurrency} environment${concurrency === 1 ? '' : 's'} x ${memoryGb} GB x 730 h`,
            });
        }
        if ((0, template_1.prop)(fn.properties, 'TracingConfig', 'Mode') === 'Active') {
            charges.push({
                ...common,
                service: 'AWS X-Ray',
                priceKey: 'xray.traces',
                quantity: requests === undefined ? undefined : sampledTraces(requests),
                usageBased: true,
                usageHint: `${hint}.monthly_requests`,
                // Shown only beside a quantity (priceCharge).
                derivation: 'default sampling: 1/s + 5 % of the rest',
            });
        }
    }
    return charges;
}
/** Function logical id -> provisioned environments, from its aliases and versions. */
function provisionedConcurrency(template) {
    const out = new Map();
    const versions = new Map();
    for (const version of (0, template_1.resourcesOfType)(template, 'AWS::Lambda::Version')) {
        const fn = (0, template_1.referencedId)(version.properties['FunctionName']);
        // Stryker disable next-line ConditionalExpression: an entry without a function only ever leads to no count, as no entry would.
        if (fn)
            versions.set(version.logicalId, fn);
    }
    for (const r of (0, template_1.resourcesOfType)(template, ['AWS::Lambda::Alias', 'AWS::Lambda::Version'])) {
        const count = (0, template_1.asNumber)((0, template_1.prop)(r.properties, 'ProvisionedConcurrencyConfig', 'ProvisionedConcurrentExecutions'));
        if (!count)
            continue;
        const target = (0, template_1.referencedId)(r.properties['FunctionName']);
        const fn = target && versions.has(target) ? versions.get(target) : target;
        // Stryker disable next-line ConditionalExpression: a count under no function is never read.
        if (fn)
            out.set(fn, (out.get(fn) ?? 0) + count);
    }
    return out;
}


/***/ }),

/***/ 71932:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.messagingCharges = messagingCharges;
const template_1 = __webpack_require__(97620);
const charge_1 = __webpack_require__(52882);
function messagingCharges(template, context) {
    const charges = [];
    for (const queue of (0, template_1.resourcesOfType)(template, 'AWS::SQS::Queue', context.origins)) {
        if ((0, charge_1.isToolingResource)(context, queue.logicalId))
            continue;
        // A dead-letter queue shares its source's key; its usage is filed under `<key>-dlq`.
        const { key, origin } = (0, charge_1.usageKey)(context, queue.logicalId);
        const name = origin?.kind === 'dlq' ? `${key}-dlq` : key;
        charges.push({
            resource: name,
            logicalId: queue.logicalId,
            service: 'Amazon SQS',
            priceKey: (0, template_1.isTrue)(queue.properties['FifoQueue'])
                ? 'sqs.fifo.requests'
                : 'sqs.standard.requests',
            quantity: context.usage.sqs?.[name]?.monthly_requests,
            usageBased: true,
            usageHint: `usage.sqs.${name}.monthly_requests`,
        });
    }
    for (const topic of (0, template_1.resourcesOfType)(template, 'AWS::SNS::Topic', context.origins)) {
        if ((0, charge_1.isToolingResource)(context, topic.logicalId))
            continue;
        const { key } = (0, charge_1.usageKey)(context, topic.logicalId);
        charges.push({
            resource: key,
            logicalId: topic.logicalId,
            service: 'Amazon SNS',
            priceKey: 'sns.requests',
            quantity: context.usage.sns?.[key]?.monthly_requests,
            usageBased: true,
            usageHint: `usage.sns.${key}.monthly_requests`,
        });
    }
    for (const rule of (0, template_1.resourcesOfType)(template, 'AWS::Events::Rule', context.origins)) {
        if ((0, charge_1.isToolingResource)(context, rule.logicalId) || !matchesCustomEvents(rule.properties)) {
            continue;
        }
        const { key } = (0, charge_1.usageKey)(context, rule.logicalId);
        charges.push({
            resource: key,
            logicalId: rule.logicalId,
            service: 'Amazon EventBridge',
            priceKey: 'eventbridge.custom-events',
            quantity: context.usage.eventbridge?.[key]?.monthly_custom_events,
            usageBased: true,
            usageHint: `usage.eventbridge.${key}.monthly_custom_events`,
        });
    }
    for (const stream of (0, template_1.resourcesOfType)(template, 'AWS::Kinesis::Stream', context.origins)) {
        if ((0, template_1.prop)(stream.properties, 'StreamModeDetails', 'StreamMode') === 'ON_DEMAND')
            continue;
        const shards = (0, template_1.asNumber)(stream.properties['ShardCount']) ?? 1;
        charges.push({
            resource: (0, charge_1.usageKey)(context, stream.logicalId).key,
            logicalId: stream.logicalId,
            service: 'Amazon Kinesis Data Streams',
            priceKey: 'kinesis.shard-hours',
            quantity: shards * charge_1.HOURS_PER_MONTH,
            usageBased: false,
            derivation: `${shards} shard${shards === 1 ? '' : 's'} x 730 h`,
        });
    }
    return charges;
}
/**
 * Schedules and AWS service events (sources `aws.*`) are free; only events your code
 * publishes (PutEvents) are charged, and a rule matching them is where usage belongs.
 */
function matchesCustomEvents(properties) {
    if (properties['ScheduleExpression'] !== undefined)
        return false;
    const sources = (0, template_1.asArray)((0, template_1.prop)(properties, 'EventPattern', 'source'));
    if (sources.length === 0)
        return true;
    return sources.some((s) => typeof s !== 'string' || !s.startsWith('aws.'));
}


/***/ }),

/***/ 85137:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.observabilityCharges = observabilityCharges;
const template_1 = __webpack_require__(97620);
const charge_1 = __webpack_require__(52882);
function observabilityCharges(template, context) {
    const charges = [];
    const functions = (0, template_1.resourcesOfType)(template, 'AWS::Lambda::Function').length;
    const logGroups = (0, template_1.resourcesOfType)(template, 'AWS::Logs::LogGroup').length;
    if (functions + logGroups > 0) {
        // The usage is one figure for the stack (SPEC §4), so logs are one line, not one per group.
        const cw = context.usage.cloudwatch;
        const common = { resource: 'logs', service: 'Amazon CloudWatch Logs', usageBased: true };
        charges.push({
            ...common,
            priceKey: 'logs.ingestion',
            quantity: cw?.monthly_log_ingestion_gb,
            usageHint: 'usage.cloudwatch.monthly_log_ingestion_gb',
        }, {
            ...common,
            priceKey: 'logs.storage',
            quantity: cw?.log_storage_gb,
            usageHint: 'usage.cloudwatch.log_storage_gb',
        });
    }
    // Alarms are billed per metric they watch; group them by the config entry they watch.
    const alarmMetrics = new Map();
    for (const alarm of (0, template_1.resourcesOfType)(template, 'AWS::CloudWatch::Alarm', context.origins)) {
        const metrics = (0, template_1.asArray)(alarm.properties['Metrics']).filter((m) => (0, template_1.prop)(m, 'MetricStat') !== undefined).length;
        const key = (0, charge_1.usageKey)(context, alarm.logicalId).key;
        alarmMetrics.set(key, (alarmMetrics.get(key) ?? 0) + Math.max(1, metrics));
    }
    for (const [key, count] of alarmMetrics) {
        charges.push({
            resource: key,
            service: 'Amazon CloudWatch',
            priceKey: 'cloudwatch.alarm',
            quantity: count,
            usageBased: false,
        });
    }
    for (const key of (0, template_1.resourcesOfType)(template, 'AWS::KMS::Key', context.origins)) {
        charges.push({
            resource: (0, charge_1.usageKey)(context, key.logicalId).key,
            logicalId: key.logicalId,
            service: 'AWS KMS',
            priceKey: 'kms.key',
            quantity: 1,
            usageBased: false,
        });
    }
    for (const bucket of (0, template_1.resourcesOfType)(template, 'AWS::S3::Bucket', context.origins)) {
        if ((0, charge_1.isToolingResource)(context, bucket.logicalId))
            continue;
        const { key } = (0, charge_1.usageKey)(context, bucket.logicalId);
        const usage = context.usage.s3?.[key];
        const common = {
            resource: key,
            logicalId: bucket.logicalId,
            service: 'Amazon S3',
            usageBased: true,
        };
        charges.push({
            ...common,
            priceKey: 's3.storage',
            quantity: usage?.storage_gb,
            usageHint: `usage.s3.${key}.storage_gb`,
        }, {
            ...common,
            priceKey: 's3.requests',
            quantity: usage?.monthly_requests,
            usageHint: `usage.s3.${key}.monthly_requests`,
        });
    }
    return charges;
}


/***/ }),

/***/ 35468:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_PRICE_REGION = exports.REST_CACHE_SIZES = exports.PRICE_KEYS = void 0;
exports.bundledPrices = bundledPrices;
exports.tieredCost = tieredCost;
exports.formatUnitPrice = formatUnitPrice;
exports.formatCount = formatCount;
exports.formatRate = formatRate;
exports.priceOf = priceOf;
// The bundled price book: AWS list prices as data (src/review/cost/prices/<region>.json),
// imported as JSON modules so the ncc-built CLI carries them without reading files at run time.
const us_east_1_json_1 = __importDefault(__webpack_require__(96297));
/** Every price key the cost model reads; the data files and the refresh script provide these. */
exports.PRICE_KEYS = [
    'lambda.requests',
    'lambda.duration.x86_64',
    'lambda.duration.arm64',
    'lambda.provisioned.x86_64',
    'lambda.provisioned.arm64',
    'lambda.provisioned-duration.x86_64',
    'lambda.provisioned-duration.arm64',
    'apigateway.http.requests',
    'apigateway.rest.requests',
    'apigateway.websocket.messages',
    'apigateway.websocket.connection-minutes',
    'dynamodb.on-demand.read',
    'dynamodb.on-demand.write',
    'dynamodb.provisioned.read',
    'dynamodb.provisioned.write',
    'dynamodb.storage',
    'dynamodb.pitr',
    'dynamodb.streams.read',
    'sqs.standard.requests',
    'sqs.fifo.requests',
    'sns.requests',
    'eventbridge.custom-events',
    'logs.ingestion',
    'logs.storage',
    'cloudwatch.alarm',
    'xray.traces',
    'kms.key',
    'kinesis.shard-hours',
    's3.storage',
    's3.requests',
];
/** REST API cache sizes (GB) as API Gateway names them; each has a price key `apigateway.rest.cache.<size>`. */
exports.REST_CACHE_SIZES = [
    '0.5',
    '1.6',
    '6.1',
    '13.5',
    '28.4',
    '58.2',
    '118',
    '237',
];
const BUNDLED = {
    'us-east-1': us_east_1_json_1.default,
};
exports.DEFAULT_PRICE_REGION = 'us-east-1';
/** The bundled book for `region`, or us-east-1's with a warning saying so. */
function bundledPrices(region) {
    const book = BUNDLED[region];
    if (book)
        return { book, warnings: [] };
    return {
        book: BUNDLED[exports.DEFAULT_PRICE_REGION],
        warnings: [`prices for ${region} not bundled; using ${exports.DEFAULT_PRICE_REGION}`],
    };
}
/** Cost of `quantity` units under a tiered price, in USD (tiers are cumulative, as AWS bills them). */
function tieredCost(price, quantity) {
    let remaining = quantity;
    let floor = 0;
    let total = 0;
    // Once nothing remains, later tiers add 0.
    for (const tier of price.tiers) {
        const width = tier.upTo === null ? remaining : Math.max(0, tier.upTo - floor);
        const inTier = Math.min(remaining, width);
        total += (inTier / price.per) * tier.usd;
        remaining -= inTier;
        floor = tier.upTo ?? floor;
    }
    return total;
}
/** `$0.20 per 1M requests` (first tier; `, tiered` when there are more). */
function formatUnitPrice(price) {
    const first = price.tiers[0];
    const usd = first ? formatRate(first.usd) : '$?';
    const per = price.per === 1 ? '' : `${formatCount(price.per)} `;
    const unit = price.per === 1 ? singular(price.unit) : price.unit;
    return `${usd} per ${per}${unit}${price.tiers.length > 1 ? ' (first tier)' : ''}`;
}
/** 1000000 -> `1M`, 1500 -> `1,500`, 5256000 -> `5,256,000`. */
function formatCount(n) {
    if (n >= 1e9 && n % 1e9 === 0)
        return `${n / 1e9}B`;
    if (n >= 1e6 && n % 1e6 === 0)
        return `${n / 1e6}M`;
    return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
/** `$3.50`, `$0.125`, `$0.03`; prices per unit can be tiny ($0.0000166667): keep the significant digits. */
function formatRate(usd) {
    // Stryker disable next-line EqualityOperator: at exactly $1 both branches read "$1.00".
    if (usd >= 1)
        return `$${usd.toFixed(2)}`;
    // Stryker disable next-line EqualityOperator: at exactly 1 cent both branches read "$0.01".
    if (usd >= 0.01)
        return `$${usd.toFixed(3).replace(/0$/, '')}`;
    return `$${Number(usd.toPrecision(6)).toString()}`;
}
function singular(unit) {
    return unit.replace(/s$/, '');
}
/** Looks a price up; a missing key is a bug in the data file, reported with the file to fix. */
function priceOf(book, key) {
    const price = book.prices[key];
    if (!price) {
        throw new Error(`price "${key}" is missing from the ${book.region} price data; run scripts/refresh-prices.ts or add it to src/review/cost/prices/${book.region}.json`);
    }
    return price;
}


/***/ }),

/***/ 90732:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findSecurityIssues = exports.bundledPrices = exports.formatCostDelta = exports.costDelta = exports.wholeTemplate = exports.estimateCost = void 0;
exports.review = review;
const cost_1 = __webpack_require__(28536);
const prices_1 = __webpack_require__(35468);
const security_1 = __webpack_require__(48687);
const whole_template_1 = __webpack_require__(50842);
function review(stack, options = {}) {
    const region = options.region ?? 'us-east-1';
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const { book, warnings: priceWarnings } = (0, prices_1.bundledPrices)(region);
    // Functions past 500 resources live in nested stacks: cost and rules read them all as one.
    const template = (0, whole_template_1.wholeTemplate)(stack);
    const cost = (0, cost_1.estimateCost)(template, stack.loaded.config.usage, book, region, {
        origins: stack.origins,
        warnings: priceWarnings,
    });
    // cdk-nag's packs run on the constructs synth built (`tree`), nested stacks included.
    const security = (0, security_1.findSecurityIssues)({
        template,
        origins: stack.origins,
        loaded: stack.loaded,
        today,
        ...(stack.tree && { tree: stack.tree }),
    }, options.nag === undefined ? {} : { nag: options.nag });
    return Promise.resolve({ cost, findings: security.findings, warnings: security.warnings });
}
var cost_2 = __webpack_require__(28536);
Object.defineProperty(exports, "estimateCost", ({ enumerable: true, get: function () { return cost_2.estimateCost; } }));
var whole_template_2 = __webpack_require__(50842);
Object.defineProperty(exports, "wholeTemplate", ({ enumerable: true, get: function () { return whole_template_2.wholeTemplate; } }));
var delta_1 = __webpack_require__(19378);
Object.defineProperty(exports, "costDelta", ({ enumerable: true, get: function () { return delta_1.costDelta; } }));
Object.defineProperty(exports, "formatCostDelta", ({ enumerable: true, get: function () { return delta_1.formatCostDelta; } }));
var prices_2 = __webpack_require__(35468);
Object.defineProperty(exports, "bundledPrices", ({ enumerable: true, get: function () { return prices_2.bundledPrices; } }));
var security_2 = __webpack_require__(48687);
Object.defineProperty(exports, "findSecurityIssues", ({ enumerable: true, get: function () { return security_2.findSecurityIssues; } }));


/***/ }),

/***/ 48687:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OUR_RULES = void 0;
exports.findSecurityIssues = findSecurityIssues;
exports.sortFindings = sortFindings;
// findSecurityIssues: our rules plus the cdk-nag packs, suppressions applied, worst first.
const errors_1 = __webpack_require__(83916);
const types_1 = __webpack_require__(34077);
const suppress_1 = __webpack_require__(42124);
const nag_1 = __webpack_require__(42841);
const nag_tree_1 = __webpack_require__(67530);
const cors_1 = __webpack_require__(52382);
const dead_letters_1 = __webpack_require__(78285);
const boundary_1 = __webpack_require__(7781);
const iam_1 = __webpack_require__(27354);
const logs_1 = __webpack_require__(16332);
const messaging_1 = __webpack_require__(20447);
const routes_1 = __webpack_require__(12077);
const runtime_1 = __webpack_require__(34639);
const secrets_1 = __webpack_require__(59209);
const throttling_1 = __webpack_require__(61295);
exports.OUR_RULES = [
    secrets_1.secretsInEnvironment,
    cors_1.corsAnyOrigin,
    routes_1.routeWithoutAuthorizer,
    iam_1.iamWildcard,
    boundary_1.rolesWithoutBoundary,
    runtime_1.deprecatedRuntime,
    messaging_1.messagingEncryption,
    messaging_1.tlsOnly,
    dead_letters_1.eventSourceWithoutDlq,
    throttling_1.apiThrottling,
    logs_1.logRetention,
];
function findSecurityIssues(context, options = {}) {
    const ours = exports.OUR_RULES.flatMap((rule) => rule.check(context));
    const nagWarnings = [];
    let nag = [];
    if (options.nag !== false && !context.tree) {
        nagWarnings.push('cdk-nag needs the constructs synth built, and this review has only a template; its findings are missing');
    }
    else if (options.nag !== false && context.tree) {
        try {
            nag = (0, nag_1.mapNagViolations)((0, nag_tree_1.runNagRules)(context.tree), {
                ...context,
                deadLetterIds: (0, nag_1.deadLetterIds)(context.template),
            });
        }
        catch (error) {
            // Our own rules still stand; say plainly that the packs did not run.
            nagWarnings.push(`cdk-nag could not check the stack (${(0, errors_1.errorMessage)(error)}); its findings are missing`);
        }
    }
    const { findings, warnings } = (0, suppress_1.applySuppressions)([...ours, ...nag], context.loaded?.config.suppressions ?? []);
    return { findings: sortFindings(findings), warnings: [...nagWarnings, ...warnings] };
}
/** Unsuppressed before suppressed, then by severity, rule and resource. */
function sortFindings(findings) {
    const rank = (f) => (f.suppressed ? types_1.SEVERITIES.length : 0) + types_1.SEVERITIES.indexOf(f.severity);
    return [...findings].sort((a, b) => rank(a) - rank(b) || a.rule.localeCompare(b.rule) || a.resource.localeCompare(b.resource));
}


/***/ }),

/***/ 68318:
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
// What cdk-nag's `require("aws-cdk-lib")` resolves to in dist/ (tsconfig.json `paths`; ncc
// follows them for every request in the bundle, node_modules included).
//
// aws-cdk-lib's root index names all of its ~250 services. cdk-nag's rule files and its
// NagPack take only core members from it (Stack, CfnResource, Aspects, Validations;
// test/review/security/nag-aws-cdk-lib.test.ts fails when an upgrade needs more), but a bundler cannot know which, so through the root
// the review chunk carried every service and every bundled `review` spent seconds reading
// and compiling code it never ran. The same module as `aws-cdk-lib/core`, so `instanceof`
// and the construct tree synth built are unchanged. Outside the bundle (Jest, ts-node)
// Node resolves the real root, which exports the same objects.
__exportStar(__webpack_require__(19080), exports);


/***/ }),

/***/ 6905:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rulesFor = rulesFor;
/** The entries that can fire on a stack holding `types`: the others are never loaded. */
function rulesFor(entries, types) {
    return entries.filter((e) => e.types === null || e.types.some((t) => types.has(t)));
}


/***/ }),

/***/ 94080:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NAG_RULES = void 0;
exports.NAG_RULES = [
    {
        pack: 'AwsSolutions',
        suffix: 'S1',
        level: 'error',
        types: ['AWS::S3::Bucket'],
        info: 'The S3 Bucket has server access logs disabled.',
        load: () => __webpack_require__(15354),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'S2',
        level: 'error',
        types: ['AWS::S3::Bucket'],
        info: 'The S3 Bucket does not have public access restricted and blocked.',
        load: () => __webpack_require__(28305),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'S5',
        level: 'error',
        types: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
        info: 'The S3 static website bucket either has an open world bucket policy or does not use a CloudFront Origin Access Identity (OAI) in the bucket policy for limited getObject and/or putObject permissions.',
        load: () => __webpack_require__(14019),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'S10',
        level: 'error',
        types: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
        info: 'The S3 Bucket or bucket policy does not require requests to use SSL.',
        load: () => __webpack_require__(77604),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'DDB3',
        level: 'warning',
        types: ['AWS::DynamoDB::Table'],
        info: 'The DynamoDB table does not have Point-in-time Recovery enabled.',
        load: () => __webpack_require__(18954),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'CFR7',
        level: 'error',
        types: ['AWS::CloudFront::Distribution', 'AWS::S3::Bucket'],
        info: 'The CloudFront distribution does not use an origin access control with an S3 origin.',
        load: () => __webpack_require__(79305),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'APIG1',
        level: 'error',
        types: ['AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Stage'],
        info: 'The API does not have access logging enabled.',
        load: () => __webpack_require__(72645),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'APIG2',
        level: 'error',
        types: ['AWS::ApiGateway::RequestValidator', 'AWS::ApiGateway::RestApi'],
        info: 'The REST API does not have request validation enabled.',
        load: () => __webpack_require__(82140),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'APIG3',
        level: 'warning',
        types: ['AWS::ApiGateway::Stage', 'AWS::WAFv2::WebACLAssociation'],
        info: 'The REST API stage is not associated with AWS WAFv2 web ACL.',
        load: () => __webpack_require__(90850),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'APIG4',
        level: 'error',
        types: ['AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route'],
        info: 'The API does not implement authorization.',
        load: () => __webpack_require__(10539),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'APIG6',
        level: 'error',
        types: ['AWS::ApiGateway::Stage'],
        info: 'The REST API Stage does not have CloudWatch logging enabled for all methods.',
        load: () => __webpack_require__(63814),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'LEX4',
        level: 'error',
        types: ['AWS::Lex::Bot', 'AWS::Lex::BotAlias', 'AWS::Logs::LogGroup'],
        info: 'Lex conversation logs are enabled and not encrypted with a KMS key.',
        load: () => __webpack_require__(5607),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'KDS1',
        level: 'error',
        types: ['AWS::Kinesis::Stream'],
        info: 'The Kinesis Data Stream does not has server-side encryption enabled.',
        load: () => __webpack_require__(54559),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'KDS3',
        level: 'warning',
        types: ['AWS::Kinesis::Stream'],
        info: 'The Kinesis Data Stream specifies server-side encryption and does not use the "aws/kinesis" key.',
        load: () => __webpack_require__(11232),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'IAM4',
        level: 'error',
        types: ['AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::User'],
        info: 'The IAM user, role, or group uses AWS managed policies.',
        load: () => __webpack_require__(19920),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'IAM5',
        level: 'error',
        types: [
            'AWS::IAM::Group',
            'AWS::IAM::ManagedPolicy',
            'AWS::IAM::Policy',
            'AWS::IAM::Role',
            'AWS::IAM::User',
        ],
        info: 'The IAM entity contains wildcard permissions and does not have a cdk-nag rule suppression with evidence for those permission.',
        load: () => __webpack_require__(56357),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'COG4',
        level: 'error',
        types: ['AWS::ApiGateway::Method'],
        info: 'The API GW method does not use a Cognito user pool authorizer.',
        load: () => __webpack_require__(95931),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'EVB1',
        level: 'error',
        types: ['AWS::Events::EventBusPolicy'],
        info: 'The event bus policy allows for open access.',
        load: () => __webpack_require__(53717),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'SNS3',
        level: 'error',
        types: ['AWS::SNS::Topic', 'AWS::SNS::TopicPolicy'],
        info: 'The SNS Topic does not require publishers to use SSL.',
        load: () => __webpack_require__(8958),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'SQS2',
        level: 'error',
        types: ['AWS::SQS::Queue'],
        info: 'The SQS Queue does not have server-side encryption enabled.',
        load: () => __webpack_require__(69276),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'SQS3',
        level: 'error',
        types: ['AWS::Lambda::Function', 'AWS::SQS::Queue'],
        info: 'The SQS queue is not used as a dead-letter queue (DLQ) and does not have a DLQ enabled.',
        load: () => __webpack_require__(93106),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'SQS4',
        level: 'error',
        types: ['AWS::SQS::Queue', 'AWS::SQS::QueuePolicy'],
        info: 'The SQS queue does not require requests to use SSL.',
        load: () => __webpack_require__(1195),
    },
    {
        pack: 'AwsSolutions',
        suffix: 'L1',
        level: 'error',
        types: ['AWS::Lambda::Function'],
        info: 'The non-container Lambda function is not configured to use the latest runtime version.',
        load: () => __webpack_require__(32443),
    },
    {
        pack: 'Serverless',
        suffix: 'LambdaAsyncFailureDestination',
        level: 'error',
        types: ['AWS::Lambda::EventInvokeConfig'],
        info: 'The Lambda function does not have a configured failure destination for asynchronous invocations.',
        load: () => __webpack_require__(13528),
    },
    {
        pack: 'Serverless',
        suffix: 'LambdaDefaultMemorySize',
        level: 'error',
        types: ['AWS::Lambda::Function'],
        info: 'The Lambda function does not have an explicit memory value configured.',
        load: () => __webpack_require__(17385),
    },
    {
        pack: 'Serverless',
        suffix: 'LambdaDefaultTimeout',
        level: 'error',
        types: ['AWS::Lambda::Function'],
        info: 'The Lambda function does not have an explicitly defined timeout value.',
        load: () => __webpack_require__(76780),
    },
    {
        pack: 'Serverless',
        suffix: 'LambdaDLQ',
        level: 'error',
        types: ['AWS::Lambda::Function'],
        info: 'The Lambda function does not have a dead letter target configured.',
        load: () => __webpack_require__(17105),
    },
    {
        pack: 'Serverless',
        suffix: 'LambdaEventSourceMappingDestination',
        level: 'error',
        types: ['AWS::Lambda::EventSourceMapping'],
        info: 'The Lambda Event Source Mapping does not have a destination configured for failed invocations.',
        load: () => __webpack_require__(25457),
    },
    {
        pack: 'Serverless',
        suffix: 'LambdaLatestVersion',
        level: 'error',
        types: ['AWS::Lambda::Function'],
        info: 'The Lambda function does not use the latest runtime version.',
        load: () => __webpack_require__(32443),
    },
    {
        pack: 'Serverless',
        suffix: 'LambdaStarPermissions',
        level: 'warning',
        types: ['AWS::IAM::Role'],
        info: 'The Lambda IAM role uses wildcard permissions.',
        load: () => __webpack_require__(51026),
    },
    {
        pack: 'Serverless',
        suffix: 'LambdaTracing',
        level: 'warning',
        types: ['AWS::Lambda::Function'],
        info: 'The Lambda function does not have tracing set to Tracing.ACTIVE.',
        load: () => __webpack_require__(9992),
    },
    {
        pack: 'Serverless',
        suffix: 'CloudWatchLogGroupRetentionPeriod',
        level: 'warning',
        types: ['AWS::Logs::LogGroup'],
        info: 'The CloudWatch Log Group does not have an explicit retention policy defined.',
        load: () => __webpack_require__(58520),
    },
    {
        pack: 'Serverless',
        suffix: 'APIGWAccessLogging',
        level: 'error',
        types: ['AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Stage'],
        info: 'The API Gateway Stage does not have access logging enabled.',
        load: () => __webpack_require__(72645),
    },
    {
        pack: 'Serverless',
        suffix: 'APIGWDefaultThrottling',
        level: 'error',
        types: ['AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Stage'],
        info: 'The API Gateway Stage is using default throttling setting.',
        load: () => __webpack_require__(23440),
    },
    {
        pack: 'Serverless',
        suffix: 'APIGWStructuredLogging',
        level: 'warning',
        types: [
            'AWS::ApiGateway::Deployment',
            'AWS::ApiGateway::Stage',
            'AWS::ApiGatewayV2::Stage',
            'AWS::Serverless::Api',
            'AWS::Serverless::HttpApi',
        ],
        info: 'The API Gateway logs are not configured for the JSON format.',
        load: () => __webpack_require__(53190),
    },
    {
        pack: 'Serverless',
        suffix: 'APIGWXrayEnabled',
        level: 'warning',
        types: ['AWS::ApiGateway::Stage'],
        info: 'The API Gateway does not have Tracing enabled.',
        load: () => __webpack_require__(17263),
    },
    {
        pack: 'Serverless',
        suffix: 'EventBusDLQ',
        level: 'error',
        types: ['AWS::Events::Rule'],
        info: 'The EventBridge Target does not have a DLQ configured.',
        load: () => __webpack_require__(26296),
    },
    {
        pack: 'Serverless',
        suffix: 'SNSRedrivePolicy',
        level: 'error',
        types: ['AWS::SNS::Subscription'],
        info: 'The SNS subscription does not have a redrive policy configured.',
        load: () => __webpack_require__(48223),
    },
    {
        pack: 'Serverless',
        suffix: 'SQSRedrivePolicy',
        level: 'error',
        types: ['AWS::SQS::Queue'],
        info: 'The SQS queue does not have a redrive policy configured.',
        load: () => __webpack_require__(41351),
    },
];


/***/ }),

/***/ 67530:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cfnResourcesOf = cfnResourcesOf;
exports.runNagRules = runNagRules;
const nag_rule_entry_1 = __webpack_require__(6905);
const nag_rules_generated_1 = __webpack_require__(94080);
/** Every CloudFormation resource under `tree`, nested stacks included. */
function cfnResourcesOf(tree) {
    const { CfnResource } = __webpack_require__(19080);
    return tree.node.findAll().filter((c) => CfnResource.isCfnResource(c));
}
/** The violations of the packs' rules on `tree`, each resource named by its logical id. */
function runNagRules(tree, entries = nag_rules_generated_1.NAG_RULES) {
    const { Stack } = __webpack_require__(19080);
    const { NagPack } = __webpack_require__(89467);
    const { NagMessageLevel } = __webpack_require__(18139);
    const resources = cfnResourcesOf(tree);
    const selected = (0, nag_rule_entry_1.rulesFor)(entries, new Set(resources.map((r) => r.cfnResourceType)));
    class TypedRules extends NagPack {
        name;
        byType = new Map();
        everywhere = [];
        constructor(packName, own) {
            super();
            this.name = packName;
            this.packName = packName;
            for (const entry of own) {
                const loaded = { entry, rule: entry.load().default };
                if (entry.types === null) {
                    this.everywhere.push(loaded);
                }
                else {
                    for (const type of entry.types) {
                        this.byType.set(type, [...(this.byType.get(type) ?? []), loaded]);
                    }
                }
            }
        }
        checkResource(node) {
            for (const { entry, rule } of [
                ...(this.byType.get(node.cfnResourceType) ?? []),
                ...this.everywhere,
            ]) {
                this.applyRule({
                    ruleSuffixOverride: entry.suffix,
                    info: entry.info,
                    explanation: '',
                    level: entry.level === 'error' ? NagMessageLevel.ERROR : NagMessageLevel.WARN,
                    node,
                    rule: rule,
                });
            }
        }
    }
    const logicalIds = new Map(resources.map((r) => [r.node.path, Stack.of(r).resolve(r.logicalId)]));
    const violations = [];
    for (const pack of ['AwsSolutions', 'Serverless']) {
        const own = selected.filter((e) => e.pack === pack);
        if (own.length === 0)
            continue;
        for (const violation of new TypedRules(pack, own).validateScope(tree).violations) {
            violations.push({
                ruleName: violation.ruleName,
                description: violation.description,
                ...(violation.severity !== undefined && { severity: violation.severity }),
                violatingResources: violation.violatingResources.map((v) => ({
                    ...(v.constructPath !== undefined && { constructPath: v.constructPath }),
                    ...(v.constructPath !== undefined &&
                        logicalIds.has(v.constructPath) && { logicalId: logicalIds.get(v.constructPath) }),
                })),
            });
        }
    }
    return violations;
}


/***/ }),

/***/ 42841:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COVERED_BY_OUR_RULES = void 0;
exports.deadLetterIds = deadLetterIds;
exports.baseRuleId = baseRuleId;
exports.nagSeverity = nagSeverity;
exports.mapNagViolations = mapNagViolations;
const rule_1 = __webpack_require__(25093);
const template_1 = __webpack_require__(97620);
/** Pack rules our own rules cover more precisely; reporting both would say everything twice. */
exports.COVERED_BY_OUR_RULES = {
    'AwsSolutions-SQS2': 'SA-QUEUE-ENCRYPTION',
    'AwsSolutions-SNS2': 'SA-QUEUE-ENCRYPTION',
    'AwsSolutions-SQS4': 'SA-TLS-ONLY',
    'AwsSolutions-SNS3': 'SA-TLS-ONLY',
    'AwsSolutions-IAM5': 'SA-IAM-WILDCARD',
    // Ours knows which actions AWS only grants on "*" (X-Ray, VPC network interfaces).
    'Serverless-LambdaStarPermissions': 'SA-IAM-WILDCARD',
    // "Not the latest runtime" fires on every supported-but-older runtime; ours reports the
    // deprecated ones and those within 90 days of deprecation, with the date.
    'AwsSolutions-L1': 'SA-RUNTIME-DEPRECATED',
    'Serverless-LambdaLatestVersion': 'SA-RUNTIME-DEPRECATED',
    'AwsSolutions-APIG4': 'SA-ROUTE-NO-AUTH',
    // Ours knows every authorizer kind (JWT, IAM, Lambda, API keys), not only Cognito.
    'AwsSolutions-COG4': 'SA-ROUTE-NO-AUTH',
    // Ours checks the paths that invoke asynchronously (EventBridge, SNS, S3) and stream sources;
    // a DLQ on a function only an API calls synchronously would never receive anything.
    'Serverless-LambdaDLQ': 'SA-EVENT-NO-DLQ',
    'Serverless-LambdaAsyncFailureDestination': 'SA-EVENT-NO-DLQ',
    'Serverless-EventBusDLQ': 'SA-EVENT-NO-DLQ',
    'Serverless-LambdaEventSourceMappingDestination': 'SA-EVENT-NO-DLQ',
};
/** Pack rules that ask a queue for a DLQ (or to be one). */
const DLQ_RULES = new Set(['Serverless-SQSRedrivePolicy', 'AwsSolutions-SQS3']);
/** Logical ids used as dead-letter queues or failure destinations anywhere in the template. */
function deadLetterIds(template) {
    const ids = new Set();
    const visit = (value) => {
        if (Array.isArray(value)) {
            value.forEach(visit);
        }
        else if ((0, template_1.isRecord)(value)) {
            for (const [key, child] of Object.entries(value)) {
                if (['DeadLetterConfig', 'DestinationConfig', 'RedrivePolicy', 'OnFailure'].includes(key)) {
                    (0, template_1.referencedIds)(child, ids);
                }
                else {
                    visit(child);
                }
            }
        }
    };
    for (const resource of Object.values(template.Resources))
        visit(resource.Properties);
    return ids;
}
/** `AwsSolutions-IAM4[Policy::...]` -> `AwsSolutions-IAM4`. */
function baseRuleId(ruleName) {
    const bracket = ruleName.indexOf('[');
    return bracket === -1 ? ruleName : ruleName.slice(0, bracket);
}
/**
 * AwsSolutions errors are security issues (medium), its warnings low; the Serverless pack is
 * operational best practice (memory, tracing), so one step lower.
 */
function nagSeverity(ruleName, level) {
    const serverless = ruleName.startsWith('Serverless-');
    if (level === 'error')
        return serverless ? 'low' : 'medium';
    return serverless ? 'info' : 'low';
}
/** Maps pack violations to findings, one per violating resource. Pure; tested without cdk-nag. */
function mapNagViolations(violations, context) {
    const findings = [];
    for (const violation of violations) {
        const base = baseRuleId(violation.ruleName);
        if (exports.COVERED_BY_OUR_RULES[base])
            continue;
        for (const resource of violation.violatingResources) {
            const logicalId = resource.logicalId ?? resource.constructPath?.split('/').at(-1);
            if (!logicalId)
                continue;
            const origin = context.origins[logicalId];
            // A dead-letter queue needs no dead-letter queue of its own; cdk-nag only recognizes
            // RedrivePolicy targets as DLQs, not rule-target DLQs or on-failure destinations.
            if (DLQ_RULES.has(base) &&
                (origin?.kind === 'dlq' || context.deadLetterIds?.has(logicalId))) {
                continue;
            }
            const location = (0, rule_1.locationOf)(context, origin);
            findings.push({
                rule: violation.ruleName,
                severity: nagSeverity(violation.ruleName, violation.severity),
                resource: origin?.key ?? logicalId,
                logicalId,
                message: violation.description,
                fix: `See ${base} in https://github.com/cdklabs/cdk-nag/blob/main/RULES.md; suppress it in "suppressions" with a reason if it does not apply.`,
                ...(location && { location }),
            });
        }
    }
    return findings;
}


/***/ }),

/***/ 25093:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.locationOf = locationOf;
exports.findingFor = findingFor;
/**
 * The config line behind a resource: its origin's path, refined by `subPath` when that
 * exists (locate() returns the nearest written parent otherwise).
 */
function locationOf(context, origin, ...subPath) {
    if (!context.loaded)
        return undefined;
    if (!origin)
        return context.loaded.locate([]);
    return context.loaded.locate([...origin.path.split('.'), ...subPath]);
}
/** A finding about one template resource, named by its config key when it has one. */
function findingFor(context, rule, resource, details) {
    const location = locationOf(context, resource.origin, ...(details.subPath ?? []));
    return {
        rule: rule.id,
        severity: details.severity ?? rule.severity,
        resource: resource.origin?.key ?? resource.logicalId,
        logicalId: resource.logicalId,
        message: details.message,
        fix: details.fix,
        ...(location && { location }),
    };
}


/***/ }),

/***/ 7781:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rolesWithoutBoundary = exports.PRODUCTION_ENVIRONMENT = void 0;
// SA-IAM-NO-BOUNDARY: a production stack whose roles carry no permissions boundary. The
// boundary caps what any of the stack's roles can ever be granted, whatever a later change
// to `permissions` or `managed_policies` adds; in production that cap is worth having.
const template_1 = __webpack_require__(97620);
const ephemeral_1 = __webpack_require__(39041);
var ephemeral_2 = __webpack_require__(39041);
Object.defineProperty(exports, "PRODUCTION_ENVIRONMENT", ({ enumerable: true, get: function () { return ephemeral_2.PRODUCTION_ENVIRONMENT; } }));
exports.rolesWithoutBoundary = {
    id: 'SA-IAM-NO-BOUNDARY',
    title: 'Production roles without a permissions boundary',
    severity: 'medium',
    help: 'A permissions boundary caps what a role can be granted. Without one, a single over-broad statement in a production stack is all the access an attacker in the function needs.',
    check(context) {
        const loaded = context.loaded;
        if (loaded === undefined || !(0, ephemeral_1.isProdLikeEnvironment)(loaded.config.environment))
            return [];
        const roles = (0, template_1.resourcesOfType)(context.template, 'AWS::IAM::Role', context.origins).filter((role) => role.properties['PermissionsBoundary'] === undefined);
        if (roles.length === 0)
            return [];
        const location = loaded.locate(['iam', 'permissions_boundary']);
        return [
            {
                rule: this.id,
                severity: this.severity,
                resource: 'iam',
                message: `environment ${loaded.config.environment} creates ${roles.length} IAM role${roles.length > 1 ? 's' : ''} without a permissions boundary (${roles.map((r) => r.origin?.key ?? r.logicalId).join(', ')})`,
                fix: 'Set iam.permissions_boundary to a managed policy ARN (e.g. the boundary examples/oidc-role creates): `iam: { permissions_boundary: arn:aws:iam::<account>:policy/<boundary> }`.',
                location,
            },
        ];
    },
};


/***/ }),

/***/ 52382:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.corsAnyOrigin = void 0;
// SA-CORS-ANY-ORIGIN: an API that lets any web page call it from a browser. With credentials
// allowed too, any site a signed-in user visits can act as that user.
const template_1 = __webpack_require__(97620);
const rule_1 = __webpack_require__(25093);
const FIX = 'List the exact origins in api_gateway_config.cors_configuration.allow_origins (e.g. "https://app.example.com") instead of "*".';
exports.corsAnyOrigin = {
    id: 'SA-CORS-ANY-ORIGIN',
    title: 'CORS allows any origin',
    severity: 'medium',
    help: 'Access-Control-Allow-Origin "*" lets scripts on every web site read the API\'s responses from a visitor\'s browser.',
    check(context) {
        const findings = [];
        for (const api of (0, template_1.resourcesOfType)(context.template, 'AWS::ApiGatewayV2::Api', context.origins)) {
            const cors = api.properties['CorsConfiguration'];
            if (!(0, template_1.isRecord)(cors) || !(0, template_1.asArray)(cors['AllowOrigins']).includes('*'))
                continue;
            const credentials = (0, template_1.isTrue)(cors['AllowCredentials']);
            findings.push((0, rule_1.findingFor)(context, this, api, {
                severity: credentials ? 'high' : 'medium',
                message: credentials
                    ? 'CORS allows any origin ("*") together with credentials: any web site can call the API as the signed-in user'
                    : 'CORS allows any origin ("*"): any web site can call the API from a visitor\'s browser',
                fix: FIX,
                subPath: ['cors_configuration', 'allow_origins'],
            }));
        }
        // REST APIs answer CORS from their OPTIONS mock integrations and gateway responses.
        const restMethods = (0, template_1.resourcesOfType)(context.template, 'AWS::ApiGateway::Method', context.origins);
        const reported = new Set();
        for (const method of restMethods) {
            const responses = (0, template_1.asArray)((0, template_1.prop)(method.properties, 'Integration', 'IntegrationResponses'));
            const anyOrigin = responses.some((r) => (0, template_1.prop)(r, 'ResponseParameters', 'method.response.header.Access-Control-Allow-Origin') ===
                "'*'");
            const key = method.origin?.key ?? method.logicalId;
            if (!anyOrigin || reported.has(key))
                continue;
            reported.add(key);
            findings.push((0, rule_1.findingFor)(context, this, method, {
                message: 'CORS allows any origin ("*"): any web site can call the API from a visitor\'s browser',
                fix: FIX,
            }));
        }
        return findings;
    },
};


/***/ }),

/***/ 78285:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.eventSourceWithoutDlq = void 0;
// SA-EVENT-NO-DLQ: event sources whose failed events vanish. A poisoned SQS message without a
// redrive policy loops until it expires; a failing stream batch blocks its shard until the
// records age out; async invocations (EventBridge, SNS, S3) drop the event after two retries.
const template_1 = __webpack_require__(97620);
const rule_1 = __webpack_require__(25093);
const FIX_ASYNC = 'Give the function an on-failure destination or dead-letter queue for asynchronous invocations (or a DLQ on the rule target / subscription).';
/** Functions whose asynchronous invocations keep failed events (DLQ or on-failure destination). */
function functionsKeepingFailures(template) {
    const out = new Set();
    for (const fn of (0, template_1.resourcesOfType)(template, 'AWS::Lambda::Function')) {
        if ((0, template_1.prop)(fn.properties, 'DeadLetterConfig', 'TargetArn') !== undefined)
            out.add(fn.logicalId);
    }
    for (const config of (0, template_1.resourcesOfType)(template, 'AWS::Lambda::EventInvokeConfig')) {
        const target = (0, template_1.referencedId)(config.properties['FunctionName']);
        if (target &&
            (0, template_1.prop)(config.properties, 'DestinationConfig', 'OnFailure', 'Destination') !== undefined) {
            out.add(target);
        }
    }
    return out;
}
exports.eventSourceWithoutDlq = {
    id: 'SA-EVENT-NO-DLQ',
    title: 'Event source without a dead-letter queue or on-failure destination',
    severity: 'medium',
    help: 'Events that keep failing are lost (or block the stream) unless they are sent somewhere they can be inspected and replayed.',
    check(context) {
        const { template } = context;
        const findings = [];
        const typeOf = (id) => id === undefined ? undefined : template.Resources[id]?.Type;
        const keepsFailures = functionsKeepingFailures(template);
        const report = (r, message, fix) => {
            findings.push((0, rule_1.findingFor)(context, this, r, { message, fix }));
        };
        for (const mapping of (0, template_1.resourcesOfType)(template, 'AWS::Lambda::EventSourceMapping', context.origins)) {
            const sourceId = (0, template_1.referencedId)(mapping.properties['EventSourceArn']);
            const sourceType = typeOf(sourceId);
            if (sourceType === 'AWS::SQS::Queue') {
                if ((0, template_1.prop)(template.Resources[sourceId]?.Properties, 'RedrivePolicy') === undefined) {
                    report(mapping, 'the SQS source queue has no redrive policy: a message that always fails is retried until it expires', 'Give the queue a dead-letter queue (RedrivePolicy with maxReceiveCount), as queues created for SQS event sources have.');
                }
                continue;
            }
            const isStream = sourceType === 'AWS::DynamoDB::Table' ||
                sourceType === 'AWS::Kinesis::Stream' ||
                /:(kinesis|dynamodb):/.test(String(mapping.properties['EventSourceArn']));
            if (isStream &&
                (0, template_1.prop)(mapping.properties, 'DestinationConfig', 'OnFailure', 'Destination') === undefined) {
                report(mapping, 'the stream event source has no on-failure destination: a failing batch blocks its shard and is then dropped', 'Set destination_config.on_failure.destination_arn on the event source (or leave it unset in a version of synth that creates the queue).');
            }
        }
        for (const rule of (0, template_1.resourcesOfType)(template, 'AWS::Events::Rule', context.origins)) {
            for (const target of (0, template_1.asArray)(rule.properties['Targets'])) {
                if (!(0, template_1.isRecord)(target))
                    continue;
                const fn = (0, template_1.referencedId)(target['Arn']);
                if (typeOf(fn) !== 'AWS::Lambda::Function')
                    continue;
                if ((0, template_1.prop)(target, 'DeadLetterConfig', 'Arn') !== undefined || keepsFailures.has(fn))
                    continue;
                report(rule, 'the EventBridge rule invokes the function with no dead-letter queue: events that fail twice are dropped', FIX_ASYNC);
            }
        }
        for (const subscription of (0, template_1.resourcesOfType)(template, 'AWS::SNS::Subscription', context.origins)) {
            if (subscription.properties['Protocol'] !== 'lambda')
                continue;
            const fn = (0, template_1.referencedId)(subscription.properties['Endpoint']);
            if (subscription.properties['RedrivePolicy'] !== undefined || (fn && keepsFailures.has(fn)))
                continue;
            report(subscription, 'the SNS subscription has no redrive policy and the function keeps no failed events: failed deliveries are dropped', FIX_ASYNC);
        }
        for (const notifications of (0, template_1.resourcesOfType)(template, ['Custom::S3BucketNotifications', 'AWS::S3::Bucket'], context.origins)) {
            const configurations = (0, template_1.asArray)((0, template_1.prop)(notifications.properties, 'NotificationConfiguration', 'LambdaFunctionConfigurations') ?? (0, template_1.prop)(notifications.properties, 'NotificationConfiguration', 'LambdaConfigurations'));
            for (const configuration of configurations) {
                const fn = (0, template_1.referencedId)((0, template_1.prop)(configuration, 'LambdaFunctionArn') ?? (0, template_1.prop)(configuration, 'Function'));
                if (fn === undefined || keepsFailures.has(fn))
                    continue;
                report(notifications, 'S3 invokes the function asynchronously and the function keeps no failed events: they are dropped after two retries', FIX_ASYNC);
            }
        }
        return findings;
    },
};


/***/ }),

/***/ 27354:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.iamWildcard = void 0;
// SA-IAM-WILDCARD: IAM statements that allow every action of a service, or act on every
// resource. The blast radius of a compromised function is whatever its role allows.
const template_1 = __webpack_require__(97620);
const permission_sids_1 = __webpack_require__(79337);
const rule_1 = __webpack_require__(25093);
/**
 * Actions AWS only grants on "*" (no resource-level permissions). CDK writes these for
 * tracing and VPC access; flagging them would cry wolf on every stack.
 */
const RESOURCE_STAR_ONLY = new Set([
    'xray:puttracesegments',
    'xray:puttelemetryrecords',
    'xray:getsamplingrules',
    'xray:getsamplingtargets',
    'xray:getsamplingstatisticsummaries',
    'ec2:createnetworkinterface',
    'ec2:describenetworkinterfaces',
    'ec2:deletenetworkinterface',
    'ec2:assignprivateipaddresses',
    'ec2:unassignprivateipaddresses',
    'ec2:describesubnets',
    'ec2:describesecuritygroups',
    'ec2:describevpcs',
    'cloudwatch:putmetricdata',
    'logs:describeloggroups',
    'dynamodb:liststreams',
    'kinesis:liststreams',
    'sqs:listqueues',
    'sns:listtopics',
]);
/** Allow statements of the policies a resource carries (Policy, ManagedPolicy, Role inline policies). */
function allowStatements(resource) {
    const documents = resource.type === 'AWS::IAM::Role'
        ? (0, template_1.asArray)(resource.properties['Policies']).map((p) => (0, template_1.prop)(p, 'PolicyDocument'))
        : [resource.properties['PolicyDocument']];
    const out = [];
    for (const document of documents) {
        for (const statement of (0, template_1.asArray)((0, template_1.prop)(document, 'Statement'))) {
            if (!(0, template_1.isRecord)(statement) || statement['Effect'] !== 'Allow')
                continue;
            const permissionIndex = (0, permission_sids_1.permissionIndexOf)(statement['Sid']);
            out.push({
                actions: (0, template_1.asArray)(statement['Action']).filter((a) => typeof a === 'string'),
                resources: (0, template_1.asArray)(statement['Resource']),
                ...(permissionIndex !== undefined && { permissionIndex }),
            });
        }
    }
    return out;
}
exports.iamWildcard = {
    id: 'SA-IAM-WILDCARD',
    title: 'Wildcard IAM action or resource',
    severity: 'high',
    help: 'Wildcards grant more than the function needs; a bug or a compromised dependency can then read or delete data across the account.',
    check(context) {
        const findings = [];
        const policies = (0, template_1.resourcesOfType)(context.template, ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role'], context.origins);
        for (const policy of policies) {
            for (const statement of allowStatements(policy)) {
                const written = statement.permissionIndex;
                // A statement the config wrote points at its own line in `permissions`.
                const at = written === undefined ? ['access'] : ['permissions', written];
                const wildActions = statement.actions.filter((a) => a.includes('*'));
                if (wildActions.length > 0) {
                    findings.push((0, rule_1.findingFor)(context, this, policy, {
                        message: `IAM policy allows wildcard action${wildActions.length > 1 ? 's' : ''} ${wildActions.join(', ')}`,
                        fix: written === undefined
                            ? 'Grant the specific actions the function calls, e.g. with "access" levels in lambda_config (read, write, read_write) instead of hand-written wildcards.'
                            : `List in permissions[${written}].actions the calls the code makes (e.g. s3:GetObject instead of s3:*); the service's "Actions, resources, and condition keys" page in the IAM reference names them.`,
                        subPath: at,
                    }));
                }
                const starResource = statement.resources.includes('*');
                const needsStar = statement.actions.every((a) => RESOURCE_STAR_ONLY.has(a.toLowerCase()));
                if (starResource && !needsStar && wildActions.length === 0) {
                    findings.push((0, rule_1.findingFor)(context, this, policy, {
                        severity: 'medium',
                        message: `IAM policy allows ${statement.actions.join(', ')} on every resource ("*")`,
                        fix: written === undefined
                            ? 'Scope Resource to the ARNs of this stack\'s tables, queues and topics (the "access" setting does this).'
                            : `Replace "*" in permissions[${written}].resources with the ARNs the function uses, or this stack's own resources by key (dynamodb:<table>, sqs:<queue>, s3:<bucket>/*).`,
                        subPath: at,
                    }));
                }
            }
        }
        return findings;
    },
};


/***/ }),

/***/ 16332:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.logRetention = void 0;
// SA-LOG-RETENTION: logs kept forever. Lambda creates /aws/lambda/<name> on first run with no
// expiry when the stack does not own that log group; explicit groups without RetentionInDays
// never expire either. Both grow cost and keep personal data longer than anyone decided.
const template_1 = __webpack_require__(97620);
const rule_1 = __webpack_require__(25093);
const FIX = 'Set log_retention_in_days on the function (or monitoring.log_retention_in_days for every log group), e.g. 30.';
exports.logRetention = {
    id: 'SA-LOG-RETENTION',
    title: 'Log group without retention',
    severity: 'low',
    help: 'CloudWatch log groups without a retention period keep every log line forever, at $0.03 per GB-month, including any personal data logged.',
    check(context) {
        const findings = [];
        const groups = (0, template_1.resourcesOfType)(context.template, 'AWS::Logs::LogGroup', context.origins);
        for (const group of groups) {
            if (group.properties['RetentionInDays'] !== undefined)
                continue;
            findings.push((0, rule_1.findingFor)(context, this, group, {
                message: 'log group has no retention: its logs are kept forever',
                fix: FIX,
                subPath: ['log_retention_in_days'],
            }));
        }
        for (const fn of (0, template_1.resourcesOfType)(context.template, 'AWS::Lambda::Function', context.origins)) {
            if (hasOwnLogGroup(fn.logicalId, fn.properties, groups))
                continue;
            findings.push((0, rule_1.findingFor)(context, this, fn, {
                message: 'the function has no log group in the stack: Lambda creates one on first run that never expires and outlives the stack',
                fix: FIX,
                subPath: ['log_retention_in_days'],
            }));
        }
        return findings;
    },
};
function hasOwnLogGroup(logicalId, properties, groups) {
    if ((0, template_1.prop)(properties, 'LoggingConfig', 'LogGroup') !== undefined)
        return true;
    const name = properties['FunctionName'];
    return groups.some((g) => {
        const groupName = g.properties['LogGroupName'];
        if (typeof name === 'string' && groupName === `/aws/lambda/${name}`)
            return true;
        // `/aws/lambda/${Fn}` built with Join or Sub from the function's Ref.
        return (0, template_1.referencedIds)((0, template_1.asArray)(groupName)).has(logicalId);
    });
}


/***/ }),

/***/ 20447:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tlsOnly = exports.ALARM_TOPIC_REASON = exports.messagingEncryption = void 0;
// SA-QUEUE-ENCRYPTION and SA-TLS-ONLY: queues and topics whose messages sit unencrypted, or
// that accept requests over plain HTTP.
const template_1 = __webpack_require__(97620);
const rule_1 = __webpack_require__(25093);
/** SQS encrypts new queues with SSE-SQS unless told not to; SNS encrypts only with a KMS key. */
function isEncrypted(resource) {
    if (resource.properties['KmsMasterKeyId'] !== undefined)
        return true;
    if (resource.type === 'AWS::SQS::Queue') {
        const managed = resource.properties['SqsManagedSseEnabled'];
        return managed !== false && managed !== 'false';
    }
    return false;
}
exports.messagingEncryption = {
    id: 'SA-QUEUE-ENCRYPTION',
    title: 'Queue or topic without encryption at rest',
    severity: 'medium',
    help: 'Messages often carry personal data; unencrypted queues and topics keep it in plaintext at rest.',
    check(context) {
        return (0, template_1.resourcesOfType)(context.template, ['AWS::SQS::Queue', 'AWS::SNS::Topic'], context.origins)
            .filter((r) => !isEncrypted(r))
            .map((r) => {
            const finding = (0, rule_1.findingFor)(context, this, r, {
                message: r.type === 'AWS::SNS::Topic'
                    ? 'SNS topic is not encrypted at rest (no KMS key)'
                    : 'SQS queue has server-side encryption turned off',
                fix: r.type === 'AWS::SNS::Topic'
                    ? 'Encrypt the topic with a KMS key (the AWS managed alias/aws/sns or your own).'
                    : 'Leave SqsManagedSseEnabled on or set a KMS key.',
            });
            return r.origin?.kind === ALARM_TOPIC_KIND
                ? { ...finding, suppressed: { reason: exports.ALARM_TOPIC_REASON } }
                : finding;
        });
    },
};
/** The origin kind of the stack's own alarm topic (synth/monitoring.ts). */
const ALARM_TOPIC_KIND = 'alarm-topic';
/**
 * Why the stack's own alarm topic is left unencrypted on purpose, shown with the suppressed
 * findings rather than flagged on every run.
 */
exports.ALARM_TOPIC_REASON = "the stack's own alarm topic: CloudWatch alarms and Budgets cannot publish to a topic " +
    'encrypted with the AWS managed key (aws/sns), and a customer managed key would cost ' +
    '$1/month to protect alarm names and states, which carry no application data';
/** True when a policy on the resource denies requests with aws:SecureTransport false. */
function deniesInsecureTransport(policyDocument) {
    return (0, template_1.asArray)((0, template_1.prop)(policyDocument, 'Statement')).some((s) => (0, template_1.isRecord)(s) &&
        s['Effect'] === 'Deny' &&
        ['false', false].includes((0, template_1.prop)(s, 'Condition', 'Bool', 'aws:SecureTransport')));
}
exports.tlsOnly = {
    id: 'SA-TLS-ONLY',
    title: 'Queue or topic accepts requests without TLS',
    severity: 'low',
    help: 'Without a policy denying aws:SecureTransport=false, clients may send and receive messages over plain HTTP.',
    check(context) {
        const protectedIds = new Set();
        for (const policy of (0, template_1.resourcesOfType)(context.template, [
            'AWS::SQS::QueuePolicy',
            'AWS::SNS::TopicPolicy',
        ])) {
            if (!deniesInsecureTransport(policy.properties['PolicyDocument']))
                continue;
            (0, template_1.referencedIds)([policy.properties['Queues'], policy.properties['Topics']], protectedIds);
        }
        return (0, template_1.resourcesOfType)(context.template, ['AWS::SQS::Queue', 'AWS::SNS::Topic'], context.origins)
            .filter((r) => !protectedIds.has(r.logicalId))
            .map((r) => (0, rule_1.findingFor)(context, this, r, {
            message: `${r.type === 'AWS::SNS::Topic' ? 'topic' : 'queue'} has no policy requiring TLS (aws:SecureTransport)`,
            fix: 'Add a resource policy that denies every action when aws:SecureTransport is false (synth does this for queues and topics it creates; report it if you see this on one of those).',
        }));
    },
};


/***/ }),

/***/ 12077:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.routeWithoutAuthorizer = void 0;
// SA-ROUTE-NO-AUTH: a route anyone on the internet can call. Fine for a public endpoint,
// which is why this is medium and suppressible, but it should be a decision, not a default.
const template_1 = __webpack_require__(97620);
const rule_1 = __webpack_require__(25093);
/** WebSocket routes after $connect ride on the connection $connect authorized. */
const WEBSOCKET_UNAUTHORIZABLE = new Set(['$disconnect', '$default']);
function isOpen(authorizationType) {
    return authorizationType === undefined || authorizationType === 'NONE';
}
exports.routeWithoutAuthorizer = {
    id: 'SA-ROUTE-NO-AUTH',
    title: 'API route without an authorizer',
    severity: 'medium',
    help: 'Routes without JWT, Cognito, IAM or Lambda authorization (or a REST API key) can be called by anyone who finds the URL.',
    check(context) {
        const apis = new Map((0, template_1.resourcesOfType)(context.template, 'AWS::ApiGatewayV2::Api').map((a) => [
            a.logicalId,
            a.properties['ProtocolType'],
        ]));
        // One finding per config entry listing its open routes: one suppression covers them.
        const open = new Map();
        const report = (r, route) => {
            const key = r.origin?.key ?? r.logicalId;
            const entry = open.get(key) ?? { first: r, routes: [] };
            entry.routes.push(route);
            open.set(key, entry);
        };
        for (const route of (0, template_1.resourcesOfType)(context.template, 'AWS::ApiGatewayV2::Route', context.origins)) {
            const key = (0, template_1.asString)(route.properties['RouteKey']) ?? '';
            const apiId = (0, template_1.referencedId)(route.properties['ApiId']);
            const protocol = apiId === undefined ? undefined : apis.get(apiId);
            if (protocol === 'WEBSOCKET' && WEBSOCKET_UNAUTHORIZABLE.has(key))
                continue;
            if (protocol === 'WEBSOCKET' && key !== '$connect')
                continue;
            if (isOpen(route.properties['AuthorizationType']))
                report(route, key);
        }
        for (const method of (0, template_1.resourcesOfType)(context.template, 'AWS::ApiGateway::Method', context.origins)) {
            const verb = (0, template_1.asString)(method.properties['HttpMethod']) ?? '';
            // OPTIONS answers CORS preflights, which browsers send without credentials.
            if (verb === 'OPTIONS' || (0, template_1.isTrue)(method.properties['ApiKeyRequired']))
                continue;
            if (isOpen(method.properties['AuthorizationType']))
                report(method, `${verb} (${method.logicalId})`);
        }
        const findings = [];
        for (const { first, routes } of open.values()) {
            const list = routes.map((r) => `"${r}"`).join(', ');
            findings.push((0, rule_1.findingFor)(context, this, first, {
                message: routes.length === 1
                    ? `route ${list} has no authorizer: anyone can call it`
                    : `routes ${list} have no authorizer: anyone can call them`,
                fix: 'Set "authorizer" on the function (or api_gateway_config.default_authorizer) to a JWT, COGNITO, LAMBDA or IAM authorizer; suppress this rule with a reason if the routes are public on purpose.',
                subPath: ['routes'],
            }));
        }
        return findings;
    },
};


/***/ }),

/***/ 34639:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deprecatedRuntime = void 0;
// SA-RUNTIME-DEPRECATED: runtimes AWS no longer patches (and soon blocks updating), and a
// heads-up for those deprecating within 90 days.
const runtimes_1 = __webpack_require__(89093);
const template_1 = __webpack_require__(97620);
const rule_1 = __webpack_require__(25093);
const SOON_DAYS = 90;
function daysBetween(from, to) {
    return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
/** The newest runtime of the same family that AWS has not scheduled for deprecation. */
function replacementFor(runtime) {
    const family = runtimes_1.RUNTIMES[runtime]?.family;
    return Object.entries(runtimes_1.RUNTIMES).find(([, info]) => info.family === family && info.deprecated === undefined)?.[0];
}
exports.deprecatedRuntime = {
    id: 'SA-RUNTIME-DEPRECATED',
    title: 'Deprecated Lambda runtime',
    severity: 'high',
    help: 'AWS stops security patches for a runtime on its deprecation date and later blocks creating and updating functions that use it.',
    check(context) {
        const findings = [];
        for (const fn of (0, template_1.resourcesOfType)(context.template, 'AWS::Lambda::Function', context.origins)) {
            const runtime = fn.properties['Runtime'];
            if (typeof runtime !== 'string')
                continue;
            const date = runtimes_1.RUNTIMES[runtime]?.deprecated;
            if (date === undefined)
                continue;
            const upgrade = replacementFor(runtime);
            const fix = `Change runtime to ${upgrade ?? 'a supported runtime'} and test the function on it.`;
            if ((0, runtimes_1.isDeprecated)(runtime, context.today)) {
                findings.push((0, rule_1.findingFor)(context, this, fn, {
                    message: `runtime ${runtime} was deprecated on ${date}: it gets no security patches`,
                    fix,
                    subPath: ['runtime'],
                }));
            }
            else if (daysBetween(context.today, date) <= SOON_DAYS) {
                findings.push((0, rule_1.findingFor)(context, this, fn, {
                    severity: 'low',
                    message: `runtime ${runtime} is deprecated on ${date} (in ${daysBetween(context.today, date)} days)`,
                    fix,
                    subPath: ['runtime'],
                }));
            }
        }
        return findings;
    },
};


/***/ }),

/***/ 59209:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.secretsInEnvironment = void 0;
exports.entropy = entropy;
exports.looksRandom = looksRandom;
exports.classifySecret = classifySecret;
exports.suggestedParameterName = suggestedParameterName;
exports.secretsFix = secretsFix;
// SA-SECRET-ENV: secrets written in plaintext into Lambda environment variables. Anyone with
// lambda:GetFunctionConfiguration (or the template in git, or the CloudFormation console) reads them.
const template_1 = __webpack_require__(97620);
const iam_references_1 = __webpack_require__(54050);
const rule_1 = __webpack_require__(25093);
const SECRET_NAME = /SECRET|PASSWORD|PASSWD|PASSPHRASE|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_?KEY/i;
/** Names that hold where a secret lives, not the secret itself. */
const REFERENCE_NAME = /_(ARN|NAME|ID|PARAM|PARAMETER|PATH|URL|URI|ENDPOINT|HEADER|TTL|EXPIRY|LENGTH|TABLE)$/i;
/** Shapes of real credentials: any one of these is critical whatever the variable's name. */
const KNOWN_SECRETS = [
    { kind: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
    { kind: 'a Stripe live key', pattern: /\b[sr]k_live_[0-9A-Za-z]{10,}/ },
    {
        kind: 'a GitHub token',
        pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})/,
    },
    { kind: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
    { kind: 'a private key (PEM)', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
    { kind: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
];
/** Shannon entropy in bits per character. */
function entropy(value) {
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** Random-looking tokens: long, no spaces, mixed letters and digits, high entropy. */
function looksRandom(value) {
    return (value.length >= 20 &&
        !/\s/.test(value) &&
        /[A-Za-z]/.test(value) &&
        /\d/.test(value) &&
        !/^(https?:|arn:|s3:)/.test(value) &&
        entropy(value) >= 4);
}
/** Values that point at a secret store rather than hold the secret. */
function isReference(value) {
    return value === '' || /^(arn:|\{\{resolve:|\/|ssm:|secretsmanager:)/.test(value);
}
/** Why a variable looks like a plaintext secret, with the severity that deserves; undefined if it does not. */
function classifySecret(name, value) {
    // Intrinsics (Ref, GetAtt, dynamic references) are resolved at deploy: not plaintext here.
    if (typeof value !== 'string' || isReference(value))
        return undefined;
    const known = KNOWN_SECRETS.find((k) => k.pattern.test(value));
    if (known)
        return { reason: `its value is ${known.kind}`, severity: 'critical' };
    if (SECRET_NAME.test(name) && !REFERENCE_NAME.test(name)) {
        return {
            reason: 'its name says it holds a secret and its value is written in plaintext',
            severity: 'high',
        };
    }
    if (looksRandom(value)) {
        return { reason: 'its value looks like a random token (high entropy)', severity: 'medium' };
    }
    return undefined;
}
exports.secretsInEnvironment = {
    id: 'SA-SECRET-ENV',
    title: 'Plaintext secret in a Lambda environment variable',
    severity: 'high',
    help: 'Environment variables are visible to anyone who can read the function configuration, and the value is committed with the config. Keep secrets in Secrets Manager or SSM Parameter Store and pass their name or ARN.',
    check(context) {
        const findings = [];
        for (const fn of (0, template_1.resourcesOfType)(context.template, 'AWS::Lambda::Function', context.origins)) {
            const variables = (0, template_1.prop)(fn.properties, 'Environment', 'Variables');
            if (!(0, template_1.isRecord)(variables))
                continue;
            const references = referenceVariables(context, fn.origin?.key);
            for (const [name, value] of Object.entries(variables)) {
                if (references.has(name))
                    continue;
                const verdict = classifySecret(name, value);
                if (!verdict)
                    continue;
                findings.push((0, rule_1.findingFor)(context, this, fn, {
                    severity: verdict.severity,
                    message: `environment variable ${name} looks like a plaintext secret: ${verdict.reason}`,
                    fix: secretsFix(name, fn.origin?.key, context.loaded?.config),
                    subPath: ['environment', name],
                }));
            }
        }
        return findings;
    },
};
/** `/project/environment/api-key`: where the fix suggests keeping the value. */
function suggestedParameterName(variable, config) {
    const leaf = variable.toLowerCase().replace(/_/g, '-');
    return config === undefined
        ? `/${leaf}`
        : `/${config.project_name}/${config.environment}/${leaf}`;
}
/** The exact lines to write: the parameter to create, then the `secrets:` entry that replaces the variable. */
function secretsFix(variable, functionKey, config) {
    const parameter = suggestedParameterName(variable, config);
    const where = functionKey === undefined ? 'the function' : `lambda_config.${functionKey}`;
    return (`Store the value as an SSM SecureString (aws ssm put-parameter --type SecureString --name ${parameter} --value ...), ` +
        `delete ${variable} from ${where}.environment and write under ${where}.secrets: \`${variable}: ssm:${parameter}\` ` +
        `(or, for a secret in Secrets Manager, \`${variable}: secretsmanager:<name>#<json-key>\`); the function then gets the parameter's name and reads the value at run time. Rotate the exposed value.`);
}
/** Variables the function's `secrets` set: they carry a parameter name or secret id, never a value. */
function referenceVariables(context, functionKey) {
    const secrets = functionKey === undefined
        ? undefined
        : context.loaded?.config.lambda_config[functionKey]?.secrets;
    return new Set(Object.keys(secrets ?? {}).flatMap((name) => [name, (0, iam_references_1.jsonKeyVariable)(name)]));
}


/***/ }),

/***/ 61295:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.apiThrottling = void 0;
// SA-API-THROTTLING: an API limited only by the account-wide default (10,000 requests/s) lets
// one client run up the Lambda and DynamoDB bill, or starve every other API in the account.
const template_1 = __webpack_require__(97620);
const rule_1 = __webpack_require__(25093);
const FIX = 'Set api_gateway_config.throttling_rate_limit and throttling_burst_limit to what the backend can serve (or a usage_plan for REST APIs).';
exports.apiThrottling = {
    id: 'SA-API-THROTTLING',
    title: 'API without throttling',
    severity: 'medium',
    help: 'Without stage throttling only the account-level limit applies, shared by every API in the account and region.',
    check(context) {
        const { template } = context;
        const findings = [];
        const throttledApis = new Set();
        for (const stage of (0, template_1.resourcesOfType)(template, 'AWS::ApiGatewayV2::Stage')) {
            const settings = stage.properties['DefaultRouteSettings'];
            if ((0, template_1.prop)(settings, 'ThrottlingRateLimit') !== undefined ||
                (0, template_1.prop)(settings, 'ThrottlingBurstLimit') !== undefined) {
                const api = (0, template_1.referencedId)(stage.properties['ApiId']);
                if (api)
                    throttledApis.add(api);
            }
        }
        for (const stage of (0, template_1.resourcesOfType)(template, 'AWS::ApiGateway::Stage')) {
            const throttled = (0, template_1.asArray)(stage.properties['MethodSettings']).some((s) => (0, template_1.prop)(s, 'ThrottlingRateLimit') !== undefined ||
                (0, template_1.prop)(s, 'ThrottlingBurstLimit') !== undefined);
            const api = (0, template_1.referencedId)(stage.properties['RestApiId']);
            if (throttled && api)
                throttledApis.add(api);
        }
        for (const plan of (0, template_1.resourcesOfType)(template, 'AWS::ApiGateway::UsagePlan')) {
            if ((0, template_1.prop)(plan.properties, 'Throttle') === undefined)
                continue;
            for (const stage of (0, template_1.asArray)(plan.properties['ApiStages'])) {
                const api = (0, template_1.referencedId)((0, template_1.prop)(stage, 'ApiId'));
                if (api)
                    throttledApis.add(api);
            }
        }
        const apis = (0, template_1.resourcesOfType)(template, ['AWS::ApiGatewayV2::Api', 'AWS::ApiGateway::RestApi'], context.origins);
        for (const api of apis) {
            if (throttledApis.has(api.logicalId))
                continue;
            findings.push((0, rule_1.findingFor)(context, this, api, {
                message: 'the API has no throttling: only the account-wide limit (10,000 requests/s shared by all APIs) applies',
                fix: FIX,
            }));
        }
        return findings;
    },
};


/***/ }),

/***/ 42124:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applySuppressions = applySuppressions;
const nag_1 = __webpack_require__(42841);
/** A suppression of `AwsSolutions-IAM5` also covers `AwsSolutions-IAM5[Action::s3:*]`. */
function matches(suppression, finding) {
    const ruleMatches = suppression.rule === finding.rule || suppression.rule === (0, nag_1.baseRuleId)(finding.rule);
    const resourceMatches = suppression.resource === '*' ||
        suppression.resource === finding.resource ||
        suppression.resource === finding.logicalId;
    return ruleMatches && resourceMatches;
}
function applySuppressions(findings, suppressions) {
    const used = new Set();
    const out = findings.map((finding) => {
        const index = suppressions.findIndex((s) => matches(s, finding));
        if (index === -1)
            return finding;
        used.add(index);
        return { ...finding, suppressed: { reason: suppressions[index].reason } };
    });
    const warnings = suppressions
        .map((s, i) => ({ s, i }))
        .filter(({ i }) => !used.has(i))
        .map(({ s, i }) => `suppressions[${i}] (rule ${s.rule}, resource ${s.resource}) matches no finding; remove it or fix the rule id / resource key`);
    return { findings: out, warnings };
}


/***/ }),

/***/ 50842:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.wholeTemplate = wholeTemplate;
// The review reads a stack as one template, whether synth wrote it flat or split it into
// nested stacks: every resource of the parent and of each nested stack, with what crosses a
// boundary followed back to what it stands for. A nested template's parameter is replaced
// by the value the parent passes (`{Ref: Table}` instead of `{Ref: referencetoTable...Ref}`)
// and a parent's `Fn::GetAtt [Nested, Outputs.X]` by the nested output's value, so the cost
// model and the rules, which follow references inside one template, see a nested function
// reach its table, route and queue exactly as a flat one does. The nested stacks' own
// AWS::CloudFormation::Stack resources are left out: they are plumbing, free, and the flat
// stack has none. Pure: the templates are read, never changed.
const templates_1 = __webpack_require__(66837);
const types_1 = __webpack_require__(18927);
const template_1 = __webpack_require__(97620);
const OUTPUT_PREFIX = 'Outputs.';
/** The stack's templates as one; a flat stack's template as it is. */
function wholeTemplate(stack) {
    const templates = (0, templates_1.templatesOf)(stack);
    if (templates.length === 1)
        return stack.template;
    const taken = new Set();
    const scopes = new Map();
    const parentIds = new Map();
    for (const id of Object.keys(stack.template.Resources)) {
        parentIds.set(id, id);
        taken.add(id);
    }
    const parent = { template: stack.template, ids: parentIds };
    scopes.set(undefined, parent);
    for (const { nestedStack, template } of templates.slice(1)) {
        const ids = new Map();
        for (const id of Object.keys(template.Resources)) {
            // Logical ids are unique across the templates synth writes; should two ever meet, the
            // nested one is prefixed with its stack's rather than hide the other.
            const merged = taken.has(id) ? `${nestedStack}${id}` : id;
            ids.set(id, merged);
            taken.add(merged);
        }
        const values = stack.template.Resources[nestedStack]?.Properties?.['Parameters'];
        scopes.set(nestedStack, {
            template,
            ids,
            passed: { values: (0, template_1.isRecord)(values) ? values : {}, scope: parent },
        });
    }
    const resources = {};
    for (const [key, scope] of scopes) {
        for (const [id, resource] of Object.entries(scope.template.Resources)) {
            if (key === undefined && resource.Type === types_1.NESTED_STACK_TYPE && scopes.has(id))
                continue;
            resources[scope.ids.get(id)] = readResource(resource, scope, scopes);
        }
    }
    const outputs = stack.template.Outputs;
    return {
        ...stack.template,
        Resources: resources,
        ...(outputs !== undefined && {
            Outputs: Object.fromEntries(Object.entries(outputs).map(([name, output]) => [
                name,
                { ...output, Value: follow(output.Value, parent, scopes) },
            ])),
        }),
    };
}
function readResource(resource, scope, scopes) {
    const out = {};
    for (const [attribute, value] of Object.entries(resource)) {
        if (attribute === 'Type' || attribute === 'Metadata' || attribute === 'Condition') {
            out[attribute] = value;
        }
        else if (attribute === 'DependsOn') {
            const rename = (id) => scope.ids.get(id) ?? id;
            out[attribute] = Array.isArray(value) ? value.map(rename) : rename(value);
        }
        else {
            out[attribute] = follow(value, scope, scopes);
        }
    }
    return out;
}
/** `value` with its references rewritten for the whole template. */
function follow(value, scope, scopes) {
    if (Array.isArray(value))
        return value.map((item) => follow(item, scope, scopes));
    if (!(0, template_1.isRecord)(value))
        return value;
    const keys = Object.keys(value);
    if (keys.length === 1) {
        const ref = value['Ref'];
        if (typeof ref === 'string')
            return followRef(ref, scope, scopes) ?? value;
        const getAtt = value['Fn::GetAtt'];
        const target = getAttParts(getAtt);
        if (target)
            return followGetAtt(target[0], target[1], scope, scopes) ?? value;
        const sub = value['Fn::Sub'];
        if (sub !== undefined)
            return followSub(sub, scope, scopes);
    }
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, follow(child, scope, scopes)]));
}
function followRef(ref, scope, scopes) {
    const id = scope.ids.get(ref);
    if (id !== undefined)
        return { Ref: id };
    if (scope.passed && Object.hasOwn(scope.passed.values, ref)) {
        return follow(scope.passed.values[ref], scope.passed.scope, scopes);
    }
    return undefined;
}
function followGetAtt(target, attribute, scope, scopes) {
    const id = scope.ids.get(target);
    if (id === undefined)
        return undefined;
    const child = scope.passed === undefined ? scopes.get(target) : undefined;
    if (child && attribute.startsWith(OUTPUT_PREFIX)) {
        const output = child.template.Outputs?.[attribute.slice(OUTPUT_PREFIX.length)];
        if (output !== undefined)
            return follow(output.Value, child, scopes);
    }
    return { 'Fn::GetAtt': [id, attribute] };
}
/**
 * A `Fn::Sub` whose variables name something outside its template: each such variable is
 * given its followed value in the variables map, the way CloudFormation reads it.
 */
function followSub(sub, scope, scopes) {
    const [text, variables] = (Array.isArray(sub) ? sub : [sub]);
    if (typeof text !== 'string')
        return { 'Fn::Sub': follow(sub, scope, scopes) };
    const given = (0, template_1.isRecord)(variables) ? variables : {};
    const added = {};
    for (const match of text.matchAll(/\$\{([A-Za-z0-9:]+)(?:\.([A-Za-z0-9.]+))?\}/g)) {
        const [whole, name, attribute] = match;
        const variable = whole.slice(2, -1);
        if (name === undefined || Object.hasOwn(given, variable) || name.includes(':'))
            continue;
        const followed = attribute === undefined
            ? followRef(name, scope, scopes)
            : followGetAtt(name, attribute, scope, scopes);
        const same = attribute === undefined ? { Ref: name } : { 'Fn::GetAtt': [name, attribute] };
        if (followed !== undefined && JSON.stringify(followed) !== JSON.stringify(same)) {
            added[variable] = followed;
        }
    }
    const followedGiven = follow(given, scope, scopes);
    if (Object.keys(added).length === 0 && variables === undefined)
        return { 'Fn::Sub': text };
    return { 'Fn::Sub': [text, { ...followedGiven, ...added }] };
}
function getAttParts(value) {
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
        return [value[0], value[1]];
    }
    if (typeof value === 'string' && value.includes('.')) {
        const dot = value.indexOf('.');
        return [value.slice(0, dot), value.slice(dot + 1)];
    }
    return undefined;
}


/***/ }),

/***/ 96297:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"region":"us-east-1","currency":"USD","date":"2025-06-01","note":"AWS list prices without free tier. Rebuild with: npx ts-node scripts/refresh-prices.ts","prices":{"lambda.requests":{"description":"Lambda requests","unit":"requests","per":1000000,"tiers":[{"upTo":null,"usd":0.2}],"source":"https://aws.amazon.com/lambda/pricing/","date":"2025-06-01"},"lambda.duration.x86_64":{"description":"Lambda duration (x86_64)","unit":"GB-seconds","per":1,"tiers":[{"upTo":6000000000,"usd":0.0000166667},{"upTo":15000000000,"usd":0.000015},{"upTo":null,"usd":0.0000133334}],"source":"https://aws.amazon.com/lambda/pricing/","date":"2025-06-01"},"lambda.duration.arm64":{"description":"Lambda duration (arm64)","unit":"GB-seconds","per":1,"tiers":[{"upTo":7500000000,"usd":0.0000133334},{"upTo":18750000000,"usd":0.0000120001},{"upTo":null,"usd":0.0000106667}],"source":"https://aws.amazon.com/lambda/pricing/","date":"2025-06-01"},"lambda.provisioned.x86_64":{"description":"Lambda provisioned concurrency (x86_64)","unit":"GB-seconds","per":1,"tiers":[{"upTo":null,"usd":0.0000041667}],"source":"https://aws.amazon.com/lambda/pricing/","date":"2025-06-01"},"lambda.provisioned.arm64":{"description":"Lambda provisioned concurrency (arm64)","unit":"GB-seconds","per":1,"tiers":[{"upTo":null,"usd":0.0000033334}],"source":"https://aws.amazon.com/lambda/pricing/","date":"2025-06-01"},"lambda.provisioned-duration.x86_64":{"description":"Lambda duration on provisioned concurrency (x86_64)","unit":"GB-seconds","per":1,"tiers":[{"upTo":null,"usd":0.0000097222}],"source":"https://aws.amazon.com/lambda/pricing/","date":"2025-06-01"},"lambda.provisioned-duration.arm64":{"description":"Lambda duration on provisioned concurrency (arm64)","unit":"GB-seconds","per":1,"tiers":[{"upTo":null,"usd":0.0000077778}],"source":"https://aws.amazon.com/lambda/pricing/","date":"2025-06-01"},"apigateway.http.requests":{"description":"HTTP API requests","unit":"requests","per":1000000,"tiers":[{"upTo":300000000,"usd":1},{"upTo":null,"usd":0.9}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"apigateway.rest.requests":{"description":"REST API requests","unit":"requests","per":1000000,"tiers":[{"upTo":333000000,"usd":3.5},{"upTo":1000000000,"usd":2.8},{"upTo":20000000000,"usd":2.38},{"upTo":null,"usd":1.51}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"apigateway.websocket.messages":{"description":"WebSocket messages","unit":"messages","per":1000000,"tiers":[{"upTo":1000000000,"usd":1},{"upTo":null,"usd":0.8}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"apigateway.websocket.connection-minutes":{"description":"WebSocket connection minutes","unit":"connection-minutes","per":1000000,"tiers":[{"upTo":null,"usd":0.25}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"apigateway.rest.cache.0.5":{"description":"REST API cache 0.5 GB","unit":"hours","per":1,"tiers":[{"upTo":null,"usd":0.02}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"apigateway.rest.cache.1.6":{"description":"REST API cache 1.6 GB","unit":"hours","per":1,"tiers":[{"upTo":null,"usd":0.038}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"apigateway.rest.cache.6.1":{"description":"REST API cache 6.1 GB","unit":"hours","per":1,"tiers":[{"upTo":null,"usd":0.2}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"apigateway.rest.cache.13.5":{"description":"REST API cache 13.5 GB","unit":"hours","per":1,"tiers":[{"upTo":null,"usd":0.25}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"apigateway.rest.cache.28.4":{"description":"REST API cache 28.4 GB","unit":"hours","per":1,"tiers":[{"upTo":null,"usd":0.5}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"apigateway.rest.cache.58.2":{"description":"REST API cache 58.2 GB","unit":"hours","per":1,"tiers":[{"upTo":null,"usd":1}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"apigateway.rest.cache.118":{"description":"REST API cache 118 GB","unit":"hours","per":1,"tiers":[{"upTo":null,"usd":1.9}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"apigateway.rest.cache.237":{"description":"REST API cache 237 GB","unit":"hours","per":1,"tiers":[{"upTo":null,"usd":3.8}],"source":"https://aws.amazon.com/api-gateway/pricing/","date":"2025-06-01"},"dynamodb.on-demand.read":{"description":"DynamoDB on-demand read request units","unit":"read request units","per":1000000,"tiers":[{"upTo":null,"usd":0.125}],"source":"https://aws.amazon.com/dynamodb/pricing/","date":"2025-06-01"},"dynamodb.on-demand.write":{"description":"DynamoDB on-demand write request units","unit":"write request units","per":1000000,"tiers":[{"upTo":null,"usd":0.625}],"source":"https://aws.amazon.com/dynamodb/pricing/","date":"2025-06-01"},"dynamodb.provisioned.read":{"description":"DynamoDB provisioned read capacity","unit":"RCU-hours","per":1,"tiers":[{"upTo":null,"usd":0.00013}],"source":"https://aws.amazon.com/dynamodb/pricing/","date":"2025-06-01"},"dynamodb.provisioned.write":{"description":"DynamoDB provisioned write capacity","unit":"WCU-hours","per":1,"tiers":[{"upTo":null,"usd":0.00065}],"source":"https://aws.amazon.com/dynamodb/pricing/","date":"2025-06-01"},"dynamodb.storage":{"description":"DynamoDB table storage (Standard class)","unit":"GB-months","per":1,"tiers":[{"upTo":null,"usd":0.25}],"source":"https://aws.amazon.com/dynamodb/pricing/","date":"2025-06-01"},"dynamodb.pitr":{"description":"DynamoDB continuous backups (PITR)","unit":"GB-months","per":1,"tiers":[{"upTo":null,"usd":0.2}],"source":"https://aws.amazon.com/dynamodb/pricing/","date":"2025-06-01"},"dynamodb.streams.read":{"description":"DynamoDB Streams read request units","unit":"stream read request units","per":1000000,"tiers":[{"upTo":null,"usd":0.2}],"source":"https://aws.amazon.com/dynamodb/pricing/","date":"2025-06-01"},"sqs.standard.requests":{"description":"SQS standard queue requests","unit":"requests","per":1000000,"tiers":[{"upTo":100000000000,"usd":0.4},{"upTo":200000000000,"usd":0.3},{"upTo":null,"usd":0.24}],"source":"https://aws.amazon.com/sqs/pricing/","date":"2025-06-01"},"sqs.fifo.requests":{"description":"SQS FIFO queue requests","unit":"requests","per":1000000,"tiers":[{"upTo":100000000000,"usd":0.5},{"upTo":200000000000,"usd":0.4},{"upTo":null,"usd":0.35}],"source":"https://aws.amazon.com/sqs/pricing/","date":"2025-06-01"},"sns.requests":{"description":"SNS standard topic API requests","unit":"requests","per":1000000,"tiers":[{"upTo":null,"usd":0.5}],"source":"https://aws.amazon.com/sns/pricing/","date":"2025-06-01"},"eventbridge.custom-events":{"description":"EventBridge custom events published","unit":"events","per":1000000,"tiers":[{"upTo":null,"usd":1}],"source":"https://aws.amazon.com/eventbridge/pricing/","date":"2025-06-01"},"logs.ingestion":{"description":"CloudWatch Logs ingestion (Standard class)","unit":"GB","per":1,"tiers":[{"upTo":null,"usd":0.5}],"source":"https://aws.amazon.com/cloudwatch/pricing/","date":"2025-06-01"},"logs.storage":{"description":"CloudWatch Logs storage","unit":"GB-months","per":1,"tiers":[{"upTo":null,"usd":0.03}],"source":"https://aws.amazon.com/cloudwatch/pricing/","date":"2025-06-01"},"cloudwatch.alarm":{"description":"CloudWatch standard-resolution alarm","unit":"alarm metrics","per":1,"tiers":[{"upTo":null,"usd":0.1}],"source":"https://aws.amazon.com/cloudwatch/pricing/","date":"2025-06-01"},"xray.traces":{"description":"X-Ray traces recorded","unit":"traces","per":1000000,"tiers":[{"upTo":null,"usd":5}],"source":"https://aws.amazon.com/xray/pricing/","date":"2025-06-01"},"kms.key":{"description":"KMS customer managed key","unit":"key-months","per":1,"tiers":[{"upTo":null,"usd":1}],"source":"https://aws.amazon.com/kms/pricing/","date":"2025-06-01"},"kinesis.shard-hours":{"description":"Kinesis Data Streams shard (provisioned)","unit":"shard-hours","per":1,"tiers":[{"upTo":null,"usd":0.015}],"source":"https://aws.amazon.com/kinesis/data-streams/pricing/","date":"2025-06-01"},"s3.storage":{"description":"S3 Standard storage","unit":"GB-months","per":1,"tiers":[{"upTo":51200,"usd":0.023},{"upTo":512000,"usd":0.022},{"upTo":null,"usd":0.021}],"source":"https://aws.amazon.com/s3/pricing/","date":"2025-06-01"},"s3.requests":{"description":"S3 GET and other requests","unit":"requests","per":1000,"tiers":[{"upTo":null,"usd":0.0004}],"source":"https://aws.amazon.com/s3/pricing/","date":"2025-06-01"}}}');

/***/ })

};
;