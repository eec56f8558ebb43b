import de from './strings-de';
import en from './strings-en';
import nl from './strings-nl';

/**
 * Every user-visible string of Grensportaal, per language and namespace (one
 * namespace per feature). The API (errors, e-mails) and the web app read the
 * same files, so a text is translated once.
 */
export const resources = { nl, de, en } as const;

export type LanguageResources = typeof en;
export type Namespace = keyof LanguageResources;

export { NAMESPACES } from './namespaces';

