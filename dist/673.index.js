"use strict";
exports.id = 673;
exports.ids = [673];
exports.modules = {

/***/ 30010:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateCommand = void 0;
exports.formatJson = formatJson;
exports.formatText = formatText;
// `serverless-action validate`: load and check the config, print every problem.
// text: one `FILE:LINE:COLUMN: severity: message` line each, then a summary line;
// json: exactly {"valid", "errors": [{path, line, column, message}], "warnings": [...]}.
// Exit 0 when valid (warnings allowed), 1 when not.
const config_1 = __webpack_require__(89750);
const errors_1 = __webpack_require__(83916);
const validateCommand = async (context) => {
    const { options } = context;
    const result = await (0, config_1.validateConfig)(options.config, {
        cwd: context.cwd,
        ...(options.environment !== undefined && { environment: options.environment }),
    });
    context.print(options.format === 'json' ? formatJson(result) : formatText(result, options.config));
    return result.valid ? 0 : 1;
};
exports.validateCommand = validateCommand;
function formatJson(result) {
    const entry = (d) => ({
        path: d.path,
        line: d.line,
        column: d.column,
        message: d.message,
    });
    return JSON.stringify({ valid: result.valid, errors: result.errors.map(entry), warnings: result.warnings.map(entry) }, null, 2);
}
function formatText(result, file) {
    // Errors and warnings interleaved in file order, the way an editor lists them.
    const lines = [...result.errors, ...result.warnings]
        .sort((a, b) => a.line - b.line || a.column - b.column)
        .map(errors_1.formatDiagnostic);
    const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const summary = result.valid
        ? `${file}: valid` +
            (result.warnings.length > 0 ? ` (${count(result.warnings.length, 'warning')})` : '')
        : `${file}: invalid: ${count(result.errors.length, 'error')}, ${count(result.warnings.length, 'warning')}`;
    return [...lines, summary].join('\n');
}


/***/ })

};
;