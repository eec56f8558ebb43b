import { expect, test, type Page } from '@playwright/test';
import { checkPage, openAs, settled } from './support';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS pixels wide — a phone, or 400 % zoom on a
 * laptop — every page reads without scrolling sideways: lists become cards
 * whose every line names its column.
 */
async function noSidewaysScroll(page: Page, path: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} scrolls sideways by ${overflow}px at 320px`).toBeLessThanOrEqual(0);
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
  await noSidewaysScroll(page, path);
}

test('the pages reflow to 320 pixels without horizontal scrolling', async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'femke.jansen', 'en');
  const first = await page.goto('/bottlenecks?agenda=NL-NRW&status=ANALYSIS');
  expect(first?.ok()).toBe(true);
  // The list as a desktop shows it, for comparison (its filter's checkbox sits with its label).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
  const overdue = page.getByLabel('Only bottlenecks with an overdue action');
  const [box, label] = [await overdue.boundingBox(), await page.locator('label[for="filter-overdue"]').boundingBox()];
  expect(label!.x - (box!.x + box!.width)).toBeLessThan(24);
  await checkPage(page, testInfo, 'r-list-desktop');
  await page.setViewportSize({ width: 320, height: 640 });
  const reference = (await page.getByRole('region', { name: 'Bottlenecks found' }).getByRole('link').first().textContent())!;

  for (const [path, name] of [
    ['/', 'r0-landing-320'],
    ['/home', 'r1-home-320'],
    ['/agendas/NL-NRW', 'r2-agenda-320'],
    ['/bottlenecks?agenda=NL-NRW', 'r3-list-320'],
    [`/bottlenecks/${reference}`, 'r4-bottleneck-320'],
    ['/bottlenecks/new', 'r5-log-form-320'],
    ['/about/accessibility', 'r6-accessibility-320'],
  ] as const) {
    await visit(page, path);
    await checkPage(page, testInfo, name);
  }

  // Every row of the list shows its status and its title in full width, inside the screen.
  await visit(page, '/bottlenecks?agenda=NL-NRW');
  const rows = page.getByRole('region', { name: 'Bottlenecks found' }).locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    for (const label of ['Title', 'Status']) {
      const cell = row.locator(`[data-label="${label}"]`);
      await expect(cell).toBeVisible();
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
  }
  await page.context().close();
});

test('the dashboards and the question page reflow to 320 pixels too', async ({ browser }, testInfo) => {
  for (const [user, language, name] of [
    ['lieke.hermans', 'nl', 'r7-commissioner-dashboard-320'],
    ['miriam.vos', 'de', 'r8-ministry-inbox-320'],
    ['katrin.schulz', 'de', 'r9-partner-home-320'],
  ] as const) {
    const page = await openAs(browser, testInfo, user, language);
    await page.setViewportSize({ width: 320, height: 640 });
    await visit(page, '/home');
    await checkPage(page, testInfo, name);
    if (user === 'miriam.vos') {
      const open = page.getByRole('link', { name: 'Anfrage beantworten' }).first();
      if (await open.count()) {
        await open.click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await settled(page);
        await noSidewaysScroll(page, page.url());
        await checkPage(page, testInfo, 'r10-question-320');
      }
    }
    await page.context().close();
  }
});
