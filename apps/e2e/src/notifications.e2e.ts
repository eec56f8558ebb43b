import { expect, test } from '@playwright/test';
import { apiAs, checkPage, openAs } from './support';

/**
 * The bell: a question put to SZW by the secretariat (in another browser,
 * through the API) shows in the SZW liaison's bell within two seconds, without
 * a reload; the panel lists it in her language and leads to the question.
 */
test('a notification appears in a second person’s bell within 2 seconds, without a reload', async ({ browser }, testInfo) => {
  const anna = await apiAs(testInfo, 'anna.degroot');
  const femke = await apiAs(testInfo, 'femke.jansen');
  // Asked in German: the Dutch notification quotes it marked as German.
  const question = `Gilt die A1-Bescheinigung auch bei zwei Arbeitgebern? ${Date.now()}`;
  const created = await anna<{ createBottleneck: { id: string; version: number } }>(
    `mutation($input: CreateBottleneckInput!) { createBottleneck(input: $input) { id version } }`,
    {
      input: {
        agendaCode: 'NL-NRW',
        themeCode: 'labour-market',
        language: 'nl',
        title: `Twee werkgevers aan weerszijden van de grens ${Date.now()}`,
        description: 'Wie voor werkgevers in twee landen werkt, weet niet welk stelsel geldt.',
        whyToSolve: 'Werknemers lopen risico op dubbele premies.',
        area: 'Achterhoek – Kreis Borken',
        type: 'LEGISLATION',
        submit: true,
      },
    },
  );
  await femke(`mutation($input: TransitionBottleneckInput!) { transitionBottleneck(input: $input) { id } }`, {
    input: { id: created.createBottleneck.id, version: created.createBottleneck.version, transition: 'accept' },
  });

  const miriam = await openAs(browser, testInfo, 'miriam.vos', 'nl');
  const bell = miriam.getByTestId('notification-bell');
  const unread = async () => Number(/(\d+) ongelezen/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
  const before = await unread();
  await miriam.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  const asked = Date.now();
  await femke(`mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`, {
    input: { bottleneckId: created.createBottleneck.id, ministryCode: 'SZW', language: 'de', question },
  });
  await expect(bell).toHaveAttribute('aria-label', `Meldingen, ${before + 1} ongelezen`, { timeout: Math.max(asked + 2000 - Date.now(), 1) });
  expect(Date.now() - asked).toBeLessThan(2000);
  expect(await miriam.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await checkPage(miriam, testInfo, 'n1-bell-with-new-notification');

  await bell.click();
  const panel = miriam.getByRole('dialog', { name: 'Meldingen' });
  const item = panel.getByRole('link', { name: new RegExp(`er is een vraag aan uw ministerie gesteld.*${question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await expect(item).toBeVisible();
  await expect(item.locator('[lang="de"]')).toHaveText(question);
  await expect(item).toContainText('(in het Duits)');
  await expect(panel.getByRole('radio', { name: 'Direct' })).toBeChecked();
  await checkPage(miriam, testInfo, 'n2-notification-panel');

  await item.click();
  await miriam.waitForURL('**/questions/**');
  await expect(miriam.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(bell).toHaveAttribute('aria-label', before ? `Meldingen, ${before} ongelezen` : 'Meldingen');
  await checkPage(miriam, testInfo, 'n3-question-from-notification');
  await miriam.context().close();
});
