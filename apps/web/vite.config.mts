import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents';
import { precompress } from './build/precompress';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  plugins: [graphqlDocuments(here('./src/gql/graphql.ts')), react(), precompress()],
  resolve: {
    alias: {
      '@grensportaal/shared-domain': here('../../libs/shared/domain/src/index.ts'),
      // The browser entry: the strings come per language, on demand (see browser.ts).
      '@grensportaal/shared-i18n': here('../../libs/shared/i18n/src/browser.ts'),
      '@grensportaal/web-ui': here('../../libs/web/ui/src/index.ts'),
      '@web': here('./src'),
    },
  },
  build: {
    outDir: here('../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    // bench:web reads which chunks each page loads from here.
    manifest: true,
    target: 'es2022',
    reportCompressedSize: false,
    rolldownOptions: {
      treeshake: {
        // Our UI library's components have no side effects (its index has one: it loads the styles), so importing
        // one component does not pull the others (react-aria's dialog, date picker, combobox) into the first page.
        moduleSideEffects: (id: string) => !/\/libs\/web\/ui\/src\/(?!index\.ts$)[^/]+\.tsx?$/.test(id),
      },
    },
  },
  server: {
    port: 4200,
    proxy: { '/graphql': 'http://localhost:3000', '/health': 'http://localhost:3000', '/events': 'http://localhost:3000', '/exports': 'http://localhost:3000', '/imports': 'http://localhost:3000', '^/reports/[^/]+/file': 'http://localhost:3000' },
  },
});
