"use strict";
exports.id = 707;
exports.ids = [707];
exports.modules = {

/***/ 92488:
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
exports.synthCommand = void 0;
// `serverless-action synth`: load the config, synthesize the stack, write the cloud assembly
// to --out. No AWS calls. JSON output: {"stackName","templateFile","resourceCount"}.
const node_path_1 = __webpack_require__(76760);
const config_1 = __webpack_require__(89750);
const errors_1 = __webpack_require__(83916);
const synthCommand = async ({ options, logger, print, cwd }) => {
    const loaded = await (0, config_1.loadConfig)(options.config, {
        cwd,
        ...(options.environment !== undefined && { environment: options.environment }),
    });
    // Diagnostics already read `FILE:LINE:COLUMN: warning: ...`; info() keeps them as they are.
    loaded.warnings.forEach((warning) => logger.info((0, errors_1.formatDiagnostic)(warning)));
    // aws-cdk-lib is loaded here, not at the top: `validate` must never pay for it.
    const { synthesize } = await Promise.resolve().then(() => __importStar(__webpack_require__(30790)));
    const started = Date.now();
    const stack = await synthesize(loaded, {
        outDir: (0, node_path_1.resolve)(cwd, options.out),
        ...(options.artifactBucket !== undefined && { artifactBucket: options.artifactBucket }),
    });
    (stack.warnings ?? []).forEach((warning) => logger.warn(warning));
    logger.debug(`synthesized in ${Date.now() - started} ms`);
    if (options.format === 'json') {
        print(JSON.stringify({
            stackName: stack.stackName,
            templateFile: stack.templateFile,
            resourceCount: stack.resourceCount,
        }));
    }
    else {
        print([
            `${stack.stackName}: ${stack.resourceCount} resources`,
            `  template: ${(0, node_path_1.relative)(cwd, stack.templateFile) || stack.templateFile}`,
            `  assets:   ${(0, node_path_1.relative)(cwd, stack.assetManifestFile) || stack.assetManifestFile}`,
        ].join('\n'));
    }
    return 0;
};
exports.synthCommand = synthCommand;


/***/ }),

/***/ 18927:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_STACK_RESOURCES = exports.STACK_OUTPUTS = exports.ORIGIN_METADATA_KEY = void 0;
exports.ORIGIN_METADATA_KEY = 'serverless-action:origin';
/** Names of the stack's CloudFormation Outputs (pinned: the deploy step reads them). The four
 * maps are JSON object strings keyed by config key; the API outputs exist only with an API. */
exports.STACK_OUTPUTS = {
    lambdaFunctionNames: 'LambdaFunctionNames',
    lambdaFunctionArns: 'LambdaFunctionArns',
    dynamodbTableNames: 'DynamodbTableNames',
    dynamodbTableArns: 'DynamodbTableArns',
    apiGatewayId: 'ApiGatewayId',
    apiGatewayEndpoint: 'ApiGatewayEndpoint',
};
/** CloudFormation's limit on resources in one stack. */
exports.MAX_STACK_RESOURCES = 500;


/***/ })

};
;