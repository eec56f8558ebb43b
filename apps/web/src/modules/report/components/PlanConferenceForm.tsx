import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@grensportaal/shared-domain';
import { Button, DateField, Fieldset, FormField, TextInput } from '@grensportaal/web-ui';
import { ErrorSummary } from '@web/app/forms/ErrorSummary';
import { useFormFields } from '@web/app/forms/useFormFields';
import { useFormat } from '@web/app/format';
import { usePlanConference } from '../hooks/useReportMutations';

/** The secretariat plans a conference of the agenda (a past one, too, to record one that was held). */
export function PlanConferenceForm({ agendaCode }: { agendaCode: string }) {
  const { t } = useTranslation(['report', 'forms']);
  const format = useFormat();
  const [date, setDate] = useState<string | null>(null);
  const [place, setPlace] = useState('');
  const [chair, setChair] = useState('');
  const { run, busy, problem } = usePlanConference();
  const fields = useFormFields(problem, { date: t('report:conferences.date'), place: t('report:conferences.place'), chair: t('report:conferences.chair') });
  const plan = async () => {
    const result = await run({ input: { agendaCode, date: date ?? '', place, chair } }, t('report:conferences.planned'));
    if (result.ok) {
      setDate(null);
      setPlace('');
      setChair('');
    }
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void plan();
      }}
      noValidate
      className="gp-section"
    >
      <ErrorSummary fields={fields} />
      <Fieldset legend={t('report:conferences.plan')}>
        <DateField
          {...fields.field('date')}
          description={t('forms:dateHint')}
          value={date}
          onChange={setDate}
          locale={format.locale}
          calendarLabel={t('forms:calendar.open')}
          previousLabel={t('forms:calendar.previous')}
          nextLabel={t('forms:calendar.next')}
          required
        />
        <FormField {...fields.field('place')} required>
          {(control) => <TextInput {...control} value={place} maxLength={LIMITS.title} onChange={(e) => setPlace(e.target.value)} />}
        </FormField>
        <FormField {...fields.field('chair')} required>
          {(control) => <TextInput {...control} value={chair} maxLength={LIMITS.title} onChange={(e) => setChair(e.target.value)} />}
        </FormField>
        <Button type="submit" busy={busy}>
          {t('report:conferences.planSubmit')}
        </Button>
      </Fieldset>
    </form>
  );
}
