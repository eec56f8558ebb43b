/**
 * The web app's entry to this library: everything but `resources` (all three
 * languages at once, for the API and tests). The app loads each language on
 * demand (./lazy); a static import of the strings anywhere in its graph would
 * put all of them in its first page.
 */
export type { LanguageResources, Namespace } from './resources';
export * from './namespaces';
export * from './lazy';
export * from './format';
