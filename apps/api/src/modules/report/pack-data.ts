import type { EntityManager } from 'typeorm';
import { ActionStatus, AssignmentStatus, BOTTLENECK_STATUSES, BottleneckOutcome, BottleneckStatus, Language } from '@grensportaal/shared-domain';
import type { StoredText } from '@api/core/text/stored-text';
import type { ConferenceDecision, ConferencePurpose } from '@grensportaal/shared-domain';
import type { Conference } from './conference.entity';
import { NamedRow, nameOf, ReportText, reportText, toNumber } from './report-sql';

export interface PackAction {
  title: ReportText;
  owner: string;
  dueDate: string;
  status: ActionStatus;
  progress: number;
}

export interface PackQuestion {
  ministry: string;
  dueDate: string;
  status: AssignmentStatus;
}

/** An item put to the conference, with the summary of its record. */
export interface PackItem {
  purpose: ConferencePurpose;
  decision: ConferenceDecision | null;
  kind: 'BOTTLENECK' | 'ACTION';
  reference: string;
  title: ReportText;
  status: string;
  theme: string;
  organisation: string;
  description: ReportText | null;
  whyToSolve: ReportText | null;
  actions: PackAction[];
  questions: PackQuestion[];
}

/** A line of "what changed since the previous conference". */
export interface PackLine {
  reference: string;
  title: ReportText;
  detail: string;
  /** A status, outcome, date or organisation the document labels. */
  from?: string | null;
  to?: string | null;
  date?: string | null;
}

export interface PackData {
  agenda: { id: string; code: string; name: string };
  conference: Pick<Conference, 'id' | 'date' | 'place' | 'chair' | 'status'>;
  previous: Pick<Conference, 'date' | 'place'> | null;
  /** The day from which changes are counted (the previous conference, or a year before this one). */
  since: string;
  items: PackItem[];
  newBottlenecks: PackLine[];
  statusChanges: PackLine[];
  closed: PackLine[];
  actionsDone: PackLine[];
  overdue: PackLine[];
  openQuestions: PackLine[];
  answers: PackLine[];
  byStatus: Array<{ status: BottleneckStatus; count: number }>;
}

type Row = Record<string, unknown> & NamedRow;
const SINCE = `($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

/** The conference pack's data: one snapshot, one statement per part, non-draft bottlenecks of the conference's agenda only. */
export async function readPackData(tx: EntityManager, conference: Conference, today: string, language: Language): Promise<PackData> {
  const [agenda]: Array<NamedRow & { id: string; code: string }> = await tx.query('SELECT id, code, name_nl, name_de, name_en FROM agenda WHERE id = $1', [conference.agendaId]);
  const [previous]: Array<{ date: string; place: string }> = await tx.query(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, place FROM conference WHERE agenda_id = $1 AND date < $2 ORDER BY date DESC, created_at DESC LIMIT 1`,
    [conference.agendaId, conference.date],
  );
  const since = previous?.date ?? `${Number(conference.date.slice(0, 4)) - 1}${conference.date.slice(4)}`;
  const p = [conference.agendaId, since];
  const text = (v: unknown) => reportText(v as StoredText | null, language);

  const itemRows: Row[] = await tx.query(
    `SELECT i.purpose, i.decision, i.bottleneck_id, i.action_id,
            COALESCE(b.reference, (SELECT min(b2.reference) FROM action_bottleneck ab JOIN bottleneck b2 ON b2.id = ab.bottleneck_id WHERE ab.action_id = a.id)) AS reference,
            COALESCE(b.title, a.title) AS title, COALESCE(b.status::text, a.status::text) AS status, b.description, b.why_to_solve,
            t.name_nl AS theme_nl, t.name_de AS theme_de, t.name_en AS theme_en, o.name_nl, o.name_de, o.name_en
       FROM conference_item i
       LEFT JOIN bottleneck b ON b.id = i.bottleneck_id AND b.status <> 'DRAFT'
       LEFT JOIN action a ON a.id = i.action_id
       LEFT JOIN theme t ON t.id = b.theme_id
       LEFT JOIN organisation o ON o.id = COALESCE(b.reporting_organisation_id, a.owner_organisation_id)
      WHERE i.conference_id = $1 AND (b.id IS NOT NULL OR a.id IS NOT NULL)
      ORDER BY i.position, i.created_at`,
    [conference.id],
  );
  const bottleneckIds = itemRows.map((r) => r.bottleneck_id).filter(Boolean);
  const actionRows: Row[] = await tx.query(
    `SELECT ab.bottleneck_id, a.title, to_char(a.due_date, 'YYYY-MM-DD') AS due_date, a.status, a.progress, o.name_nl, o.name_de, o.name_en
       FROM action_bottleneck ab JOIN action a ON a.id = ab.action_id JOIN organisation o ON o.id = a.owner_organisation_id
      WHERE ab.bottleneck_id = ANY($1) ORDER BY a.due_date`,
    [bottleneckIds],
  );
  const questionRows: Row[] = await tx.query(
    `SELECT s.bottleneck_id, to_char(s.due_date, 'YYYY-MM-DD') AS due_date, s.status, o.name_nl, o.name_de, o.name_en
       FROM assignment s JOIN organisation o ON o.id = s.ministry_id WHERE s.bottleneck_id = ANY($1) ORDER BY s.created_at`,
    [bottleneckIds],
  );
  const items: PackItem[] = itemRows.map((r) => ({
    purpose: r.purpose as ConferencePurpose,
    decision: (r.decision as ConferenceDecision | null) ?? null,
    kind: r.bottleneck_id ? 'BOTTLENECK' : 'ACTION',
    reference: String(r.reference ?? ''),
    title: text(r.title)!,
    status: String(r.status),
    theme: r.theme_nl ? nameOf({ name_nl: String(r.theme_nl), name_de: String(r.theme_de), name_en: String(r.theme_en) }, language) : '',
    organisation: nameOf(r, language),
    description: text(r.description),
    whyToSolve: text(r.why_to_solve),
    actions: actionRows
      .filter((a) => a.bottleneck_id === r.bottleneck_id)
      .map((a) => ({ title: text(a.title)!, owner: nameOf(a, language), dueDate: String(a.due_date), status: a.status as ActionStatus, progress: toNumber(a.progress) })),
    questions: questionRows.filter((q) => q.bottleneck_id === r.bottleneck_id).map((q) => ({ ministry: nameOf(q, language), dueDate: String(q.due_date), status: q.status as AssignmentStatus })),
  }));

  const lines = (rows: Row[], detail: (r: Row) => Partial<PackLine> = () => ({})): PackLine[] =>
    rows.map((r) => ({ reference: String(r.reference ?? ''), title: text(r.title)!, detail: '', ...detail(r) }));
  const newBottlenecks = lines(
    await tx.query(`SELECT reference, title, status FROM bottleneck WHERE agenda_id = $1 AND status <> 'DRAFT' AND submitted_at >= ${SINCE} ORDER BY submitted_at`, p),
    (r) => ({ to: String(r.status) }),
  );
  const statusChanges = lines(
    await tx.query(
      `SELECT b.reference, b.title, h.changes, h.occurred_at FROM history_entry h JOIN bottleneck b ON b.id = h.entity_id
        WHERE h.entity_type = 'BOTTLENECK' AND h.agenda_id = $1 AND h.kind = 'TRANSITION' AND h.occurred_at >= ${SINCE} AND b.status <> 'DRAFT'
        ORDER BY h.id`,
      p,
    ),
    (r) => {
      const status = (r.changes as Array<{ field: string; from: unknown; to: unknown }>).find((c) => c.field === 'status');
      return { from: status ? String(status.from) : null, to: status ? String(status.to) : null, date: (r.occurred_at as Date).toISOString() };
    },
  );
  const closed = lines(
    await tx.query(`SELECT reference, title, outcome, status_reason FROM bottleneck WHERE agenda_id = $1 AND status = 'CLOSED' AND closed_at >= ${SINCE} ORDER BY closed_at`, p),
    (r) => ({ to: r.outcome as BottleneckOutcome, detail: String(r.status_reason ?? '') }),
  );
  const actionReference = `(SELECT min(b.reference) FROM action_bottleneck ab JOIN bottleneck b ON b.id = ab.bottleneck_id WHERE ab.action_id = a.id)`;
  const actionsDone = lines(
    await tx.query(
      `SELECT ${actionReference} AS reference, a.title, o.name_nl, o.name_de, o.name_en, max(h.occurred_at) AS done_at
         FROM action a JOIN organisation o ON o.id = a.owner_organisation_id
         JOIN history_entry h ON h.entity_type = 'ACTION' AND h.entity_id = a.id AND h.kind = 'TRANSITION' AND h.transition = 'finish'
        WHERE a.agenda_id = $1 AND a.status = 'DONE' AND h.occurred_at >= ${SINCE}
        GROUP BY a.id, o.id ORDER BY done_at`,
      p,
    ),
    (r) => ({ detail: nameOf(r, language), date: (r.done_at as Date).toISOString() }),
  );
  const overdue = lines(
    await tx.query(
      `SELECT ${actionReference} AS reference, a.title, to_char(a.due_date, 'YYYY-MM-DD') AS due_date, o.name_nl, o.name_de, o.name_en
         FROM action a JOIN organisation o ON o.id = a.owner_organisation_id
        WHERE a.agenda_id = $1 AND a.status IN ('PLANNED', 'IN_PROGRESS', 'ON_HOLD') AND a.due_date < $2::date ORDER BY a.due_date`,
      [conference.agendaId, today],
    ),
    (r) => ({ detail: nameOf(r, language), date: String(r.due_date) }),
  );
  const openQuestions = lines(
    await tx.query(
      `SELECT b.reference, s.question AS title, to_char(s.due_date, 'YYYY-MM-DD') AS due_date, o.name_nl, o.name_de, o.name_en
         FROM assignment s JOIN bottleneck b ON b.id = s.bottleneck_id JOIN organisation o ON o.id = s.ministry_id
        WHERE b.agenda_id = $1 AND b.status <> 'DRAFT' AND s.status IN ('OPEN', 'RETURNED') ORDER BY s.due_date`,
      [conference.agendaId],
    ),
    (r) => ({ detail: nameOf(r, language), date: String(r.due_date) }),
  );
  const answers = lines(
    await tx.query(
      `SELECT b.reference, s.question AS title, o.name_nl, o.name_de, o.name_en, n.created_at
         FROM answer n JOIN assignment s ON s.id = n.assignment_id JOIN bottleneck b ON b.id = s.bottleneck_id JOIN organisation o ON o.id = s.ministry_id
        WHERE b.agenda_id = $1 AND b.status <> 'DRAFT' AND n.created_at >= ${SINCE} ORDER BY n.created_at`,
      p,
    ),
    (r) => ({ detail: nameOf(r, language), date: (r.created_at as Date).toISOString() }),
  );
  const counts: Array<{ status: BottleneckStatus; n: string }> = await tx.query(`SELECT status, count(*) AS n FROM bottleneck WHERE agenda_id = $1 AND status <> 'DRAFT' GROUP BY status`, [conference.agendaId]);

  return {
    agenda: { id: agenda.id, code: agenda.code, name: nameOf(agenda, language) },
    conference: { id: conference.id, date: conference.date, place: conference.place, chair: conference.chair, status: conference.status },
    previous: previous ?? null,
    since,
    items,
    newBottlenecks,
    statusChanges,
    closed,
    actionsDone,
    overdue,
    openQuestions,
    answers,
    byStatus: BOTTLENECK_STATUSES.filter((s) => s !== 'DRAFT').map((status) => ({ status, count: toNumber(counts.find((c) => c.status === status)?.n) })),
  };
}
