import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { apiAs, checkPage, chooseFilesWithKeyboard, countPointerEvents, openAs, openTab, pointerEvents, press, tabTo, typeInto } from './support';

/** A small, valid PDF (one empty page), as a scanner and a browser take it. */
function minimalPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

test('a partner attaches two files with the keyboard, a ministry downloads one, the partner removes the other, and history shows both', async ({ browser }, testInfo) => {
  // Both identity providers' portals share one register: each run has files of its own, and counts from what is there.
  const run = `${testInfo.project.name}-${testInfo.repeatEachIndex}`;
  const dir = mkdtempSync(join(tmpdir(), 'grensportaal-e2e-documents-'));
  const memoName = `Notitie ambulancezorg Kleef ${run}`;
  const minutesName = `Verslag werkgroep 2026-11 ${run}`;
  const memo = join(dir, `${memoName}.pdf`);
  const minutes = join(dir, `${minutesName}.txt`);
  writeFileSync(memo, minimalPdf());
  writeFileSync(minutes, 'Verslag van de werkgroep grensoverschrijdende ambulancezorg, november 2026.\n');

  const api = await apiAs(testInfo, 'anna.degroot');
  const found = await api<{ bottlenecks: { edges: Array<{ node: { reference: string } }> } }>('{ bottlenecks(first: 5, filter: { text: "Rettungsdienst Kleve" }) { edges { node { reference } } } }');
  const reference = found.bottlenecks.edges[0].node.reference;

  // The partner, in Dutch, with the keyboard alone.
  const page = await openAs(browser, testInfo, 'anna.degroot', 'nl', true);
  await countPointerEvents(page);
  await page.goto(`/bottlenecks/${reference}`);
  const documentsTab = page.getByRole('tab', { name: /^Documenten \(\d+\)/ });
  const before = Number(/\((\d+)\)/.exec((await documentsTab.textContent()) ?? '')![1]);
  await openTab(page, documentsTab);
  const picker = page.getByLabel('Bestanden kiezen');
  await chooseFilesWithKeyboard(page, picker, [memo, minutes]);
  const title = page.getByRole('textbox', { name: 'Titel' }).first();
  await expect(title).toHaveValue(memoName);
  await tabTo(page, title);
  await page.keyboard.press('End');
  await page.keyboard.type(' (concept)');
  await typeInto(page, page.getByRole('textbox', { name: 'Omschrijving' }).first(), 'Eerste notitie over aanrijtijden en verzekering.');
  await checkPage(page, testInfo, 'at1-documents-chosen');
  await press(page, page.getByRole('button', { name: '2 bestanden uploaden' }));
  for (const name of [`${memoName}.pdf`, `${minutesName}.txt`]) {
    await expect(page.getByRole('progressbar', { name: `Upload van ${name}` })).toHaveAttribute('aria-valuenow', '100');
  }
  await expect(page.getByRole('tab', { name: `Documenten (${before + 2})` })).toBeVisible();
  const list = page.locator('.gp-attachment-list');
  await expect(list.getByRole('listitem')).toHaveCount(before + 2);
  await expect(list.getByText(`${memoName} (concept)`)).toBeVisible();
  await checkPage(page, testInfo, 'at2-documents-uploaded');

  // A ministry's liaison, in English, downloads the memo.
  const ministry = await openAs(browser, testInfo, 'miriam.vos', 'en');
  await ministry.goto(`/bottlenecks/${reference}`);
  await openTab(ministry, ministry.getByRole('tab', { name: `Documents (${before + 2})` }));
  await expect(ministry.getByRole('button', { name: `Remove “${memoName} (concept)”` })).toHaveCount(0);
  const download = ministry.waitForEvent('download');
  await press(ministry, ministry.getByRole('button', { name: `Download “${memoName} (concept)”` }));
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${memoName}.pdf`);
  expect(readFileSync(await file.path()).equals(readFileSync(memo))).toBe(true);
  await checkPage(ministry, testInfo, 'at3-documents-ministry');

  // The partner removes the minutes.
  await press(page, page.getByRole('button', { name: `“${minutesName}” verwijderen` }));
  await expect(page.getByText(`“${minutesName}” van dit item verwijderen? Het blijft voor de verantwoording bewaard.`)).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Ja, verwijderen' }));
  await expect(page.getByRole('tab', { name: `Documenten (${before + 1})` })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(before + 1);

  // History records both.
  await openTab(page, page.getByRole('tab', { name: 'Geschiedenis' }));
  const history = page.getByRole('tabpanel');
  const entry = (what: string, label: string) => history.getByRole('listitem').filter({ hasText: what }).filter({ hasText: label });
  await expect(entry('Document toegevoegd', `${memoName} (concept) (${memoName}.pdf)`)).toHaveCount(1);
  await expect(entry('Document toegevoegd', `${minutesName} (${minutesName}.txt)`)).toHaveCount(1);
  await expect(entry('Document verwijderd', `${minutesName} (${minutesName}.txt)`)).toHaveCount(1);
  await checkPage(page, testInfo, 'at4-documents-history');
  expect(await pointerEvents(page)).toBe(0);
});
