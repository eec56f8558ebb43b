import { createLogger } from '@api/core/logging/logger';
import { seed } from '@api/database/seed/seed';
import { as } from '../support/domain';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';
import RECALL from './recall-set.json';

/**
 * The recall set (recall-set.json): for each query, the share of the items a
 * careful reader expects that are among the first ten results (recall@10),
 * and one over the rank of the first of them (reciprocal rank), averaged per
 * language and over all. Searched as the secretariat, who reads everything.
 */

const TABLES: Record<string, string> = {
  B: `SELECT id FROM bottleneck WHERE title->>'text' LIKE $1`,
  A: `SELECT id FROM action WHERE title->>'text' LIKE $1`,
  Q: `SELECT id FROM assignment WHERE question->>'text' LIKE $1`,
  R: `SELECT id FROM answer WHERE text->>'text' LIKE $1`,
  P: `SELECT id FROM progress_update WHERE note->>'text' LIKE $1`,
  C: `SELECT id FROM comment WHERE body LIKE $1`,
};

const SEARCH = `query Recall($query: String!) { search(query: $query, first: 10) { totalCount edges { node { id kind } } } }`;

describe('search recall set', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.dataSource);
    await seed(t.app, createLogger('silent'));
  }, 180_000);

  afterAll(() => t.close());

  it('holds at least 60 queries in nl, de and en', () => {
    expect(RECALL.queries.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['nl', 'de', 'en']) expect(RECALL.queries.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(20);
  });

  it('finds what a careful reader expects: recall@10 ≥ 0.9 and MRR ≥ 0.7, per language and overall', async () => {
    const results: Array<{ lang: string; query: string; recall: number; rr: number; missed: string[] }> = [];
    for (const item of RECALL.queries) {
      const expected = new Map<string, string>();
      for (const name of item.expect) {
        const rows: Array<{ id: string }> = await t.dataSource.query(TABLES[name[0]], [`${name.slice(2)}%`]);
        expect({ name, found: rows.length }).toEqual({ name, found: 1 });
        expected.set(rows[0].id, name);
      }
      const res = await as(t.app, 'femke.jansen', item.lang)<{ search: { edges: Array<{ node: { id: string } }> } }>(SEARCH, { query: item.query });
      expect(res.errors).toBeUndefined();
      const ids = res.data!.search.edges.map((e) => e.node.id);
      const hits = ids.filter((id) => expected.has(id));
      const first = ids.findIndex((id) => expected.has(id));
      results.push({
        lang: item.lang,
        query: item.query,
        recall: hits.length / expected.size,
        rr: first < 0 ? 0 : 1 / (first + 1),
        missed: [...expected].filter(([id]) => !ids.includes(id)).map(([, name]) => name),
      });
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const report = ['nl', 'de', 'en', 'all'].map((lang) => {
      const set = results.filter((r) => lang === 'all' || r.lang === lang);
      return { lang, queries: set.length, recallAt10: Number(mean(set.map((r) => r.recall)).toFixed(3)), mrr: Number(mean(set.map((r) => r.rr)).toFixed(3)) };
    });
    process.stdout.write(`search recall set:\n${report.map((r) => `  ${r.lang.padEnd(4)} ${String(r.queries).padStart(3)} queries  recall@10 ${r.recallAt10.toFixed(3)}  MRR ${r.mrr.toFixed(3)}`).join('\n')}\n`);
    const misses = results.filter((r) => r.missed.length);
    if (misses.length) process.stdout.write(`missed:\n${misses.map((r) => `  [${r.lang}] ${r.query}: ${r.missed.join('; ')}`).join('\n')}\n`);
    for (const r of report) {
      expect({ lang: r.lang, recall: r.recallAt10 >= 0.9 }).toEqual({ lang: r.lang, recall: true });
      expect({ lang: r.lang, mrr: r.mrr >= 0.7 }).toEqual({ lang: r.lang, mrr: true });
    }
  }, 120_000);
});
