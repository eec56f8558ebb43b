import type { EntityManager } from 'typeorm';
import { BOTTLENECK_OUTCOMES, BottleneckOutcome, BottleneckStatus, Language } from '@grensportaal/shared-domain';
import type { StoredText } from '@api/core/text/stored-text';
import { counts, readScreeningCounts } from '@api/modules/border-effects/border-effects-figures.service';
import type { ScreeningCounts } from '@api/modules/border-effects/border-effects.models';
import { NamedRow, nameOf, ReportText, reportText, toNumber, yearStart } from './report-sql';

/** The figures of one year (of an agenda or of the programme). */
export interface YearFigures {
  /** Bottlenecks submitted in the year. */
  logged: number;
  /** Bottlenecks that took at least one lifecycle step in the year (submission not counted). */
  moved: number;
  /** Bottlenecks closed in the year, by outcome. */
  closed: Record<BottleneckOutcome, number>;
  closedTotal: number;
  /** Actions finished in the year, and of those by their due date. */
  actionsDone: number;
  actionsOnTime: number;
  /** Actions due before the end of the year (or today, in a running year) and not finished by then. */
  actionsOverdue: number;
}

export interface MinistryFigures {
  ministryId: string;
  name: string;
  received: number;
  answered: number;
  answeredOnTime: number;
  /** Median days from the question to its first answer, of the questions answered in the year. */
  medianDays: number | null;
}

export interface ReportItem {
  id: string;
  reference: string;
  title: ReportText;
  status: BottleneckStatus;
  outcome: BottleneckOutcome | null;
  reason: string | null;
  theme: string;
}

export interface PriorityAction {
  id: string;
  reference: string;
  title: ReportText;
  dueDate: string;
  owner: string;
}

export interface AgendaYear {
  id: string;
  code: string;
  name: string;
  figures: YearFigures;
  /** Closed in the year, with outcome and reasons. */
  results: ReportItem[];
  /** Still open at the end of the year and moved during it. */
  inProgress: ReportItem[];
  /** Open actions due next year. */
  priorities: PriorityAction[];
  /** Every bottleneck the year concerns: submitted before its end and not closed before its start. */
  annex: ReportItem[];
}

/** The year's screening of internet consultations: every round, the year's total, and per ministry. */
export interface ScreeningYear {
  rounds: Array<{ code: string; counts: ScreeningCounts }>;
  total: ScreeningCounts;
  byMinistry: Array<{ name: string; counts: ScreeningCounts }>;
}

export interface YearlyData {
  year: number;
  agendas: AgendaYear[];
  programme: YearFigures;
  ministries: MinistryFigures[];
  screening: ScreeningYear;
}

const emptyFigures = (): YearFigures => ({
  logged: 0,
  moved: 0,
  closed: Object.fromEntries(BOTTLENECK_OUTCOMES.map((o) => [o, 0])) as Record<BottleneckOutcome, number>,
  closedTotal: 0,
  actionsDone: 0,
  actionsOnTime: 0,
  actionsOverdue: 0,
});

const START = yearStart('$2::int');
const END = yearStart('$2::int + 1');

/**
 * The yearly report's data over the agendas given (the requester's read
 * scope is applied by the caller), all in SQL: counts and medians in
 * PostgreSQL, one statement per part, never a row-by-row pass for a figure.
 * Overdue is counted at the end of the year, or at `now` in a running year.
 */
export async function readYearlyData(tx: EntityManager, agendaIds: string[], year: number, now: Date, language: Language): Promise<YearlyData> {
  const params = [agendaIds, year, now];
  const agendas: Array<NamedRow & { id: string; code: string }> = await tx.query(`SELECT id, code, name_nl, name_de, name_en FROM agenda WHERE id = ANY($1) ORDER BY sort_order, code`, [agendaIds]);
  const bottleneckFigures: Array<{ agenda_id: string; logged: string; moved: string }> = await tx.query(
    `SELECT b.agenda_id,
            count(*) FILTER (WHERE b.submitted_at >= ${START} AND b.submitted_at < ${END}) AS logged,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM history_entry h
                                            WHERE h.entity_type = 'BOTTLENECK' AND h.entity_id = b.id AND h.kind = 'TRANSITION' AND h.transition <> 'submit'
                                              AND h.occurred_at >= ${START} AND h.occurred_at < ${END})) AS moved
       FROM bottleneck b WHERE b.agenda_id = ANY($1) AND b.status <> 'DRAFT' GROUP BY b.agenda_id`,
    [agendaIds, year],
  );
  const closed: Array<{ agenda_id: string; outcome: BottleneckOutcome; n: string }> = await tx.query(
    `SELECT agenda_id, outcome, count(*) AS n FROM bottleneck
      WHERE agenda_id = ANY($1) AND status = 'CLOSED' AND closed_at >= ${START} AND closed_at < ${END} GROUP BY agenda_id, outcome`,
    [agendaIds, year],
  );
  const actionFigures: Array<{ agenda_id: string; done: string; on_time: string; overdue: string }> = await tx.query(
    `WITH done AS (SELECT entity_id AS action_id, max(occurred_at) AS done_at FROM history_entry
                    WHERE entity_type = 'ACTION' AND kind = 'TRANSITION' AND transition = 'finish' AND agenda_id = ANY($1) GROUP BY entity_id)
     SELECT a.agenda_id,
            count(*) FILTER (WHERE a.status = 'DONE' AND d.done_at >= ${START} AND d.done_at < ${END}) AS done,
            count(*) FILTER (WHERE a.status = 'DONE' AND d.done_at >= ${START} AND d.done_at < ${END} AND (d.done_at AT TIME ZONE 'Europe/Amsterdam')::date <= a.due_date) AS on_time,
            count(*) FILTER (WHERE a.due_date < (c.at AT TIME ZONE 'Europe/Amsterdam')::date AND a.status <> 'CANCELLED' AND (a.status <> 'DONE' OR d.done_at >= c.at)) AS overdue
       FROM action a LEFT JOIN done d ON d.action_id = a.id, (SELECT LEAST($3::timestamptz, ${END}) AS at) c
      WHERE a.agenda_id = ANY($1) GROUP BY a.agenda_id`,
    params,
  );
  const ministries: Array<NamedRow & { ministry_id: string; received: string; answered: string; on_time: string; median_days: string | null }> = await tx.query(
    `WITH first AS (SELECT assignment_id, min(created_at) AS at FROM answer GROUP BY assignment_id),
          q AS (SELECT s.ministry_id, s.created_at, s.due_date, f.at AS answered_at FROM assignment s
                  JOIN bottleneck b ON b.id = s.bottleneck_id LEFT JOIN first f ON f.assignment_id = s.id
                 WHERE b.agenda_id = ANY($1) AND b.status <> 'DRAFT')
     SELECT q.ministry_id, o.name_nl, o.name_de, o.name_en,
            count(*) FILTER (WHERE q.created_at >= ${START} AND q.created_at < ${END}) AS received,
            count(*) FILTER (WHERE q.answered_at >= ${START} AND q.answered_at < ${END}) AS answered,
            count(*) FILTER (WHERE q.answered_at >= ${START} AND q.answered_at < ${END} AND (q.answered_at AT TIME ZONE 'Europe/Amsterdam')::date <= q.due_date) AS on_time,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM q.answered_at - q.created_at) / 86400)
              FILTER (WHERE q.answered_at >= ${START} AND q.answered_at < ${END}) AS median_days
       FROM q JOIN organisation o ON o.id = q.ministry_id
      GROUP BY q.ministry_id, o.name_nl, o.name_de, o.name_en
     HAVING count(*) FILTER (WHERE q.created_at >= ${START} AND q.created_at < ${END}) > 0 OR count(*) FILTER (WHERE q.answered_at >= ${START} AND q.answered_at < ${END}) > 0`,
    [agendaIds, year],
  );
  type ItemRow = NamedRow & { id: string; agenda_id: string; reference: string; title: StoredText; status: BottleneckStatus; outcome: BottleneckOutcome | null; status_reason: string | null; part: string };
  const items: ItemRow[] = await tx.query(
    `SELECT b.id, b.agenda_id, b.reference, b.title, b.status, b.outcome, b.status_reason, t.name_nl, t.name_de, t.name_en,
            CASE WHEN b.status = 'CLOSED' AND b.closed_at >= ${START} AND b.closed_at < ${END} THEN 'result'
                 WHEN (b.status <> 'CLOSED' OR b.closed_at >= ${END}) AND EXISTS (SELECT 1 FROM history_entry h
                   WHERE h.entity_type = 'BOTTLENECK' AND h.entity_id = b.id AND h.kind = 'TRANSITION' AND h.occurred_at >= ${START} AND h.occurred_at < ${END}) THEN 'progress'
                 ELSE '' END AS part
       FROM bottleneck b LEFT JOIN theme t ON t.id = b.theme_id
      WHERE b.agenda_id = ANY($1) AND b.status <> 'DRAFT' AND b.submitted_at < ${END} AND (b.closed_at IS NULL OR b.closed_at >= ${START})
      ORDER BY b.reference_year, b.reference_number`,
    [agendaIds, year],
  );
  const priorities: Array<{ id: string; agenda_id: string; title: StoredText; due_date: string; reference: string | null } & NamedRow> = await tx.query(
    `SELECT a.id, a.agenda_id, a.title, to_char(a.due_date, 'YYYY-MM-DD') AS due_date, o.name_nl, o.name_de, o.name_en,
            (SELECT min(b.reference) FROM action_bottleneck ab JOIN bottleneck b ON b.id = ab.bottleneck_id WHERE ab.action_id = a.id) AS reference
       FROM action a JOIN organisation o ON o.id = a.owner_organisation_id
      WHERE a.agenda_id = ANY($1) AND a.status IN ('PLANNED', 'IN_PROGRESS', 'ON_HOLD')
        AND a.due_date >= make_date($2::int + 1, 1, 1) AND a.due_date < make_date($2::int + 2, 1, 1)
      ORDER BY a.due_date, a.created_at`,
    [agendaIds, year],
  );

  const programme = emptyFigures();
  const sections: AgendaYear[] = agendas.map((a) => {
    const figures = emptyFigures();
    const b = bottleneckFigures.find((r) => r.agenda_id === a.id);
    figures.logged = toNumber(b?.logged);
    figures.moved = toNumber(b?.moved);
    for (const c of closed.filter((r) => r.agenda_id === a.id)) {
      figures.closed[c.outcome] = toNumber(c.n);
      figures.closedTotal += toNumber(c.n);
    }
    const f = actionFigures.find((r) => r.agenda_id === a.id);
    figures.actionsDone = toNumber(f?.done);
    figures.actionsOnTime = toNumber(f?.on_time);
    figures.actionsOverdue = toNumber(f?.overdue);
    for (const key of ['logged', 'moved', 'closedTotal', 'actionsDone', 'actionsOnTime', 'actionsOverdue'] as const) programme[key] += figures[key];
    for (const o of BOTTLENECK_OUTCOMES) programme.closed[o] += figures.closed[o];
    const own = items.filter((r) => r.agenda_id === a.id).map((r) => ({ part: r.part, item: toItem(r, language) }));
    return {
      id: a.id,
      code: a.code,
      name: nameOf(a, language),
      figures,
      results: own.filter((r) => r.part === 'result').map((r) => r.item),
      inProgress: own.filter((r) => r.part === 'progress').map((r) => r.item),
      priorities: priorities
        .filter((p) => p.agenda_id === a.id)
        .map((p) => ({ id: p.id, reference: p.reference ?? '', title: reportText(p.title, language)!, dueDate: p.due_date, owner: nameOf(p, language) })),
      annex: own.map((r) => r.item),
    };
  });
  return {
    year,
    agendas: sections,
    programme,
    screening: await readScreening(tx, year, language),
    ministries: ministries.map((m) => ({
      ministryId: m.ministry_id,
      name: nameOf(m, language),
      received: toNumber(m.received),
      answered: toNumber(m.answered),
      answeredOnTime: toNumber(m.on_time),
      medianDays: m.median_days === null ? null : Math.round(Number(m.median_days) * 10) / 10,
    })).sort((x, y) => x.name.localeCompare(y.name, language)),
  };
}

/** The border-effects section's figures: public, the same for every reader (consultations are public documents). */
async function readScreening(tx: EntityManager, year: number, language: Language): Promise<ScreeningYear> {
  const rows = await readScreeningCounts(tx, year);
  const rounds: Array<{ id: string; half: number }> = await tx.query('SELECT id, half FROM screening_round WHERE year = $1 ORDER BY half', [year]);
  const ministryIds = [...new Set(rows.filter((r) => r.year !== null && !r.is_total && r.ministry_id).map((r) => r.ministry_id!))];
  const names: Array<NamedRow & { id: string }> = await tx.query('SELECT id, name_nl, name_de, name_en FROM organisation WHERE id = ANY($1)', [ministryIds]);
  return {
    rounds: rounds.map((r) => ({ code: `${year}-H${r.half}`, counts: counts(rows.find((x) => x.round_id === r.id && x.is_total) ?? null) })),
    total: counts(rows.find((x) => x.round_id === null && x.is_total) ?? null),
    byMinistry: rows
      .filter((x) => x.round_id === null && !x.is_total && x.ministry_id)
      .map((x) => ({ name: nameOf(names.find((n) => n.id === x.ministry_id)!, language), counts: counts(x) }))
      .sort((a, b) => a.name.localeCompare(b.name, language)),
  };
}

function toItem(r: NamedRow & { id: string; reference: string; title: StoredText; status: BottleneckStatus; outcome: BottleneckOutcome | null; status_reason: string | null }, language: Language): ReportItem {
  return { id: r.id, reference: r.reference, title: reportText(r.title, language)!, status: r.status, outcome: r.outcome, reason: r.status_reason, theme: r.name_nl ? nameOf(r, language) : '' };
}
