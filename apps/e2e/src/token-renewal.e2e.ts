import { expect, test, type Page } from '@playwright/test';
import { signInAtProvider } from './support';

/** The access token the web app holds (oidc-client-ts keeps the session in session storage). */
async function storedToken(page: Page): Promise<{ accessToken: string; refreshToken?: string; expiresAt: number } | null> {
  return page.evaluate(() => {
    const key = Object.keys(window.sessionStorage).find((k) => k.startsWith('oidc.user:'));
    if (!key) return null;
    const user = JSON.parse(window.sessionStorage.getItem(key) ?? '{}') as { access_token: string; refresh_token?: string; expires_at: number };
    return { accessToken: user.access_token, refreshToken: user.refresh_token, expiresAt: user.expires_at };
  });
}

test('the web app renews the access token before it expires and keeps working', async ({ page }, testInfo) => {
  // The test providers issue 75-second tokens; the app renews 60 seconds before expiry.
  await page.goto('/agendas');
  await signInAtProvider(page, testInfo.project.name, 'anna.degroot');
  await page.waitForURL('**/agendas');
  await expect(page.getByRole('article').first()).toBeVisible();

  const first = await storedToken(page);
  expect(first?.refreshToken).toBeTruthy();
  await expect.poll(async () => (await storedToken(page))?.accessToken, { timeout: 40_000, intervals: [1000] }).not.toBe(first?.accessToken);
  const renewed = await storedToken(page);
  expect(renewed!.expiresAt).toBeGreaterThan(first!.expiresAt);

  // The renewed token is accepted by the API: fresh data loads after a reload.
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Anna de Groot');
  await expect(page.getByRole('article').first()).toBeVisible();
});
