import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataTable, ErrorState, Heading, LoadingState, Paragraph, StatusBadge, type Column, type Tone } from '@grensportaal/web-ui';
import { apiProblem } from '@web/app/api-errors';
import { useFormat } from '@web/app/format';
import { usePageTitle } from '@web/app/usePageTitle';
import type { ReportFieldsFragment, ReportStatus } from '@web/gql/graphql';
import { GenerateReportForm } from '@web/modules/report/components/GenerateReportForm';
import { ReportDownloads } from '@web/modules/report/components/ReportProgress';
import { GeneratedReportsQuery } from '@web/modules/report/graphql/report.graphql';

const TONES: Record<ReportStatus, Tone> = { QUEUED: 'neutral', RUNNING: 'info', DONE: 'ok', FAILED: 'error' };

/** Reports written from the record: ask for one, follow it, and the reports generated before, with who asked and from which state of the register. */
export function ReportsPage() {
  const { t } = useTranslation(['report', 'common']);
  const format = useFormat();
  const [params] = useSearchParams();
  const agendaCode = params.get('agenda');
  usePageTitle(t('report:reports.title'));
  const { data, loading, error, refetch } = useQuery(GeneratedReportsQuery, { variables: { agendaCode } });
  const what = (r: ReportFieldsFragment) =>
    r.kind === 'YEARLY'
      ? t('report:reports.yearlyOf', { year: r.year, scope: r.agenda?.name ?? t('report:reports.programme') })
      : t('report:reports.packOf', { agenda: r.agenda?.name ?? '', date: r.conferenceDate ? format.date(r.conferenceDate) : '', place: r.conferencePlace ?? '' });
  const columns: Array<Column<ReportFieldsFragment>> = [
    { key: 'what', header: t('report:reports.what'), rowHeader: true, cell: what },
    { key: 'language', header: t('report:reports.language'), cell: (r) => t(`common:languageName.${r.language}`) },
    { key: 'requested', header: t('report:reports.requested'), cell: (r) => t('report:reports.requestedBy', { name: r.requestedByName, date: format.dateTime(r.requestedAt) }) },
    { key: 'state', header: t('report:reports.state'), cell: (r) => (r.stateAt ? t('report:reports.stateOf', { date: format.dateTime(r.stateAt), entry: r.lastHistoryId ?? '0' }) : '–') },
    { key: 'status', header: t('report:reports.status'), cell: (r) => <StatusBadge tone={TONES[r.status]}>{t(`report:status.${r.status}`)}</StatusBadge> },
    { key: 'files', header: t('report:reports.files'), cell: (r) => (r.status === 'DONE' ? <ReportDownloads report={r} what={`${what(r)}, ${t(`common:languageName.${r.language}`)}`} /> : null) },
  ];
  return (
    <>
      <Heading level={1}>{t('report:reports.title')}</Heading>
      <Paragraph lead>{t('report:reports.intro')}</Paragraph>
      <GenerateReportForm agendaCode={agendaCode} />
      <section aria-labelledby="reports-heading" className="gp-section">
        <Heading level={2} id="reports-heading">
          {t('report:reports.listHeading')}
        </Heading>
        {loading && !data ? <LoadingState label={t('common:state.loading')} /> : null}
        {error && !data ? <ErrorState title={t('common:state.error.title')} message={apiProblem(error, t('common:state.error.network')).message} retryLabel={t('common:state.retry')} onRetry={() => void refetch()} /> : null}
        {data && !data.generatedReports.length ? <Paragraph>{t('report:reports.none')}</Paragraph> : null}
        {data?.generatedReports.length ? <DataTable caption={t('report:reports.listCaption')} captionHidden columns={columns} rows={data.generatedReports} rowKey={(r) => r.id} /> : null}
      </section>
    </>
  );
}
