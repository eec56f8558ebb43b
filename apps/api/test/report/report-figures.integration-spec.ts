import { BOTTLENECK_OUTCOMES } from '@grensportaal/shared-domain';
import { createLogger } from '@api/core/logging/logger';
import { seed } from '@api/database/seed/seed';
import { inSnapshot } from '@api/modules/report/report-sql';
import { readYearlyData, YearFigures } from '@api/modules/report/yearly-data';
import { as } from '../support/domain';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';
import { downloadReport, generateReport, pdfText } from './report-support';
import { generateRegister } from './generated-register';

/**
 * The yearly report's figures against ground truth computed here, in
 * TypeScript from the raw rows (not by the report's SQL): over the demo
 * register, and over a generated register whose dates crowd around the turn
 * of the year in Amsterdam. And a report for someone who may not read an
 * agenda holds nothing of it.
 */

const AMS = { timeZone: 'Europe/Amsterdam' } as const;
const yearOf = (d: Date) => Number(new Intl.DateTimeFormat('en-CA', { ...AMS, year: 'numeric' }).format(d));
const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { ...AMS, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

interface Rows {
  bottlenecks: Array<{ id: string; agenda_id: string; status: string; outcome: string | null; submitted_at: Date | null; closed_at: Date | null }>;
  history: Array<{ entity_type: string; entity_id: string; kind: string; transition: string | null; occurred_at: Date }>;
  actions: Array<{ id: string; agenda_id: string; status: string; due_date: string }>;
  questions: Array<{ id: string; agenda_id: string; bottleneck_status: string; ministry_id: string; created_at: Date; due_date: string }>;
  answers: Array<{ assignment_id: string; created_at: Date }>;
}

async function rowsOf(t: TestApp): Promise<Rows> {
  const q = (sql: string) => t.dataSource.query(sql);
  return {
    bottlenecks: await q('SELECT id, agenda_id, status, outcome, submitted_at, closed_at FROM bottleneck'),
    history: await q(`SELECT entity_type, entity_id, kind, transition, occurred_at FROM history_entry WHERE entity_type IN ('BOTTLENECK', 'ACTION')`),
    actions: await q(`SELECT id, agenda_id, status, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM action`),
    questions: await q(`SELECT s.id, b.agenda_id, b.status AS bottleneck_status, s.ministry_id, s.created_at, to_char(s.due_date, 'YYYY-MM-DD') AS due_date FROM assignment s JOIN bottleneck b ON b.id = s.bottleneck_id`),
    answers: await q('SELECT assignment_id, created_at FROM answer'),
  };
}

/** domain.md's figures of a year for one agenda, counted row by row. */
function truth(rows: Rows, agendaId: string, year: number, now: Date): YearFigures {
  const yearEnd = new Date(`${year + 1}-01-01T00:00:00+01:00`);
  const cutoff = now < yearEnd ? now : yearEnd;
  const bottlenecks = rows.bottlenecks.filter((b) => b.agenda_id === agendaId && b.status !== 'DRAFT');
  const ids = new Set(bottlenecks.map((b) => b.id));
  const closed = Object.fromEntries(BOTTLENECK_OUTCOMES.map((o) => [o, bottlenecks.filter((b) => b.status === 'CLOSED' && b.outcome === o && yearOf(b.closed_at!) === year).length])) as YearFigures['closed'];
  const doneAt = new Map<string, Date>();
  for (const h of rows.history) {
    if (h.entity_type === 'ACTION' && h.kind === 'TRANSITION' && h.transition === 'finish' && (!doneAt.has(h.entity_id) || doneAt.get(h.entity_id)! < h.occurred_at)) doneAt.set(h.entity_id, h.occurred_at);
  }
  const actions = rows.actions.filter((a) => a.agenda_id === agendaId);
  const done = actions.filter((a) => a.status === 'DONE' && doneAt.has(a.id) && yearOf(doneAt.get(a.id)!) === year);
  return {
    logged: bottlenecks.filter((b) => b.submitted_at && yearOf(b.submitted_at) === year).length,
    moved: new Set(rows.history.filter((h) => h.entity_type === 'BOTTLENECK' && ids.has(h.entity_id) && h.kind === 'TRANSITION' && h.transition !== 'submit' && yearOf(h.occurred_at) === year).map((h) => h.entity_id)).size,
    closed,
    closedTotal: Object.values(closed).reduce((s, n) => s + n, 0),
    actionsDone: done.length,
    actionsOnTime: done.filter((a) => dayOf(doneAt.get(a.id)!) <= a.due_date).length,
    actionsOverdue: actions.filter((a) => a.due_date < dayOf(cutoff) && a.status !== 'CANCELLED' && (a.status !== 'DONE' || (doneAt.has(a.id) && doneAt.get(a.id)! >= cutoff))).length,
  };
}

function ministryTruth(rows: Rows, agendaIds: string[], year: number) {
  const first = new Map<string, Date>();
  for (const a of rows.answers) if (!first.has(a.assignment_id) || first.get(a.assignment_id)! > a.created_at) first.set(a.assignment_id, a.created_at);
  const byMinistry = new Map<string, { received: number; answered: number; answeredOnTime: number; days: number[] }>();
  for (const q of rows.questions.filter((x) => agendaIds.includes(x.agenda_id) && x.bottleneck_status !== 'DRAFT')) {
    const m = byMinistry.get(q.ministry_id) ?? { received: 0, answered: 0, answeredOnTime: 0, days: [] };
    if (yearOf(q.created_at) === year) m.received += 1;
    const answered = first.get(q.id);
    if (answered && yearOf(answered) === year) {
      m.answered += 1;
      if (dayOf(answered) <= q.due_date) m.answeredOnTime += 1;
      m.days.push((answered.getTime() - q.created_at.getTime()) / 86_400_000);
    }
    byMinistry.set(q.ministry_id, m);
  }
  const median = (values: number[]) => {
    if (!values.length) return null;
    const s = [...values].sort((a, b) => a - b);
    const mid = (s.length - 1) / 2;
    return Math.round(((s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2) * 10) / 10;
  };
  return [...byMinistry.entries()]
    .filter(([, m]) => m.received || m.answered)
    .map(([ministryId, m]) => ({ ministryId, received: m.received, answered: m.answered, answeredOnTime: m.answeredOnTime, medianDays: median(m.days) }))
    .sort((a, b) => a.ministryId.localeCompare(b.ministryId));
}

describe('the yearly report counts what the register holds', () => {
  let t: TestApp;
  let agendaIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.dataSource);
    await seed(t.app, createLogger('silent'));
    agendaIds = (await t.dataSource.query('SELECT id FROM agenda ORDER BY sort_order')).map((r: { id: string }) => r.id);
  }, 180_000);

  afterAll(() => t.close());

  const compare = async (years: number[]) => {
    const rows = await rowsOf(t);
    const now = new Date();
    for (const year of years) {
      const data = await inSnapshot(t.dataSource.manager, (tx) => readYearlyData(tx, agendaIds, year, now, 'en'));
      for (const a of data.agendas) expect({ year, agenda: a.code, figures: a.figures }).toEqual({ year, agenda: a.code, figures: truth(rows, a.id, year, now) });
      const got = data.ministries.map(({ ministryId, received, answered, answeredOnTime, medianDays }) => ({ ministryId, received, answered, answeredOnTime, medianDays })).sort((a, b) => a.ministryId.localeCompare(b.ministryId));
      expect({ year, ministries: got }).toEqual({ year, ministries: ministryTruth(rows, agendaIds, year) });
    }
  };

  it('over the demo register, for every year it spans', async () => {
    const thisYear = yearOf(new Date());
    await compare([thisYear - 3, thisYear - 2, thisYear - 1, thisYear]);
  });

  it('over a generated register crowded around the turn of the year (Amsterdam time), drafts and cancellations included', async () => {
    const made = await generateRegister(t.dataSource, 600);
    expect(made.bottlenecks).toBe(600);
    await compare([2024, 2025, 2026, 2027]);
  });

  it('writes those figures into the PDF, in the figures table', async () => {
    const femke = as(t.app, 'femke.jansen', 'en');
    const year = yearOf(new Date());
    const report = await generateReport(femke, { kind: 'YEARLY', year, language: 'en' });
    expect(report.status).toBe('DONE');
    const text = pdfText((await downloadReport(t.app, 'femke.jansen', report.id, 'pdf')).body);
    const rows = await rowsOf(t);
    const now = new Date();
    const figures = agendaIds.map((id) => truth(rows, id, year, now));
    const line = (label: string) => text.split('\n').find((l) => l.trim().startsWith(label))!;
    const numbers = (l: string) => l.replace(/^\s*[^\d]+/, '').trim().split(/\s+/).map((n) => Number(n.replace(/,/g, '')));
    const sum = (values: number[]) => values.reduce((s, n) => s + n, 0);
    for (const [label, key] of [['Bottlenecks logged', 'logged'], ['Bottlenecks closed', 'closedTotal'], ['Actions completed by their due date', 'actionsOnTime'], ['Actions overdue', 'actionsOverdue']] as const) {
      const values = figures.map((f) => f[key]);
      expect({ label, numbers: numbers(line(label)) }).toEqual({ label, numbers: [...values, sum(values)] });
    }
  });

  it('holds nothing of an agenda its reader may not see', async () => {
    const lotte = as(t.app, 'lotte.peeters', 'nl');
    const report = await generateReport(lotte, { kind: 'YEARLY', year: yearOf(new Date()), language: 'nl' });
    expect(report.status).toBe('DONE');
    const pdf = pdfText((await downloadReport(t.app, 'lotte.peeters', report.id, 'pdf')).body);
    const foreign: Array<{ reference: string }> = await t.dataSource.query(`SELECT b.reference FROM bottleneck b JOIN agenda a ON a.id = b.agenda_id WHERE a.code <> 'NL-VL'`);
    const own: Array<{ reference: string }> = await t.dataSource.query(`SELECT b.reference FROM bottleneck b JOIN agenda a ON a.id = b.agenda_id WHERE a.code = 'NL-VL' AND b.status <> 'DRAFT'`);
    expect(foreign.filter((b) => pdf.includes(b.reference))).toEqual([]);
    expect(own.some((b) => pdf.includes(b.reference))).toBe(true);
    for (const name of ['Grenslandagenda', 'Noordoost', 'NL-NRW', 'NL-NDS']) expect(pdf).not.toContain(name);
    // Drafts, even of the reader's own agenda, are never in a report.
    const drafts: Array<{ reference: string }> = await t.dataSource.query(`SELECT reference FROM bottleneck WHERE status = 'DRAFT'`);
    expect(drafts.filter((b) => pdf.includes(b.reference))).toEqual([]);

    // The programme report the secretariat asked for holds agendas she may not read: she cannot see or download it.
    const femke = as(t.app, 'femke.jansen', 'nl');
    const programme = await generateReport(femke, { kind: 'YEARLY', year: yearOf(new Date()), language: 'nl' });
    expect((await lotte<{ generatedReport: null }>('query($id: ID!) { generatedReport(id: $id) { id } }', { id: programme.id })).data!.generatedReport).toBeNull();
    const listed = await lotte<{ generatedReports: Array<{ id: string }> }>('{ generatedReports { id } }');
    expect(listed.data!.generatedReports.map((r) => r.id)).toContain(report.id);
    expect(listed.data!.generatedReports.map((r) => r.id)).not.toContain(programme.id);
    const refused = await downloadReport(t.app, 'lotte.peeters', programme.id, 'pdf');
    expect(refused.status).toBe(404);
    expect(JSON.parse(refused.body.toString('utf8')).errors[0].extensions.code).toBe('REPORT_NOT_FOUND');
    // Nor can she ask for an agenda she may not read.
    const foreignAgenda = await lotte('mutation { generateReport(input: { kind: YEARLY, year: 2026, agendaCode: "NL-NRW" }) { id } }');
    expect(foreignAgenda.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
