// The tool's version, for report footers and SARIF; test/version.test.ts keeps it equal to
// package.json's (a require of package.json would pull the whole file into the bundle).
export const TOOL_VERSION = '0.1.0';
