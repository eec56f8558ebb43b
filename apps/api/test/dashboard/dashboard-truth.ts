import type { DataSource } from 'typeorm';

/**
 * The dashboard's and the scoreboard's figures computed here, row by row in
 * TypeScript from the raw tables, independently of the API's SQL: what the
 * integration tests hold the API to.
 */

const AMS = { timeZone: 'Europe/Amsterdam' } as const;
const DAY = 86_400_000;
export const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { ...AMS, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
/** Midnight in Amsterdam at the start of a date. */
export function amsterdamMidnight(date: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  const shown = new Date(guess.toLocaleString('en-US', AMS));
  return new Date(guess.getTime() - (shown.getTime() - guess.getTime()));
}
const nextDay = (date: string) => new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + 1)).toISOString().slice(0, 10);

export interface Rows {
  bottlenecks: Array<{ id: string; reference: string; agenda_id: string; status: string; reporting_organisation_id: string; theme_id: string | null; type: string | null; area: string | null }>;
  moves: Array<{ id: string; entity_id: string; occurred_at: Date; changes: Array<{ field: string; from: unknown; to: unknown }> }>;
  actions: Array<{ id: string; agenda_id: string; owner_organisation_id: string; status: string; due_date: string; last_progress_at: Date }>;
  finishes: Array<{ entity_id: string; occurred_at: Date }>;
  questions: Array<{ id: string; bottleneck_id: string; ministry_id: string; status: string; created_at: Date; due_date: string }>;
  answers: Array<{ assignment_id: string; created_at: Date; review: string }>;
  escalations: Array<{ key: string }>;
  links: Array<{ action_id: string; bottleneck_id: string }>;
}

export async function rowsOf(ds: DataSource): Promise<Rows> {
  const q = (sql: string) => ds.query(sql);
  return {
    bottlenecks: await q('SELECT id, reference, agenda_id, status, reporting_organisation_id, theme_id, type, area FROM bottleneck'),
    moves: await q(`SELECT id::text, entity_id, occurred_at, changes FROM history_entry WHERE entity_type = 'BOTTLENECK' ORDER BY occurred_at, id`),
    actions: await q(`SELECT id, agenda_id, owner_organisation_id, status, to_char(due_date, 'YYYY-MM-DD') AS due_date, last_progress_at FROM action`),
    finishes: await q(`SELECT entity_id, occurred_at FROM history_entry WHERE entity_type = 'ACTION' AND kind = 'TRANSITION' AND transition = 'finish'`),
    questions: await q(`SELECT id, bottleneck_id, ministry_id, status, created_at, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM assignment`),
    answers: await q('SELECT assignment_id, created_at, review FROM answer'),
    escalations: await q(`SELECT key FROM deadline_event WHERE key LIKE 'escalate%'`),
    links: await q('SELECT action_id, bottleneck_id FROM action_bottleneck'),
  };
}

/** Who asks, as the figures see them: the agendas in view, and whose drafts count. */
export interface Viewer {
  agendaIds: string[];
  /** Null: every draft counts (secretariat, admin). */
  organisationId: string | null;
  themeId?: string | null;
}

function visible(rows: Rows, viewer: Viewer) {
  return rows.bottlenecks.filter(
    (b) => viewer.agendaIds.includes(b.agenda_id) && (viewer.organisationId === null || b.status !== 'DRAFT' || b.reporting_organisation_id === viewer.organisationId) && (!viewer.themeId || b.theme_id === viewer.themeId),
  );
}

interface Stay {
  id: string;
  agendaId: string;
  status: string;
  outcome: string | null;
  entered: Date;
  left: Date | null;
}

function staysOf(rows: Rows, viewer: Viewer): Stay[] {
  const byId = new Map(visible(rows, viewer).map((b) => [b.id, b]));
  const perBottleneck = new Map<string, Stay[]>();
  // rows.moves is in (occurred_at, id) order, as the history was written.
  for (const m of rows.moves) {
    const b = byId.get(m.entity_id);
    const status = m.changes.find((c) => c.field === 'status');
    if (!b || !status) continue;
    const outcome = m.changes.find((c) => c.field === 'outcome');
    const list = perBottleneck.get(b.id) ?? [];
    if (list.length) list[list.length - 1].left = m.occurred_at;
    list.push({ id: b.id, agendaId: b.agenda_id, status: String(status.to), outcome: outcome?.to ? String(outcome.to) : null, entered: m.occurred_at, left: null });
    perBottleneck.set(b.id, list);
  }
  return [...perBottleneck.values()].flat();
}

/** PostgreSQL's percentile_cont: linear between the two nearest ranks. */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function quarterTruth(rows: Rows, viewer: Viewer, quarters: Array<{ start: string; end: string }>, now: Date) {
  const stays = staysOf(rows, viewer);
  const firstSubmitted = new Map<string, Date>();
  for (const s of stays) if (s.status === 'SUBMITTED' && (!firstSubmitted.has(s.id) || firstSubmitted.get(s.id)! > s.entered)) firstSubmitted.set(s.id, s.entered);
  return quarters.map(({ start, end }) => {
    const from = amsterdamMidnight(start);
    const stop = amsterdamMidnight(nextDay(end));
    const at = stop < now ? stop : now;
    const inQuarter = (d: Date) => d >= from && d < stop;
    const closings = stays.filter((s) => s.status === 'CLOSED' && inQuarter(s.entered));
    const outcomes: Record<string, number> = {};
    for (const c of closings) if (c.outcome) outcomes[c.outcome] = (outcomes[c.outcome] ?? 0) + 1;
    return {
      start,
      logged: [...firstSubmitted.values()].filter(inQuarter).length,
      closed: closings.length,
      outcomes,
      openAtEnd: new Set(stays.filter((s) => !['DRAFT', 'CLOSED'].includes(s.status) && s.entered < at && (s.left === null || s.left >= at)).map((s) => s.id)).size,
    };
  });
}

export function stageTruth(rows: Rows, viewer: Viewer, from: string, to: string) {
  const start = amsterdamMidnight(from);
  const stop = amsterdamMidnight(nextDay(to));
  const groups = new Map<string, { agendaId: string; status: string; days: number[]; now: number }>();
  for (const s of staysOf(rows, viewer)) {
    if (['DRAFT', 'CLOSED'].includes(s.status)) continue;
    const key = `${s.agendaId}:${s.status}`;
    const g = groups.get(key) ?? { agendaId: s.agendaId, status: s.status, days: [], now: 0 };
    if (s.left === null) g.now += 1;
    else if (s.left >= start && s.left < stop) g.days.push((s.left.getTime() - s.entered.getTime()) / DAY);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ agendaId: g.agendaId, status: g.status, stays: g.days.length, medianDays: round1(percentile(g.days, 0.5)) ?? 0, p80Days: round1(percentile(g.days, 0.8)) ?? 0, now: g.now }))
    .sort((x, y) => `${x.agendaId}:${x.status}`.localeCompare(`${y.agendaId}:${y.status}`));
}

export function waitingTruth(rows: Rows, viewer: Viewer) {
  const reference = new Map(rows.bottlenecks.map((b) => [b.id, b.reference]));
  return staysOf(rows, viewer)
    .filter((s) => s.left === null && !['DRAFT', 'CLOSED'].includes(s.status))
    .sort((x, y) => x.entered.getTime() - y.entered.getTime() || reference.get(x.id)!.localeCompare(reference.get(y.id)!))
    .slice(0, 10)
    .map((s) => reference.get(s.id));
}

export function ownerTruth(rows: Rows, viewer: Viewer, from: string, to: string, today: string, now: Date) {
  const start = amsterdamMidnight(from);
  const stop = amsterdamMidnight(nextDay(to));
  const doneAt = new Map<string, Date>();
  for (const f of rows.finishes) if (!doneAt.has(f.entity_id) || doneAt.get(f.entity_id)! < f.occurred_at) doneAt.set(f.entity_id, f.occurred_at);
  const stalledBefore = new Date(now.getTime() - 60 * DAY);
  const open = ['PLANNED', 'IN_PROGRESS', 'ON_HOLD'];
  const per = new Map<string, { doneOnTime: number; doneLate: number; open: number; overdueNow: number; stalledNow: number }>();
  const themed = new Set(rows.bottlenecks.filter((b) => b.theme_id === viewer.themeId).map((b) => b.id));
  const ofTheme = (actionId: string) => !viewer.themeId || rows.links.some((l) => l.action_id === actionId && themed.has(l.bottleneck_id));
  for (const a of rows.actions.filter((x) => viewer.agendaIds.includes(x.agenda_id) && ofTheme(x.id))) {
    const f = per.get(a.owner_organisation_id) ?? { doneOnTime: 0, doneLate: 0, open: 0, overdueNow: 0, stalledNow: 0 };
    const done = doneAt.get(a.id);
    if (a.status === 'DONE' && done && done >= start && done < stop) {
      if (dayOf(done) <= a.due_date) f.doneOnTime += 1;
      else f.doneLate += 1;
    }
    if (open.includes(a.status)) f.open += 1;
    if (a.due_date < today && !['DONE', 'CANCELLED'].includes(a.status)) f.overdueNow += 1;
    if (open.includes(a.status) && a.last_progress_at < stalledBefore) f.stalledNow += 1;
    per.set(a.owner_organisation_id, f);
  }
  return [...per.entries()]
    .filter(([, f]) => f.doneOnTime + f.doneLate + f.open + f.overdueNow + f.stalledNow > 0)
    .map(([organisationId, f]) => ({ organisationId, ...f }))
    .sort((x, y) => x.organisationId.localeCompare(y.organisationId));
}

export function scoreboardTruth(rows: Rows, viewer: Viewer, from: string, to: string, today: string, soon: string, target: number) {
  const start = amsterdamMidnight(from);
  const stop = amsterdamMidnight(nextDay(to));
  const seen = new Set(visible(rows, viewer).map((b) => b.id));
  const first = new Map<string, Date>();
  const returned = new Map<string, number>();
  for (const a of rows.answers) {
    if (!first.has(a.assignment_id) || first.get(a.assignment_id)! > a.created_at) first.set(a.assignment_id, a.created_at);
    if (a.review === 'RETURNED') returned.set(a.assignment_id, (returned.get(a.assignment_id) ?? 0) + 1);
  }
  const escalated = (id: string, prefix: string) => rows.escalations.some((e) => e.key.startsWith(`${prefix}:ASSIGNMENT:${id}:`));
  const awaiting = ['OPEN', 'RETURNED'];
  const line = (questions: Rows['questions']) => {
    const answered = questions.filter((q) => first.has(q.id));
    const onTime = answered.filter((q) => dayOf(first.get(q.id)!) <= q.due_date).length;
    const judged = questions.filter((q) => first.has(q.id) || (q.due_date < today && awaiting.includes(q.status))).length;
    const share = judged ? onTime / judged : null;
    return {
      received: questions.length,
      answered: answered.length,
      answeredOnTime: onTime,
      medianDaysToFirstAnswer: round1(percentile(answered.map((q) => (first.get(q.id)!.getTime() - q.created_at.getTime()) / DAY), 0.5)),
      returnedForRework: questions.reduce((n, q) => n + (returned.get(q.id) ?? 0), 0),
      escalatedToSecretariat: questions.filter((q) => escalated(q.id, 'escalate')).length,
      escalatedToCommissioner: questions.filter((q) => escalated(q.id, 'escalate14')).length,
      openNow: questions.filter((q) => awaiting.includes(q.status)).length,
      overdueNow: questions.filter((q) => awaiting.includes(q.status) && q.due_date < today).length,
      dueSoonNow: questions.filter((q) => awaiting.includes(q.status) && q.due_date >= today && q.due_date <= soon).length,
      onTimeShare: share === null ? null : Math.round(share * 1000) / 1000,
      targetReached: share === null ? null : share >= target,
    };
  };
  const asked = rows.questions.filter((q) => seen.has(q.bottleneck_id) && q.created_at >= start && q.created_at < stop);
  const ministries = [...new Set(asked.map((q) => q.ministry_id))].sort();
  return { lines: ministries.map((m) => ({ ministryId: m, ...line(asked.filter((q) => q.ministry_id === m)) })), total: line(asked) };
}
