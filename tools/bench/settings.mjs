// Where the benchmark's data lives and which ports its processes use.
import pg from 'pg';
import { startEmbeddedPostgres } from '../embedded-postgres.mjs';
import { DEV_DATABASE } from '../settings.mjs';

export const BENCH_DB = process.env.BENCH_DATABASE ?? 'grensportaal_bench';
/** 1 = the full set (25,000 bottlenecks); CI's smoke run uses 0.01. */
export const SCALE = Number(process.env.BENCH_SCALE ?? 1);
export const PORTS = { api: 3500, baseline: 3501, idp: 3510, clamd: 3512 };

/**
 * The benchmark database: on the server of DATABASE_URL when set, else in the
 * embedded PostgreSQL of `npm start` (another database, so demo data and
 * benchmark data never mix). `fresh` drops and recreates it.
 */
export async function benchDatabase({ fresh = false } = {}) {
  let serverUrl = process.env.DATABASE_URL;
  let stop = async () => undefined;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ ...DEV_DATABASE, quiet: true });
    serverUrl = embedded.adminUrl ?? embedded.url;
    stop = embedded.stop;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  if (fresh) await admin.query(`DROP DATABASE IF EXISTS "${BENCH_DB}" WITH (FORCE)`);
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DB])).rowCount > 0;
  if (!exists) await admin.query(`CREATE DATABASE "${BENCH_DB}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${BENCH_DB}`;
  return { url: url.toString(), stop };
}
