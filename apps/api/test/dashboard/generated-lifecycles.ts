import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { seededRandom } from '../support/seeded-random';

const DAY = 86_400_000;
/** Quarter boundaries in Amsterdam, winter (+01:00) and summer (+02:00) time: most generated moves lie within a day of one. */
const BOUNDARIES = ['2026-01-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00', '2026-07-01T00:00:00+02:00', '2026-10-01T00:00:00+02:00'].map((d) => new Date(d).getTime());
const OUTCOMES = ['SOLVED_ADMINISTRATIVE', 'SOLVED_LEGISLATIVE', 'NOT_SOLVABLE', 'DUPLICATE', 'NO_OBSTACLE'];
const FORWARD = ['SUBMITTED', 'IDENTIFICATION', 'ANALYSIS', 'ADVICE', 'DECISION'];
const text = (value: string) => ({ lang: 'en', text: value, hash: 'x', tr: {} });

/**
 * Bottlenecks with a known lifecycle written straight into the tables (no
 * service, no rules): submitted, moved through the stages, some closed at
 * triage, some closed, reopened and closed again, some withdrawn as drafts,
 * the moves crowded around quarter boundaries; with questions (answered on
 * time, late, returned, escalated) and actions done on time, late, overdue
 * and stalled. The history carries the status changes as the services write
 * them.
 */
export async function generateLifecycles(ds: DataSource, n: number, now: Date): Promise<{ bottlenecks: number; reopened: number }> {
  const random = seededRandom(20261204);
  const int = (k: number) => Math.floor(random() * k);
  const pick = <T>(list: readonly T[]) => list[int(list.length)];
  const near = () => pick(BOUNDARIES) + (random() - 0.5) * 2 * DAY;
  const agendas: Array<{ id: string }> = await ds.query('SELECT id FROM agenda');
  const partners: Array<{ agenda_id: string; organisation_id: string }> = await ds.query('SELECT agenda_id, organisation_id FROM agenda_partner');
  const ministries: Array<{ id: string }> = await ds.query(`SELECT id FROM organisation WHERE kind = 'MINISTRY'`);
  const themes: Array<{ id: string; agenda_id: string }> = await ds.query('SELECT id, agenda_id FROM theme');
  const rows = { bottlenecks: [] as Array<Record<string, unknown>>, history: [] as Array<Record<string, unknown>>, actions: [] as Array<Record<string, unknown>>, questions: [] as Array<Record<string, unknown>>, answers: [] as Array<Record<string, unknown>>, events: [] as Array<Record<string, unknown>> };
  const at = (ms: number) => new Date(ms).toISOString();
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  let reopened = 0;
  for (let i = 0; i < n; i += 1) {
    const agenda = pick(agendas);
    const id = randomUUID();
    let t = near() - random() * 200 * DAY;
    const created = t;
    const moves: Array<{ status: string; outcome?: string; at: number; transition: string | null }> = [{ status: 'DRAFT', at: t, transition: null }];
    const step = (status: string, transition: string, outcome?: string) => {
      t = random() < 0.5 ? Math.max(t + 60_000, near()) : t + random() * 60 * DAY;
      moves.push({ status, outcome, at: t, transition });
    };
    const fate = random();
    if (fate < 0.1) step('CLOSED', 'withdraw', 'WITHDRAWN');
    else if (fate > 0.15) {
      step('SUBMITTED', 'submit');
      const depth = 1 + int(FORWARD.length);
      for (let s = 1; s < depth; s += 1) step(FORWARD[s], 'advance');
      if (random() < 0.5) {
        step('CLOSED', 'decide', pick(OUTCOMES));
        if (random() < 0.3) {
          reopened += 1;
          step('ANALYSIS', 'reopen');
          if (random() < 0.6) step('CLOSED', 'decide', pick(OUTCOMES));
        }
      }
    }
    const past = moves.filter((m) => m.at <= now.getTime());
    const last = past[past.length - 1];
    const submitted = past.find((m) => m.status === 'SUBMITTED');
    const ownThemes = themes.filter((th) => th.agenda_id === agenda.id);
    rows.bottlenecks.push({
      id,
      reference: `LC-${8000 + i}-001`,
      reference_year: 8000 + i,
      reference_number: 1,
      agenda_id: agenda.id,
      reporting_organisation_id: pick(partners.filter((p) => p.agenda_id === agenda.id)).organisation_id,
      status: last.status,
      outcome: last.status === 'CLOSED' ? last.outcome : null,
      type: pick(['LEGISLATION', 'ADMINISTRATIVE_PRACTICE', 'INFORMATION']),
      theme_id: ownThemes.length && random() < 0.8 ? pick(ownThemes).id : null,
      area: random() < 0.5 ? pick(['Euregio Rijn-Waal', 'Kreis Kleve – Nijmegen', 'Eems-Dollard', 'Baarle']) : '',
      title: text(`Lifecycle ${i}`),
      submitted_at: submitted ? at(submitted.at) : null,
      closed_at: last.status === 'CLOSED' ? at(last.at) : null,
      created_at: at(created),
    });
    past.forEach((m, k) =>
      rows.history.push({
        entity_type: 'BOTTLENECK',
        entity_id: id,
        agenda_id: agenda.id,
        version: k + 1,
        kind: k === 0 ? 'CREATED' : 'TRANSITION',
        transition: m.transition,
        occurred_at: at(m.at),
        changes: [{ field: 'status', from: k ? past[k - 1].status : null, to: m.status }, ...(m.status === 'CLOSED' ? [{ field: 'outcome', from: null, to: m.outcome }] : k && past[k - 1].status === 'CLOSED' ? [{ field: 'outcome', from: past[k - 1].outcome, to: null }] : [])],
      }),
    );
    if (submitted && random() < 0.6) {
      const asked = submitted.at + random() * 20 * DAY;
      const qid = randomUUID();
      const due = asked + (3 + int(30)) * DAY;
      const answeredAt = random() < 0.7 ? asked + random() * 45 * DAY : null;
      const answered = answeredAt !== null && answeredAt <= now.getTime();
      rows.questions.push({ id: qid, agenda_id: agenda.id, bottleneck_id: id, ministry_id: pick(ministries).id, question: text(`Question ${i}`), due_date: day(due), status: answered ? pick(['ANSWERED', 'ACCEPTED', 'RETURNED']) : 'OPEN', created_at: at(Math.min(asked, now.getTime())) });
      if (answered) {
        rows.answers.push({ id: randomUUID(), assignment_id: qid, text: text(`Answer ${i}`), review: random() < 0.25 ? 'RETURNED' : 'ACCEPTED', created_at: at(answeredAt) });
        if (random() < 0.3) rows.answers.push({ id: randomUUID(), assignment_id: qid, text: text(`Answer ${i} again`), review: 'PENDING', created_at: at(answeredAt + DAY) });
      }
      if (!answered || answeredAt! > due) rows.events.push({ key: `escalate:ASSIGNMENT:${qid}:${day(due)}`, occurred_at: at(due) });
      if (!answered || answeredAt! > due + 14 * DAY) if (random() < 0.7) rows.events.push({ key: `escalate14:ASSIGNMENT:${qid}:${day(due)}`, occurred_at: at(due + 14 * DAY) });
    }
    if (random() < 0.7) {
      const aid = randomUUID();
      const status = pick(['PLANNED', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'DONE', 'CANCELLED']);
      const due = near();
      rows.actions.push({ id: aid, agenda_id: agenda.id, title: text(`Action ${i}`), owner_organisation_id: pick(ministries).id, due_date: day(due), status, instrument: 'INFORMATION', progress: status === 'DONE' ? 100 : 0, last_progress_at: at(now.getTime() - random() * 120 * DAY) });
      if (status === 'DONE') for (let f = 0; f < 1 + int(2); f += 1) rows.history.push({ entity_type: 'ACTION', entity_id: aid, agenda_id: agenda.id, version: 1, kind: 'TRANSITION', transition: 'finish', occurred_at: at(due + (random() - 0.5) * 4 * DAY), changes: [] });
    }
  }
  const insert = (table: string, columns: string, types: string, list: Array<Record<string, unknown>>) =>
    list.length ? ds.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS r(${types})`, [JSON.stringify(list)]) : Promise.resolve();
  await insert(
    'bottleneck',
    'id, reference, reference_year, reference_number, agenda_id, reporting_organisation_id, status, outcome, type, theme_id, area, title, submitted_at, closed_at, created_at',
    'id uuid, reference text, reference_year int, reference_number int, agenda_id uuid, reporting_organisation_id uuid, status bottleneck_status, outcome bottleneck_outcome, type bottleneck_type, theme_id uuid, area text, title jsonb, submitted_at timestamptz, closed_at timestamptz, created_at timestamptz',
    rows.bottlenecks,
  );
  await insert('action', 'id, agenda_id, title, owner_organisation_id, due_date, status, instrument, progress, last_progress_at', 'id uuid, agenda_id uuid, title jsonb, owner_organisation_id uuid, due_date date, status action_status, instrument action_instrument, progress int, last_progress_at timestamptz', rows.actions);
  await insert('assignment', 'id, agenda_id, bottleneck_id, ministry_id, question, due_date, status, created_at', 'id uuid, agenda_id uuid, bottleneck_id uuid, ministry_id uuid, question jsonb, due_date date, status assignment_status, created_at timestamptz', rows.questions);
  await insert('answer', 'id, assignment_id, text, review, created_at', 'id uuid, assignment_id uuid, text jsonb, review answer_review, created_at timestamptz', rows.answers);
  await insert('deadline_event', 'key, occurred_at', 'key text, occurred_at timestamptz', rows.events);
  await insert(
    'history_entry',
    'entity_type, entity_id, agenda_id, version, kind, transition, occurred_at, changes',
    'entity_type entity_type, entity_id uuid, agenda_id uuid, version int, kind text, transition text, occurred_at timestamptz, changes jsonb',
    rows.history,
  );
  return { bottlenecks: rows.bottlenecks.length, reopened };
}
