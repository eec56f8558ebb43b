import { expect, test } from '@playwright/test';
import { checkPage, openAs } from './support';

/**
 * A form tells everything that is wrong in one round, in the words of its
 * labels, with links to the fields; a saved draft survives Back; and a
 * confirmation belongs to the step it confirms, not to the next one.
 */
test('an empty "log a bottleneck" form lists every missing field at once, each a link to its field', async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'katrin.schulz', 'de');
  await page.goto('/bottlenecks/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Hindernis melden' })).toBeVisible();

  await page.getByRole('button', { name: 'Beim Sekretariat einreichen' }).click();
  const summary = page.locator('.gp-error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  const labels = ['Thema', 'Gebiet', 'Titel', 'Beschreibung', 'Warum es gelöst werden sollte', 'Art des Hindernisses'];
  await expect(summary.getByRole('heading')).toHaveText(`Es gibt ${labels.length} Probleme mit Ihren Angaben`);
  const links = summary.getByRole('link');
  await expect(links).toHaveText(labels.map((label) => `${label} ist ein Pflichtfeld.`));
  await checkPage(page, testInfo, 'f1-every-problem-at-once');

  for (const label of labels) {
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await summary.getByRole('link', { name: `${label} ist ein Pflichtfeld.` }).press('Enter');
    await expect(field).toBeFocused();
  }
  // Nothing went to the server: no bottleneck was made.
  await expect(page).toHaveURL(/\/bottlenecks\/new$/);

  // A title over 200 characters is counted, not cut.
  await page.getByLabel('Titel', { exact: true }).fill('x'.repeat(205));
  await expect(page.getByText('5 Zeichen zu viel')).toBeVisible();
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('x'.repeat(205));
  await page.context().close();
});

test('Back after saving a draft returns to the saved draft, and each confirmation replaces the one before', async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'katrin.schulz', 'de');
  const title = `Anerkennung von Pflegekräften über die Grenze ${Date.now()}`;
  await page.goto('/bottlenecks/new');
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Art des Hindernisses', { exact: true }).selectOption('ADMINISTRATIVE_RULE');
  await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
  await page.waitForURL(/\/bottlenecks\/NRW-\d{4}-\d{3}$/);
  const reference = page.url().split('/').pop()!;
  await expect(page.getByText('Das Hindernis wurde als Entwurf gespeichert.')).toBeVisible();
  await checkPage(page, testInfo, 'f2-draft-saved');

  await page.goBack();
  await page.waitForURL(`**/bottlenecks/${reference}/edit`);
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title);
  // The confirmation of the saved draft stays with its page.
  await expect(page.getByText('Das Hindernis wurde als Entwurf gespeichert.')).toHaveCount(0);
  await checkPage(page, testInfo, 'f3-back-to-the-draft');

  await page.getByLabel('Gebiet', { exact: true }).fill('Kreis Borken – Achterhoek');
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await page.waitForURL(`**/bottlenecks/${reference}`);
  await expect(page.getByText('Ihre Änderungen wurden gespeichert.')).toBeVisible();
  await expect(page.getByText('Das Hindernis wurde als Entwurf gespeichert.')).toHaveCount(0);
  await checkPage(page, testInfo, 'f4-one-confirmation');
  await page.context().close();
});
