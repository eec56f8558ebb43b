import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations for the web app, generated from the committed API schema (the contract). */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', LocalDate: 'string' } },
    },
  },
};

export default config;
