import { as, Client } from '../support/domain';
import { createTestApp, GraphQLResponse, resetDatabase, TestApp } from '../support/test-app';
import { createConsultation, FLAG, openRound } from './consultation-support';

/**
 * The screening in figures and in lists: counts per round, per year and per
 * ministry, and every list filter, against the rows themselves.
 */
describe('border-effects figures and lists', () => {
  let t: TestApp;
  let secretariat: Client;
  let round: { id: string };

  beforeAll(async () => {
    t = await createTestApp({ MUTATION_RATE_LIMIT: '100000' });
    await resetDatabase(t.dataSource);
    await t.app.init();
    secretariat = as(t.app, 'femke.jansen');
    await openRound(secretariat, 2026, 1);
    round = await openRound(secretariat, 2026, 2);
    await createConsultation(secretariat, round.id, { neighbours: ['BE_VL', 'DE_NRW'], borderRelevant: true, relevanceReason: 'Reden', testCarriedOut: false });
  });

  afterAll(() => t?.close());

  const create = (roundId: string, overrides: Record<string, unknown> = {}) => createConsultation(secretariat, roundId, overrides);

  it('counts per round, per year and per ministry exactly what the rows say', async () => {
    const ministries = ['SZW', 'VWS', 'FIN', 'OCW'];
    for (let i = 0; i < 12; i++) {
      const relevant = i % 3 === 0 ? null : i % 3 === 1;
      await create(round.id, {
        title: `Consultatie ${i}`,
        ministryCode: ministries[i % 4],
        borderRelevant: relevant,
        relevanceReason: relevant === null ? null : 'Reden',
        testCarriedOut: i % 4 === 1 ? true : i % 4 === 2 ? false : null,
        testReport: i % 4 === 1 && i % 8 === 1 ? 'EXPLANATORY_MEMORANDUM' : null,
        responseSubmitted: i % 5 === 0,
      });
    }
    const res = await as(t.app, 'miriam.vos')<{ borderEffectsFigures: { rounds: Array<{ round: { code: string }; totals: Record<string, number | null>; byMinistry: Array<{ ministry: { code: string }; counts: Record<string, number | null> }> }>; years: Array<{ year: number; totals: Record<string, number | null> }> } }>(
      `query($year: Int) { borderEffectsFigures(year: $year) {
        rounds { round { code } totals { consultations screened borderRelevant testCarriedOut testReported withoutTest responses testedShare }
                 byMinistry { ministry { code } counts { consultations screened borderRelevant testCarriedOut testReported withoutTest responses testedShare } } }
        years { year totals { consultations screened borderRelevant testCarriedOut testReported withoutTest responses testedShare } } } }`,
      { year: 2026 },
    );
    expect(res.errors).toBeUndefined();
    const rows: Array<{ round: string; ministry: string; border_relevant: boolean | null; test_carried_out: boolean | null; test_report: string | null; response_submitted: boolean }> = await t.dataSource.query(
      `SELECT r.year || '-H' || r.half AS round, o.code AS ministry, c.border_relevant, c.test_carried_out, c.test_report, c.response_submitted
         FROM consultation c JOIN screening_round r ON r.id = c.round_id JOIN organisation o ON o.id = c.ministry_id WHERE r.year = 2026`,
    );
    const truth = (of: typeof rows) => {
      const relevant = of.filter((r) => r.border_relevant === true);
      const tested = relevant.filter((r) => r.test_carried_out === true);
      return {
        consultations: of.length,
        screened: of.filter((r) => r.border_relevant !== null).length,
        borderRelevant: relevant.length,
        testCarriedOut: tested.length,
        testReported: tested.filter((r) => r.test_report !== null).length,
        withoutTest: relevant.length - tested.length,
        responses: of.filter((r) => r.response_submitted).length,
        testedShare: relevant.length ? tested.length / relevant.length : null,
      };
    };
    const figures = res.data!.borderEffectsFigures;
    expect(figures.rounds.map((r) => r.round.code)).toEqual(['2026-H1', '2026-H2']);
    for (const r of figures.rounds) {
      const own = rows.filter((row) => row.round === r.round.code);
      expect(r.totals).toEqual(truth(own));
      const codes = [...new Set(own.map((row) => row.ministry))].sort();
      expect(r.byMinistry.map((m) => m.ministry.code)).toEqual(codes);
      for (const m of r.byMinistry) expect({ code: m.ministry.code, ...m.counts }).toEqual({ code: m.ministry.code, ...truth(own.filter((row) => row.ministry === m.ministry.code)) });
    }
    expect(figures.years).toEqual([{ year: 2026, totals: truth(rows) }]);
    expect(figures.rounds[1].totals.borderRelevant).toBeGreaterThan(3);
  });
  it('lists consultations by round, ministry, kind, screening, test, neighbour and flag, paged, counting what the rows say', async () => {
    const list = async (client: Client, filter: Record<string, unknown>) => {
      const ids: string[] = [];
      let after: string | null = null;
      let total: number;
      do {
        const res: GraphQLResponse<{ consultations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> } }> = await client(
          'query($f: ConsultationFilter, $after: String) { consultations(first: 5, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
          { f: filter, after },
        );
        expect(res.errors).toBeUndefined();
        ids.push(...res.data!.consultations.edges.map((e) => e.node.id));
        total = res.data!.consultations.totalCount;
        after = res.data!.consultations.pageInfo.hasNextPage ? res.data!.consultations.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(ids).size).toBe(total);
      return ids.sort();
    };
    const sql = async (where: string, params: unknown[] = []) => ((await t.dataSource.query(`SELECT c.id::text FROM consultation c WHERE ${where} ORDER BY 1`, params)) as Array<{ id: string }>).map((r) => r.id);
    const [nrw] = await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'NRW'`);
    await as(t.app, 'katrin.schulz')(FLAG, { input: { consultationId: (await sql('TRUE'))[0], note: 'NRW' } });
    expect(await list(secretariat, { roundId: round.id })).toEqual(await sql('c.round_id = $1', [round.id]));
    expect(await list(secretariat, { ministryCode: 'VWS' })).toEqual(await sql(`c.ministry_id = (SELECT id FROM organisation WHERE code = 'VWS')`));
    expect(await list(secretariat, { kinds: ['LAW', 'POLICY'] })).toEqual(await sql(`c.kind IN ('LAW', 'POLICY')`));
    expect(await list(secretariat, { borderRelevant: true })).toEqual(await sql('c.border_relevant'));
    expect(await list(secretariat, { borderRelevant: false })).toEqual(await sql('NOT c.border_relevant'));
    expect(await list(secretariat, { unscreened: true })).toEqual(await sql('c.border_relevant IS NULL'));
    expect(await list(secretariat, { testCarriedOut: false })).toEqual(await sql('NOT c.test_carried_out'));
    expect(await list(secretariat, { neighbour: 'BE_VL' })).toEqual(await sql(`c.neighbours ? 'BE_VL'`));
    expect(await list(as(t.app, 'katrin.schulz'), { flaggedByMyOrganisation: true })).toEqual(await sql('EXISTS (SELECT 1 FROM consultation_flag f WHERE f.consultation_id = c.id AND f.organisation_id = $1)', [nrw.id]));
    expect((await list(secretariat, { borderRelevant: true })).length).toBeGreaterThan(3);
  });
});
