import { boolean, integer, oneOf, optionalString, parseUrl, required, VariableSpec } from './env-spec';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const ENV = {
  nodeEnv: oneOf('NODE_ENV', 'Run mode; `production` turns off development conveniences.', NODE_ENVS, 'development'),
  host: optionalString('HOST', 'Interface the API listens on.', '127.0.0.1'),
  port: integer('PORT', 'Port of the API and the web app.', 3000, 1, 65535),
  publicUrl: optionalString('PUBLIC_URL', 'Address users reach the portal at (links in e-mails); defaults to http://localhost:PORT.', null),
  databaseUrl: required(
    'DATABASE_URL',
    'PostgreSQL connection URL. `npm start` starts an embedded PostgreSQL when it is unset.',
    parseUrl('DATABASE_URL', ['postgres:', 'postgresql:']),
  ),
  dbPoolMax: integer('DB_POOL_MAX', 'Maximum number of database connections per API process.', 10, 1, 200),
  dbConnectTimeoutMs: integer('DB_CONNECT_TIMEOUT_MS', 'How long to wait for a database connection before failing (ms).', 3000, 100, 120000),
  dbStatementTimeoutMs: integer('DB_STATEMENT_TIMEOUT_MS', 'PostgreSQL statement_timeout for API queries (ms).', 15000, 100, 3600000),
  dbMigrationsRun: boolean('DB_MIGRATIONS_RUN', 'Apply pending migrations when the API starts.', true),
  seedDemoData: boolean('SEED_DEMO_DATA', 'Load the reference and demo data (idempotent) when the API starts.', false),
  logLevel: oneOf('LOG_LEVEL', 'Minimum level of the JSON logs.', LOG_LEVELS, 'info'),
  webDistDir: optionalString('WEB_DIST_DIR', 'Folder with the built web app that the API serves at `/`.', 'dist/apps/web'),
  shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 'Grace period for in-flight requests on SIGTERM (ms).', 10000, 0, 600000),
} satisfies Record<string, VariableSpec<unknown>>;

type Spec = typeof ENV;
type Values = { [K in keyof Spec]: Spec[K] extends VariableSpec<infer T> ? T : never };

export interface AppConfig {
  nodeEnv: Values['nodeEnv'];
  host: string;
  port: number;
  publicUrl: string;
  database: {
    url: string;
    poolMax: number;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    migrationsRun: boolean;
  };
  seedDemoData: boolean;
  logLevel: Values['logLevel'];
  webDistDir: string | null;
  shutdownTimeoutMs: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Reads and validates the environment; throws `ConfigError` naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const v = Object.fromEntries(Object.entries(ENV).map(([key, spec]) => [key, spec.read(env)])) as Values;
  return {
    nodeEnv: v.nodeEnv,
    host: v.host ?? '127.0.0.1',
    port: v.port,
    publicUrl: (v.publicUrl ?? `http://localhost:${v.port}`).replace(/\/+$/, ''),
    database: {
      url: v.databaseUrl,
      poolMax: v.dbPoolMax,
      connectTimeoutMs: v.dbConnectTimeoutMs,
      statementTimeoutMs: v.dbStatementTimeoutMs,
      migrationsRun: v.dbMigrationsRun,
    },
    seedDemoData: v.seedDemoData,
    logLevel: v.logLevel,
    webDistDir: v.webDistDir,
    shutdownTimeoutMs: v.shutdownTimeoutMs,
  };
}
