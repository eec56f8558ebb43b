import request from 'supertest';
import { as, bottleneckAt, BottleneckRef, Client, createAction, inFuture } from './support/domain';
import { devIdentityProvider } from './support/identity';
import { createTestApp, resetDatabase, TestApp } from './support/test-app';

/**
 * Bad input gets a clear, typed error in the caller's language that names the
 * field and the rule; it never causes a 500 and never writes half a change.
 */

let t: TestApp;
let anna: Client;
let femke: Client;
let b: BottleneckRef;
let actionId: string;

const CREATE = `mutation($input: CreateBottleneckInput!) { createBottleneck(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateBottleneckInput!) { updateBottleneck(input: $input) { id } }`;
const PROGRESS = `mutation($input: PostProgressInput!) { postProgress(input: $input) { id } }`;
const valid = {
  agendaCode: 'NL-NRW',
  themeCode: 'mobility',
  language: 'de',
  title: 'Grenzüberschreitender Nahverkehr',
  description: 'Die OV-Chipkarte gilt nicht in den Bussen jenseits der Grenze.',
  whyToSolve: 'Pendler brauchen zwei Fahrkarten.',
  area: 'Kreis Kleve – Gelderland',
  type: 'INFRASTRUCTURE',
};

/** A GraphQL request body as given (signed in as anna), for shapes the client helper cannot send. */
async function raw(body: unknown) {
  const res = await request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${await devIdentityProvider().token('anna.degroot')}`)
    .send(JSON.stringify(body));
  return { status: res.status, errors: res.body.errors };
}

async function rawBody(body: string, headers: Record<string, string>) {
  const res = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set(headers).send(body);
  return { status: res.status, errors: res.body.errors };
}

async function counts(): Promise<Record<string, number>> {
  const [row] = await t.dataSource.query(`SELECT
    (SELECT count(*) FROM bottleneck)::int AS bottlenecks, (SELECT count(*) FROM action)::int AS actions,
    (SELECT count(*) FROM comment)::int AS comments, (SELECT count(*) FROM history_entry)::int AS history,
    (SELECT count(*) FROM progress_update)::int AS progress, (SELECT count(*) FROM assignment)::int AS assignments,
    (SELECT coalesce(max(last_number), 0) FROM reference_counter)::int AS reference`);
  return row;
}

beforeAll(async () => {
  t = await createTestApp({ MUTATION_RATE_LIMIT: '100000' });
  await resetDatabase(t.dataSource);
  anna = as(t.app, 'anna.degroot', 'de');
  femke = as(t.app, 'femke.jansen', 'de');
  b = await bottleneckAt('ANALYSIS', anna, femke);
  actionId = (await createAction(femke, [b.id], { dueDate: inFuture(30) })).id;
});

afterAll(() => t.close());

type Case = [label: string, run: () => Promise<{ status: number; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>, code: string, field?: string];

const cases: Case[] = [
  ['title over 200 characters', () => anna(CREATE, { input: { ...valid, title: 'x'.repeat(201) } }), 'BAD_USER_INPUT', 'input.title'],
  ['description over 20,000 characters', () => anna(CREATE, { input: { ...valid, description: 'x'.repeat(20_001) } }), 'BAD_USER_INPUT', 'input.description'],
  ['empty title', () => anna(CREATE, { input: { ...valid, title: '' } }), 'BAD_USER_INPUT', 'input.title'],
  ['title of spaces only', () => anna(CREATE, { input: { ...valid, title: '     ' } }), 'BAD_USER_INPUT', 'input.title'],
  ['title with a line break', () => anna(CREATE, { input: { ...valid, title: 'a\nb' } }), 'BAD_USER_INPUT', 'input.title'],
  ['control characters in a text', () => anna(CREATE, { input: { ...valid, description: 'a\u0000b\u0007' } }), 'BAD_USER_INPUT', 'input.description'],
  ['title as a number', () => anna(CREATE, { input: { ...valid, title: 42 } }), 'BAD_USER_INPUT'],
  ['title as an object', () => anna(CREATE, { input: { ...valid, title: { $gt: '' } } }), 'BAD_USER_INPUT'],
  ['null for a required field', () => anna(CREATE, { input: { ...valid, title: null } }), 'BAD_USER_INPUT'],
  ['unknown enum value', () => anna(CREATE, { input: { ...valid, type: 'BUREAUCRACY' } }), 'BAD_USER_INPUT'],
  ['unknown language', () => anna(CREATE, { input: { ...valid, language: 'fr' } }), 'BAD_USER_INPUT'],
  ['unknown agenda', () => anna(CREATE, { input: { ...valid, agendaCode: 'NL-XX' } }), 'BAD_USER_INPUT', 'input.agendaCode'],
  ['agenda of another border', () => anna(CREATE, { input: { ...valid, agendaCode: 'NL-VL', themeCode: null } }), 'BAD_USER_INPUT', 'input.agendaCode'],
  ['unknown theme', () => anna(CREATE, { input: { ...valid, themeCode: 'space-travel' } }), 'BAD_USER_INPUT', 'input.themeCode'],
  ['SQL in a code', () => anna(CREATE, { input: { ...valid, agendaCode: "NL-NRW'; DROP TABLE bottleneck;--" } }), 'BAD_USER_INPUT', 'input.agendaCode'],
  ['unknown input field', () => anna(CREATE, { input: { ...valid, status: 'CLOSED' } }), 'BAD_USER_INPUT'],
  ['duration out of range', () => anna(CREATE, { input: { ...valid, expectedDurationMonths: 0 } }), 'BAD_USER_INPUT', 'input.expectedDurationMonths'],
  ['duration as a fraction', () => anna(CREATE, { input: { ...valid, expectedDurationMonths: 2.5 } }), 'BAD_USER_INPUT'],
  ['translation into the source language', () => anna(CREATE, { input: { ...valid, translations: [{ field: 'title', language: 'de', text: 'Doppelt' }] } }), 'BAD_USER_INPUT', 'input.translations.0.language'],
  ['translation of an unknown field', () => anna(CREATE, { input: { ...valid, translations: [{ field: 'secret', language: 'nl', text: 'x' }] } }), 'BAD_USER_INPUT', 'input.translations.0.field'],
  ['malformed id', () => anna(UPDATE, { input: { id: 'not-a-uuid', version: 1, title: 'x' } }), 'BAD_USER_INPUT', 'input.id'],
  ['unknown id', () => anna(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, title: 'x' } }), 'NOT_FOUND'],
  ['version zero', () => anna(UPDATE, { input: { id: b.id, version: 0, title: 'x' } }), 'BAD_USER_INPUT', 'input.version'],
  ['version as a string', () => anna(UPDATE, { input: { id: b.id, version: 'latest', title: 'x' } }), 'BAD_USER_INPUT'],
  ['progress over 100', () => anna(PROGRESS, { input: { actionId, version: 1, progress: 101, language: 'nl', note: 'x' } }), 'BAD_USER_INPUT', 'input.progress'],
  ['negative progress', () => anna(PROGRESS, { input: { actionId, version: 1, progress: -1, language: 'nl', note: 'x' } }), 'BAD_USER_INPUT', 'input.progress'],
  [
    'due date in the past',
    () =>
      femke(`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
        input: { bottleneckIds: [b.id], language: 'nl', title: 'Actie', ownerOrganisationCode: 'GLD', dueDate: '2020-01-01', instrument: 'PILOT' },
      }),
    'BAD_USER_INPUT',
    'input.dueDate',
  ],
  [
    'impossible date',
    () =>
      femke(`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
        input: { bottleneckIds: [b.id], language: 'nl', title: 'Actie', ownerOrganisationCode: 'GLD', dueDate: '2027-02-30', instrument: 'PILOT' },
      }),
    'BAD_USER_INPUT',
  ],
  [
    'owner that takes no part in the agenda',
    () =>
      femke(`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
        input: { bottleneckIds: [b.id], language: 'nl', title: 'Actie', ownerOrganisationCode: 'VLA', dueDate: inFuture(10), instrument: 'PILOT' },
      }),
    'BAD_USER_INPUT',
    'input.ownerOrganisationCode',
  ],
  ['question to an organisation that is no ministry', () => femke(`mutation { createAssignment(input: { bottleneckId: "${b.id}", ministryCode: "GLD", language: nl, question: "Vraag?" }) { id } }`), 'BAD_USER_INPUT', 'input.ministryCode'],
  ['bad cursor', () => anna(`{ bottlenecks(first: 5, after: "%%%") { totalCount } }`), 'BAD_CURSOR'],
  ['page size over 100', () => anna(`{ bottlenecks(first: 1000) { totalCount } }`), 'BAD_USER_INPUT', 'first'],
  ['page size zero', () => anna(`{ bottlenecks(first: 0) { totalCount } }`), 'BAD_USER_INPUT', 'first'],
  ['comment of 10,001 characters', () => anna(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { entityType: 'BOTTLENECK', entityId: b.id, language: 'nl', body: 'x'.repeat(10_001) } }), 'BAD_USER_INPUT', 'input.body'],
  ['comment on an invisible item', () => as(t.app, 'lotte.peeters')(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { entityType: 'BOTTLENECK', entityId: b.id, language: 'nl', body: 'Hallo' } }), 'BAD_USER_INPUT', 'input.entityId'],
  ['transition that does not exist', () => anna(`mutation { transitionBottleneck(input: { id: "${b.id}", version: 1, transition: explode }) { id } }`), 'GRAPHQL_VALIDATION_FAILED'],
  ['GraphQL syntax error', () => anna(`mutation { createBottleneck(input: { ) }`), 'GRAPHQL_PARSE_FAILED'],
  ['a query id that is no uuid', () => anna(`{ bottleneck(id: "not-a-uuid") { id } }`), 'BAD_USER_INPUT', 'id'],
  ['SQL in an id', () => anna(`{ action(id: "' OR 1=1 --") { id } }`), 'BAD_USER_INPUT', 'id'],
  ['an id of 500,000 characters', () => anna(`query($id: ID!) { assignment(id: $id) { id } }`, { id: 'a'.repeat(500_000) }), 'BAD_USER_INPUT', 'id'],
  ['a number as an id', () => anna(`{ bottleneck(id: 12345) { id } }`), 'BAD_USER_INPUT', 'id'],
  ['an id in a list that is no uuid', () => anna(`mutation { markNotificationsRead(ids: ["${'00000000-0000-4000-8000-000000000000'}", "x"]) }`), 'BAD_USER_INPUT', 'ids.1'],
  ['a link id that is no uuid', () => femke(`mutation { unlinkBottlenecks(linkId: "../../etc/passwd") { id } }`), 'BAD_USER_INPUT', 'linkId'],
  ['an id in an input object that is no uuid', () => anna(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { entityType: 'BOTTLENECK', entityId: 'nope', language: 'nl', body: 'x' } }), 'BAD_USER_INPUT', 'input.entityId'],
  ['a lone surrogate in a title', () => anna(CREATE, { input: { ...valid, title: 'Grens \uD800 knelpunt' } }), 'BAD_USER_INPUT', 'input.title'],
  ['a lone low surrogate in a description', () => anna(CREATE, { input: { ...valid, description: 'ab\uDC00cd' } }), 'BAD_USER_INPUT', 'input.description'],
  ['a lone surrogate in a search filter', () => anna(`query($f: BottleneckFilter) { bottlenecks(filter: $f) { totalCount } }`, { f: { text: '\uD83D' } }), 'BAD_USER_INPUT', 'filter.text'],
  ['a NUL byte in a search filter', () => anna(`query($f: BottleneckFilter) { bottlenecks(filter: $f) { totalCount } }`, { f: { text: 'grens\u0000' } }), 'BAD_USER_INPUT', 'filter.text'],
  ['a NUL byte in a reference', () => anna(`query($r: String!) { bottleneckByReference(reference: $r) { id } }`, { r: 'NRW\u0000' }), 'BAD_USER_INPUT', 'reference'],
  ['a NUL byte in a literal', () => anna(`{ bottleneckByReference(reference: "NRW\\u0000") { id } }`), 'BAD_USER_INPUT', 'reference'],
  ['a subscription', () => anna(`subscription { me { id } }`), 'OPERATION_NOT_SUPPORTED'],
  [
    'variables nested 10,000 deep',
    () => rawBody(`{"query":"query($f: BottleneckFilter) { bottlenecks(filter: $f) { totalCount } }","variables":{"f":{"statuses":${'['.repeat(10_000)}"DRAFT"${']'.repeat(10_000)}}}}`, {}),
    'BAD_USER_INPUT',
  ],
  ['an unknown operation name', () => raw({ query: '{ me { id } }', operationName: 'Other' }), 'GRAPHQL_VALIDATION_FAILED'],
  ['a query that is not text', () => raw({ query: 42 }), 'INVALID_GRAPHQL_REQUEST'],
  ['no query at all', () => raw({ variables: {} }), 'INVALID_GRAPHQL_REQUEST'],
  ['variables that are a list', () => raw({ query: '{ me { id } }', variables: [1, 2] }), 'INVALID_GRAPHQL_REQUEST'],
  ['a batch of requests', () => raw([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]), 'INVALID_GRAPHQL_REQUEST'],
  ['a version beyond 32 bits', () => anna(UPDATE, { input: { id: b.id, version: 2 ** 40, title: 'x' } }), 'BAD_USER_INPUT'],
  ['a version as a fraction', () => anna(UPDATE, { input: { id: b.id, version: 1.5, title: 'x' } }), 'BAD_USER_INPUT'],
  ['a negative page size', () => anna(`{ bottlenecks(first: -5) { totalCount } }`), 'BAD_USER_INPUT', 'first'],
  ['a compressed body that is not compressed', () => rawBody('not gzip at all', { 'content-encoding': 'gzip' }), 'UNREADABLE_BODY'],
  ['an unknown content encoding', () => rawBody('{}', { 'content-encoding': 'zstd-made-up' }), 'UNREADABLE_BODY'],
  ['a charset we do not read', () => rawBody('{"query":"{ me { id } }"}', { 'content-type': 'application/json; charset=ebcdic' }), 'UNREADABLE_BODY'],
  ['an unknown route', async () => {
    const res = await request(t.app.getHttpServer()).post('/graphql-but-not').set('content-type', 'application/json').send('{}');
    return { status: res.status, errors: res.body.errors };
  }, 'ROUTE_NOT_FOUND'],
  ['the notification stream without a token', async () => {
    const res = await request(t.app.getHttpServer()).get('/events/notifications');
    return { status: res.status, errors: res.body.errors };
  }, 'UNAUTHENTICATED'],
  ['the notification stream with a token that is not one', async () => {
    const res = await request(t.app.getHttpServer()).get('/events/notifications').set('authorization', 'Bearer abc.def.ghi');
    return { status: res.status, errors: res.body.errors };
  }, 'UNAUTHENTICATED'],
  [
    '1 MB of variables',
    async () => {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${await devIdentityProvider().token('anna.degroot')}`)
        .send(JSON.stringify({ query: CREATE, variables: { input: { ...valid, description: 'x'.repeat(1_050_000) } } }));
      return { status: res.status, errors: res.body.errors };
    },
    'PAYLOAD_TOO_LARGE',
  ],
];

describe('hostile inputs', () => {
  it(`gets a typed error for each of ${cases.length} cases, never a 500, and writes nothing`, async () => {
    const before = await counts();
    for (const [label, run, code, field] of cases) {
      const res = await run();
      expect({ label, status: res.status < 500 }).toEqual({ label, status: true });
      expect({ label, code: res.errors?.[0]?.extensions?.['code'] }).toEqual({ label, code });
      expect({ label, stack: JSON.stringify(res.errors).includes('at ') && JSON.stringify(res.errors).includes('.ts:') }).toEqual({ label, stack: false });
      if (field) {
        const fields = (res.errors?.[0]?.extensions?.['fields'] ?? []) as Array<{ field: string; message: string }>;
        expect({ label, fields: fields.map((f) => f.field) }).toEqual({ label, fields: expect.arrayContaining([field]) });
        // Named in the caller's language (German here), with the rule.
        expect(fields.find((f) => f.field === field)?.message).toMatch(/[A-ZÄÖÜa-zäöüß]/);
      }
    }
    expect(await counts()).toEqual(before);
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it('names the field and the rule in the caller\'s language', async () => {
    const res = await anna(CREATE, { input: { ...valid, title: 'x'.repeat(201) } });
    expect(res.errors?.[0].message).toBe('Die Eingabe ist nicht gültig. Bitte prüfen Sie die markierten Felder.');
    expect(res.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'input.title', rule: 'maxLength', params: { max: 200 }, message: 'Titel darf höchstens 200 Zeichen lang sein.' },
    ]);
  });

  it('keeps HTML and script as plain text, exactly as typed', async () => {
    const text = '<img src=x onerror=alert(1)> & <script>alert("x")</script>';
    const res = await anna<{ createBottleneck: { id: string; title: { text: string } } }>(
      `mutation($input: CreateBottleneckInput!) { createBottleneck(input: $input) { id title { text } } }`,
      { input: { ...valid, title: text } },
    );
    expect(res.data?.createBottleneck.title.text).toBe(text);
  });
});
