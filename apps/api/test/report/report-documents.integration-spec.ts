import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Language } from '@grensportaal/shared-domain';
import { resources } from '@grensportaal/shared-i18n';
import { createLogger } from '@api/core/logging/logger';
import { seed } from '@api/database/seed/seed';
import { ReportService } from '@api/modules/report/report.service';
import { as, Client, outcome } from '../support/domain';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';
import { docxContent, downloadReport, generateReport, pdfText, RAW_KEY, tool } from './report-support';

/**
 * Conferences recorded with their decisions and history, and the documents
 * written from them: in nl, de and en, as a tagged PDF with its fonts
 * embedded (read back with poppler) and as a DOCX with real Word headings
 * that LibreOffice opens and converts.
 */

const CONFERENCE = 'id version date place chair status items { id version purpose decision note noteLanguage bottleneck { reference } action { id } }';
const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));

describe('border conferences and their documents', () => {
  let t: TestApp;
  let femke: Client;
  let work: string;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://grensportaal.example' });
    await resetDatabase(t.dataSource);
    await seed(t.app, createLogger('silent'));
    femke = as(t.app, 'femke.jansen', 'nl');
    work = mkdtempSync(join(tmpdir(), 'grensportaal-reports-'));
  }, 180_000);

  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await t.close();
  });

  const reference = async (agenda: string, status: string) =>
    ((await t.dataSource.query(`SELECT b.id, b.reference FROM bottleneck b JOIN agenda a ON a.id = b.agenda_id WHERE a.code = $1 AND b.status = $2 ORDER BY b.reference LIMIT 1`, [agenda, status])) as Array<{ id: string; reference: string }>)[0];

  it('records a held conference, its items and decisions, each change in the agenda history; partners of the agenda read it, others do not', async () => {
    const planned = await femke<{ planConference: { id: string; version: number } }>(`mutation($input: PlanConferenceInput!) { planConference(input: $input) { ${CONFERENCE} } }`, {
      input: { agendaCode: 'NL-NRW', date: `${year}-06-12`, place: 'Venlo', chair: 'Commissaris van de Koning in Limburg' },
    });
    const conference = planned.data!.planConference;
    const decision = await reference('NL-NRW', 'DECISION');
    const foreign = await reference('NL-NDS', 'ANALYSIS');
    const draft = await reference('NL-NRW', 'DRAFT');
    const add = (input: Record<string, unknown>) => femke<{ addConferenceItem: { id: string; version: number } }>('mutation($input: AddConferenceItemInput!) { addConferenceItem(input: $input) { id version } }', { input: { conferenceId: conference.id, purpose: 'DECISION', ...input } });
    const rule = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (res.errors?.[0].extensions?.['fields'] as Array<{ field: string; rule: string }>)?.[0];

    expect(rule(await add({ bottleneckId: decision.id, actionId: decision.id }))).toMatchObject({ field: 'input.bottleneckId', rule: 'exactlyOne' });
    expect(rule(await add({}))).toMatchObject({ rule: 'exactlyOne' });
    expect(rule(await add({ bottleneckId: foreign.id }))).toMatchObject({ field: 'input.bottleneckId', rule: 'sameAgenda' });
    expect(rule(await add({ bottleneckId: draft.id }))).toMatchObject({ field: 'input.bottleneckId', rule: 'notFound' });
    const item = (await add({ bottleneckId: decision.id })).data!.addConferenceItem;
    expect(rule(await add({ bottleneckId: decision.id }))).toMatchObject({ rule: 'unique' });

    const decide = (version: number) =>
      femke<{ decideConferenceItem: { version: number; decision: string } }>('mutation($input: DecideConferenceItemInput!) { decideConferenceItem(input: $input) { version decision } }', {
        input: { id: item.id, version, decision: 'ENDORSED', note: 'Pilot wordt structureel.', language: 'nl' },
      });
    const early = await decide(item.version);
    expect(rule(early)).toMatchObject({ field: 'input.decision', rule: 'conferenceHeld' });
    expect((early.errors![0].extensions!['fields'] as Array<{ message: string }>)[0].message).toContain('gehouden');

    const held = await femke<{ updateConference: { status: string; version: number } }>(`mutation($input: UpdateConferenceInput!) { updateConference(input: $input) { ${CONFERENCE} } }`, {
      input: { id: conference.id, version: conference.version, date: `${year}-06-12`, place: 'Venlo', chair: 'Commissaris van de Koning in Limburg', status: 'HELD' },
    });
    expect(held.data!.updateConference).toMatchObject({ status: 'HELD', version: conference.version + 1 });
    // Someone who read the conference before it was held is told, not overwritten.
    const stale = await femke(`mutation($input: UpdateConferenceInput!) { updateConference(input: $input) { id } }`, {
      input: { id: conference.id, version: conference.version, date: `${year}-06-13`, place: 'Venlo', chair: 'X', status: 'PLANNED' },
    });
    expect(outcome(stale)).toBe('CONFLICT');
    // What was put to a held conference is the record of its minutes.
    expect(rule(await add({ bottleneckId: (await reference('NL-NRW', 'ANALYSIS')).id }))).toMatchObject({ field: 'input.conferenceId', rule: 'conferencePlanned' });
    expect(outcome(await femke('mutation($id: ID!) { removeConferenceItem(id: $id) { id } }', { id: item.id }))).toBe('BAD_USER_INPUT');

    expect((await decide(item.version)).data!.decideConferenceItem).toMatchObject({ decision: 'ENDORSED', version: item.version + 1 });
    expect(outcome(await decide(item.version))).toBe('CONFLICT');

    const history: Array<{ kind: string }> = await t.dataSource.query(
      `SELECT h.kind FROM history_entry h JOIN agenda a ON a.id = h.agenda_id WHERE a.code = 'NL-NRW' AND h.entity_type = 'AGENDA' AND h.kind LIKE 'CONFERENCE%' AND h.occurred_at > now() - interval '1 minute' ORDER BY h.id`,
    );
    expect(history.map((h) => h.kind)).toEqual(['CONFERENCE_PLANNED', 'CONFERENCE_ITEM_ADDED', 'CONFERENCE_UPDATED', 'CONFERENCE_DECIDED']);

    const read = (username: string) => as(t.app, username)<{ conference: { id: string; items: Array<{ decision: string; note: string }> } | null }>(`query($id: ID!) { conference(id: $id) { id items { decision note } } }`, { id: conference.id });
    expect((await read('jonas.hartmann')).data!.conference?.items).toEqual([{ decision: 'ENDORSED', note: 'Pilot wordt structureel.' }]);
    expect((await read('lotte.peeters')).data!.conference).toBeNull();
    expect(outcome(await as(t.app, 'jonas.hartmann')('mutation { planConference(input: { agendaCode: "NL-NRW", date: "2027-01-01", place: "Kleve", chair: "X" }) { id } }'))).toBe('FORBIDDEN');
  });

  it.each(['nl', 'de', 'en'] as Language[])('writes the conference pack and the yearly report in %s: headings and figures in the PDF, the same headings as Word headings in the DOCX', async (language) => {
    const r = resources[language].report;
    const [next]: Array<{ id: string }> = await t.dataSource.query(`SELECT c.id FROM conference c JOIN agenda a ON a.id = c.agenda_id WHERE a.code = 'NL-NRW' AND c.status = 'PLANNED' AND c.place = 'Kleve'`);
    const pack = await generateReport(femke, { kind: 'CONFERENCE_PACK', conferenceId: next.id, language });
    const yearly = await generateReport(femke, { kind: 'YEARLY', year, language });
    for (const report of [pack, yearly]) {
      expect(report).toMatchObject({ status: 'DONE', progress: 100, stateAt: expect.any(String), lastHistoryId: expect.stringMatching(/^\d+$/) });
    }
    const [{ last }] = await t.dataSource.query('SELECT max(id)::text AS last FROM history_entry');
    expect(Number(yearly.lastHistoryId)).toBeLessThanOrEqual(Number(last));

    const packPdf = await downloadReport(t.app, 'femke.jansen', pack.id, 'pdf');
    expect(packPdf.headers['content-type']).toBe('application/pdf');
    expect(packPdf.headers['content-disposition']).toMatch(/^attachment; filename="Grensportaal-[A-Za-z-]+-\d{4}-\d{2}-\d{2}-NL-NRW-(nl|de|en)\.pdf"$/);
    const packText = pdfText(packPdf.body);
    const ambulance = await t.dataSource.query(`SELECT b.reference FROM bottleneck b JOIN conference_item i ON i.bottleneck_id = b.id WHERE i.conference_id = $1 AND i.purpose = 'DECISION'`, [next.id]);
    for (const expected of [r.pack.itemsHeading, r.pack.registerHeading, r.pack.change.newBottlenecks, r.pack.change.openQuestions, ambulance[0].reference]) expect(packText).toContain(expected);
    expect(packText).not.toMatch(RAW_KEY);

    const yearlyPdf = (await downloadReport(t.app, 'femke.jansen', yearly.id, 'pdf')).body;
    const yearlyText = pdfText(yearlyPdf);
    for (const expected of [r.yearly.title.replace('{{year}}', String(year)), r.yearly.figuresHeading.replace('{{year}}', String(year)), r.figure.logged, r.figure.actionsOverdue, r.yearly.annexHeading, r.yearly.questionsHeading])
      expect(yearlyText.replace(/\s+/g, ' ')).toContain(expected);
    expect(yearlyText).not.toMatch(RAW_KEY);
    // The border-effects section: the year's screening, counted as the register counts it.
    const [screening] = await t.dataSource.query(
      `SELECT count(*)::int AS consultations, count(*) FILTER (WHERE c.border_relevant)::int AS relevant, count(*) FILTER (WHERE c.border_relevant AND c.test_carried_out)::int AS tested
         FROM consultation c JOIN screening_round r ON r.id = c.round_id WHERE r.year = $1`,
      [year],
    );
    const intro = screening.consultations
      ? r.yearly.borderEffectsIntro.replace('{{year}}', String(year)).replace('{{consultations}}', String(screening.consultations)).replace('{{relevant}}', String(screening.relevant)).replace('{{tested}}', String(screening.tested))
      : r.yearly.noScreening.replace('{{year}}', String(year));
    expect(yearlyText.replace(/\s+/g, ' ')).toContain(r.yearly.borderEffectsHeading);
    expect(yearlyText.replace(/\s+/g, ' ')).toContain(intro);

    // Tagged, fonts embedded, in the report's language.
    writeFileSync(join(work, `yearly-${language}.pdf`), yearlyPdf);
    const info = tool('pdfinfo', [join(work, `yearly-${language}.pdf`)]);
    expect(info).toMatch(/Tagged:\s+yes/);
    const fonts = tool('pdffonts', [join(work, `yearly-${language}.pdf`)]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/DejaVuSans.*\byes\s+yes\s+yes\b/);

    for (const [report, pdf] of [[pack, packText], [yearly, yearlyText]] as const) {
      const docx = await downloadReport(t.app, 'femke.jansen', report.id, 'docx');
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      const content = await docxContent(docx.body);
      expect(content.styles).toContain('w:styleId="Heading1"');
      expect(content.headings.filter((h) => h.level === 1).length).toBeGreaterThanOrEqual(3);
      // The same chapters, as Word headings, as in the PDF.
      const flat = pdf.replace(/\s+/g, ' ');
      for (const h of content.headings.filter((x) => x.level <= 2)) expect(flat).toContain(h.text.replace(/\s+/g, ' '));
      expect(content.hyperlinks).toBeGreaterThan(0);
      expect(content.text).not.toMatch(RAW_KEY);
      // Every reference links to its record at the portal's public address.
      expect(content.targets.length).toBeGreaterThan(0);
      for (const target of content.targets) expect(target).toMatch(/^https:\/\/grensportaal\.example\/bottlenecks(\/[A-Z]+-\d{4}-\d{3}|\?.+)?$/);
    }
  });

  it('marks an item whose text exists only in another language', async () => {
    const [next]: Array<{ id: string }> = await t.dataSource.query(`SELECT c.id FROM conference c JOIN agenda a ON a.id = c.agenda_id WHERE a.code = 'NL-NRW' AND c.status = 'PLANNED' AND c.place = 'Kleve'`);
    const pack = await generateReport(femke, { kind: 'CONFERENCE_PACK', conferenceId: next.id, language: 'en' });
    const text = pdfText((await downloadReport(t.app, 'femke.jansen', pack.id, 'pdf')).body).replace(/\s+/g, ' ');
    expect(text).toMatch(/\(only in (Dutch|German)\)/);
  });

  it('marks a report whose process went away while writing it as failed when the API starts again, so its requester can ask again', async () => {
    const [row] = await t.dataSource.query(
      `INSERT INTO generated_report (kind, agenda_ids, year, language, status, progress, requested_by_id, requested_by_name, requested_at)
       SELECT 'YEARLY', ARRAY(SELECT id FROM agenda), 2026, 'nl', 'RUNNING', 40, id, display_name, now() - interval '2 hours' FROM app_user WHERE username = 'femke.jansen' RETURNING id`,
    );
    const fresh = await generateReport(femke, { kind: 'YEARLY', year, language: 'nl' });
    await t.app.get(ReportService).onApplicationBootstrap();
    const states: Array<{ id: string; status: string }> = await t.dataSource.query('SELECT id, status FROM generated_report WHERE id = ANY($1)', [[row.id, fresh.id]]);
    expect(Object.fromEntries(states.map((r) => [r.id, r.status]))).toEqual({ [row.id]: 'FAILED', [fresh.id]: 'DONE' });
  });

  it('opens in LibreOffice, which converts the DOCX to PDF without error', async () => {
    const yearly = await generateReport(femke, { kind: 'YEARLY', year, language: 'de' });
    const docx = join(work, 'sachstandsbericht.docx');
    writeFileSync(docx, (await downloadReport(t.app, 'femke.jansen', yearly.id, 'docx')).body);
    tool('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { timeout: 120_000 });
    const converted = pdfText(readFileSync(join(work, 'sachstandsbericht.pdf')));
    expect(converted).toContain(resources.de.report.yearly.title.replace('{{year}}', String(year)).split(' ')[0]);
    expect(converted).toContain(resources.de.report.yearly.annexHeading);
  }, 150_000);
});
