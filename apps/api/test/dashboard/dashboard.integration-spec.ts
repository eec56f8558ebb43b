import { createLogger } from '@api/core/logging/logger';
import { seed } from '@api/database/seed/seed';
import { as } from '../support/domain';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';
import { dayOf, ownerTruth, quarterTruth, rowsOf, scoreboardTruth, stageTruth, Viewer, waitingTruth } from './dashboard-truth';
import { generateLifecycles } from './generated-lifecycles';

/**
 * The programme dashboard and the ministries' scoreboard against ground
 * truth computed in the test from the raw rows (dashboard-truth.ts), over
 * the demo register and over a generated register with known history:
 * items moved through the stages, closed, reopened and closed again, across
 * quarter boundaries in Amsterdam time. Per viewer: the secretariat (all),
 * a partner (one agenda, no other organisation's drafts), a ministry (its
 * own line of the scoreboard).
 */

const DASHBOARD = `query($filter: DashboardFilter) { programmeDashboard(filter: $filter) {
  period { from to }
  quarters { quarter start end logged closed closedByOutcome { outcome count } openAtEnd }
  stages { agenda { id } status stays medianDays p80Days now }
  waitingLongest { reference days }
  actionsByOwner { organisation { id code } doneOnTime doneLate open overdueNow stalledNow }
  byTheme { theme { id code } count open } byType { type count open } byArea { area count open } } }`;
const SCOREBOARD = `query($filter: DashboardFilter) { answerScoreboard(filter: $filter) {
  period { from to } targets { onTimeShare warningDays }
  lines { ministry { id code } received answered answeredOnTime medianDaysToFirstAnswer returnedForRework escalatedToSecretariat escalatedToCommissioner openNow overdueNow dueSoonNow onTimeShare targetReached }
  total { received answered answeredOnTime medianDaysToFirstAnswer returnedForRework escalatedToSecretariat escalatedToCommissioner openNow overdueNow dueSoonNow onTimeShare targetReached } } }`;

interface Dashboard {
  period: { from: string; to: string };
  quarters: Array<{ quarter: string; start: string; end: string; logged: number; closed: number; closedByOutcome: Array<{ outcome: string; count: number }>; openAtEnd: number }>;
  stages: Array<{ agenda: { id: string }; status: string; stays: number; medianDays: number; p80Days: number; now: number }>;
  waitingLongest: Array<{ reference: string; days: number }>;
  actionsByOwner: Array<{ organisation: { id: string; code: string }; doneOnTime: number; doneLate: number; open: number; overdueNow: number; stalledNow: number }>;
  byTheme: Array<{ theme: { id: string; code: string } | null; count: number; open: number }>;
  byType: Array<{ type: string | null; count: number; open: number }>;
  byArea: Array<{ area: string; count: number; open: number }>;
}
interface Scoreboard {
  period: { from: string; to: string };
  targets: { onTimeShare: number; warningDays: number };
  lines: Array<{ ministry: { id: string; code: string } } & Record<string, unknown>>;
  total: Record<string, unknown>;
}

/** The scoreboard's lines as the truth lists them (by ministry id). */
const linesOf = (board: Scoreboard) => board.lines.map(({ ministry, ...line }) => ({ ministryId: ministry.id, ...line })).sort((x, y) => x.ministryId.localeCompare(y.ministryId));
const plusDays = (date: string, days: number) => new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + days)).toISOString().slice(0, 10);

describe('the programme dashboard and the scoreboard count what the register holds', () => {
  let t: TestApp;
  let all: string[];
  let organisations: Record<string, string>;
  let agendas: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.dataSource);
    await seed(t.app, createLogger('silent'));
    all = (await t.dataSource.query('SELECT id FROM agenda ORDER BY sort_order, code')).map((r: { id: string }) => r.id);
    organisations = Object.fromEntries((await t.dataSource.query('SELECT code, id FROM organisation')).map((r: { code: string; id: string }) => [r.code, r.id]));
    agendas = Object.fromEntries((await t.dataSource.query('SELECT code, id FROM agenda')).map((r: { code: string; id: string }) => [r.code, r.id]));
  }, 180_000);

  afterAll(() => t.close());

  async function compare(username: string, viewer: Viewer, filter: Record<string, unknown> | null) {
    const client = as(t.app, username, 'en');
    const res = await client<{ programmeDashboard: Dashboard }>(DASHBOARD, { filter });
    expect(res.errors).toBeUndefined();
    const got = res.data!.programmeDashboard;
    const rows = await rowsOf(t.dataSource);
    const now = new Date();
    const today = dayOf(now);
    const { from, to } = got.period;

    const quarters = quarterTruth(rows, viewer, got.quarters, now);
    expect(got.quarters.map((q) => ({ start: q.start, logged: q.logged, closed: q.closed, outcomes: Object.fromEntries(q.closedByOutcome.filter((o) => o.count).map((o) => [o.outcome, o.count])), openAtEnd: q.openAtEnd }))).toEqual(quarters);
    expect(got.stages.map((s) => ({ agendaId: s.agenda.id, status: s.status, stays: s.stays, medianDays: s.medianDays, p80Days: s.p80Days, now: s.now })).sort((x, y) => `${x.agendaId}:${x.status}`.localeCompare(`${y.agendaId}:${y.status}`))).toEqual(
      stageTruth(rows, viewer, from, to),
    );
    expect(got.waitingLongest.map((w) => w.reference)).toEqual(waitingTruth(rows, viewer));
    expect(got.actionsByOwner.map((o) => ({ organisationId: o.organisation.id, doneOnTime: o.doneOnTime, doneLate: o.doneLate, open: o.open, overdueNow: o.overdueNow, stalledNow: o.stalledNow })).sort((x, y) => x.organisationId.localeCompare(y.organisationId))).toEqual(
      ownerTruth(rows, viewer, from, to, today, now),
    );
    // The register as the lists show it: drafts only the viewer's own (all, for the secretariat).
    const register = rows.bottlenecks.filter(
      (b) => viewer.agendaIds.includes(b.agenda_id) && (viewer.organisationId === null || b.status !== 'DRAFT' || b.reporting_organisation_id === viewer.organisationId) && (!viewer.themeId || b.theme_id === viewer.themeId),
    );
    const count = (key: (b: (typeof register)[number]) => string | null) => {
      const m = new Map<string | null, { count: number; open: number }>();
      for (const b of register) {
        const c = m.get(key(b)) ?? { count: 0, open: 0 };
        c.count += 1;
        if (b.status !== 'CLOSED') c.open += 1;
        m.set(key(b), c);
      }
      return m;
    };
    expect(Object.fromEntries(got.byTheme.map((r) => [r.theme?.id ?? 'none', { count: r.count, open: r.open }]))).toEqual(Object.fromEntries([...count((b) => b.theme_id).entries()].map(([k, v]) => [k ?? 'none', v])));
    expect(Object.fromEntries(got.byType.map((r) => [r.type ?? 'none', { count: r.count, open: r.open }]))).toEqual(Object.fromEntries([...count((b) => b.type).entries()].map(([k, v]) => [k ?? 'none', v])));
    const areas = [...count((b) => b.area?.trim() || null).entries()].filter(([k]) => k !== null);
    expect(got.byArea.length).toBe(Math.min(20, areas.length));
    for (const a of got.byArea) expect({ area: a.area, count: a.count, open: a.open }).toEqual({ area: a.area, ...Object.fromEntries(areas)[a.area] });

    const board = await client<{ answerScoreboard: Scoreboard }>(SCOREBOARD, { filter });
    expect(board.errors).toBeUndefined();
    const s = board.data!.answerScoreboard;
    const truth = scoreboardTruth(rows, viewer, s.period.from, s.period.to, today, plusDays(today, s.targets.warningDays), s.targets.onTimeShare);
    expect(s.total).toEqual(truth.total);
    return { got, board: s, truth };
  }

  const secretariat: () => Viewer = () => ({ agendaIds: all, organisationId: null });

  it('over the demo register: the secretariat, a partner, a theme, and a ministry that sees only its own line', async () => {
    const { board, truth } = await compare('femke.jansen', secretariat(), null);
    expect(linesOf(board)).toEqual(truth.lines);
    expect(board.targets).toEqual({ onTimeShare: 0.9, warningDays: 7 });

    await compare('anna.degroot', { agendaIds: [agendas['NL-NRW']], organisationId: organisations['GLD'] }, null);
    const theme: { id: string; code: string } = (await t.dataSource.query(`SELECT t.id, t.code FROM theme t WHERE t.agenda_id = $1 ORDER BY sort_order LIMIT 1`, [agendas['NL-NRW']]))[0];
    await compare('femke.jansen', { agendaIds: [agendas['NL-NRW']], organisationId: null, themeId: theme.id }, { agendaCode: 'NL-NRW', themeCode: theme.code, from: '2023-01-01' });

    // A ministry liaison sees the programme's total and its own line only.
    const szw = await compare('miriam.vos', { agendaIds: all, organisationId: organisations['SZW'] }, { from: '2023-01-01' });
    expect(szw.board.lines.map((l) => l.ministry.code)).toEqual(['SZW']);
    const own = szw.truth.lines.filter((l) => l.ministryId === organisations['SZW']);
    expect(own.length).toBe(1);
    expect(linesOf(szw.board)).toEqual(own);
  });

  it('over a generated register with known history: moves across quarter boundaries, reopened and closed again', async () => {
    const made = await generateLifecycles(t.dataSource, 500, new Date());
    expect(made.reopened).toBeGreaterThan(20);
    const { got, board, truth } = await compare('femke.jansen', secretariat(), { from: '2025-07-01', to: '2026-12-31' });
    expect(got.quarters.map((q) => q.quarter)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(got.quarters.some((q) => q.closed > 0 && q.logged > 0)).toBe(true);
    expect(got.stages.filter((s) => s.stays > 0).length).toBeGreaterThan(5);
    expect(got.waitingLongest).toHaveLength(10);
    expect(got.actionsByOwner.some((o) => o.doneLate > 0) && got.actionsByOwner.some((o) => o.stalledNow > 0)).toBe(true);
    expect(linesOf(board)).toEqual(truth.lines);
    expect(board.total.escalatedToCommissioner).toBeGreaterThan(0);
    expect(board.total.returnedForRework).toBeGreaterThan(0);
    await compare('katrin.schulz', { agendaIds: [agendas['NL-NRW']], organisationId: organisations['NRW'] }, { from: '2025-07-01', to: '2026-12-31' });
    await compare('lotte.peeters', { agendaIds: [agendas['NL-VL']], organisationId: organisations['VLA'] }, { agendaCode: 'NL-VL', from: '2025-10-15', to: '2026-05-02' });
  });

  it('links each figure of the register to a list that holds exactly what it counts', async () => {
    for (const username of ['femke.jansen', 'anna.degroot']) {
      const client = as(t.app, username, 'en');
      const { data } = await client<{ programmeDashboard: Dashboard }>(DASHBOARD, { filter: { agendaCode: 'NL-NRW' } });
      const total = async (filter: Record<string, unknown>) => (await client<{ bottlenecks: { totalCount: number } }>('query($f: BottleneckFilter) { bottlenecks(filter: $f) { totalCount } }', { f: filter })).data!.bottlenecks.totalCount;
      for (const r of data!.programmeDashboard.byType.filter((x) => x.type)) expect({ username, type: r.type, n: await total({ agendaCode: 'NL-NRW', types: [r.type] }) }).toEqual({ username, type: r.type, n: r.count });
      for (const r of data!.programmeDashboard.byTheme.filter((x) => x.theme)) expect({ username, theme: r.theme!.code, n: await total({ agendaCode: 'NL-NRW', themeCode: r.theme!.code }) }).toEqual({ username, theme: r.theme!.code, n: r.count });
      for (const s of data!.programmeDashboard.stages.filter((x) => x.now)) expect({ username, status: s.status, n: await total({ agendaCode: 'NL-NRW', statuses: [s.status] }) }).toEqual({ username, status: s.status, n: s.now });
      // Behind an owner's overdue actions: the bottlenecks with an overdue action of that owner.
      const [owner] = data!.programmeDashboard.actionsByOwner.filter((o) => o.overdueNow);
      const [{ n }]: Array<{ n: number }> = await t.dataSource.query(
        `SELECT count(DISTINCT b.id)::int AS n FROM bottleneck b JOIN agenda ag ON ag.id = b.agenda_id JOIN action_bottleneck ab ON ab.bottleneck_id = b.id JOIN action a ON a.id = ab.action_id
          WHERE ag.code = 'NL-NRW' AND a.owner_organisation_id = $1 AND a.due_date < $2 AND a.status NOT IN ('DONE', 'CANCELLED') AND (b.status <> 'DRAFT' OR $3)`,
        [owner.organisation.id, dayOf(new Date()), username === 'femke.jansen'],
      );
      expect(await total({ agendaCode: 'NL-NRW', actionOwnerCode: owner.organisation.code, hasOverdueActions: true })).toBe(n);
    }
  });

  it('refuses a filter it cannot answer, naming the field and the rule', async () => {
    const lotte = as(t.app, 'lotte.peeters', 'en');
    const fields = async (filter: Record<string, unknown>) => (await lotte(DASHBOARD, { filter })).errors?.[0].extensions?.['fields'];
    expect(await fields({ agendaCode: 'NL-NRW' })).toEqual([expect.objectContaining({ field: 'filter.agendaCode', rule: 'notFound' })]);
    expect(await fields({ themeCode: 'labour-market' })).toEqual([expect.objectContaining({ field: 'filter.agendaCode', rule: 'required' })]);
    expect(await fields({ from: '2026-07-01', to: '2026-01-01' })).toEqual([expect.objectContaining({ field: 'filter.to', rule: 'notBefore' })]);
    expect(await fields({ from: '2000-01-01', to: '2026-01-01' })).toEqual([expect.objectContaining({ field: 'filter.from', rule: 'periodTooLong' })]);
    const res = await as(t.app, 'lotte.peeters', 'de')(SCOREBOARD, { filter: { from: '2026-07-01', to: '2026-01-01' } });
    expect((res.errors?.[0].extensions?.['fields'] as Array<{ message: string }>)[0].message).toBe('Bis darf nicht vor dem 2026-07-01 liegen.');
  });
});
