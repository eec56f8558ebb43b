import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY } from './glossary';

const localesDir = join(__dirname, '..', 'locales');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
}

/** Every text of every namespace in one language, keyed namespace:key. */
function texts(language: string): Map<string, string> {
  const files = readdirSync(join(localesDir, language)).filter((f) => f.endsWith('.json'));
  return new Map(files.flatMap((file) => flatten(JSON.parse(readFileSync(join(localesDir, language, file), 'utf8')) as Tree, `${file.replace(/\.json$/, '')}:`)));
}

// The texts of the development sign-in page describe a test tool, not the register.
const OUTSIDE_THE_REGISTER = /^devIdp:/;
const en = texts('en');
const other = { nl: texts('nl'), de: texts('de') };

describe('the glossary (libs/shared/i18n/GLOSSARY.md)', () => {
  it.each(GLOSSARY.map((term) => [term.concept, term] as const))('%s: the agreed word in every text that names it, in every namespace', (_concept, term) => {
    const wrong: string[] = [];
    for (const [key, english] of en) {
      // A placeholder such as {{ministry}} is a value, not a word of the text.
      if (OUTSIDE_THE_REGISTER.test(key) || !term.en.test(english.replace(/\{\{[^}]*\}\}/g, ''))) continue;
      for (const language of ['nl', 'de'] as const) {
        const text = other[language].get(key) ?? '';
        if (!term[language].test(text)) wrong.push(`${language} ${key}: "${text}" (en: "${english}")`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(GLOSSARY.filter((term) => term.avoid).map((term) => [term.concept, term] as const))('%s: none of the words it replaced', (_concept, term) => {
    const found: string[] = [];
    for (const [language, pattern] of Object.entries(term.avoid ?? {})) {
      for (const [key, text] of language === 'en' ? en : other[language as 'nl' | 'de']) if (!OUTSIDE_THE_REGISTER.test(key) && pattern!.test(text)) found.push(`${language} ${key}: "${text}"`);
    }
    expect(found).toEqual([]);
  });
});

describe('the glossary words keep their meaning', () => {
  // A word agreed for a concept is not borrowed for another thing: where the
  // German says "Anfrage", the English names a question to a ministry.
  it.each(GLOSSARY.filter((term) => term.exclusive).map((term) => [term.concept, term] as const))('%s: the agreed word only where the English names the concept', (_concept, term) => {
    const borrowed: string[] = [];
    for (const [language, pattern] of Object.entries(term.exclusive ?? {}) as Array<['nl' | 'de', RegExp]>) {
      for (const [key, text] of other[language]) {
        const english = (en.get(key) ?? '').replace(/\{\{[^}]*\}\}/g, '');
        if (!OUTSIDE_THE_REGISTER.test(key) && pattern.test(text) && !term.en.test(english)) borrowed.push(`${language} ${key}: "${text}" (en: "${english}")`);
      }
    }
    expect(borrowed).toEqual([]);
  });
});
