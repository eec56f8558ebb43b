import { as, bottleneckAt, Client, createBottleneck, inFuture, outcome } from '../support/domain';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';

const ACTION = 'id version updateRequestedAt updateRequestedBy { username } canRequestUpdate history { kind changes { field to } }';

describe('follow-up, agenda figures and themes', () => {
  let t: TestApp;
  let anna: Client;
  let femke: Client;
  let hendrik: Client;
  let marco: Client;
  let action: { id: string; version: number };

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.dataSource);
    anna = as(t.app, 'anna.degroot');
    femke = as(t.app, 'femke.jansen');
    hendrik = as(t.app, 'hendrik.mulder');
    marco = as(t.app, 'marco.meijer');
    const b = await bottleneckAt('ANALYSIS', anna, femke);
    const res = await femke<{ createAction: { id: string; version: number } }>(
      `mutation($input: CreateActionInput!) { createAction(input: $input) { id version } }`,
      { input: { bottleneckIds: [b.id], language: 'nl', title: 'Factsheet telewerken', ownerOrganisationCode: 'GLD', dueDate: inFuture(60), instrument: 'INFORMATION' } },
    );
    action = res.data!.createAction;
  });

  afterAll(() => t.close());

  it('lets the steering commissioner ask the owner for an update, recorded in history and cleared by the next report', async () => {
    expect(outcome(await marco(`mutation($input: RequestUpdateInput!) { requestActionUpdate(input: $input) { id } }`, { input: { id: action.id, version: action.version } }))).toBe('FORBIDDEN');

    const asked = await hendrik<{ requestActionUpdate: { version: number; updateRequestedAt: string; updateRequestedBy: { username: string }; history: Array<{ kind: string; changes: Array<{ field: string; to: string }> }> } }>(
      `mutation($input: RequestUpdateInput!) { requestActionUpdate(input: $input) { ${ACTION} } }`,
      { input: { id: action.id, version: action.version, message: 'Hoe staat het met de factsheet?' } },
    );
    expect(asked.errors).toBeUndefined();
    const requested = asked.data!.requestActionUpdate;
    expect(requested.updateRequestedBy.username).toBe('hendrik.mulder');
    expect(requested.history[0]).toEqual({ kind: 'UPDATE_REQUESTED', changes: [{ field: 'updateRequest', to: JSON.stringify('Hoe staat het met de factsheet?') }] });

    // A stale version is a conflict, like every other change.
    expect(outcome(await femke(`mutation($input: RequestUpdateInput!) { requestActionUpdate(input: $input) { id } }`, { input: { id: action.id, version: action.version } }))).toBe('CONFLICT');

    const reported = await anna<{ postProgress: { version: number; updateRequestedAt: string | null; updateRequestedBy: unknown; canRequestUpdate: boolean } }>(
      `mutation($input: PostProgressInput!) { postProgress(input: $input) { ${ACTION} } }`,
      { input: { actionId: action.id, version: requested.version, progress: 30, language: 'nl', note: 'Concept klaar.' } },
    );
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.postProgress).toMatchObject({ updateRequestedAt: null, updateRequestedBy: null, canRequestUpdate: false });
  });

  it('gives due dates as calendar days and derives days until due in lists as in lookups', async () => {
    const list = await femke<{ actions: { edges: Array<{ node: { id: string; dueDate: string; daysUntilDue: number; overdue: boolean } }> } }>(
      '{ actions(first: 10) { edges { node { id dueDate daysUntilDue overdue } } } }',
    );
    expect(list.errors).toBeUndefined();
    const one = await femke<{ action: { dueDate: string; daysUntilDue: number; overdue: boolean } }>('query($id: ID!) { action(id: $id) { dueDate daysUntilDue overdue } }', { id: action.id });
    expect(list.data!.actions.edges.find((e) => e.node.id === action.id)!.node).toEqual({ id: action.id, ...one.data!.action });
    expect(one.data!.action).toEqual({ dueDate: inFuture(60), daysUntilDue: 60, overdue: false });
  });

  it("counts an agenda's figures as the caller may see them: a partner does not count another organisation's drafts", async () => {
    await createBottleneck(anna, { title: 'Concept van Gelderland' });
    const query = `{ agenda(code: "NL-NRW") { statistics { bottlenecks bottlenecksByStatus { status count } bottlenecksByTheme { theme { code } count open } actions actionsByStatus { status count } overdueActions stalledActions questionsByStatus { status count } } } }`;
    type Stats = { agenda: { statistics: { bottlenecks: number; bottlenecksByStatus: Array<{ status: string; count: number }>; bottlenecksByTheme: Array<{ theme: { code: string } | null; count: number; open: number }>; actions: number } } };
    const forAnna = (await anna<Stats>(query)).data!.agenda.statistics;
    const forJonas = (await as(t.app, 'jonas.hartmann')<Stats>(query)).data!.agenda.statistics;
    const draftsOf = (s: Stats['agenda']['statistics']) => s.bottlenecksByStatus.find((x) => x.status === 'DRAFT')!.count;
    expect(draftsOf(forAnna)).toBe(1);
    expect(draftsOf(forJonas)).toBe(0);
    expect(forAnna.bottlenecks).toBe(forJonas.bottlenecks + 1);
    expect(forAnna.bottlenecksByStatus.map((x) => x.status)).toEqual(['DRAFT', 'SUBMITTED', 'IDENTIFICATION', 'ANALYSIS', 'ADVICE', 'DECISION', 'CLOSED']);
    expect(forAnna.bottlenecksByTheme.find((x) => x.theme?.code === 'labour-market')).toEqual({ theme: { code: 'labour-market' }, count: 2, open: 2 });
    expect(forAnna.actions).toBe(1);
  });

  it('lets the secretariat add and rename themes in three languages, with history and conflict detection', async () => {
    const added = await femke<{ addTheme: { id: string; code: string; version: number; names: { de: string } } }>(
      `mutation($input: AddThemeInput!) { addTheme(input: $input) { id code version names { de } } }`,
      { input: { agendaCode: 'NL-NRW', names: { nl: 'Wonen en ruimte', de: 'Wohnen und Raum', en: 'Housing & spatial planning' } } },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addTheme).toMatchObject({ code: 'housing-spatial-planning', version: 1, names: { de: 'Wohnen und Raum' } });

    const again = await femke<{ addTheme: { code: string } }>(`mutation($input: AddThemeInput!) { addTheme(input: $input) { code } }`, {
      input: { agendaCode: 'NL-NRW', names: { nl: 'Wonen', de: 'Wohnen', en: 'Housing & spatial planning' } },
    });
    expect(again.data!.addTheme.code).toBe('housing-spatial-planning-2');

    const invalid = await femke(`mutation($input: AddThemeInput!) { addTheme(input: $input) { code } }`, { input: { agendaCode: 'NL-NRW', names: { nl: ' ', de: 'Wohnen', en: 'x'.repeat(201) } } });
    expect(outcome(invalid)).toBe('BAD_USER_INPUT');
    const fields = (invalid.errors![0].extensions!['fields'] as Array<{ field: string; rule: string }>).map((f) => `${f.field}:${f.rule}`);
    expect(fields).toEqual(expect.arrayContaining(['input.names.nl:isNotEmpty', 'input.names.en:maxLength']));

    const theme = added.data!.addTheme;
    const renamed = await femke<{ renameTheme: { version: number; name: string } }>(`mutation($input: RenameThemeInput!) { renameTheme(input: $input) { version name } }`, {
      input: { id: theme.id, version: 1, names: { nl: 'Wonen', de: 'Wohnen', en: 'Housing' } },
    });
    expect(renamed.data!.renameTheme).toEqual({ version: 2, name: 'Housing' });
    expect(outcome(await femke(`mutation($input: RenameThemeInput!) { renameTheme(input: $input) { version } }`, { input: { id: theme.id, version: 1, names: { nl: 'A', de: 'B', en: 'C' } } }))).toBe('CONFLICT');
    expect(outcome(await anna(`mutation($input: RenameThemeInput!) { renameTheme(input: $input) { version } }`, { input: { id: theme.id, version: 2, names: { nl: 'A', de: 'B', en: 'C' } } }))).toBe('FORBIDDEN');

    const history = await femke<{ agenda: { history: Array<{ kind: string }> } }>(`{ agenda(code: "NL-NRW") { history { kind } } }`);
    expect(history.data!.agenda.history.map((h) => h.kind).slice(0, 3)).toEqual(['THEME_RENAMED', 'THEME_ADDED', 'THEME_ADDED']);
  });
});
