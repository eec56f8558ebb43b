import { ACTION_STATUSES, ASSIGNMENT_STATUSES, BOTTLENECK_STATUSES } from '@grensportaal/shared-domain';
import { seed } from '@api/database/seed/seed';
import { createLogger } from '@api/core/logging/logger';
import { as, Client } from '../support/domain';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';

const silent = createLogger('silent');

interface Counted {
  totalCount: number;
}

async function total(client: Client, list: 'bottlenecks' | 'actions' | 'assignments', filter: Record<string, unknown> = {}): Promise<number> {
  const filterType = { bottlenecks: 'BottleneckFilter', actions: 'ActionFilter', assignments: 'AssignmentFilter' }[list];
  const res = await client<Record<string, Counted>>(`query Count($filter: ${filterType}) { ${list}(filter: $filter, first: 1) { totalCount } }`, { filter });
  expect(res.errors).toBeUndefined();
  return res.data![list].totalCount;
}

async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const [row]: Array<Record<string, string>> = await t.dataSource.query(
    `SELECT (SELECT count(*) FROM bottleneck) AS bottlenecks, (SELECT count(*) FROM action) AS actions,
            (SELECT count(*) FROM assignment) AS assignments, (SELECT count(*) FROM history_entry) AS history,
            (SELECT count(*) FROM comment) AS comments, (SELECT count(*) FROM progress_update) AS progress,
            (SELECT count(*) FROM app_user) AS users`,
  );
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

describe('the demo register (npm start)', () => {
  let t: TestApp;
  let secretariat: Client;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.dataSource);
    await seed(t.app, silent);
    secretariat = as(t.app, 'femke.jansen', 'en');
  }, 120_000);

  afterAll(() => t.close());

  it('fills every agenda with at least 10 bottlenecks, 30+ in all, in every status', async () => {
    expect(await total(secretariat, 'bottlenecks')).toBeGreaterThanOrEqual(30);
    for (const agendaCode of ['NL-NRW', 'NL-NDS', 'NL-VL']) expect(await total(secretariat, 'bottlenecks', { agendaCode })).toBeGreaterThanOrEqual(10);
    const perStatus = await Promise.all(BOTTLENECK_STATUSES.map((s) => total(secretariat, 'bottlenecks', { statuses: [s] })));
    expect(perStatus.every((n) => n > 0)).toBe(true);
  });

  it('has 40+ actions in every status, some overdue and some stalled, and 15+ questions in every state', async () => {
    expect(await total(secretariat, 'actions')).toBeGreaterThanOrEqual(40);
    for (const status of ACTION_STATUSES) expect(await total(secretariat, 'actions', { statuses: [status] })).toBeGreaterThan(0);
    expect(await total(secretariat, 'actions', { overdue: true })).toBeGreaterThanOrEqual(3);
    expect(await total(secretariat, 'actions', { stalled: true })).toBeGreaterThanOrEqual(3);
    expect(await total(secretariat, 'assignments')).toBeGreaterThanOrEqual(15);
    for (const status of ASSIGNMENT_STATUSES) expect(await total(secretariat, 'assignments', { statuses: [status] })).toBeGreaterThan(0);
    expect(await total(secretariat, 'assignments', { overdue: true })).toBeGreaterThan(0);
  });

  it('tells its story in history, dated in the past, with versions that match', async () => {
    const res = await secretariat<{ bottlenecks: { totalCount: number; edges: Array<{ node: { reference: string; version: number; createdAt: string; history: Array<{ kind: string; transition: string | null; occurredAt: string; actor: { username: string } | null }> } }> } }>(
      `{ bottlenecks(first: 40, orderBy: REFERENCE_ASC) { totalCount edges { node { reference version createdAt history(limit: 50) { kind transition occurredAt actor { username } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.bottlenecks.edges.map((e) => e.node);
    expect(nodes).toHaveLength(res.data!.bottlenecks.totalCount);
    const now = Date.now();
    for (const b of nodes) {
      expect(b.history.length).toBeGreaterThan(0);
      expect(b.history.at(-1)!.kind).toBe('CREATED');
      expect(b.history.every((h) => h.actor !== null && Date.parse(h.occurredAt) <= now)).toBe(true);
      // Newest first, and each change moved the version on by one.
      const times = b.history.map((h) => Date.parse(h.occurredAt));
      expect([...times].sort((x, y) => y - x)).toEqual(times);
    }
    // Items were logged over years, not all today.
    const years = new Set(nodes.map((b) => b.reference.split('-')[1]));
    expect(years.size).toBeGreaterThan(1);
    const [{ max_version_gap }]: Array<{ max_version_gap: number }> = await t.dataSource.query(
      `SELECT max(abs(b.version - (SELECT count(*) FROM history_entry h WHERE h.entity_type = 'BOTTLENECK' AND h.entity_id = b.id AND h.kind NOT IN ('LINKED', 'UNLINKED', 'ATTACHED', 'ATTACHMENT_RENAMED', 'ATTACHMENT_REMOVED', 'ATTACHMENT_PURGED', 'ATTACHMENT_RELEASED'))))::int AS max_version_gap FROM bottleneck b`,
    );
    expect(max_version_gap).toBe(0);
  });

  it('screens two half-years of consultations: one round closed, some border-relevant with and without a test, one touching a bottleneck, one that led to one', async () => {
    const res = await secretariat<{
      screeningRounds: Array<{ code: string; status: string }>;
      consultations: { totalCount: number; edges: Array<{ node: { version: number; borderRelevant: boolean | null; testCarriedOut: boolean | null; bottlenecks: Array<{ type: string }>; flags: unknown[]; assignments: Array<{ status: string; ministry: { code: string } }>; history: Array<{ version: number }> } }> };
    }>(`{ screeningRounds { code status } consultations(first: 50) { totalCount edges { node { version borderRelevant testCarriedOut bottlenecks { type } flags { note } assignments { status ministry { code } } history { version } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.screeningRounds.map((r) => r.status)).toEqual(['OPEN', 'CLOSED']);
    const nodes = res.data!.consultations.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(8);
    expect(nodes.some((c) => c.borderRelevant === true && c.testCarriedOut === true)).toBe(true);
    expect(nodes.some((c) => c.borderRelevant === true && c.testCarriedOut === false)).toBe(true);
    expect(nodes.some((c) => c.borderRelevant === false)).toBe(true);
    expect(nodes.some((c) => c.borderRelevant === null)).toBe(true);
    expect(nodes.flatMap((c) => c.bottlenecks.map((b) => b.type)).sort()).toEqual(['LED_TO', 'TOUCHES']);
    expect(nodes.some((c) => c.flags.length > 0)).toBe(true);
    // The ministry was asked about two of them: one answered, one for VWS still to answer.
    expect(nodes.flatMap((c) => c.assignments.map((q) => `${q.ministry.code} ${q.status}`)).sort()).toEqual(['VWS ANSWERED', 'VWS OPEN']);
    // Every change moved the version on by one, and history has each.
    for (const c of nodes) expect(c.history.map((h) => h.version)).toEqual(Array.from({ length: c.version }, (_, i) => c.version - i));
  });

  it('has texts in several source languages, with missing, machine and outdated translations', async () => {
    const res = await secretariat<{ bottlenecks: { edges: Array<{ node: { title: { sourceLanguage: string; status: string }; description: { status: string } | null; whyToSolve: { status: string } | null } }> } }>(
      `{ bottlenecks(first: 100) { edges { node { title { sourceLanguage status } description { status } whyToSolve { status } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.bottlenecks.edges.map((e) => e.node);
    expect(new Set(nodes.map((n) => n.title.sourceLanguage))).toEqual(new Set(['nl', 'de', 'en']));
    const statuses = nodes.flatMap((n) => [n.title.status, n.description?.status, n.whyToSolve?.status]);
    expect(statuses).toEqual(expect.arrayContaining(['ORIGINAL', 'TRANSLATED', 'MISSING', 'OUTDATED']));
  });

  it('is loaded once: a second seed changes nothing', async () => {
    const before = await tableCounts(t);
    await seed(t.app, silent);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('gives a demo person their own seeded work when they first sign in', async () => {
    const anna = as(t.app, 'anna.degroot', 'nl');
    const res = await anna<{ me: { id: string }; bottlenecks: { totalCount: number; edges: Array<{ node: { createdBy: { id: string; username: string } | null } }> } }>(
      `{ me { id } bottlenecks(first: 100, filter: { reportingOrganisationCode: "GLD" }) { totalCount edges { node { createdBy { id username } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const mine = res.data!.bottlenecks.edges.filter((e) => e.node.createdBy?.username === 'anna.degroot');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.node.createdBy!.id === res.data!.me.id)).toBe(true);
    const [{ seeded }]: Array<{ seeded: number }> = await t.dataSource.query(`SELECT count(*)::int AS seeded FROM app_user WHERE username = 'anna.degroot'`);
    expect(seeded).toBe(1);
  });
});
