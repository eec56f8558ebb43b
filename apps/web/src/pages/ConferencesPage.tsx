import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '@grensportaal/shared-domain';
import { ErrorState, Heading, LoadingState, Paragraph } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { usePageTitle } from '@web/app/usePageTitle';
import { ConferenceSection } from '@web/modules/report/components/ConferenceSection';
import { PlanConferenceForm } from '@web/modules/report/components/PlanConferenceForm';
import { ConferencesQuery } from '@web/modules/report/graphql/report.graphql';
import { AgendaNotFound } from '@web/modules/agenda/components/AgendaNotFound';
import { useMe } from '@web/modules/user/hooks/useMe';

/** An agenda's cycle of conferences: planned and held, their items and decisions; the secretariat manages them. */
export function ConferencesPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation(['report', 'agenda', 'common']);
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(ConferencesQuery, { variables: { code } });
  const agenda = data?.agenda;
  usePageTitle(agenda ? t('report:conferences.title', { agenda: agenda.name }) : code);
  if (loading && !data) return <LoadingState label={t('common:state.loading')} />;
  if (error && !data) return <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} />;
  if (!agenda) return <AgendaNotFound />;
  const canManage = Boolean(me?.roles.includes('secretariat'));
  return (
    <>
      <p className="gp-breadcrumb">
        <Link to={paths.agenda(agenda.code)} className="utrecht-link">
          {t('report:conferences.back', { agenda: agenda.name })}
        </Link>
      </p>
      <Heading level={1}>{t('report:conferences.title', { agenda: agenda.name })}</Heading>
      <Paragraph lead>{t('report:conferences.intro')}</Paragraph>
      <Paragraph>
        <Link to={paths.reports({ agenda: agenda.code })} className="utrecht-link">
          {t('report:conferences.toReports')}
        </Link>
      </Paragraph>
      {canManage ? <PlanConferenceForm agendaCode={agenda.code} /> : null}
      {data?.conferences.length ? null : <Paragraph>{t('report:conferences.none')}</Paragraph>}
      {(data?.conferences ?? []).map((c) => (
        <ConferenceSection key={c.id} conference={c} agendaCode={agenda.code} canManage={canManage} />
      ))}
    </>
  );
}
