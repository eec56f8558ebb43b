import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@grensportaal/shared-domain';
import { FormField, Select } from '@grensportaal/web-ui';

/** The language a report is written in: any of the three, whatever the interface language. */
export function ReportLanguageField({ value, onChange, id, error }: { value: Language; onChange: (language: Language) => void; id?: string; error?: string | null }) {
  const { t } = useTranslation(['report', 'common']);
  return (
    <FormField id={id} label={t('report:reports.language')} error={error} required>
      {(control) => (
        <Select {...control} value={value} onChange={(e) => onChange(e.target.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`common:languageName.${l}`)}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}
