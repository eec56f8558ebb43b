import type { Namespace } from './resources';

/**
 * The namespaces, in a module of their own: the web app's entry needs the
 * list but none of the strings (each language is loaded on demand), and
 * importing it from resources.ts would bundle all three languages into it.
 */
export const NAMESPACES: readonly Namespace[] = ['common', 'auth', 'agenda', 'organisation', 'register', 'errors', 'devIdp', 'bottleneck', 'action', 'assignment', 'comment', 'translation', 'home', 'history', 'forms', 'notification', 'about', 'exchange', 'report', 'search', 'dashboard', 'attachment', 'borderEffects'];
