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

  it('sets <html lang> from the start', () => {
    createI18n('de');
    expect(document.documentElement.lang).toBe('de');
  });
});
