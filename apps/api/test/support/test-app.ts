import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { AppConfig, loadConfig } from '@api/config/app-config';
import { createLogger } from '@api/core/logging/logger';
import { createApp } from '@api/app.factory';
import { seedReferenceData } from '@api/database/seed/seed';
import { devIdentityProvider } from './identity';

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the integration tests through their Jest config');
  return url;
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WEB_DIST_DIR: '',
    DB_POOL_MAX: '5',
    OIDC_ISSUER: process.env.TEST_DEV_IDP_ISSUER ?? '',
    // The job scheduler only where a test is about it (notification tests start it).
    SCHEDULER_ENABLED: 'false',
    MAIL_DIR: join(tmpdir(), 'grensportaal-test-mail'),
    ...overrides,
  });
}

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real application (real database, real GraphQL stack), migrated, not listening. */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const app = await createApp(config, createLogger(config.logLevel));
  return { app, dataSource: app.get(DataSource), close: () => app.close() };
}

/** Empties every table but the migration log, then lays down the reference data again. */
export async function resetDatabase(dataSource: DataSource): Promise<void> {
  const tables: Array<{ tablename: string }> = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('schema_migrations', 'typeorm_metadata')`,
  );
  if (tables.length > 0) await dataSource.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`);
  await dataSource.transaction((manager) => seedReferenceData(manager));
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Record<string, string>;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: string[] }>;
}

/** Sends a GraphQL request; `token` becomes the bearer token. */
export async function graphql<T = Record<string, unknown>>(
  app: INestApplication,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  if (token) headers = { ...headers, authorization: `Bearer ${token}` };
  const res = await request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set(headers).send({ query, variables });
  return { status: res.status, headers: res.headers as Record<string, string>, data: res.body?.data, errors: res.body?.errors };
}

/** Counts the SQL statements the application sends while `fn` runs. */
export async function countQueries<T>(dataSource: DataSource, fn: () => Promise<T>): Promise<{ result: T; count: number; queries: string[] }> {
  const original = dataSource.logger;
  const queries: string[] = [];
  const counting: TypeOrmLogger = {
    logQuery: (query, parameters, queryRunner) => {
      queries.push(query);
      original.logQuery(query, parameters, queryRunner);
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(dataSource, { logger: counting });
  try {
    const result = await fn();
    return { result, count: queries.length, queries };
  } finally {
    Object.assign(dataSource, { logger: original });
  }
}

/** GETs a file of the API as a demo user (bearer token, as the web app sends it): status, headers and the bytes. */
export async function downloadAs(app: INestApplication, username: string, path: string) {
  const res = await request(app.getHttpServer())
    .get(path)
    .set('authorization', `Bearer ${await devIdentityProvider().token(username)}`)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return { status: res.status, headers: res.headers as Record<string, string>, body: res.body as Buffer };
}
