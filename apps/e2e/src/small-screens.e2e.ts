import { expect, test } from '@playwright/test';
import { checkPage, openAs, settled } from './support';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS pixels wide — a phone, or 400 % zoom on a
 * laptop — every page reads without scrolling sideways; only wide tables
 * scroll inside their own (keyboard-focusable) box.
 */
test('the pages reflow to 320 pixels without horizontal scrolling', async ({ browser }, testInfo) => {
  const page = await openAs(browser, testInfo, 'femke.jansen', 'en');
  await page.setViewportSize({ width: 320, height: 640 });
  const first = await page.goto('/bottlenecks?agenda=NL-NRW&status=ANALYSIS');
  expect(first?.ok()).toBe(true);
  const reference = (await page.getByRole('region', { name: 'Bottlenecks found' }).getByRole('link').first().textContent())!;

  for (const [path, name] of [
    ['/home', 'r1-home-320'],
    ['/agendas/NL-NRW', 'r2-agenda-320'],
    ['/bottlenecks?agenda=NL-NRW', 'r3-list-320'],
    [`/bottlenecks/${reference}`, 'r4-bottleneck-320'],
    ['/bottlenecks/new', 'r5-log-form-320'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px at 320px`).toBeLessThanOrEqual(0);
    await checkPage(page, testInfo, name);
  }
  await page.context().close();
});
