import request from 'supertest';
import { as, bottleneckAt, BottleneckRef, Client, inFuture } from './support/domain';
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
  const action = await femke<{ createAction: { id: string } }>(`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
    input: { bottleneckIds: [b.id], language: 'nl', title: 'Actie', ownerOrganisationCode: 'GLD', dueDate: inFuture(30), instrument: 'PILOT' },
  });
  actionId = action.data!.createAction.id;
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
    expect(cases.length).toBeGreaterThanOrEqual(30);
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
