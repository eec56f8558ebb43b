// `npm run test:unit`: every test that needs no database, in one run.
const { base, swc } = require('./jest.preset');

module.exports = {
  projects: [
    {
      ...base,
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps/api/src'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.(ts|js|mjs)$': swc() },
    },
    {
      ...base,
      displayName: 'shared',
      testEnvironment: 'node',
      roots: ['<rootDir>/libs/shared'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.(ts|js|mjs)$': swc() },
    },
    {
      ...base,
      displayName: 'web',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/apps/web/src', '<rootDir>/libs/web'],
      testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
      setupFilesAfterEnv: ['<rootDir>/apps/web/jest.setup.ts'],
      transform: { '^.+\\.(ts|tsx|js|mjs)$': swc({ tsx: true, react: true }) },
    },
  ],
};
