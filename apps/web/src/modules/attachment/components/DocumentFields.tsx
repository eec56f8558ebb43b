import { useTranslation } from 'react-i18next';
import type { Language } from '@grensportaal/shared-domain';
import { FormField, Select, TextArea, TextInput } from '@grensportaal/web-ui';
import type { useFormFields } from '@web/app/forms/useFormFields';

const LANGUAGES: Language[] = ['nl', 'de', 'en'];

export interface DocumentFieldsProps {
  title: string;
  description: string;
  language: Language;
  onTitle: (v: string) => void;
  onDescription: (v: string) => void;
  onLanguage: (v: Language) => void;
  fields: ReturnType<typeof useFormFields<'title' | 'description' | 'language'>>;
}

/** Title, description and language of one document: the same fields when uploading and when renaming. */
export function DocumentFields({ title, description, language, onTitle, onDescription, onLanguage, fields }: DocumentFieldsProps) {
  const { t } = useTranslation(['attachment', 'common']);
  return (
    <>
      <FormField {...fields.field('title')} required>
        {(control) => <TextInput {...control} value={title} onChange={(e) => onTitle(e.target.value)} maxLength={200} />}
      </FormField>
      <FormField {...fields.field('description')} description={t('attachment:descriptionHint')}>
        {(control) => <TextArea {...control} rows={2} value={description} onChange={(e) => onDescription(e.target.value)} />}
      </FormField>
      <FormField {...fields.field('language')}>
        {(control) => (
          <Select {...control} value={language} onChange={(e) => onLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`common:language.names.${l}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
    </>
  );
}
