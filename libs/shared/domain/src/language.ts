/** The three working languages of Grensportaal, in the order the UI offers them. */
export const LANGUAGES = ['nl', 'de', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the best supported language from an HTTP Accept-Language header
 * (or a bare language tag such as "de-DE"), honouring q-weights.
 */
export function negotiateLanguage(header: string | null | undefined, fallback: Language = DEFAULT_LANGUAGE): Language {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const match = ranked.find((entry) => isLanguage(entry.primary));
  return match ? (match.primary as Language) : fallback;
}

/** A text that reference data (agendas, themes, organisations) carries in every working language. */
export type LocalizedNames = Record<Language, string>;
