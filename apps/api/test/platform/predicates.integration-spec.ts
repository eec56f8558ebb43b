import fc from 'fast-check';
import pg from 'pg';
import { ACTION_STATUSES, ASSIGNMENT_STATUSES, DAY_MS, isActionOverdue, isActionStalled, isAssignmentOverdue } from '@grensportaal/shared-domain';
import { actionOverdueSql, actionStalledSql, assignmentOverdueSql, stalledBefore } from '@api/core/sql/predicates';
import { testDatabaseUrl } from '../support/test-app';

/**
 * Each rule of the shared domain and its SQL twin give the same answer, over
 * generated cases evaluated by PostgreSQL itself (dates around the boundaries
 * included).
 */

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
});

afterAll(() => client.end());

const day = fc.integer({ min: -3, max: 3 }).map((offset) => new Date(Date.UTC(2026, 4, 10 + offset)).toISOString().slice(0, 10));
const NOW = new Date('2026-05-10T09:30:00Z');

/** Evaluates `predicate` (over alias `x`) for every row, in one statement (VALUES arrive as text: the predicates below cast their columns). */
async function sqlVerdicts(columns: string, rows: unknown[][], predicate: string, params: unknown[]): Promise<boolean[]> {
  const width = rows[0].length;
  const values = rows.map((row, i) => `(${i}, ${row.map((_, j) => `$${params.length + i * width + j + 1}`).join(', ')})`).join(', ');
  const res = await client.query(`SELECT ${predicate} AS verdict FROM (VALUES ${values}) AS x(n, ${columns}) ORDER BY n`, [...params, ...rows.flat()]);
  return res.rows.map((r: { verdict: boolean }) => r.verdict);
}

describe('SQL twins of the shared rules', () => {
  it('actionOverdueSql = isActionOverdue', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(day, fc.constantFrom(...ACTION_STATUSES)), { minLength: 1, maxLength: 40 }), day, async (cases, today) => {
        const sql = await sqlVerdicts('due_date, status', cases, actionOverdueSql('x', '$1::date').replace(/x\.due_date/g, 'x.due_date::date'), [today]);
        expect(sql).toEqual(cases.map(([dueDate, status]) => isActionOverdue({ dueDate, status }, today)));
      }),
      { numRuns: 50 },
    );
  });

  it('actionStalledSql = isActionStalled', async () => {
    const lastProgress = fc.integer({ min: 55 * 24, max: 65 * 24 }).map((hours) => new Date(NOW.getTime() - hours * 3_600_000));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(lastProgress, fc.constantFrom(...ACTION_STATUSES)), { minLength: 1, maxLength: 40 }), async (cases) => {
        const sql = await sqlVerdicts('last_progress_at, status', cases, actionStalledSql('x', '$1::timestamptz').replace(/x\.last_progress_at/g, 'x.last_progress_at::timestamptz'), [stalledBefore(NOW)]);
        expect(sql).toEqual(cases.map(([lastProgressAt, status]) => isActionStalled({ lastProgressAt, status }, NOW)));
      }),
      { numRuns: 50 },
    );
    // The boundary itself: exactly 60 days is not yet stalled.
    const exactly = new Date(NOW.getTime() - 60 * DAY_MS);
    expect(isActionStalled({ status: 'PLANNED', lastProgressAt: exactly }, NOW)).toBe(false);
    expect(await sqlVerdicts('last_progress_at, status', [[exactly, 'PLANNED']], actionStalledSql('x', '$1::timestamptz').replace(/x\.last_progress_at/g, 'x.last_progress_at::timestamptz'), [stalledBefore(NOW)])).toEqual([false]);
  });

  it('assignmentOverdueSql = isAssignmentOverdue', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(day, fc.constantFrom(...ASSIGNMENT_STATUSES)), { minLength: 1, maxLength: 40 }), day, async (cases, today) => {
        const sql = await sqlVerdicts('due_date, status', cases, assignmentOverdueSql('x', '$1::date').replace(/x\.due_date/g, 'x.due_date::date'), [today]);
        expect(sql).toEqual(cases.map(([dueDate, status]) => isAssignmentOverdue({ dueDate, status }, today)));
      }),
      { numRuns: 50 },
    );
  });
});
