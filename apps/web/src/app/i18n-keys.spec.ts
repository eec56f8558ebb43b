import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '@grensportaal/shared-domain';
import { resources } from '@grensportaal/shared-i18n';

const ROOTS = [join(__dirname, '..'), join(__dirname, '../../../../libs/web/ui/src')];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.spec\./.test(name) ? [path] : [];
  });
}

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

const code = ROOTS.flatMap(sources).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('every string the web app shows exists in nl, de and en', () => {
  it('finds the literal keys (t("ns:key")) in every language', () => {
    const missing: string[] = [];
    for (const { file, text } of code) {
      for (const [, ns, key] of text.matchAll(/\bt\(\s*'([a-zA-Z]+):([^'$]+)'/g)) {
        for (const language of LANGUAGES) {
          const bundle = (resources[language] as Record<string, unknown>)[ns];
          const found = lookup(bundle, key) !== undefined || (lookup(bundle, `${key}_one`) !== undefined && lookup(bundle, `${key}_other`) !== undefined);
          if (!found) missing.push(`${language} ${ns}:${key} (${file.split('/src/').pop()})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds the group of every computed key (t(`ns:group.${value}`)) in every language', () => {
    const missing: string[] = [];
    for (const { text } of code) {
      for (const [, ns, prefix] of text.matchAll(/\bt\(\s*`([a-zA-Z]+):([a-zA-Z.]+)\.\$\{/g)) {
        for (const language of LANGUAGES) {
          const group = lookup((resources[language] as Record<string, unknown>)[ns], prefix);
          if (!group || typeof group !== 'object') missing.push(`${language} ${ns}:${prefix}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
