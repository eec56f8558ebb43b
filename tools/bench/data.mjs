// `npm run bench:data`: fills a separate database with a realistic register
// of several years (deterministic: the same seed gives the same rows), in
// bulk (multi-row INSERT ... SELECT FROM unnest), and reports rows per second.
//   BENCH_SCALE=0.01 gives a small set (CI smoke run).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { benchDatabase, SCALE } from './settings.mjs';

const SEED = 20261128;
const N = {
  organisations: 60,
  users: Math.max(60, Math.round(3000 * SCALE)),
  bottlenecks: Math.round(25000 * SCALE),
  actions: Math.round(75000 * SCALE),
  comments: Math.round(250000 * SCALE),
  questions: Math.round(5000 * SCALE),
};
const BATCH = 2000;

// ---------------------------------------------------------------- determinism

let state = SEED;
function random() {
  // mulberry32
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
function uuid() {
  const h = Array.from({ length: 16 }, () => int(256));
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const s = h.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
const NOW = Date.UTC(2026, 10, 1, 12);
const DAY = 86_400_000;
const daysAgo = (d) => new Date(NOW - d * DAY - int(8 * 3600) * 1000);
const isoDay = (date) => date.toISOString().slice(0, 10);

// ---------------------------------------------------------------- texts

const WORDS = {
  nl: ['grensarbeiders', 'sociale zekerheid', 'thuiswerken', 'belasting', 'pensioen', 'ambulance', 'ziekenhuis', 'diploma', 'erkenning', 'openbaar vervoer', 'treinverbinding', 'vergunning', 'waterstof', 'afval', 'kinderopvang', 'studiefinanciering', 'politie', 'brandweer', 'gemeente', 'provincie', 'regelgeving', 'uitvoering', 'informatie', 'werkgevers', 'werknemers', 'grens', 'verdrag', 'premies', 'uitkering', 'zorgverzekering'],
  de: ['Grenzgänger', 'Sozialversicherung', 'Homeoffice', 'Steuer', 'Rente', 'Rettungsdienst', 'Krankenhaus', 'Abschluss', 'Anerkennung', 'Nahverkehr', 'Zugverbindung', 'Genehmigung', 'Wasserstoff', 'Abfall', 'Kinderbetreuung', 'BAföG', 'Polizei', 'Feuerwehr', 'Kommune', 'Bezirksregierung', 'Vorschriften', 'Vollzug', 'Information', 'Arbeitgeber', 'Arbeitnehmer', 'grenzüberschreitend', 'Staatsvertrag', 'Beiträge', 'Leistungen', 'Krankenkasse'],
  en: ['cross-border workers', 'social security', 'telework', 'tax', 'pension', 'ambulance', 'hospital', 'diploma', 'recognition', 'public transport', 'rail link', 'permit', 'hydrogen', 'waste', 'childcare', 'student finance', 'police', 'fire brigade', 'municipality', 'province', 'regulation', 'implementation', 'information', 'employers', 'employees', 'border', 'treaty', 'contributions', 'benefits', 'health insurance'],
};
const JOIN = { nl: ['bij', 'voor', 'en', 'over de grens met', 'zonder'], de: ['bei', 'für', 'und', 'über die Grenze mit', 'ohne'], en: ['for', 'with', 'and', 'across the border with', 'without'] };
function phrase(lang, words) {
  const out = [];
  for (let i = 0; i < words; i += 1) out.push(i % 2 === 1 ? pick(JOIN[lang]) : pick(WORDS[lang]));
  return out.join(' ');
}
const sentence = (lang, words) => {
  const p = phrase(lang, words);
  return `${p.charAt(0).toUpperCase()}${p.slice(1)}.`;
};
const paragraph = (lang, sentences) => Array.from({ length: sentences }, () => sentence(lang, 7 + int(8))).join(' ');
const hash = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A stored text: the original, and translations of which a third are missing or outdated. */
function storedText(lang, text, translator, at) {
  const tr = {};
  for (const other of ['nl', 'de', 'en']) {
    if (other === lang) continue;
    const roll = random();
    if (roll < 0.33) continue; // missing
    const outdated = roll < 0.5;
    tr[other] = {
      text: sentence(other, 5 + int(6)),
      kind: roll < 0.75 ? 'MACHINE' : 'HUMAN',
      by: translator?.id ?? null,
      byName: translator?.name ?? null,
      at: at.toISOString(),
      sourceHash: outdated ? hash(`${text} (earlier)`) : hash(text),
    };
  }
  return JSON.stringify({ lang, text, hash: hash(text), tr });
}

// ---------------------------------------------------------------- writing

async function insert(client, table, columns, rows) {
  let done = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const arrays = columns.map((c, i) => batch.map((row) => row[i]));
    const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
    const names = columns.map((_, i) => `c${i}`);
    const values = columns.map((c, i) => (c.wrap ? c.wrap(names[i]) : names[i])).join(', ');
    await client.query(`INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) SELECT ${values} FROM unnest(${unnest}) AS u(${names.join(', ')})`, arrays);
    done += batch.length;
  }
  return done;
}
/** A column: its name, the element type of the array it is sent in, and optionally an SQL expression around the value. */
const col = (name, type, wrap) => ({ name, type, wrap });

// ---------------------------------------------------------------- main

const started = Date.now();
const { url, stop } = await benchDatabase({ fresh: true });
const cli = (command) => {
  const result = spawnSync(process.execPath, ['dist/api/apps/api/src/database/cli.js', command], { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' }, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
cli('migrate');
cli('reference');

const client = new pg.Client({ connectionString: url });
await client.connect();
const counts = {};
const timings = {};
const timed = async (label, work) => {
  const t0 = Date.now();
  counts[label] = await work();
  timings[label] = Date.now() - t0;
};

// Bulk load the usual way: secondary indexes (trigram search indexes above all) are built once afterwards, not row by row.
const BULK_TABLES = ['bottleneck', 'action', 'action_bottleneck', 'assignment', 'answer', 'comment', 'history_entry', 'bottleneck_stay', 'search_entry', 'search_word'];
// The search index is written by triggers row by row in use; a bulk load switches them off and builds it once, set-based, at the end.
const SEARCHED_TABLES = ['bottleneck', 'action', 'assignment', 'answer', 'progress_update', 'comment'];
const secondaryIndexes = (
  await client.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1) AND i.indexdef NOT LIKE 'CREATE UNIQUE%'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [BULK_TABLES],
  )
).rows;
for (const index of secondaryIndexes) await client.query(`DROP INDEX "${index.indexname}"`);
for (const table of SEARCHED_TABLES) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER "search_${table}"`);
// So are the bottlenecks' stages (bottleneck_stay), written from history once at the end.
await client.query('ALTER TABLE history_entry DISABLE TRIGGER bottleneck_stay_history');

const organisations = (await client.query('SELECT id, code, kind, country FROM organisation ORDER BY code')).rows;
const agendas = (await client.query('SELECT id, code, reference_prefix, steering_organisation_id FROM agenda ORDER BY sort_order')).rows;
const themes = (await client.query('SELECT id, agenda_id FROM theme ORDER BY agenda_id, sort_order')).rows;
const partners = (await client.query('SELECT agenda_id, organisation_id FROM agenda_partner')).rows;

await timed('organisations', async () => {
  const extra = [];
  const countries = ['NL', 'DE', 'BE'];
  for (let i = organisations.length; i < N.organisations; i += 1) {
    const country = countries[i % 3];
    extra.push([uuid(), `MUN-${String(i).padStart(3, '0')}`, 'MUNICIPALITY', country, `Gemeente ${i}`, `Gemeinde ${i}`, `Municipality ${i}`]);
  }
  const n = await insert(client, 'organisation', [col('id', 'uuid'), col('code', 'text'), col('kind', 'organisation_kind'), col('country', 'country'), col('name_nl', 'text'), col('name_de', 'text'), col('name_en', 'text')], extra);
  // Municipalities take part in the agenda of their border.
  const byCountry = { NL: agendas, DE: agendas.filter((a) => a.code !== 'NL-VL'), BE: agendas.filter((a) => a.code === 'NL-VL') };
  const rows = extra.flatMap((o) => byCountry[o[3]].filter(() => random() < 0.7).map((a) => [a.id, o[0]]));
  await insert(client, 'agenda_partner', [col('agenda_id', 'uuid'), col('organisation_id', 'uuid')], rows);
  for (const o of extra) organisations.push({ id: o[0], code: o[1], kind: o[2], country: o[3] });
  for (const [agendaId, organisationId] of rows) partners.push({ agenda_id: agendaId, organisation_id: organisationId });
  return n;
});

const users = [];
await timed('users', async () => {
  const rows = [];
  for (let i = 0; i < N.users; i += 1) {
    const org = organisations[i % organisations.length];
    const role = org.kind === 'MINISTRY' ? (org.code === 'BZK' && i % 5 === 0 ? 'secretariat' : 'department') : 'partner';
    const id = uuid();
    const name = `Bench User ${i}`;
    users.push({ id, name, org: org.id, country: org.country });
    rows.push([id, 'urn:grensportaal:bench', `bench.user${i}`, `bench.user${i}`, name, `bench.user${i}@bench.grensportaal.eu`, org.id, role, ['nl', 'de', 'en'][i % 3]]);
  }
  return insert(
    client,
    'app_user',
    [col('id', 'uuid'), col('issuer', 'text'), col('subject', 'text'), col('username', 'text'), col('display_name', 'text'), col('email', 'text'), col('organisation_id', 'uuid'), col('roles', 'text', (v) => `ARRAY[${v}]`), col('preferred_language', 'language')],
    rows,
  );
});

const usersOf = new Map();
for (const u of users) usersOf.set(u.org, [...(usersOf.get(u.org) ?? []), u]);
const languageOf = (orgId) => ({ NL: 'nl', DE: 'de', BE: 'nl' })[organisations.find((o) => o.id === orgId).country];
const partnersOf = new Map(agendas.map((a) => [a.id, partners.filter((p) => p.agenda_id === a.id).map((p) => p.organisation_id)]));
const ministries = organisations.filter((o) => o.kind === 'MINISTRY');

const STATUSES = ['DRAFT', 'SUBMITTED', 'IDENTIFICATION', 'ANALYSIS', 'ADVICE', 'DECISION', 'CLOSED'];
const STATUS_WEIGHTS = [0.05, 0.08, 0.12, 0.25, 0.15, 0.05, 0.3];
const weighted = (values, weights) => {
  let r = random();
  for (let i = 0; i < values.length; i += 1) {
    r -= weights[i];
    if (r <= 0) return values[i];
  }
  return values[values.length - 1];
};
const TYPES = ['LEGISLATION', 'ADMINISTRATIVE_RULE', 'ADMINISTRATIVE_PRACTICE', 'INFORMATION', 'INFRASTRUCTURE'];
const OUTCOMES = ['SOLVED_ADMINISTRATIVE', 'SOLVED_LEGISLATIVE', 'NOT_SOLVABLE', 'WITHDRAWN', 'NO_OBSTACLE'];

const history = [];
const bottlenecks = [];
await timed('bottlenecks', async () => {
  const counters = new Map();
  const rows = [];
  for (let i = 0; i < N.bottlenecks; i += 1) {
    const agenda = weighted(agendas, [0.4, 0.35, 0.25]);
    const reporter = pick(partnersOf.get(agenda.id));
    const author = pick(usersOf.get(reporter) ?? users);
    const lang = languageOf(reporter);
    const age = 20 + int(7 * 365);
    const created = daysAgo(age);
    const year = created.getUTCFullYear();
    const key = `${agenda.id}|${year}`;
    const number = (counters.get(key) ?? 0) + 1;
    counters.set(key, number);
    const status = weighted(STATUSES, STATUS_WEIGHTS);
    const steps = STATUSES.indexOf(status);
    const theme = pick(themes.filter((t) => t.agenda_id === agenda.id));
    const title = sentence(lang, 5 + int(5));
    const id = uuid();
    const version = 1 + steps;
    const outcome = status === 'CLOSED' ? pick(OUTCOMES) : null;
    bottlenecks.push({ id, agenda: agenda.id, status, created, author, reporter, lang });
    rows.push([
      id,
      `${agenda.reference_prefix}-${year}-${String(number).padStart(3, '0')}`,
      year,
      number,
      agenda.id,
      theme.id,
      reporter,
      author.id,
      status,
      outcome,
      pick(TYPES),
      storedText(lang, title, author, created),
      storedText(lang, paragraph(lang, 2 + int(3)), author, created),
      storedText(lang, paragraph(lang, 1), author, created),
      sentence(lang, 4),
      steps > 0 ? created : null,
      status === 'CLOSED' ? daysAgo(int(age)) : null,
      version,
      created,
      daysAgo(int(Math.min(age, 400))),
    ]);
    // The status changes as the services write them (the dashboard counts stages from them), the outcome with the closing one.
    history.push(['BOTTLENECK', id, agenda.id, 1, author.id, reporter, created, 'CREATED', steps > 0 ? 'submit' : null, JSON.stringify([{ field: 'title', from: null, to: title }, { field: 'status', from: null, to: STATUSES[Math.min(steps, 1)] }])]);
    for (let s = 2; s <= steps; s += 1) {
      const changes = [{ field: 'status', from: STATUSES[s - 1], to: STATUSES[s] }, ...(STATUSES[s] === 'CLOSED' ? [{ field: 'outcome', from: null, to: outcome }] : [])];
      history.push(['BOTTLENECK', id, agenda.id, s, null, null, daysAgo(Math.max(0, age - s * 20)), 'TRANSITION', null, JSON.stringify(changes)]);
    }
  }
  const n = await insert(
    client,
    'bottleneck',
    [
      col('id', 'uuid'), col('reference', 'text'), col('reference_year', 'int'), col('reference_number', 'int'), col('agenda_id', 'uuid'), col('theme_id', 'uuid'),
      col('reporting_organisation_id', 'uuid'), col('created_by_id', 'uuid'), col('status', 'bottleneck_status'), col('outcome', 'bottleneck_outcome'), col('type', 'bottleneck_type'),
      col('title', 'jsonb'), col('description', 'jsonb'), col('why_to_solve', 'jsonb'), col('area', 'text'), col('submitted_at', 'timestamptz'), col('closed_at', 'timestamptz'),
      col('version', 'int'), col('created_at', 'timestamptz'), col('updated_at', 'timestamptz'),
    ],
    rows,
  );
  await insert(
    client,
    'reference_counter',
    [col('agenda_id', 'uuid'), col('year', 'int'), col('last_number', 'int')],
    [...counters.entries()].map(([key, last]) => [...key.split('|').map((v, i) => (i === 1 ? Number(v) : v)), last]),
  );
  return n;
});

const ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'CANCELLED'];
const INSTRUMENTS = ['DEVIATION_CLAUSE', 'LAW_AMENDMENT', 'ADMINISTRATIVE_PRACTICE', 'TREATY', 'INFORMATION', 'FUNDING', 'PILOT'];
const open = bottlenecks.filter((b) => b.status !== 'DRAFT');
await timed('actions', async () => {
  const rows = [];
  const links = [];
  for (let i = 0; i < N.actions; i += 1) {
    const b = open[i % open.length];
    const owner = random() < 0.3 ? pick(ministries).id : pick(partnersOf.get(b.agenda));
    const lang = languageOf(owner);
    const status = weighted(ACTION_STATUSES, [0.25, 0.4, 0.08, 0.2, 0.07]);
    const created = new Date(b.created.getTime() + int(60) * DAY);
    const id = uuid();
    const title = sentence(lang, 5 + int(4));
    const author = pick(usersOf.get(owner) ?? users);
    rows.push([
      id, b.agenda, storedText(lang, title, author, created), owner, isoDay(new Date(created.getTime() + (30 + int(700)) * DAY)), status,
      status === 'DONE' ? 100 : status === 'PLANNED' ? 0 : int(95), pick(INSTRUMENTS), daysAgo(int(200)), author.id, created, created,
    ]);
    links.push([id, b.id]);
    history.push(['ACTION', id, b.agenda, 1, author.id, owner, created, 'CREATED', null, JSON.stringify([{ field: 'title', from: null, to: title }])]);
  }
  const n = await insert(
    client,
    'action',
    [col('id', 'uuid'), col('agenda_id', 'uuid'), col('title', 'jsonb'), col('owner_organisation_id', 'uuid'), col('due_date', 'date'), col('status', 'action_status'), col('progress', 'int'), col('instrument', 'action_instrument'), col('last_progress_at', 'timestamptz'), col('created_by_id', 'uuid'), col('created_at', 'timestamptz'), col('updated_at', 'timestamptz')],
    rows,
  );
  await insert(client, 'action_bottleneck', [col('action_id', 'uuid'), col('bottleneck_id', 'uuid')], links);
  return n;
});

await timed('questions', async () => {
  const rows = [];
  const answers = [];
  for (let i = 0; i < N.questions; i += 1) {
    const b = open[int(open.length)];
    const ministry = pick(ministries);
    const created = new Date(b.created.getTime() + int(30) * DAY);
    const status = pick(['OPEN', 'ANSWERED', 'ACCEPTED', 'RETURNED', 'WITHDRAWN']);
    const id = uuid();
    rows.push([id, b.agenda, b.id, ministry.id, storedText('nl', sentence('nl', 10), null, created), isoDay(new Date(created.getTime() + 28 * DAY)), status, created, created]);
    if (status !== 'OPEN' && status !== 'WITHDRAWN') {
      answers.push([uuid(), id, pick(usersOf.get(ministry.id) ?? users).id, ministry.id, storedText('nl', paragraph('nl', 2), null, created), status === 'ANSWERED' ? 'PENDING' : status === 'ACCEPTED' ? 'ACCEPTED' : 'RETURNED', created]);
    }
  }
  const n = await insert(
    client,
    'assignment',
    [col('id', 'uuid'), col('agenda_id', 'uuid'), col('bottleneck_id', 'uuid'), col('ministry_id', 'uuid'), col('question', 'jsonb'), col('due_date', 'date'), col('status', 'assignment_status'), col('created_at', 'timestamptz'), col('updated_at', 'timestamptz')],
    rows,
  );
  await insert(client, 'answer', [col('id', 'uuid'), col('assignment_id', 'uuid'), col('author_id', 'uuid'), col('organisation_id', 'uuid'), col('text', 'jsonb'), col('review', 'answer_review'), col('created_at', 'timestamptz')], answers);
  return n + answers.length;
});

await timed('comments', async () => {
  const rows = [];
  for (let i = 0; i < N.comments; i += 1) {
    const b = bottlenecks[int(bottlenecks.length)];
    const author = pick(users);
    const lang = { NL: 'nl', DE: 'de', BE: 'nl' }[author.country];
    const created = new Date(b.created.getTime() + int(300) * DAY);
    const id = uuid();
    const body = paragraph(lang, 1 + int(2));
    rows.push([id, b.agenda, 'BOTTLENECK', b.id, author.id, author.org, body, lang, created, created]);
    history.push(['COMMENT', id, b.agenda, 1, author.id, author.org, created, 'COMMENTED', null, JSON.stringify([{ field: 'body', from: null, to: body, language: lang }])]);
  }
  return insert(
    client,
    'comment',
    [col('id', 'uuid'), col('agenda_id', 'uuid'), col('entity_type', 'entity_type'), col('entity_id', 'uuid'), col('author_id', 'uuid'), col('organisation_id', 'uuid'), col('body', 'text'), col('language', 'language'), col('created_at', 'timestamptz'), col('updated_at', 'timestamptz')],
    rows,
  );
});

await timed('history', () =>
  insert(
    client,
    'history_entry',
    [col('entity_type', 'entity_type'), col('entity_id', 'uuid'), col('agenda_id', 'uuid'), col('version', 'int'), col('actor_id', 'uuid'), col('organisation_id', 'uuid'), col('occurred_at', 'timestamptz'), col('kind', 'text'), col('transition', 'text'), col('changes', 'jsonb')],
    history,
  ),
);
await timed('stages', async () => {
  const [{ n }] = (await client.query('SELECT bottleneck_stays_rebuild() AS n')).rows;
  await client.query('ALTER TABLE history_entry ENABLE TRIGGER bottleneck_stay_history');
  return Number(n);
});
await timed('search entries', async () => {
  const [{ n }] = (await client.query('SELECT search_rebuild() AS n')).rows;
  for (const table of SEARCHED_TABLES) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER "search_${table}"`);
  return Number(n);
});
const searchIndexMs = { total: 0 };
await timed('indexes', async () => {
  for (const index of secondaryIndexes) {
    const t0 = Date.now();
    await client.query(index.indexdef);
    if (/ ON public\.search_(entry|word) /.test(index.indexdef)) searchIndexMs.total += Date.now() - t0;
  }
  return 0;
});
// As autovacuum would leave a database in steady use: statistics, and the
// visibility map that lets counts read indexes only.
await timed('analyze', async () => {
  await client.query('VACUUM (ANALYZE)');
  return 0;
});
await client.end();
await stop();

const rows = Object.entries(counts).reduce((sum, [, n]) => sum + n, 0);
const seconds = (Date.now() - started) / 1000;
for (const [label, n] of Object.entries(counts)) {
  if (label === 'indexes') process.stdout.write(`${secondaryIndexes.length} secondary indexes built in ${timings[label]} ms, of which the search indexes ${searchIndexMs.total} ms\n`);
  else if (label !== 'analyze') process.stdout.write(`${label.padEnd(14)} ${String(n).padStart(8)} rows  ${String(timings[label]).padStart(6)} ms  ${Math.round(n / Math.max(timings[label], 1) * 1000).toLocaleString('en')} rows/s\n`);
}
process.stdout.write(`bench data: ${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s overall, scale ${SCALE})\n`);
