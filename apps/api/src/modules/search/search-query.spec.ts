import { formatQuery, fold, parseQuery, spellingVariants } from './search-query';
import { stem } from './search-sql';
import { expandQuery, ThesaurusConcept } from './thesaurus';

const CONCEPTS: ThesaurusConcept[] = [
  { code: 'cross-border-worker', terms: { nl: ['grensarbeider'], de: ['Grenzgänger'], en: ['cross-border worker'] } },
  { code: 'bicycle', terms: { nl: ['fiets'], de: ['Fahrrad'], en: ['bicycle', 'bike'] } },
];

describe('the search box language', () => {
  it('reads words, "phrases", -exclusions and or, as websearch_to_tsquery does', () => {
    expect(parseQuery('fiets "sociale zekerheid" -trein a or b')).toEqual({
      groups: [[{ text: 'fiets', phrase: false }], [{ text: 'sociale zekerheid', phrase: true }], [{ text: 'a', phrase: false }, { text: 'b', phrase: false }]],
      excluded: [{ text: 'trein', phrase: false }],
    });
    expect(parseQuery('„Agentur für Arbeit“ -"Kreis Kleve"')).toEqual({ groups: [[{ text: 'Agentur für Arbeit', phrase: true }]], excluded: [{ text: 'Kreis Kleve', phrase: true }] });
    expect(parseQuery('-- " ; " or')).toEqual({ groups: [], excluded: [] });
    expect(formatQuery(parseQuery('fiets "sociale zekerheid" -trein a or b'))).toBe('fiets "sociale zekerheid" a or b -trein');
  });

  it('folds case, accents, ß, curly quotes and typographic dashes', () => {
    expect(fold('Straße – Café’s')).toBe("strasse - cafe's");
    expect(spellingVariants('Grenzgaenger')).toEqual(['Grenzgaenger', 'Grenzganger']);
    expect(stem('grensarbeiders')).toBe('grensarbeide');
    expect(stem('diploma')).toBe('diplom');
  });

  it('widens a term by the thesaurus, across languages and inflections, multi-word terms included', () => {
    const expanded = expandQuery(parseQuery('grensarbeiders fietsen'), CONCEPTS);
    expect(expanded.groups.map((g) => g[0].concepts)).toEqual([['cross-border-worker'], ['bicycle']]);
    expect(expanded.groups[0][0].alternatives).toEqual(expect.arrayContaining(['grensarbeiders', 'Grenzgänger', 'cross-border worker']));
    const multi = expandQuery(parseQuery('cross-border workers Kleve'), CONCEPTS);
    expect(multi.groups).toHaveLength(2);
    expect(multi.groups[0][0]).toMatchObject({ text: 'cross-border workers', concepts: ['cross-border-worker'] });
    expect(expandQuery(parseQuery('Grenzgaenger'), CONCEPTS).groups[0][0].concepts).toEqual(['cross-border-worker']);
    // A phrase keeps its words; an unknown word stays alone.
    expect(expandQuery(parseQuery('"cross-border workers" Kleve'), CONCEPTS).groups[1][0].alternatives).toEqual(['Kleve']);
  });
});
