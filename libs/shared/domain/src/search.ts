/** What one search finds: every kind of text in the register. */
export const SEARCH_KINDS = ['BOTTLENECK', 'ACTION', 'QUESTION', 'ANSWER', 'PROGRESS', 'COMMENT'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What search results are counted by (and filtered on). */
export const SEARCH_FACET_FIELDS = ['KIND', 'AGENDA', 'STATUS', 'THEME', 'TYPE', 'ORGANISATION'] as const;
export type SearchFacetField = (typeof SEARCH_FACET_FIELDS)[number];

/** The search box's limits: the longest query, and the shortest title that gets similar bottlenecks suggested. */
export const SEARCH_LIMITS = { queryLength: 200, suggestFrom: 8 } as const;
