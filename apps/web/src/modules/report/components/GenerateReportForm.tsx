import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Language, ReportKind } from '@grensportaal/shared-domain';
import { Button, Choices, Fieldset, FormField, Select, TextInput } from '@grensportaal/web-ui';
import { ErrorSummary } from '@web/app/forms/ErrorSummary';
import { useFormFields } from '@web/app/forms/useFormFields';
import { today, useFormat } from '@web/app/format';
import type { ReportFieldsFragment } from '@web/gql/graphql';
import { ReportChoicesQuery } from '../graphql/report.graphql';
import { useGenerateReport } from '../hooks/useReportMutations';
import { ReportLanguageField } from './ReportLanguageField';
import { ReportProgress } from './ReportProgress';

/** Asks for a yearly progress report (of an agenda or the programme) or a conference pack, in a chosen language, and follows it. */
export function GenerateReportForm({ agendaCode }: { agendaCode: string | null }) {
  const { t } = useTranslation(['report', 'common', 'forms']);
  const format = useFormat();
  const { data } = useQuery(ReportChoicesQuery);
  const [kind, setKind] = useState<ReportKind>('YEARLY');
  const [agenda, setAgenda] = useState(agendaCode ?? '');
  const [year, setYear] = useState(today().slice(0, 4));
  const [conferenceId, setConferenceId] = useState('');
  const [language, setLanguage] = useState<Language>(format.language);
  const [report, setReport] = useState<ReportFieldsFragment | null>(null);
  const { run, busy, problem } = useGenerateReport();
  const fields = useFormFields(problem, { kind: t('report:reports.kind'), agendaCode: t('report:reports.agenda'), year: t('report:reports.year'), conferenceId: t('report:reports.conference'), language: t('report:reports.language') });
  const agendas = data?.agendas ?? [];
  const conferences = data?.conferences ?? [];
  const generate = async () => {
    const input =
      kind === 'YEARLY'
        ? { kind, agendaCode: agenda || null, year: /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null, language }
        : { kind, conferenceId: conferenceId || null, language };
    const result = await run({ input });
    if (result.ok && result.data) setReport(result.data.generateReport);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void generate();
      }}
      noValidate
      className="gp-section"
    >
      <ErrorSummary fields={fields} />
      <Fieldset legend={t('report:reports.generate')}>
        <Choices
          {...fields.field('kind')}
          name="report-kind"
          options={[
            { value: 'YEARLY' as const, label: t('report:kind.YEARLY'), description: t('report:reports.yearlyHint') },
            { value: 'CONFERENCE_PACK' as const, label: t('report:kind.CONFERENCE_PACK'), description: t('report:reports.packHint') },
          ]}
          value={kind}
          onChange={setKind}
        />
        {kind === 'YEARLY' ? (
          <>
            <FormField {...fields.field('agendaCode')}>
              {(control) => (
                <Select {...control} value={agenda} onChange={(e) => setAgenda(e.target.value)}>
                  <option value="">{t('report:reports.programme')}</option>
                  {agendas.map((a) => (
                    <option key={a.code} value={a.code}>
                      {a.name}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
            <FormField {...fields.field('year')} required>
              {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" value={year} maxLength={4} onChange={(e) => setYear(e.target.value)} />}
            </FormField>
          </>
        ) : (
          <FormField {...fields.field('conferenceId')} required>
            {(control) => (
              <Select {...control} value={conferenceId} onChange={(e) => setConferenceId(e.target.value)}>
                <option value="">{t('forms:choose')}</option>
                {agendas.map((a) => (
                  <optgroup key={a.code} label={a.name}>
                    {conferences.filter((c) => c.agenda.code === a.code).map((c) => (
                      <option key={c.id} value={c.id}>
                        {t('report:conferences.heading', { date: format.date(c.date), place: c.place })} ({t(`report:conferenceStatus.${c.status}`)})
                      </option>
                    ))}
                  </optgroup>
                ))}
              </Select>
            )}
          </FormField>
        )}
        <ReportLanguageField id={fields.field('language').id} error={fields.field('language').error} value={language} onChange={setLanguage} />
        <Button type="submit" appearance="primary" busy={busy}>
          {t('report:reports.generateSubmit')}
        </Button>
      </Fieldset>
      {report ? <ReportProgress key={report.id} report={report} /> : null}
    </form>
  );
}
