import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { DemoRegisterSeeder } from './demo-register';
import { AGENDAS, ORGANISATIONS } from './reference-data';
import THESAURUS from './thesaurus.json';

/**
 * Loads the reference data. Idempotent: it only inserts what is missing, so
 * running it again (every `npm start` does) never undoes what the
 * secretariat has changed since.
 */
export async function seedReferenceData(manager: EntityManager): Promise<number> {
  let inserted = 0;
  for (const o of ORGANISATIONS) {
    const rows: unknown[] = await manager.query(
      `INSERT INTO organisation (code, kind, country, name_nl, name_de, name_en)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [o.code, o.kind, o.country, o.names.nl, o.names.de, o.names.en],
    );
    inserted += rows.length;
  }
  for (const a of AGENDAS) {
    const rows: unknown[] = await manager.query(
      `INSERT INTO agenda (code, reference_prefix, sort_order, name_nl, name_de, name_en,
                           description_nl, description_de, description_en, steering_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, (SELECT id FROM organisation WHERE code = $10))
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [a.code, a.referencePrefix, a.sortOrder, a.names.nl, a.names.de, a.names.en, a.descriptions.nl, a.descriptions.de, a.descriptions.en, a.steeringOrganisation],
    );
    if (rows.length === 0) continue;
    inserted += rows.length;
    // Partners and themes are only laid down with a new agenda; afterwards they are the secretariat's to manage.
    await manager.query(
      `INSERT INTO agenda_partner (agenda_id, organisation_id)
       SELECT a.id, o.id FROM agenda a JOIN organisation o ON o.code = ANY($2) WHERE a.code = $1
       ON CONFLICT DO NOTHING`,
      [a.code, a.partners],
    );
    for (const [index, t] of a.themes.entries()) {
      await manager.query(
        `INSERT INTO theme (agenda_id, code, sort_order, name_nl, name_de, name_en)
         SELECT id, $2, $3, $4, $5, $6 FROM agenda WHERE code = $1
         ON CONFLICT (agenda_id, code) DO NOTHING`,
        [a.code, t.code, index + 1, t.names.nl, t.names.de, t.names.en],
      );
    }
  }
  // The thesaurus's concepts from the repository; the secretariat's own additions and changes stay as they are.
  for (const c of THESAURUS) {
    const rows: unknown[] = await manager.query(
      `INSERT INTO thesaurus_concept (code, terms_nl, terms_de, terms_en) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [c.code, c.nl, c.de, c.en],
    );
    inserted += rows.length;
  }
  return inserted;
}

/**
 * Seeds everything `npm start` shows: the reference data (one transaction),
 * then the demo register, once, through the application's own services.
 */
export async function seed(app: INestApplicationContext, logger: Logger): Promise<void> {
  const inserted = await app.get(DataSource).transaction((manager) => seedReferenceData(manager));
  logger.info({ inserted }, 'seed: reference data present');
  const loaded = await new DemoRegisterSeeder(app, logger).run();
  if (!loaded) logger.info('seed: the register already holds bottlenecks or screening rounds; demo register left as it is');
}
