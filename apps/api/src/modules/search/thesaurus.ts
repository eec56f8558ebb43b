import { Language, LANGUAGES } from '@grensportaal/shared-domain';
import { fold, ParsedQuery, spellingVariants, Term } from './search-query';

/** One concept of the domain thesaurus: its words in each language. */
export interface ThesaurusConcept {
  code: string;
  terms: Record<Language, string[]>;
}

/** A term of the query with everything it may also be written as. */
export interface ExpandedTerm {
  text: string;
  phrase: boolean;
  /** The term itself first, then its spelling variants and the thesaurus's equivalents. */
  alternatives: string[];
  /** The concepts that widened it (shown to the user). */
  concepts: string[];
}

export interface ExpandedQuery {
  groups: ExpandedTerm[][];
  excluded: ExpandedTerm[];
}

/** Endings of plurals and inflections in nl/de/en that still name the same thesaurus term. */
const ENDINGS = ['', 's', 'n', 'e', 'en', 'es', 'er', 'ern', 'nen'];

/** Words as the thesaurus compares them: folded, and German umlauts written out (ae) read as the plain vowel, as ä is. */
const words = (text: string) =>
  fold(text)
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

function sameTerm(typed: string[], term: string[]): boolean {
  if (typed.length !== term.length) return false;
  return typed.every((word, i) => {
    if (i < term.length - 1) return word === term[i];
    const [a, b] = word.length >= term[i].length ? [word, term[i]] : [term[i], word];
    return a.startsWith(b) && ENDINGS.includes(a.slice(b.length));
  });
}

const LONGEST_TERM = 4;

/**
 * Widens a parsed query: each run of plain words that names a thesaurus
 * concept ("cross-border workers", "grensarbeiders") becomes one term whose
 * alternatives are that concept's words in every language, so a Dutch query
 * finds a text written only in German. Phrases keep their words exactly;
 * excluded terms are widened too (-Homeoffice also leaves out "thuiswerken").
 */
export function expandQuery(query: ParsedQuery, concepts: readonly ThesaurusConcept[]): ExpandedQuery {
  const indexed = concepts.map((c) => ({ code: c.code, all: LANGUAGES.flatMap((l) => c.terms[l] ?? []), folded: LANGUAGES.flatMap((l) => (c.terms[l] ?? []).map(words)) }));
  const conceptsOf = (typed: string[]) => indexed.filter((c) => c.folded.some((term) => sameTerm(typed, term)));
  const widen = (text: string, phrase: boolean, found: typeof indexed): ExpandedTerm => {
    const alternatives = new Map<string, string>();
    // The words as typed may spell ä as ae; the thesaurus's own words are written properly.
    for (const candidate of [...spellingVariants(text), ...found.flatMap((c) => c.all)]) if (!alternatives.has(fold(candidate))) alternatives.set(fold(candidate), candidate);
    return { text, phrase, alternatives: [...alternatives.values()], concepts: found.map((c) => c.code) };
  };
  const single = (term: Term): ExpandedTerm => widen(term.text, term.phrase, conceptsOf(words(term.text)));

  const groups: ExpandedTerm[][] = [];
  for (let i = 0; i < query.groups.length; ) {
    const group = query.groups[i];
    // Only a run of plain single words (not phrases, not `or` choices) can make up a multi-word term.
    let taken = 0;
    let found: typeof indexed = [];
    for (let n = LONGEST_TERM; n >= 2 && !taken; n -= 1) {
      const run = query.groups.slice(i, i + n);
      if (run.length < n || run.some((g) => g.length !== 1 || g[0].phrase)) continue;
      const typed = run.flatMap((g) => words(g[0].text));
      found = conceptsOf(typed);
      if (found.length) taken = n;
    }
    if (taken) {
      groups.push([widen(query.groups.slice(i, i + taken).map((g) => g[0].text).join(' '), false, found)]);
      i += taken;
    } else {
      groups.push(group.map(single));
      i += 1;
    }
  }
  return { groups, excluded: query.excluded.map(single) };
}
