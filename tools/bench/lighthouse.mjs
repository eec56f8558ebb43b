// `npm run bench:lighthouse`: Lighthouse (the npm package, default mobile
// emulation and simulated throttling) in Debian's Chromium against the portal
// as `npm start` runs it (built web app, demo data, the development identity
// provider): the signed-out landing page, then signed in the home page of each
// role, the bottleneck list, a bottleneck's page and the agenda overview.
// Prints performance, accessibility and best-practices scores with LCP, TBT
// and CLS per page, and whether the targets of issue 20 are met (performance
// ≥ 90 signed out and ≥ 75 signed in, LCP < 2.5 s, CLS < 0.1). Exits 1 when a
// target is missed, unless LIGHTHOUSE_REPORT_ONLY=1.
//
// Uses DATABASE_URL when set (a database of its own is made on that server), else the
// embedded PostgreSQL. LIGHTHOUSE_URL measures a portal that is already running instead.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGETS = { signedOut: 90, signedIn: 75, lcpMs: 2500, cls: 0.1 };

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url, ms = 300_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

/** The portal as `npm start` runs it, on free ports, with a database of its own. */
async function startPortal() {
  const [port, idpPort] = [await freePort(), await freePort()];
  const env = { ...process.env, PORT: String(port), DEV_IDP_PORT: String(idpPort), PUBLIC_URL: `http://localhost:${port}`, LOG_LEVEL: 'warn', CLAMAV_ADDRESS: '', DEV_IDP_EXTRA_REDIRECT_URIS: `http://localhost:${port}/*` };
  const name = `gp_lighthouse_${Date.now().toString(36)}`;
  const { default: pg } = await import('pg');
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  if (process.env.DATABASE_URL) {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  }
  const child = spawn(process.execPath, ['tools/start.mjs'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitFor(`http://localhost:${port}/health/ready`);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    base: `http://localhost:${port}`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
      if (process.env.DATABASE_URL) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

const portal = process.env.LIGHTHOUSE_URL ? { base: process.env.LIGHTHOUSE_URL.replace(/\/$/, ''), stop: async () => undefined } : await startPortal();
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const results = [];

/** One Lighthouse navigation in `page` (its session kept: signed-in pages stay signed in). */
async function measure(page, label, path, signedIn) {
  const { lhr } = await lighthouse(`${portal.base}${path}`, { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'], disableStorageReset: signedIn }, undefined, page);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  if (process.env.LIGHTHOUSE_DETAILS === '1') {
    // What moved, and what blocked the main thread: the first leads to follow when a page misses its target.
    const items = (id) => lhr.audits[id]?.details?.items ?? [];
    console.log(`\n${label}:`);
    for (const shift of items('layout-shifts').slice(0, 5)) console.log(`  shift ${shift.score?.toFixed(3)}  ${shift.node?.selector ?? ''}  ${shift.node?.snippet?.slice(0, 100) ?? ''}`);
    for (const task of items('bootup-time').slice(0, 3)) console.log(`  script ${Math.round(task.total)} ms  ${task.url}`);
    for (const item of items('largest-contentful-paint-element')) {
      if (item.type === 'table') for (const phase of item.items ?? []) console.log(`  LCP ${phase.phase ?? ''} ${phase.timing !== undefined ? Math.round(phase.timing) + ' ms' : ''}`);
      else if (item.node) console.log(`  LCP element ${item.node.selector}`);
    }
    const chains = lhr.audits['network-requests']?.details?.items ?? [];
    for (const request of chains.filter((r) => r.resourceType !== "Image").slice(0, 30)) console.log(`  request ${Math.round(request.networkRequestTime ?? 0)}–${Math.round(request.networkEndTime ?? 0)} ms ${Math.round((request.transferSize ?? 0) / 1024)} KB ${request.url}`);
  }
  results.push({ label, signedIn, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift') });
}

async function signIn(username) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${portal.base}/home`);
  await page.waitForSelector(`form:has(input[name="username"][value="${username}"]) button`);
  await Promise.all([page.waitForNavigation(), page.click(`form:has(input[name="username"][value="${username}"]) button`)]);
  await page.waitForFunction("location.pathname === '/home' && document.querySelector('h1') !== null");
  return page;
}

try {
  const visitor = await (await browser.createBrowserContext()).newPage();
  await measure(visitor, 'landing page (signed out)', '/', false);
  const reference = await (async () => {
    const page = await signIn('femke.jansen');
    await page.goto(`${portal.base}/bottlenecks`);
    await page.waitForSelector('table a[href^="/bottlenecks/"]');
    return page.$eval('table a[href^="/bottlenecks/"]', (a) => a.getAttribute('href'));
  })();
  for (const [username, role] of [
    ['anna.degroot', 'partner'],
    ['femke.jansen', 'secretariat'],
    ['hendrik.mulder', "King's Commissioner"],
    ['miriam.vos', 'ministry'],
  ]) {
    const page = await signIn(username);
    await measure(page, `home of the ${role}`, '/home', true);
    if (username === 'anna.degroot') {
      await measure(page, 'bottleneck list', '/bottlenecks', true);
      await measure(page, 'bottleneck page', reference, true);
      await measure(page, 'agenda overview', '/agendas', true);
    }
  }
} finally {
  await browser.close();
  await portal.stop();
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile emulation, simulated throttling; Chromium ${CHROMIUM}\n`);
console.log(`${pad('page', 34)}${pad('perf', 6)}${pad('a11y', 6)}${pad('bp', 6)}${pad('LCP s', 8)}${pad('TBT ms', 8)}CLS`);
const missed = [];
for (const r of results) {
  console.log(`${pad(r.label, 34)}${pad(r.performance, 6)}${pad(r.accessibility, 6)}${pad(r.bestPractices, 6)}${pad((r.lcp / 1000).toFixed(1), 8)}${pad(Math.round(r.tbt), 8)}${r.cls.toFixed(3)}`);
  const target = r.signedIn ? TARGETS.signedIn : TARGETS.signedOut;
  if (r.performance < target) missed.push(`${r.label}: performance ${r.performance} < ${target}`);
  if (r.lcp >= TARGETS.lcpMs) missed.push(`${r.label}: LCP ${(r.lcp / 1000).toFixed(1)} s ≥ 2.5 s`);
  if (r.cls >= TARGETS.cls) missed.push(`${r.label}: CLS ${r.cls.toFixed(3)} ≥ 0.1`);
}
console.log(missed.length ? `\nTargets missed:\n${missed.map((m) => `  - ${m}`).join('\n')}` : '\nEvery target met.');
if (missed.length && process.env.LIGHTHOUSE_REPORT_ONLY !== '1') process.exit(1);
