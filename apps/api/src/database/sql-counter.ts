import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * SQL statements this process has sent, counted as TypeORM hands each one to
 * its logger (which logs nothing itself). Counted process-wide rather than per
 * request: tracking the request through every await (AsyncLocalStorage) costs
 * Node 20 about a quarter of the API's throughput. A request's own statements
 * are therefore known exactly when no other request ran at the same time,
 * which is how the benchmark asks (see `SqlWindow`).
 */
const totals = { statements: 0, transactions: 0 };
let inFlight = 0;
let started = 0;

export const sqlCountingLogger: TypeOrmLogger = {
  logQuery: (query: string) => {
    totals.statements += 1;
    if (/^\s*(START TRANSACTION|BEGIN)\b/i.test(query)) totals.transactions += 1;
  },
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

/** The counters when a request began, and whether it had company. */
export interface SqlWindow {
  statements: number;
  transactions: number;
  startedBefore: number;
  alone: boolean;
  closed: boolean;
}

export function openSqlWindow(): SqlWindow {
  const window = { statements: totals.statements, transactions: totals.transactions, startedBefore: started, alone: inFlight === 0, closed: false };
  inFlight += 1;
  started += 1;
  return window;
}

export function closeSqlWindow(window: SqlWindow): void {
  if (window.closed) return;
  window.closed = true;
  inFlight -= 1;
}

/** Statements and transactions since the window opened; null when another request overlapped it, so they cannot be told apart. */
export function sqlSince(window: SqlWindow): { statements: number; transactions: number } | null {
  if (!window.alone || started !== window.startedBefore + 1) return null;
  return { statements: totals.statements - window.statements, transactions: totals.transactions - window.transactions };
}
