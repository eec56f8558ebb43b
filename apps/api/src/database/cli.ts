import 'reflect-metadata';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '@api/config/app-config';
import { ConfigError } from '@api/config/env-spec';
import { createLogger } from '@api/core/logging/logger';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './migrate';
import { seedReferenceData } from './seed/seed';
import { createApp } from '@api/app.factory';

/**
 * Database commands for developers and operators:
 *   migrate            apply pending migrations
 *   generate <Name>    write a migration with the difference between the entities and the database
 *   revert             undo the last migration
 *   seed               load the reference and demo data (idempotent)
 *   reference          load the reference data only: organisations, agendas, themes (idempotent)
 */
const USAGE = 'usage: cli.js migrate | generate <Name> | revert | seed | reference';

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the repository root (nx.json)');
    dir = parent;
  }
  return dir;
}

function escapeTemplate(sql: string): string {
  return sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

function statement(query: { query: string; parameters?: unknown[] }): string {
  const params = query.parameters && query.parameters.length > 0 ? `, ${JSON.stringify(query.parameters)}` : '';
  return `    await queryRunner.query(\`${escapeTemplate(query.query)}\`${params});`;
}

async function generate(dataSource: DataSource, name: string): Promise<string | null> {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error('the migration name must be PascalCase, e.g. AddBottleneck');
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) return null;
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const up = sql.upQueries.map(statement).join('\n');
  const down = [...sql.downQueries].reverse().map(statement).join('\n');
  const file = join(repoRoot(), 'apps/api/src/database/migrations', `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
  );
  return relative(process.cwd(), file);
}

async function main(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  if (!command || !['migrate', 'generate', 'revert', 'seed', 'reference'].includes(command) || (command === 'generate' && !arg)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  // Database commands verify no tokens, so they do not make the operator name an identity provider.
  const config = loadConfig({ OIDC_ISSUER: 'http://localhost/realms/unused-by-database-commands', ...process.env });
  const logger = createLogger(config.logLevel);
  const dataSource = new DataSource(dataSourceOptions(config.database, logger, 'grensportaal-cli'));
  await dataSource.initialize();
  try {
    if (command === 'migrate') {
      const applied = await runMigrations(dataSource, logger);
      process.stdout.write(applied.length ? `Applied ${applied.join(', ')}\n` : 'No pending migrations.\n');
    } else if (command === 'generate') {
      await runMigrations(dataSource, logger);
      const file = await generate(dataSource, arg);
      process.stdout.write(file ? `Wrote ${file}: read it, then commit it.\n` : 'The database already matches the entities; nothing to generate.\n');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'all' });
      process.stdout.write('Reverted the last migration.\n');
    } else if (command === 'reference') {
      const inserted = await dataSource.transaction((manager) => seedReferenceData(manager));
      process.stdout.write(`Reference data present (${inserted} rows added).\n`);
    } else {
      // The demo register is written through the application's services, so seeding starts the application (without listening).
      const app = await createApp({ ...config, seedDemoData: true }, logger);
      await app.close();
      process.stdout.write('Seed complete.\n');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `Database command failed: ${error instanceof Error ? error.message : String(error)}`}\n`);
  process.exit(1);
});
