import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV, loadConfig } from './app-config';
import { ConfigError } from './env-spec';

const DB = 'postgres://app@db.internal:5432/grensportaal';
const ISSUER = 'https://id.example/realms/grensportaal';

function error(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  throw new Error('expected a configuration error');
}

describe('loadConfig', () => {
  it('fills in the defaults when only DATABASE_URL is given', () => {
    const config = loadConfig({ DATABASE_URL: DB, OIDC_ISSUER: ISSUER });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      host: '127.0.0.1',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      database: { url: DB, poolMax: 10, connectTimeoutMs: 3000, statementTimeoutMs: 15000, migrationsRun: true },
      seedDemoData: false,
      sqlCountHeader: false,
      logLevel: 'info',
      webDistDir: 'dist/apps/web',
      oidc: { issuer: ISSUER, audience: 'grensportaal-api', jwksUrl: null, clientId: 'grensportaal-web', clockToleranceS: 30 },
      limits: { mutationsPerMinute: 120, maxDepth: 12, maxAliases: 30, maxCost: 25000 },
      mail: { smtpUrl: null, from: 'Grensportaal <noreply@grensportaal.example>', dir: '.data/mail', retryDelayS: 30 },
      schedulerEnabled: true,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://x@h/db',
      OIDC_ISSUER: 'http://keycloak:8080/realms/grensportaal/',
      OIDC_AUDIENCE: 'api',
      OIDC_JWKS_URL: 'http://keycloak:8080/certs',
      OIDC_CLIENT_ID: 'web',
      OIDC_CLOCK_TOLERANCE_S: '5',
      MUTATION_RATE_LIMIT: '10',
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_ALIASES: '5',
      GRAPHQL_MAX_COST: '100',
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: '8080',
      PUBLIC_URL: 'https://grensportaal.example/',
      DB_POOL_MAX: '20',
      DB_CONNECT_TIMEOUT_MS: '2000',
      DB_STATEMENT_TIMEOUT_MS: '5000',
      DB_MIGRATIONS_RUN: 'false',
      SEED_DEMO_DATA: 'yes',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: '/srv/web',
      SHUTDOWN_TIMEOUT_MS: '0',
      SHUTDOWN_DRAIN_MS: '250',
      SMTP_URL: 'smtp://mail.internal:587',
      MAIL_FROM: 'Portal <portal@example.org>',
      MAIL_DIR: '/var/mail/portal',
      MAIL_RETRY_DELAY_S: '5',
      SCHEDULER_ENABLED: 'false',
    });
    expect(config).toMatchObject({
      nodeEnv: 'production',
      host: '0.0.0.0',
      port: 8080,
      publicUrl: 'https://grensportaal.example',
      database: { poolMax: 20, connectTimeoutMs: 2000, statementTimeoutMs: 5000, migrationsRun: false },
      seedDemoData: true,
      sqlCountHeader: false,
      logLevel: 'warn',
      webDistDir: '/srv/web',
      shutdown: { drainMs: 250, timeoutMs: 0 },
      oidc: { issuer: 'http://keycloak:8080/realms/grensportaal', audience: 'api', jwksUrl: 'http://keycloak:8080/certs', clientId: 'web', clockToleranceS: 5 },
      limits: { mutationsPerMinute: 10, maxDepth: 8, maxAliases: 5, maxCost: 100 },
      mail: { smtpUrl: 'smtp://mail.internal:587', from: 'Portal <portal@example.org>', dir: '/var/mail/portal', retryDelayS: 5 },
      schedulerEnabled: false,
    });
  });

  it.each([
    [{}, 'Configuration error: DATABASE_URL is required but not set.'],
    [{ DATABASE_URL: '   ' }, 'Configuration error: DATABASE_URL is required but not set.'],
    [{ DATABASE_URL: 'nonsense' }, 'Configuration error: DATABASE_URL must be a URL starting with postgres:// or postgresql://.'],
    [{ DATABASE_URL: 'mysql://u:p@h/db' }, 'Configuration error: DATABASE_URL must be a URL starting with postgres:// or postgresql://.'],
    [{ DATABASE_URL: DB }, 'Configuration error: OIDC_ISSUER is required but not set.'],
    [{ DATABASE_URL: DB, OIDC_ISSUER: 'keycloak' }, 'Configuration error: OIDC_ISSUER must be a URL starting with http:// or https://.'],
    [{ DATABASE_URL: DB, PORT: 'eighty' }, 'Configuration error: PORT must be a whole number between 1 and 65535.'],
    [{ DATABASE_URL: DB, PORT: '0' }, 'Configuration error: PORT must be a whole number between 1 and 65535.'],
    [{ DATABASE_URL: DB, NODE_ENV: 'staging' }, 'Configuration error: NODE_ENV must be one of development, test, production.'],
    [{ DATABASE_URL: DB, DB_MIGRATIONS_RUN: 'maybe' }, 'Configuration error: DB_MIGRATIONS_RUN must be true or false.'],
    [{ DATABASE_URL: DB, LOG_LEVEL: 'loud' }, 'Configuration error: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.'],
  ])('names the variable and the rule: %p', (env, message) => {
    expect(error(env as Record<string, string>)).toBe(message);
  });

  it('never echoes the value of DATABASE_URL (it may hold a password)', () => {
    expect(error({ DATABASE_URL: 'mysql://user:s3cret@h/db' })).not.toContain('s3cret');
  });

  it('is documented: the README configuration table lists every variable', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
    for (const spec of Object.values(ENV)) expect(readme).toContain(`| \`${spec.name}\``);
  });
});
