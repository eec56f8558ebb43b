// Runs a command with DATABASE_URL set: the given one, or the development
// database of `npm start` (started here if it is not running, stopped after).
//   node tools/with-database.mjs <command> [args...]
import { spawn } from 'node:child_process';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { DEV_DATABASE } from './settings.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node tools/with-database.mjs <command> [args...]\n');
  process.exit(2);
}

let database = null;
if (!process.env.DATABASE_URL) {
  database = await startEmbeddedPostgres(DEV_DATABASE);
  process.env.DATABASE_URL = database.url;
}
const child = spawn(command, args, { stdio: 'inherit', env: process.env });
const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
await database?.stop();
process.exit(code);
