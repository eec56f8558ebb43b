import { BottleneckOrder, BottleneckFilter } from './dto/bottlenecks.args';
import { actionOverdueSql } from '@api/core/sql/predicates';
import { KeysetOrder, searchWords } from '@api/core/pagination/keyset';
import { SqlCondition } from '@api/core/auth/access.service';
import { ValidationException } from '@api/core/validation/validation';

/**
 * The bottleneck list as data: its filter as SQL conditions on `b`, its
 * orders, and the roll-ups it may join, shared by the list, counts, exports,
 * reports and search.
 */
export const BOTTLENECK_ORDERS: Record<BottleneckOrder, KeysetOrder> = {
  UPDATED_DESC: { column: 'b.updated_at', direction: 'DESC', cast: 'timestamptz' },
  UPDATED_ASC: { column: 'b.updated_at', direction: 'ASC', cast: 'timestamptz' },
  CREATED_DESC: { column: 'b.created_at', direction: 'DESC', cast: 'timestamptz' },
  REFERENCE_ASC: { column: 'b.reference', direction: 'ASC', cast: 'text' },
  REFERENCE_DESC: { column: 'b.reference', direction: 'DESC', cast: 'text' },
};

/** The conditions (AND-ed, :named parameters) selecting the bottlenecks of `filter` within the caller's `scope`. */
export function bottleneckConditions(filter: BottleneckFilter, scope: SqlCondition, today: string): SqlCondition & { where: string[] } {
  const where = [scope.sql];
  const params: Record<string, unknown> = { ...scope.params };
  if (filter.agendaCode) {
    where.push('b.agenda_id = (SELECT id FROM agenda WHERE code = :agendaCode)');
    params['agendaCode'] = filter.agendaCode;
  }
  if (filter.themeCode) {
    if (!filter.agendaCode) throw new ValidationException([{ field: 'filter.agendaCode', rule: 'required', params: {} }]);
    where.push('b.theme_id = (SELECT t.id FROM theme t JOIN agenda a ON a.id = t.agenda_id WHERE a.code = :agendaCode AND t.code = :themeCode)');
    params['themeCode'] = filter.themeCode;
  }
  if (filter.statuses?.length) {
    where.push('b.status = ANY(:statuses)');
    params['statuses'] = filter.statuses;
  }
  if (filter.reportingOrganisationCode) {
    where.push('b.reporting_organisation_id = (SELECT id FROM organisation WHERE code = :reportingOrganisationCode)');
    params['reportingOrganisationCode'] = filter.reportingOrganisationCode;
  }
  if (filter.assignedMinistryCode) {
    where.push('EXISTS (SELECT 1 FROM assignment q WHERE q.bottleneck_id = b.id AND q.ministry_id = (SELECT id FROM organisation WHERE code = :ministryCode))');
    params['ministryCode'] = filter.assignedMinistryCode;
  }
  if (filter.types?.length) {
    where.push('b.type = ANY(:types)');
    params['types'] = filter.types;
  }
  if (filter.hasOverdueActions || filter.actionOwnerCode) {
    const action = [
      ...(filter.hasOverdueActions ? [actionOverdueSql('a', ':today')] : []),
      ...(filter.actionOwnerCode ? ['a.owner_organisation_id = (SELECT id FROM organisation WHERE code = :actionOwnerCode)'] : []),
    ];
    where.push(`EXISTS (SELECT 1 FROM action_bottleneck ab JOIN action a ON a.id = ab.action_id WHERE ab.bottleneck_id = b.id AND ${action.join(' AND ')})`);
    if (filter.hasOverdueActions) params['today'] = today;
    if (filter.actionOwnerCode) params['actionOwnerCode'] = filter.actionOwnerCode;
  }
  searchWords(filter.text).forEach((pattern, i) => {
    where.push(`b.search_text LIKE :word${i}`);
    params[`word${i}`] = pattern;
  });
  return { where, sql: where.join(' AND '), params };
}

/** Roll-ups of a bottleneck `b`: actions counted and averaged (in one pass) without the cancelled ones; its comments counted. */
export const STATS_JOIN = `LEFT JOIN LATERAL (SELECT count(*)::int AS stat_action_count, round(avg(a.progress))::int AS stat_progress
    FROM action_bottleneck ab JOIN action a ON a.id = ab.action_id WHERE ab.bottleneck_id = b.id AND a.status <> 'CANCELLED') s ON true`;
export const STATS_SELECT = `s.stat_action_count, s.stat_progress,
  (SELECT count(*)::int FROM comment c WHERE c.entity_type = 'BOTTLENECK' AND c.entity_id = b.id) AS stat_comment_count`;

export interface BottleneckStats {
  actionCount: number;
  progressAverage: number | null;
  commentCount: number;
}

export function statsOf(row: Record<string, unknown>): BottleneckStats {
  return { actionCount: row['stat_action_count'] as number, progressAverage: row['stat_progress'] as number | null, commentCount: row['stat_comment_count'] as number };
}

/**
 * Fields of a listed bottleneck that need none of its long texts: a list asking
 * only for these does not read them (a third of a row, and its JSON parsing).
 */
export const LEAN_LIST_FIELDS = [
  '__typename', 'id', 'reference', 'status', 'outcome', 'statusReason', 'type', 'area', 'expectedDurationMonths',
  'submittedAt', 'closedAt', 'version', 'createdAt', 'updatedAt', 'title', 'agenda', 'theme', 'reportingOrganisation', 'progress', 'commentCount',
] as const;
export const LONG_TEXT_COLUMNS = ['description', 'why_to_solve', 'impact'];

/** What a list reads besides the bottlenecks themselves. */
export interface ListSelection {
  withCount: boolean;
  /** Only fields of LEAN_LIST_FIELDS asked: the long texts (description, why, impact) are not read. */
  lean: boolean;
  organisation: boolean;
  theme: boolean;
  stats: boolean;
}
