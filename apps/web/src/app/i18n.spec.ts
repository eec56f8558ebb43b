import { createI18n, initialLanguage } from './i18n';

describe('interface language', () => {
  beforeEach(() => window.localStorage.clear());

  it('prefers the stored choice over the browser languages', () => {
    window.localStorage.setItem('grensportaal.language', 'nl');
    expect(initialLanguage()).toBe('nl');
  });

  it('ignores a stored value that is not a working language', () => {
    window.localStorage.setItem('grensportaal.language', 'fr');
    expect(['nl', 'de', 'en']).toContain(initialLanguage());
  });

  it('sets <html lang> from the start', async () => {
    await createI18n('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('loads only the language shown, and another one when the user switches', async () => {
    const i18n = await createI18n('de');
    expect(i18n.t('common:skipLink')).toBe('Direkt zum Inhalt');
    expect(i18n.hasResourceBundle('nl', 'common')).toBe(false);
    await i18n.changeLanguage('nl');
    expect(i18n.t('common:skipLink')).toBe('Direct naar de inhoud');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('describes the page in the interface language', async () => {
    const i18n = await createI18n('de');
    const description = () => document.querySelector('meta[name="description"]')?.getAttribute('content');
    expect(description()).toBe(i18n.t('common:meta.description'));
    expect(description()).toContain('Grenz');
    await i18n.changeLanguage('en');
    expect(description()).toContain('cross-border agendas');
  });
});
