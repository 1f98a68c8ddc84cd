/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Transpile only (isolatedModules in tsconfig.json): type-checking is `npm run typecheck`.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 60000,
  // Integration tests start their own moto_server; two workers match this machine's two cores.
  maxWorkers: 2,
};
