import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AWAITING_ANSWER_STATUSES, BOTTLENECK_OUTCOMES, BottleneckOutcome, BottleneckStatus, BottleneckType, OPEN_ACTION_STATUSES } from '@grensportaal/shared-domain';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { AccessService } from '@api/core/auth/access.service';
import { Caller } from '@api/core/context/caller';
import { actionOverdueSql, actionStalledSql, assignmentOverdueSql, sqlList, stalledBefore } from '@api/core/sql/predicates';
import { Clock } from '@api/core/time/clock';
import { ValidationException } from '@api/core/validation/validation';
import { namedQuery } from '@api/core/sql/named-query';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { COMMISSIONER_ESCALATION_DAYS } from '@api/modules/notification/deadline.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { Theme } from '@api/modules/theme/theme.entity';
import { ThemeService } from '@api/modules/theme/theme.service';
import { AnswerScoreboard, DashboardFilter, DashboardPeriod, ProgrammeDashboard, ScoreboardLine } from './dashboard.models';

/** The longest period the dashboard counts over, in quarters (ten years). */
export const MAX_DASHBOARD_QUARTERS = 40;
/** Quarters shown when no period is asked for: the current one and the seven before it. */
const DEFAULT_QUARTERS = 8;

/** Midnight in Amsterdam at the start of a date (a :param or a column). */
const startOf = (date: string) => `((${date})::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
/** A timestamptz as its date in Amsterdam. */
const dateOf = (instant: string) => `(${instant} AT TIME ZONE 'Europe/Amsterdam')::date`;
const DAYS = (interval: string) => `(extract(epoch FROM ${interval}) / 86400)`;
/** The period's bounds in Amsterdam time, from the :from and :to parameters (whole days, :to included). */
const PERIOD_START = startOf(':from');
const PERIOD_END = startOf(':to::date + 1');

/** What a request for figures is of, resolved and checked. */
interface Resolved {
  agendaIds: string[];
  themeId: string | null;
  period: DashboardPeriod;
}

/**
 * The programme dashboard and the ministries' scoreboard, counted in SQL
 * (PostgreSQL aggregates, one statement per part) within the caller's read
 * scope: the agendas they may read, and a partner never counts another
 * organisation's drafts. Past quarters come from history, so they stay what
 * they were when later changes happen.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationService,
    private readonly themes: ThemeService,
    private readonly clock: Clock,
  ) {}

  async dashboard(caller: Caller, filter: DashboardFilter | null | undefined): Promise<ProgrammeDashboard> {
    const { agendaIds, themeId, period } = await this.resolve(caller, filter);
    const b = this.access.scopeCondition(caller, 'b', 'bottleneck');
    const inScope = `b.agenda_id = ANY(:agendaIds) AND ${b.sql}${themeId ? ' AND b.theme_id = :themeId' : ''}`;
    const now = this.clock.now();
    const params = { ...b.params, agendaIds, themeId, from: period.from, to: period.to, now, today: this.clock.today() };
    // Every status a bottleneck took in view, with when it took it and when it left it again (null: it is still there): bottleneck_stay, kept from history.
    // The agendas are the caller's; the draft rule needs no bottleneck row here: no step leads back to DRAFT, so a draft's stays are DRAFT
    // stays, and no figure counts those. Only a theme asks for the bottleneck.
    const stays = `SELECT s.bottleneck_id AS id, s.agenda_id, s.status, s.outcome, s.entered_at, s.left_at FROM bottleneck_stay s
      ${themeId ? 'JOIN bottleneck b ON b.id = s.bottleneck_id AND b.theme_id = :themeId' : ''} WHERE s.agenda_id = ANY(:agendaIds)`;
    const [quarters, stages, waiting, owners, register] = await Promise.all([
      this.query<{ start: string; stop: string; logged: number; closed: number; outcomes: Record<string, number> | null; open_at_end: number }>(
        `WITH q AS (SELECT g::date AS start, (g + interval '3 months')::date AS stop
                      FROM generate_series(:from::date, :to::date, interval '3 months') g),
              s AS MATERIALIZED (${stays} AND s.entered_at < ${PERIOD_END} AND (s.left_at IS NULL OR s.left_at >= ${PERIOD_START})),
              -- Submissions (the first of a bottleneck) and closings, by the quarter they happened in.
              events AS (SELECT date_trunc('quarter', s.entered_at AT TIME ZONE 'Europe/Amsterdam')::date AS start, s.status, s.outcome,
                                s.status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM bottleneck_stay e WHERE e.bottleneck_id = s.id AND e.status = 'SUBMITTED' AND e.entered_at < s.entered_at) AS first_submission
                           FROM s WHERE s.entered_at >= ${PERIOD_START} AND s.status IN ('SUBMITTED', 'CLOSED')),
              counted AS (SELECT start, (count(*) FILTER (WHERE first_submission))::int AS logged, (count(*) FILTER (WHERE status = 'CLOSED'))::int AS closed FROM events GROUP BY start),
              outcomes AS (SELECT start, jsonb_object_agg(outcome, n) AS outcomes FROM (SELECT start, outcome, count(*)::int AS n FROM events WHERE status = 'CLOSED' AND outcome IS NOT NULL GROUP BY 1, 2) o GROUP BY start),
              -- Open at a quarter's end: the open stays entered before it, less those left before it (a stay entered before the period counts from its first quarter).
              open_moves AS (SELECT greatest(date_trunc('quarter', entered_at AT TIME ZONE 'Europe/Amsterdam')::date, :from::date) AS start, 1 AS d FROM s WHERE status NOT IN ('DRAFT', 'CLOSED')
                             UNION ALL
                             SELECT date_trunc('quarter', left_at AT TIME ZONE 'Europe/Amsterdam')::date, -1 FROM s WHERE status NOT IN ('DRAFT', 'CLOSED') AND left_at < ${PERIOD_END}),
              open_delta AS (SELECT start, sum(d)::int AS d FROM open_moves GROUP BY start)
         SELECT to_char(q.start, 'YYYY-MM-DD') AS start, to_char(q.stop - 1, 'YYYY-MM-DD') AS stop, coalesce(c.logged, 0) AS logged, coalesce(c.closed, 0) AS closed, o.outcomes,
                (sum(coalesce(d.d, 0)) OVER (ORDER BY q.start))::int AS open_at_end
           FROM q LEFT JOIN counted c ON c.start = q.start LEFT JOIN outcomes o ON o.start = q.start LEFT JOIN open_delta d ON d.start = q.start ORDER BY q.start`,
        params,
      ),
      this.query<{ agenda_id: string; status: BottleneckStatus; stays: number; median: number | null; p80: number | null; now: number }>(
        `WITH s AS (${stays} AND s.status NOT IN ('DRAFT', 'CLOSED') AND (s.left_at IS NULL OR (s.left_at >= ${PERIOD_START} AND s.left_at < ${PERIOD_END})))
         SELECT agenda_id, status,
                (count(*) FILTER (WHERE left_at IS NOT NULL))::int AS stays,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS('left_at - entered_at')}) FILTER (WHERE left_at IS NOT NULL) AS median,
                percentile_cont(0.8) WITHIN GROUP (ORDER BY ${DAYS('left_at - entered_at')}) FILTER (WHERE left_at IS NOT NULL) AS p80,
                (count(*) FILTER (WHERE left_at IS NULL))::int AS now
           FROM s GROUP BY agenda_id, status`,
        params,
      ),
      this.query<{ id: string; reference: string; agenda_id: string; status: BottleneckStatus; since: Date; days: number }>(
        `SELECT w.id, r.reference, w.agenda_id, w.status, w.entered_at AS since, ${DAYS(':now::timestamptz - w.entered_at')} AS days
           FROM (${stays} AND s.left_at IS NULL AND s.status NOT IN ('DRAFT', 'CLOSED')) w JOIN bottleneck r ON r.id = w.id
          ORDER BY w.entered_at, r.reference LIMIT 10`,
        params,
      ),
      this.actionsByOwner(caller, agendaIds, themeId, period),
      this.query<{ dimension: 'theme' | 'type' | 'area'; theme_id: string | null; type: BottleneckType | null; area: string | null; count: number; open: number }>(
        `WITH r AS (SELECT b.theme_id, b.type, nullif(btrim(b.area), '') AS area, b.status FROM bottleneck b WHERE ${inScope})
         SELECT 'theme' AS dimension, theme_id, NULL AS type, NULL AS area, count(*)::int AS count, (count(*) FILTER (WHERE status <> 'CLOSED'))::int AS open FROM r GROUP BY theme_id
         UNION ALL SELECT 'type', NULL, type::text, NULL, count(*)::int, (count(*) FILTER (WHERE status <> 'CLOSED'))::int FROM r GROUP BY type
         UNION ALL (SELECT 'area', NULL, NULL, area, count(*)::int, (count(*) FILTER (WHERE status <> 'CLOSED'))::int FROM r WHERE area IS NOT NULL GROUP BY area ORDER BY 5 DESC, 4 LIMIT 20)`,
        params,
      ),
    ]);

    const agendaOf = this.agendas.loader(caller.loaders);
    const agenda = async (id: string) => (await agendaOf.load(id)) as Agenda;
    // One batched statement for every agenda's themes (the loader gathers the calls made together).
    const themesById = new Map<string, Theme>((await Promise.all(agendaIds.map((id) => this.themes.ofAgenda(caller.loaders, id)))).flat().map((t) => [t.id, t]));
    const round = (days: number | null) => (days === null ? 0 : Math.round(Number(days) * 10) / 10);
    return {
      period,
      quarters: quarters.map((q) => ({
        quarter: quarterName(q.start),
        start: q.start,
        end: q.stop,
        logged: q.logged,
        closed: q.closed,
        closedByOutcome: BOTTLENECK_OUTCOMES.map((outcome: BottleneckOutcome) => ({ outcome, count: q.outcomes?.[outcome] ?? 0 })),
        openAtEnd: q.open_at_end,
      })),
      stages: await Promise.all(
        stages
          .sort((x, y) => agendaIds.indexOf(x.agenda_id) - agendaIds.indexOf(y.agenda_id) || STAGE_ORDER.indexOf(x.status) - STAGE_ORDER.indexOf(y.status))
          .map(async (s) => ({ agenda: await agenda(s.agenda_id), status: s.status, stays: s.stays, medianDays: round(s.median), p80Days: round(s.p80), now: s.now })),
      ),
      waitingLongest: await Promise.all(waiting.map(async (w) => ({ id: w.id, reference: w.reference, agenda: await agenda(w.agenda_id), status: w.status, since: new Date(w.since), days: round(w.days) }))),
      actionsByOwner: owners,
      byTheme: register
        .filter((r) => r.dimension === 'theme')
        .map((r) => ({ theme: r.theme_id ? (themesById.get(r.theme_id) ?? null) : null, count: r.count, open: r.open }))
        .sort((x, y) => (x.theme ? x.theme.sortOrder : Infinity) - (y.theme ? y.theme.sortOrder : Infinity)),
      byType: register.filter((r) => r.dimension === 'type').map((r) => ({ type: r.type, count: r.count, open: r.open })),
      byArea: register.filter((r) => r.dimension === 'area').map((r) => ({ area: r.area!, count: r.count, open: r.open })),
    };
  }

  async scoreboard(caller: Caller, filter: DashboardFilter | null | undefined): Promise<AnswerScoreboard> {
    const { agendaIds, themeId, period } = await this.resolve(caller, filter);
    const b = this.access.scopeCondition(caller, 'b', 'bottleneck');
    const { onTimeShare, warningDays } = this.config.scoreboard;
    const rows = await this.query<ScoreRow & { ministry_id: string | null }>(
      `WITH escalated AS (
          SELECT split_part(key, ':', 3)::uuid AS id, bool_or(key LIKE 'escalate:%') AS secretariat, bool_or(key LIKE 'escalate${COMMISSIONER_ESCALATION_DAYS}:%') AS commissioner
            FROM deadline_event WHERE key LIKE 'escalate%:ASSIGNMENT:%' GROUP BY 1),
        q AS (
          SELECT s.ministry_id, s.created_at, s.due_date, s.status, f.first_at, f.returned, coalesce(x.secretariat, false) AS to_secretariat, coalesce(x.commissioner, false) AS to_commissioner
            FROM assignment s JOIN bottleneck b ON b.id = s.bottleneck_id
            LEFT JOIN LATERAL (SELECT min(a.created_at) AS first_at, (count(*) FILTER (WHERE a.review = 'RETURNED'))::int AS returned FROM answer a WHERE a.assignment_id = s.id) f ON TRUE
            LEFT JOIN escalated x ON x.id = s.id
           WHERE b.agenda_id = ANY(:agendaIds) AND ${b.sql}${themeId ? ' AND b.theme_id = :themeId' : ''}
             AND s.created_at >= ${PERIOD_START} AND s.created_at < ${PERIOD_END})
       SELECT ministry_id, count(*)::int AS received,
              (count(*) FILTER (WHERE first_at IS NOT NULL))::int AS answered,
              (count(*) FILTER (WHERE ${dateOf('first_at')} <= due_date))::int AS on_time,
              (count(*) FILTER (WHERE first_at IS NOT NULL OR (due_date < :today AND status IN (${sqlList(AWAITING_ANSWER_STATUSES)}))))::int AS judged,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS('first_at - created_at')}) FILTER (WHERE first_at IS NOT NULL) AS median,
              coalesce(sum(returned), 0)::int AS returned,
              (count(*) FILTER (WHERE to_secretariat))::int AS to_secretariat,
              (count(*) FILTER (WHERE to_commissioner))::int AS to_commissioner,
              (count(*) FILTER (WHERE status IN (${sqlList(AWAITING_ANSWER_STATUSES)})))::int AS open,
              (count(*) FILTER (WHERE ${assignmentOverdueSql('q', ':today')}))::int AS overdue,
              (count(*) FILTER (WHERE status IN (${sqlList(AWAITING_ANSWER_STATUSES)}) AND due_date >= :today AND due_date <= :soon))::int AS due_soon
         FROM q GROUP BY GROUPING SETS ((ministry_id), ())`,
      { ...b.params, agendaIds, themeId, from: period.from, to: period.to, today: this.clock.today(), soon: this.clock.todayPlus(warningDays) },
    );
    const user = this.access.requireUser(caller);
    const ownOnly = user.organisation?.kind === 'MINISTRY' && !this.access.seesAllDrafts(user);
    const organisation = this.organisations.loader(caller.loaders);
    const line = async (r: (ScoreRow & { ministry_id: string | null }) | undefined, ministry: Organisation | null): Promise<ScoreboardLine> => {
      const share = r && r.judged > 0 ? r.on_time / r.judged : null;
      return {
        ministry,
        received: r?.received ?? 0,
        answered: r?.answered ?? 0,
        answeredOnTime: r?.on_time ?? 0,
        medianDaysToFirstAnswer: r?.median == null ? null : Math.round(Number(r.median) * 10) / 10,
        returnedForRework: r?.returned ?? 0,
        escalatedToSecretariat: r?.to_secretariat ?? 0,
        escalatedToCommissioner: r?.to_commissioner ?? 0,
        openNow: r?.open ?? 0,
        overdueNow: r?.overdue ?? 0,
        dueSoonNow: r?.due_soon ?? 0,
        onTimeShare: share === null ? null : Math.round(share * 1000) / 1000,
        targetReached: share === null ? null : share >= onTimeShare,
      };
    };
    const perMinistry = rows.filter((r) => r.ministry_id !== null && (!ownOnly || r.ministry_id === user.organisation?.id));
    const lines = await Promise.all(perMinistry.map(async (r) => line(r, await organisation.load(r.ministry_id!))));
    // A ministry with nothing asked of it in the period still sees its own (empty) line.
    if (ownOnly && !lines.length && user.organisation) lines.push(await line(undefined, await organisation.load(user.organisation.id)));
    lines.sort((x, y) => (x.ministry?.code ?? '').localeCompare(y.ministry?.code ?? ''));
    return { period, targets: { onTimeShare, warningDays }, lines, total: await line(rows.find((r) => r.ministry_id === null), null) };
  }

  private async actionsByOwner(caller: Caller, agendaIds: string[], themeId: string | null, period: DashboardPeriod) {
    const a = this.access.scopeCondition(caller, 'a', 'agenda');
    const rows = await this.query<{ owner_id: string; on_time: number; late: number; open: number; overdue: number; stalled: number }>(
      `WITH x AS (SELECT a.owner_organisation_id, a.status, a.due_date, a.last_progress_at, d.at AS done_at FROM action a
                    -- When a done action was (last) finished: its history, looked up for done actions only.
                    LEFT JOIN LATERAL (SELECT max(h.occurred_at) AS at FROM history_entry h
                                        WHERE a.status = 'DONE' AND h.entity_type = 'ACTION' AND h.entity_id = a.id AND h.kind = 'TRANSITION' AND h.transition = 'finish') d ON TRUE
                   WHERE a.agenda_id = ANY(:agendaIds) AND ${a.sql}
                     ${themeId ? 'AND EXISTS (SELECT 1 FROM action_bottleneck ab JOIN bottleneck tb ON tb.id = ab.bottleneck_id WHERE ab.action_id = a.id AND tb.theme_id = :themeId)' : ''})
       SELECT owner_organisation_id AS owner_id,
              (count(*) FILTER (WHERE status = 'DONE' AND done_at >= ${PERIOD_START} AND done_at < ${PERIOD_END} AND ${dateOf('done_at')} <= due_date))::int AS on_time,
              (count(*) FILTER (WHERE status = 'DONE' AND done_at >= ${PERIOD_START} AND done_at < ${PERIOD_END} AND ${dateOf('done_at')} > due_date))::int AS late,
              (count(*) FILTER (WHERE status IN (${sqlList(OPEN_ACTION_STATUSES)})))::int AS open,
              (count(*) FILTER (WHERE ${actionOverdueSql('x', ':today')}))::int AS overdue,
              (count(*) FILTER (WHERE ${actionStalledSql('x', ':stalledBefore')}))::int AS stalled
         FROM x GROUP BY owner_organisation_id`,
      { ...a.params, agendaIds, themeId, from: period.from, to: period.to, today: this.clock.today(), stalledBefore: stalledBefore(this.clock.now()) },
    );
    const organisation = this.organisations.loader(caller.loaders);
    const figures = await Promise.all(
      rows
        .filter((r) => r.on_time + r.late + r.open + r.overdue + r.stalled > 0)
        .map(async (r) => ({ organisation: (await organisation.load(r.owner_id)) as Organisation, doneOnTime: r.on_time, doneLate: r.late, open: r.open, overdueNow: r.overdue, stalledNow: r.stalled })),
    );
    return figures.sort((x, y) => y.overdueNow - x.overdueNow || y.stalledNow - x.stalledNow || x.organisation.code.localeCompare(y.organisation.code));
  }

  /** The agendas (checked against what the caller may read), the theme and the period of whole quarters a filter asks for. */
  private async resolve(caller: Caller, filter: DashboardFilter | null | undefined): Promise<Resolved> {
    let agendaIds: string[];
    let themeId: string | null = null;
    if (filter?.agendaCode) {
      const agenda = await this.agendas.byCode(caller, filter.agendaCode);
      if (!agenda) throw new ValidationException([{ field: 'filter.agendaCode', rule: 'notFound', params: { value: filter.agendaCode } }]);
      agendaIds = [agenda.id];
      if (filter.themeCode) {
        const theme = (await this.themes.ofAgenda(caller.loaders, agenda.id)).find((t) => t.code === filter.themeCode);
        if (!theme) throw new ValidationException([{ field: 'filter.themeCode', rule: 'notFound', params: { value: filter.themeCode } }]);
        themeId = theme.id;
      }
    } else {
      if (filter?.themeCode) throw new ValidationException([{ field: 'filter.agendaCode', rule: 'required', params: {} }]);
      agendaIds = (await this.agendas.list(caller)).map((a) => a.id);
    }
    const today = this.clock.today();
    const from = quarterStart(filter?.from ?? shiftQuarters(quarterStart(today), -(DEFAULT_QUARTERS - 1)));
    const to = quarterEnd(filter?.to ?? today);
    if (to < from) throw new ValidationException([{ field: 'filter.to', rule: 'notBefore', params: { other: filter?.from ?? from } }]);
    if (quartersBetween(from, to) > MAX_DASHBOARD_QUARTERS) throw new ValidationException([{ field: 'filter.from', rule: 'periodTooLong', params: { max: MAX_DASHBOARD_QUARTERS } }]);
    return { agendaIds, themeId, period: { from, to } };
  }

  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    return namedQuery<T>(this.dataSource, sql, params);
  }
}

interface ScoreRow {
  received: number;
  answered: number;
  on_time: number;
  judged: number;
  median: number | null;
  returned: number;
  to_secretariat: number;
  to_commissioner: number;
  open: number;
  overdue: number;
  due_soon: number;
}

const STAGE_ORDER: readonly BottleneckStatus[] = ['SUBMITTED', 'IDENTIFICATION', 'ANALYSIS', 'ADVICE', 'DECISION'];

/** The first day of the quarter a date (YYYY-MM-DD) lies in. */
export function quarterStart(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

/** The last day of the quarter a date lies in. */
export function quarterEnd(date: string): string {
  const next = shiftQuarters(quarterStart(date), 1);
  const [y, m, d] = next.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

function shiftQuarters(start: string, quarters: number): string {
  const [y, m] = start.split('-').map(Number);
  const month = y * 12 + (m - 1) + quarters * 3;
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

function quartersBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return Math.floor(((ty - fy) * 12 + (tm - fm)) / 3) + 1;
}

/** 2026-07-01 → 2026-Q3. */
export function quarterName(start: string): string {
  const [y, m] = start.split('-').map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}
