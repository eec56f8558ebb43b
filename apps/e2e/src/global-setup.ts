import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { E2E_PORTS, ROOT, SCREENSHOT_DIR } from './environment';

const LOG_DIR = join(ROOT, 'dist/e2e/logs');

function start(name: string, main: string, env: Record<string, string>): ChildProcess {
  const log = createWriteStream(join(LOG_DIR, `${name}.log`));
  const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, main)], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function waitFor(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (code ${child.exitCode}); see ${LOG_DIR}/${name}.log`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become ready; see ${LOG_DIR}/${name}.log`);
}

/**
 * Builds the portal and starts it as in production (API serving the built web
 * app) on a fresh database with the demo data, once per identity provider.
 * Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  rmSync(join(ROOT, 'dist/e2e'), { recursive: true, force: true });
  mkdirSync(LOG_DIR, { recursive: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const build = spawnSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'run-many', '-t', 'build', '--projects=api,web,dev-idp', '--output-style=static'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);

  let serverUrl = process.env.DATABASE_URL;
  let embedded: { stop(): Promise<void> } | null = null;
  if (!serverUrl) {
    const { startEmbeddedPostgres } = (await import(join(ROOT, 'tools/embedded-postgres.mjs'))) as {
      startEmbeddedPostgres(o: object): Promise<{ url: string; stop(): Promise<void> }>;
    };
    const { TEST_DATABASE } = (await import(join(ROOT, 'tools/settings.mjs'))) as { TEST_DATABASE: object };
    const pg = await startEmbeddedPostgres({ ...TEST_DATABASE, quiet: true });
    embedded = pg;
    serverUrl = pg.url;
  }
  const name = `grensportaal_e2e_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${name}`;

  // A real ClamAV daemon (Debian's clamav-daemon) with the EICAR signature: documents are scanned as in production.
  const { startClamd } = (await import(join(ROOT, 'tools/clamd.mjs'))) as {
    startClamd(o: { dir: string; port: number }): Promise<{ address: string; stop(): Promise<void> }>;
  };
  const clamd = await startClamd({ dir: join(ROOT, '.data/clamav-e2e'), port: E2E_PORTS.clamd });

  const children: ChildProcess[] = [];
  const common = { DATABASE_URL: databaseUrl.toString(), SEED_DEMO_DATA: 'true', WEB_DIST_DIR: 'dist/apps/web', NODE_ENV: 'production', LOG_LEVEL: 'info', CLAMAV_ADDRESS: clamd.address };

  const devIdpIssuer = `http://localhost:${E2E_PORTS.devIdp}/realms/grensportaal`;
  const idp = start('dev-idp', 'dist/dev-idp/apps/dev-idp/src/main.js', {
    NODE_ENV: 'development',
    DEV_IDP_PORT: String(E2E_PORTS.devIdp),
    DEV_IDP_KEYS_FILE: join(ROOT, '.data/dev-idp-e2e/jwks.json'),
    DEV_IDP_EXTRA_REDIRECT_URIS: `http://localhost:${E2E_PORTS.devIdpApi}/*,http://localhost:${E2E_PORTS.outageApi}/*`,
    // Like the Keycloak of the tests: short-lived tokens, so the journeys see them renewed.
    DEV_IDP_ACCESS_TOKEN_TTL: '75',
  });
  children.push(idp);
  await waitFor(`${devIdpIssuer}/.well-known/openid-configuration`, idp, 'dev-idp');

  const apis: Array<[string, number, string]> = [['api-dev-idp', E2E_PORTS.devIdpApi, devIdpIssuer]];
  if (process.env.KEYCLOAK_ISSUER) apis.push(['api-keycloak', E2E_PORTS.keycloakApi, process.env.KEYCLOAK_ISSUER]);
  // One after the other: the first migrates and seeds, the second finds it done.
  for (const [label, port, issuer] of apis) {
    const api = start(label, 'dist/api/apps/api/src/main.js', { ...common, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, OIDC_ISSUER: issuer });
    children.push(api);
    await waitFor(`http://localhost:${port}/health/ready`, api, label);
  }

  return async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await clamd.stop();
    const cleanup = new Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
    await embedded?.stop();
  };
}
