import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the API's integration tests, from the committed schema (the same contract the web app is typed from). */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/api/test/**/*.ts', '!apps/api/test/gql/**/*'],
  ignoreNoDocuments: true,
  // Only operation(`…`) is a document here (graphql() is the tests' request helper).
  pluckConfig: { globalGqlIdentifierName: 'operation', modules: [] },
  generates: {
    'apps/api/test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'operation' },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', LocalDate: 'string' } },
    },
  },
};

export default config;
