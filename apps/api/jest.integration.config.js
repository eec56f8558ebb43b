// `npm run test:integration`: the API against a real PostgreSQL (DATABASE_URL's
// server, or an embedded one), one fresh database per run, in band.
const { base, swc } = require('../../jest.preset');

module.exports = {
  ...base,
  displayName: 'api-integration',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps/api/test'],
  testMatch: ['**/*.integration-spec.ts'],
  transform: { '^.+\\.(ts|js|mjs)$': swc() },
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.mjs',
  testTimeout: 60000,
  maxWorkers: 1,
};
