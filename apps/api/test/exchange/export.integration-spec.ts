import { parse } from 'csv-parse/sync';
import { seed } from '@api/database/seed/seed';
import { createLogger } from '@api/core/logging/logger';
import { DEMO_PEOPLE } from '@api/database/seed/demo-people';
import { as, Client } from '../support/domain';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';
import { exportFile, readWorkbook, tokenOf, workbookText } from './exchange-support';

const silent = createLogger('silent');

describe('exports of the register', () => {
  let t: TestApp;
  let femke: Client;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.dataSource);
    await seed(t.app, silent);
    femke = as(t.app, 'femke.jansen', 'nl');
  }, 180_000);

  afterAll(() => t.close());

  it('writes XLSX with real dates and numbers, a frozen and filtered header row, one sheet per kind and an "about" sheet, labelled as on screen', async () => {
    const filter = { agendaCode: 'NL-NRW' };
    const list = await femke<{ bottlenecks: { totalCount: number; edges: Array<{ node: { reference: string } }> } }>(
      'query($filter: BottleneckFilter) { bottlenecks(filter: $filter, first: 100, orderBy: REFERENCE_ASC) { totalCount edges { node { reference } } } }',
      { filter },
    );
    const file = await exportFile(t.app, femke, 'femke.jansen', { kind: 'BOTTLENECKS', format: 'XLSX', bottleneckFilter: filter, bottleneckOrder: 'REFERENCE_ASC' });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(file.record).toEqual({ status: 'DONE', rowsWritten: expect.any(Number), total: list.data!.bottlenecks.totalCount });

    const { workbook, sheets } = await readWorkbook(file.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Over deze export', 'Knelpunten', 'Acties']);
    const rows = sheets['Knelpunten'];
    // Exactly the list, in its order.
    expect(rows.map((r) => r['Kenmerk'])).toEqual(list.data!.bottlenecks.edges.map((e) => e.node.reference));
    const sheet = workbook.getWorksheet('Knelpunten')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(1).width).toBeGreaterThan(5);
    // Labels of the screen (nl), real dates and numbers.
    expect(rows.every((r) => ['Concept', 'Ingediend', 'Identificatie', 'Analyse', 'Advies', 'Besluit', 'Afgesloten'].includes(String(r['Status'])))).toBe(true);
    expect(rows.every((r) => r['Aangemaakt op'] instanceof Date)).toBe(true);
    expect(rows.some((r) => typeof r['Aantal acties'] === 'number' && (r['Aantal acties'] as number) > 0)).toBe(true);
    const actions = sheets['Acties'];
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((a) => a['Deadline'] instanceof Date)).toBe(true);
    expect(actions.every((a) => typeof a['Voortgang'] === 'number' && (a['Voortgang'] as number) <= 1)).toBe(true);
    const about = sheets['Over deze export'];
    expect(workbookText(workbook)).toContain('Femke Jansen');
    expect(JSON.stringify(about)).toContain('NL-NRW');

    // The export is recorded: who, what, filters, rows.
    const [recorded] = await t.dataSource.query(`SELECT e.kind, e.format, e.language, e.filters, e.total, e.rows_written, u.username FROM export_record e JOIN app_user u ON u.id = e.user_id WHERE e.id = $1`, [file.id]);
    expect(recorded).toMatchObject({ kind: 'bottlenecks', format: 'XLSX', language: 'nl', username: 'femke.jansen', total: rows.length, rows_written: rows.length + actions.length });
    expect(recorded.filters).toMatchObject({ bottleneckFilter: filter, bottleneckOrder: 'REFERENCE_ASC' });

    // A file is downloaded once, by the one who started it.
    const again = await exportFile(t.app, femke, 'femke.jansen', { kind: 'BOTTLENECKS', format: 'JSON', bottleneckFilter: filter });
    const { default: request } = await import('supertest');
    const second = await request(t.app.getHttpServer()).get(`/exports/${again.id}/file`).set('authorization', `Bearer ${await tokenOf('femke.jansen')}`);
    expect(second.status).toBe(400);
    expect(second.body.errors[0].extensions.code).toBe('EXPORT_NOT_FOUND');
  });

  it('writes all three languages side by side, each with its provenance and whether it is outdated', async () => {
    const file = await exportFile(t.app, femke, 'femke.jansen', { kind: 'BOTTLENECKS', format: 'XLSX', allLanguages: true, language: 'en' });
    const { sheets } = await readWorkbook(file.body);
    const rows = sheets['Bottlenecks'];
    const translated = rows.find((r) => r['Title (DE): provenance'] === 'human translation' || r['Title (DE): provenance'] === 'machine translation');
    expect(translated).toBeDefined();
    expect(translated!['Title: original language']).toMatch(/Dutch|German|English/);
    for (const language of ['NL', 'DE', 'EN']) expect(Object.keys(rows[0])).toEqual(expect.arrayContaining([`Title (${language})`, `Title (${language}): provenance`, `Title (${language}): outdated`]));
    const [stored] = await t.dataSource.query(`SELECT title FROM bottleneck WHERE reference = $1`, [translated!['Reference']]);
    expect(translated![`Title (${stored.title.lang.toUpperCase()})`]).toBe(stored.title.text);
    expect(translated![`Title (${stored.title.lang.toUpperCase()}): provenance`]).toBe('original');
  });

  it('writes CSV in UTF-8 with a BOM, `;` for nl and de and `,` for en (or as chosen), and JSON with stable field names', async () => {
    const nl = await exportFile(t.app, femke, 'femke.jansen', { kind: 'ACTIONS', format: 'CSV', actionFilter: { agendaCode: 'NL-NRW' } });
    expect(nl.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const nlRows: Array<Record<string, string>> = parse(nl.body, { bom: true, delimiter: ';', columns: true });
    expect(nlRows.length).toBe(nl.total);
    expect(nlRows[0]['Deadline']).toMatch(/^\d{2}-\d{2}-\d{4}$/);

    const english = as(t.app, 'femke.jansen', 'en');
    const en = await exportFile(t.app, english, 'femke.jansen', { kind: 'ACTIONS', format: 'CSV', actionFilter: { agendaCode: 'NL-NRW' } });
    const enRows: Array<Record<string, string>> = parse(en.body, { bom: true, delimiter: ',', columns: true });
    expect(enRows.map((r) => r['Action id'])).toEqual(nlRows.map((r) => r['Actie-id']));
    expect(enRows[0]['Due date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const chosen = await exportFile(t.app, english, 'femke.jansen', { kind: 'ACTIONS', format: 'CSV', separator: 'SEMICOLON', actionFilter: { agendaCode: 'NL-NRW' } });
    expect(parse(chosen.body, { bom: true, delimiter: ';', columns: true })).toHaveLength(nlRows.length);

    const json = await exportFile(t.app, english, 'femke.jansen', { kind: 'ACTIONS', format: 'JSON', actionFilter: { agendaCode: 'NL-NRW' } });
    const parsed = JSON.parse(json.body.toString('utf8'));
    expect(parsed.export).toMatchObject({ kind: 'actions', exportedBy: 'Femke Jansen', total: nlRows.length });
    expect(parsed.actions).toHaveLength(nlRows.length);
    expect(Object.keys(parsed.actions[0])).toEqual(expect.arrayContaining(['actionId', 'bottlenecks', 'actionTitle', 'owner', 'dueDate', 'actionStatus', 'actionProgress', 'instrument']));
    expect(parsed.actions[0].actionStatus).toMatch(/^[A-Z_]+$/);
    expect(parsed.actions[0].actionTitle).toEqual({ text: expect.any(String), language: expect.stringMatching(/^(nl|de|en)$/), status: expect.any(String) });
  });

  it('exports one bottleneck with its actions and questions, and the BRIDGEforEU files', async () => {
    const [withQuestion] = await t.dataSource.query(`SELECT b.reference FROM bottleneck b JOIN assignment q ON q.bottleneck_id = b.id JOIN action_bottleneck ab ON ab.bottleneck_id = b.id LIMIT 1`);
    const one = await exportFile(t.app, as(t.app, 'femke.jansen', 'de'), 'femke.jansen', { kind: 'BOTTLENECK', format: 'XLSX', reference: withQuestion.reference });
    const { sheets } = await readWorkbook(one.body);
    expect(sheets['Grenzhindernisse'].map((r) => r['Aktenzeichen'])).toEqual([withQuestion.reference]);
    expect(sheets['Maßnahmen'].length).toBeGreaterThan(0);
    expect(sheets['Maßnahmen'].every((a) => String(a['Grenzhindernisse']).includes(withQuestion.reference))).toBe(true);
    expect(sheets['Anfragen an Ministerien'].length).toBeGreaterThan(0);

    const bridge = await exportFile(t.app, femke, 'femke.jansen', { kind: 'BRIDGEFOREU', format: 'XLSX', bottleneckFilter: { statuses: ['CLOSED'] } });
    const files = (await readWorkbook(bridge.body)).sheets['Grensoverschrijdende dossiers'];
    expect(files.length).toBe(bridge.total);
    expect(Object.keys(files[0])).toEqual(expect.arrayContaining(['(a) Grensoverschrijdende interactie en context', '(e) Geografisch gebied', 'Eindbericht (art. 12, lid 1): gevolgde weg']));
    expect(files.every((f) => ['bestuurlijke weg', 'wetgevende weg', 'niet opgelost'].includes(String(f['Eindbericht (art. 12, lid 1): gevolgde weg'])))).toBe(true);
  });

  it("never holds a row or a text of an agenda, or a draft, the user may not see: every demo user's exports scanned for foreign references and titles", async () => {
    const all: Array<{ reference: string; title: string; agenda: string; status: string; org: string }> = await t.dataSource.query(
      `SELECT b.reference, b.title->>'text' AS title, a.code AS agenda, b.status, o.code AS org FROM bottleneck b JOIN agenda a ON a.id = b.agenda_id JOIN organisation o ON o.id = b.reporting_organisation_id`,
    );
    let scanned = 0;
    let hidden = 0;
    const accounts = DEMO_PEOPLE.slice(0, DEMO_PEOPLE.findIndex((p) => p.username === 'tom.willems') + 1);
    for (const person of accounts) {
      const client = as(t.app, person.username, 'en');
      const visible = await client<{ bottlenecks: { edges: Array<{ node: { reference: string } }> } }>('{ bottlenecks(first: 100) { edges { node { reference } } } }');
      const seen = new Set(visible.data!.bottlenecks.edges.map((e) => e.node.reference));
      const foreign = all.filter((b) => !seen.has(b.reference));
      hidden += foreign.length;
      for (const input of [
        { kind: 'BOTTLENECKS', format: 'XLSX', allLanguages: true },
        { kind: 'ACTIONS', format: 'JSON', allLanguages: true },
        { kind: 'ASSIGNMENTS', format: 'CSV', allLanguages: true },
        { kind: 'BRIDGEFOREU', format: 'JSON', allLanguages: true },
      ]) {
        const file = await exportFile(t.app, client, person.username, input);
        const text = input.format === 'XLSX' ? workbookText((await readWorkbook(file.body)).workbook) : file.body.toString('utf8');
        for (const b of foreign) {
          expect({ who: person.username, kind: input.kind, leaked: text.includes(b.reference) }).toEqual({ who: person.username, kind: input.kind, leaked: false });
          expect({ who: person.username, kind: input.kind, leaked: text.includes(b.title) }).toEqual({ who: person.username, kind: input.kind, leaked: false });
        }
        scanned++;
      }
    }
    expect(scanned).toBe(accounts.length * 4);
    expect(hidden).toBeGreaterThan(0);
  }, 300_000);

  it('stops a long export when the download is dropped, and records it as cancelled with the rows written so far', async () => {
    // A register of a few thousand bottlenecks: copies of one, each with its own reference.
    const columns: Array<{ column_name: string }> = await t.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'bottleneck' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'reference', 'reference_year', 'reference_number', 'external_id')`,
    );
    const names = columns.map((c) => `"${c.column_name}"`).join(', ');
    await t.dataSource.query(
      `INSERT INTO bottleneck (${names}, reference, reference_year, reference_number)
       SELECT ${names}, 'NRW-2099-' || lpad(g::text, 4, '0'), 2099, g FROM bottleneck, generate_series(1, 3000) g WHERE id = (SELECT id FROM bottleneck WHERE status = 'ANALYSIS' LIMIT 1)`,
    );
    const started = await femke<{ startExport: { id: string; total: number } }>('mutation($input: StartExportInput!) { startExport(input: $input) { id total } }', { input: { kind: 'BOTTLENECKS', format: 'CSV' } });
    const { id, total } = started.data!.startExport;
    expect(total).toBeGreaterThan(3000);
    const server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    try {
      const { port } = server.address() as { port: number };
      const controller = new AbortController();
      const res = await fetch(`http://127.0.0.1:${port}/exports/${id}/file`, { headers: { authorization: `Bearer ${await tokenOf('femke.jansen')}` }, signal: controller.signal });
      await res.body!.getReader().read();
      controller.abort();
      let record = { status: 'RUNNING', rowsWritten: 0, total: 0 };
      for (let i = 0; i < 100 && record.status === 'RUNNING'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        record = (await femke<{ exportRecord: typeof record }>('query($id: ID!) { exportRecord(id: $id) { status rowsWritten total } }', { id })).data!.exportRecord;
      }
      expect(record.status).toBe('CANCELLED');
      expect(record.rowsWritten).toBeLessThan(total);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
