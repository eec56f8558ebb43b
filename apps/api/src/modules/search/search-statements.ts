import { SearchFacetField, SearchKind, Language } from '@grensportaal/shared-domain';
import { ParsedQuery, formatQuery } from './search-query';
import { matchSql } from './search-sql';
import { expandQuery, ExpandedQuery, ExpandedTerm, ThesaurusConcept } from './thesaurus';

/**
 * One search as statements, free of the framework: the API's SearchService
 * runs it, and so does the benchmark's hand-written baseline, so the two
 * compare the same SQL. `run` executes a statement with :named parameters.
 */

/** At most this many matches are ranked and counted; beyond it the most recent are (and the results say so). */
export const SEARCH_WINDOW = 200;
/** How many of the newest entries in scope are read in order before the full-text index is asked for every match. */
const RECENT_BUDGET = 10_000;
/** Trigram matching is for few matches; a pattern that would match more ranks this many of them. */
const FUZZY_CANDIDATES = 5_000;
/** What the ordered read takes of each entry: what matching, ranking and the facets need, not the texts. */
const READ = 'e.id, e.kind, e.agenda_id, e.bottleneck_id, e.action_id, e.assignment_id, e.status, e.theme_id, e.type, e.organisation_id, e.draft_org, e.updated_at, e.tsv';
/** Under this many full-text matches, trigram matching (compounds, partial words, typos) widens the search. */
const FUZZY_BELOW = 20;
const HEADLINE = `'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;

const START = '\u0002';
const STOP = '\u0003';

/** ts_headline's marked text as parts, so that no text is ever rendered as HTML. */
export function snippetParts(snippet: string | null): Array<{ text: string; highlighted: boolean }> {
  if (!snippet) return [];
  const parts: Array<{ text: string; highlighted: boolean }> = [];
  for (const [i, piece] of snippet.split(new RegExp(`[${START}${STOP}]`)).entries()) if (piece) parts.push({ text: piece, highlighted: i % 2 === 1 });
  return parts;
}

export type Run = <T>(sql: string, params: Record<string, unknown>) => Promise<T[]>;

/** The statement with its :named parameters as $1, $2, … and their values (a :name inside a ::cast is left alone). */
export function bind(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  const index = new Map<string, number>();
  const text = sql.replace(/(?<![:\w]):([A-Za-z_]\w*)/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    if (!index.has(name)) index.set(name, values.push(params[name] ?? null));
    return `$${index.get(name)}`;
  });
  return [text, values];
}

/** An SQL condition with its :named parameters. */
export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Who may read an entry (alias e), its draft rule alone, the agendas that
 * allows (null: all), and the bottleneck an action's result links to (alias lb).
 */
export interface SearchScope {
  entry: Condition;
  /** What `entry` asks beyond the agendas: read per agenda of agendaIds, this is the whole scope. */
  draft: Condition;
  agendaIds: readonly string[] | null;
  linked: Condition;
}

/** The facet filters, each a list of values (any of them). */
export type SearchFilterValues = Partial<Record<'kinds' | 'agendaIds' | 'statuses' | 'themeIds' | 'types' | 'organisationIds', readonly string[] | null>>;

export interface PageRow {
  id: string;
  kind: SearchKind;
  bottleneck_id: string | null;
  action_id: string | null;
  assignment_id: string | null;
  status: string | null;
  score: number;
  updated_at: string;
  snippet_lang: Language;
  snippet: string | null;
  page_bottleneck_id: string | null;
  reference: string | null;
}

export interface WindowRow {
  window_total: number;
  total: number;
  page: PageRow[];
  facets: Array<{ field: SearchFacetField; value: string; count: number }>;
}

/** The facet columns of search_entry, and the filter that matches each. */
const FACETS: Array<{ field: SearchFacetField; column: string; filter: keyof SearchFilterValues }> = [
  { field: 'KIND', column: `e.kind`, filter: 'kinds' },
  { field: 'AGENDA', column: `e.agenda_id::text`, filter: 'agendaIds' },
  { field: 'STATUS', column: `(e.kind || ':' || e.status)`, filter: 'statuses' },
  { field: 'THEME', column: `e.theme_id::text`, filter: 'themeIds' },
  { field: 'TYPE', column: `e.type`, filter: 'types' },
  { field: 'ORGANISATION', column: `e.organisation_id::text`, filter: 'organisationIds' },
];

/** The scope of search_entry e: the lists' agenda condition, and the draft rule over the entry's draft_org (whose draft it belongs to). */
export function entryScope(agenda: Condition, draft: Condition): Pick<SearchScope, 'entry' | 'draft'> {
  return { entry: { sql: `${agenda.sql} AND ${draft.sql}`, params: { ...agenda.params, ...draft.params } }, draft };
}

interface WindowInput {
  expanded: ExpandedQuery;
  mode: 'strict' | 'fuzzy';
  scope: SearchScope;
  filter: SearchFilterValues;
  first: number;
  offset: number;
  language: Language;
}

/**
 * One statement: the window of matches within scope (most recent first, at
 * most SEARCH_WINDOW + 1), the facets counted over it (each facet under
 * the other facets' filters), and the requested page, ranked, with snippets.
 */
export async function searchWindow(run: Run, { expanded, mode, scope: { entry: scope, draft, agendaIds, linked }, filter, first, offset, language }: WindowInput): Promise<WindowRow> {
  const match = matchSql(expanded);
  if (match.empty) return { window_total: 0, total: 0, page: [], facets: [] };
    const active = FACETS.filter((f) => (filter[f.filter] as string[] | null | undefined)?.length);
    const filterParams = Object.fromEntries(active.map((f) => [`f_${f.field}`, filter[f.filter]]));
    const filtered = (except?: SearchFacetField) => active.filter((f) => f.field !== except).map((f) => `${f.column.replace(/e\./g, 'w.')} = ANY(:f_${f.field})`);
    const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
    const condition = mode === 'strict' ? match.strict : match.fuzzy;
    const rank = mode === 'strict' ? match.strictRank : match.fuzzyRank;
    const columns = `e.id, e.kind, e.agenda_id, e.bottleneck_id, e.action_id, e.assignment_id, e.status, e.theme_id, e.type, e.organisation_id, e.updated_at, ${rank} AS score`;
    /**
     * The most recent matches, in two steps whose costs are both bounded: the
     * newest RECENT_BUDGET entries in scope read in order (enough for a common
     * word: they hold the window), and only when they hold fewer than a window
     * of matches, every match through the full-text index (few, then).
     */
    const windowOf = (name: string, extra: string[]) => {
      const conditions = [scope.sql, ...extra].join(' AND ');
      const every = (guard: string) => `${name}_every AS MATERIALIZED (SELECT ${columns} FROM q, search_entry e WHERE ${condition} AND ${conditions}${guard})`;
      const ordered = `(SELECT * FROM ${name}_every ORDER BY updated_at DESC, id LIMIT ${SEARCH_WINDOW + 1})`;
      // Trigram matching runs only when full text found few: straight to the indexes.
      if (mode === 'fuzzy') return `${every(` LIMIT ${FUZZY_CANDIDATES}`)}, ${name} AS MATERIALIZED ${ordered}`;
      const newest = (where: string) => `(SELECT ${READ} FROM search_entry e WHERE ${where} ORDER BY e.updated_at DESC, e.id LIMIT ${RECENT_BUDGET})`;
      // Per agenda the caller reads (an index each, merged by date), so that entries of other agendas are not even read;
      // within one of the caller's agendas the draft rule is all the scope there is left to ask.
      const inAgenda = [draft.sql, ...extra].join(' AND ');
      const recent = agendaIds?.length
        ? `(SELECT * FROM (${agendaIds.map((_, i) => newest(`e.agenda_id = :agenda${i} AND ${inAgenda}`)).join(' UNION ALL ')}) u ORDER BY updated_at DESC, id LIMIT ${RECENT_BUDGET})`
        : newest(conditions);
      return `${name}_recent AS MATERIALIZED (
          SELECT ${columns} FROM q, ${recent} e
           WHERE ${condition} LIMIT ${SEARCH_WINDOW + 1}),
        ${every(` AND (SELECT count(*) FROM ${name}_recent) <= ${SEARCH_WINDOW}`)},
        ${name} AS MATERIALIZED (SELECT * FROM ${name}_recent WHERE (SELECT count(*) FROM ${name}_recent) > ${SEARCH_WINDOW} UNION ALL ${ordered})`;
    };
    // With a filter, the ranked set is the filtered matches (a window of its own, so a filter reaches past the unfiltered window).
    const hits = active.length ? windowOf('hits', active.map((f) => `${f.column} = ANY(:f_${f.field})`)) : `hits AS (SELECT * FROM win)`;
    const facets = FACETS.map(
      (f) => `SELECT '${f.field}' AS field, ${f.column.replace(/e\./g, 'w.')} AS value, count(*)::int AS count FROM win w ${where([...filtered(f.field), `${f.column.replace(/e\./g, 'w.')} IS NOT NULL`])} GROUP BY 2`,
    ).join(' UNION ALL ');
    const sql = `WITH q AS (${match.q}),
      ${windowOf('win', [])},
      ${hits},
      page AS (SELECT * FROM hits ORDER BY score DESC, id LIMIT :limit OFFSET :offset)
      SELECT (SELECT count(*)::int FROM win) AS window_total, (SELECT count(*)::int FROM hits) AS total,
        (SELECT coalesce(json_agg(p ORDER BY p.score DESC, p.id), '[]') FROM (
          SELECT h.id, h.kind, h.bottleneck_id, h.action_id, h.assignment_id, h.status, h.score, h.updated_at, s.lang AS snippet_lang,
                 ts_headline(gp_config(s.lang), e.texts->>s.lang, q.tsq_any, ${HEADLINE}) AS snippet,
                 coalesce(h.bottleneck_id, l.id) AS page_bottleneck_id, coalesce(b.reference, l.reference) AS reference
            FROM page h CROSS JOIN q JOIN search_entry e ON e.id = h.id
            LEFT JOIN bottleneck b ON b.id = h.bottleneck_id
            LEFT JOIN LATERAL (SELECT lb.id, lb.reference FROM action_bottleneck ab JOIN bottleneck lb ON lb.id = ab.bottleneck_id
                                WHERE h.bottleneck_id IS NULL AND ab.action_id = h.action_id AND ${linked.sql} ORDER BY lb.reference LIMIT 1) l ON TRUE
            CROSS JOIN LATERAL (SELECT coalesce(
              (SELECT x.l FROM unnest(ARRAY[:language, e.lang, 'nl', 'de', 'en']) WITH ORDINALITY x(l, o)
                WHERE e.texts ? x.l AND to_tsvector(gp_config(x.l), e.texts->>x.l) @@ q.tsq_any ORDER BY x.o LIMIT 1),
              CASE WHEN e.texts ? :language THEN :language ELSE e.lang END) AS lang OFFSET 0) s) p) AS page,
        (SELECT coalesce(json_agg(f ORDER BY f.field, f.count DESC, f.value), '[]') FROM (${facets}) f) AS facets`;
  const agendaParams = Object.fromEntries((agendaIds ?? []).map((id, i) => [`agenda${i}`, id]));
  const [row] = await run<WindowRow>(sql, { ...match.params, ...scope.params, ...linked.params, ...filterParams, ...agendaParams, limit: first, offset, language });
  return row;
}

/**
 * Words of the query that the register does not contain, each with the
 * closest word it does contain (trigram distance). The vocabulary spans
 * every agenda, so a correction is only ever used to search within the
 * caller's scope, never shown unchecked.
 */
export async function corrections(run: Run, parsed: ParsedQuery): Promise<Map<string, string>> {
  const words = [...new Set(parsed.groups.flat().filter((t) => !t.phrase).flatMap((t) => t.text.split(/\s+/)))].filter((w) => w.length >= 4);
  if (!words.length) return new Map();
  const rows = await run<{ typed: string; word: string }>(
    `SELECT t.typed, c.word FROM unnest(:words::text[]) t(typed)
       CROSS JOIN LATERAL (SELECT word FROM search_word WHERE gp_fold(word) % gp_fold(t.typed) ORDER BY gp_fold(word) <-> gp_fold(t.typed), word LIMIT 1) c
      WHERE NOT EXISTS (SELECT 1 FROM search_word w WHERE gp_fold(w.word) = gp_fold(t.typed))`,
    { words },
  );
  return new Map(rows.map((r) => [r.typed, r.word]));
}

const correct = (text: string, found: Map<string, string>) => text.split(/\s+/).map((w) => found.get(w) ?? w).join(' ');

/** Each term also as the register spells it (with that spelling's thesaurus equivalents). */
function withCorrections(expanded: ExpandedQuery, found: Map<string, string>, concepts: readonly ThesaurusConcept[]): ExpandedQuery {
  if (!found.size) return expanded;
  const widen = (term: ExpandedTerm): ExpandedTerm => {
    const corrected = correct(term.text, found);
    if (term.phrase || corrected === term.text) return term;
    const [extra] = expandQuery({ groups: [[{ text: corrected, phrase: false }]], excluded: [] }, concepts).groups[0];
    return { ...term, alternatives: [...new Set([...term.alternatives, ...extra.alternatives])] };
  };
  return { groups: expanded.groups.map((g) => g.map(widen)), excluded: expanded.excluded };
}

export interface Found {
  window: WindowRow;
  expanded: ExpandedQuery;
  didYouMean: string | null;
}

/**
 * The whole search: full text first; with few matches, widened by corrected
 * spellings and then by trigrams; when the words as typed find nothing, the
 * corrected query as "did you mean", offered only if it finds something the
 * caller may read.
 */
export async function findInRegister(run: Run, parsed: ParsedQuery, concepts: readonly ThesaurusConcept[], input: Omit<WindowInput, 'expanded' | 'mode'>): Promise<Found> {
  const expanded = expandQuery(parsed, concepts);
  const literal = await searchWindow(run, { ...input, expanded, mode: 'strict' });
  if (literal.window_total >= FUZZY_BELOW) return { window: literal, expanded, didYouMean: null };
  // Few full-text matches: the register's own spelling of words that look mistyped, then trigrams (compounds, partial words).
  const found = await corrections(run, parsed);
  let window = literal;
  let widened = expanded;
  if (found.size) {
    widened = withCorrections(expanded, found, concepts);
    window = await searchWindow(run, { ...input, expanded: widened, mode: 'strict' });
  }
  const suggestion: ParsedQuery = { groups: parsed.groups.map((g) => g.map((t) => (t.phrase ? t : { ...t, text: correct(t.text, found) }))), excluded: parsed.excluded };
  const didYouMean = literal.window_total === 0 && found.size && window.window_total > 0 ? formatQuery(suggestion) : null;
  if (window.window_total < FUZZY_BELOW) window = await searchWindow(run, { ...input, expanded: widened, mode: 'fuzzy' });
  return { window, expanded, didYouMean };
}
