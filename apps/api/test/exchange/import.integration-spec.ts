import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import ExcelJS from 'exceljs';
import { as, Client } from '../support/domain';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';
import { exportFile, tokenOf } from './exchange-support';

/** The example province sheet of ../shared/examples/import, kept here so a clone tests it without the workspace around it. */
const EXAMPLE = join(__dirname, '..', 'fixtures', 'grensbelemmeringen-gelderland-2025.xlsx');

const PREVIEW = `query($id: ID!) { importPreview(id: $id) { id sheet headerRow dataRows defaultInstrument columns { index heading field } values { kind value target } } }`;
const PLAN = `id committed created updated unchanged refused skipped rows { row outcome reference title actions notes problems { row column rule message } }`;

interface Preview {
  id: string;
  headerRow: number;
  dataRows: number;
  defaultInstrument: string;
  columns: Array<{ index: number; heading: string; field: string | null }>;
  values: Array<{ kind: string; value: string; target: string | null }>;
}
interface Plan {
  committed: boolean;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  skipped: number;
  rows: Array<{ row: number; outcome: string; reference: string | null; title: string | null; actions: number; notes: string[]; problems: Array<{ row: number; column: string | null; rule: string; message: string }> }>;
}

async function upload(t: TestApp, username: string, content: Buffer, fileName: string, agendaCode = 'NL-NRW', language = 'nl') {
  const res = await request(t.app.getHttpServer())
    .post('/imports')
    .set('authorization', `Bearer ${await tokenOf(username)}`)
    .field('agendaCode', agendaCode)
    .field('language', language)
    .attach('file', content, fileName);
  return res;
}

async function previewOf(client: Client, id: string): Promise<Preview> {
  const res = await client<{ importPreview: Preview }>(PREVIEW, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.importPreview;
}

const mappingOf = (p: Preview, values = p.values) => ({
  id: p.id,
  columns: p.columns.map(({ index, field }) => ({ index, field })),
  values: values.map(({ kind, value, target }) => ({ kind, value, target })),
  defaultInstrument: p.defaultInstrument,
});

async function step(client: Client, name: 'dryRunImport' | 'commitImport', input: Record<string, unknown>): Promise<Plan> {
  const res = await client<Record<string, Plan>>(`mutation($input: ImportMappingInput!) { ${name}(input: $input) { ${PLAN} } }`, { input });
  expect(res.errors).toBeUndefined();
  return res.data![name];
}

describe("imports of partners' sheets", () => {
  let t: TestApp;
  let femke: Client;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.dataSource);
    femke = as(t.app, 'femke.jansen', 'nl');
  }, 60_000);

  afterAll(() => t.close());

  it("reads the example province's sheet: heading row below the title, Dutch headings and words mapped, a dry run that writes nothing, a commit that writes in one go, a re-import that changes nothing", async () => {
    const file = readFileSync(EXAMPLE);
    const uploaded = await upload(t, 'femke.jansen', file, 'grensbelemmeringen-gelderland-2025.xlsx');
    expect(uploaded.status).toBe(201);
    const preview = await previewOf(femke, uploaded.body.id);
    expect(preview.headerRow).toBe(4);
    const field = (heading: string) => preview.columns.find((c) => c.heading === heading)?.field;
    expect([field('Nr.'), field('Onderwerp'), field('Omschrijving'), field('Waarom oplossen?'), field('Thema'), field('Soort belemmering'), field('Gebied'), field('Trekker'), field('Status')]).toEqual([
      'externalId', 'title', 'description', 'whyToSolve', 'theme', 'type', 'area', 'reporter', 'status',
    ]);
    expect([field('Vervolgactie'), field('Eigenaar actie'), field('Deadline'), field('Voortgang'), field('Opmerkingen'), field('Datum gemeld')]).toEqual(['actionTitle', 'owner', 'dueDate', 'actionProgress', 'reasons', null]);
    const target = (kind: string, value: string) => preview.values.find((v) => v.kind === kind && v.value === value)?.target;
    expect(target('status', 'in behandeling')).toBe('IDENTIFICATION');
    expect(target('status', 'afgewezen')).toBe('CLOSED:NO_OBSTACLE');
    expect(target('organisation', 'Prov. Gelderland')).toBe('GLD');
    expect(target('organisation', 'BR Münster')).toBe('BR-MUE');
    expect(target('organisation', 'GrensInfoPunt / Prov. Gelderland')).toBe('GLD');
    expect(target('theme', 'Zorg')).toBe('health-care');
    expect(target('organisation', 'Gemeente Zevenaar')).toBeNull();

    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM bottleneck');
    const dry = await step(femke, 'dryRunImport', mappingOf(preview));
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM bottleneck')).toEqual(before);
    // The figures of the example with the proposed mapping (stated in the closing note).
    expect({ created: dry.created, refused: dry.refused, skipped: dry.skipped, updated: dry.updated, unchanged: dry.unchanged }).toEqual({ created: 6, refused: 4, skipped: 2, updated: 0, unchanged: 0 });
    const refusedRow = (row: number) => dry.rows.find((r) => r.row === row)!;
    expect(refusedRow(11)).toMatchObject({ outcome: 'REFUSED', problems: [{ row: 11, column: 'Waarom oplossen?', rule: 'required' }] });
    expect(refusedRow(11).problems[0].message).toBe('Rij 11, kolom „Waarom oplossen?”: Waarom oplossen? is verplicht.');
    expect(refusedRow(15).problems[0]).toMatchObject({ column: 'Trekker', rule: 'unknownValue' });
    expect(refusedRow(12)).toMatchObject({ outcome: 'CREATED', notes: [expect.stringContaining('als concept bewaard')] });
    expect(dry.rows.filter((r) => r.outcome === 'SKIPPED').map((r) => r.row)).toEqual([9, 16]);

    // The same refusal in German and English.
    for (const [language, message] of [
      ['de', 'Zeile 11, Spalte „Waarom oplossen?“: Waarom oplossen? ist ein Pflichtfeld.'],
      ['en', 'Row 11, column “Waarom oplossen?”: Waarom oplossen? is required.'],
    ]) {
      const other = await step(as(t.app, 'femke.jansen', language), 'dryRunImport', mappingOf(preview));
      expect(other.rows.find((r) => r.row === 11)!.problems[0].message).toBe(message);
    }

    // The dry run as a workbook, the problems marked in their cells.
    const report = await request(t.app.getHttpServer()).get(`/imports/${preview.id}/report`).set('authorization', `Bearer ${await tokenOf('femke.jansen')}`).set('accept-language', 'nl').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(report.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report.body);
    const sheet = workbook.worksheets[0];
    const why = sheet.getRow(11).getCell(4);
    expect(why.note).toBeTruthy();
    expect(JSON.stringify(why.fill)).toContain('FFF4C7C3');
    expect(String(sheet.getRow(11).getCell(16).value)).toBe('geweigerd');

    // The user maps the organisations the import did not know; then commits.
    const corrected = preview.values.map((v) => (v.kind === 'organisation' && v.target === null ? { ...v, target: 'GLD' } : v));
    const committed = await step(femke, 'commitImport', mappingOf(preview, corrected));
    expect({ committed: committed.committed, created: committed.created, refused: committed.refused }).toEqual({ committed: true, created: 9, refused: 1 });
    const stored = await t.dataSource.query(`SELECT b.external_id, b.status, b.outcome, o.code FROM bottleneck b JOIN organisation o ON o.id = b.reporting_organisation_id WHERE b.external_id IS NOT NULL ORDER BY b.external_id`);
    expect(stored.map((s: { external_id: string }) => s.external_id)).toEqual(['GLD-01', 'GLD-02', 'GLD-03', 'GLD-04', 'GLD-05', 'GLD-07', 'GLD-08', 'GLD-09', 'GLD-10']);
    expect(stored.find((s: { external_id: string }) => s.external_id === 'GLD-08')).toMatchObject({ status: 'CLOSED', outcome: 'SOLVED_ADMINISTRATIVE' });
    expect(stored.find((s: { external_id: string }) => s.external_id === 'GLD-07')).toMatchObject({ status: 'DRAFT' });
    const actions = await t.dataSource.query(`SELECT external_id, progress, status, due_date::text FROM action ORDER BY external_id`);
    expect(actions).toEqual(expect.arrayContaining([
      { external_id: 'GLD-01/1', progress: 40, status: 'IN_PROGRESS', due_date: '2025-12-31' },
      { external_id: 'GLD-05/2', progress: 60, status: 'IN_PROGRESS', due_date: '2025-12-31' },
      { external_id: 'GLD-10/1', progress: 30, status: 'IN_PROGRESS', due_date: '2025-08-31' },
      { external_id: 'GLD-08/1', progress: 100, status: 'DONE', due_date: '2024-12-31' },
    ]));
    // Every item's history names the import and its file.
    const history = await t.dataSource.query(`SELECT DISTINCT source->>'fileName' AS file FROM history_entry WHERE entity_type IN ('BOTTLENECK', 'ACTION')`);
    expect(history).toEqual([{ file: 'grensbelemmeringen-gelderland-2025.xlsx' }]);
    const [{ id: first }] = await t.dataSource.query(`SELECT id FROM bottleneck WHERE external_id = 'GLD-01'`);
    const entry = await femke<{ bottleneck: { history: Array<{ importedFrom: string | null }> } }>('query($id: ID!) { bottleneck(id: $id) { history { importedFrom } } }', { id: first });
    expect(entry.data!.bottleneck.history[0].importedFrom).toBe('grensbelemmeringen-gelderland-2025.xlsx');

    // Committed once; the same file again changes nothing.
    expect((await femke(`mutation($input: ImportMappingInput!) { commitImport(input: $input) { id } }`, { input: mappingOf(preview, corrected) })).errors?.[0].extensions?.['code']).toBe('ALREADY_COMMITTED');
    const counts = await t.dataSource.query('SELECT (SELECT count(*) FROM bottleneck)::int AS b, (SELECT count(*) FROM action)::int AS a, (SELECT count(*) FROM history_entry)::int AS h');
    const again = await upload(t, 'femke.jansen', file, 'grensbelemmeringen-gelderland-2025.xlsx');
    const secondPreview = await previewOf(femke, again.body.id);
    const second = await step(femke, 'commitImport', mappingOf(secondPreview, secondPreview.values.map((v) => (v.kind === 'organisation' && v.target === null ? { ...v, target: 'GLD' } : v))));
    expect({ created: second.created, updated: second.updated, unchanged: second.unchanged }).toEqual({ created: 0, updated: 0, unchanged: 9 });
    expect(await t.dataSource.query('SELECT (SELECT count(*) FROM bottleneck)::int AS b, (SELECT count(*) FROM action)::int AS a, (SELECT count(*) FROM history_entry)::int AS h')).toEqual(counts);
  }, 120_000);

  it('lets a partner import only into their own organisation, and refuses what is not a sheet', async () => {
    const anna = as(t.app, 'anna.degroot', 'en');
    const csv = Buffer.from('\uFEFFTitle;Description;Trekker;Kind of bottleneck;Status\nGrensoverschrijdend stagelopen;Stages over de grens zijn lastig;Prov. Gelderland;informatie;nieuw\nAnders;Iets;BR Münster;informatie;nieuw\n', 'utf8');
    const uploaded = await upload(t, 'anna.degroot', csv, 'eigen.csv');
    expect(uploaded.status).toBe(201);
    const preview = await previewOf(anna, uploaded.body.id);
    const dry = await step(anna, 'dryRunImport', mappingOf(preview));
    expect(dry.rows.map((r) => r.outcome)).toEqual(['CREATED', 'REFUSED']);
    expect(dry.rows[0].notes[0]).toMatch(/^kept as a draft: Theme, Region/);
    expect(dry.rows[1].problems[0]).toMatchObject({ column: 'Trekker', rule: 'ownOrganisation' });
    // Someone else's import is not found.
    expect((await femke(PREVIEW, { id: preview.id })).errors?.[0].extensions?.['code']).toBe('IMPORT_NOT_FOUND');
    const broken = await upload(t, 'anna.degroot', Buffer.from('PK\u0003\u0004 not really a workbook'), 'kapot.xlsx');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.code).toBe('FILE_UNREADABLE');
    const noHeadings = await upload(t, 'anna.degroot', Buffer.from('a;b;c\n1;2;3\n'), 'leeg.csv');
    expect(noHeadings.body.errors[0].extensions.code).toBe('NO_HEADER_ROW');
  });

  it('round trip: an XLSX export in all languages, imported into an empty register, gives the same bottlenecks, actions and texts with their provenance', async () => {
    const { seed } = await import('@api/database/seed/seed');
    const { createLogger } = await import('@api/core/logging/logger');
    await resetDatabase(t.dataSource);
    await seed(t.app, createLogger('silent'));
    const snapshot = async () => {
      const bottlenecks = await t.dataSource.query(`SELECT b.reference, b.status, b.outcome, b.status_reason, b.type, b.area, b.expected_duration_months, th.code AS theme, o.code AS reporter, b.title, b.description, b.why_to_solve, b.impact
        FROM bottleneck b JOIN agenda a ON a.id = b.agenda_id LEFT JOIN theme th ON th.id = b.theme_id JOIN organisation o ON o.id = b.reporting_organisation_id WHERE a.code = 'NL-NRW' AND b.status <> 'DRAFT' AND coalesce(b.outcome::text, '') <> 'DUPLICATE' ORDER BY b.reference`);
      const actions = await t.dataSource.query(`SELECT a.title, a.description, o.code AS owner, a.due_date::text, a.status, a.progress, a.instrument, a.priority, (SELECT string_agg(b.reference, ',' ORDER BY b.reference) FROM action_bottleneck ab JOIN bottleneck b ON b.id = ab.bottleneck_id WHERE ab.action_id = a.id) AS refs
        FROM action a JOIN agenda g ON g.id = a.agenda_id JOIN organisation o ON o.id = a.owner_organisation_id WHERE g.code = 'NL-NRW' ORDER BY refs, a.due_date, a.title->>'text'`);
      const texts = (t: { lang: string; text: string; hash: string; tr: Record<string, { text: string; kind: string; sourceHash: string }> } | null) =>
        t && { lang: t.lang, text: t.text, tr: Object.fromEntries(Object.entries(t.tr).map(([l, v]) => [l, { text: v.text, kind: v.kind, outdated: v.sourceHash !== t.hash }])) };
      return {
        bottlenecks: bottlenecks.map((b: Record<string, never>) => ({ ...b, title: texts(b['title']), description: texts(b['description']), why_to_solve: texts(b['why_to_solve']), impact: texts(b['impact']) })),
        actions: actions.map((a: Record<string, never>) => ({ ...a, title: texts(a['title']), description: texts(a['description']) })),
      };
    };
    const original = await snapshot();
    expect(original.bottlenecks.length).toBeGreaterThan(3);
    const exported = await exportFile(t.app, femke, 'femke.jansen', { kind: 'BOTTLENECKS', format: 'XLSX', allLanguages: true, bottleneckFilter: { agendaCode: 'NL-NRW' } });

    // An empty register (reference data only).
    await resetDatabase(t.dataSource);
    const uploaded = await upload(t, 'femke.jansen', exported.body, 'export.xlsx');
    const preview = await previewOf(femke, uploaded.body.id);
    const committed = await step(femke, 'commitImport', mappingOf(preview));
    const refusedRows = committed.rows.filter((r) => r.outcome === 'REFUSED');
    // Drafts are not exported to others, and a duplicate needs the bottleneck it duplicates: those rows, if any, are the only ones refused.
    expect(refusedRows.every((r) => r.problems.some((p) => p.rule === 'notAllowed' || p.rule === 'required'))).toBe(true);
    const imported = await snapshot();
    expect(imported.bottlenecks).toEqual(original.bottlenecks);
    expect(imported.actions).toEqual(original.actions);
  }, 180_000);
});
