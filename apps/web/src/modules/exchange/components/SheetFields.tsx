import { useTranslation } from 'react-i18next';
import { FormField, Select } from '@grensportaal/web-ui';

interface Props {
  languageLabel: string;
  language: string;
  onLanguage: (language: string) => void;
  fileLabel: string;
  fileHint: string;
  onFile: (file: File | null) => void;
}

/** The language of a sheet's texts and the sheet itself (CSV or XLSX), as every import asks for them. */
export function SheetFields({ languageLabel, language, onLanguage, fileLabel, fileHint, onFile }: Props) {
  const { t } = useTranslation(['common']);
  return (
    <>
      <FormField label={languageLabel}>
        {(control) => (
          <Select {...control} value={language} onChange={(e) => onLanguage(e.target.value)}>
            {['nl', 'de', 'en'].map((l) => (
              <option key={l} value={l}>
                {t(`common:language.names.${l}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={fileLabel} description={fileHint} required>
        {(control) => (
          <input
            {...control}
            type="file"
            className="utrecht-textbox gp-file-input"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => onFile(e.target.files?.[0] ?? null)}
          />
        )}
      </FormField>
    </>
  );
}
