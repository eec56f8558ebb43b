import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Language, paths, SearchFacetField, SearchKind } from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { Caller } from '@api/core/context/caller';
import { AppException, ErrorCode } from '@api/core/errors/app.exception';
import { formatQuery, parseQuery, ParsedQuery } from './search-query';
import { matchSql, MatchSql } from './search-sql';
import { SearchArgs, SearchFilter, SearchHit, SearchResults, SimilarBottlenecksArgs, SnippetPart } from './search.models';
import { expandQuery, ExpandedQuery, ExpandedTerm } from './thesaurus';
import { ThesaurusService } from './thesaurus.service';

/** At most this many matches are ranked and counted; beyond it the most recent are (and the results say so). */
export const SEARCH_WINDOW = 2000;
/** Under this many full-text matches, trigram matching (compounds, partial words, typos) widens the search. */
const FUZZY_BELOW = 20;
const START = '\u0002';
const STOP = '\u0003';
const HEADLINE = `'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;

interface PageRow {
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

interface WindowRow {
  window_total: number;
  total: number;
  page: PageRow[];
  facets: Array<{ field: SearchFacetField; value: string; count: number }>;
}

/** The facet columns of search_entry, and how a filter value matches each. */
const FACETS: Array<{ field: SearchFacetField; column: string; filter: keyof SearchFilter; cast: string }> = [
  { field: 'KIND', column: `e.kind`, filter: 'kinds', cast: 'text[]' },
  { field: 'AGENDA', column: `e.agenda_id::text`, filter: 'agendaIds', cast: 'text[]' },
  { field: 'STATUS', column: `(e.kind || ':' || e.status)`, filter: 'statuses', cast: 'text[]' },
  { field: 'THEME', column: `e.theme_id::text`, filter: 'themeIds', cast: 'text[]' },
  { field: 'TYPE', column: `e.type`, filter: 'types', cast: 'text[]' },
  { field: 'ORGANISATION', column: `e.organisation_id::text`, filter: 'organisationIds', cast: 'text[]' },
];

/**
 * One search over bottlenecks, actions, questions, answers, progress notes
 * and comments, within exactly what the caller may read (the lists' scope
 * SQL, applied to each entry and to the bottleneck it belongs to), ranked by
 * text rank, field weight and recency, with facets, highlighted snippets and
 * a cursor. See search-sql.ts for the matching and the migration
 * RegisterSearch for the index.
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly thesaurus: ThesaurusService,
  ) {}

  async search(caller: Caller, args: SearchArgs): Promise<SearchResults> {
    const offset = decodeCursor(args.after);
    const parsed = parseQuery(args.query);
    const expanded = expandQuery(parsed, await this.thesaurus.concepts());
    const expandedWith = [...new Set(expanded.groups.flat().flatMap((t) => (t.concepts.length ? t.alternatives.slice(1) : [])))];
    const filter = args.filter ?? {};
    let found = await this.window(caller, expanded, 'strict', filter, offset, args.first);
    let didYouMean: string | null = null;
    if (found.window_total < FUZZY_BELOW) {
      // Few full-text matches: widen by trigrams, and by the register's own spelling of words that look mistyped.
      const literal = found.window_total;
      const corrections = await this.corrections(parsed);
      found = await this.window(caller, await this.withCorrections(expanded, corrections), 'fuzzy', filter, offset, args.first);
      if (literal === 0 && corrections.size) didYouMean = await this.didYouMean(caller, parsed, corrections);
    }
    const edges = found.page.map((row, i) => ({ cursor: encodeCursor(offset + i + 1), node: toHit(row) }));
    return {
      edges,
      pageInfo: { hasNextPage: offset + edges.length < Math.min(found.total, SEARCH_WINDOW), endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: Math.min(found.total, SEARCH_WINDOW),
      capped: found.window_total > SEARCH_WINDOW || found.total > SEARCH_WINDOW,
      facets: found.facets,
      didYouMean,
      expandedWith,
    };
  }

  /**
   * Bottlenecks whose texts share the words of a title being typed (widened
   * by the thesaurus): what the secretariat would call a possible duplicate.
   * At least two of the title's words (or its only one) must match.
   */
  async similarBottlenecks(caller: Caller, args: SimilarBottlenecksArgs): Promise<SearchHit[]> {
    const words = parseQuery(args.title.replace(/["-]/g, ' '));
    const alternatives: ParsedQuery = { groups: words.groups.flat().map((t) => [t]), excluded: [] };
    const expanded = expandQuery(alternatives, await this.thesaurus.concepts());
    if (!expanded.groups.length) return [];
    const match = matchSql(expanded);
    const scope = this.scope(caller);
    const matched = expanded.groups.map((_, i) => `(numnode(q.g${i}) > 0 AND e.tsv @@ q.g${i})::int`).join(' + ');
    const asked = expanded.groups.map((_, i) => `(numnode(q.g${i}) > 0)::int`).join(' + ');
    const sql = `WITH q AS (${match.q})
      SELECT e.id, e.kind, e.bottleneck_id, NULL AS action_id, NULL AS assignment_id, e.status, e.updated_at, e.bottleneck_id AS page_bottleneck_id,
             b.reference, ${match.anyRank} AS score, e.lang AS snippet_lang, NULL AS snippet
        FROM q, search_entry e JOIN bottleneck b ON b.id = e.bottleneck_id
       WHERE e.kind = 'BOTTLENECK' AND e.tsv @@ q.tsq_any AND ${scope.sql}
         AND (${matched}) >= LEAST(2, ${asked})
         ${args.agendaCode ? `AND e.agenda_id = (SELECT id FROM agenda WHERE code = :agendaCode)` : ''}
         ${args.exceptId ? `AND e.id <> :exceptId` : ''}
       ORDER BY score DESC, e.id LIMIT :limit`;
    const rows = await this.query<PageRow>(sql, { ...match.params, ...scope.params, agendaCode: args.agendaCode, exceptId: args.exceptId, limit: args.first ?? 5 });
    return rows.map(toHit);
  }

  /** Who may read an entry: its agenda, and for an entry of a bottleneck (its comments, questions, answers) that bottleneck's draft rule. */
  private scope(caller: Caller) {
    const agenda = this.access.scopeCondition(caller, 'e', 'agenda');
    const bottleneck = this.access.scopeCondition(caller, 'sb', 'bottleneck');
    return {
      sql: `${agenda.sql} AND (e.bottleneck_id IS NULL OR EXISTS (SELECT 1 FROM bottleneck sb WHERE sb.id = e.bottleneck_id AND ${bottleneck.sql}))`,
      params: { ...agenda.params, ...bottleneck.params },
      /** For the bottleneck an action's result links to. */
      linked: this.access.scopeCondition(caller, 'lb', 'bottleneck'),
    };
  }

  /**
   * One statement: the window of matches within scope (most recent first, at
   * most SEARCH_WINDOW + 1), the facets counted over it (each facet under
   * the other facets' filters), and the requested page, ranked, with snippets.
   */
  private async window(caller: Caller, expanded: ExpandedQuery, mode: 'strict' | 'fuzzy', filter: SearchFilter, offset: number, first: number): Promise<WindowRow> {
    const match: MatchSql = matchSql(expanded);
    if (match.empty) return { window_total: 0, total: 0, page: [], facets: [] };
    const scope = this.scope(caller);
    const active = FACETS.filter((f) => (filter[f.filter] as string[] | null | undefined)?.length);
    const filterParams = Object.fromEntries(active.map((f) => [`f_${f.field}`, filter[f.filter]]));
    const filtered = (except?: SearchFacetField) => active.filter((f) => f.field !== except).map((f) => `${f.column.replace(/e\./g, 'w.')} = ANY(:f_${f.field})`);
    const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
    const condition = mode === 'strict' ? match.strict : match.fuzzy;
    const rank = mode === 'strict' ? match.strictRank : match.fuzzyRank;
    const entries = (extra: string[]) => `SELECT e.id, e.kind, e.agenda_id, e.bottleneck_id, e.action_id, e.assignment_id, e.status, e.theme_id, e.type, e.organisation_id, e.updated_at, ${rank} AS score
        FROM q, search_entry e WHERE ${condition} AND ${scope.sql} ${extra.map((c) => `AND ${c}`).join(' ')}
        ORDER BY e.updated_at DESC, e.id LIMIT ${SEARCH_WINDOW + 1}`;
    // With a filter, the ranked set is the filtered matches (a window of its own, so a filter reaches past the unfiltered window).
    const hits = active.length ? entries(active.map((f) => `${f.column} = ANY(:f_${f.field})`)) : `SELECT * FROM win`;
    const facets = FACETS.map(
      (f) => `SELECT '${f.field}' AS field, ${f.column.replace(/e\./g, 'w.')} AS value, count(*)::int AS count FROM win w ${where([...filtered(f.field), `${f.column.replace(/e\./g, 'w.')} IS NOT NULL`])} GROUP BY 2`,
    ).join(' UNION ALL ');
    const sql = `WITH q AS (${match.q}),
      win AS MATERIALIZED (${entries([])}),
      hits AS MATERIALIZED (${hits}),
      page AS (SELECT * FROM hits ORDER BY score DESC, id LIMIT :limit OFFSET :offset)
      SELECT (SELECT count(*)::int FROM win) AS window_total, (SELECT count(*)::int FROM hits) AS total,
        (SELECT coalesce(json_agg(p ORDER BY p.score DESC, p.id), '[]') FROM (
          SELECT h.id, h.kind, h.bottleneck_id, h.action_id, h.assignment_id, h.status, h.score, h.updated_at, s.lang AS snippet_lang,
                 ts_headline(gp_config(s.lang), e.texts->>s.lang, q.tsq_any, ${HEADLINE}) AS snippet,
                 coalesce(h.bottleneck_id, l.id) AS page_bottleneck_id, coalesce(b.reference, l.reference) AS reference
            FROM page h CROSS JOIN q JOIN search_entry e ON e.id = h.id
            LEFT JOIN bottleneck b ON b.id = h.bottleneck_id
            LEFT JOIN LATERAL (SELECT lb.id, lb.reference FROM action_bottleneck ab JOIN bottleneck lb ON lb.id = ab.bottleneck_id
                                WHERE h.bottleneck_id IS NULL AND ab.action_id = h.action_id AND ${scope.linked.sql} ORDER BY lb.reference LIMIT 1) l ON TRUE
            CROSS JOIN LATERAL (SELECT coalesce(
              (SELECT x.l FROM unnest(ARRAY[:language, e.lang, 'nl', 'de', 'en']) WITH ORDINALITY x(l, o)
                WHERE e.texts ? x.l AND to_tsvector(gp_config(x.l), e.texts->>x.l) @@ q.tsq_any ORDER BY x.o LIMIT 1),
              CASE WHEN e.texts ? :language THEN :language ELSE e.lang END) AS lang) s) p) AS page,
        (SELECT coalesce(json_agg(f ORDER BY f.field, f.count DESC, f.value), '[]') FROM (${facets}) f) AS facets`;
    const [row] = await this.query<WindowRow>(sql, {
      ...match.params,
      ...scope.params,
      ...scope.linked.params,
      ...filterParams,
      limit: first,
      offset,
      language: caller.language,
    });
    return row;
  }

  /**
   * Words of the query that the register does not contain, each with the
   * closest word it does contain (trigram distance). The vocabulary spans
   * every agenda, so a correction is only ever used to search within the
   * caller's scope, never shown unchecked.
   */
  private async corrections(parsed: ParsedQuery): Promise<Map<string, string>> {
    const words = [...new Set(parsed.groups.flat().filter((t) => !t.phrase).flatMap((t) => t.text.split(/\s+/)))].filter((w) => w.length >= 4);
    if (!words.length) return new Map();
    const rows = await this.query<{ typed: string; word: string }>(
      `SELECT t.typed, c.word FROM unnest(:words::text[]) t(typed)
         CROSS JOIN LATERAL (SELECT word FROM search_word WHERE gp_fold(word) % gp_fold(t.typed) ORDER BY gp_fold(word) <-> gp_fold(t.typed), word LIMIT 1) c
        WHERE NOT EXISTS (SELECT 1 FROM search_word w WHERE gp_fold(w.word) = gp_fold(t.typed))`,
      { words },
    );
    return new Map(rows.map((r) => [r.typed, r.word]));
  }

  /** Each term also as the register spells it (with that spelling's thesaurus equivalents). */
  private async withCorrections(expanded: ExpandedQuery, corrections: Map<string, string>): Promise<ExpandedQuery> {
    if (!corrections.size) return expanded;
    const concepts = await this.thesaurus.concepts();
    const widen = (term: ExpandedTerm): ExpandedTerm => {
      const corrected = correct(term.text, corrections);
      if (term.phrase || corrected === term.text) return term;
      const [extra] = expandQuery({ groups: [[{ text: corrected, phrase: false }]], excluded: [] }, concepts).groups[0];
      return { ...term, alternatives: [...new Set([...term.alternatives, ...extra.alternatives])] };
    };
    return { groups: expanded.groups.map((g) => g.map(widen)), excluded: expanded.excluded };
  }

  /** When the words as typed find nothing: the query with the corrected words, offered only if it finds something the caller may read. */
  private async didYouMean(caller: Caller, parsed: ParsedQuery, corrections: Map<string, string>): Promise<string | null> {
    const suggestion: ParsedQuery = { groups: parsed.groups.map((g) => g.map((t) => (t.phrase ? t : { ...t, text: correct(t.text, corrections) }))), excluded: parsed.excluded };
    const expanded = expandQuery(suggestion, await this.thesaurus.concepts());
    const check = await this.window(caller, expanded, 'strict', {}, 0, 1);
    return check.window_total > 0 ? formatQuery(suggestion) : null;
  }

  private async query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [bound, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(bound, values);
  }
}

const correct = (text: string, corrections: Map<string, string>) => text.split(/\s+/).map((w) => corrections.get(w) ?? w).join(' ');

function toHit(row: PageRow): SearchHit {
  return {
    id: row.id,
    kind: row.kind,
    score: Number(row.score),
    language: row.snippet_lang,
    snippet: snippetParts(row.snippet),
    path: pathOf(row),
    status: row.status,
    updatedAt: new Date(row.updated_at),
    bottleneckId: row.bottleneck_id,
    actionId: row.action_id,
    assignmentId: row.assignment_id,
    pageBottleneckId: row.page_bottleneck_id,
  };
}

/** ts_headline's marked text as parts, so that no text is ever rendered as HTML. */
export function snippetParts(snippet: string | null): SnippetPart[] {
  if (!snippet) return [];
  const parts: SnippetPart[] = [];
  for (const [i, piece] of snippet.split(new RegExp(`[${START}${STOP}]`)).entries()) if (piece) parts.push({ text: piece, highlighted: i % 2 === 1 });
  return parts;
}

/** The page that shows a result, at its place on the page. */
function pathOf(row: PageRow): string {
  const onBottleneck = (anchor: string) => (row.reference ? `${paths.bottleneck(row.reference)}${anchor}` : paths.bottlenecks());
  switch (row.kind) {
    case 'BOTTLENECK':
      return onBottleneck('');
    case 'ACTION':
    case 'PROGRESS':
      return onBottleneck(`#action-${row.action_id}`);
    case 'QUESTION':
      return paths.question(row.assignment_id!);
    case 'ANSWER':
      return `${paths.question(row.assignment_id!)}#answer-${row.id}`;
    case 'COMMENT':
      return row.assignment_id ? `${paths.question(row.assignment_id)}#comment-${row.id}` : onBottleneck(`#comment-${row.id}`);
  }
}

function encodeCursor(position: number): string {
  return Buffer.from(`search:${position}`).toString('base64url');
}

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^search:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new AppException(ErrorCode.BAD_CURSOR, { field: 'after' });
  return Math.min(Number(match[1]), SEARCH_WINDOW);
}
