import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, Language, LANGUAGES, negotiateLanguage } from '@grensportaal/shared-domain';
import { addPortalFormats, loadLanguageResources, NAMESPACES, type LanguageResources, type Namespace } from '@grensportaal/shared-i18n';

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

/** The page's description for search engines and link previews, in the interface language. */
function describePage(instance: i18n): void {
  let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'description';
    document.head.append(meta);
  }
  meta.content = instance.t('common:meta.description');
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice then lasts for this visit only.
  }
}

/** Loads each language's strings only when it is first shown (i18next backend). */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    loadLanguageResources(language).then(
      (bundle) => callback(null, bundle[namespace as Namespace]),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * One i18next instance for the app, over the same locale files the API uses.
 * With `resources` (tests) every language is there at once; otherwise the
 * shown language is loaded before the first render and others on a switch.
 */
export async function createI18n(language: Language = initialLanguage(), resources?: Partial<Record<Language, LanguageResources>>): Promise<i18n> {
  const instance = i18next.createInstance();
  if (!resources) instance.use(lazyLanguages);
  await instance.use(initReactI18next).init({
    ...(resources ? { resources } : {}),
    ns: [...NAMESPACES],
    defaultNS: 'common',
    lng: language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: false,
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addPortalFormats(instance);
  document.documentElement.lang = language;
  describePage(instance);
  instance.on('languageChanged', (changed) => {
    applyLanguage(changed);
    describePage(instance);
  });
  return instance;
}
