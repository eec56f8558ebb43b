import { useTranslation } from 'react-i18next';
import { ErrorState, Heading, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { usePageTitle } from '@web/app/usePageTitle';
import { AgendaCard } from '@web/modules/agenda/components/AgendaCard';
import { useAgendas } from '@web/modules/agenda/hooks/useAgendas';

export function AgendasPage() {
  const { t } = useTranslation(['agenda', 'common']);
  const { agendas, loading, error, refetch } = useAgendas();
  usePageTitle(t('agenda:list.title'));

  return (
    <>
      <Heading level={1}>{t('agenda:list.title')}</Heading>
      <Paragraph lead>{t('agenda:list.intro')}</Paragraph>
      {loading ? <LoadingState label={t('common:state.loading')} /> : null}
      {error ? (
        <ErrorState
          title={t('common:state.error.title')}
          message={apiProblem(error, t('common:state.error.network')).message}
          retryLabel={t('common:state.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : null}
      {!loading && !error && agendas.length === 0 ? <Paragraph>{t('agenda:list.empty')}</Paragraph> : null}
      <div className="gp-stack">
        {agendas.map((agenda) => (
          <AgendaCard key={agenda.id} agenda={agenda} />
        ))}
      </div>
    </>
  );
}
