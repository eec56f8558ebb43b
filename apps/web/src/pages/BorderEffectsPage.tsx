import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '@grensportaal/shared-domain';
import { Button, buttonClassName, DataTable, ErrorState, Fieldset, FormField, Heading, LoadingState, Paragraph, Select } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { useFormat } from '@web/app/format';
import { usePageTitle } from '@web/app/usePageTitle';
import type { ConsultationFilter } from '@web/gql/graphql';
import { MinistryFigures, ScreeningRounds } from '@web/modules/border-effects/components/ScreeningRounds';
import { BorderEffectsQuery } from '@web/modules/border-effects/graphql/border-effects.graphql';
import { Localized } from '@web/modules/text/components/Localized';

const KEYS = ['round', 'ministry', 'screening', 'test'] as const;
type Key = (typeof KEYS)[number];

/** The list's filter from the address: the state of the page lives in the URL. */
function filterFrom(params: URLSearchParams): ConsultationFilter {
  const screening = params.get('screening');
  const test = params.get('test');
  return {
    roundId: params.get('round') || null,
    ministryCode: params.get('ministry') || null,
    borderRelevant: screening === 'relevant' ? true : screening === 'notRelevant' ? false : null,
    unscreened: screening === 'unscreened' ? true : null,
    testCarriedOut: test === 'yes' ? true : test === 'no' ? false : null,
  };
}

/**
 * Border effects: the half-yearly screening of internet consultations, its
 * figures per round and per ministry, and the consultations screened, with
 * filters; the secretariat opens and closes rounds and records consultations.
 */
export function BorderEffectsPage() {
  const { t } = useTranslation(['borderEffects', 'common']);
  usePageTitle(t('borderEffects:title'));
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const [draft, setDraft] = useState<Record<Key, string>>(() => Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<Key, string>);
  useEffect(() => setDraft(Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<Key, string>), [params]);
  const after = params.get('after');
  const { data, loading, error, refetch } = useQuery(BorderEffectsQuery, { variables: { filter, after } });
  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  if (!data) return null;
  const canKeep = data.screeningRounds.some((r) => r.canKeep);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const k of KEYS) if (draft[k]) next.set(k, draft[k]);
    setParams(next);
  };
  const set = (key: Key, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const page = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    return `?${next.toString()}`;
  };
  const selectedRound = data.borderEffectsFigures.rounds.find((r) => r.round.id === filter.roundId) ?? data.borderEffectsFigures.rounds.at(-1);
  const openRound = data.screeningRounds.find((r) => r.status === 'OPEN');
  const rows = data.consultations.edges.map((e) => e.node);
  return (
    <>
      <Heading level={1}>{t('borderEffects:title')}</Heading>
      <Paragraph lead>{t('borderEffects:intro')}</Paragraph>
      <ScreeningRounds rounds={data.screeningRounds} figures={data.borderEffectsFigures.rounds} canKeep={canKeep} />
      {selectedRound ? <MinistryFigures figures={selectedRound} /> : null}

      <section aria-labelledby="consultations-heading" className="gp-section">
        <Heading level={2} id="consultations-heading">
          {t('borderEffects:list.title')}
        </Heading>
        {canKeep && openRound ? (
          <Paragraph>
            <Link to={paths.newConsultation({ round: openRound.id })} className="utrecht-link">
              {t('borderEffects:list.record', { round: openRound.code })}
            </Link>
            {' · '}
            <Link to={paths.importConsultations(openRound.id)} className="utrecht-link">
              {t('borderEffects:import.openInRound', { round: openRound.code })}
            </Link>
          </Paragraph>
        ) : null}
        <div className="gp-filters">
          <form onSubmit={apply}>
            <Fieldset legend={t('borderEffects:list.filters')}>
              <div className="gp-filters__grid">
                <FormField label={t('borderEffects:list.round')}>
                  {(control) => (
                    <Select {...control} value={draft.round} onChange={(e) => set('round', e.target.value)}>
                      <option value="">{t('borderEffects:list.allRounds')}</option>
                      {data.screeningRounds.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.code}
                        </option>
                      ))}
                    </Select>
                  )}
                </FormField>
                <FormField label={t('borderEffects:list.ministry')}>
                  {(control) => (
                    <Select {...control} value={draft.ministry} onChange={(e) => set('ministry', e.target.value)}>
                      <option value="">{t('borderEffects:list.allMinistries')}</option>
                      {data.organisations.map((o) => (
                        <option key={o.id} value={o.code}>
                          {o.name}
                        </option>
                      ))}
                    </Select>
                  )}
                </FormField>
                <FormField label={t('borderEffects:list.screening')}>
                  {(control) => (
                    <Select {...control} value={draft.screening} onChange={(e) => set('screening', e.target.value)}>
                      <option value="">{t('borderEffects:list.any')}</option>
                      <option value="relevant">{t('borderEffects:list.relevant')}</option>
                      <option value="notRelevant">{t('borderEffects:list.notRelevant')}</option>
                      <option value="unscreened">{t('borderEffects:list.unscreened')}</option>
                    </Select>
                  )}
                </FormField>
                <FormField label={t('borderEffects:list.test')}>
                  {(control) => (
                    <Select {...control} value={draft.test} onChange={(e) => set('test', e.target.value)}>
                      <option value="">{t('borderEffects:list.any')}</option>
                      <option value="yes">{t('borderEffects:list.tested')}</option>
                      <option value="no">{t('borderEffects:list.notTested')}</option>
                    </Select>
                  )}
                </FormField>
              </div>
              <Button type="submit" appearance="primary">
                {t('borderEffects:list.apply')}
              </Button>
            </Fieldset>
          </form>
        </div>
        <p className="utrecht-paragraph" role="status">
          {t('borderEffects:list.count', { count: data.consultations.totalCount })}
        </p>
        {rows.length ? (
          <DataTable
            caption={t('borderEffects:list.title')}
            captionHidden
            rows={rows}
            rowKey={(c) => c.id}
            columns={[
              {
                key: 'title',
                header: t('borderEffects:list.consultation'),
                rowHeader: true,
                cell: (c) => (
                  <Link to={paths.consultation(c.id)} className="utrecht-link">
                    <Localized value={c.title} compact />
                  </Link>
                ),
              },
              { key: 'ministry', header: t('borderEffects:list.ministry'), cell: (c) => c.ministry.name },
              { key: 'kind', header: t('borderEffects:field.kind'), cell: (c) => t(`borderEffects:consultationKind.${c.kind}`) },
              { key: 'period', header: t('borderEffects:field.period'), cell: (c) => t('borderEffects:field.periodValue', { from: format.date(c.periodStart), to: format.date(c.periodEnd) }) },
              { key: 'round', header: t('borderEffects:list.round'), cell: (c) => c.round.code },
              { key: 'relevant', header: t('borderEffects:field.borderRelevant'), cell: (c) => t(`borderEffects:answer.${answer(c.borderRelevant)}`) },
              { key: 'test', header: t('borderEffects:field.testCarriedOut'), cell: (c) => (c.borderRelevant ? t(`borderEffects:answer.${answer(c.testCarriedOut)}`) : '–') },
            ]}
          />
        ) : null}
        {after || data.consultations.pageInfo.hasNextPage ? (
          <nav aria-label={t('borderEffects:list.pages')} className="gp-pager">
            {after ? (
              <Link to={page(null)} className={buttonClassName('secondary')}>
                {t('borderEffects:list.firstPage')}
              </Link>
            ) : null}
            {data.consultations.pageInfo.hasNextPage ? (
              <Link to={page(data.consultations.pageInfo.endCursor ?? null)} className={buttonClassName('secondary')}>
                {t('borderEffects:list.nextPage')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}

/** Yes, no, or not yet known. */
function answer(value: boolean | null | undefined): 'yes' | 'no' | 'unknown' {
  return value === true ? 'yes' : value === false ? 'no' : 'unknown';
}
