import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addComment, as, BottleneckRef, Client, createAction, createAssignment, createBottleneck, inFuture, outcome, transition } from './support/domain';
import request from 'supertest';
import { createTestApp, GraphQLResponse, resetDatabase, TestApp } from './support/test-app';
import { devIdentityProvider } from './support/identity';
import { upload } from './support/attachments';
import { borderEffectsMatrix } from './border-effects/border-effects-matrix';

/**
 * Every query and mutation of the schema × every demo user × each agenda (own
 * and foreign organisation and agenda): exactly the expected allow or deny,
 * including nested fields, history, search and totalCount. The expectations
 * come from domain.md's rules, written once below; an operation in the schema
 * without an entry here fails the test.
 */

interface DemoUser {
  username: string;
  role: string;
  org: string;
}

const realm = JSON.parse(readFileSync(join(__dirname, '../../../docker/keycloak/realm-grensportaal.json'), 'utf8')) as {
  users: Array<{ username: string; realmRoles: string[]; attributes: { organisation: string[] } }>;
};
const USERS: DemoUser[] = realm.users.map((u) => ({ username: u.username, role: u.realmRoles[0], org: u.attributes.organisation[0] }));

const AGENDAS = {
  'NL-NRW': { reporter: 'anna.degroot', reporterOrg: 'GLD', steering: 'GLD', theme: 'mobility', word: 'nrwmatrixword' },
  'NL-NDS': { reporter: 'eva.smit', reporterOrg: 'GR', steering: 'OV', theme: 'energy', word: 'ndsmatrixword' },
  'NL-VL': { reporter: 'lotte.peeters', reporterOrg: 'VLA', steering: 'LI-NL', theme: 'mobility', word: 'vlmatrixword' },
} as const;
type AgendaCode = keyof typeof AGENDAS;
const MINISTRIES = ['BZK', 'SZW', 'VWS', 'OCW', 'IENW', 'LVVN', 'FIN', 'JENV', 'EZ'];

let partners: Record<AgendaCode, string[]>;

/** domain.md: a user sees the agendas their organisation takes part in; ministries all three; secretariat and admin everything. */
function seesAgenda(u: DemoUser, a: AgendaCode): boolean {
  return u.role === 'secretariat' || u.role === 'admin' || MINISTRIES.includes(u.org) || partners[a].includes(u.org);
}
/** Drafts: the reporting organisation, the secretariat and admins. */
function seesDraft(u: DemoUser, a: AgendaCode): boolean {
  return seesAgenda(u, a) && (u.role === 'secretariat' || u.role === 'admin' || u.org === AGENDAS[a].reporterOrg);
}
const isPartnerOf = (u: DemoUser, a: AgendaCode) => u.role === 'partner' && partners[a].includes(u.org);
const isSecretariat = (u: DemoUser) => u.role === 'secretariat';
const isSteering = (u: DemoUser, a: AgendaCode) => u.role === 'commissioner' && u.org === AGENDAS[a].steering;
const isOwner = (u: DemoUser, a: AgendaCode) => (u.role === 'partner' || u.role === 'department') && u.org === AGENDAS[a].reporterOrg;

interface Fixture {
  open: BottleneckRef;
  submitted: BottleneckRef;
  draft: BottleneckRef;
  action: { id: string; version: number };
  assignment: { id: string; version: number };
  comment: { id: string; version: number; author: string };
}

let t: TestApp;
const clients: Record<string, Client> = {};
const fixtures = {} as Record<AgendaCode, Fixture>;
let linkId: string;
let cases = 0;

async function newFixture(a: AgendaCode): Promise<Fixture> {
  const sec = clients['femke.jansen'];
  const reporter = clients[AGENDAS[a].reporter];
  const base = { agendaCode: a, themeCode: AGENDAS[a].theme, title: `Knelpunt ${AGENDAS[a].word}` };
  const make = async (to: string) => {
    let b = await createBottleneck(reporter, base);
    if (to === 'DRAFT') return b;
    b = (await transition(reporter, b, 'submit')).data!.transitionBottleneck;
    if (to === 'SUBMITTED') return b;
    b = (await transition(sec, b, 'accept')).data!.transitionBottleneck;
    return (await transition(sec, b, 'startAnalysis')).data!.transitionBottleneck;
  };
  const open = await make('ANALYSIS');
  const action = await createAction(sec, [open.id], { ownerOrganisationCode: AGENDAS[a].reporterOrg });
  const assignment = await createAssignment(sec, open.id);
  const comment = await addComment(reporter, open.id);
  return {
    open,
    submitted: await make('SUBMITTED'),
    draft: await make('DRAFT'),
    action,
    assignment,
    comment: { ...comment, author: AGENDAS[a].reporter },
  };
}

beforeAll(async () => {
  t = await createTestApp({ MUTATION_RATE_LIMIT: '100000' });
  await resetDatabase(t.dataSource);
  for (const u of USERS) clients[u.username] = as(t.app, u.username);
  const rows: Array<{ agenda: AgendaCode; org: string }> = await t.dataSource.query(
    'SELECT a.code AS agenda, o.code AS org FROM agenda_partner ap JOIN agenda a ON a.id = ap.agenda_id JOIN organisation o ON o.id = ap.organisation_id',
  );
  partners = { 'NL-NRW': [], 'NL-NDS': [], 'NL-VL': [] };
  for (const r of rows) partners[r.agenda].push(r.org);
  for (const a of Object.keys(AGENDAS) as AgendaCode[]) fixtures[a] = await newFixture(a);
  const link = await clients['femke.jansen']<{ linkBottlenecks: { links: Array<{ id: string }> } }>(
    `mutation($input: LinkBottlenecksInput!) { linkBottlenecks(input: $input) { links { id } } }`,
    { input: { id: fixtures['NL-NRW'].open.id, targetId: fixtures['NL-VL'].open.id, linkType: 'SAME_OBSTACLE_OTHER_BORDER' } },
  );
  linkId = link.data!.linkBottlenecks.links[0].id;
});

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.info(`authorization matrix: ${cases} cases`);
  await t.close();
});

type Check = (u: DemoUser, a: AgendaCode, f: Fixture) => Promise<void>;

/** A fresh document on the open bottleneck of agenda `a`, attached by its reporter: its id and version. */
async function newAttachment(a: AgendaCode, f: Fixture): Promise<{ id: string; version: number }> {
  const res = await upload(t.app, AGENDAS[a].reporter, { entityType: 'BOTTLENECK', entityId: f.open.id, title: 'Matrixdocument', language: 'nl' }, Buffer.from('Matrix\n'), 'matrix.txt');
  if (res.status !== 201) throw new Error(`attaching failed: ${JSON.stringify(res.body)}`);
  return { id: res.body.id!, version: 1 };
}

/** Who may rename and remove a document: its uploader, the secretariat and admins, where they see the item. */
const mayChangeAttachment = (u: DemoUser, a: AgendaCode) => seesAgenda(u, a) && (u.username === AGENDAS[a].reporter || isSecretariat(u) || u.role === 'admin');

/** Uploads a small sheet as `u` into agenda `a`: the import's id, or the refusal as a GraphQL-shaped response. */
async function uploadSheet(u: DemoUser, a: AgendaCode): Promise<{ id?: string; refused?: GraphQLResponse<unknown> }> {
  const res = await request(t.app.getHttpServer())
    .post('/imports')
    .set('authorization', `Bearer ${await devIdentityProvider().token(u.username)}`)
    .field('agendaCode', a)
    .attach('file', Buffer.from('Titel;Soort knelpunt;Omschrijving\nMatrix;informatie;Uit de matrix\n', 'utf8'), 'matrix.csv');
  return res.status === 201 ? { id: res.body.id } : { refused: { status: res.status, headers: {}, errors: res.body.errors } };
}

const mayImport = (u: DemoUser, a: AgendaCode) => isSecretariat(u) || isPartnerOf(u, a);

function importStep(name: 'dryRunImport' | 'commitImport'): Write {
  return {
    allowed: mayImport,
    run: async (c, _f, a, u) => {
      const uploaded = await uploadSheet(u, a);
      if (!uploaded.id) return uploaded.refused!;
      return c(`mutation($input: ImportMappingInput!) { ${name}(input: $input) { id } }`, { input: { id: uploaded.id, columns: [{ index: 0, field: 'title' }, { index: 1, field: 'type' }, { index: 2, field: 'description' }], values: [], defaultInstrument: 'INFORMATION' } });
    },
  };
}

/** A fresh conference of agenda `a`, planned by the secretariat (optionally with the open bottleneck put to it, optionally held). */
async function conferenceOf(a: AgendaCode, f: Fixture, options: { item?: boolean; held?: boolean } = {}): Promise<{ id: string; version: number; itemId?: string; itemVersion?: number }> {
  const sec = clients['femke.jansen'];
  const planned = await sec<{ planConference: { id: string; version: number } }>('mutation($input: PlanConferenceInput!) { planConference(input: $input) { id version } }', {
    input: { agendaCode: a, date: inFuture(30), place: 'Matrix', chair: 'Matrix' },
  });
  const conference = planned.data!.planConference;
  let item: { id: string; version: number } | undefined;
  if (options.item) {
    item = (await sec<{ addConferenceItem: { id: string; version: number } }>('mutation($input: AddConferenceItemInput!) { addConferenceItem(input: $input) { id version } }', { input: { conferenceId: conference.id, bottleneckId: f.open.id, purpose: 'DECISION' } })).data!.addConferenceItem;
  }
  if (options.held) {
    const held = await sec<{ updateConference: { version: number } }>('mutation($input: UpdateConferenceInput!) { updateConference(input: $input) { version } }', {
      input: { id: conference.id, version: conference.version, date: inFuture(30), place: 'Matrix', chair: 'Matrix', status: 'HELD' },
    });
    conference.version = held.data!.updateConference.version;
  }
  return { ...conference, itemId: item?.id, itemVersion: item?.version };
}

/** One conference and one yearly report per agenda, by the secretariat, for the read checks. */
const readFixtures: Partial<Record<AgendaCode, { conference: string; report: string }>> = {};
async function readFixtureOf(a: AgendaCode, f: Fixture): Promise<{ conference: string; report: string }> {
  if (!readFixtures[a]) {
    const conference = await conferenceOf(a, f);
    const report = await clients['femke.jansen']<{ generateReport: { id: string } }>('mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }', { input: { kind: 'CONFERENCE_PACK', conferenceId: conference.id } });
    readFixtures[a] = { conference: conference.id, report: report.data!.generateReport.id };
  }
  return readFixtures[a]!;
}

/** The border-effects register: the same for every agenda (consultations are public documents). */
const borderEffects = borderEffectsMatrix(clients, (a) => fixtures[a as AgendaCode].open.id);

/** Read operations: what the caller gets must match exactly what they may see. */
const QUERIES: Record<string, Check> = {
  ...borderEffects.reads,
  search: async (u, a, f) => {
    const find = async (q: string) => {
      const res = await clients[u.username]<{ search: { edges: Array<{ node: { id: string } }> } }>('query($q: String!) { search(query: $q, first: 50) { edges { node { id } } } }', { q });
      return res.data!.search.edges.map((e) => e.node.id);
    };
    expect((await find(f.open.reference)).includes(f.open.id)).toBe(seesAgenda(u, a));
    expect((await find(f.draft.reference)).includes(f.draft.id)).toBe(seesDraft(u, a));
  },
  similarBottlenecks: async (u, a, f) => {
    const [{ title }] = await t.dataSource.query(`SELECT title->>'text' AS title FROM bottleneck WHERE id = $1`, [f.open.id]);
    const res = await clients[u.username]<{ similarBottlenecks: Array<{ id: string }> }>('query($t: String!, $a: String) { similarBottlenecks(title: $t, agendaCode: $a, first: 10) { id } }', { t: title, a });
    expect(res.data!.similarBottlenecks.some((s) => s.id === f.open.id)).toBe(seesAgenda(u, a));
  },
  thesaurusConcepts: async (u) => {
    const res = await clients[u.username]<{ thesaurusConcepts: unknown[] }>('{ thesaurusConcepts { code termsNl termsDe termsEn } }');
    expect(res.data!.thesaurusConcepts.length).toBeGreaterThan(20);
  },
  conference: async (u, a, f) => {
    const { conference } = await readFixtureOf(a, f);
    const res = await clients[u.username]<{ conference: { id: string } | null }>('query($id: ID!) { conference(id: $id) { id items { id } } }', { id: conference });
    expect(res.data!.conference?.id ?? null).toBe(seesAgenda(u, a) ? conference : null);
  },
  conferences: async (u, a, f) => {
    const { conference } = await readFixtureOf(a, f);
    const one = await clients[u.username]<{ conferences: Array<{ id: string }> }>('query($a: String) { conferences(agendaCode: $a) { id } }', { a });
    const all = await clients[u.username]<{ conferences: Array<{ id: string; agenda: { code: string } }> }>('{ conferences { id agenda { code } } }');
    expect(one.data!.conferences.some((c) => c.id === conference)).toBe(seesAgenda(u, a));
    expect(all.data!.conferences.some((c) => c.agenda.code === a)).toBe(seesAgenda(u, a));
  },
  generatedReport: async (u, a, f) => {
    const { report } = await readFixtureOf(a, f);
    const res = await clients[u.username]<{ generatedReport: { id: string } | null }>('query($id: ID!) { generatedReport(id: $id) { id agendaCodes } }', { id: report });
    expect(res.data!.generatedReport?.id ?? null).toBe(seesAgenda(u, a) ? report : null);
  },
  generatedReports: async (u, a, f) => {
    const { report } = await readFixtureOf(a, f);
    const res = await clients[u.username]<{ generatedReports: Array<{ id: string }> }>('{ generatedReports { id } }');
    expect(res.data!.generatedReports.some((r) => r.id === report)).toBe(seesAgenda(u, a));
  },
  exportRecord: async (u, a, f) => {
    // Only one's own export: the secretariat's is null for everyone else.
    const started = await clients['femke.jansen']<{ startExport: { id: string } }>('mutation($input: StartExportInput!) { startExport(input: $input) { id } }', { input: { kind: 'BOTTLENECK', format: 'JSON', reference: f.open.reference } });
    const res = await clients[u.username]<{ exportRecord: { id: string } | null }>('query($id: ID!) { exportRecord(id: $id) { id } }', { id: started.data!.startExport.id });
    expect(res.data!.exportRecord?.id ?? null).toBe(u.username === 'femke.jansen' ? started.data!.startExport.id : null);
  },
  importPreview: async (u, a) => {
    const own = await uploadSheet(u, a);
    const femkes = await uploadSheet(USERS.find((x) => x.username === 'femke.jansen')!, a);
    const read = (id: string) => clients[u.username]('query($id: ID!) { importPreview(id: $id) { id } }', { id });
    if (own.id) expect(outcome(await read(own.id))).toBe('OK');
    else expect(mayImport(u, a)).toBe(false);
    if (u.username !== 'femke.jansen') expect(outcome(await read(femkes.id!))).toBe(u.role === 'partner' || isSecretariat(u) ? 'IMPORT_NOT_FOUND' : 'FORBIDDEN');
  },
  notifications: async (u) => {
    const res = await clients[u.username]<{ notifications: Array<{ id: string }> }>('{ notifications(first: 100) { id message path } }');
    expect(outcome(res)).toBe('OK');
    // Only one's own: every notification listed is addressed to the caller.
    const own: Array<{ id: string }> = await t.dataSource.query(
      `SELECT n.id FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE u.username = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT 100`,
      [u.username],
    );
    expect(res.data!.notifications.map((n) => n.id).sort()).toEqual(own.map((n) => n.id).sort());
  },
  unreadNotificationCount: async (u) => {
    const res = await clients[u.username]<{ unreadNotificationCount: number }>('{ unreadNotificationCount }');
    const [own]: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE u.username = $1 AND n.read_at IS NULL`,
      [u.username],
    );
    expect(res.data!.unreadNotificationCount).toBe(own.n);
  },
  me: async (u, a) => {
    const res = await clients[u.username]<{ me: { username: string; agendas: Array<{ code: string }> } }>('{ me { username agendas { code } } }');
    expect(res.data?.me.username).toBe(u.username);
    expect(res.data?.me.agendas.some((x) => x.code === a)).toBe(seesAgenda(u, a));
  },
  agendas: async (u, a) => {
    const res = await clients[u.username]<{ agendas: Array<{ code: string }> }>('{ agendas { code } }');
    expect(res.data!.agendas.some((x) => x.code === a)).toBe(seesAgenda(u, a));
  },
  agenda: async (u, a) => {
    const res = await clients[u.username]<{ agenda: { code: string; statistics: { bottlenecks: number; bottlenecksByStatus: Array<{ status: string; count: number }> } } | null }>(
      'query($c: String!) { agenda(code: $c) { code statistics { bottlenecks bottlenecksByStatus { status count } } } }',
      { c: a },
    );
    expect(res.data!.agenda?.code ?? null).toBe(seesAgenda(u, a) ? a : null);
    if (res.data!.agenda) {
      // The figures count exactly what the caller may list: never another organisation's drafts.
      const all: Array<{ status: string; reporter: string }> = await t.dataSource.query(
        `SELECT b.status, o.code AS reporter FROM bottleneck b JOIN agenda ag ON ag.id = b.agenda_id JOIN organisation o ON o.id = b.reporting_organisation_id WHERE ag.code = $1`,
        [a],
      );
      const visible = all.filter((b) => b.status !== 'DRAFT' || u.role === 'secretariat' || u.role === 'admin' || b.reporter === u.org);
      expect(res.data!.agenda.statistics.bottlenecks).toBe(visible.length);
      expect(res.data!.agenda.statistics.bottlenecksByStatus.find((x) => x.status === 'DRAFT')!.count).toBe(visible.filter((b) => b.status === 'DRAFT').length);
    }
  },
  programmeDashboard: async (u, a) => {
    const res = await clients[u.username]<{ programmeDashboard: { byType: Array<{ count: number }>; stages: Array<{ now: number }> } }>(
      'query($a: String) { programmeDashboard(filter: { agendaCode: $a }) { byType { count } stages { now } } }',
      { a },
    );
    if (!seesAgenda(u, a)) {
      // An agenda one may not read does not exist for them: the same answer as for an unknown code.
      expect(res.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'filter.agendaCode', rule: 'notFound' })]);
      return;
    }
    // The register as the caller's lists show it: never another organisation's drafts.
    const all: Array<{ status: string; reporter: string }> = await t.dataSource.query(
      `SELECT b.status, o.code AS reporter FROM bottleneck b JOIN agenda ag ON ag.id = b.agenda_id JOIN organisation o ON o.id = b.reporting_organisation_id WHERE ag.code = $1`,
      [a],
    );
    const visible = all.filter((b) => b.status !== 'DRAFT' || u.role === 'secretariat' || u.role === 'admin' || b.reporter === u.org);
    expect(res.data!.programmeDashboard.byType.reduce((sum, x) => sum + x.count, 0)).toBe(visible.length);
  },
  answerScoreboard: async (u, a) => {
    const res = await clients[u.username]<{ answerScoreboard: { lines: Array<{ ministry: { code: string } }>; total: { received: number } } }>(
      'query($a: String) { answerScoreboard(filter: { agendaCode: $a, from: "2021-01-01" }) { lines { ministry { code } } total { received } } }',
      { a },
    );
    if (!seesAgenda(u, a)) {
      expect(res.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'filter.agendaCode', rule: 'notFound' })]);
      return;
    }
    const asked: Array<{ ministry: string }> = await t.dataSource.query(
      `SELECT o.code AS ministry FROM assignment s JOIN bottleneck b ON b.id = s.bottleneck_id JOIN agenda ag ON ag.id = b.agenda_id JOIN organisation o ON o.id = s.ministry_id
        WHERE ag.code = $1 AND b.status <> 'DRAFT' AND s.created_at >= '2021-01-01'`,
      [a],
    );
    expect(res.data!.answerScoreboard.total.received).toBe(asked.length);
    // A ministry's liaison sees its own line only; everyone else every ministry asked.
    const lines = res.data!.answerScoreboard.lines.map((l) => l.ministry.code);
    if (u.role === 'department') expect(lines).toEqual([u.org]);
    else expect(lines).toEqual([...new Set(asked.map((q) => q.ministry))].sort());
  },
  organisations: async (u) => {
    const res = await clients[u.username]<{ organisations: unknown[] }>('{ organisations { code } }');
    expect(outcome(res)).toBe('OK');
  },
  bottleneck: async (u, a, f) => {
    const res = await clients[u.username]<{ open: { id: string; history: unknown[]; comments: unknown[]; actions: unknown[]; assignments: unknown[] } | null; draft: { id: string } | null }>(
      `query($o: ID!, $d: ID!) { open: bottleneck(id: $o) { id history { id } comments { id } actions { id } assignments { id } } draft: bottleneck(id: $d) { id } }`,
      { o: f.open.id, d: f.draft.id },
    );
    expect(res.data!.open?.id ?? null).toBe(seesAgenda(u, a) ? f.open.id : null);
    if (res.data!.open) {
      expect(res.data!.open.history.length).toBeGreaterThan(0);
      expect(res.data!.open.comments.length).toBeGreaterThan(0);
      expect(res.data!.open.actions.length).toBeGreaterThan(0);
      expect(res.data!.open.assignments.length).toBeGreaterThan(0);
    }
    expect(res.data!.draft?.id ?? null).toBe(seesDraft(u, a) ? f.draft.id : null);
  },
  bottleneckByReference: async (u, a, f) => {
    const res = await clients[u.username]<{ o: { id: string } | null; d: { id: string } | null }>(
      `query($o: String!, $d: String!) { o: bottleneckByReference(reference: $o) { id } d: bottleneckByReference(reference: $d) { id } }`,
      { o: f.open.reference, d: f.draft.reference },
    );
    expect(res.data!.o?.id ?? null).toBe(seesAgenda(u, a) ? f.open.id : null);
    expect(res.data!.d?.id ?? null).toBe(seesDraft(u, a) ? f.draft.id : null);
  },
  bottlenecks: async (u, a) => {
    const all: Array<{ agenda: string; status: string; reporter: string }> = await t.dataSource.query(
      `SELECT ag.code AS agenda, b.status, o.code AS reporter FROM bottleneck b JOIN agenda ag ON ag.id = b.agenda_id JOIN organisation o ON o.id = b.reporting_organisation_id WHERE ag.code = $1`,
      [a],
    );
    const expected = all.filter((b) => seesAgenda(u, a) && (b.status !== 'DRAFT' || u.role === 'secretariat' || u.role === 'admin' || b.reporter === u.org)).length;
    const res = await clients[u.username]<{ bottlenecks: { totalCount: number; edges: unknown[] }; search: { totalCount: number } }>(
      `query($a: String, $w: String) { bottlenecks(first: 100, filter: { agendaCode: $a }) { totalCount edges { node { id } } } search: bottlenecks(filter: { text: $w }) { totalCount } }`,
      { a, w: AGENDAS[a].word },
    );
    expect(res.data!.bottlenecks.totalCount).toBe(expected);
    expect(res.data!.bottlenecks.edges).toHaveLength(Math.min(expected, 100));
    expect(res.data!.search.totalCount).toBe(expected);
  },
  action: async (u, a, f) => {
    const res = await clients[u.username]<{ action: { id: string; bottlenecks: unknown[]; history: unknown[] } | null }>(
      'query($id: ID!) { action(id: $id) { id bottlenecks { id } history { id } } }',
      { id: f.action.id },
    );
    expect(res.data!.action?.id ?? null).toBe(seesAgenda(u, a) ? f.action.id : null);
    if (res.data!.action) expect(res.data!.action.history.length).toBeGreaterThan(0);
  },
  actions: async (u, a) => {
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM action x JOIN agenda ag ON ag.id = x.agenda_id WHERE ag.code = $1', [a]);
    const res = await clients[u.username]<{ actions: { totalCount: number } }>('query($a: String) { actions(filter: { agendaCode: $a }) { totalCount } }', { a });
    expect(res.data!.actions.totalCount).toBe(seesAgenda(u, a) ? n : 0);
  },
  assignment: async (u, a, f) => {
    const res = await clients[u.username]<{ assignment: { id: string; bottleneck: { id: string } | null; history: unknown[] } | null }>(
      'query($id: ID!) { assignment(id: $id) { id bottleneck { id } history { id } } }',
      { id: f.assignment.id },
    );
    expect(res.data!.assignment?.id ?? null).toBe(seesAgenda(u, a) ? f.assignment.id : null);
  },
  assignments: async (u, a) => {
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM assignment x JOIN agenda ag ON ag.id = x.agenda_id WHERE ag.code = $1', [a]);
    const res = await clients[u.username]<{ assignments: { totalCount: number } }>('query($a: String) { assignments(filter: { agendaCode: $a }) { totalCount } }', { a });
    expect(res.data!.assignments.totalCount).toBe(seesAgenda(u, a) ? n : 0);
  },
};

interface Write {
  /** Whether `u` may do it on agenda `a`'s items (domain.md). */
  allowed: (u: DemoUser, a: AgendaCode) => boolean;
  run: (c: Client, f: Fixture, a: AgendaCode, u: DemoUser) => ReturnType<Client>;
  /** Which fixture the write changes (it is rebuilt after a success). */
  changes?: boolean;
}

const WRITES: Record<string, Write> = {
  ...borderEffects.writes,
  saveThesaurusConcept: {
    allowed: (u) => isSecretariat(u),
    run: (c) =>
      c('mutation($input: SaveThesaurusConceptInput!) { saveThesaurusConcept(input: $input) { id } }', {
        input: { code: `matrix-${Math.random().toString(36).slice(2, 10)}`, termsNl: ['veerpont'], termsDe: ['Fähre'], termsEn: ['ferry'] },
      }),
  },
  planConference: {
    allowed: (u) => isSecretariat(u),
    run: (c, _f, a) => c('mutation($input: PlanConferenceInput!) { planConference(input: $input) { id } }', { input: { agendaCode: a, date: inFuture(40), place: 'Matrix', chair: 'Matrix' } }),
  },
  updateConference: {
    allowed: (u) => isSecretariat(u),
    run: async (c, f, a) => {
      const conference = await conferenceOf(a, f);
      return c('mutation($input: UpdateConferenceInput!) { updateConference(input: $input) { id } }', { input: { id: conference.id, version: conference.version, date: inFuture(41), place: 'Matrix', chair: 'Matrix', status: 'PLANNED' } });
    },
  },
  addConferenceItem: {
    allowed: (u) => isSecretariat(u),
    run: async (c, f, a) => {
      const conference = await conferenceOf(a, f);
      return c('mutation($input: AddConferenceItemInput!) { addConferenceItem(input: $input) { id } }', { input: { conferenceId: conference.id, bottleneckId: f.open.id, purpose: 'DECISION' } });
    },
  },
  removeConferenceItem: {
    allowed: (u) => isSecretariat(u),
    run: async (c, f, a) => {
      const conference = await conferenceOf(a, f, { item: true });
      return c('mutation($id: ID!) { removeConferenceItem(id: $id) { id } }', { id: conference.itemId });
    },
  },
  decideConferenceItem: {
    allowed: (u) => isSecretariat(u),
    run: async (c, f, a) => {
      const conference = await conferenceOf(a, f, { item: true, held: true });
      return c('mutation($input: DecideConferenceItemInput!) { decideConferenceItem(input: $input) { id } }', { input: { id: conference.itemId, version: conference.itemVersion, decision: 'DEFERRED', note: null, language: 'en' } });
    },
  },
  generateReport: {
    // Anyone may have a report written of what they may read; a conference of an agenda they may not read does not exist for them.
    allowed: (u, a) => seesAgenda(u, a),
    run: async (c, f, a) => {
      const { conference } = await readFixtureOf(a, f);
      return c('mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }', { input: { kind: 'CONFERENCE_PACK', conferenceId: conference } });
    },
  },
  startExport: {
    allowed: (u, a) => seesAgenda(u, a),
    run: (c, f) => c('mutation($input: StartExportInput!) { startExport(input: $input) { id } }', { input: { kind: 'BOTTLENECK', format: 'XLSX', reference: f.open.reference } }),
  },
  dryRunImport: importStep('dryRunImport'),
  commitImport: importStep('commitImport'),
  createBottleneck: {
    allowed: (u, a) => isPartnerOf(u, a) || isSecretariat(u),
    run: (c, _f, a, u) =>
      c(`mutation($input: CreateBottleneckInput!) { createBottleneck(input: $input) { id } }`, {
        input: { agendaCode: a, language: 'nl', title: 'Nieuw', type: 'INFORMATION', ...(u.role === 'secretariat' ? { reportingOrganisationCode: AGENDAS[a].reporterOrg } : {}) },
      }),
  },
  updateBottleneck: {
    allowed: (u, a) => isSecretariat(u) || (u.role === 'partner' && u.org === AGENDAS[a].reporterOrg),
    run: (c, f) => c(`mutation($input: UpdateBottleneckInput!) { updateBottleneck(input: $input) { id } }`, { input: { id: f.submitted.id, version: f.submitted.version, area: `Gebied ${Math.random()}` } }),
    changes: true,
  },
  transitionBottleneck: {
    allowed: (u) => isSecretariat(u),
    run: (c, f) => c(`mutation($input: TransitionBottleneckInput!) { transitionBottleneck(input: $input) { id } }`, { input: { id: f.submitted.id, version: f.submitted.version, transition: 'accept' } }),
    changes: true,
  },
  linkBottlenecks: {
    allowed: (u) => isSecretariat(u),
    run: (c, f) => c(`mutation($input: LinkBottlenecksInput!) { linkBottlenecks(input: $input) { id } }`, { input: { id: f.open.id, targetId: f.submitted.id, linkType: 'RELATED' } }),
    changes: true,
  },
  unlinkBottlenecks: {
    allowed: (u) => isSecretariat(u),
    run: async (c) => {
      const res = await c(`mutation($id: ID!) { unlinkBottlenecks(linkId: $id) { id } }`, { id: linkId });
      if (outcome(res) === 'OK') {
        const again = await clients['femke.jansen']<{ linkBottlenecks: { links: Array<{ id: string }> } }>(
          `mutation($input: LinkBottlenecksInput!) { linkBottlenecks(input: $input) { links { id } } }`,
          { input: { id: fixtures['NL-NRW'].open.id, targetId: fixtures['NL-VL'].open.id, linkType: 'SAME_OBSTACLE_OTHER_BORDER' } },
        );
        linkId = again.data!.linkBottlenecks.links[0].id;
      }
      return res;
    },
  },
  createAction: {
    allowed: (u, a) => isSecretariat(u) || u.role === 'department' || isSteering(u, a) || isPartnerOf(u, a),
    run: (c, f, a) =>
      c(`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
        input: { bottleneckIds: [f.open.id], language: 'de', title: 'Neue Maßnahme', ownerOrganisationCode: AGENDAS[a].reporterOrg, dueDate: inFuture(20), instrument: 'FUNDING' },
      }),
  },
  updateAction: {
    allowed: (u, a) => isSecretariat(u) || isSteering(u, a) || isOwner(u, a),
    run: (c, f) => c(`mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, { input: { id: f.action.id, version: f.action.version, dueDate: inFuture(Math.floor(40 + Math.random() * 300)) } }),
    changes: true,
  },
  transitionAction: {
    allowed: (u, a) => isSecretariat(u) || isSteering(u, a) || isOwner(u, a),
    run: (c, f) => c(`mutation($input: TransitionActionInput!) { transitionAction(input: $input) { id } }`, { input: { id: f.action.id, version: f.action.version, transition: 'start' } }),
    changes: true,
  },
  requestActionUpdate: {
    allowed: (u, a) => isSecretariat(u) || isSteering(u, a),
    run: (c, f) => c(`mutation($input: RequestUpdateInput!) { requestActionUpdate(input: $input) { id } }`, { input: { id: f.action.id, version: f.action.version, message: 'Graag een stand van zaken.' } }),
    changes: true,
  },
  postProgress: {
    allowed: (u, a) => isOwner(u, a),
    run: (c, f) => c(`mutation($input: PostProgressInput!) { postProgress(input: $input) { id } }`, { input: { actionId: f.action.id, version: f.action.version, progress: 40, language: 'nl', note: 'Voortgang.' } }),
    changes: true,
  },
  createAssignment: {
    allowed: (u) => isSecretariat(u),
    run: (c, f) => c(`mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`, { input: { bottleneckId: f.open.id, ministryCode: 'VWS', language: 'nl', question: 'Nog een vraag?' } }),
  },
  answerAssignment: {
    allowed: (u) => u.role === 'department' && u.org === 'SZW',
    run: (c, f) => c(`mutation($input: AnswerAssignmentInput!) { answerAssignment(input: $input) { id } }`, { input: { id: f.assignment.id, version: f.assignment.version, language: 'nl', text: 'Antwoord.' } }),
    changes: true,
  },
  transitionAssignment: {
    allowed: (u) => isSecretariat(u),
    run: (c, f) => c(`mutation($input: TransitionAssignmentInput!) { transitionAssignment(input: $input) { id } }`, { input: { id: f.assignment.id, version: f.assignment.version, transition: 'withdraw', reason: 'Vervalt.' } }),
    changes: true,
  },
  addComment: {
    allowed: (u, a) => seesAgenda(u, a),
    run: (c, f) => c(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { entityType: 'ACTION', entityId: f.action.id, language: 'en', body: 'Noted.' } }),
  },
  editComment: {
    allowed: (u, a) => u.username === AGENDAS[a].reporter,
    run: (c, f) => c(`mutation($input: EditCommentInput!) { editComment(input: $input) { id } }`, { input: { id: f.comment.id, version: f.comment.version, body: `Gewijzigd ${Math.random()}` } }),
    changes: true,
  },
  renameAttachment: {
    allowed: mayChangeAttachment,
    run: async (c, f, a) => {
      const { id, version } = await newAttachment(a, f);
      return c(`mutation($input: RenameAttachmentInput!) { renameAttachment(input: $input) { id } }`, { input: { id, version, title: 'Hernoemd', language: 'nl' } });
    },
  },
  removeAttachment: {
    allowed: mayChangeAttachment,
    run: async (c, f, a) => {
      const { id, version } = await newAttachment(a, f);
      return c(`mutation($input: RemoveAttachmentInput!) { removeAttachment(input: $input) { id } }`, { input: { id, version } });
    },
  },
  purgeAttachment: {
    allowed: (u) => u.role === 'admin',
    run: async (c, f, a) => {
      const { id, version } = await newAttachment(a, f);
      await clients[AGENDAS[a].reporter](`mutation($input: RemoveAttachmentInput!) { removeAttachment(input: $input) { id } }`, { input: { id, version } });
      return c(`mutation($input: RemoveAttachmentInput!) { purgeAttachment(input: $input) { id } }`, { input: { id, version: version + 1 } });
    },
  },
  translateText: {
    allowed: (u, a) => seesAgenda(u, a),
    run: (c, f) => c(`mutation($input: TranslateTextInput!) { translateText(input: $input) { __typename } }`, { input: { target: 'BOTTLENECK', id: f.submitted.id, version: f.submitted.version, field: 'title', language: 'en', text: `Bottleneck ${Math.random()}` } }),
    changes: true,
  },
  addAgendaPartner: {
    allowed: (u) => isSecretariat(u),
    run: async (c, _f, a) => {
      const res = await c('mutation($a: String!) { addAgendaPartner(agendaCode: $a, organisationCode: "EZ") { code } }', { a });
      if (outcome(res) === 'OK') await clients['femke.jansen']('mutation($a: String!) { removeAgendaPartner(agendaCode: $a, organisationCode: "EZ") { code } }', { a });
      return res;
    },
  },
  removeAgendaPartner: {
    allowed: (u) => isSecretariat(u),
    run: async (c, _f, a) => {
      await clients['femke.jansen']('mutation($a: String!) { addAgendaPartner(agendaCode: $a, organisationCode: "FIN") { code } }', { a });
      const res = await c('mutation($a: String!) { removeAgendaPartner(agendaCode: $a, organisationCode: "FIN") { code } }', { a });
      if (outcome(res) !== 'OK') await clients['femke.jansen']('mutation($a: String!) { removeAgendaPartner(agendaCode: $a, organisationCode: "FIN") { code } }', { a });
      return res;
    },
  },
  addTheme: {
    allowed: (u) => isSecretariat(u),
    run: (c, _f, a) => c(`mutation($input: AddThemeInput!) { addTheme(input: $input) { id } }`, { input: { agendaCode: a, names: { nl: 'Wonen', de: 'Wohnen', en: 'Housing' } } }),
  },
  renameTheme: {
    allowed: (u) => isSecretariat(u),
    run: async (c, _f, a) => {
      const [theme]: Array<{ id: string; version: number }> = await t.dataSource.query(
        'SELECT t.id, t.version FROM theme t JOIN agenda ag ON ag.id = t.agenda_id WHERE ag.code = $1 ORDER BY t.sort_order LIMIT 1',
        [a],
      );
      const names = { nl: `Arbeidsmarkt ${theme.version}`, de: `Arbeitsmarkt ${theme.version}`, en: `Labour market ${theme.version}` };
      return c(`mutation($input: RenameThemeInput!) { renameTheme(input: $input) { id } }`, { input: { id: theme.id, version: theme.version, names } });
    },
  },
  markNotificationsRead: {
    allowed: () => true,
    run: async (c, _f, _a, u) => {
      // Someone else's notification is never marked: the count covers the caller's own only.
      const others: Array<{ id: string }> = await t.dataSource.query(
        `SELECT n.id FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE u.username <> $1 AND n.read_at IS NULL LIMIT 1`,
        [u.username],
      );
      const res = await c<{ markNotificationsRead: number }>('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: others.map((n) => n.id) });
      if (others.length) expect(res.data?.markNotificationsRead).toBe(0);
      return res;
    },
  },
  markAllNotificationsRead: {
    allowed: () => true,
    run: (c) => c('mutation { markAllNotificationsRead }'),
  },
  setEmailPreference: {
    allowed: () => true,
    run: (c) => c('mutation { setEmailPreference(preference: IMMEDIATE) { emailPreference } }'),
  },
  setFollowing: {
    allowed: (u, a) => seesAgenda(u, a),
    run: async (c, f) => {
      const follow = (entityType: string, id: string) =>
        c('mutation($t: FollowableType!, $id: ID!) { setFollowing(entityType: $t, id: $id, following: true) }', { t: entityType, id });
      // A question and an action follow the rule of their bottleneck's agenda.
      const bottleneck = await follow('BOTTLENECK', f.open.id);
      expect(outcome(await follow('ACTION', f.action.id))).toBe(outcome(bottleneck));
      expect(outcome(await follow('ASSIGNMENT', f.assignment.id))).toBe(outcome(bottleneck));
      return bottleneck;
    },
  },
  setMyLanguage: {
    allowed: () => true,
    run: (c) => c('mutation { setMyLanguage(language: nl) { language } }'),
  },
};

/** Versions move on with every successful change; the fixtures follow them. */
async function refresh(a: AgendaCode): Promise<void> {
  const f = fixtures[a];
  const version = async (table: string, id: string) => ((await t.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id])) as Array<{ version: number }>)[0].version;
  const [submitted] = await t.dataSource.query('SELECT status FROM bottleneck WHERE id = $1', [f.submitted.id]);
  const [assignment] = await t.dataSource.query('SELECT status FROM assignment WHERE id = $1', [f.assignment.id]);
  const [action] = await t.dataSource.query('SELECT status FROM action WHERE id = $1', [f.action.id]);
  if (submitted.status !== 'SUBMITTED' || assignment.status !== 'OPEN' || action.status !== 'PLANNED') {
    fixtures[a] = await newFixture(a);
    return;
  }
  f.submitted.version = await version('bottleneck', f.submitted.id);
  f.action.version = await version('action', f.action.id);
  f.assignment.version = await version('assignment', f.assignment.id);
  f.comment.version = await version('comment', f.comment.id);
}

describe('authorization matrix', () => {
  it('covers every query and mutation of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(Object.keys(QUERIES).sort());
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(Object.keys(WRITES).sort());
  });

  it.each(Object.keys(QUERIES))('query %s: every user sees exactly what they may, in every agenda', async (name) => {
    for (const u of USERS) {
      for (const a of Object.keys(AGENDAS) as AgendaCode[]) {
        try {
          await QUERIES[name](u, a, fixtures[a]);
        } catch (error) {
          throw new Error(`${name} for ${u.username} on ${a}: ${(error as Error).message}`, { cause: error });
        }
        cases += 1;
      }
    }
  });

  it('links to a bottleneck of an agenda you cannot see are not shown', async () => {
    for (const u of USERS.filter((x) => seesAgenda(x, 'NL-NRW'))) {
      const res = await clients[u.username]<{ bottleneck: { links: Array<{ bottleneck: { id: string } }> } }>('query($id: ID!) { bottleneck(id: $id) { links { bottleneck { id } } } }', {
        id: fixtures['NL-NRW'].open.id,
      });
      const ids = res.data!.bottleneck.links.map((l) => l.bottleneck.id);
      expect({ user: u.username, linked: ids.includes(fixtures['NL-VL'].open.id) }).toEqual({ user: u.username, linked: seesAgenda(u, 'NL-VL') });
      cases += 1;
    }
  });

  it('POST /attachments: a document goes on exactly the items the user may read', async () => {
    for (const u of USERS) {
      for (const a of Object.keys(AGENDAS) as AgendaCode[]) {
        const f = fixtures[a];
        const targets: Array<[string, string, boolean]> = [
          ['BOTTLENECK', f.open.id, seesAgenda(u, a)],
          ['BOTTLENECK', f.draft.id, seesDraft(u, a)],
          ['ACTION', f.action.id, seesAgenda(u, a)],
          ['ASSIGNMENT', f.assignment.id, seesAgenda(u, a)],
        ];
        for (const [entityType, entityId, allowed] of targets) {
          const res = await upload(t.app, u.username, { entityType, entityId, title: 'Matrix', language: 'en' }, Buffer.from('Matrix\n'), 'matrix.txt');
          expect({ user: u.username, agenda: a, entityType, status: res.status }).toEqual({ user: u.username, agenda: a, entityType, status: allowed ? 201 : 400 });
          cases += 1;
        }
      }
    }
  });

  it.each(Object.keys(WRITES))('mutation %s: allowed for exactly the users domain.md names, per agenda', async (name) => {
    const write = WRITES[name];
    for (const u of USERS) {
      for (const a of Object.keys(AGENDAS) as AgendaCode[]) {
        const res = await write.run(clients[u.username], fixtures[a], a, u);
        const allowed = write.allowed(u, a);
        expect({ name, user: u.username, agenda: a, allowed: outcome(res) === 'OK' }).toEqual({ name, user: u.username, agenda: a, allowed });
        if (!allowed) expect(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']).toContain(outcome(res));
        cases += 1;
        if (allowed && write.changes) await refresh(a);
      }
    }
  });
});
