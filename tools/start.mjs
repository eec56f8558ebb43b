// `npm start`: builds the portal, starts what it needs (an embedded PostgreSQL
// unless DATABASE_URL is set, the development identity provider unless
// OIDC_ISSUER is set, a local clamd when ClamAV is installed and
// CLAMAV_ADDRESS is unset), migrates and seeds, starts the API with the web app, and
// prints the address. Ctrl-C stops everything it started.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { clamdInstalled, startClamd } from './clamd.mjs';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { formatLogLine } from './log-format.mjs';
import { DEV_DATABASE } from './settings.mjs';

const require = createRequire(import.meta.url);
const API_MAIN = 'dist/api/apps/api/src/main.js';
const DEV_IDP_MAIN = 'dist/dev-idp/apps/dev-idp/src/main.js';
const REALM_FILE = 'docker/keycloak/realm-grensportaal.json';
const started = [];

// Output piped into a process that has gone (`npm start | tee log`, Ctrl-C reaches tee
// too) must not end the launcher before it has stopped what it started.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

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
    return loadConfig({
      ...env,
      DATABASE_URL: env.DATABASE_URL ?? 'postgres://embedded@127.0.0.1/placeholder',
      OIDC_ISSUER: env.OIDC_ISSUER ?? 'http://localhost/realms/placeholder',
    });
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

async function waitForReady(url, child) {
  const deadline = Date.now() + 120000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
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

// Ctrl-C stops everything within this time, whatever hangs: what has not
// stopped by then is killed.
const STOP_DEADLINE_MS = 12000;
// A child asked to stop gets this long before it is killed.
const CHILD_GRACE_MS = 8000;

let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  setTimeout(() => {
    process.stderr.write('Grensportaal: stopping took too long; killing what is left.\n');
    process.exit(code || 1);
  }, STOP_DEADLINE_MS).unref();
  // The API and the identity provider stop together; the database last, once nothing uses it.
  const database = started.find((item) => item.name === 'postgres');
  await Promise.all(started.filter((item) => item !== database).map((item) => item.stop().catch(() => undefined)));
  await database?.stop().catch(() => undefined);
  process.exit(code);
}

/** Stops a child with SIGTERM, and kills it if it is still there after the grace time. */
function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), CHILD_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts a child process whose JSON log lines are shown readably, and registers how to stop it. */
function startChild(name, main, env) {
  const child = spawn(process.execPath, ['--enable-source-maps', main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push({ name, stop: () => stopChild(child) });
  // Whatever ends this process, no child outlives it.
  process.once('exit', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const raw = env.LOG_FORMAT === 'json';
  createInterface({ input: child.stdout }).on('line', (line) => say(raw ? line : formatLogLine(line)));
  // oidc-provider warns about Node 20 and its in-memory store; both are known and harmless for development.
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (!line.startsWith('oidc-provider WARNING')) process.stderr.write(`${line}\n`);
  });
  child.on('exit', (code) => {
    if (!stopping) {
      process.stderr.write(`Grensportaal: the ${name} stopped (exit code ${code}); stopping everything.\n`);
      void stopAll(code || 1);
    }
  });
  return child;
}

function demoAccounts() {
  const realm = JSON.parse(readFileSync(REALM_FILE, 'utf8'));
  return realm.users.map((u) => `    ${u.username.padEnd(16)} ${u.realmRoles.join(', ').padEnd(13)} ${u.attributes.organisation[0]}`);
}

say('Grensportaal: building…');
nx('run-many', '-t', 'build', '--projects=api,dev-idp');
const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  // No load balancer has to take a development API out of rotation: Ctrl-C stops it at once.
  SHUTDOWN_DRAIN_MS: process.env.SHUTDOWN_DRAIN_MS ?? '0',
  SHUTDOWN_TIMEOUT_MS: process.env.SHUTDOWN_TIMEOUT_MS ?? '2000',
};
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

// Attached files are scanned when ClamAV's daemon is installed (apt-get install clamav-daemon); without it
// they are marked "not scanned" and only their uploader may download them (the API says so on start).
if (env.CLAMAV_ADDRESS === undefined && clamdInstalled()) {
  const port = Number(env.CLAMD_PORT ?? 3311);
  say(`Grensportaal: starting ClamAV's daemon for attachments (port ${port}, signatures of the EICAR test file only: no internet for freshclam)…`);
  const clamd = await startClamd({ dir: '.data/clamav', port });
  started.push({ name: 'clamd', stop: clamd.stop });
  env.CLAMAV_ADDRESS = clamd.address;
}

env.SEED_DEMO_DATA = env.SEED_DEMO_DATA ?? 'true';
env.WEB_DIST_DIR = env.WEB_DIST_DIR ?? 'dist/apps/web';

const usingDevIdp = !env.OIDC_ISSUER;
if (usingDevIdp) {
  const port = Number(env.DEV_IDP_PORT ?? 3001);
  say(`Grensportaal: starting the development identity provider (port ${port})…`);
  const idp = startChild('development identity provider', DEV_IDP_MAIN, { ...env, DEV_IDP_PORT: String(port) });
  env.OIDC_ISSUER = `http://localhost:${port}/realms/grensportaal`;
  if (!(await waitForReady(`${env.OIDC_ISSUER}/.well-known/openid-configuration`, idp))) await stopAll(1);
}

say('Grensportaal: starting the API (migrations and demo data are applied on start)…');
const api = startChild('API', API_MAIN, env);

const local = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
if (await waitForReady(`${local}/health/ready`, api)) {
  say('');
  say(`  Grensportaal is running at ${config.publicUrl}`);
  if (usingDevIdp) {
    say('  Sign in with a demo account (one click on the sign-in page; password "grensportaal"):');
    for (const line of demoAccounts()) say(line);
  } else {
    say(`  Identity provider: ${env.OIDC_ISSUER}`);
  }
  say('  Press Ctrl-C to stop.');
  say('');
}
