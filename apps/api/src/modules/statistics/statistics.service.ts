import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACTION_STATUSES, ASSIGNMENT_STATUSES, BOTTLENECK_STATUSES } from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { Caller } from '@api/core/context/caller';
import { actionOverdueSql, actionStalledSql, assignmentOverdueSql, stalledBefore } from '@api/core/sql/predicates';
import { Clock } from '@api/core/time/clock';
import { namedQuery } from '@api/core/sql/named-query';
import { ThemeService } from '@api/modules/theme/theme.service';
import { AgendaStatistics, ThemeCount } from './statistics.models';

interface Counted {
  agenda_id: string;
  status: string;
  n: number;
}

/**
 * An agenda's figures, counted in SQL under the same visibility rules as the
 * lists (a partner never counts another organisation's drafts), three
 * statements for all agendas of a request.
 */
@Injectable()
export class StatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly themes: ThemeService,
    private readonly clock: Clock,
  ) {}

  of(caller: Caller, agendaId: string): Promise<AgendaStatistics> {
    return caller.loaders.get<string, AgendaStatistics>('agenda.statistics', (ids) => this.load(caller, [...ids])).load(agendaId);
  }

  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    return namedQuery<T>(this.dataSource, sql, params);
  }

  private async load(caller: Caller, agendaIds: string[]): Promise<AgendaStatistics[]> {
    const b = this.access.scopeCondition(caller, 'b', 'bottleneck');
    const a = this.access.scopeCondition(caller, 'a', 'agenda');
    const q = this.access.scopeCondition(caller, 'q', 'agenda');
    const today = this.clock.today();
    const [bottlenecks, actions, questions] = await Promise.all([
      this.query<Counted & { theme_id: string | null }>(
        `SELECT b.agenda_id, b.status, b.theme_id, count(*)::int AS n FROM bottleneck b
          WHERE b.agenda_id = ANY(:ids) AND ${b.sql} GROUP BY 1, 2, 3`,
        { ids: agendaIds, ...b.params },
      ),
      this.query<Counted & { overdue: number; stalled: number }>(
        `SELECT a.agenda_id, a.status, count(*)::int AS n,
                (count(*) FILTER (WHERE ${actionOverdueSql('a', ':today')}))::int AS overdue,
                (count(*) FILTER (WHERE ${actionStalledSql('a', ':stalledBefore')}))::int AS stalled
           FROM action a WHERE a.agenda_id = ANY(:ids) AND ${a.sql} GROUP BY 1, 2`,
        { ids: agendaIds, today, stalledBefore: stalledBefore(this.clock.now()), ...a.params },
      ),
      this.query<Counted & { overdue: number }>(
        `SELECT q.agenda_id, q.status, count(*)::int AS n,
                (count(*) FILTER (WHERE ${assignmentOverdueSql('q', ':today')}))::int AS overdue
           FROM assignment q WHERE q.agenda_id = ANY(:ids) AND ${q.sql} GROUP BY 1, 2`,
        { ids: agendaIds, today, ...q.params },
      ),
    ]);
    const themesPerAgenda = await Promise.all(agendaIds.map((id) => this.themes.ofAgenda(caller.loaders, id)));

    return agendaIds.map((agendaId, i) => {
      const mine = <T extends Counted>(rows: T[]) => rows.filter((r) => r.agenda_id === agendaId);
      const sum = (rows: Counted[]) => rows.reduce((total, r) => total + r.n, 0);
      const bRows = mine(bottlenecks);
      const aRows = mine(actions);
      const qRows = mine(questions);
      const byTheme: ThemeCount[] = themesPerAgenda[i].map((theme) => {
        const rows = bRows.filter((r) => r.theme_id === theme.id);
        return { theme, count: sum(rows), open: sum(rows.filter((r) => r.status !== 'CLOSED')) };
      });
      const unthemed = bRows.filter((r) => r.theme_id === null);
      if (unthemed.length) byTheme.push({ theme: null, count: sum(unthemed), open: sum(unthemed.filter((r) => r.status !== 'CLOSED')) });
      return {
        bottlenecks: sum(bRows),
        bottlenecksByStatus: BOTTLENECK_STATUSES.map((status) => ({ status, count: sum(bRows.filter((r) => r.status === status)) })),
        bottlenecksByTheme: byTheme,
        actions: sum(aRows),
        actionsByStatus: ACTION_STATUSES.map((status) => ({ status, count: sum(aRows.filter((r) => r.status === status)) })),
        overdueActions: aRows.reduce((total, r) => total + r.overdue, 0),
        stalledActions: aRows.reduce((total, r) => total + r.stalled, 0),
        questionsByStatus: ASSIGNMENT_STATUSES.map((status) => ({ status, count: sum(qRows.filter((r) => r.status === status)) })),
        overdueQuestions: qRows.reduce((total, r) => total + r.overdue, 0),
      };
    });
  }
}
