import { SqlCondition } from '@api/core/auth/access.service';
import { KeysetOrder, searchWords } from '@api/core/pagination/keyset';
import { actionOverdueSql, actionStalledSql, stalledBefore } from '@api/core/sql/predicates';
import { ActionFilter, ActionOrder } from './dto/actions.args';

/** The action list as data: its filter as SQL conditions on `a`, and its orders. */
export const ACTION_ORDERS: Record<ActionOrder, KeysetOrder> = {
  DUE_DATE_ASC: { column: 'a.due_date', direction: 'ASC', cast: 'date' },
  UPDATED_DESC: { column: 'a.updated_at', direction: 'DESC', cast: 'timestamptz' },
  LAST_PROGRESS_ASC: { column: 'a.last_progress_at', direction: 'ASC', cast: 'timestamptz' },
};

export function actionConditions(filter: ActionFilter, scope: SqlCondition, clock: { today: string; now: Date }): SqlCondition & { where: string[] } {
  const where = [scope.sql];
  const params: Record<string, unknown> = { ...scope.params };
  if (filter.agendaCode) {
    where.push('a.agenda_id = (SELECT id FROM agenda WHERE code = :agendaCode)');
    params['agendaCode'] = filter.agendaCode;
  }
  if (filter.statuses?.length) {
    where.push('a.status = ANY(:statuses)');
    params['statuses'] = filter.statuses;
  }
  if (filter.ownerOrganisationCode) {
    where.push('a.owner_organisation_id = (SELECT id FROM organisation WHERE code = :ownerCode)');
    params['ownerCode'] = filter.ownerOrganisationCode;
  }
  if (filter.overdue !== undefined && filter.overdue !== null) {
    where.push(`${filter.overdue ? '' : 'NOT '}${actionOverdueSql('a', ':today')}`);
    params['today'] = clock.today;
  }
  if (filter.stalled !== undefined && filter.stalled !== null) {
    where.push(`${filter.stalled ? '' : 'NOT '}${actionStalledSql('a', ':stalledBefore')}`);
    params['stalledBefore'] = stalledBefore(clock.now);
  }
  if (filter.bottleneckId) {
    where.push('a.id IN (SELECT action_id FROM action_bottleneck WHERE bottleneck_id = :bottleneckId)');
    params['bottleneckId'] = filter.bottleneckId;
  }
  searchWords(filter.text).forEach((pattern, i) => {
    where.push(`a.search_text LIKE :word${i}`);
    params[`word${i}`] = pattern;
  });
  return { where, sql: where.join(' AND '), params };
}
