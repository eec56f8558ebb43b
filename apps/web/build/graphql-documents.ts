import type { Plugin } from 'vite';

const CALL = /graphql\(\s*`\s*(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)[\s\S]*?`\s*\)/g;
const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*'@web\/gql';?/;

/**
 * Replaces each graphql(`...`) call with the document codegen generated for
 * it (AgendasDocument, LocalizedTextFieldsFragmentDoc), so a page bundles the
 * documents it uses instead of the client preset's lookup table of all of
 * them. Same result at run time, without the table in the first page's code.
 */
export function graphqlDocuments(): Plugin {
  return {
    name: 'grensportaal-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!IMPORT.test(code) || id.includes('/src/gql/')) return null;
      const names: string[] = [];
      const replaced = code.replace(CALL, (_match, kind: string, name: string) => {
        const document = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        names.push(document);
        return document;
      });
      if (names.length === 0 || /\bgraphql\(/.test(replaced)) return null;
      return { code: replaced.replace(IMPORT, `import { ${[...new Set(names)].join(', ')} } from '@web/gql/graphql';`), map: null };
    },
  };
}
