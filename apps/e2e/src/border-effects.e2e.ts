import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { arrowTo, checkPage, chooseFilesWithKeyboard, countPointerEvents, openAs, pointerEvents, press, settled, tabTo, typeInto } from './support';

/** Picks the option of a select whose text matches, with the keyboard: from the first option down. */
async function choose(page: Page, select: ReturnType<Page['getByLabel']>, option: RegExp): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.press('Home');
  await arrowTo(page, select, async () => option.test((await select.locator('option:checked').textContent()) ?? ''));
}

/** Types a date into a date field's segments, in Dutch order (day, month, year). */
async function typeDate(page: Page, group: ReturnType<Page['getByRole']>, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await tabTo(page, group.locator('.gp-date-field__segment[role="spinbutton"]').first());
  await page.keyboard.type(`${d}${m}${y}`);
}

test('the secretariat opens a screening round, records a border-relevant consultation without a test and asks the ministry, the ministry answers, the secretariat links it to a bottleneck and sees the figures change, with the keyboard alone', async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'femke.jansen', 'nl', true);
  await countPointerEvents(page);
  // The reference of the demo bottleneck on telework, as the list shows it.
  await page.goto('/bottlenecks?text=Thuiswerken%20door%20grensarbeiders');
  await settled(page);
  const reference = ((await page.getByRole('row', { name: /Thuiswerken door grensarbeiders/ }).first().textContent()) ?? '').match(/NRW-\d{4}-\d{3}/)![0];

  await press(page, page.getByRole('navigation').getByRole('link', { name: 'Grenseffecten' }));
  await page.waitForURL('**/border-effects');
  await expect(page.getByRole('heading', { level: 1, name: 'Grenseffecten' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Screeningsrondes en hun cijfers/ })).toContainText('Afgesloten');
  await checkPage(page, testInfo, 'g1-border-effects');

  // A round of a half-year no other run used: the register is shared by every journey and provider.
  const form = page.locator('form', { has: page.getByRole('group', { name: 'Een screeningsronde openen' }) });
  let round = '';
  for (let attempt = 0; attempt < 8 && !round; attempt += 1) {
    const year = 2040 + Math.floor(Math.random() * 60);
    const half = 1 + Math.floor(Math.random() * 2);
    const yearField = form.getByLabel('Jaar', { exact: true });
    await tabTo(page, yearField);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(year));
    await choose(page, form.getByLabel('Halfjaar'), half === 1 ? /H1/ : /H2/);
    await press(page, form.getByRole('button', { name: 'Ronde openen' }));
    const opened = page.getByText('De screeningsronde is geopend.');
    const exists = page.getByText(/bestaat al/).first();
    await expect(opened.or(exists)).toBeVisible();
    if (await opened.isVisible()) round = `${year}-H${half}`;
  }
  expect(round).not.toBe('');
  const rounds = page.getByRole('table', { name: /^Screeningsrondes en hun cijfers/ });
  await expect(rounds.getByRole('row', { name: new RegExp(`^${round}`) })).toContainText('Open');

  // The consultation, recorded and screened at once: border-relevant, no border-effects test.
  // The link offers the latest open round (ours, unless another run left a later one open); the form lets one choose.
  await press(page, page.getByRole('link', { name: /^Een consultatie vastleggen in ronde / }));
  await page.waitForURL('**/border-effects/consultations/new**');
  await expect(page.getByRole('heading', { level: 1, name: 'Een consultatie vastleggen' })).toBeVisible();
  await choose(page, page.getByLabel('Screeningsronde'), new RegExp(`^${round}$`));
  const title = `Wetsvoorstel grensoverschrijdende kinderopvang ${Date.now().toString(36)}`;
  await typeInto(page, page.getByLabel('Titel', { exact: true }), title);
  await choose(page, page.getByLabel('Verantwoordelijk ministerie'), /Sociale Zaken/);
  await choose(page, page.getByLabel('Soort', { exact: true }), /^Wet$/);
  await typeInto(page, page.getByLabel('Webadres van de consultatie'), 'https://www.internetconsultatie.nl/kinderopvang-grens');
  await typeDate(page, page.getByRole('group', { name: 'Consultatie opent' }), '2041-02-02');
  await typeDate(page, page.getByRole('group', { name: 'Consultatie sluit' }), '2041-03-16');
  await choose(page, page.getByLabel('Grensrelevant', { exact: true }), /^Ja$/);
  await typeInto(page, page.getByLabel('Reden'), 'Raakt ouders die in Duitsland wonen en in Nederland werken.');
  await choose(page, page.getByLabel('Grenseffectentoets uitgevoerd'), /^Nee$/);
  await choose(page, page.getByLabel('Effecten', { exact: true }), /^Negatief$/);
  await tabTo(page, page.getByRole('checkbox', { name: 'Grensarbeiders' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: 'Duitsland / Noordrijn-Westfalen' }));
  await page.keyboard.press('Space');
  await checkPage(page, testInfo, 'g2-new-consultation');
  await press(page, page.getByRole('button', { name: 'Consultatie vastleggen' }));
  await page.waitForURL(/\/border-effects\/consultations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Grensrelevant', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Screening' })).toContainText('Grensarbeiders');
  await expect(page.getByRole('region', { name: 'Screening' })).toContainText('Raakt ouders die in Duitsland wonen');

  // The ministry is asked to confirm or complete the border-effects information, as any question to a ministry.
  await press(page, page.getByRole('button', { name: 'SZW een vraag stellen over deze consultatie' }));
  const ask = page.getByRole('dialog');
  await expect(ask.getByLabel('Ministerie')).toHaveValue('SZW');
  await typeInto(page, ask.getByLabel('Vraag', { exact: true }), 'Wordt de grenseffectentoets alsnog uitgevoerd, en waar wordt die verantwoord?');
  await checkPage(page, testInfo, 'g3a-ask-ministry');
  await press(page, ask.getByRole('button', { name: 'Vraag stellen' }));
  await expect(page.getByText('De vraag is naar het ministerie gestuurd.')).toBeVisible();
  const questions = page.getByRole('region', { name: 'Vragen aan het ministerie' });
  await expect(questions).toContainText('Wordt de grenseffectentoets alsnog uitgevoerd');

  // The SZW liaison, in English, answers it from her inbox, with the keyboard alone.
  const ministry = await openAs(browser, testInfo, 'miriam.vos', 'en', true);
  await countPointerEvents(ministry);
  const card = ministry.getByRole('region', { name: /Questions to Ministry of Social Affairs/ }).getByRole('article').filter({ hasText: title });
  await expect(card.getByRole('heading')).toContainText(round);
  await press(ministry, card.getByRole('link', { name: 'Answer the question' }));
  await expect(ministry.getByRole('region', { name: 'About the consultation' })).toContainText(title);
  const answer = 'The test will be carried out before the bill goes to the Council of State and reported in section 6 of the explanatory memorandum.';
  await typeInto(ministry, ministry.getByLabel('Answer', { exact: true }), answer);
  await checkPage(ministry, testInfo, 'g3b-ministry-answers');
  await press(ministry, ministry.getByRole('button', { name: 'Send the answer' }));
  await ministry.waitForURL('**/home');
  await expect(ministry.getByText('Your answer has been sent to the secretariat.')).toBeVisible();
  expect(await pointerEvents(ministry)).toBe(0);
  await ministry.context().close();

  // The secretariat reads the answer beside the consultation.
  await page.reload();
  await expect(questions).toContainText(answer);
  await expect(questions.getByRole('button', { name: 'Antwoord aanvaarden' })).toBeVisible();

  // Linked to the telework bottleneck; the link is in the consultation's history.
  await typeInto(page, page.getByLabel('Kenmerk van het knelpunt'), reference);
  await press(page, page.getByRole('button', { name: 'Koppelen', exact: true }));
  await expect(page.getByText(`${reference} is gekoppeld.`)).toBeVisible();
  const linked = page.getByRole('region', { name: 'Gekoppelde knelpunten' });
  await expect(linked.getByRole('link', { name: new RegExp(`^${reference} Thuiswerken door grensarbeiders`) })).toBeVisible();
  const history = page.getByRole('region', { name: 'Geschiedenis' });
  await expect(history).toContainText('Gekoppeld');
  await expect(history).toContainText('Aangemaakt');
  await checkPage(page, testInfo, 'g3-consultation');

  // The figures count it: one consultation in the round, border-relevant, without a test.
  await press(page, page.getByRole('link', { name: 'Terug naar grenseffecten' }));
  await page.waitForURL('**/border-effects?round=**');
  const row = page.getByRole('table', { name: /^Screeningsrondes en hun cijfers/ }).getByRole('row', { name: new RegExp(`^${round}`) });
  // Status, consultations, screened, border-relevant, tested, tested and reported, share tested, the step.
  await expect(row.getByRole('cell')).toHaveText([/^Open$/, /^1$/, /^1$/, /^1$/, /^0$/, /^0$/, /^0\s?%$/, /afsluiten/]);
  await expect(page.getByRole('table', { name: `Ronde ${round} per ministerie` })).toContainText('Ministerie van Sociale Zaken en Werkgelegenheid');
  await expect(page.getByRole('status').filter({ hasText: /consultatie/ })).toHaveText('1 consultatie');

  // Closing the round, every consultation in it screened.
  await press(page, row.getByRole('button', { name: `Ronde ${round} afsluiten` }));
  await expect(page.getByText(`Ronde ${round} is afgesloten.`)).toBeVisible();
  await expect(row).toContainText('Afgesloten');
  await checkPage(page, testInfo, 'g4-figures');
  expect(await pointerEvents(page)).toBe(0);
});

test('a German partner reads the register in German, flags a consultation for the border of North Rhine-Westphalia and comments on it', async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'katrin.schulz', 'de', true);
  await page.goto('/border-effects');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Grenzeffekte' })).toBeVisible();
  await checkPage(page, testInfo, 'g5-grenzeffekte');
  await press(page, page.getByRole('link', { name: /Wetsvoorstel gegevensdeling|Datenaustausch bei der Bekämpfung/ }));
  await page.waitForURL(/\/border-effects\/consultations\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Gesetzentwurf zum Datenaustausch bei der Bekämpfung organisierter Kriminalität' })).toBeVisible();
  const flags = page.getByRole('region', { name: 'Von Partnern markiert' });
  const note = `Betrifft die Zusammenarbeit der Polizei am Niederrhein (${Date.now().toString(36)}).`;
  const field = flags.getByLabel('Warum sie an Ihrer Grenze eine Rolle spielt');
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(note);
  await press(page, flags.getByRole('button', { name: /^(Markieren|Erläuterung speichern)$/ }));
  await expect(page.getByText('Die Markierung Ihrer Organisation ist gespeichert.')).toBeVisible();
  await expect(flags.getByRole('listitem').filter({ hasText: note })).toContainText('Staatskanzlei');
  // And comments on it, for everyone signed in to read.
  const comment = `Bitte auch die Kreispolizeibehörde Kleve beteiligen (${Date.now().toString(36)}).`;
  await typeInto(page, page.getByLabel('Kommentar hinzufügen'), comment);
  await press(page, page.getByRole('button', { name: 'Kommentar veröffentlichen' }));
  await expect(page.getByText('Ihr Kommentar wurde veröffentlicht.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kommentare' }).getByText(comment)).toBeVisible();
  await checkPage(page, testInfo, 'g6-konsultation');

  // The dashboard shows the screening's figures too.
  await press(page, page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }));
  await page.waitForURL('**/dashboard');
  const section = page.getByRole('region', { name: 'Grenzeffekte neuer Rechtsvorschriften' });
  await expect(section.getByRole('table', { name: /^Screening-Runden und ihre Zahlen/ })).toContainText(/\d{4}-H[12]/);
  await expect(section.getByRole('link', { name: 'Zum Screening der Konsultationen' })).toBeVisible();
});

test('the secretariat reads the consultations of the open round from a screening sheet: a dry run row by row, then the record, with the keyboard alone', async ({ browser }, testInfo) => {
  const run = Date.now().toString(36);
  const dir = mkdtempSync(join(tmpdir(), 'grensportaal-e2e-screening-'));
  const sheet = join(dir, `screening-${run}.csv`);
  writeFileSync(
    sheet,
    [
      'Titel;Verantwoordelijk ministerie;Webadres van de consultatie;Consultatie opent;Consultatie sluit;Soort;Grensrelevant;Reden',
      `Wetsvoorstel grensoverschrijdend leerlingenvervoer ${run};OCW;https://www.internetconsultatie.nl/leerlingenvervoer-${run};02-03-2026;13-04-2026;Wet;ja;Raakt leerlingen die over de grens naar school gaan.`,
      `Regeling zonder soort ${run};SZW;https://www.internetconsultatie.nl/zonder-soort-${run};02-03-2026;13-04-2026;Verordening;nee;Geen.`,
    ].join('\n'),
  );
  const page = await openAs(browser, testInfo, 'femke.jansen', 'nl', true);
  await countPointerEvents(page);
  await page.goto('/border-effects');
  await settled(page);
  await press(page, page.getByRole('link', { name: /^Consultaties in ronde \d{4}-H[12] inlezen uit een spreadsheet$/ }));
  await page.waitForURL(/\/border-effects\/rounds\/[0-9a-f-]{36}\/import$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Consultaties inlezen uit een spreadsheet' })).toBeVisible();
  await chooseFilesWithKeyboard(page, page.getByLabel('Screeningsoverzicht'), [sheet]);
  await press(page, page.getByRole('button', { name: 'Bestand controleren' }));
  await expect(page.getByText(`1 vast te leggen, 1 geweigerd, 0 overgeslagen (blad „screening-${run}.csv”).`)).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Rij 3, kolom „Soort”: „Verordening” is geen van de waarden die deze kolom kent.');
  await checkPage(page, testInfo, 'g7-import-dry-run');
  await press(page, page.getByRole('button', { name: '1 consultatie vastleggen' }));
  await expect(page.getByText(/^1 consultatie vastgelegd in ronde \d{4}-H[12] uit screening-/)).toBeVisible();
  await checkPage(page, testInfo, 'g8-import-done');
  await press(page, page.getByRole('link', { name: 'Terug naar grenseffecten' }).last());
  await page.waitForURL('**/border-effects?round=**');
  await expect(page.getByRole('link', { name: `Wetsvoorstel grensoverschrijdend leerlingenvervoer ${run}` })).toBeVisible();
  expect(await pointerEvents(page)).toBe(0);
});
