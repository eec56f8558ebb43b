import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button, buttonClassName, ErrorState, Fieldset, FormField, Heading, LoadingState, Paragraph, Select, TextInput } from '@grensportaal/web-ui';
import { BOTTLENECK_TYPES, paths } from '@grensportaal/shared-domain';
import { apiProblem } from '@web/app/api-errors';
import { NamedSelect } from '@web/app/forms/NamedSelect';
import { usePageTitle } from '@web/app/usePageTitle';
import type { BottleneckFilter, BottleneckOrder, BottleneckStatus, BottleneckType } from '@web/gql/graphql';
import { useAgendas } from '@web/modules/agenda/hooks/useAgendas';
import { BottleneckTable } from '@web/modules/bottleneck/components/BottleneckTable';
import { BottleneckTypeOptions } from '@web/modules/bottleneck/components/BottleneckTypeOptions';
import { ExportMenu } from '@web/modules/exchange/components/ExportMenu';
import { useBottlenecks } from '@web/modules/bottleneck/hooks/useBottlenecks';
import { useOrganisations } from '@web/modules/organisation/hooks/useOrganisations';

const STATUSES: BottleneckStatus[] = ['DRAFT', 'SUBMITTED', 'IDENTIFICATION', 'ANALYSIS', 'ADVICE', 'DECISION', 'CLOSED'];
const ORDERS: BottleneckOrder[] = ['UPDATED_DESC', 'CREATED_DESC', 'REFERENCE_ASC', 'REFERENCE_DESC', 'UPDATED_ASC'];
const PAGE_SIZE = 25;
/** The URL parameters of the list, in the order they appear in a shared link. */
const KEYS = ['agenda', 'status', 'theme', 'type', 'reporter', 'ministry', 'owner', 'overdue', 'q', 'sort'] as const;
type Key = (typeof KEYS)[number];

function filterFrom(params: URLSearchParams): BottleneckFilter {
  const status = params.get('status') as BottleneckStatus | null;
  const type = params.get('type') as BottleneckType | null;
  return {
    types: type && (BOTTLENECK_TYPES as readonly string[]).includes(type) ? [type] : null,
    actionOwnerCode: params.get('owner') || null,
    agendaCode: params.get('agenda') || null,
    statuses: status && STATUSES.includes(status) ? [status] : null,
    themeCode: params.get('agenda') ? params.get('theme') || null : null,
    reportingOrganisationCode: params.get('reporter') || null,
    assignedMinistryCode: params.get('ministry') || null,
    hasOverdueActions: params.get('overdue') === '1' ? true : null,
    text: params.get('q') || null,
  };
}

/**
 * All bottlenecks the user may see, filtered, searched and sorted. The
 * filters live in the address, so a list can be shared and the back button
 * returns to the previous one.
 */
export function BottlenecksPage() {
  const { t } = useTranslation(['bottleneck', 'register', 'forms', 'common', 'exchange']);
  usePageTitle(t('bottleneck:list.title'));
  const [params, setParams] = useSearchParams();
  const { agendas } = useAgendas();
  const ministries = useOrganisations({ kind: 'MINISTRY' });
  const owners = useOrganisations({});
  const sort = (ORDERS as string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as BottleneckOrder) : 'UPDATED_DESC';
  const after = params.get('after');
  const { data, loading, error, refetch } = useBottlenecks({ filter: filterFrom(params), orderBy: sort, first: PAGE_SIZE, after });

  // The form edits a copy; "Show" puts it in the address.
  const [draft, setDraft] = useState<Record<Key, string>>(() => Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<Key, string>);
  useEffect(() => setDraft(Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<Key, string>), [params]);
  const set = (key: Key, value: string) => setDraft((d) => ({ ...d, [key]: value, ...(key === 'agenda' ? { theme: '', reporter: '' } : {}) }));
  const agenda = agendas.find((a) => a.code === draft.agenda);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const k of KEYS) if (draft[k]) next.set(k, draft[k]);
    setParams(next);
  };
  const page = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    return `?${next.toString()}`;
  };

  const connection = data?.bottlenecks;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <Heading level={1}>{t('bottleneck:list.title')}</Heading>
      <Paragraph lead>{t('bottleneck:list.intro')}</Paragraph>
      <div role="search" className="gp-filters" aria-label={t('bottleneck:list.filters')}>
        <form onSubmit={apply}>
          <Fieldset legend={t('bottleneck:list.filters')}>
            <div className="gp-filters__grid">
              <FormField label={t('bottleneck:list.search')} description={t('bottleneck:list.searchHint')}>
                {(control) => <TextInput {...control} type="search" value={draft.q} onChange={(e) => set('q', e.target.value)} />}
              </FormField>
              <NamedSelect label={t('bottleneck:fields.agenda')} value={draft.agenda} onChange={(v) => set('agenda', v)} options={agendas} emptyLabel={t('bottleneck:list.allAgendas')} />
              <FormField label={t('bottleneck:columns.status')}>
                {(control) => (
                  <Select {...control} value={draft.status} onChange={(e) => set('status', e.target.value)}>
                    <option value="">{t('bottleneck:list.allStatuses')}</option>
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`register:bottleneckStatus.${s}`)}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
              <NamedSelect
                label={t('bottleneck:fields.theme')}
                description={agenda ? undefined : t('bottleneck:fields.agendaFirst')}
                value={draft.theme}
                onChange={(v) => set('theme', v)}
                options={agenda?.themes ?? []}
                emptyLabel={t('bottleneck:list.allThemes')}
                disabled={!agenda}
              />
              <FormField label={t('bottleneck:list.type')}>
                {(control) => (
                  <Select {...control} value={draft.type} onChange={(e) => set('type', e.target.value)}>
                    <BottleneckTypeOptions emptyLabel={t('bottleneck:list.allTypes')} />
                  </Select>
                )}
              </FormField>
              <NamedSelect
                label={t('bottleneck:fields.reporter')}
                value={draft.reporter}
                onChange={(v) => set('reporter', v)}
                options={[...new Map((agenda ? [agenda] : agendas).flatMap((a) => a.partners).map((p) => [p.code, p])).values()].sort((x, y) => x.name.localeCompare(y.name))}
                emptyLabel={t('bottleneck:list.allReporters')}
              />
              <NamedSelect
                label={t('bottleneck:list.ministry')}
                value={draft.ministry}
                onChange={(v) => set('ministry', v)}
                options={ministries.data?.organisations ?? []}
                emptyLabel={t('bottleneck:list.anyMinistry')}
              />
              <NamedSelect
                label={t('bottleneck:list.actionOwner')}
                value={draft.owner}
                onChange={(v) => set('owner', v)}
                options={owners.data?.organisations ?? []}
                emptyLabel={t('bottleneck:list.anyActionOwner')}
              />
              <FormField label={t('bottleneck:list.sort')}>
                {(control) => (
                  <Select {...control} value={draft.sort || 'UPDATED_DESC'} onChange={(e) => set('sort', e.target.value === 'UPDATED_DESC' ? '' : e.target.value)}>
                    {ORDERS.map((o) => (
                      <option key={o} value={o}>
                        {t(`bottleneck:list.order.${o}`)}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
            </div>
            <div className="utrecht-form-field utrecht-form-field--checkbox gp-choice">
              <input id="filter-overdue" type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={draft.overdue === '1'} onChange={(e) => set('overdue', e.target.checked ? '1' : '')} />
              <label htmlFor="filter-overdue" className="utrecht-form-label utrecht-form-label--checkbox">
                {t('bottleneck:list.overdueOnly')}
              </label>
            </div>
            <div className="gp-form__actions">
              <Button type="submit" appearance="primary">
                {t('bottleneck:list.apply')}
              </Button>
              <Link to={paths.bottlenecks()} className={buttonClassName('subtle')}>
                {t('bottleneck:list.reset')}
              </Link>
            </div>
          </Fieldset>
        </form>
      </div>

      <div className="gp-list-tools">
        <div role="status" aria-live="polite" className="gp-result-count">
          {connection ? <Paragraph>{t('bottleneck:list.count', { count: connection.totalCount })}</Paragraph> : null}
        </div>
        <ExportMenu subject={{ kind: 'BOTTLENECKS', bottleneckFilter: filterFrom(params), bottleneckOrder: sort }} what={t('exchange:what.bottlenecks')} bridge />
      </div>
      {loading && !data ? <LoadingState label={t('common:state.loading')} /> : null}
      {error ? (
        <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />
      ) : null}
      {rows.length ? <BottleneckTable rows={rows} caption={t('bottleneck:list.caption')} captionHidden /> : null}
      {connection && (after || connection.pageInfo.hasNextPage) ? (
        <nav aria-label={t('bottleneck:list.pages')} className="gp-pager">
          {after ? (
            <Link to={page(null)} className={buttonClassName('secondary')}>
              {t('bottleneck:list.firstPage')}
            </Link>
          ) : null}
          {connection.pageInfo.hasNextPage ? (
            <Link to={page(connection.pageInfo.endCursor ?? null)} className={buttonClassName('secondary')}>
              {t('bottleneck:list.nextPage')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
