import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, Language, LANGUAGES, negotiateLanguage } from '@grensportaal/shared-domain';
import { NAMESPACES, resources } from '@grensportaal/shared-i18n';

const STORAGE_KEY = 'grensportaal.language';

function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** The user's earlier choice, else the browser's preferred working language, else English. */
export function initialLanguage(): Language {
  return storedLanguage() ?? negotiateLanguage(navigator.languages?.join(',') ?? navigator.language, DEFAULT_LANGUAGE);
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice then lasts for this visit only.
  }
}

/** One i18next instance for the app, over the same locale files the API uses. */
export function createI18n(language: Language = initialLanguage()) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    ns: NAMESPACES,
    defaultNS: 'common',
    lng: language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  instance.on('languageChanged', applyLanguage);
  return instance;
}
