// `npm run bench:web`: builds the web app and prints how much JavaScript
// (gzipped) the browser loads for the first page a visitor sees (the landing
// page) and the first page after sign-in (My work), from Vite's manifest:
// the entry, every chunk it imports statically, and the chunks the page loads
// before it shows (the workplace, with the API client; the OIDC library loads
// beside it, not before it) and the page's own chunk, with theirs.
// Fails when either exceeds the budget.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist/apps/web';
const require = createRequire(import.meta.url);

const build = spawnSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'run', 'web:build', '--output-style=static', '--skip-nx-cache'], { stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
if (build.status !== 0) process.exit(build.status ?? 1);

const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));

/** A chunk and everything it imports statically (what the browser must load before it runs). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}

function entryOf(source) {
  const key = Object.keys(manifest).find((k) => k.endsWith(source));
  if (!key) throw new Error(`no chunk for ${source} in the manifest`);
  return key;
}

const gzipped = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const pages = [
  // The landing page is part of the entry: a visitor loads nothing else before it shows.
  ['first page for visitors (/)', [], 180],
  ['first page after sign-in (/home)', ['src/app/workplace.tsx', 'src/pages/HomePage.tsx'], 200],
];

let failed = false;
for (const [label, sources, budgetKb] of pages) {
  const chunks = new Set([entry, ...sources.map(entryOf)].flatMap((key) => [...closure(key)]));
  const files = [...chunks].map((k) => manifest[k].file);
  const css = [...new Set([...chunks].flatMap((k) => manifest[k].css ?? []))];
  const js = files.reduce((sum, f) => sum + gzipped(f), 0);
  const styles = css.reduce((sum, f) => sum + gzipped(f), 0);
  const kb = js / 1024;
  process.stdout.write(`${label}: ${kb.toFixed(1)} KB JavaScript gzipped in ${files.length} files (budget ${budgetKb} KB); CSS ${(styles / 1024).toFixed(1)} KB gzipped\n`);
  if (kb > budgetKb) failed = true;
}
if (failed) {
  process.stderr.write('Over the budget.\n');
  process.exit(1);
}
