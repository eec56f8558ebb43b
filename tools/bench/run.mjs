// `npm run bench`: the API in production mode against the benchmark database
// (`npm run bench:data` first), measured with autocannon at concurrency 10 and
// 50 for Q1 list, Q2 detail, Q3 list filter, Q4 write, Q5/Q6 register search
// (one word, three words, nl and de), interleaved with a
// hand-written baseline (tools/bench/baseline.mjs) doing the same work; SQL
// statements per request counted by both; the API's memory after the run and
// after paging through the whole Q1 result; the time and peak memory of an
// XLSX export of every bottleneck with its actions, and of the yearly progress
// report of the whole programme (DOCX and PDF). Prints a table and writes
// dist/bench/latest.json.
//   BENCH_DURATION (seconds per round, default 5), BENCH_ROUNDS (default 2),
//   BENCH_QUERIES (a subset, e.g. Q1,Q4).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { clamdInstalled, startClamd } from '../clamd.mjs';
import { attachmentFigure, cancelledExport, dashboardFigure, exportFigure, reportFigure } from './figures.mjs';
import { benchDatabase, PORTS, SCALE } from './settings.mjs';

const require = createRequire(import.meta.url);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WARMUP = Math.max(0.5, DURATION / 2);
const CONCURRENCY = [10, 50];
const CALLER = 'anna.degroot';
const children = [];

function say(line) {
  process.stdout.write(`${line}\n`);
}

function start(name, args, env) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}

async function waitFor(url, name) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not start`);
}

function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopAll);

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}

// ---------------------------------------------------------------- start everything

const build = spawnSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'run-many', '-t', 'build', '--projects=api,dev-idp', '--output-style=static'], { stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
if (build.status !== 0) process.exit(build.status ?? 1);

const { url: databaseUrl, stop: stopDatabase } = await benchDatabase();
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const present = (await db.query(`SELECT to_regclass('bottleneck') IS NOT NULL AS ok`)).rows[0].ok && (await db.query('SELECT count(*)::int AS n FROM bottleneck')).rows[0].n > 0;
if (!present) {
  say('The benchmark database is empty: run `npm run bench:data` first.');
  process.exit(1);
}

// Attachments are scanned as in production when ClamAV's daemon is installed.
const clamd = clamdInstalled() ? await startClamd({ dir: '.data/clamav-bench', port: PORTS.clamd }) : null;

const issuer = `http://localhost:${PORTS.idp}/realms/grensportaal`;
start('dev-idp', ['dist/dev-idp/apps/dev-idp/src/main.js'], { NODE_ENV: 'development', DEV_IDP_PORT: String(PORTS.idp), DEV_IDP_KEYS_FILE: '.data/dev-idp-bench/jwks.json', DEV_IDP_ACCESS_TOKEN_TTL: '3600' });
await waitFor(`${issuer}/.well-known/openid-configuration`, 'the development identity provider');
// BENCH_API_NODE_ARGS: options for the API's node, e.g. "--cpu-prof --cpu-prof-dir=dist/bench/profile" to see where its time goes.
const apiNodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
const api = start('api', [...apiNodeArgs, 'dist/api/apps/api/src/main.js'], {
  NODE_ENV: 'production',
  PORT: String(PORTS.api),
  PUBLIC_URL: `http://localhost:${PORTS.api}`,
  DATABASE_URL: databaseUrl,
  OIDC_ISSUER: issuer,
  WEB_DIST_DIR: '',
  LOG_LEVEL: 'warn',
  SQL_COUNT_HEADER: 'true',
  // The benchmark measures throughput, not the abuse limit for mutations.
  MUTATION_RATE_LIMIT: '100000',
  // Requests only: the first deadline scan over the generated data would write
  // thousands of reminders and e-mails in the middle of the measurement.
  SCHEDULER_ENABLED: 'false',
  ...(clamd ? { CLAMAV_ADDRESS: clamd.address } : {}),
});
await waitFor(`http://localhost:${PORTS.api}/health/ready`, 'the API');

async function tokenFor(username) {
  const grant = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'grensportaal-test', client_secret: 'grensportaal-test-secret', username, password: 'grensportaal', scope: 'openid' }),
  });
  return (await grant.json()).access_token;
}
const token = await tokenFor(CALLER);
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'en' };
const graphql = async (query, variables) => {
  const res = await fetch(`http://localhost:${PORTS.api}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { body: await res.json(), statements: Number(res.headers.get('x-sql-statements')), transactions: Number(res.headers.get('x-sql-transactions')) };
};
const me = (await graphql('{ me { id organisation { id code } } }')).body.data.me;

const baseline = start('baseline', ['tools/bench/baseline.mjs', String(PORTS.baseline), databaseUrl, me.organisation.id, me.id], {});
await waitFor(`http://localhost:${PORTS.baseline}/`, 'the baseline');

// ---------------------------------------------------------------- the work

const agenda = (await db.query(`SELECT a.code FROM agenda a JOIN agenda_partner p ON p.agenda_id = a.id WHERE p.organisation_id = $1 ORDER BY a.sort_order LIMIT 1`, [me.organisation.id])).rows[0].code;
const status = 'ANALYSIS';
const details = (
  await db.query(
    `SELECT b.id FROM bottleneck b JOIN agenda a ON a.id = b.agenda_id WHERE a.code = $1 AND b.status <> 'DRAFT' ORDER BY b.reference LIMIT 200`,
    [agenda],
  )
).rows.map((r) => r.id);
const owned = (
  await db.query(`SELECT id, version FROM action WHERE owner_organisation_id = $1 AND status IN ('PLANNED', 'IN_PROGRESS', 'ON_HOLD') ORDER BY id LIMIT 2000`, [me.organisation.id])
).rows;
const versions = new Map(owned.map((a) => [a.id, a.version]));
const TERMS = ['grenzüberschreitend', 'grensarbeiders'];
// The register search: single words and three words, in Dutch and German (Q5, Q6).
const ONE_WORD = ['grensarbeiders', 'Grenzgänger', 'ziekenhuis', 'Krankenhaus', 'vergunning', 'Genehmigung'];
const THREE_WORDS = ['thuiswerken belasting werkgevers', 'Sozialversicherung Arbeitgeber Rente', 'ambulance ziekenhuis gemeente', 'Polizei Feuerwehr Kommune'];

const Q1 = `query Q1($agenda: String!, $status: BottleneckStatus!, $after: String) {
  bottlenecks(first: 50, after: $after, filter: { agendaCode: $agenda, statuses: [$status] }, orderBy: UPDATED_DESC) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id reference status updatedAt title { text language status } reportingOrganisation { code name } theme { code name } progress { average actionCount } commentCount } }
  } }`;
const Q2 = `query Q2($id: ID!) { bottleneck(id: $id) {
  id reference status version title { text language status } description { text language status }
  actions { id title { text language status } status progress dueDate ownerOrganisation { name } }
  assignments { id status question { text language status } answers { text { text language status } review } }
  comments(last: 20) { id body language createdAt author { name } }
  history(limit: 50) { id kind transition occurredAt actor { name } changes { field from to } } } }`;
const Q3 = `query Q3($text: String!) { bottlenecks(first: 25, filter: { text: $text }) { totalCount edges { node { id reference status title { text language status } } } } }`;
const Q5 = `query Q5($query: String!) { search(query: $query, first: 20) { totalCount facets { field value count } edges { node { id kind language snippet { text highlighted } } } } }`;
const Q4 = `mutation Q4($input: PostProgressInput!) { postProgress(input: $input) { id version progress } }`;

let round = 0;
const next = (list) => list[round++ % list.length];
let action = 0;
const nextAction = () => owned[action++ % owned.length];

/** Each query as the API's request and the baseline's, with the variables varied per request. */
const QUERIES = {
  Q1: { api: () => ({ query: Q1, variables: { agenda, status } }), baseline: () => ({ agenda, status }) },
  Q2: { api: () => ({ query: Q2, variables: { id: next(details) } }), baseline: () => ({ id: next(details) }) },
  Q3: { api: () => ({ query: Q3, variables: { text: next(TERMS) } }), baseline: () => ({ text: next(TERMS) }) },
  Q5: { api: () => ({ query: Q5, variables: { query: next(ONE_WORD) } }), baseline: () => ({ query: next(ONE_WORD) }) },
  Q6: { api: () => ({ query: Q5, variables: { query: next(THREE_WORDS) } }), baseline: () => ({ query: next(THREE_WORDS) }) },
  Q4: {
    api: (context) => {
      const a = nextAction();
      context.actionId = a.id;
      return { query: Q4, variables: { input: { actionId: a.id, version: versions.get(a.id), progress: 10 + (action % 90), language: 'nl', note: 'Voortgang volgens planning.' } } };
    },
    baseline: (context) => {
      const a = nextAction();
      context.actionId = a.id;
      return { actionId: a.id, version: versions.get(a.id), value: 10 + (action % 90), note: 'Voortgang volgens planning.' };
    },
  },
};

/**
 * Versions move on with every write: both servers answer with the new one, or
 * with the current one when another connection wrote the same action first.
 */
function learnVersion(body, actionId) {
  try {
    const { data, errors } = JSON.parse(body);
    if (data?.postProgress) versions.set(data.postProgress.id, data.postProgress.version);
    const current = errors?.[0]?.extensions?.currentVersion;
    if (actionId && current) versions.set(actionId, current);
  } catch {
    // not a write
  }
}

function run(target, name, connections, seconds) {
  const isApi = target === 'api';
  const url = isApi ? `http://localhost:${PORTS.api}/graphql` : `http://localhost:${PORTS.baseline}/${name.toLowerCase()}`;
  let errors = 0;
  let conflicts = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            headers,
            setupRequest: (req, context) => ({ ...req, body: JSON.stringify(QUERIES[name][target](context)) }),
            onResponse: (statusCode, body, context) => {
              // Two connections writing the same action: detected, as it should be, and not a failure.
              if (body.includes('"CONFLICT"')) conflicts += 1;
              else if (statusCode !== 200 || body.includes('"errors"')) errors += 1;
              if (name === 'Q4') learnVersion(body, context.actionId);
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ ...result, appErrors: errors, conflicts })),
    );
  });
}

/**
 * Statements per request, sent one at a time. A background job (a pg-boss
 * poll, a notification sent after a write) can overlap a request; the API
 * then says `overlapped` rather than guess, and that request is sent again.
 */
async function statementsPerRequest(target, name) {
  const counts = [];
  for (let tries = 0; counts.length < 10 && tries < 60; tries += 1) {
    const isApi = target === 'api';
    const context = {};
    const res = await fetch(isApi ? `http://localhost:${PORTS.api}/graphql` : `http://localhost:${PORTS.baseline}/${name.toLowerCase()}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(QUERIES[name][target](context)),
    });
    const body = await res.text();
    if (name === 'Q4') learnVersion(body, context.actionId);
    const counted = Number(res.headers.get('x-sql-statements'));
    if (Number.isFinite(counted)) counts.push(counted);
  }
  return counts.length ? { min: Math.min(...counts), max: Math.max(...counts) } : { min: NaN, max: NaN };
}

/** Q4 as the API runs it: its statements, how many transactions, and the history entry of the new version. */
async function writeTransaction() {
  const a = nextAction();
  let res;
  // The version learnt from a conflict during the load makes the second try
  // succeed; a write overlapped by a background job is counted on a next one.
  const counted = () => res?.body.data?.postProgress && Number.isFinite(res.statements);
  for (let attempt = 0; attempt < 6 && !counted(); attempt += 1) {
    res = await graphql(Q4, { input: { actionId: a.id, version: versions.get(a.id), progress: 55, language: 'nl', note: 'Eén transactie.' } });
    learnVersion(JSON.stringify(res.body), a.id);
  }
  const written = res.body.data?.postProgress;
  const history = written ? (await db.query(`SELECT count(*)::int AS n FROM history_entry WHERE entity_id = $1 AND kind = 'PROGRESS' AND version = $2`, [a.id, written.version])).rows[0].n : 0;
  return { ok: Boolean(written), statements: res.statements, transactions: res.transactions, historyEntries: history };
}

const results = [];
const ONLY = process.env.BENCH_QUERIES ? process.env.BENCH_QUERIES.split(',') : Object.keys(QUERIES);
for (const name of ONLY) {
  const statements = { api: await statementsPerRequest('api', name), baseline: await statementsPerRequest('baseline', name) };
  for (const connections of CONCURRENCY) {
    await run('api', name, connections, WARMUP);
    await run('baseline', name, connections, WARMUP);
    const rounds = { api: [], baseline: [] };
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const target of ['api', 'baseline']) rounds[target].push(await run(target, name, connections, DURATION));
    }
    const summary = (list) => ({
      rps: Math.round(list.reduce((sum, x) => sum + x.requests.average, 0) / list.length),
      p50: Math.max(...list.map((x) => x.latency.p50)),
      p95: Math.max(...list.map((x) => x.latency.p97_5 ?? x.latency.p95 ?? x.latency.p90)),
      p99: Math.max(...list.map((x) => x.latency.p99)),
      errors: list.reduce((sum, x) => sum + x.errors + x.non2xx + x.appErrors, 0),
      conflicts: list.reduce((sum, x) => sum + x.conflicts, 0),
      requests: list.reduce((sum, x) => sum + x.requests.total, 0),
    });
    const row = { query: name, connections, api: summary(rounds.api), baseline: summary(rounds.baseline), statements };
    row.ratio = Math.round((row.api.rps / Math.max(row.baseline.rps, 1)) * 100) / 100;
    results.push(row);
    say(`${name} c=${connections}: API ${row.api.rps} req/s p99 ${row.api.p99} ms, baseline ${row.baseline.rps} req/s p99 ${row.baseline.p99} ms, ratio ${row.ratio}`);
  }
}

// Q1's statements must not grow with the page size.
const q1ByPageSize = {};
for (const size of [10, 50, 100]) q1ByPageSize[size] = (await graphql(Q1.replace('first: 50', `first: ${size}`), { agenda, status })).statements;

const write = await writeTransaction();
const memoryAfterRun = rssMb(api.pid);
let pages = 0;
let after = null;
do {
  const page = (await graphql(Q1.replace('first: 50', 'first: 100'), { agenda, status, after })).body.data.bottlenecks;
  after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  pages += 1;
} while (after);
const memoryAfterPaging = rssMb(api.pid);
const baselineMemory = rssMb(baseline.pid);

const figures = { api, port: PORTS.api, headers, tokenFor, db, rssMb };
// First, while the API's memory is as the query rounds left it: the file must stream through, not add up.
const attachment = await attachmentFigure(figures);
const exported = await exportFigure(figures);
const cancelled = await cancelledExport(figures);
const yearly = await reportFigure(figures);
const dashboards = await dashboardFigure(figures);

// The search index's size (its build time is printed by bench:data).
const searchSizes = (
  await db.query(
    `SELECT c.relname AS name, pg_relation_size(c.oid) AS bytes FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'i') AND c.relname LIKE 'search\\_%' ORDER BY pg_relation_size(c.oid) DESC`,
  )
).rows.map((r) => ({ name: r.name, mb: Math.round((Number(r.bytes) / 1048576) * 10) / 10 }));
const searchEntries = (await db.query('SELECT count(*)::int AS n FROM search_entry')).rows[0].n;

// ---------------------------------------------------------------- report

const pad = (v, n) => String(v).padStart(n);
say('');
say(`Grensportaal API vs hand-written baseline — scale ${SCALE}, ${DURATION}s x ${ROUNDS} rounds per target, caller ${CALLER} (${me.organisation.code})`);
say('query  conc |    API req/s  p50   p95   p99  err  sql | baseline req/s  p50   p95   p99  err  sql | API/base');
for (const r of results) {
  const side = (s, sql) => `${pad(s.rps, 12)} ${pad(s.p50, 4)} ${pad(s.p95, 5)} ${pad(s.p99, 5)} ${pad(s.errors, 4)} ${pad(sql.min === sql.max ? sql.min : `${sql.min}-${sql.max}`, 4)}`;
  say(`${r.query.padEnd(6)} ${pad(r.connections, 4)} | ${side(r.api, r.statements.api)} | ${side(r.baseline, r.statements.baseline)}   | ${pad(r.ratio.toFixed(2), 8)}`);
}
for (const r of results.filter((x) => x.query === 'Q4')) {
  say(`Q4 c=${r.connections}: version conflicts detected (two connections on one action) API ${r.api.conflicts}, baseline ${r.baseline.conflicts}`);
}
say(`Search index over ${searchEntries} entries: ${searchSizes.map((x) => `${x.name} ${x.mb} MB`).join(', ')}`);
say(`Q1 SQL statements by page size: ${Object.entries(q1ByPageSize).map(([size, n]) => `${size} → ${n}`).join(', ')}`);
say(`Q4 as one request: ${write.statements} SQL statements, ${write.transactions} transaction(s), ${write.historyEntries} history entry for the new version`);
say(`API memory: ${memoryAfterRun} MB after the run, ${memoryAfterPaging} MB after paging through all ${pages} pages of Q1 (100 per page); baseline ${baselineMemory} MB`);
say(
  `Export: all ${exported.bottlenecks} bottlenecks with their actions as XLSX (${exported.rows} rows, ${exported.megabytes} MB) in ${exported.seconds} s = ${exported.rowsPerSecond} rows/s; ` +
    `API memory ${exported.rssBeforeMb} → peak ${exported.rssPeakMb} MB (growth ${exported.growthMb} MB; targets: under 30 s, growth under 150 MB)`,
);
say(`Export dropped after its first bytes: ${cancelled.status} after ${cancelled.rowsWritten} of ${cancelled.total} rows`);
say(
  `Yearly report of the programme over ${yearly.bottlenecks} bottlenecks: ${yearly.status} in ${yearly.seconds} s (target: under 60 s), DOCX ${yearly.docxMb} MB, PDF ${yearly.pdfMb} MB; ` +
    `API memory ${yearly.rssBeforeMb} → peak ${yearly.rssPeakMb} MB, ${yearly.rssAfterMb} MB after; slowest liveness answer meanwhile ${yearly.slowestLiveMs} ms`,
);

const timing = (t) => `p50 ${t.p50} ms, p95 ${t.p95} ms`;
say(
  `Dashboard (last eight quarters), one request at a time (target: under 300 ms): secretariat ${timing(dashboards.secretariat.dashboard)}, scoreboard ${timing(dashboards.secretariat.scoreboard)}; ` +
    `${CALLER} ${timing(dashboards.partner.dashboard)}, scoreboard ${timing(dashboards.partner.scoreboard)}`,
);

say(
  `Attachment of ${attachment.megabytes} MB (${attachment.scanStatus ?? attachment.status}${clamd ? ', scanned by clamd' : ', no clamd here'}): upload ${attachment.uploadSeconds} s, download ${attachment.downloadSeconds} s${attachment.downloadedOk ? '' : ' (INCOMPLETE)'}; ` +
    `API memory ${attachment.rssBeforeMb} → peak ${attachment.rssPeakMb} MB (growth ${attachment.growthMb} MB, ${attachment.uploadGrowthMb} MB of it by the upload; target: under 50 MB)`,
);

mkdirSync('dist/bench', { recursive: true });
const report = { at: new Date().toISOString(), scale: SCALE, durationS: DURATION, rounds: ROUNDS, caller: CALLER, results, searchIndex: { entries: searchEntries, sizes: searchSizes }, q1StatementsByPageSize: q1ByPageSize, write, memory: { apiAfterRunMb: memoryAfterRun, apiAfterPagingMb: memoryAfterPaging, q1Pages: pages, baselineMb: baselineMemory }, export: exported, droppedExport: cancelled, yearlyReport: yearly, dashboards, attachment };
writeFileSync(join('dist/bench', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
say('Written to dist/bench/latest.json');

// The harness itself must work (CI's smoke run relies on this): no failed
// requests, counted statements, and Q4 as one transaction with its history.
const problems = [
  ...results.filter((r) => r.api.errors > 0 || r.baseline.errors > 0).map((r) => `${r.query} c=${r.connections}: failed requests`),
  ...results.filter((r) => !Number.isFinite(r.statements.api.max) || !Number.isFinite(r.statements.baseline.max)).map((r) => `${r.query}: statements not counted`),
  ...(write.ok && write.transactions === 1 && write.historyEntries === 1 ? [] : ['Q4: not one transaction with its history entry']),
  ...(exported.status === 'DONE' && exported.rows >= exported.bottlenecks ? [] : [`export: ${exported.status} with ${exported.rows} rows`]),
  ...(cancelled.status === 'CANCELLED' || (cancelled.status === 'DONE' && SCALE < 1) ? [] : [`dropped export: ${cancelled.status}`]),
  ...(yearly.status === 'DONE' ? [] : [`yearly report: ${yearly.status}`]),
  ...(attachment.status === 201 && attachment.downloadedOk ? [] : [`attachment: upload ${attachment.status}, download ${attachment.downloadedOk ? 'complete' : 'incomplete'}`]),
];
for (const problem of problems) say(`PROBLEM ${problem}`);

await db.end();
stopAll();
await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)));
await clamd?.stop();
await stopDatabase();
process.exit(problems.length ? 1 : 0);
