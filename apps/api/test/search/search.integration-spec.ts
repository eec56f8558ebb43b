import { createLogger } from '@api/core/logging/logger';
import { seed } from '@api/database/seed/seed';
import { addComment, as, createBottleneck, outcome, transition } from '../support/domain';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';

/** How the one search behaves: the query language, scope, facets, paging, snippets, corrections and an index that follows every change. */

interface Hit {
  id: string;
  kind: string;
  language: string;
  path: string;
  snippet: Array<{ text: string; highlighted: boolean }>;
  bottleneck: { reference: string } | null;
}
interface Results {
  totalCount: number;
  capped: boolean;
  didYouMean: string | null;
  expandedWith: string[];
  facets: Array<{ field: string; value: string; count: number }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: Hit }>;
}

const SEARCH = `query S($q: String!, $filter: SearchFilter, $first: Int, $after: String) { search(query: $q, filter: $filter, first: $first, after: $after) {
  totalCount capped didYouMean expandedWith facets { field value count } pageInfo { hasNextPage endCursor }
  edges { cursor node { id kind language path snippet { text highlighted } bottleneck { reference } } } } }`;

describe('search', () => {
  let t: TestApp;
  const search = async (user: string, q: string, variables: Record<string, unknown> = {}, language = 'en') => {
    const res = await as(t.app, user, language)<{ search: Results }>(SEARCH, { q, ...variables });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.search;
  };
  const titleOf = async (id: string) => ((await t.dataSource.query(`SELECT title->>'text' AS t FROM bottleneck WHERE id = $1`, [id]))[0] as { t: string }).t;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.dataSource);
    await seed(t.app, createLogger('silent'));
  }, 180_000);

  afterAll(() => t.close());

  it('finds a Dutch text from a German query, widened by the thesaurus, with the snippet highlighted in the language that matched', async () => {
    const found = await search('jonas.hartmann', 'Grenzgänger', {}, 'de');
    expect(found.expandedWith).toEqual(expect.arrayContaining(['grensarbeider', 'cross-border worker']));
    const telework = found.edges.find((e) => e.node.kind === 'BOTTLENECK' && e.node.path.startsWith('/bottlenecks/NRW-'))!;
    expect(await titleOf(telework.node.id)).toBe('Thuiswerken door grensarbeiders');
    // The bottleneck has a German translation, which matched: the snippet is German, with the matched word marked.
    expect(telework.node.language).toBe('de');
    expect(telework.node.snippet.filter((p) => p.highlighted).map((p) => p.text)).toContain('Grenzgängern');
  });

  it('keeps the semantics of websearch_to_tsquery: all words, "phrases", -exclusions, or', async () => {
    const both = await search('femke.jansen', 'ambulance Woensdrecht');
    const without = await search('femke.jansen', 'ambulance -Woensdrecht');
    const all = await search('femke.jansen', 'ambulance');
    expect(both.totalCount + without.totalCount).toBe(all.totalCount);
    expect(without.edges.every((e) => !e.node.snippet.some((p) => /woensdrecht/i.test(p.text)))).toBe(true);
    const either = await search('femke.jansen', 'Baarle or Coevorden');
    expect(either.totalCount).toBe((await search('femke.jansen', 'Baarle')).totalCount + (await search('femke.jansen', 'Coevorden')).totalCount);
    const phrase = await search('femke.jansen', '"sociale zekerheid"');
    const loose = await search('femke.jansen', 'zekerheid sociale');
    expect(phrase.totalCount).toBeGreaterThan(0);
    expect(phrase.totalCount).toBeLessThanOrEqual(loose.totalCount);
  });

  it('folds typographic variants: curly apostrophes, dashes, ß and ae for ä', async () => {
    const curly = await search('femke.jansen', 'diploma’s');
    const straight = await search('femke.jansen', "diploma's");
    expect(curly.edges.map((e) => e.node.id).sort()).toEqual(straight.edges.map((e) => e.node.id).sort());
    expect(curly.totalCount).toBeGreaterThan(0);
    const ae = await search('femke.jansen', 'Grenzgaenger');
    expect(ae.totalCount).toBe((await search('femke.jansen', 'Grenzgänger')).totalCount);
    expect((await search('femke.jansen', 'Kleve–Nijmegen')).totalCount).toBe((await search('femke.jansen', 'Kleve-Nijmegen')).totalCount);
  });

  it('counts facets within scope, each under the other filters, and filters by them', async () => {
    const all = await search('femke.jansen', 'grens');
    const kinds = all.facets.filter((f) => f.field === 'KIND');
    expect(kinds.reduce((s, f) => s + f.count, 0)).toBe(all.totalCount);
    const actions = await search('femke.jansen', 'grens', { filter: { kinds: ['ACTION'] } });
    expect(actions.totalCount).toBe(kinds.find((f) => f.value === 'ACTION')!.count);
    expect(actions.edges.every((e) => e.node.kind === 'ACTION')).toBe(true);
    // The kind facet still counts every kind under the filter on kinds itself.
    expect(actions.facets.filter((f) => f.field === 'KIND')).toEqual(kinds);
    const agenda = all.facets.find((f) => f.field === 'AGENDA')!;
    const inAgenda = await search('femke.jansen', 'grens', { filter: { agendaIds: [agenda.value] } });
    expect(inAgenda.totalCount).toBe(agenda.count);
  });

  it('pages by cursor through every result once', async () => {
    const first = await search('femke.jansen', 'grens', { first: 7 });
    const ids = new Set(first.edges.map((e) => e.node.id));
    let after = first.pageInfo.endCursor;
    while (after) {
      const next = await search('femke.jansen', 'grens', { first: 7, after });
      for (const e of next.edges) ids.add(e.node.id);
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(ids.size).toBe(first.totalCount);
    const bad = await as(t.app, 'femke.jansen')(SEARCH, { q: 'grens', after: 'bm9wZQ' });
    expect(outcome(bad)).toBe('BAD_CURSOR');
  });

  it('sees only what the caller may read: a Flemish partner finds nothing of the NRW agenda, a partner not another organisation’s draft', async () => {
    const lotte = await search('lotte.peeters', 'Grenzgänger');
    expect(lotte.edges.every((e) => !e.node.path.includes('NRW-'))).toBe(true);
    expect(lotte.totalCount).toBe(lotte.edges.length);
    // The Kinderzuschlag draft of ERW: the secretariat finds it, a partner of another organisation does not.
    expect((await search('femke.jansen', 'Kinderzuschlag')).totalCount).toBeGreaterThan(0);
    expect((await search('anna.degroot', 'Kinderzuschlag')).totalCount).toBe(0);
  });

  it('suggests a spelling that finds something, and none that would only find what the caller may not read', async () => {
    const typo = await search('femke.jansen', 'Fahradmitnahme');
    expect(typo.totalCount).toBeGreaterThan(0);
    expect(typo.didYouMean).toBe('fahrradmitnahme');
    const two = await search('femke.jansen', 'Grensarbieders Pensioenspreekuren');
    expect(two.didYouMean).toBe('grensarbeiders Pensioenspreekuren');
    // Corrections are spelt as the register writes them, umlauts and all.
    expect((await search('jonas.hartmann', 'Grenzgängr', {}, 'de')).didYouMean).toBe('grenzgänger');
    expect(two.totalCount).toBeGreaterThan(0);
    expect((await search('femke.jansen', 'grensarbeiders')).didYouMean).toBeNull();
    // "Kinderzuschlag" is only in a draft that anna may not read: a typo of it gets no suggestion for her.
    const hidden = await search('anna.degroot', 'Kinderzuschlak Budget');
    expect(hidden.totalCount).toBe(0);
    expect(hidden.didYouMean).toBeNull();
  });

  it('follows every change in the same transaction: a new comment is found at once, with its place on the page', async () => {
    const femke = as(t.app, 'femke.jansen');
    const fresh = await createBottleneck(femke, { title: 'Zonnepanelen op grensoverschrijdende bedrijventerreinen', submit: true });
    const created = await search('femke.jansen', 'zonnepanelen');
    expect(created.edges.map((e) => e.node.id)).toContain(fresh.id);
    const comment = await addComment(femke, fresh.id, { language: 'de', body: 'Die Solarmodule brauchen eine Baugenehmigung auf beiden Seiten.' });
    const found = await search('femke.jansen', 'Solarmodule');
    const hit = found.edges.find((e) => e.node.kind === 'COMMENT')!;
    expect(hit.node.path).toBe(`/bottlenecks/${fresh.reference}#comment-${comment.id}`);
    expect(hit.node.language).toBe('de');
  });

  it('keeps a draft’s comments to its organisation until it is submitted, then finds them for every partner of the agenda', async () => {
    const katrin = as(t.app, 'katrin.schulz', 'de');
    const draft = await createBottleneck(katrin, { language: 'de', title: 'Wasserstofftankstellen an der Grenze', description: 'Tankstellen für Wasserstoff brauchen Genehmigungen auf beiden Seiten.', whyToSolve: 'Lkw-Verkehr über die Grenze.' });
    await addComment(katrin, draft.id, { language: 'de', body: 'Die Tankstellenbetreiber in Emmerich warten auf eine Antwort.' });
    expect((await search('katrin.schulz', 'Tankstellenbetreiber')).totalCount).toBe(1);
    expect((await search('anna.degroot', 'Tankstellenbetreiber')).totalCount).toBe(0);
    expect(outcome(await transition(katrin, draft, 'submit', {}))).toBe('OK');
    const found = await search('anna.degroot', 'Tankstellenbetreiber');
    expect(found.edges.map((e) => e.node.kind)).toEqual(['COMMENT']);
  });

  it('refuses a query that is too long or empty with the field named, never a server error', async () => {
    const long = await as(t.app, 'femke.jansen', 'nl')(SEARCH, { q: 'grens '.repeat(50) });
    expect(outcome(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions!['fields']).toEqual([expect.objectContaining({ field: 'query', rule: 'maxLength', message: expect.stringMatching(/Zoekopdracht.*200/) })]);
    const blank = await as(t.app, 'femke.jansen', 'de')(SEARCH, { q: '   ' });
    expect(outcome(blank)).toBe('BAD_USER_INPUT');
    const punctuation = await search('femke.jansen', '-- " ; ');
    expect(punctuation.totalCount).toBe(0);
  });

  it('suggests existing bottlenecks similar to a title being typed', async () => {
    const res = await as(t.app, 'jonas.hartmann', 'de')<{ similarBottlenecks: Array<{ id: string; path: string }> }>(
      'query($t: String!) { similarBottlenecks(title: $t, agendaCode: "NL-NRW") { id path } }',
      { t: 'Homeoffice für Grenzgänger im Münsterland' },
    );
    const titles = await Promise.all(res.data!.similarBottlenecks.map((s) => titleOf(s.id)));
    expect(titles[0]).toBe('Thuiswerken door grensarbeiders');
  });
});
