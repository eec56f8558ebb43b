import { useTranslation } from 'react-i18next';
import { DateField } from '@grensportaal/web-ui';
import { todayPlus, useFormat } from '@web/app/format';

/** A due date: not in the past, typed or picked, in the reader's date order. */
export function DueDateField({ id, label, error, value, onChange }: { id?: string; label: string; error?: string | null; value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation('forms');
  const format = useFormat();
  return (
    <DateField
      id={id}
      label={label}
      description={t('forms:dateHint')}
      error={error}
      value={value}
      onChange={onChange}
      min={todayPlus(0)}
      locale={format.locale}
      calendarLabel={t('forms:calendar.open')}
      previousLabel={t('forms:calendar.previous')}
      nextLabel={t('forms:calendar.next')}
      required
    />
  );
}
