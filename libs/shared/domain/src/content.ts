/** Items of the register that carry history (agendas: their partners); comments go on the first three. */
export const ENTITY_TYPES = ['BOTTLENECK', 'ACTION', 'ASSIGNMENT', 'COMMENT', 'AGENDA', 'SCREENING_ROUND', 'CONSULTATION'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const COMMENTABLE_TYPES: readonly EntityType[] = ['BOTTLENECK', 'ACTION', 'ASSIGNMENT', 'CONSULTATION'];

/** How a translation was made. */
export const TRANSLATION_KINDS = ['HUMAN', 'MACHINE'] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];

/** What a reader gets for a text in their language. */
export const TRANSLATION_STATUSES = ['ORIGINAL', 'TRANSLATED', 'OUTDATED', 'MISSING'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** Limits of what people write, shared by API validation and the web forms. */
export const LIMITS = {
  title: 200,
  description: 20_000,
  shortText: 4_000,
  reason: 4_000,
  comment: 10_000,
  area: 1_000,
  pageSize: 25,
  maxPageSize: 100,
} as const;
