import { expect, test } from '@playwright/test';
import { arrowTo, checkPage, countPointerEvents, openAs, pointerEvents, press, tabTo } from './support';

const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date());

test('the secretariat opens the dashboard, filters to one agenda and one year, reads a chart as a table and opens the list behind a figure, with the keyboard alone', async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'femke.jansen', 'nl', true);
  await countPointerEvents(page);

  await press(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }));
  await page.waitForURL('**/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard van het programma' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Antwoorden van de ministeries op de vragen uit de periode' })).toBeVisible();
  await checkPage(page, testInfo, 'd1-dashboard');

  // One agenda, one year: the filter goes into the address.
  const agenda = page.getByLabel('Agenda', { exact: true });
  await arrowTo(page, agenda, async () => (await agenda.inputValue()) === 'NL-NRW');
  const period = page.getByLabel('Periode', { exact: true });
  await arrowTo(page, period, async () => (await period.inputValue()) === year);
  await press(page, page.getByRole('button', { name: 'Tonen', exact: true }));
  await page.waitForURL(`**/dashboard?agenda=NL-NRW&year=${year}`);
  await expect(page.getByText(`Van 1 januari ${year} tot en met 31 december ${year}`)).toBeVisible();
  // Only the chosen agenda's stages are shown.
  await expect(page.getByRole('table', { name: /^Tijd in elke fase: / })).toHaveCount(1);
  await expect(page.getByRole('table', { name: 'Tijd in elke fase: Grenslandagenda Nederland–Nordrhein-Westfalen' })).toBeVisible();

  // A chart read as a table: the same figures, with their quarters as row headers.
  const logged = page.getByRole('figure', { name: 'Knelpunten gemeld' });
  await press(page, logged.getByRole('button', { name: 'Als tabel tonen' }));
  await expect(logged.getByRole('button', { name: 'Als tabel tonen' })).toHaveAttribute('aria-pressed', 'true');
  await expect(logged.getByRole('table')).toBeVisible();
  await expect(logged.getByRole('rowheader', { name: `K4 ${year}` })).toBeVisible();
  await checkPage(page, testInfo, 'd2-dashboard-agenda-year');

  // The list behind a figure: the bottlenecks in a stage now.
  const stages = page.getByRole('table', { name: 'Tijd in elke fase: Grenslandagenda Nederland–Nordrhein-Westfalen' });
  const figure = stages.getByRole('link').first();
  const href = (await figure.getAttribute('href'))!;
  const status = new URLSearchParams(href.split('?')[1]).get('status')!;
  expect(href).toMatch(/^\/bottlenecks\?agenda=NL-NRW&status=[A-Z]+$/);
  await tabTo(page, figure);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${href}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Knelpunten' })).toBeVisible();
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue(status);
  await expect(page.getByRole('table').first()).toBeVisible();
  await checkPage(page, testInfo, 'd3-list-behind-figure');
  expect(await pointerEvents(page)).toBe(0);
});

test("a ministry's liaison sees its own line of the scoreboard and the programme's total", async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'miriam.vos', 'en');
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Programme dashboard' })).toBeVisible();
  for (const name of ['Answers of the ministries to the questions asked in the period', 'Questions open now and escalations']) {
    const table = page.getByRole('table', { name });
    await expect(table.getByRole('rowheader')).toHaveText(['Ministry of Social Affairs and Employment', 'Programme']);
  }
  await expect(page.getByText(/^After SOLVIT's scoreboard\. Target: 90 % of the questions answered by their due date\./)).toBeVisible();
  await checkPage(page, testInfo, 'd4-dashboard-ministry');

  // And a partner in German: the agendas it takes part in, in its language.
  const jonas = await openAs(browser, testInfo, 'jonas.hartmann', 'de');
  await jonas.goto('/dashboard');
  await expect(jonas.getByRole('heading', { level: 1, name: 'Dashboard des Programms' })).toBeVisible();
  await expect(jonas.getByRole('heading', { level: 2, name: 'Antworten der Ministerien' })).toBeVisible();
  await checkPage(jonas, testInfo, 'd5-dashboard-partner-de');
});
