import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { paths } from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { Caller } from '@api/core/context/caller';
import { AppException, ErrorCode } from '@api/core/errors/app.exception';
import { parseQuery, ParsedQuery } from './search-query';
import { matchSql } from './search-sql';
import { bind, entryScope, findInRegister, PageRow, Run, SEARCH_WINDOW, SearchScope, snippetParts } from './search-statements';
import { SearchArgs, SearchHit, SearchResults, SimilarBottlenecksArgs } from './search.models';
import { expandQuery } from './thesaurus';
import { ThesaurusService } from './thesaurus.service';

/**
 * One search over bottlenecks, actions, questions, answers, progress notes
 * and comments, within exactly what the caller may read (the lists' scope
 * SQL, applied to each entry and to the bottleneck it belongs to), ranked by
 * text rank, field weight and recency, with facets, highlighted snippets and
 * a cursor. The statements are in search-statements.ts and search-sql.ts,
 * the index in the migration RegisterSearch.
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
    const { window: found, expanded, didYouMean } = await findInRegister(this.run, parseQuery(args.query), await this.thesaurus.concepts(), {
      scope: await this.scope(caller),
      filter: args.filter ?? {},
      first: args.first,
      offset,
      language: caller.language,
    });
    const expandedWith = [...new Set(expanded.groups.flat().flatMap((t) => (t.concepts.length ? t.alternatives.slice(1) : [])))];
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
    const scope = (await this.scope(caller)).entry;
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
    const rows = await this.run<PageRow>(sql, { ...match.params, ...scope.params, agendaCode: args.agendaCode, exceptId: args.exceptId, limit: args.first ?? 5 });
    return rows.map(toHit);
  }

  /** Who may read an entry: the lists' scope SQL on the entry's agenda, and the draft rule on the bottleneck it belongs to. */
  private async scope(caller: Caller): Promise<SearchScope> {
    const agendas = await this.access.agendaScope(caller);
    return {
      agendaIds: agendas.all ? null : [...agendas.agendaIds],
      ...entryScope(this.access.scopeCondition(caller, 'e', 'agenda'), this.access.draftCondition(caller, 'e.draft_org', 'eDraftOrg')),
      linked: this.access.scopeCondition(caller, 'lb', 'bottleneck'),
    };
  }

  private readonly run: Run = <T>(sql: string, params: Record<string, unknown>): Promise<T[]> => this.dataSource.query(...bind(sql, params));
}

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
