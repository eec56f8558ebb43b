// Where the development and test databases live when DATABASE_URL is unset.
export const DEV_DATABASE = {
  dataDir: process.env.EMBEDDED_PG_DIR ?? '.data/postgres',
  port: Number(process.env.EMBEDDED_PG_PORT ?? 54320),
  database: 'grensportaal',
};

export const TEST_DATABASE = {
  dataDir: process.env.EMBEDDED_PG_TEST_DIR ?? '.data/postgres-test',
  port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54321),
  database: 'postgres',
};
