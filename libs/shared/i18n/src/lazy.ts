import type { Language } from '@grensportaal/shared-domain';
import type { LanguageResources } from './resources';

/**
 * One language's strings, loaded on demand: the web app fetches only the
 * language it shows (each language is its own chunk), not all three.
 */
export function loadLanguageResources(language: Language): Promise<LanguageResources> {
  switch (language) {
    case 'nl':
      return import('./strings-nl').then((m) => m.default);
    case 'de':
      return import('./strings-de').then((m) => m.default);
    default:
      return import('./strings-en').then((m) => m.default);
  }
}
