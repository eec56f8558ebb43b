import pg from 'pg';
import { DataSource } from 'typeorm';
import { createLogger } from '@api/core/logging/logger';
import { dataSourceOptions } from '@api/database/data-source-options';
import { runMigrations } from '@api/database/migrate';
import { seedReferenceData } from '@api/database/seed/seed';
import { testConfig, testDatabaseUrl } from '../support/test-app';

const logger = createLogger('silent');

/** A database of its own, so reverting every migration disturbs no other test. */
async function scratchDatabase(suffix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(testDatabaseUrl());
  const name = `${decodeURIComponent(url.pathname.slice(1))}_${suffix}`;
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl.toString() });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await run(`CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function counts(ds: DataSource): Promise<Record<string, number>> {
  const [row] = await ds.query(`SELECT
    (SELECT count(*) FROM organisation)::int AS organisations,
    (SELECT count(*) FROM agenda)::int AS agendas,
    (SELECT count(*) FROM agenda_partner)::int AS partners,
    (SELECT count(*) FROM theme)::int AS themes`);
  return row;
}

describe('migrations and seed', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  let ds: DataSource;

  beforeAll(async () => {
    scratch = await scratchDatabase('migrations');
    ds = new DataSource(dataSourceOptions({ ...testConfig().database, url: scratch.url }, logger));
    await ds.initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await scratch.drop();
  });

  it('builds an empty database from the migrations alone, and the result matches the entities exactly', async () => {
    const applied = await runMigrations(ds, logger);
    expect(applied.length).toBeGreaterThan(0);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('applies nothing the second time', async () => {
    expect(await runMigrations(ds, logger)).toEqual([]);
  });

  it('reverts every migration cleanly and applies them again', async () => {
    const total = (await ds.query('SELECT count(*)::int AS n FROM schema_migrations'))[0].n as number;
    for (let i = 0; i < total; i++) await ds.undoLastMigration({ transaction: 'all' });
    const left: Array<{ tablename: string }> = await ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('schema_migrations', 'typeorm_metadata')`);
    expect(left).toEqual([]);
    expect((await runMigrations(ds, logger)).length).toBe(total);
  });

  it('lets two processes migrate at once: one migrates, the other waits and finds nothing to do', async () => {
    const fresh = await scratchDatabase('concurrent');
    const a = new DataSource(dataSourceOptions({ ...testConfig().database, url: fresh.url }, logger));
    const b = new DataSource(dataSourceOptions({ ...testConfig().database, url: fresh.url }, logger));
    await Promise.all([a.initialize(), b.initialize()]);
    try {
      const [ra, rb] = await Promise.all([runMigrations(a, logger), runMigrations(b, logger)]);
      expect([ra.length, rb.length].sort()).toEqual([0, ra.length + rb.length]);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
      await fresh.drop();
    }
  });

  it('seeds the reference data idempotently and never undoes later changes', async () => {
    await ds.transaction((m) => seedReferenceData(m));
    const first = await counts(ds);
    expect(first).toEqual({ organisations: 32, agendas: 3, partners: 29, themes: 14 });

    await ds.transaction((m) => seedReferenceData(m));
    expect(await counts(ds)).toEqual(first);

    // The secretariat removes a partner and renames a theme; a later start must keep that.
    await ds.query(`DELETE FROM agenda_partner WHERE organisation_id = (SELECT id FROM organisation WHERE code = 'ERMN')`);
    await ds.query(`UPDATE theme SET name_en = 'Jobs' WHERE code = 'labour-market' AND agenda_id = (SELECT id FROM agenda WHERE code = 'NL-NRW')`);
    await ds.transaction((m) => seedReferenceData(m));
    expect((await counts(ds)).partners).toBe(28);
    const [theme] = await ds.query(`SELECT name_en FROM theme WHERE code = 'labour-market' AND agenda_id = (SELECT id FROM agenda WHERE code = 'NL-NRW')`);
    expect(theme.name_en).toBe('Jobs');
  });
});
