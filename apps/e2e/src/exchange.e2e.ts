import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { checkPage, countPointerEvents, openAs, pointerEvents, press, tabTo } from './support';

/** The example province sheet (a copy of ../shared/examples/import), with its own numbers made unique per run, so each run imports it afresh. */
async function exampleSheet(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(__dirname, '..', '..', 'api', 'test', 'fixtures', 'grensbelemmeringen-gelderland-2025.xlsx'));
  const sheet = workbook.worksheets[0];
  const run = Date.now().toString(36);
  sheet.eachRow((row, n) => {
    const cell = row.getCell(1);
    if (n > 4 && typeof cell.value === 'string' && cell.value.startsWith('GLD-')) cell.value = `${cell.value}-${run}`;
  });
  const file = join(mkdtempSync(join(tmpdir(), 'grensportaal-e2e-')), 'grensbelemmeringen-gelderland-2025.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

test('the secretariat imports a province sheet (mapping, dry run, commit) and exports the agenda in three languages, with the keyboard alone', async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'femke.jansen', 'nl', true);
  await countPointerEvents(page);

  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Importeren' }));
  await page.keyboard.press('Enter');
  await page.waitForURL('**/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Een spreadsheet importeren' })).toBeVisible();
  await checkPage(page, testInfo, 'io1-import-upload');

  const agenda = page.getByLabel('Agenda waarin u importeert');
  await tabTo(page, agenda);
  await agenda.selectOption('NL-NRW');
  await page.getByLabel(/^Spreadsheet \(\.xlsx of \.csv/).setInputFiles(await exampleSheet());
  await press(page, page.getByRole('button', { name: 'Uploaden en inlezen' }));

  await expect(page.getByRole('heading', { level: 2, name: '2. Kolommen en waarden' })).toBeFocused();
  await expect(page.getByText('Blad Grensbelemmeringen: kopregel 4')).toBeVisible();
  await expect(page.getByLabel('Komt in: Onderwerp')).toHaveValue('title');
  await expect(page.getByLabel('Komt in: Trekker')).toHaveValue('reporter');
  await checkPage(page, testInfo, 'io2-import-mapping');
  // The organisations the import did not know are the province's own.
  for (const value of ['Gemeente Zevenaar', 'Veiligheidsregio Gelderland-Midden', 'SVB']) {
    const select = page.getByLabel(`Betekent: ${value}`);
    await tabTo(page, select);
    await select.selectOption('GLD');
  }
  await press(page, page.getByRole('button', { name: 'Controleren: proefrun' }));

  await expect(page.getByRole('heading', { level: 2, name: '3. Proefrun' })).toBeFocused();
  await expect(page.getByText('9 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 geweigerd, 2 overgeslagen')).toBeVisible();
  await expect(page.getByText('Rij 11, kolom „Waarom oplossen?”: Waarom oplossen? is verplicht.')).toBeVisible();
  await checkPage(page, testInfo, 'io3-import-dry-run');
  const report = page.waitForEvent('download');
  await press(page, page.getByRole('button', { name: 'Proefrun downloaden als spreadsheet' }));
  expect((await report).suggestedFilename()).toBe('grensbelemmeringen-gelderland-2025-dry-run.xlsx');

  await press(page, page.getByRole('button', { name: '9 rijen importeren' }));
  await expect(page.getByRole('heading', { level: 2, name: '4. Klaar' })).toBeFocused();
  await expect(page.getByText('Geïmporteerd uit grensbelemmeringen-gelderland-2025.xlsx: 9 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 geweigerd.')).toBeVisible();
  await checkPage(page, testInfo, 'io4-import-done');

  await press(page, page.getByRole('link', { name: 'Geïmporteerde knelpunten tonen' }));
  await page.waitForURL('**/bottlenecks?agenda=NL-NRW*');
  await press(page, page.getByRole('button', { name: 'Exporteren…' }));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'De knelpunten exporteren' })).toBeVisible();
  await tabTo(page, dialog.getByRole('radio', { name: /^Mijn taal/ }));
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /^Alle drie de talen/ })).toBeChecked();
  await checkPage(page, testInfo, 'io5-export-menu');
  const exported = page.waitForEvent('download');
  await press(page, dialog.getByRole('button', { name: 'Exporteren', exact: true }));
  const file = await exported;
  expect(file.suggestedFilename()).toMatch(/^grensportaal-bottlenecks-all-\d+\.xlsx$/);
  await expect(dialog.getByText(/^De export is klaar/)).toBeVisible();
  await checkPage(page, testInfo, 'io6-export-done');

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await file.path())!);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Over deze export', 'Knelpunten', 'Acties']);
  const headings = (workbook.getWorksheet('Knelpunten')!.getRow(1).values as string[]).slice(1);
  expect(headings).toEqual(expect.arrayContaining(['Titel (NL)', 'Titel (DE)', 'Titel (EN)', 'Titel (DE): herkomst', 'Titel (DE): verouderd']));
  const titles: string[] = [];
  workbook.getWorksheet('Knelpunten')!.eachRow((row) => titles.push(String(row.getCell(headings.indexOf('Titel (NL)') + 1).value)));
  expect(titles).toContain('Thuiswerken door grensarbeiders');
  expect(await pointerEvents(page)).toBe(0);
});
