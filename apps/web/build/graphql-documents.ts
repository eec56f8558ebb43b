import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const CALL = /graphql\(\s*`\s*(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)[\s\S]*?`\s*\)/g;
const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*'@web\/gql';?/;
const EXPORT = /^export const ([A-Za-z0-9_]+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const PREFIX = 'virtual:gp-document/';

/**
 * Replaces each graphql(`...`) call with the document codegen generated for
 * it (AgendasDocument, LocalizedTextFieldsFragmentDoc), each served as a
 * module of its own: codegen writes every document into one file, which the
 * bundler would keep whole in one chunk that every page loads. Same result at
 * run time; a page bundles the documents it uses and no others.
 */
export function graphqlDocuments(generated: string): Plugin {
  let documents: Map<string, string> | undefined;
  const documentsByName = (): Map<string, string> => {
    documents ??= new Map([...readFileSync(generated, 'utf8').matchAll(EXPORT)].map(([, name, literal]) => [name, literal]));
    return documents;
  };
  return {
    name: 'grensportaal-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      const literal = documentsByName().get(name);
      if (!literal) this.error(`no generated document ${name}: run the web codegen`);
      return `export default ${literal};`;
    },
    transform(code, id) {
      if (!IMPORT.test(code) || id.includes('/src/gql/')) return null;
      const names = new Set<string>();
      const replaced = code.replace(CALL, (_match, kind: string, name: string) => {
        const document = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        names.add(document);
        return `__${document}`;
      });
      if (names.size === 0 || /\bgraphql\(/.test(replaced)) return null;
      const imports = [...names].map((name) => `import __${name} from '${PREFIX}${name}';`).join('\n');
      return { code: replaced.replace(IMPORT, imports), map: null };
    },
  };
}
