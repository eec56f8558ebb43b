import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@grensportaal/shared-domain';
import { Button, Heading, Paragraph, StatusBadge } from '@grensportaal/web-ui';
import { useFormat } from '@web/app/format';
import type { ConferenceFieldsFragment, ReportFieldsFragment } from '@web/gql/graphql';
import { useGenerateReport, useUpdateConference } from '../hooks/useReportMutations';
import { ConferenceItems } from './ConferenceItems';
import { ReportLanguageField } from './ReportLanguageField';
import { ReportProgress } from './ReportProgress';

/** Writes the conference pack in a chosen language and follows it until it can be downloaded. */
function PackGenerator({ conference }: { conference: ConferenceFieldsFragment }) {
  const { t } = useTranslation(['report', 'common']);
  const format = useFormat();
  const [language, setLanguage] = useState<Language>(format.language);
  const [report, setReport] = useState<ReportFieldsFragment | null>(null);
  const { run, busy } = useGenerateReport();
  const generate = async () => {
    const result = await run({ input: { kind: 'CONFERENCE_PACK', conferenceId: conference.id, language } });
    if (result.ok && result.data) setReport(result.data.generateReport);
  };
  return (
    <div className="gp-report-generator">
      <ReportLanguageField value={language} onChange={setLanguage} />
      <Button appearance="primary" busy={busy} onClick={() => void generate()}>
        {t('report:conferences.generatePack')}
        <span className="gp-visually-hidden"> {format.date(conference.date)}</span>
      </Button>
      {report ? <ReportProgress key={report.id} report={report} /> : null}
    </div>
  );
}

/** One conference: when, where, who chairs, its items and decisions; the secretariat marks it held and writes its pack. */
export function ConferenceSection({ conference, agendaCode, canManage }: { conference: ConferenceFieldsFragment; agendaCode: string; canManage: boolean }) {
  const { t } = useTranslation('report');
  const format = useFormat();
  const update = useUpdateConference();
  const headingId = `conference-${conference.id}`;
  const markHeld = () =>
    void update.run({ input: { id: conference.id, version: conference.version, date: conference.date, place: conference.place, chair: conference.chair, status: 'HELD' } }, t('report:conferences.markedHeld'));
  return (
    <section aria-labelledby={headingId} className="gp-section gp-conference">
      <Heading level={2} id={headingId}>
        {t('report:conferences.heading', { date: format.date(conference.date), place: conference.place })}
      </Heading>
      <Paragraph>
        <StatusBadge tone={conference.status === 'HELD' ? 'ok' : 'info'}>{t(`report:conferenceStatus.${conference.status}`)}</StatusBadge> {t('report:conferences.chairedBy', { chair: conference.chair })}
      </Paragraph>
      {canManage && conference.status === 'PLANNED' ? (
        <Button busy={update.busy} onClick={markHeld}>
          {t('report:conferences.markHeld')}
          <span className="gp-visually-hidden"> {format.date(conference.date)}</span>
        </Button>
      ) : null}
      <ConferenceItems conference={conference} agendaCode={agendaCode} canManage={canManage} />
      {conference.status === 'PLANNED' ? <PackGenerator conference={conference} /> : null}
    </section>
  );
}
