// One fresh database per integration run, on DATABASE_URL's server or on an
// embedded PostgreSQL. The tests read its URL from TEST_DATABASE_URL.
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../../tools/embedded-postgres.mjs';
import { TEST_DATABASE } from '../../../../tools/settings.mjs';

const PREFIX = 'grensportaal_test_';
const STALE_MS = 6 * 60 * 60 * 1000;

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ ...TEST_DATABASE, quiet: true });
    globalThis.__GRENSPORTAAL_EMBEDDED_PG__ = embedded;
    serverUrl = embedded.url;
  }
  const name = `${PREFIX}${Date.now()}_${process.pid}`;
  try {
    await withClient(serverUrl, async (client) => {
      // Databases of runs that crashed long ago.
      const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${PREFIX}%`]);
      for (const { datname } of rows) {
        const created = Number(datname.slice(PREFIX.length).split('_')[0]);
        if (Number.isFinite(created) && Date.now() - created > STALE_MS) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      await client.query(`CREATE DATABASE "${name}"`);
    });
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.TEST_DATABASE_URL = url.toString();
    globalThis.__GRENSPORTAAL_TEST_DB__ = { serverUrl, name };
  } catch (error) {
    // No right to create databases: use the given (disposable) database itself.
    process.stderr.write(`integration tests: cannot create a database (${error.message}); using DATABASE_URL as it is\n`);
    process.env.TEST_DATABASE_URL = serverUrl;
  }
}
