import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import { DEMO_PASSWORD, E2E_PORTS, SCREENSHOT_DIR } from './environment';

/** Scans the page with axe (WCAG 2.0/2.1 A and AA) and keeps a screenshot of it; every violation fails the journey. */
export async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = join(SCREENSHOT_DIR, testInfo.project.name);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe violations on ${name}`).toEqual([]);
  await expectNoRawKeys(page);
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

/** Raw i18n keys ("bottleneck:fields.title") or unfilled placeholders must never reach the screen. */
export async function expectNoRawKeys(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(/\b(common|auth|agenda|organisation|register|errors|bottleneck|action|assignment|comment|translation|home|history|forms|notification|exchange|report|search|dashboard|attachment|borderEffects):[a-zA-Z]+[.a-zA-Z]*/g) ?? []).toEqual([]);
  expect(text).not.toContain('{{');
}

export type Language = 'nl' | 'de' | 'en';

/**
 * A person at their own browser: a fresh context (own session), the
 * interface in their language, signed in through the identity provider.
 */
export async function openAs(browser: Browser, testInfo: TestInfo, username: string, language: Language, keyboardOnly = false): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 1280, height: 900 } });
  await context.addInitScript((lang) => window.localStorage.setItem('grensportaal.language', lang), language);
  const page = await context.newPage();
  await page.goto('/home');
  await page.waitForURL((url) => url.origin !== new URL(testInfo.project.use.baseURL ?? '').origin);
  if (keyboardOnly) await signInWithKeyboard(page, testInfo.project.name, username);
  else await signInAtProvider(page, testInfo.project.name, username);
  await page.waitForURL('**/home');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
  // The language a person chose before follows them (it is stored with their account): switch when it differs.
  if ((await page.locator('html').getAttribute('lang')) !== language) {
    await page.getByRole('group', { name: /^(Language|Taal|Sprache)$/ }).locator(`button[lang="${language}"]`).click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

/**
 * Waits until a signed-in page has loaded what it shows: the person and their
 * organisation in the header (their language preference follows from it), the
 * notification bell, and no loading indicator. Not "network idle": the bell
 * keeps a live connection open for new notifications.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await expect(page.locator('.gp-user-menu__organisation')).toBeAttached();
  await expect(page.getByTestId('notification-bell')).toBeVisible();
  await expect(page.locator('.gp-loading')).toHaveCount(0);
  // The account's language, when it differs, is still loading (each language's strings come on demand).
  await expect(page.locator('html')).not.toHaveAttribute('aria-busy', 'true');
}

/** Moves focus with Tab (Shift+Tab backwards) until `target` has it; fails if it never does. */
export async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let i = 0; i < 150; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target.toString()} with the keyboard`);
}

/** Moves focus to `target` with Tab and activates it with a key, as a keyboard user does. */
export async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/**
 * Opens a file picker with Space, as a keyboard user does, and chooses `files` in the dialog. A keystroke that
 * reaches the browser before its dialog is intercepted opens no dialog the test can see; like a user, the
 * helper presses again (three tries of five seconds, the same budget as one wait).
 */
export async function chooseFilesWithKeyboard(page: Page, picker: Locator, files: string[]): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await tabTo(page, picker);
    const chooser = page.waitForEvent('filechooser', { timeout: 5_000 });
    await page.keyboard.press('Space');
    try {
      await (await chooser).setFiles(files);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Types into a field reached with Tab. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Opens a tab of a tab list with the arrow keys (the list is one Tab stop). */
export async function openTab(page: Page, tab: Locator): Promise<void> {
  await tabTo(page, page.getByRole('tab', { selected: true }));
  for (let i = 0; i < 12 && (await tab.getAttribute('aria-selected')) !== 'true'; i += 1) await page.keyboard.press('ArrowRight');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Chooses with the arrow keys: a radio of a group (from its first radio), or an option of a select, until `done`. */
export async function arrowTo(page: Page, start: Locator, done: () => Promise<boolean>): Promise<void> {
  await tabTo(page, start);
  for (let i = 0; i < 30 && !(await done()); i += 1) await page.keyboard.press('ArrowDown');
  expect(await done()).toBe(true);
}

async function signInWithKeyboard(page: Page, provider: string, username: string): Promise<void> {
  if (provider === 'keycloak') {
    await tabTo(page, page.locator('#username'));
    await page.keyboard.type(username);
    await tabTo(page, page.locator('#password'));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
  } else {
    await tabTo(page, page.locator(`form:has(input[name="username"][value="${username}"]) button`));
    await page.keyboard.press('Enter');
  }
}

/** Counts pointer events the page receives (none may happen in a keyboard-only journey). */
export async function countPointerEvents(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const w = window as unknown as { __pointerEvents: number };
    w.__pointerEvents = Number(window.sessionStorage.getItem('pointerEvents') ?? '0');
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'wheel']) {
      window.addEventListener(
        type,
        () => {
          w.__pointerEvents += 1;
          window.sessionStorage.setItem('pointerEvents', String(w.__pointerEvents));
        },
        true,
      );
    }
  });
}

export async function pointerEvents(page: Page): Promise<number> {
  return page.evaluate(() => Number(window.sessionStorage.getItem('pointerEvents') ?? '0'));
}

/** The GraphQL API as a demo user (token by direct grant from the provider under test), for fixtures only. */
export async function apiAs(testInfo: TestInfo, username: string): Promise<<T>(query: string, variables?: Record<string, unknown>) => Promise<T>> {
  const issuer = testInfo.project.name === 'keycloak' ? process.env.KEYCLOAK_ISSUER : `http://localhost:${E2E_PORTS.devIdp}/realms/grensportaal`;
  const grant = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'grensportaal-test', client_secret: 'grensportaal-test-secret', username, password: DEMO_PASSWORD, scope: 'openid' }),
  });
  const { access_token: token } = (await grant.json()) as { access_token: string };
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${testInfo.project.use.baseURL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}
