import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '@grensportaal/shared-domain';
import { NAMESPACES, resources } from './resources';

const localesDir = join(__dirname, '..', 'locales');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function load(language: string, file: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(localesDir, language, file), 'utf8')) as Tree);
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
}

describe('locale files', () => {
  const files = readdirSync(join(localesDir, 'en')).filter((f) => f.endsWith('.json')).sort();

  it('have the same namespace files in nl, de and en', () => {
    for (const language of LANGUAGES) {
      expect(readdirSync(join(localesDir, language)).filter((f) => f.endsWith('.json')).sort()).toEqual(files);
    }
  });

  it('registers every namespace file in the shared resources', () => {
    expect([...NAMESPACES].sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')));
  });

  it.each(files)('%s has exactly the same keys in nl, de and en', (file) => {
    const en = [...load('en', file).keys()].sort();
    for (const language of ['nl', 'de']) {
      const keys = [...load(language, file).keys()].sort();
      expect({ language, missing: en.filter((k) => !keys.includes(k)), extra: keys.filter((k) => !en.includes(k)) }).toEqual({
        language,
        missing: [],
        extra: [],
      });
    }
  });

  it.each(files)('%s uses the same placeholders and no empty texts in every language', (file) => {
    const en = load('en', file);
    for (const language of LANGUAGES) {
      for (const [key, text] of load(language, file)) {
        expect({ key, language, empty: text.trim() === '' }).toEqual({ key, language, empty: false });
        expect({ key, language, placeholders: placeholders(text) }).toEqual({
          key,
          language,
          placeholders: placeholders(en.get(key) ?? ''),
        });
      }
    }
  });

  it('exposes the files through the resources object', () => {
    expect(resources.de.common.skipLink).toBe(load('de', 'common.json').get('skipLink'));
  });
});
