// `npm start`: builds the portal, starts what it needs (an embedded PostgreSQL
// unless DATABASE_URL is set), migrates and seeds, starts the API with the web
// app, and prints the address. Ctrl-C stops everything it started.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { formatLogLine } from './log-format.mjs';
import { DEV_DATABASE } from './settings.mjs';

const require = createRequire(import.meta.url);
const API_MAIN = 'dist/api/apps/api/src/main.js';
const started = [];

function say(message) {
  process.stdout.write(`${message}\n`);
}

function nx(...args) {
  const result = spawnSync(process.execPath, [require.resolve('nx/bin/nx.js'), ...args, '--output-style=static'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The API's own validation, so a bad variable stops us before anything starts. */
function checkConfig(env) {
  const { loadConfig } = require(`../dist/api/apps/api/src/config/app-config.js`);
  try {
    return loadConfig({ ...env, DATABASE_URL: env.DATABASE_URL ?? 'postgres://embedded@127.0.0.1/placeholder' });
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

async function waitForReady(url, api) {
  const deadline = Date.now() + 120000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) return false;
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const item of started.reverse()) {
    await item.stop().catch(() => undefined);
  }
  process.exit(code);
}

say('Grensportaal: building…');
nx('run', 'api:build');
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' };
const config = checkConfig(env);
nx('run', 'web:build');

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

if (!env.DATABASE_URL) {
  say(`Grensportaal: starting the embedded PostgreSQL (data in ${DEV_DATABASE.dataDir}, port ${DEV_DATABASE.port})…`);
  const database = await startEmbeddedPostgres(DEV_DATABASE);
  started.push({ name: 'postgres', stop: database.stop });
  env.DATABASE_URL = database.url;
}

env.SEED_DEMO_DATA = env.SEED_DEMO_DATA ?? 'true';
env.WEB_DIST_DIR = env.WEB_DIST_DIR ?? 'dist/apps/web';

say('Grensportaal: starting the API (migrations and demo data are applied on start)…');
const api = spawn(process.execPath, ['--enable-source-maps', API_MAIN], { env, stdio: ['ignore', 'pipe', 'inherit'] });
started.push({
  name: 'api',
  stop: () =>
    new Promise((resolve) => {
      if (api.exitCode !== null) return resolve();
      api.once('exit', resolve);
      api.kill('SIGTERM');
    }),
});
const raw = env.LOG_FORMAT === 'json';
createInterface({ input: api.stdout }).on('line', (line) => say(raw ? line : formatLogLine(line)));
api.on('exit', (code) => {
  if (!stopping) void stopAll(code ?? 1);
});

const local = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
if (await waitForReady(`${local}/health/ready`, api)) {
  say('');
  say(`  Grensportaal is running at ${config.publicUrl}`);
  say('  Press Ctrl-C to stop.');
  say('');
}
