import pg from 'pg';

export default async function globalTeardown() {
  const testDb = globalThis.__GRENSPORTAAL_TEST_DB__;
  if (testDb) {
    const client = new pg.Client({ connectionString: testDb.serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${testDb.name}" WITH (FORCE)`).catch(() => undefined);
    await client.end();
  }
  await globalThis.__GRENSPORTAAL_DEV_IDP__?.close();
  await globalThis.__GRENSPORTAAL_EMBEDDED_PG__?.stop();
}
