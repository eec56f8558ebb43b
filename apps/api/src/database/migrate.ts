import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';

/** Any fixed number; all API processes agree on it so only one migrates at a time. */
const MIGRATION_LOCK_KEY = 4_711_2023;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so that several
 * API processes starting together migrate once, one after the other.
 */
export async function runMigrations(dataSource: DataSource, logger: Logger): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    for (const migration of applied) logger.info({ migration: migration.name }, 'migration applied');
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
