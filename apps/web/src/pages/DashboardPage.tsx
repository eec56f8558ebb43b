import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button, ErrorState, Fieldset, FormField, Heading, LoadingState, Paragraph, Select } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { today } from '@web/app/format';
import { NamedSelect } from '@web/app/forms/NamedSelect';
import { usePageTitle } from '@web/app/usePageTitle';
import type { DashboardFilter } from '@web/gql/graphql';
import { useAgendas } from '@web/modules/agenda/hooks/useAgendas';
import { ActionSection, QuarterSection, RegisterSection, ScoreboardSection, StageSection } from '@web/modules/dashboard/components/DashboardSections';
import { AnswerScoreboardQuery, ProgrammeDashboardQuery } from '@web/modules/dashboard/graphql/dashboard.graphql';
import { BorderEffectsSummary } from '@web/modules/border-effects/components/BorderEffectsSummary';

/** The first year of the register's history: the Grenslandconferentie of 2023. */
const FIRST_YEAR = 2023;
const KEYS = ['agenda', 'theme', 'year'] as const;
type Key = (typeof KEYS)[number];

function filterFrom(params: URLSearchParams): DashboardFilter {
  const agenda = params.get('agenda') || null;
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? params.get('year') : null;
  return { agendaCode: agenda, themeCode: agenda ? params.get('theme') || null : null, from: year ? `${year}-01-01` : null, to: year ? `${year}-12-31` : null };
}

/**
 * The programme in figures: per quarter, time in each stage, actions per
 * owner, the register by theme, type and area, and the ministries' answers.
 * The filter lives in the address, so a view can be shared; every chart
 * also reads as a table, and a figure with a list behind it links to it.
 */
export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  usePageTitle(t('dashboard:title'));
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const { agendas } = useAgendas();
  const [draft, setDraft] = useState<Record<Key, string>>(() => Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<Key, string>);
  useEffect(() => setDraft(Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<Key, string>), [params]);
  const dashboard = useQuery(ProgrammeDashboardQuery, { variables: { filter } });
  const scoreboard = useQuery(AnswerScoreboardQuery, { variables: { filter } });
  const years = Array.from({ length: Number(today().slice(0, 4)) - FIRST_YEAR + 1 }, (_, i) => String(Number(today().slice(0, 4)) - i));
  const agenda = agendas.find((a) => a.code === draft.agenda);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const k of KEYS) if (draft[k] && (k !== 'theme' || draft.agenda)) next.set(k, draft[k]);
    setParams(next);
  };
  const set = (key: Key, value: string) => setDraft((d) => ({ ...d, [key]: value, ...(key === 'agenda' ? { theme: '' } : {}) }));

  const failed = dashboard.error ?? scoreboard.error;
  const data = dashboard.data?.programmeDashboard;
  const board = scoreboard.data?.answerScoreboard;
  return (
    <>
      <Heading level={1}>{t('dashboard:title')}</Heading>
      <Paragraph lead>{t('dashboard:intro')}</Paragraph>
      <div className="gp-filters">
        <form onSubmit={apply}>
          <Fieldset legend={t('dashboard:filters.legend')}>
            <div className="gp-filters__grid">
              <NamedSelect label={t('dashboard:filters.agenda')} value={draft.agenda} onChange={(v) => set('agenda', v)} options={agendas} emptyLabel={t('dashboard:filters.allAgendas')} />
              <NamedSelect label={t('dashboard:filters.theme')} value={draft.theme} onChange={(v) => set('theme', v)} options={agenda?.themes ?? []} emptyLabel={t('dashboard:filters.allThemes')} disabled={!agenda} />
              <FormField label={t('dashboard:filters.period')}>
                {(control) => (
                  <Select {...control} value={draft.year} onChange={(e) => set('year', e.target.value)}>
                    <option value="">{t('dashboard:filters.recent')}</option>
                    {years.map((y) => (
                      <option key={y} value={y}>
                        {y}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
            </div>
            <Button type="submit" appearance="primary">
              {t('dashboard:filters.apply')}
            </Button>
          </Fieldset>
        </form>
      </div>
      {failed && !(data && board) ? (
        <ErrorState
          title={t('common:state.error.title')}
          message={apiProblem(failed, t('common:state.error.network')).message}
          retryLabel={t('common:state.retry')}
          onRetry={() => void Promise.all([dashboard.refetch(), scoreboard.refetch()])}
        />
      ) : !data || !board ? (
        <LoadingState label={t('common:state.loading')} />
      ) : (
        <div aria-busy={dashboard.loading || scoreboard.loading}>
          <Paragraph>{t('dashboard:period', { from: data.period.from, to: data.period.to })}</Paragraph>
          <QuarterSection quarters={data.quarters} />
          <StageSection stages={data.stages} waiting={data.waitingLongest} />
          <ActionSection owners={data.actionsByOwner} agendaCode={filter.agendaCode ?? null} />
          <RegisterSection dashboard={data} agendaCode={filter.agendaCode ?? null} agendas={agendas} />
          <ScoreboardSection scoreboard={board} />
          <BorderEffectsSummary year={filter.from ? Number(filter.from.slice(0, 4)) : null} />
        </div>
      )}
    </>
  );
}
