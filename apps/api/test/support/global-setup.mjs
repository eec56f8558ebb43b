// One fresh database per integration run, on DATABASE_URL's server or on an
// embedded PostgreSQL. The tests read its URL from TEST_DATABASE_URL.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../../tools/embedded-postgres.mjs';
import { TEST_DATABASE } from '../../../../tools/settings.mjs';

const PREFIX = 'grensportaal_test_';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const require = createRequire(import.meta.url);

/** The development identity provider, built and started in this process on a free port. */
async function startDevIdp() {
  const build = spawnSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'run', 'dev-idp:build', '--output-style=static'], { cwd: root, stdio: 'pipe' });
  if (build.status !== 0) throw new Error(`building the development identity provider failed:\n${build.stdout}${build.stderr}`);
  const { startDevIdp: start } = require(join(root, 'dist/dev-idp/apps/dev-idp/src/server.js'));
  const keysFile = join(root, '.data/dev-idp-test/jwks.json');
  const idp = await start({ realmFile: join(root, 'docker/keycloak/realm-grensportaal.json'), keysFile, port: 0 });
  globalThis.__GRENSPORTAAL_DEV_IDP__ = idp;
  process.env.TEST_DEV_IDP_ISSUER = idp.issuer;
  process.env.TEST_DEV_IDP_KEYS_FILE = keysFile;
}
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
  await startDevIdp();
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
