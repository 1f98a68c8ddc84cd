/**
 * Two projects (DEVELOPERS.md, "Tests"):
 * - unit: every *.test.ts except the integration ones; pure, and held to it by
 *   test/support/unit-guard.ts (no child process, no socket). `npm test -- --selectProjects unit`.
 * - integration: *.int.test.ts and *.moto.test.ts: moto_server (shared per worker,
 *   test/support/moto.ts), cfn-lint, the bundled dist/, child processes, loopback servers.
 * `npm test` runs both. bench/ is not under roots: speed is measured there, never asserted.
 */
const INTEGRATION = '\\.(int|moto)\\.test\\.ts$';

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    // Transpile only (isolatedModules in tsconfig.json): type-checking is `npm run typecheck`.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', INTEGRATION],
      setupFilesAfterEnv: ['<rootDir>/test/support/unit-guard.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testRegex: INTEGRATION,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  testTimeout: 60000,
  // Two workers match this machine's two cores; each shares one moto_server per kind.
  maxWorkers: 2,
};
