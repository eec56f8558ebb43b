import { expect, test } from '@playwright/test';
import { checkPage, countPointerEvents, openAs, pointerEvents, press, settled, tabTo } from './support';

test('a German partner searches the register for "Grenzgänger" from the header and finds the Dutch texts about grensarbeiders, with the keyboard alone', async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'jonas.hartmann', 'de', true);
  await countPointerEvents(page);

  // "/" anywhere puts the cursor in the header's search box.
  const box = page.getByRole('search', { name: 'Im Register suchen' }).getByRole('searchbox', { name: 'Im Register suchen' });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('Grenzgänger');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/search?q=Grenzg%C3%A4nger');
  await expect(page.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Ergebnisse? für „Grenzgänger“/ })).toBeVisible();
  await expect(page.getByText(/^Auch gesucht nach: .*grensarbeider/)).toBeVisible();

  // The Dutch-source bottleneck, shown in its German translation, and a question written only in Dutch, its snippet marked Dutch with the match highlighted.
  const results = page.getByRole('region', { name: 'Suchergebnisse' });
  const bottleneck = results.getByRole('link', { name: /^NRW-\d{4}-\d{3} Homeoffice von Grenzgängern/ });
  await expect(bottleneck).toBeVisible();
  const question = results.locator('article', { has: page.getByRole('link', { name: /^Anfrage an .* zu NRW-/ }) }).filter({ hasText: 'Past de SVB' });
  await expect(question.locator('p[lang="nl"] mark').first()).toHaveText('grensarbeiders');
  await expect(question.getByText('(auf Niederländisch)')).toBeVisible();
  await checkPage(page, testInfo, 's1-results');

  // A facet narrows the results at once; the address keeps it.
  const onlyQuestions = page.getByRole('checkbox', { name: /^Anfrage an ein Ministerium \(\d+\)$/ });
  await tabTo(page, onlyQuestions);
  await page.keyboard.press('Space');
  await page.waitForURL(/kind=QUESTION/);
  await expect(onlyQuestions).toBeChecked();
  await expect(onlyQuestions).toBeFocused();
  await expect(results.getByRole('link', { name: /^NRW-\d{4}-\d{3} Homeoffice/ })).toHaveCount(0);
  await checkPage(page, testInfo, 's2-filtered');

  // The result leads to the bottleneck; back, and a typo gets a spelling that finds something.
  await page.goBack();
  await expect(page).not.toHaveURL(/kind=/);
  await press(page, bottleneck);
  await page.waitForURL(/\/bottlenecks\/NRW-\d{4}-\d{3}$/);
  await settled(page);
  // The bottleneck page may still move focus to its content as it finishes loading: "/" until the box has it.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 1000 });
  }).toPass();
  await page.keyboard.type('Grenzgängr');
  await expect(box).toHaveValue('Grenzgängr');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/search?q=Grenzg%C3%A4ngr');
  const suggestion = page.getByRole('link', { name: 'grenzgänger', exact: true });
  await expect(page.getByText(/^Meinten Sie/)).toBeVisible();
  await expect(suggestion).toBeVisible();
  await press(page, suggestion);
  await page.waitForURL('**/search?q=grenzg%C3%A4nger');
  await expect(page.getByRole('region', { name: 'Suchergebnisse' }).getByRole('link', { name: /^NRW-\d{4}-\d{3} Homeoffice von Grenzgängern/ })).toBeVisible();
  expect(await pointerEvents(page)).toBe(0);
});

test('while a partner types the title of a new bottleneck, an existing similar one is suggested', async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'jonas.hartmann', 'de', true);
  await countPointerEvents(page);
  await page.goto('/bottlenecks/new');
  await settled(page);
  await tabTo(page, page.getByRole('textbox', { name: /^Titel/ }));
  await page.keyboard.type('Homeoffice für Grenzgänger im Münsterland');
  const similar = page.getByRole('region', { name: 'Möglicherweise schon gemeldet' });
  await expect(similar).toBeVisible();
  const link = similar.getByRole('link', { name: /^NRW-\d{4}-\d{3} Homeoffice von Grenzgängern/ });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('target', '_blank');
  await checkPage(page, testInfo, 's3-similar');
  expect(await pointerEvents(page)).toBe(0);
});
