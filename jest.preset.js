// Shared Jest settings: @swc/jest (decorators with metadata, class names kept
// for Nest and GraphQL), the path aliases of tsconfig.base.json, ESM-only
// dependencies compiled to CommonJS.
const { join } = require('node:path');

const root = __dirname;

function swc({ tsx = false, react = false } = {}) {
  return [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx, decorators: true, dynamicImport: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          useDefineForClassFields: false,
          ...(react ? { react: { runtime: 'automatic' } } : {}),
        },
        keepClassNames: true,
        target: 'es2022',
      },
      module: { type: 'commonjs', ignoreDynamic: false },
      sourceMaps: 'inline',
    },
  ];
}

const moduleNameMapper = {
  '^@grensportaal/shared-domain$': join(root, 'libs/shared/domain/src/index.ts'),
  '^@grensportaal/shared-i18n$': join(root, 'libs/shared/i18n/src/index.ts'),
  '^@grensportaal/web-ui$': join(root, 'libs/web/ui/src/index.ts'),
  '^@api/(.*)$': join(root, 'apps/api/src/$1'),
  '^@web/(.*)$': join(root, 'apps/web/src/$1'),
  '^@dev-idp/(.*)$': join(root, 'apps/dev-idp/src/$1'),
  // The NL Design System React packages are ESM-only with "import"-only exports.
  '^@utrecht/([a-z0-9-]+-react)$': join(root, 'node_modules/@utrecht/$1/dist/index.mjs'),
  '\\.css$': join(root, 'tools/jest/style-stub.js'),
  // file-type is ESM-only with "import"-only exports for Node (the API loads it with Node's require of ES modules).
  '^file-type$': join(root, 'node_modules/file-type/index.js'),
};

module.exports = {
  root,
  swc,
  moduleNameMapper,
  base: {
    rootDir: root,
    moduleNameMapper,
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
    transformIgnorePatterns: ['/node_modules/(?!(jose|@utrecht|file-type|strtok3|token-types|uint8array-extras|@tokenizer/inflate|@borewit)/)'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  },
};
