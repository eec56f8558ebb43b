import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@web/app/auth/AuthProvider';
import { Alert, Button, ProgressBar } from '@grensportaal/web-ui';
import type { ReportFieldsFragment } from '@web/gql/graphql';
import { downloadFile } from '@web/modules/exchange/download';
import { GeneratedReportQuery } from '../graphql/report.graphql';

const POLL_MS = 700;

/** The DOCX and PDF of a finished report, each a download with the user's token; `what` names the report to screen readers where several are listed. */
export function ReportDownloads({ report, what }: { report: Pick<ReportFieldsFragment, 'id'>; what?: string }) {
  const { t, i18n } = useTranslation(['report', 'errors']);
  const auth = useAuth();
  const [failed, setFailed] = useState<string | null>(null);
  const download = (format: 'docx' | 'pdf') => {
    setFailed(null);
    downloadFile(`/reports/${report.id}/file?format=${format}`, auth.user?.access_token, i18n.language, `grensportaal-report.${format}`).catch((error: Error) =>
      setFailed(t(`errors:${error.message}`, { defaultValue: t('report:reports.downloadFailed') })),
    );
  };
  return (
    <>
      <span className="gp-card__actions">
        <Button onClick={() => download('docx')}>
          {t('report:reports.downloadDocx')}
          {what ? <span className="gp-visually-hidden"> {what}</span> : null}
        </Button>
        <Button onClick={() => download('pdf')}>
          {t('report:reports.downloadPdf')}
          {what ? <span className="gp-visually-hidden"> {what}</span> : null}
        </Button>
      </span>
      {failed ? <Alert type="error">{failed}</Alert> : null}
    </>
  );
}

/**
 * A report being written: its progress while the job runs (polled, and
 * announced politely to screen readers), then its downloads, or why it
 * failed.
 */
export function ReportProgress({ report }: { report: ReportFieldsFragment }) {
  const { t } = useTranslation('report');
  const running = report.status === 'QUEUED' || report.status === 'RUNNING';
  const { data } = useQuery(GeneratedReportQuery, { variables: { id: report.id }, pollInterval: running ? POLL_MS : 0, skip: !running, fetchPolicy: 'network-only' });
  const current = data?.generatedReport ?? report;
  const busy = current.status === 'QUEUED' || current.status === 'RUNNING';
  return (
    <div className="gp-report-progress">
      <div role="status" aria-live="polite">
        {busy ? <ProgressBar label={t('report:reports.progress')} value={current.progress} valueText={t('report:reports.progressText', { progress: current.progress })} /> : null}
        {current.status === 'DONE' ? <Alert type="ok">{t('report:reports.ready')}</Alert> : null}
      </div>
      {current.status === 'FAILED' ? <Alert type="error">{t('report:reports.failed')}</Alert> : null}
      {current.status === 'DONE' ? <ReportDownloads report={current} /> : null}
    </div>
  );
}
