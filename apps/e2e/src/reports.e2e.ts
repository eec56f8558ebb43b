import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { arrowTo, checkPage, countPointerEvents, openAs, pointerEvents, press, tabTo } from './support';

/** A day `days` from today in Amsterdam, as the date field's segments take it in Dutch: day, month, year. */
function dutchDate(days: number): { digits: string; iso: string } {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
  const [y, m, d] = iso.split('-');
  return { digits: `${d}${m}${y}`, iso };
}

/** Waits for the report in `region` to be written (its progress is shown while it runs), then saves both of its files. */
async function downloadBoth(page: Page, region: Locator): Promise<{ docx: Download; pdf: Download }> {
  await expect(region.getByText('De rapportage is klaar.')).toBeVisible({ timeout: 60_000 });
  const docxDownload = page.waitForEvent('download');
  await press(page, region.getByRole('button', { name: 'Word downloaden (DOCX)' }));
  const docx = await docxDownload;
  const pdfDownload = page.waitForEvent('download');
  await press(page, region.getByRole('button', { name: 'Pdf downloaden' }));
  return { docx, pdf: await pdfDownload };
}

/** The downloaded PDF read back with poppler's pdftotext (Debian's poppler-utils, which .ci/run installs). */
function pdfText(file: string): string {
  try {
    return execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8').replace(/\s+/g, ' ');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('pdftotext is not installed: apt-get install -y poppler-utils', { cause: error });
    throw error;
  }
}

test('the secretariat records a held conference with its decisions, writes the pack for the next one and the yearly report, and downloads both, with the keyboard alone', async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'femke.jansen', 'nl', true);
  await countPointerEvents(page);
  const place = `Venlo ${Date.now().toString(36)}`;
  const held = dutchDate(-7);

  await page.goto('/agendas/NL-NRW');
  await press(page, page.getByRole('link', { name: 'Conferenties' }));
  await page.waitForURL('**/agendas/NL-NRW/conferences');
  await expect(page.getByRole('heading', { level: 1, name: /^Conferenties van Grenslandagenda/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Conferentie van 6 december 2023, Nijmegen$/ })).toBeVisible();
  await checkPage(page, testInfo, 'c1-conferences');

  // The conference of last week, planned after the fact.
  const plan = page.locator('form', { has: page.getByRole('group', { name: 'Een conferentie plannen' }) });
  await tabTo(page, plan.locator('.gp-date-field__segment[role="spinbutton"]').first());
  await page.keyboard.type(held.digits);
  await tabTo(page, plan.getByLabel('Plaats'));
  await page.keyboard.type(place);
  await tabTo(page, plan.getByLabel('Voorzitter'));
  await page.keyboard.type('Commissaris van de Koning in Limburg');
  await press(page, plan.getByRole('button', { name: 'Conferentie plannen' }));
  await expect(page.getByText('De conferentie is gepland.')).toBeVisible();
  const conference = page.getByRole('region', { name: new RegExp(`, ${place}$`) });
  await expect(conference).toBeVisible();

  // The ambulance bottleneck, in DECISION, put to it; the conference held; its decision recorded.
  const subject = conference.getByLabel('Knelpunt of actie');
  await arrowTo(page, subject, async () => /Grensoverschrijdende ambulancezorg/.test((await subject.locator('option:checked').textContent()) ?? ''));
  await press(page, conference.getByRole('button', { name: 'Agendapunt toevoegen' }));
  await expect(page.getByText('Het agendapunt is aan de conferentie voorgelegd.')).toBeVisible();
  await expect(conference.getByRole('table')).toContainText('Nog niet gehouden');
  await press(page, conference.getByRole('button', { name: /^Markeren als gehouden/ }));
  await expect(page.getByText(/^De conferentie is gemarkeerd als gehouden/)).toBeVisible();
  await press(page, conference.getByRole('button', { name: /^Besluit vastleggen/ }));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /^Besluit over NRW-\d{4}-\d{3}/ })).toBeVisible();
  await tabTo(page, dialog.getByLabel('Toelichting (zoals in het verslag)'));
  await page.keyboard.type('De pilot Kleef–Nijmegen wordt structureel; VWS werkt de bekostiging uit.');
  await checkPage(page, testInfo, 'c2-decide-dialog');
  await press(page, dialog.getByRole('button', { name: 'Besluit opslaan' }));
  await expect(page.getByText('Het besluit is vastgelegd.')).toBeVisible();
  await expect(conference.getByRole('table')).toContainText('Bekrachtigd');
  await expect(conference.getByRole('table')).toContainText('De pilot Kleef–Nijmegen wordt structureel');
  await checkPage(page, testInfo, 'c3-conference-held');

  // The pack for the next conference, in Kleve: progress, then both files.
  const next = page.getByRole('region', { name: /, Kleve$/ });
  await press(page, next.getByRole('button', { name: /^Conferentiestukken maken/ }));
  const pack = await downloadBoth(page, next);
  await checkPage(page, testInfo, 'c4-pack-ready');
  expect(pack.docx.suggestedFilename()).toMatch(/^Grensportaal-conferentiestukken-\d{4}-\d{2}-\d{2}-NL-NRW-nl\.docx$/);
  expect(pack.pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const packText = pdfText((await pack.pdf.path())!);
  expect(packText).toContain('Ter besluitvorming');
  // What changed is counted from the conference held last week.
  expect(packText).toContain(`Sinds de vorige conferentie (${new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(`${held.iso}T12:00:00Z`))}, ${place})`);
  expect(readFileSync((await pack.docx.path())!).subarray(0, 2).toString()).toBe('PK');

  // The yearly report of the whole programme, in German.
  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Rapportages' }));
  await page.keyboard.press('Enter');
  await page.waitForURL('**/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapportages' })).toBeVisible();
  await checkPage(page, testInfo, 'c5-reports');
  const form = page.locator('form', { has: page.getByRole('group', { name: 'Een rapportage maken' }) });
  await expect(form.getByRole('radio', { name: /^Voortgangsrapportage/ })).toBeChecked();
  const language = form.getByLabel('Taal van de rapportage');
  await arrowTo(page, language, async () => (await language.inputValue()) === 'de');
  await press(page, form.getByRole('button', { name: 'Maken', exact: true }));
  await expect(form.getByRole('progressbar').or(form.getByText('De rapportage is klaar.'))).toBeVisible();
  const yearly = await downloadBoth(page, form);
  expect(yearly.docx.suggestedFilename()).toMatch(/^Grensportaal-sachstandsbericht-\d{4}-programm-de\.docx$/);
  expect(pdfText((await yearly.pdf.path())!)).toContain('Sachstandsbericht grenzüberschreitende Zusammenarbeit');
  await expect(page.getByRole('table', { name: 'Gemaakte rapportages, nieuwste eerst' })).toContainText('Voortgangsrapportage');
  await checkPage(page, testInfo, 'c6-reports-ready');
  expect(await pointerEvents(page)).toBe(0);
});
