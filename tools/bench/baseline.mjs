// The benchmark's baseline: a plain node:http server with pg and hand-written
// SQL that returns the same JSON as the API for Q1-Q6, for the same caller
// (same agenda scope, same page sizes). No framework, no GraphQL, no ORM:
// what the hardware and PostgreSQL allow for this work.
//   node tools/bench/baseline.mjs <port> <databaseUrl> <organisationId> <userId>
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

// The register search runs the API's own statements (search-statements.ts, framework-free), so the two compare the same SQL.
const require = createRequire(import.meta.url);
const { bind, entryScope, findInRegister, SEARCH_WINDOW, snippetParts } = require('../../dist/api/apps/api/src/modules/search/search-statements.js');
const { parseQuery } = require('../../dist/api/apps/api/src/modules/search/search-query.js');

const [port, databaseUrl, organisationId, userId] = process.argv.slice(2);
// A DATE stays a calendar day, as in the API.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
// Idle connections closed by the server (when the run ends) are not an error of the baseline.
pool.on('error', () => undefined);
const READER = 'en';

/** The reader's language when translated, else the original: the API's LocalizedText. */
function localized(stored) {
  if (!stored) return null;
  if (stored.lang === READER) return { text: stored.text, language: READER, status: 'ORIGINAL' };
  const tr = stored.tr?.[READER];
  if (!tr) return { text: stored.text, language: stored.lang, status: 'MISSING' };
  return { text: tr.text, language: READER, status: tr.sourceHash === stored.hash ? 'TRANSLATED' : 'OUTDATED' };
}

const SCOPE = `b.agenda_id IN (SELECT ap.agenda_id FROM agenda_partner ap WHERE ap.organisation_id = $ORG) AND (b.status <> 'DRAFT' OR b.reporting_organisation_id = $ORG)`;
const scope = (index) => SCOPE.replaceAll('$ORG', `$${index}`);
const cursor = (updatedAt, id) => Buffer.from(JSON.stringify([updatedAt, id])).toString('base64url');

/** Q1: a page of bottlenecks of an agenda in a status, with organisation, theme, action roll-up and comment count. */
async function list(client, { agenda, status, after }, counter) {
  const params = [agenda, status, organisationId];
  let keyset = '';
  if (after) {
    const [updatedAt, id] = JSON.parse(Buffer.from(after, 'base64url').toString());
    params.push(updatedAt, id);
    keyset = 'AND (b.updated_at, b.id) < ($4::timestamptz, $5::uuid)';
  }
  const where = `b.agenda_id = (SELECT id FROM agenda WHERE code = $1) AND b.status = $2::bottleneck_status AND ${scope(3)}`;
  counter.n += 2;
  const [page, total] = await Promise.all([
    client.query(
      `SELECT b.id, b.reference, b.status, b.updated_at, b.title, o.code AS org_code, o.name_en AS org_name, t.code AS theme_code, t.name_en AS theme_name,
              s.action_count, s.average, (SELECT count(*)::int FROM comment c WHERE c.entity_type = 'BOTTLENECK' AND c.entity_id = b.id) AS comment_count
         FROM bottleneck b JOIN organisation o ON o.id = b.reporting_organisation_id LEFT JOIN theme t ON t.id = b.theme_id
         LEFT JOIN LATERAL (SELECT count(*)::int AS action_count, round(avg(a.progress))::int AS average
                              FROM action_bottleneck ab JOIN action a ON a.id = ab.action_id
                             WHERE ab.bottleneck_id = b.id AND a.status <> 'CANCELLED') s ON true
        WHERE ${where} ${keyset}
        ORDER BY b.updated_at DESC, b.id DESC LIMIT 51`,
      params,
    ),
    after ? Promise.resolve(null) : client.query(`SELECT count(*)::int AS n FROM bottleneck b WHERE ${where}`, params.slice(0, 3)),
  ]);
  if (after) counter.n -= 1;
  const rows = page.rows.slice(0, 50);
  const last = rows.at(-1);
  return {
    bottlenecks: {
      totalCount: total ? total.rows[0].n : null,
      pageInfo: { hasNextPage: page.rows.length > 50, endCursor: last ? cursor(last.updated_at.toISOString(), last.id) : null },
      edges: rows.map((r) => ({
        node: {
          id: r.id,
          reference: r.reference,
          status: r.status,
          updatedAt: r.updated_at.toISOString(),
          title: localized(r.title),
          reportingOrganisation: { code: r.org_code, name: r.org_name },
          theme: r.theme_code ? { code: r.theme_code, name: r.theme_name } : null,
          progress: { average: r.action_count ? r.average : null, actionCount: r.action_count },
          commentCount: r.comment_count,
        },
      })),
    },
  };
}

/** Q2: one bottleneck with its actions, questions and answers, last 20 comments and last 50 history entries. */
async function detail(client, { id }, counter) {
  counter.n += 1;
  const { rows } = await client.query(
    `SELECT b.id, b.reference, b.status, b.title, b.description, b.version,
            (SELECT coalesce(json_agg(x ORDER BY x.due_date), '[]') FROM (
               SELECT a.id, a.title, a.status, a.progress, a.due_date, o.name_en AS owner
                 FROM action_bottleneck ab JOIN action a ON a.id = ab.action_id JOIN organisation o ON o.id = a.owner_organisation_id
                WHERE ab.bottleneck_id = b.id) x) AS actions,
            (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
               SELECT q.id, q.question, q.status, q.created_at,
                      (SELECT coalesce(json_agg(json_build_object('text', an.text, 'review', an.review) ORDER BY an.created_at), '[]') FROM answer an WHERE an.assignment_id = q.id) AS answers
                 FROM assignment q WHERE q.bottleneck_id = b.id) x) AS assignments,
            (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
               SELECT c.id, c.body, c.language, c.created_at, u.display_name AS author
                 FROM comment c LEFT JOIN app_user u ON u.id = c.author_id
                WHERE c.entity_type = 'BOTTLENECK' AND c.entity_id = b.id ORDER BY c.created_at DESC, c.id DESC LIMIT 20) x) AS comments,
            (SELECT coalesce(json_agg(x ORDER BY x.id DESC), '[]') FROM (
               SELECT h.id, h.kind, h.transition, h.occurred_at, h.changes, u.display_name AS actor
                 FROM history_entry h LEFT JOIN app_user u ON u.id = h.actor_id
                WHERE h.entity_type = 'BOTTLENECK' AND h.entity_id = b.id ORDER BY h.id DESC LIMIT 50) x) AS history
       FROM bottleneck b WHERE b.id = $1 AND ${scope(2)}`,
    [id, organisationId],
  );
  const b = rows[0];
  if (!b) return { bottleneck: null };
  return {
    bottleneck: {
      id: b.id,
      reference: b.reference,
      status: b.status,
      version: b.version,
      title: localized(b.title),
      description: localized(b.description),
      actions: b.actions.map((a) => ({ id: a.id, title: localized(a.title), status: a.status, progress: a.progress, dueDate: a.due_date, ownerOrganisation: { name: a.owner } })),
      assignments: b.assignments.map((q) => ({ id: q.id, status: q.status, question: localized(q.question), answers: q.answers.map((an) => ({ text: localized(an.text), review: an.review })) })),
      comments: b.comments.map((c) => ({ id: c.id, body: c.body, language: c.language, createdAt: new Date(c.created_at).toISOString(), author: c.author ? { name: c.author } : null })),
      history: b.history.map((h) => ({
        id: String(h.id),
        kind: h.kind,
        transition: h.transition,
        occurredAt: new Date(h.occurred_at).toISOString(),
        actor: h.actor ? { name: h.actor } : null,
        changes: h.changes.map((c) => ({ field: c.field, from: c.from === undefined || c.from === null ? null : JSON.stringify(c.from), to: c.to === undefined || c.to === null ? null : JSON.stringify(c.to) })),
      })),
    },
  };
}

/** Q3: free-text search (all words, any language, parts of words) within the caller's agendas. */
async function search(client, { text }, counter) {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  const params = [organisationId, ...words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)];
  const where = [scope(1), ...words.map((_, i) => `b.search_text LIKE $${i + 2}`)].join(' AND ');
  counter.n += 2;
  const [page, total] = await Promise.all([
    client.query(`SELECT b.id, b.reference, b.status, b.title FROM bottleneck b WHERE ${where} ORDER BY b.updated_at DESC, b.id DESC LIMIT 26`, params),
    client.query(`SELECT count(*)::int AS n FROM bottleneck b WHERE ${where}`, params),
  ]);
  return {
    bottlenecks: {
      totalCount: total.rows[0].n,
      edges: page.rows.slice(0, 25).map((r) => ({ node: { id: r.id, reference: r.reference, status: r.status, title: localized(r.title) } })),
    },
  };
}

/** The search thesaurus and the caller's agendas, read once (the API caches them too). */
let concepts = null;
let agendaIds = null;
async function thesaurus(client) {
  concepts ??= (await client.query('SELECT code, terms_nl, terms_de, terms_en FROM thesaurus_concept ORDER BY code')).rows.map((r) => ({ code: r.code, terms: { nl: r.terms_nl, de: r.terms_de, en: r.terms_en } }));
  return concepts;
}

/** The partner's read scope as AccessService writes it: the agendas of the organisation, and no other organisation's drafts. */
const partnerScope = (alias, bottleneck) => ({
  sql: [`${alias}.agenda_id IN (SELECT ap.agenda_id FROM agenda_partner ap WHERE ap.organisation_id = :${alias}ScopeOrg)`, ...(bottleneck ? [`(${alias}.status <> 'DRAFT' OR ${alias}.reporting_organisation_id = :${alias}DraftOrg)`] : [])].join(' AND '),
  params: { [`${alias}ScopeOrg`]: organisationId, ...(bottleneck ? { [`${alias}DraftOrg`]: organisationId } : {}) },
});

/** Q5/Q6: the register search (one word, three words), its first page with facets and snippets. */
async function registerSearch(client, { query }, counter) {
  const run = async (sql, params) => {
    counter.n += 1;
    return (await client.query(...bind(sql, params))).rows;
  };
  const draft = { sql: '(e.draft_org IS NULL OR e.draft_org = :eDraftOrg)', params: { eDraftOrg: organisationId } };
  agendaIds ??= (await client.query('SELECT agenda_id FROM agenda_partner WHERE organisation_id = $1', [organisationId])).rows.map((r) => r.agenda_id);
  const scope = { ...entryScope(partnerScope('e', false), draft), agendaIds, linked: partnerScope('lb', true) };
  const { window } = await findInRegister(run, parseQuery(query), await thesaurus(client), { scope, filter: {}, first: 20, offset: 0, language: READER });
  return {
    search: {
      totalCount: Math.min(window.total, SEARCH_WINDOW),
      facets: window.facets,
      edges: window.page.map((r) => ({
        node: { id: r.id, kind: r.kind, language: r.snippet_lang, snippet: snippetParts(r.snippet) },
      })),
    },
  };
}

/** Q4: progress on an action the caller's organisation owns, with its progress note and history entry, in one transaction. */
async function progress(client, { actionId, version, value, note }, counter) {
  counter.n += 5;
  await client.query('BEGIN');
  try {
    const updated = await client.query(
      `UPDATE action SET progress = $3, last_progress_at = now(), update_requested_at = NULL, update_requested_by_id = NULL, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND owner_organisation_id = $4 AND status IN ('PLANNED', 'IN_PROGRESS', 'ON_HOLD')
        RETURNING id, agenda_id, version, progress`,
      [actionId, version, value, organisationId],
    );
    const row = updated.rows[0];
    if (!row) {
      counter.n += 1;
      const current = await client.query('SELECT version FROM action WHERE id = $1', [actionId]);
      await client.query('ROLLBACK');
      return { errors: [{ message: 'conflict', extensions: { code: 'CONFLICT', currentVersion: current.rows[0]?.version } }] };
    }
    const text = { lang: 'nl', text: note, hash: createHash('sha256').update(note).digest('hex'), tr: {} };
    await client.query(`INSERT INTO progress_update (action_id, agenda_id, author_id, organisation_id, progress, note) VALUES ($1, $2, $3, $4, $5, $6)`, [actionId, row.agenda_id, userId, organisationId, value, JSON.stringify(text)]);
    await client.query(
      `INSERT INTO history_entry (entity_type, entity_id, agenda_id, version, actor_id, organisation_id, kind, changes) VALUES ('ACTION', $1, $2, $3, $4, $5, 'PROGRESS', $6)`,
      [actionId, row.agenda_id, row.version, userId, organisationId, JSON.stringify([{ field: 'progress', to: value }, { field: 'note', from: null, to: note, language: 'nl' }])],
    );
    await client.query('COMMIT');
    return { postProgress: { id: row.id, version: row.version, progress: row.progress } };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

const HANDLERS = { '/q1': list, '/q2': detail, '/q3': search, '/q4': progress, '/q5': registerSearch, '/q6': registerSearch };

createServer((req, res) => {
  const handler = HANDLERS[req.url];
  if (!handler || req.method !== 'POST') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', async () => {
    const counter = { n: 0 };
    const client = await pool.connect();
    try {
      const data = await handler(client, JSON.parse(body || '{}'), counter);
      const payload = JSON.stringify(data.errors ? { errors: data.errors } : { data });
      res.writeHead(200, { 'content-type': 'application/json', 'x-sql-statements': String(counter.n) }).end(payload);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    } finally {
      client.release();
    }
  });
}).listen(Number(port), '127.0.0.1', () => process.stdout.write(`baseline listening on ${port}\n`));
