/**
 * The web app's addresses, in one place: the router declares its routes with
 * the patterns, links, notifications and e-mails build addresses with the
 * functions, so a path never drifts between them.
 */
export const ROUTES = {
  landing: '/',
  home: '/home',
  agendas: '/agendas',
  agenda: '/agendas/:code',
  conferences: '/agendas/:code/conferences',
  reports: '/reports',
  bottlenecks: '/bottlenecks',
  newBottleneck: '/bottlenecks/new',
  bottleneck: '/bottlenecks/:reference',
  editBottleneck: '/bottlenecks/:reference/edit',
  question: '/questions/:id',
  importSheet: '/import',
  search: '/search',
  dashboard: '/dashboard',
  borderEffects: '/border-effects',
  newConsultation: '/border-effects/consultations/new',
  consultation: '/border-effects/consultations/:id',
  editConsultation: '/border-effects/consultations/:id/edit',
  importConsultations: '/border-effects/rounds/:id/import',
  authCallback: '/auth/callback',
  about: '/about/:topic',
} as const;

/** The public pages about the service itself, linked from every footer. */
export const ABOUT_TOPICS = ['contact', 'privacy', 'accessibility'] as const;
export type AboutTopic = (typeof ABOUT_TOPICS)[number];

const segment = (value: string) => encodeURIComponent(value);

/** A list's filters as a query string, skipping empty values; keys in the order given. */
function withQuery(path: string, query: Record<string, string | boolean | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '' && value !== false) params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const paths = {
  home: () => ROUTES.home,
  agendas: () => ROUTES.agendas,
  agenda: (code: string) => `/agendas/${segment(code)}`,
  conferences: (code: string) => `/agendas/${segment(code)}/conferences`,
  reports: (query?: Record<string, string | null | undefined>) => withQuery(ROUTES.reports, query),
  bottlenecks: (query?: Record<string, string | boolean | null | undefined>) => withQuery(ROUTES.bottlenecks, query),
  newBottleneck: (query?: Record<string, string | null | undefined>) => withQuery(ROUTES.newBottleneck, query),
  bottleneck: (reference: string) => `/bottlenecks/${segment(reference)}`,
  editBottleneck: (reference: string) => `/bottlenecks/${segment(reference)}/edit`,
  question: (id: string) => `/questions/${segment(id)}`,
  importSheet: () => ROUTES.importSheet,
  search: (query?: Record<string, string | null | undefined>) => withQuery(ROUTES.search, query),
  dashboard: (query?: Record<string, string | null | undefined>) => withQuery(ROUTES.dashboard, query),
  borderEffects: (query?: Record<string, string | null | undefined>) => withQuery(ROUTES.borderEffects, query),
  newConsultation: (query?: Record<string, string | null | undefined>) => withQuery(ROUTES.newConsultation, query),
  consultation: (id: string) => `/border-effects/consultations/${segment(id)}`,
  editConsultation: (id: string) => `/border-effects/consultations/${segment(id)}/edit`,
  importConsultations: (roundId: string) => `/border-effects/rounds/${segment(roundId)}/import`,
  about: (topic: AboutTopic) => `/about/${topic}`,
};

/**
 * The page an item is shown on: a bottleneck (and each of its actions) on
 * the bottleneck's page, a question to a ministry on its own page.
 */
export function itemPath(item: { entityType: 'BOTTLENECK' | 'ACTION' | 'ASSIGNMENT'; entityId: string; reference: string }): string {
  return item.entityType === 'ASSIGNMENT' ? paths.question(item.entityId) : paths.bottleneck(item.reference);
}
