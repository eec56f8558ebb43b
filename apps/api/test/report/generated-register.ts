import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { seededRandom } from '../support/seeded-random';

const DAY = 86_400_000;
/** The turns of the year in Amsterdam (UTC+1 in winter): most generated moments lie within a day of one. */
const TURNS = [2025, 2026, 2027].map((y) => new Date(`${y}-01-01T00:00:00+01:00`).getTime());
const STATUSES = ['DRAFT', 'SUBMITTED', 'IDENTIFICATION', 'ANALYSIS', 'ADVICE', 'DECISION', 'CLOSED', 'CLOSED', 'CLOSED'];
const OUTCOMES = ['SOLVED_ADMINISTRATIVE', 'SOLVED_LEGISLATIVE', 'NOT_SOLVABLE', 'WITHDRAWN', 'DUPLICATE', 'NO_OBSTACLE', 'INCOMPLETE'];
const ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'DONE', 'CANCELLED'];
const text = (value: string) => ({ lang: 'en', text: value, hash: 'x', tr: {} });

/**
 * A register written straight into the tables (no service, no rules), for
 * checking figures: bottlenecks, lifecycle history, actions with finish
 * steps, questions and answers, their moments crowded around the turn of
 * the year and spread over 2024–2027.
 */
export async function generateRegister(ds: DataSource, n: number): Promise<{ bottlenecks: number }> {
  const random = seededRandom(20261203);
  const int = (k: number) => Math.floor(random() * k);
  const pick = <T>(list: readonly T[]) => list[int(list.length)];
  const moment = () => (random() < 0.6 ? pick(TURNS) + (random() - 0.5) * 2 * DAY : TURNS[0] - 365 * DAY + random() * 4 * 365 * DAY);
  const agendas: Array<{ id: string; prefix: string }> = await ds.query('SELECT id, reference_prefix AS prefix FROM agenda');
  const partners: Array<{ agenda_id: string; organisation_id: string }> = await ds.query('SELECT agenda_id, organisation_id FROM agenda_partner');
  const ministries: Array<{ id: string }> = await ds.query(`SELECT id FROM organisation WHERE kind = 'MINISTRY'`);
  const bottlenecks: Array<Record<string, unknown>> = [];
  const history: Array<Record<string, unknown>> = [];
  const actions: Array<Record<string, unknown>> = [];
  const questions: Array<Record<string, unknown>> = [];
  const answers: Array<Record<string, unknown>> = [];
  const at = (ms: number) => new Date(ms).toISOString();
  for (let i = 0; i < n; i += 1) {
    const agenda = pick(agendas);
    const status = pick(STATUSES);
    const created = moment();
    const submitted = status === 'DRAFT' ? null : created + random() * 3 * DAY;
    const closed = status === 'CLOSED' ? Math.max(submitted!, moment()) : null;
    const id = randomUUID();
    bottlenecks.push({
      id,
      reference: `GEN-${9000 + i}-${String(i).padStart(3, '0')}`,
      reference_year: 9000 + i,
      reference_number: 1,
      agenda_id: agenda.id,
      reporting_organisation_id: pick(partners.filter((p) => p.agenda_id === agenda.id)).organisation_id,
      status,
      outcome: closed ? pick(OUTCOMES) : null,
      type: 'INFORMATION',
      title: text(`Generated bottleneck ${i}`),
      submitted_at: submitted ? at(submitted) : null,
      closed_at: closed ? at(closed) : null,
      created_at: at(created),
    });
    if (submitted) {
      for (let s = 0; s < 1 + int(3); s += 1) {
        history.push({ entity_type: 'BOTTLENECK', entity_id: id, agenda_id: agenda.id, kind: 'TRANSITION', transition: s === 0 ? 'submit' : pick(['accept', 'startAnalysis', 'decide', 'reopen']), occurred_at: at(submitted + random() * 400 * DAY) });
      }
      if (random() < 0.4) {
        const asked = submitted + random() * 30 * DAY;
        const qid = randomUUID();
        const due = new Date(asked + (5 + int(40)) * DAY).toISOString().slice(0, 10);
        questions.push({ id: qid, agenda_id: agenda.id, bottleneck_id: id, ministry_id: pick(ministries).id, question: text(`Question ${i}`), due_date: due, status: 'OPEN', created_at: at(asked) });
        for (let a = 0; a < int(3); a += 1) answers.push({ id: randomUUID(), assignment_id: qid, text: text(`Answer ${i}.${a}`), created_at: at(asked + random() * 90 * DAY) });
      }
    }
    if (random() < 0.7) {
      const actionStatus = pick(ACTION_STATUSES);
      const aid = randomUUID();
      const due = new Date(moment()).toISOString().slice(0, 10);
      actions.push({ id: aid, agenda_id: agenda.id, title: text(`Action ${i}`), owner_organisation_id: pick(ministries).id, due_date: due, status: actionStatus, instrument: 'INFORMATION', progress: actionStatus === 'DONE' ? 100 : 0 });
      if (actionStatus === 'DONE') {
        // Some actions were finished, reopened and finished again: the last finish counts.
        for (let f = 0; f < 1 + int(2); f += 1) history.push({ entity_type: 'ACTION', entity_id: aid, agenda_id: agenda.id, kind: 'TRANSITION', transition: 'finish', occurred_at: at(moment()) });
      }
    }
  }
  const insert = (table: string, columns: string, types: string, rows: Array<Record<string, unknown>>) =>
    ds.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS r(${types})`, [JSON.stringify(rows)]);
  await insert(
    'bottleneck',
    'id, reference, reference_year, reference_number, agenda_id, reporting_organisation_id, status, outcome, type, title, submitted_at, closed_at, created_at',
    'id uuid, reference text, reference_year int, reference_number int, agenda_id uuid, reporting_organisation_id uuid, status bottleneck_status, outcome bottleneck_outcome, type bottleneck_type, title jsonb, submitted_at timestamptz, closed_at timestamptz, created_at timestamptz',
    bottlenecks,
  );
  await insert('action', 'id, agenda_id, title, owner_organisation_id, due_date, status, instrument, progress', 'id uuid, agenda_id uuid, title jsonb, owner_organisation_id uuid, due_date date, status action_status, instrument action_instrument, progress int', actions);
  await insert('assignment', 'id, agenda_id, bottleneck_id, ministry_id, question, due_date, status, created_at', 'id uuid, agenda_id uuid, bottleneck_id uuid, ministry_id uuid, question jsonb, due_date date, status assignment_status, created_at timestamptz', questions);
  await insert('answer', 'id, assignment_id, text, created_at', 'id uuid, assignment_id uuid, text jsonb, created_at timestamptz', answers);
  await insert(
    'history_entry',
    'entity_type, entity_id, agenda_id, version, kind, transition, occurred_at',
    'entity_type entity_type, entity_id uuid, agenda_id uuid, version int, kind text, transition text, occurred_at timestamptz',
    history.map((h) => ({ ...h, version: 1 })),
  );
  return { bottlenecks: bottlenecks.length };
}
