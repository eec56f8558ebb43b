import { negotiateLanguage } from './language';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['de', 'de'],
    ['de-DE,de;q=0.9,en;q=0.8', 'de'],
    ['nl-BE', 'nl'],
    ['fr-FR, nl;q=0.5, de;q=0.7', 'de'],
    ['fr, es', 'en'],
    ['en;q=0, nl', 'nl'],
    ['EN-gb', 'en'],
  ])('%p → %p', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });

  it('uses the given fallback when nothing matches', () => {
    expect(negotiateLanguage('fr', 'nl')).toBe('nl');
  });
});
