import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button, buttonClassName, ErrorState, FormField, Heading, LoadingState, Paragraph, TextInput } from '@grensportaal/web-ui';
import { paths, SEARCH_LIMITS } from '@grensportaal/shared-domain';
import { apiProblem } from '@web/app/api-errors';
import { usePageTitle } from '@web/app/usePageTitle';
import type { BottleneckType, SearchFilter, SearchKind } from '@web/gql/graphql';
import { FACET_KEYS, SearchFacets } from '@web/modules/search/components/SearchFacets';
import { SearchResult } from '@web/modules/search/components/SearchResult';
import { SearchQuery } from '@web/modules/search/graphql/search.graphql';

const PAGE_SIZE = 20;

function filterFrom(params: URLSearchParams): SearchFilter {
  const all = (key: string) => (params.getAll(key).length ? params.getAll(key) : null);
  return {
    kinds: all(FACET_KEYS.KIND) as SearchKind[] | null,
    agendaIds: all(FACET_KEYS.AGENDA),
    statuses: all(FACET_KEYS.STATUS),
    themeIds: all(FACET_KEYS.THEME),
    types: all(FACET_KEYS.TYPE) as BottleneckType[] | null,
    organisationIds: all(FACET_KEYS.ORGANISATION),
  };
}

/**
 * The results of one search over the register. Everything lives in the
 * address (query, facets, page), so results can be shared and the back
 * button returns to the previous ones.
 */
export function SearchPage() {
  const { t } = useTranslation(['search', 'common']);
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  usePageTitle(q ? `${t('search:title')}: ${q}` : t('search:title'));
  const after = params.get('after');
  const { data, previousData, loading, error, refetch } = useQuery(SearchQuery, { variables: { query: q, filter: filterFrom(params), first: PAGE_SIZE, after }, skip: !q });
  const results = (data ?? previousData)?.search;
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) setParams({ q: draft.trim() });
  };
  const toggle = (key: string, value: string, on: boolean) => {
    const next = new URLSearchParams(params);
    const values = next.getAll(key).filter((v) => v !== value);
    next.delete(key);
    for (const v of on ? [...values, value] : values) next.append(key, v);
    next.delete('after');
    setParams(next, { preventScrollReset: true });
  };
  const page = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    return `?${next.toString()}`;
  };
  const filtered = Object.values(FACET_KEYS).some((key) => params.has(key));

  return (
    <>
      <Heading level={1}>{t('search:title')}</Heading>
      <Paragraph lead>{t('search:intro')}</Paragraph>
      <form onSubmit={submit} className="gp-search-form">
        <FormField label={t('search:form.label')} description={t('search:form.hint')}>
          {(control) => <TextInput {...control} type="search" value={draft} maxLength={SEARCH_LIMITS.queryLength} onChange={(e) => setDraft(e.target.value)} />}
        </FormField>
        <Button type="submit" appearance="primary">
          {t('search:box.submit')}
        </Button>
      </form>

      <div role="status" aria-live="polite" className="gp-result-count">
        {!q ? <Paragraph>{t('search:empty')}</Paragraph> : null}
        {q && results ? <Paragraph>{results.totalCount ? t('search:count', { count: results.totalCount, query: q }) : t('search:none', { query: q })}</Paragraph> : null}
      </div>
      {q && results?.didYouMean ? (
        <Paragraph>
          {t('search:didYouMean')} <Link to={paths.search({ q: results.didYouMean })}>{results.didYouMean}</Link>?
        </Paragraph>
      ) : null}
      {q && results && !results.totalCount ? <Paragraph>{t('search:noneHint')}</Paragraph> : null}
      {q && results?.expandedWith.length ? <Paragraph className="gp-muted">{t('search:expandedWith', { terms: results.expandedWith.join(', ') })}</Paragraph> : null}
      {q && results?.capped ? <Paragraph>{t('search:capped', { count: results.totalCount })}</Paragraph> : null}
      {loading && !results ? <LoadingState label={t('common:state.loading')} /> : null}
      {error ? <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} /> : null}

      {q && results ? (
        <div className="gp-search-layout" aria-busy={loading}>
          <div>
            <SearchFacets facets={results.facets} chosen={(key) => params.getAll(key)} onToggle={toggle} />
            {filtered ? (
              <Link to={paths.search({ q })} className={buttonClassName('subtle')}>
                {t('search:facets.clear')}
              </Link>
            ) : null}
          </div>
          <section aria-labelledby="search-results">
            <Heading level={2} id="search-results" className="gp-visually-hidden">
              {t('search:results')}
            </Heading>
            <ol className="gp-search-hits">
              {results.edges.map((e) => (
                <li key={e.node.id}>
                  <SearchResult hit={e.node} />
                </li>
              ))}
            </ol>
            {after || results.pageInfo.hasNextPage ? (
              <nav aria-label={t('search:pages')} className="gp-pager">
                {after ? (
                  <Link to={page(null)} className={buttonClassName('secondary')}>
                    {t('search:firstPage')}
                  </Link>
                ) : null}
                {results.pageInfo.hasNextPage ? (
                  <Link to={page(results.pageInfo.endCursor ?? null)} className={buttonClassName('secondary')}>
                    {t('search:nextPage')}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>
        </div>
      ) : null}
    </>
  );
}
