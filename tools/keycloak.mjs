// The real Keycloak, for CI and for checking the portal against it locally.
//
//   node tools/keycloak.mjs            (npm run keycloak) — runs until Ctrl-C
//
// It takes org.keycloak:keycloak-quarkus-dist from Maven Central (cached in the
// local Maven repository), unpacks it under .data/keycloak/, and starts it in
// development mode on KEYCLOAK_PORT (18080) with a fresh import of
// docker/keycloak/realm-grensportaal.json plus, for the tests only:
//   - a signing key whose private half the tests hold (to forge tokens that are
//     correctly signed but expired, for the wrong audience, ...),
//   - the redirect URIs of the browser tests, and 75-second access tokens (so
//     they see the web app renew them),
//   - a second realm, for the "token from another realm" case.
// When it is ready it writes .data/keycloak/test-env (shell exports read by the
// tests) and prints "Keycloak is ready".
import { spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const VERSION = process.env.KEYCLOAK_VERSION ?? '26.5.6';
const PORT = Number(process.env.KEYCLOAK_PORT ?? 18080);
const EXTRA_REDIRECT_URIS = (process.env.KEYCLOAK_EXTRA_REDIRECT_URIS ?? 'http://localhost:3300/*,http://localhost:3301/*').split(',').filter(Boolean);
const ACCESS_TOKEN_TTL = Number(process.env.KEYCLOAK_ACCESS_TOKEN_TTL ?? 75);
const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const work = join(root, '.data/keycloak');
const home = join(work, `keycloak-${VERSION}`);

function log(message) {
  process.stdout.write(`[keycloak] ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.error?.message})`);
}

/** The distribution zip from the local Maven repository, fetched from Maven Central when missing. */
function distribution() {
  const zip = join(homedir(), '.m2/repository/org/keycloak/keycloak-quarkus-dist', VERSION, `keycloak-quarkus-dist-${VERSION}.zip`);
  if (!existsSync(zip)) {
    log(`fetching org.keycloak:keycloak-quarkus-dist:${VERSION} from Maven Central…`);
    run('mvn', ['-q', '-B', 'dependency:get', `-Dartifact=org.keycloak:keycloak-quarkus-dist:${VERSION}:zip`, '-Dtransitive=false']);
  }
  return zip;
}

/** Keycloak 26 needs Java 21 or newer: KEYCLOAK_JAVA_HOME, else the newest JDK under /usr/lib/jvm, else JAVA_HOME. */
function javaHome() {
  if (process.env.KEYCLOAK_JAVA_HOME) return process.env.KEYCLOAK_JAVA_HOME;
  const candidates = ['/usr/lib/jvm/temurin-25-jdk-amd64', '/usr/lib/jvm/java-25-openjdk-amd64', '/usr/lib/jvm/temurin-21-jdk-amd64', '/usr/lib/jvm/java-21-openjdk-amd64'];
  return candidates.find((dir) => existsSync(join(dir, 'bin/java'))) ?? process.env.JAVA_HOME;
}

function testRealms(privateKeyPem) {
  const realm = JSON.parse(readFileSync(join(root, 'docker/keycloak/realm-grensportaal.json'), 'utf8'));
  // Short-lived access tokens, so the browser tests see the web app renew them.
  realm.accessTokenLifespan = ACCESS_TOKEN_TTL;
  for (const client of realm.clients.filter((c) => c.standardFlowEnabled)) {
    client.redirectUris = [...client.redirectUris, ...EXTRA_REDIRECT_URIS];
    const logout = client.attributes['post.logout.redirect.uris'] ?? '';
    client.attributes['post.logout.redirect.uris'] = [logout, ...EXTRA_REDIRECT_URIS].filter(Boolean).join('##');
  }
  realm.components = {
    ...realm.components,
    'org.keycloak.keys.KeyProvider': [
      {
        name: 'grensportaal-test-signing-key',
        providerId: 'rsa',
        subComponents: {},
        config: { privateKey: [privateKeyPem], priority: ['1000'], algorithm: ['RS256'], active: ['true'], enabled: ['true'] },
      },
    ],
  };
  const testClient = realm.clients.find((c) => c.clientId === 'grensportaal-test');
  const other = {
    realm: 'grensportaal-other',
    enabled: true,
    roles: { realm: [{ name: 'admin' }] },
    clients: [{ ...testClient }],
    users: [
      {
        username: 'tom.willems',
        enabled: true,
        emailVerified: true,
        firstName: 'Tom',
        lastName: 'Willems',
        email: 'tom.willems@other.example',
        credentials: [{ type: 'password', value: 'grensportaal', temporary: false }],
        realmRoles: ['admin'],
      },
    ],
  };
  return { realm, other };
}

async function waitUntilReady(url, child) {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Keycloak exited during start-up (code ${child.exitCode}); see ${join(work, 'keycloak.log')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('Keycloak did not become ready within 4 minutes');
}

async function portInUse(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch (error) {
    return error?.cause?.code !== 'ECONNREFUSED';
  }
}

if (await portInUse(PORT)) {
  process.stderr.write(`[keycloak] port ${PORT} is already in use (another Keycloak?); stop it or set KEYCLOAK_PORT.\n`);
  process.exit(1);
}
mkdirSync(work, { recursive: true });
if (!existsSync(join(home, 'bin/kc.sh'))) {
  const zip = distribution();
  log(`unpacking ${zip}…`);
  run('unzip', ['-q', '-o', zip, '-d', work]);
}

// A fresh development database every start, so the test key and realms are imported anew.
rmSync(join(home, 'data'), { recursive: true, force: true });
mkdirSync(join(home, 'data/import'), { recursive: true });
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const { realm, other } = testRealms(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
writeFileSync(join(home, 'data/import/realm-grensportaal.json'), JSON.stringify(realm, null, 2));
writeFileSync(join(home, 'data/import/realm-grensportaal-other.json'), JSON.stringify(other, null, 2));
const keysFile = join(work, 'test-signing-key.json');
writeFileSync(keysFile, JSON.stringify({ keys: [privateKey.export({ format: 'jwk' })] }), { mode: 0o600 });
const envFile = join(work, 'test-env');
rmSync(envFile, { force: true });

const java = javaHome();
log(`starting Keycloak ${VERSION} on port ${PORT} (Java: ${java ?? 'default'})…`);
const logFile = join(work, 'keycloak.log');
writeFileSync(logFile, '');
const child = spawn(join(home, 'bin/kc.sh'), ['start-dev', `--http-port=${PORT}`, '--http-host=127.0.0.1', '--import-realm', '--log-level=warn'], {
  env: { ...process.env, ...(java ? { JAVA_HOME: java } : {}), KC_CACHE: 'local' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
const append = (chunk) => writeFileSync(logFile, chunk, { flag: 'a' });
child.stdout.on('data', append);
child.stderr.on('data', append);

let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  rmSync(envFile, { force: true });
  if (child.exitCode === null) {
    child.once('exit', () => process.exit(code));
    process.kill(-child.pid, 'SIGTERM');
    setTimeout(() => child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 15_000).unref();
  } else process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
child.on('exit', (code) => {
  if (!stopping) {
    process.stderr.write(`[keycloak] stopped unexpectedly (code ${code}); see ${logFile}\n`);
    process.exit(1);
  }
});

const issuer = `http://localhost:${PORT}/realms/grensportaal`;
try {
  await waitUntilReady(`${issuer}/.well-known/openid-configuration`, child);
} catch (error) {
  process.stderr.write(`[keycloak] ${error.message}\n`);
  stop(1);
}
writeFileSync(
  envFile,
  [
    `export KEYCLOAK_ISSUER=${issuer}`,
    `export KEYCLOAK_OTHER_ISSUER=http://localhost:${PORT}/realms/grensportaal-other`,
    `export KEYCLOAK_TEST_KEYS_FILE=${keysFile}`,
    '',
  ].join('\n'),
);
log(`Keycloak is ready: ${issuer} (test settings in ${envFile})`);
