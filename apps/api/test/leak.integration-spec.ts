import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { createLogger } from '@api/core/logging/logger';
import { seed } from '@api/database/seed/seed';
import { addComment, as, bottleneckAt, Client, createBottleneck, transition } from './support/domain';
import { LinkBottlenecksDocument } from './support/documents';
import { demoUsers } from './support/identity';
import { ClamdProcess, download, upload } from './support/attachments';
import { createTestApp, resetDatabase, TestApp } from './support/test-app';

/**
 * Nothing a user may not read ever reaches them: for every demo user, the ids
 * and references of every record they may not read are computed from the
 * database (independently of the API's own access code), every read
 * operation is asked with every nested field reachable from it — history
 * changes, notification messages and error messages included — and the full
 * JSON of every response, and every e-mail queued for the user, is scanned
 * for any of them.
 */

let t: TestApp;
let responses = 0;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const REFERENCE = /\b[A-Z]{2,4}-\d{4}-\d{3}\b/g;

/** Every field of `type` down to `depth` levels whose arguments all have defaults (lists at their largest page). */
function selection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, seen: string[] = []): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (isUnionType(type)) return `{ __typename ${type.getTypes().map((member) => `... on ${member.name} ${selection(schema, member, depth, seen)}`).join(' ')} }`;
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values(type.getFields()).flatMap((field: GraphQLField<unknown, unknown>) => {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) return [];
    const named = getNamedType(field.type);
    const args = field.args.some((a) => a.name === 'first') ? '(first: 10)' : field.args.some((a) => a.name === 'limit') ? '(limit: 100)' : '';
    if (isScalarType(named) || isEnumType(named)) return [field.name];
    // Deep enough to reach every kind of record from every other, without walking in circles forever.
    if (depth === 0 || seen.filter((s) => s === named.name).length >= 2) return [];
    const inner = selection(schema, named, depth - 1, [...seen, named.name]);
    return inner ? [`${field.name}${args} ${inner}`] : [];
  });
  return `{ ${fields.join(' ')} }`;
}

/**
 * The selections that together cover `type` to `depth` levels, one per field
 * of it (one per field of the node, for a connection), so that each request
 * stays within the API's limits on the size of a document.
 */
function parts(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string[] {
  if (!isObjectType(type)) return [selection(schema, type, depth)];
  const edges = type.getFields()['edges'];
  if (edges) {
    const node = getNamedType((getNamedType(edges.type) as GraphQLObjectType).getFields()['node'].type) as GraphQLObjectType;
    return parts(schema, node, depth - 2).map((inner) => `{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node ${inner} } }`);
  }
  return Object.values(type.getFields()).flatMap((field) => split(schema, type, field, depth, []));
}

/** Field selections a request may hold, well within the API's limit on a document's fields (DOCUMENT_LIMITS.fields). */
const MOST_FIELDS = 1_200;
const fieldCount = (selection: string) => selection.split(/[\s{}()]+/).filter((word) => /^[A-Za-z_]/.test(word) && !word.includes(':')).length;

/**
 * The selections on `type` of `field` alone, to `depth` levels: one, or, when
 * that would hold too many fields for one request, one per field of the
 * field's own type (and so on down), each wrapped in `field`.
 */
function split(schema: GraphQLSchema, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, depth: number, seen: string[]): string[] {
  const one = new GraphQLObjectType({ name: type.name, fields: { [field.name]: { ...field, type: field.type, args: Object.fromEntries(field.args.map((a) => [a.name, { type: a.type, defaultValue: a.defaultValue }])) } } });
  const inner = selection(schema, one, depth, seen);
  if (inner === '{  }') return [];
  const named = getNamedType(field.type);
  if (fieldCount(inner) <= MOST_FIELDS || !isObjectType(named) || depth === 0) return [inner];
  const args = field.args.some((a) => a.name === 'first') ? '(first: 10)' : field.args.some((a) => a.name === 'limit') ? '(limit: 100)' : '';
  return Object.values(named.getFields()).flatMap((sub) => split(schema, named, sub, depth - 1, [...seen, named.name]).map((part) => `{ ${field.name}${args} ${part} }`));
}

interface Forbidden {
  ids: Set<string>;
  references: Set<string>;
}

/** What `username` may not read, from the tables and domain.md's rules alone. */
async function forbiddenFor(username: string): Promise<Forbidden> {
  // What belongs to no agenda — a question or comment about a consultation, public like the consultation — is read by everyone signed in.
  const readable = `(x.agenda_id IS NULL OR u.roles && ARRAY['secretariat', 'admin']::text[] OR o.kind = 'MINISTRY'
                     OR EXISTS (SELECT 1 FROM agenda_partner ap WHERE ap.organisation_id = u.organisation_id AND ap.agenda_id = x.agenda_id))`;
  const draftOk = `(x.status <> 'DRAFT' OR u.roles && ARRAY['secretariat', 'admin']::text[] OR x.reporting_organisation_id = u.organisation_id)`;
  const rows: Array<{ id: string; reference: string | null }> = await t.dataSource.query(
    `WITH u AS (SELECT u.* FROM app_user u WHERE u.username = $1), o AS (SELECT o.* FROM organisation o, u WHERE o.id = u.organisation_id),
     hidden_bottleneck AS (SELECT x.id, x.reference FROM bottleneck x, u LEFT JOIN o ON true WHERE NOT (${readable} AND ${draftOk}))
     SELECT id::text, reference FROM hidden_bottleneck
     UNION ALL SELECT x.id::text, NULL FROM action x, u LEFT JOIN o ON true WHERE NOT ${readable}
     UNION ALL SELECT x.id::text, NULL FROM assignment x, u LEFT JOIN o ON true WHERE NOT ${readable}
     UNION ALL SELECT a.id::text, NULL FROM answer a JOIN assignment x ON x.id = a.assignment_id, u LEFT JOIN o ON true WHERE NOT ${readable}
     UNION ALL SELECT p.id::text, NULL FROM progress_update p JOIN action x ON x.id = p.action_id, u LEFT JOIN o ON true WHERE NOT ${readable}
     UNION ALL SELECT c.id::text, NULL FROM comment c WHERE (c.entity_type = 'BOTTLENECK' AND c.entity_id IN (SELECT id FROM hidden_bottleneck))
        OR (c.entity_type <> 'BOTTLENECK' AND EXISTS (SELECT 1 FROM u LEFT JOIN o ON true, (SELECT c.agenda_id) x WHERE NOT ${readable}))
     UNION ALL SELECT a.id::text, NULL FROM attachment a WHERE (a.entity_type = 'BOTTLENECK' AND a.entity_id IN (SELECT id FROM hidden_bottleneck))
        OR (a.entity_type <> 'BOTTLENECK' AND EXISTS (SELECT 1 FROM u LEFT JOIN o ON true, (SELECT a.agenda_id) x WHERE NOT ${readable}))
     UNION ALL SELECT l.id::text, NULL FROM bottleneck_link l WHERE l.from_id IN (SELECT id FROM hidden_bottleneck) OR l.to_id IN (SELECT id FROM hidden_bottleneck)
     UNION ALL SELECT x.id::text, NULL FROM conference x, u LEFT JOIN o ON true WHERE NOT ${readable}
     UNION ALL SELECT i.id::text, NULL FROM conference_item i JOIN conference x ON x.id = i.conference_id, u LEFT JOIN o ON true WHERE NOT ${readable}
     UNION ALL SELECT r.id::text, NULL FROM generated_report r, u LEFT JOIN o ON true
      WHERE EXISTS (SELECT 1 FROM unnest(r.agenda_ids) AS x(agenda_id) WHERE NOT ${readable})`,
    [username],
  );
  return { ids: new Set(rows.map((r) => r.id)), references: new Set(rows.map((r) => r.reference).filter((r): r is string => r !== null)) };
}

/** The forbidden ids and references found in `text`. */
function leaks(text: string, forbidden: Forbidden): string[] {
  return [...(text.match(UUID) ?? []).filter((id) => forbidden.ids.has(id)), ...(text.match(REFERENCE) ?? []).filter((r) => forbidden.references.has(r))];
}

type Ask = (where: string, query: string, variables?: Record<string, unknown>) => Promise<{ data?: Record<string, unknown> | null }>;

const SEARCH_PAGE = `query($q: String!, $after: String) { search(query: $q, first: 25, after: $after) {
  totalCount capped didYouMean expandedWith facets { field value count } pageInfo { hasNextPage endCursor }
  edges { cursor node { id kind score language snippet { text highlighted } path status updatedAt
    bottleneck { id reference title { text } } action { id title { text } } question { id question { text } } } } } }`;

/**
 * Searches for the words of every title the person may not read (and a few
 * words found everywhere), page by page: no result, facet value or path of
 * anything unreadable, counts that equal the results the person can page
 * through, and the same for the duplicate suggestions.
 */
async function searchProbes(username: string, ask: Ask, forbidden: Forbidden): Promise<void> {
  const foreign: Array<{ id: string }> = await t.dataSource.query(
    `SELECT x.id::text FROM (SELECT id, id AS agenda_id FROM agenda UNION ALL SELECT id, agenda_id FROM theme) x, app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
      WHERE u.username = $1 AND NOT (u.roles && ARRAY['secretariat', 'admin']::text[] OR o.kind = 'MINISTRY'
        OR EXISTS (SELECT 1 FROM agenda_partner ap WHERE ap.organisation_id = u.organisation_id AND ap.agenda_id = x.agenda_id))`,
    [username],
  );
  const unreadable = { ids: new Set([...forbidden.ids, ...foreign.map((f) => f.id)]), references: forbidden.references };
  const titles: Array<{ title: string }> = await t.dataSource.query(
    `SELECT title->>'text' AS title FROM bottleneck WHERE id::text = ANY($1) UNION SELECT title->>'text' FROM action WHERE id::text = ANY($1) ORDER BY 1 LIMIT 12`,
    [[...forbidden.ids]],
  );
  const probes = ['Leak fixture', 'grens', 'Grenzgänger', 'ambulance', 'Rückmeldung', 'Staatskanzlei', ...titles.map((r) => r.title.split(/\s+/).slice(0, 3).join(' '))];
  for (const q of probes) {
    let after: string | null = null;
    let seen = 0;
    let total: number;
    let kinds: number;
    do {
      const res = await ask(`search(${q})`, SEARCH_PAGE, { q, after });
      const page = res.data?.['search'] as { totalCount: number; facets: Array<{ field: string; count: number }>; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: unknown[] };
      expect({ q, leaks: leaks(JSON.stringify(res), unreadable) }).toEqual({ q, leaks: [] });
      seen += page.edges.length;
      total = page.totalCount;
      kinds = page.facets.filter((f) => f.field === 'KIND').reduce((sum, f) => sum + f.count, 0);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect({ q, total, kinds }).toEqual({ q, total: seen, kinds: seen });
    const similar = await ask(`similarBottlenecks(${q})`, `query($q: String!) { similarBottlenecks(title: $q, first: 10) { id path bottleneck { id reference } snippet { text } } }`, { q });
    expect({ q, leaks: leaks(JSON.stringify(similar), unreadable) }).toEqual({ q, leaks: [] });
  }
}

const clamd = new ClamdProcess();

beforeAll(async () => {
  await clamd.start();
  t = await createTestApp({ CLAMAV_ADDRESS: clamd.address, MUTATION_RATE_LIMIT: '100000', GRAPHQL_MAX_COST: '10000000', GRAPHQL_MAX_DEPTH: '30', GRAPHQL_MAX_ALIASES: '1000' });
  await resetDatabase(t.dataSource);
  await seed(t.app, createLogger('silent'));

  // Besides the demo register's cross-agenda links: a duplicate closed across agendas, links to another organisation's draft, a removed link,
  // and a mention of a partner of the same agenda in a comment on a draft that partner may not read.
  const femke = as(t.app, 'femke.jansen');
  const katrin = as(t.app, 'katrin.schulz');
  const eva = as(t.app, 'eva.smit');
  const nrw = await bottleneckAt('ANALYSIS', as(t.app, 'anna.degroot'), femke, { title: 'Leak fixture: NRW bottleneck in analysis' });
  const nrwDraft = await createBottleneck(katrin, { title: 'Leak fixture: a draft of the NRW Staatskanzlei' });
  const nds = await bottleneckAt('SUBMITTED', eva, femke, { agendaCode: 'NL-NDS', themeCode: 'energy', title: 'Leak fixture: NDS bottleneck duplicating NRW' });
  const closed = await transition(femke, nds, 'closeAtTriage', { outcome: 'DUPLICATE', duplicateOfId: nrw.id, reason: 'Dezelfde belemmering als aan de NRW-grens.' });
  if (!closed.data) throw new Error(JSON.stringify(closed.errors));
  const link = (id: string, targetId: string) => femke(LinkBottlenecksDocument, { input: { id, targetId, linkType: 'RELATED' } });
  await link(nrw.id, nrwDraft.id);
  const vl = (await t.dataSource.query(`SELECT id FROM bottleneck WHERE reference LIKE 'VL-%' AND status <> 'DRAFT' LIMIT 1`))[0].id as string;
  const linked = await link(vl, nrw.id);
  const removable = linked.data!.linkBottlenecks.links.find((l) => l.bottleneck.id === nrw.id)!;
  await femke(`mutation($id: ID!) { unlinkBottlenecks(linkId: $id) { id } }`, { id: removable.id });
  await link(nds.id, vl);
  await addComment(katrin, nrwDraft.id, { language: 'de', body: 'Bitte @anna.degroot und @jonas.hartmann um Rückmeldung.' });
  // Documents on a draft, on a bottleneck of one agenda, and on an action and a question of another (besides the demo register's).
  const [ndsAction] = await t.dataSource.query(`SELECT x.id FROM action x JOIN agenda a ON a.id = x.agenda_id WHERE a.code = 'NL-NDS' LIMIT 1`);
  const [vlQuestion] = await t.dataSource.query(`SELECT x.id FROM assignment x JOIN agenda a ON a.id = x.agenda_id WHERE a.code = 'NL-VL' LIMIT 1`);
  for (const [username, entityType, entityId] of [
    ['katrin.schulz', 'BOTTLENECK', nrwDraft.id],
    ['anna.degroot', 'BOTTLENECK', nrw.id],
    ['femke.jansen', 'ACTION', ndsAction.id],
    ['femke.jansen', 'ASSIGNMENT', vlQuestion.id],
  ]) {
    const res = await upload(t.app, username, { entityType, entityId, title: `Leak fixture document ${entityType}`, language: 'nl' }, Buffer.from(`Leak fixture content of ${entityId}\n`), 'leak.txt');
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  }
  // A consultation (read by everyone) linked to another organisation's draft and to bottlenecks of two agendas.
  const [round] = await t.dataSource.query(`SELECT id FROM screening_round WHERE status = 'OPEN' LIMIT 1`);
  const consultation = await femke<{ createConsultation: { id: string } }>('mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }', {
    input: { roundId: round.id, language: 'nl', title: 'Leak fixture consultation', ministryCode: 'VWS', url: 'https://www.internetconsultatie.nl/leak', periodStart: '2026-01-05', periodEnd: '2026-02-16', kind: 'LAW' },
  });
  for (const [bottleneckId, type] of [[nrwDraft.id, 'TOUCHES'], [nds.id, 'LED_TO'], [vl, 'TOUCHES']]) {
    const res = await femke('mutation($input: LinkConsultationInput!) { linkConsultationBottleneck(input: $input) { id } }', { input: { consultationId: consultation.data!.createConsultation.id, bottleneckId, type } });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
  }
  // Reports of the whole programme and of one agenda's conference, by the secretariat.
  const [conference] = await t.dataSource.query(`SELECT c.id FROM conference c JOIN agenda a ON a.id = c.agenda_id WHERE a.code = 'NL-NRW' AND c.status = 'PLANNED' LIMIT 1`);
  for (const input of [{ kind: 'YEARLY', year: new Date().getFullYear() }, { kind: 'CONFERENCE_PACK', conferenceId: conference.id }]) {
    const res = await femke('mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }', { input });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
  }
});

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.info(`leak test: ${responses} responses and every queued e-mail scanned`);
  await t.close();
  await clamd.dispose();
});

describe('what a user may not read', () => {
  const users = demoUsers();

  it.each(users.map((u) => u.username))('never reaches %s, in any response or e-mail', async (username) => {
    const client: Client = as(t.app, username);
    const forbidden = await forbiddenFor(username);
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const found: Array<{ where: string; tokens: string[] }> = [];
    const errors: Array<{ where: string; errors: string[] }> = [];
    const ask = async (where: string, query: string, variables: Record<string, unknown> = {}) => {
      const res = await client(query, variables);
      responses += 1;
      if (res.errors) errors.push({ where, errors: res.errors.map((e) => String(e.extensions?.['code'] ?? e.message)) });
      const tokens = leaks(JSON.stringify(res), forbidden);
      if (tokens.length) found.push({ where, tokens: [...new Set(tokens)] });
      return res;
    };
    const root = schema.getQueryType() as GraphQLObjectType;
    const deep = (field: string, depth = 4) => parts(schema, getNamedType(root.getFields()[field].type), depth);
    const askAll = async (where: string, query: (part: string) => string, variables: Record<string, unknown> = {}, depth = 4) => {
      for (const part of deep(where.replace(/\(.*$/, ''), depth)) await ask(where, query(part), variables);
    };

    // Every read operation without required arguments, as deep as it goes; lists page by page.
    for (const list of ['bottlenecks', 'actions', 'assignments'] as const) {
      for (const part of deep(list, 6)) {
        let after: string | null = null;
        do {
          const res = await ask(list, `query($after: String) { ${list}(first: 10, after: $after) ${part} }`, { after });
          const page = res.data?.[list] as { pageInfo: { hasNextPage: boolean; endCursor: string | null } } | undefined;
          after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
      }
    }
    for (const field of ['me', 'agendas', 'organisations', 'notifications', 'generatedReports']) await askAll(field, (part) => `{ ${field}${field === 'notifications' ? '(first: 100)' : ''} ${part} }`);
    // Conferences down to the items' bottlenecks and actions (those are scanned to the bottom in the lists above).
    await askAll('conferences', (part) => `{ conferences ${part} }`, {}, 3);
    await ask('unreadNotificationCount', '{ unreadNotificationCount }');
    await askAll('thesaurusConcepts', (part) => `{ thesaurusConcepts ${part} }`);
    // The border-effects register: everyone reads it, but a linked bottleneck only where they may read it (in the links and in history).
    await askAll('screeningRounds', (part) => `{ screeningRounds ${part} }`);
    await askAll('borderEffectsFigures', (part) => `{ borderEffectsFigures ${part} }`);
    await askAll('consultations', (part) => `{ consultations(first: 100) ${part} }`);
    for (const { id } of await t.dataSource.query(`SELECT id::text FROM consultation`)) await askAll(`consultation(${id})`, (part) => `query($id: ID!) { consultation(id: $id) ${part} }`, { id });
    for (const field of ['programmeDashboard', 'answerScoreboard']) await askAll(field, (part) => `{ ${field}(filter: { from: "2021-01-01" }) ${part} }`);
    await searchProbes(username, ask, forbidden);

    // Every lookup with every id and reference the person may not read answers null, as for one that does not exist
    // (the readable ones are all in the lists above, with every field).
    const hidden: Array<{ id: string; reference: string | null; kind: string }> = await t.dataSource.query(
      `SELECT id::text, reference, 'bottleneck' AS kind FROM bottleneck UNION ALL SELECT id::text, NULL, 'action' FROM action UNION ALL SELECT id::text, NULL, 'assignment' FROM assignment
       UNION ALL SELECT id::text, NULL, 'conference' FROM conference UNION ALL SELECT id::text, NULL, 'generatedReport' FROM generated_report`,
    );
    for (const item of hidden.filter((h) => forbidden.ids.has(h.id))) {
      const byId = await ask(`${item.kind}(${item.id})`, `query($id: ID!) { ${item.kind}(id: $id) { id } }`, { id: item.id });
      expect({ item, data: byId.data }).toEqual({ item, data: { [item.kind]: null } });
      if (item.reference) {
        const byReference = await ask(`bottleneckByReference(${item.reference})`, `query($r: String!) { bottleneckByReference(reference: $r) { id } }`, { r: item.reference });
        expect({ item, data: byReference.data }).toEqual({ item, data: { bottleneckByReference: null } });
      }
    }
    for (const { code } of await t.dataSource.query(`SELECT code FROM agenda`)) await askAll(`agenda(${code})`, (part) => `query($c: String!) { agenda(code: $c) ${part} }`, { c: code });

    // Every document: served exactly when its item is readable; otherwise nothing of it, as for one that does not exist.
    const documents: Array<{ id: string }> = await t.dataSource.query(`SELECT id::text FROM attachment WHERE removed_at IS NULL`);
    expect(documents.length).toBeGreaterThan(3);
    for (const { id } of documents) {
      const got = await download(t.app, username, id);
      responses += 1;
      expect({ id, status: got.status }).toEqual({ id, status: forbidden.ids.has(id) ? 404 : 200 });
      if (forbidden.ids.has(id)) expect(leaks(got.body.toString(), forbidden)).toEqual([]);
    }

    // Every e-mail queued for the person.
    const mails: Array<{ subject: string; text_body: string; html_body: string }> = await t.dataSource.query(
      `SELECT e.subject, e.text_body, e.html_body FROM outbox_email e JOIN app_user u ON u.id = e.recipient_id WHERE u.username = $1`,
      [username],
    );
    for (const mail of mails) {
      const tokens = leaks(`${mail.subject} ${mail.text_body} ${mail.html_body}`, forbidden);
      if (tokens.length) found.push({ where: `e-mail "${mail.subject}"`, tokens });
    }

    expect(forbidden.ids.size + forbidden.references.size).toBeGreaterThan(['secretariat', 'admin'].includes(users.find((u) => u.username === username)!.roles[0]) ? -1 : 0);
    // Every request was answered (a refused one would scan nothing).
    expect(errors).toEqual([]);
    expect(found).toEqual([]);
  });

  it('covers every read operation of the schema', () => {
    const root = t.app.get(GraphQLSchemaHost).schema.getQueryType() as GraphQLObjectType;
    // exportRecord and importPreview answer only the caller's own (authorization matrix); what exports hold is scanned in exchange/export.integration-spec.ts.
    expect(Object.keys(root.getFields()).sort()).toEqual(
      `action actions agenda agendas answerScoreboard assignment assignments bottleneck bottleneckByReference bottlenecks borderEffectsFigures conference conferences consultation consultations exportRecord generatedReport generatedReports importPreview me notifications organisations programmeDashboard screeningRound screeningRounds search similarBottlenecks thesaurusConcepts unreadNotificationCount`
        .split(' ')
        .sort(),
    );
  });
});
