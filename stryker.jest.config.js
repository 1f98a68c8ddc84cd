/**
 * Jest for `npm run mutate` (stryker.config.json): only the unit tests of the mutated modules
 * (cost, change classification and the data-loss guard, config checks), in one project,
 * without the slow property tests (fast-check runs them on every mutant they cover).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // src/ too: --findRelatedTests (Stryker runs only the test files that import a mutant's file)
  // follows imports only through files under roots.
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: [
    '<rootDir>/test/review/cost/*.test.ts',
    '<rootDir>/test/report/*.test.ts',
    '<rootDir>/test/deploy/classify.test.ts',
    '<rootDir>/test/deploy/guard.test.ts',
    '<rootDir>/test/deploy/rollback.test.ts',
    '<rootDir>/test/config/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '\\.(int|moto|property)\\.test\\.ts$'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 60000,
};
