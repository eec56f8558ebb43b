// Runs a PostgreSQL server of a test's own (tools/embedded-postgres.mjs) in
// this separate Node process, so the test can stop and start it again: reads
// `stop` and `start` lines on stdin, answers each with one JSON line on stdout.
// Arguments: data folder, port, database.
import { createInterface } from 'node:readline';
import { startEmbeddedPostgres } from '../../../../tools/embedded-postgres.mjs';

const [dataDir, port, database] = process.argv.slice(2);
const start = () => startEmbeddedPostgres({ dataDir, port: Number(port), database, quiet: true });
let server = await start();
process.stdout.write(`${JSON.stringify({ state: 'started', url: server.url })}\n`);

createInterface({ input: process.stdin }).on('line', async (line) => {
  if (line === 'stop') {
    await server.stop();
    process.stdout.write(`${JSON.stringify({ state: 'stopped' })}\n`);
  } else if (line === 'start') {
    server = await start();
    process.stdout.write(`${JSON.stringify({ state: 'started', url: server.url })}\n`);
  } else if (line === 'exit') {
    await server.stop();
    process.exit(0);
  }
});
process.stdin.on('end', async () => {
  await server.stop();
  process.exit(0);
});
