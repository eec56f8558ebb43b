import { expect, test } from '@playwright/test';
import { checkPage, signInAtProvider } from './support';

test.describe('signing in and out', () => {
  test('a partner signs in through the identity provider, lands on the agendas page with their name, and signs out', async ({ page }, testInfo) => {
    const provider = testInfo.project.name;
    const csp: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) csp.push(message.text());
    });

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkPage(page, testInfo, '01-public-landing');

    // A protected page sends the visitor to the identity provider and back to that very page.
    await page.goto('/agendas');
    await page.waitForURL((url) => !url.toString().startsWith(testInfo.project.use.baseURL ?? ''));
    await checkPage(page, testInfo, '02-identity-provider-sign-in');
    await signInAtProvider(page, provider, 'jonas.hartmann');

    await page.waitForURL('**/agendas');
    await expect(page.getByRole('banner')).toContainText('Jonas Hartmann');
    await expect(page.getByRole('banner')).toContainText('Bezirksregierung Münster');
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(1); // NL-NRW only: Münster takes part in no other agenda
    await checkPage(page, testInfo, '03-agendas-signed-in');

    await page.getByRole('button', { name: /^(Sign out|Abmelden|Afmelden)$/ }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.origin === new URL(testInfo.project.use.baseURL ?? '').origin);
    await expect(page.getByRole('button', { name: /^(Sign in|Anmelden|Aanmelden)$/ }).first()).toBeVisible();
    await checkPage(page, testInfo, '04-signed-out');

    // The back button must not bring the agendas back.
    await page.goBack();
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('article')).toHaveCount(0);
    await expect(page.getByText('Bezirksregierung Münster')).toHaveCount(0);

    expect(csp).toEqual([]);
  });
});
