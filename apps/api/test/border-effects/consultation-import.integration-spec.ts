import request from 'supertest';
import ExcelJS from 'exceljs';
import { as, Client } from '../support/domain';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';
import { tokenOf } from '../exchange/exchange-support';
import { openRound } from './consultation-support';

interface Plan {
  committed: boolean;
  created: number;
  refused: number;
  skipped: number;
  sheet: string;
  ignoredColumns: string[];
  rows: Array<{ row: number; outcome: string; title: string | null; notes: string[]; problems: Array<{ column: string | null; rule: string; message: string }> }>;
}

const HEADINGS = ['Nr.', 'Titel', 'Verantwoordelijk ministerie', 'Webadres van de consultatie', 'Consultatie opent', 'Consultatie sluit', 'Soort', 'Grensrelevant', 'Reden', 'Grenseffectentoets uitgevoerd', 'Wie het raakt', 'Betrokken buurlanden', 'Opmerking intern'];

/** The screening sheet as the secretariat keeps it: a title row, the heading row, and the consultations of the half-year. */
async function screeningSheet(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Screening 2031-H1');
  sheet.addRow(['Screening internetconsultaties, eerste halfjaar 2031']);
  sheet.addRow(HEADINGS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const GOOD = [
  1,
  'Wetsvoorstel kinderopvangtoeslag voor grensarbeiders',
  'Sociale Zaken en Werkgelegenheid',
  'https://www.internetconsultatie.nl/kinderopvang-grensarbeiders',
  new Date(Date.UTC(2031, 1, 3)),
  new Date(Date.UTC(2031, 2, 17)),
  'Wet',
  'ja',
  'Raakt ouders die in Duitsland of België wonen en in Nederland werken.',
  'nee',
  'Grensarbeiders, Bedrijven',
  'NRW; Vlaanderen',
  'niet overnemen',
];

/**
 * The half-yearly screening sheet into an open round, through the import's
 * reader: headings recognised as the portal labels the fields, a dry run
 * that writes nothing, a commit of the accepted rows with their history
 * naming the file, rows already in the round skipped, refusals named by row,
 * column and rule in the reader's language; for the secretariat only.
 */
describe('importing a screening round from a sheet', () => {
  let t: TestApp;
  let secretariat: Client;
  let round: { id: string; code: string };

  beforeAll(async () => {
    t = await createTestApp({ MUTATION_RATE_LIMIT: '100000' });
    await resetDatabase(t.dataSource);
    await t.app.init();
    secretariat = as(t.app, 'femke.jansen');
    round = await openRound(secretariat, 2031, 1);
  });

  afterAll(() => t?.close());

  const send = async (username: string, content: Buffer, fileName: string, commit: boolean, language = 'nl', roundId = round.id, readerLanguage = 'en') =>
    request(t.app.getHttpServer())
      .post(`/border-effects/rounds/${roundId}/import`)
      .set('authorization', `Bearer ${await tokenOf(username)}`)
      .set('accept-language', readerLanguage)
      .field('language', language)
      .field('commit', String(commit))
      .attach('file', content, fileName);
  const counts = async () => (await t.dataSource.query(`SELECT (SELECT count(*) FROM consultation)::int AS c, (SELECT count(*) FROM history_entry)::int AS h`))[0];

  it('a dry run shows row by row what would be recorded and writes nothing; the commit records the accepted rows; a second commit skips them', async () => {
    const content = await screeningSheet([
      GOOD,
      [2, 'Regeling netcongestie grensprojecten', 'IenW', 'https://www.internetconsultatie.nl/netcongestie', '2031-04-01', '2031-03-01', 'Verordening', 'ja', 'Raakt Eems-Dollard.', 'ja'],
      [],
      [4, 'Wetsvoorstel kinderopvangtoeslag (dubbel)', 'SZW', 'https://www.internetconsultatie.nl/kinderopvang-grensarbeiders', '03-02-2031', '17-03-2031', 'Wet'],
    ]);
    const before = await counts();
    const dry = await send('femke.jansen', content, 'screening 2031-H1.xlsx', false);
    expect(dry.status).toBe(201);
    const plan = dry.body as Plan;
    expect(plan).toMatchObject({ committed: false, created: 1, refused: 2, skipped: 1, sheet: 'Screening 2031-H1', ignoredColumns: ['Nr.', 'Opmerking intern'] });
    expect(plan.rows.map((r) => [r.row, r.outcome])).toEqual([
      [3, 'CREATED'],
      [4, 'REFUSED'],
      [5, 'SKIPPED'],
      [6, 'REFUSED'],
    ]);
    expect(plan.rows[1].problems.map((p) => [p.column, p.rule])).toEqual([['Soort', 'unknownWord']]);
    expect(plan.rows[1].problems[0].message).toBe('Row 4, column “Soort”: “Verordening” is not one of the values this column takes.');
    expect(plan.rows[3].problems[0]).toMatchObject({ column: 'Webadres van de consultatie', rule: 'duplicateConsultation' });
    expect(plan.rows[3].problems[0].message).toContain('row 3');
    expect(await counts()).toEqual(before);

    const committed = (await send('femke.jansen', content, 'screening 2031-H1.xlsx', true)).body as Plan;
    expect(committed).toMatchObject({ committed: true, created: 1, refused: 2, skipped: 1 });
    const [row] = await t.dataSource.query(
      `SELECT c.title->>'text' AS title, c.title->>'lang' AS lang, o.code AS ministry, c.kind, c.period_start::text AS start, c.period_end::text AS "end", c.border_relevant, c.test_carried_out,
              c.affected_groups, c.neighbours, h.source->>'fileName' AS file
         FROM consultation c JOIN organisation o ON o.id = c.ministry_id JOIN history_entry h ON h.entity_id = c.id WHERE c.round_id = $1`,
      [round.id],
    );
    expect(row).toEqual({
      title: GOOD[1],
      lang: 'nl',
      ministry: 'SZW',
      kind: 'LAW',
      start: '2031-02-03',
      end: '2031-03-17',
      border_relevant: true,
      test_carried_out: false,
      affected_groups: ['CROSS_BORDER_WORKERS', 'BUSINESSES'],
      neighbours: ['DE_NRW', 'BE_VL'],
      file: 'screening 2031-H1.xlsx',
    });

    const again = (await send('femke.jansen', content, 'screening 2031-H1.xlsx', true)).body as Plan;
    expect(again).toMatchObject({ created: 0, refused: 1, skipped: 3 });
    expect(again.rows[0].notes).toEqual(['Already in the round (same web address); skipped.']);
    // The round's figures count the imported consultation like one typed in.
    const figures = await secretariat<{ borderEffectsFigures: { rounds: Array<{ round: { id: string }; totals: { consultations: number; borderRelevant: number; withoutTest: number } }> } }>(
      '{ borderEffectsFigures { rounds { round { id } totals { consultations borderRelevant withoutTest } } } }',
    );
    expect(figures.data!.borderEffectsFigures.rounds.find((r) => r.round.id === round.id)!.totals).toEqual({ consultations: 1, borderRelevant: 1, withoutTest: 1 });
  });

  it('reads a CSV with German headings, its texts in German, and names refusals in the reader’s language', async () => {
    const csv = [
      'Titel;Zuständiges Ministerium;Webadresse der Konsultation;Konsultation beginnt;Konsultation endet;Art;Grenzrelevant;Begründung',
      'Gesetzentwurf Anerkennung von Pflegeabschlüssen;Ministerie van Volksgezondheid, Welzijn en Sport;https://www.internetconsultatie.nl/pflege;01.03.2031;12.04.2031;Gesetz;ja;Betrifft Pflegekräfte aus Niedersachsen.',
      'Regelung ohne Ministerium;;https://www.internetconsultatie.nl/ohne;01.03.2031;12.04.2031;Gesetz;nein;Keine.',
    ].join('\n');
    const res = await send('femke.jansen', Buffer.from(csv, 'utf8'), 'screening.csv', true, 'de', round.id, 'de');
    const plan = res.body as Plan;
    expect(plan).toMatchObject({ created: 1, refused: 1 });
    expect(plan.rows[1].problems[0].message).toMatch(/^Zeile 3, Spalte „Zuständiges Ministerium“/);
    const [row] = await t.dataSource.query(`SELECT title->>'lang' AS lang, border_relevant FROM consultation WHERE url = 'https://www.internetconsultatie.nl/pflege'`);
    expect(row).toEqual({ lang: 'de', border_relevant: true });
  });

  it('is for the secretariat only, into an open round, from a sheet it can read', async () => {
    const content = await screeningSheet([GOOD]);
    for (const username of ['anna.degroot', 'miriam.vos', 'hendrik.mulder']) expect((await send(username, content, 's.xlsx', false)).status).toBe(403);
    const other = await openRound(secretariat, 2031, 2);
    await secretariat('mutation($input: ScreeningRoundChangeInput!) { closeScreeningRound(input: $input) { id } }', { input: { id: other.id, version: 1 } });
    const closed = await send('femke.jansen', content, 's.xlsx', false, 'nl', other.id);
    expect(closed.status).toBe(400);
    expect(closed.body.errors[0].extensions.fields).toEqual([expect.objectContaining({ field: 'roundId', rule: 'roundOpen' })]);
    const unreadable = await send('femke.jansen', Buffer.from('PK\u0003\u0004 not a workbook'), 's.xlsx', false);
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.errors[0].extensions.code).toBe('FILE_UNREADABLE');
    const noHeadings = await send('femke.jansen', Buffer.from('a;b;c\n1;2;3\n'), 's.csv', false);
    expect(noHeadings.body.errors[0].extensions.code).toBe('NO_HEADER_ROW');
  });
});
