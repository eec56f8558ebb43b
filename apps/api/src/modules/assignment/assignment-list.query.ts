import { SqlCondition } from '@api/core/auth/access.service';
import { KeysetOrder } from '@api/core/pagination/keyset';
import { assignmentOverdueSql } from '@api/core/sql/predicates';
import { AssignmentFilter, AssignmentOrder } from './dto/assignments.args';

/** The list of questions to ministries as data: its filter as SQL conditions on `q`, and its orders. */
export const ASSIGNMENT_ORDERS: Record<AssignmentOrder, KeysetOrder> = {
  DUE_DATE_ASC: { column: 'q.due_date', direction: 'ASC', cast: 'date' },
  UPDATED_DESC: { column: 'q.updated_at', direction: 'DESC', cast: 'timestamptz' },
  CREATED_DESC: { column: 'q.created_at', direction: 'DESC', cast: 'timestamptz' },
};

export function assignmentConditions(filter: AssignmentFilter, scope: SqlCondition, today: string): SqlCondition & { where: string[] } {
  const where = [scope.sql];
  const params: Record<string, unknown> = { ...scope.params };
  if (filter.agendaCode) {
    where.push('q.agenda_id = (SELECT id FROM agenda WHERE code = :agendaCode)');
    params['agendaCode'] = filter.agendaCode;
  }
  if (filter.statuses?.length) {
    where.push('q.status = ANY(:statuses)');
    params['statuses'] = filter.statuses;
  }
  if (filter.ministryCode) {
    where.push('q.ministry_id = (SELECT id FROM organisation WHERE code = :ministryCode)');
    params['ministryCode'] = filter.ministryCode;
  }
  if (filter.overdue !== undefined && filter.overdue !== null) {
    where.push(`${filter.overdue ? '' : 'NOT '}${assignmentOverdueSql('q', ':today')}`);
    params['today'] = today;
  }
  if (filter.bottleneckId) {
    where.push('q.bottleneck_id = :bottleneckId');
    params['bottleneckId'] = filter.bottleneckId;
  }
  return { where, sql: where.join(' AND '), params };
}
