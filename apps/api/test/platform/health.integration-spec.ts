import request from 'supertest';
import pg from 'pg';
import { createTestApp, testDatabaseUrl, TestApp } from '../support/test-app';

/** Connects to the server's maintenance database to make the test database (un)reachable. */
async function admin<T>(fn: (client: pg.Client, database: string) => Promise<T>): Promise<T> {
  const url = new URL(testDatabaseUrl());
  const database = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client, database);
  } finally {
    await client.end();
  }
}

async function readyStatus(t: TestApp): Promise<{ status: number; body: { checks: Record<string, string> } }> {
  const res = await request(t.app.getHttpServer()).get('/health/ready');
  return { status: res.status, body: res.body };
}

describe('health probes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ DB_CONNECT_TIMEOUT_MS: '1000' });
  });

  afterAll(async () => {
    await admin((client, database) => client.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`));
    await t.close();
  });

  it('answers live and ready while the database is reachable', async () => {
    await request(t.app.getHttpServer()).get('/health/live').expect(200, { status: 'ok' });
    const ready = await readyStatus(t);
    expect(ready.status).toBe(200);
    expect(ready.body.checks.database).toBe('up');
  });

  it('answers 503 within 5 s while the database is unreachable, and 200 again once it is back, without a restart', async () => {
    await admin(async (client, database) => {
      await client.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    });
    const started = Date.now();
    const down = await readyStatus(t);
    expect(down.status).toBe(503);
    expect(down.body.checks.database).toBe('down');
    expect(Date.now() - started).toBeLessThan(5000);
    await request(t.app.getHttpServer()).get('/health/live').expect(200);

    await admin((client, database) => client.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`));
    const up = await readyStatus(t);
    expect(up.status).toBe(200);
    expect(up.body.checks.database).toBe('up');
  });
});
