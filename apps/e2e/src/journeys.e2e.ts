import { expect, test, type Page } from '@playwright/test';
import { apiAs, arrowTo, checkPage, countPointerEvents, openAs, openTab, pointerEvents, press, tabTo, typeInto } from './support';

/**
 * The life of one border bottleneck, from the partner who logs it to the
 * King's Commissioner who closes it, each person in their own browser and
 * language, every page scanned by axe.
 */
test.describe.serial('a bottleneck from logging to decision', () => {
  const title = `Grenzpendler verlieren Kindergeld beim Umzug ${Date.now()}`;
  let reference = '';
  let actionTitle = '';

  const dialog = (page: Page) => page.getByRole('dialog');

  test('(a) a partner in German logs and submits a bottleneck, with the keyboard alone', async ({ browser }, testInfo) => {
    const page = await openAs(browser, testInfo, 'katrin.schulz', 'de', true);
    await countPointerEvents(page);
    await checkPage(page, testInfo, 'a1-partner-home');

    await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Hindernis melden' }));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/bottlenecks/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Hindernis melden' })).toBeVisible();
    await checkPage(page, testInfo, 'a2-log-form');

    const field = (label: string) => page.getByLabel(label, { exact: true });
    await tabTo(page, field('Thema'));
    await page.keyboard.press('ArrowDown');
    await expect(field('Thema')).not.toHaveValue('');
    await tabTo(page, field('Gebiet'));
    await page.keyboard.type('Kreis Kleve – Nijmegen');
    await tabTo(page, field('Titel'));
    await page.keyboard.type(title);
    await tabTo(page, field('Beschreibung'));
    await page.keyboard.type('Familien, die von Kleve nach Nijmegen ziehen, verlieren das Kindergeld für Monate, weil die Kassen sich die Zuständigkeit zuschieben.');
    await tabTo(page, field('Warum es gelöst werden sollte'));
    await page.keyboard.type('Betroffene Familien haben monatelang kein Kindergeld.');
    await tabTo(page, field('Art des Hindernisses'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(field('Art des Hindernisses')).toHaveValue('ADMINISTRATIVE_RULE');

    await tabTo(page, page.getByRole('button', { name: 'Beim Sekretariat einreichen' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bottlenecks\/NRW-\d{4}-\d{3}$/);
    reference = page.url().split('/').pop()!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('Das Hindernis wurde beim Sekretariat eingereicht.')).toBeVisible();
    await expect(page.locator('.gp-eyebrow')).toContainText('Eingereicht');
    // Focus moved to the new page's content, so a keyboard user carries on from there.
    await expect(page.locator('#main')).toBeFocused();
    await checkPage(page, testInfo, 'a3-submitted');

    expect(await pointerEvents(page), 'mouse or touch events in the keyboard-only journey').toBe(0);
    await page.context().close();
  });

  test('(b) the secretariat in Dutch accepts it and asks SZW a question, with the keyboard alone', async ({ browser }, testInfo) => {
    const page = await openAs(browser, testInfo, 'femke.jansen', 'nl', true);
    await countPointerEvents(page);
    const triage = page.getByRole('region', { name: /Triage: ingediende knelpunten/ });
    await expect(triage.getByRole('link', { name: reference })).toBeVisible();
    await checkPage(page, testInfo, 'b1-secretariat-home');

    await press(page, triage.getByRole('link', { name: reference }));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    // A text in another language than the interface is marked as such.
    await expect(page.getByRole('heading', { level: 1 }).locator('[lang="de"]')).toHaveText(title);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(origineel in het Duits, niet vertaald)');
    await checkPage(page, testInfo, 'b2-bottleneck-submitted');
    // The history quotes the German original with its lang and a marker too.
    await openTab(page, page.getByRole('tab', { name: 'Geschiedenis' }));
    await expect(page.getByRole('tabpanel').locator('ins[lang="de"]').filter({ hasText: title })).toBeVisible();
    await expect(page.getByRole('tabpanel')).toContainText('(in het Duits)');

    await press(page, page.getByRole('button', { name: 'Aanvaarden voor de agenda' }));
    await expect(dialog(page)).toBeVisible();
    await checkPage(page, testInfo, 'b3-accept-dialog');
    await press(page, dialog(page).getByRole('button', { name: 'Aanvaarden voor de agenda' }));
    await expect(page.getByText('Het knelpunt is nu: Identificatie.')).toBeVisible();
    await expect(page.locator('.gp-eyebrow')).toContainText('Identificatie');

    await press(page, page.getByRole('button', { name: 'Vraag aan ministerie stellen' }));
    const ministry = dialog(page).getByLabel('Ministerie');
    await arrowTo(page, ministry, async () => (await ministry.inputValue()) === 'SZW');
    await typeInto(page, dialog(page).getByLabel('Vraag', { exact: true }), 'Geldt het kindergeld van het woonland direct bij de verhuizing, of pas na de beslissing van de Familienkasse?');
    await checkPage(page, testInfo, 'b4-ask-question-dialog');
    await press(page, dialog(page).getByRole('button', { name: 'Vraag stellen' }));
    await expect(page.getByText('De vraag is naar het ministerie gestuurd.')).toBeVisible();
    // The earlier confirmation is gone: one at a time.
    await expect(page.getByText('Het knelpunt is nu: Identificatie.')).toHaveCount(0);
    await openTab(page, page.getByRole('tab', { name: /Vragen \(1\)/ }));
    await expect(page.getByRole('tabpanel')).toContainText('Ministerie van Sociale Zaken en Werkgelegenheid');
    await checkPage(page, testInfo, 'b5-question-asked');
    expect(await pointerEvents(page), 'mouse or touch events in the keyboard-only journey').toBe(0);
    await page.context().close();
  });

  test('(c) the SZW liaison in English answers the question, with the keyboard alone', async ({ browser }, testInfo) => {
    const page = await openAs(browser, testInfo, 'miriam.vos', 'en', true);
    await countPointerEvents(page);
    const inbox = page.getByRole('region', { name: /Questions to Ministry of Social Affairs/ });
    const card = inbox.getByRole('article').filter({ hasText: reference });
    await expect(card).toBeVisible();
    // An inbox card leads with what the question is about and when it is due.
    await expect(card.getByRole('heading')).toContainText(reference);
    await expect(card).toContainText('Answer due by');
    await checkPage(page, testInfo, 'c1-ministry-inbox');

    await press(page, card.getByRole('link', { name: 'Answer the question' }));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Question to');
    // The page names the ministry once and does not link to itself.
    await expect(page.getByText(/^Question to Ministry/)).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Answer the question' })).toHaveCount(0);
    await typeInto(page, page.getByLabel('Answer', { exact: true }), 'Het kindergeld van het nieuwe woonland geldt vanaf de eerste dag van de maand na de verhuizing; de SVB betaalt voorlopig uit.');
    await checkPage(page, testInfo, 'c2-answer-form');
    await press(page, page.getByRole('button', { name: 'Send the answer' }));
    await page.waitForURL('**/home');
    await expect(page.getByText('Your answer has been sent to the secretariat.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Answered before' }).getByRole('article').filter({ hasText: reference })).toBeVisible();
    await checkPage(page, testInfo, 'c3-answered');
    expect(await pointerEvents(page), 'mouse or touch events in the keyboard-only journey').toBe(0);
    await page.context().close();
  });

  test('(d) the secretariat accepts the answer and the partner proposes an action', async ({ browser }, testInfo) => {
    const secretariat = await openAs(browser, testInfo, 'femke.jansen', 'nl');
    const review = secretariat.getByRole('region', { name: /Te beoordelen antwoorden/ });
    const card = review.getByRole('article').filter({ hasText: reference });
    await card.getByRole('button', { name: 'Antwoord aanvaarden' }).click();
    await checkPage(secretariat, testInfo, 'd1-accept-answer-dialog');
    await dialog(secretariat).getByRole('button', { name: 'Antwoord aanvaarden' }).click();
    await expect(secretariat.getByText('Het antwoord is aanvaard.')).toBeVisible();

    // The analysis starts and advice is asked, so that the commissioner can decide later.
    await secretariat.goto(`/bottlenecks/${reference}`);
    for (const [step, status] of [
      ['Analyse starten', 'Analyse'],
      ['Advies vragen', 'Advies'],
    ] as const) {
      await secretariat.getByRole('button', { name: step }).first().click();
      await dialog(secretariat).getByRole('button', { name: step }).click();
      await expect(secretariat.getByText(`Het knelpunt is nu: ${status}.`)).toBeVisible();
    }
    await checkPage(secretariat, testInfo, 'd2-bottleneck-advice');
    await secretariat.context().close();

    const partner = await openAs(browser, testInfo, 'katrin.schulz', 'de');
    await partner.goto(`/bottlenecks/${reference}`);
    await partner.getByRole('button', { name: 'Maßnahme vorschlagen' }).click();
    actionTitle = `Gemeinsames Merkblatt zum Kindergeld beim Umzug ${Date.now()}`;
    await dialog(partner).getByLabel('Was wird getan?').fill(actionTitle);
    await expect(dialog(partner).getByLabel('Verantwortliche Organisation')).toHaveValue('NRW');
    await checkPage(partner, testInfo, 'd3-propose-action-dialog');
    await dialog(partner).getByRole('button', { name: 'Maßnahme vorschlagen' }).click();
    await expect(partner.getByText('Die Maßnahme wurde vorgeschlagen.')).toBeVisible();
    await partner.getByRole('tab', { name: /Maßnahmen \(1\)/ }).click();
    await expect(partner.getByRole('tabpanel').getByRole('article', { name: actionTitle })).toBeVisible();
    await checkPage(partner, testInfo, 'd4-action-proposed');
    await partner.context().close();
  });

  test('(e) the commissioner requests an update, the owner reports progress, the commissioner decides', async ({ browser }, testInfo) => {
    // The commissioner works with the keyboard alone; the owner, in another browser, with the mouse.
    const commissioner = await openAs(browser, testInfo, 'hendrik.mulder', 'en', true);
    await countPointerEvents(commissioner);
    await expect(commissioner.getByRole('heading', { level: 2, name: /Follow-up: / })).toBeVisible();
    await checkPage(commissioner, testInfo, 'e1-commissioner-follow-up');

    await commissioner.goto(`/bottlenecks/${reference}`);
    await openTab(commissioner, commissioner.getByRole('tab', { name: /Actions \(1\)/ }));
    const action = commissioner.getByRole('tabpanel').getByRole('article', { name: actionTitle });
    await press(commissioner, action.getByRole('button', { name: 'Request an update' }));
    await typeInto(commissioner, dialog(commissioner).getByLabel('Message to the owner'), 'Please report before the steering committee meets.');
    await checkPage(commissioner, testInfo, 'e2-request-update-dialog');
    await press(commissioner, dialog(commissioner).getByRole('button', { name: 'Send the request' }));
    await expect(commissioner.getByText('has been asked for an update.')).toBeVisible();

    const owner = await openAs(browser, testInfo, 'katrin.schulz', 'de');
    const owned = owner.getByRole('region', { name: /Maßnahmen Ihrer Organisation/ }).getByRole('article', { name: actionTitle });
    await expect(owned).toContainText('um einen Sachstand gebeten');
    await owned.getByRole('button', { name: 'Fortschritt melden' }).click();
    await dialog(owner).getByLabel('Fortschritt (Prozent)').fill('50');
    await dialog(owner).getByLabel('Was ist seit der letzten Meldung geschehen?').fill('Entwurf des Merkblatts mit der Familienkasse und der SVB abgestimmt.');
    await checkPage(owner, testInfo, 'e3-report-progress-dialog');
    await dialog(owner).getByRole('button', { name: 'Fortschritt melden' }).click();
    await expect(owner.getByText('Ihre Sachstandsmeldung wurde gespeichert.')).toBeVisible();
    await expect(owned.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    await checkPage(owner, testInfo, 'e4-progress-reported');
    await owner.context().close();

    await commissioner.reload();
    await press(commissioner, commissioner.getByRole('button', { name: 'Put up for decision' }));
    await press(commissioner, dialog(commissioner).getByRole('button', { name: 'Put up for decision' }));
    await expect(commissioner.getByText('The bottleneck is now: Decision.')).toBeVisible();
    await press(commissioner, commissioner.getByRole('button', { name: 'Decide and close' }));
    const solved = dialog(commissioner).getByRole('radio', { name: 'Solved administratively' });
    await arrowTo(commissioner, dialog(commissioner).getByRole('radio').first(), () => solved.isChecked());
    await typeInto(commissioner, dialog(commissioner).getByLabel('Reason'), 'The fact sheet and the SVB advance payment remove the gap; agreed in the steering committee.');
    await checkPage(commissioner, testInfo, 'e5-decide-dialog');
    await press(commissioner, dialog(commissioner).getByRole('button', { name: 'Decide and close' }));
    await expect(commissioner.getByText('The bottleneck is now: Closed.')).toBeVisible();
    await expect(commissioner.getByText('The bottleneck is now: Decision.')).toHaveCount(0);
    await expect(commissioner.locator('.gp-eyebrow')).toContainText('Closed · Solved administratively');
    await openTab(commissioner, commissioner.getByRole('tab', { name: 'History' }));
    await expect(commissioner.getByRole('tabpanel')).toContainText('Step: decide');
    await checkPage(commissioner, testInfo, 'e6-closed-with-history');
    expect(await pointerEvents(commissioner), 'mouse or touch events in the keyboard-only journey').toBe(0);
    await commissioner.context().close();
  });
});

test('two people edit the same bottleneck: the second sees what changed and loses nothing', async ({ browser }, testInfo) => {
  const api = await apiAs(testInfo, 'anna.degroot');
  const created = await api<{ createBottleneck: { reference: string } }>(
    `mutation($input: CreateBottleneckInput!) { createBottleneck(input: $input) { reference } }`,
    {
      input: {
        agendaCode: 'NL-NRW',
        themeCode: 'mobility',
        language: 'nl',
        title: 'Geen directe bus Nijmegen–Kleef in de avond',
        description: 'Na 20 uur rijdt er geen bus tussen Nijmegen en Kleef.',
        whyToSolve: 'Ploegendienstwerkers kunnen niet thuiskomen.',
        area: 'Nijmegen – Kleef',
        type: 'INFRASTRUCTURE',
        submit: true,
      },
    },
  );
  const reference = created.createBottleneck.reference;

  const anna = await openAs(browser, testInfo, 'anna.degroot', 'nl');
  const femke = await openAs(browser, testInfo, 'femke.jansen', 'en');
  await anna.goto(`/bottlenecks/${reference}/edit`);
  await femke.goto(`/bottlenecks/${reference}/edit`);
  await expect(anna.getByLabel('Titel', { exact: true })).toHaveValue('Geen directe bus Nijmegen–Kleef in de avond');
  await expect(femke.getByLabel('Title', { exact: true })).toHaveValue('Geen directe bus Nijmegen–Kleef in de avond');

  // The secretariat corrects the title first.
  await femke.getByLabel('Title', { exact: true }).fill('Geen busverbinding Nijmegen–Kleef na 20 uur');
  await femke.getByRole('button', { name: 'Save changes' }).click();
  await femke.waitForURL(`**/bottlenecks/${reference}`);
  await expect(femke.getByText('Your changes have been saved.')).toBeVisible();

  // The reporter, still on the old version, extends the description and saves.
  const description = 'Na 20 uur rijdt er geen bus tussen Nijmegen en Kleef; de laatste trein vertrekt om 19.40 uur.';
  await anna.getByLabel('Beschrijving', { exact: true }).fill(description);
  await anna.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const conflict = anna.getByRole('alertdialog');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('conflict-fields')).toContainText('Titel');
  await expect(conflict.getByTestId('conflict-fields')).toContainText('Geen busverbinding Nijmegen–Kleef na 20 uur');
  await checkPage(anna, testInfo, 'x1-conflict-dialog');
  await conflict.getByRole('button', { name: 'Mijn wijzigingen behouden' }).click();

  // Nothing typed is lost; the other person's title is taken over.
  await expect(anna.getByLabel('Beschrijving', { exact: true })).toHaveValue(description);
  await expect(anna.getByLabel('Titel', { exact: true })).toHaveValue('Geen busverbinding Nijmegen–Kleef na 20 uur');
  await anna.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await anna.waitForURL(`**/bottlenecks/${reference}`);
  await expect(anna.getByRole('heading', { level: 1 })).toHaveText('Geen busverbinding Nijmegen–Kleef na 20 uur');
  await expect(anna.getByText(description)).toBeVisible();
  await checkPage(anna, testInfo, 'x2-both-changes-kept');

  // Field errors from the API appear at the field, in the reader's language.
  await anna.goto(`/bottlenecks/${reference}/edit`);
  await anna.getByLabel('Titel', { exact: true }).fill(' ');
  await anna.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(anna.locator('.utrecht-form-field--invalid')).toContainText('Titel');
  await expect(anna.locator('.gp-error-summary')).toContainText('Er is 1 probleem met wat u hebt ingevuld');
  await checkPage(anna, testInfo, 'x3-field-error');

  // Leaving with unsaved changes asks first.
  await anna.getByRole('navigation').getByRole('link', { name: 'Mijn werk' }).click();
  await expect(anna.getByRole('alertdialog')).toContainText('Weggaan zonder op te slaan?');
  await anna.getByRole('button', { name: 'Blijven en verder bewerken' }).click();
  await expect(anna).toHaveURL(new RegExp(`/bottlenecks/${reference}/edit$`));
  await anna.context().close();
  await femke.context().close();
});
