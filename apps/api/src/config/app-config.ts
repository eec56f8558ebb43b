import { boolean, ConfigError, integer, oneOf, optionalString, parseUrl, required, VariableSpec } from './env-spec';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export const ATTACHMENT_STORES = ['postgres', 's3'] as const;
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
  sqlCountHeader: boolean('SQL_COUNT_HEADER', 'Add x-sql-statements (statements sent for the request) to GraphQL responses, for benchmarks; off in production.', false),
  logLevel: oneOf('LOG_LEVEL', 'Minimum level of the JSON logs.', LOG_LEVELS, 'info'),
  webDistDir: optionalString('WEB_DIST_DIR', 'Folder with the built web app that the API serves at `/`.', 'dist/apps/web'),
  shutdownDrainMs: integer('SHUTDOWN_DRAIN_MS', 'After SIGTERM, how long the API keeps serving with readiness at 503, so a load balancer takes it out of rotation (ms).', 5000, 0, 600000),
  shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 'After the drain, how long in-flight requests may take to finish before their connections are closed (ms).', 10000, 0, 600000),
  oidcIssuer: required(
    'OIDC_ISSUER',
    'Issuer of the tokens the API accepts, e.g. https://id.example/realms/grensportaal. `npm start` starts the development provider when it is unset.',
    parseUrl('OIDC_ISSUER', ['http:', 'https:']),
  ),
  oidcAudience: optionalString('OIDC_AUDIENCE', 'Audience an access token must carry.', 'grensportaal-api'),
  oidcJwksUrl: optionalString('OIDC_JWKS_URL', "Where to fetch the issuer's signing keys, when not the jwks_uri of its discovery document (e.g. an internal address).", null),
  oidcClientId: optionalString('OIDC_CLIENT_ID', 'Client id of the web app (public client, code flow with PKCE).', 'grensportaal-web'),
  oidcClockToleranceS: integer('OIDC_CLOCK_TOLERANCE_S', 'Clock skew allowed when checking exp/nbf (seconds).', 30, 0, 300),
  mutationRateLimit: integer('MUTATION_RATE_LIMIT', 'Mutations one user may make per minute (all API processes together).', 120, 1, 100000),
  graphqlMaxDepth: integer('GRAPHQL_MAX_DEPTH', 'Deepest selection nesting a query may have.', 12, 2, 100),
  graphqlMaxAliases: integer('GRAPHQL_MAX_ALIASES', 'Most aliases a query may use.', 30, 0, 1000),
  graphqlConcurrency: integer('GRAPHQL_CONCURRENCY', 'GraphQL requests one API process works on at once; more wait their turn in arrival order (keep it near DB_POOL_MAX).', 10, 1, 1000),
  clockOffsetS: integer('CLOCK_OFFSET_S', 'Shifts the portal clock (seconds) for drills and tests of deadlines; 0 in production.', 0, -3153600000, 3153600000),
  smtpUrl: optionalString('SMTP_URL', 'SMTP server e-mail goes through, e.g. smtp://mail.example:587 (smtps:// for TLS, credentials in the URL). Unset: e-mails are written to MAIL_DIR, never sent.', null),
  mailFrom: optionalString('MAIL_FROM', 'Sender of the e-mails.', 'Grensportaal <noreply@grensportaal.example>'),
  mailDir: optionalString('MAIL_DIR', 'Folder e-mails are written to (as .eml files) when SMTP_URL is unset.', '.data/mail'),
  mailRetryDelayS: integer('MAIL_RETRY_DELAY_S', 'Wait before retrying an e-mail the mail server did not take (seconds; doubles with every try).', 30, 1, 3600),
  schedulerEnabled: boolean('SCHEDULER_ENABLED', 'Run the jobs in this process: e-mail delivery, reminders, escalations, daily digests (pg-boss; safe in every process).', true),
  scoreboardOnTimePercent: integer('SCOREBOARD_ON_TIME_PERCENT', "The ministries' scoreboard: the share of questions (percent) a ministry must answer by their due date to reach the target.", 90, 1, 100),
  answerWarningDays: integer('ANSWER_WARNING_DAYS', 'The scoreboard shows an open question as due soon this many days before its due date.', 7, 0, 90),
  attachmentMaxMb: integer('ATTACHMENT_MAX_MB', 'Largest file that can be attached (MB); enforced while the upload streams in.', 25, 1, 2000),
  attachmentStore: oneOf('ATTACHMENT_STORE', 'Where attached files are kept: `postgres` (in the database, streamed in chunks) or `s3` (S3-compatible object storage, S3_* variables).', ATTACHMENT_STORES, 'postgres'),
  clamavAddress: optionalString('CLAMAV_ADDRESS', 'The ClamAV daemon (clamd) every attached file is scanned by: host:port, or the path of its local socket. Unset: files are marked "not scanned" and only the person who uploaded one may download it (development).', null),
  clamavTimeoutMs: integer('CLAMAV_TIMEOUT_MS', 'How long one scan may take before clamd counts as unreachable and the file stays in quarantine (ms).', 60000, 1000, 3600000),
  attachmentRescanS: integer('ATTACHMENT_RESCAN_S', 'How often files held in quarantine (clamd was unreachable) are offered to clamd again (seconds).', 30, 1, 86400),
  s3Endpoint: optionalString('S3_ENDPOINT', 'Address of the S3-compatible storage, e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000. Unset: the AWS default for S3_REGION.', null),
  s3Region: optionalString('S3_REGION', 'Region of the bucket.', 'eu-central-1'),
  s3Bucket: optionalString('S3_BUCKET', 'Bucket attached files are kept in (with ATTACHMENT_STORE=s3; it must exist).', null),
  s3AccessKeyId: optionalString('S3_ACCESS_KEY_ID', 'Access key of the storage account. Unset: the AWS SDK finds credentials itself (instance role, environment).', null),
  s3SecretAccessKey: optionalString('S3_SECRET_ACCESS_KEY', 'Secret of that access key.', null),
  s3ForcePathStyle: boolean('S3_FORCE_PATH_STYLE', 'Address the bucket in the path (http://host/bucket/key), as MinIO and most S3-compatible servers want.', true),
  graphqlMaxCost: integer('GRAPHQL_MAX_COST', 'Highest estimated cost (fields, multiplied by list sizes) a query may have.', 25000, 10, 10000000),
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
  sqlCountHeader: boolean;
  logLevel: Values['logLevel'];
  webDistDir: string | null;
  shutdown: {
    drainMs: number;
    timeoutMs: number;
  };
  oidc: {
    issuer: string;
    audience: string;
    jwksUrl: string | null;
    clientId: string;
    clockToleranceS: number;
  };
  clockOffsetS: number;
  mail: {
    smtpUrl: string | null;
    from: string;
    dir: string;
    retryDelayS: number;
  };
  schedulerEnabled: boolean;
  scoreboard: {
    /** 0–1. */
    onTimeShare: number;
    warningDays: number;
  };
  attachments: {
    maxBytes: number;
    store: Values['attachmentStore'];
    clamav: { address: string | null; timeoutMs: number; rescanS: number };
    s3: { endpoint: string | null; region: string; bucket: string; accessKeyId: string | null; secretAccessKey: string | null; forcePathStyle: boolean } | null;
  };
  limits: {
    mutationsPerMinute: number;
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    /** GraphQL requests at work at once; the rest wait in arrival order. */
    concurrency: number;
  };
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
    sqlCountHeader: v.sqlCountHeader,
    logLevel: v.logLevel,
    webDistDir: v.webDistDir,
    shutdown: { drainMs: v.shutdownDrainMs, timeoutMs: v.shutdownTimeoutMs },
    oidc: {
      issuer: v.oidcIssuer.replace(/\/+$/, ''),
      audience: v.oidcAudience ?? 'grensportaal-api',
      jwksUrl: v.oidcJwksUrl,
      clientId: v.oidcClientId ?? 'grensportaal-web',
      clockToleranceS: v.oidcClockToleranceS,
    },
    clockOffsetS: v.clockOffsetS,
    mail: {
      smtpUrl: v.smtpUrl,
      from: v.mailFrom ?? 'Grensportaal <noreply@grensportaal.example>',
      dir: v.mailDir ?? '.data/mail',
      retryDelayS: v.mailRetryDelayS,
    },
    schedulerEnabled: v.schedulerEnabled,
    scoreboard: { onTimeShare: v.scoreboardOnTimePercent / 100, warningDays: v.answerWarningDays },
    attachments: {
      maxBytes: v.attachmentMaxMb * 1024 * 1024,
      store: v.attachmentStore,
      clamav: { address: v.clamavAddress, timeoutMs: v.clamavTimeoutMs, rescanS: v.attachmentRescanS },
      s3: v.attachmentStore === 's3' ? s3Config(v) : null,
    },
    limits: {
      mutationsPerMinute: v.mutationRateLimit,
      concurrency: v.graphqlConcurrency,
      maxDepth: v.graphqlMaxDepth,
      maxAliases: v.graphqlMaxAliases,
      maxCost: v.graphqlMaxCost,
    },
  };
}

function s3Config(v: Values): NonNullable<AppConfig['attachments']['s3']> {
  if (!v.s3Bucket) throw new ConfigError('S3_BUCKET', 'is required when ATTACHMENT_STORE is s3');
  if (Boolean(v.s3AccessKeyId) !== Boolean(v.s3SecretAccessKey)) throw new ConfigError('S3_ACCESS_KEY_ID', 'goes with S3_SECRET_ACCESS_KEY: set both or neither');
  return { endpoint: v.s3Endpoint, region: v.s3Region ?? 'eu-central-1', bucket: v.s3Bucket, accessKeyId: v.s3AccessKeyId, secretAccessKey: v.s3SecretAccessKey, forcePathStyle: v.s3ForcePathStyle };
}
