import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { DEMO_PASSWORD, SCREENSHOT_DIR } from './environment';

/** Scans the page with axe (WCAG 2.0/2.1 A and AA) and keeps a screenshot of it; every violation fails the journey. */
export async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = join(SCREENSHOT_DIR, testInfo.project.name);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe violations on ${name}`).toEqual([]);
  testInfo.annotations.push({ type: 'axe', description: `${name}: 0 violations` });
}

/** Completes the identity provider's sign-in page: one click on the development provider, the login form on Keycloak. */
export async function signInAtProvider(page: Page, provider: string, username: string): Promise<void> {
  if (provider === 'keycloak') {
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('#kc-login').click();
  } else {
    await page.locator(`form:has(input[name="username"][value="${username}"]) button`).click();
  }
}
