// A real ClamAV daemon (Debian's clamav-daemon) for tests, the browser
// journeys and `npm start` when clamd is installed: its own configuration
// and a signature database made here, on a loopback TCP port. There is no
// internet, so freshclam cannot fetch ClamAV's signatures: the database
// holds one signature, of the EICAR test file, which every virus scanner
// recognises by agreement and which is harmless.
//
//   node tools/clamd.mjs [port]   runs clamd in the foreground (Ctrl-C stops it)
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The EICAR anti-virus test file (68 bytes), assembled so that this source file is not itself flagged. */
export const EICAR = Buffer.from(['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join(''));

export const CLAMD = '/usr/sbin/clamd';

export function clamdInstalled() {
  return spawnSync(CLAMD, ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Whether clamd answers PING on the port. */
export function ping(port, timeoutMs = 1000) {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('zPING\0'));
    socket.on('data', (data) => finish(data.toString().startsWith('PONG')));
  });
}

/**
 * Starts clamd on 127.0.0.1:`port` with its files under `dir`; resolves when
 * it answers PING. `stop()` ends it (SIGTERM) and waits for it to exit.
 */
export async function startClamd({ dir: folder, port, maxMb = 200, log = 'ignore' }) {
  // clamd takes absolute paths only.
  const dir = resolve(folder);
  const db = join(dir, 'db');
  mkdirSync(db, { recursive: true });
  const md5 = createHash('md5').update(EICAR).digest('hex');
  writeFileSync(join(db, 'grensportaal-test.hdb'), `${md5}:${EICAR.length}:Grensportaal.Test.EICAR\n`);
  const conf = join(dir, 'clamd.conf');
  writeFileSync(
    conf,
    [
      'Foreground yes',
      `DatabaseDirectory ${db}`,
      `TCPSocket ${port}`,
      'TCPAddr 127.0.0.1',
      `StreamMaxLength ${maxMb}M`,
      'MaxThreads 4',
      // As root (CI, containers) clamd would otherwise switch to the clamav user, who cannot read this folder.
      ...(process.getuid?.() === 0 ? ['User root'] : []),
      'LogTime yes',
      `LogFile ${join(dir, 'clamd.log')}`,
    ].join('\n') + '\n',
  );
  const child = spawn(CLAMD, ['-c', conf], { stdio: ['ignore', log, log] });
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  for (let i = 0; i < 600 && !(await ping(port)); i++) {
    if (exited) throw new Error(`clamd exited while starting (${JSON.stringify(exited)}); see ${join(dir, 'clamd.log')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!(await ping(port))) throw new Error(`clamd did not answer on port ${port}`);
  return {
    port,
    address: `127.0.0.1:${port}`,
    stop: () =>
      new Promise((done) => {
        if (exited) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 3310);
  const dir = resolve('.data/clamav');
  startClamd({ dir, port, log: 'inherit' }).then((clamd) => {
    console.log(`clamd answers on ${clamd.address} (signatures in ${dir}/db: the EICAR test file)`);
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => clamd.stop().then(() => process.exit(0)));
  });
}
