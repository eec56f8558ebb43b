import { join } from 'node:path';
import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { Logger } from 'pino';
import { AppConfig } from '@api/config/app-config';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { sqlCountingLogger } from './sql-counter';

// A DATE is a calendar day, not an instant: keep PostgreSQL's YYYY-MM-DD text instead of node-postgres' local-midnight Date,
// so raw queries (lists, keyset paging) and repositories hand the same value to due-date logic and the LocalDate scalar.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/**
 * Connection settings shared by the API, the migration CLI and the tests.
 * The pool fails fast when PostgreSQL is away (connect timeout), bounds every
 * statement, and logs (never throws on) errors of idle connections, so a
 * dropped database connection cannot crash the process.
 */
export function dataSourceOptions(database: AppConfig['database'], logger?: Logger, applicationName = 'grensportaal-api'): DataSourceOptions {
  return {
    type: 'postgres',
    url: database.url,
    entities: ENTITIES,
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'all',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: the application needs no extension privileges.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    logger: sqlCountingLogger,
    extra: {
      max: database.poolMax,
      connectionTimeoutMillis: database.connectTimeoutMs,
      idleTimeoutMillis: 30000,
      statement_timeout: database.statementTimeoutMs,
      idle_in_transaction_session_timeout: Math.max(database.statementTimeoutMs * 2, 60000),
      application_name: applicationName,
      keepAlive: true,
    },
    poolErrorHandler: (error: unknown) => {
      logger?.warn({ err: error }, 'database connection error (the pool replaces the connection)');
    },
  };
}
