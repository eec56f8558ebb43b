import { AWAITING_ANSWER_STATUSES, DAY_MS, OPEN_ACTION_STATUSES, STALLED_AFTER_DAYS } from '@grensportaal/shared-domain';

/**
 * The SQL twins of the shared domain's pure rules (policies.ts), each next to
 * the others and held to its TypeScript version by predicates.integration-spec.
 * `alias` is the table alias; the other arguments are SQL expressions (a
 * parameter such as :today or $2, or a literal).
 */
/** Constant values (the domain's status lists) as an SQL list: 'OPEN', 'RETURNED'. */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** isActionOverdue: past its due date and neither done nor cancelled. */
export function actionOverdueSql(alias: string, today: string): string {
  return `(${alias}.due_date < ${today} AND ${alias}.status NOT IN ('DONE', 'CANCELLED'))`;
}

/** isActionStalled: open, and the last progress report older than the stalled limit. */
export function actionStalledSql(alias: string, stalledBefore: string): string {
  return `(${alias}.last_progress_at < ${stalledBefore} AND ${alias}.status IN (${sqlList(OPEN_ACTION_STATUSES)}))`;
}

/** The instant before which an action's last progress makes it stalled, for actionStalledSql. */
export function stalledBefore(now: Date): Date {
  return new Date(now.getTime() - STALLED_AFTER_DAYS * DAY_MS);
}

/** isAssignmentOverdue: an answer still owed past the due date. */
export function assignmentOverdueSql(alias: string, today: string): string {
  return `(${alias}.due_date < ${today} AND ${alias}.status IN (${sqlList(AWAITING_ANSWER_STATUSES)}))`;
}
