import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormField, Heading, Select, StatusBadge, TextArea } from '@grensportaal/web-ui';
import { useFormat } from '@web/app/format';
import { useFormFields } from '@web/app/forms/useFormFields';
import type { Language, TextVersionFieldsFragment, TranslationTarget } from '@web/gql/graphql';
import { useTranslateText } from '@web/modules/text/hooks/useTranslateText';

const LANGUAGES: Language[] = ['nl', 'de', 'en'];

export interface TranslatableField {
  field: string;
  label: string;
  versions: TextVersionFieldsFragment[];
}

interface Props {
  target: TranslationTarget;
  id: string;
  version: number;
  fields: TranslatableField[];
  headingLevel?: 2 | 3;
}

/** One text in every language: the original, each translation (who, how, outdated or not), and a form to add or correct one. */
function FieldTranslations({ target, id, version, field, headingLevel }: Omit<Props, 'fields'> & { field: TranslatableField }) {
  const { t, i18n } = useTranslation(['translation', 'common', 'register', 'forms']);
  const format = useFormat();
  const original = field.versions.find((v) => v.isOriginal);
  const others = LANGUAGES.filter((l) => l !== original?.language);
  const [language, setLanguage] = useState<Language>(others.includes(i18n.language as Language) ? (i18n.language as Language) : others[0]);
  const existing = field.versions.find((v) => v.language === language && !v.isOriginal);
  const [text, setText] = useState(existing?.text ?? '');
  const { run: translate, busy, problem } = useTranslateText();
  const formFields = useFormFields(problem, { text: t('translation:text', { field: field.label, language: t(`common:languageName.${language}`) }) });

  const choose = (next: Language) => {
    setLanguage(next);
    setText(field.versions.find((v) => v.language === next && !v.isOriginal)?.text ?? '');
  };
  const save = () =>
    translate({ input: { target, id, version, field: field.field, language, text, kind: 'HUMAN' } },
      t('translation:saved', { language: t(`common:languageName.${language}`) }),
    );

  return (
    <section className="gp-translations__field" aria-labelledby={`${id}-${field.field}-heading`}>
      <Heading level={(headingLevel ?? 2) + 1 as 3 | 4} id={`${id}-${field.field}-heading`}>
        {field.label}
      </Heading>
      <ul className="gp-versions">
        {field.versions.map((v) => (
          <li key={v.language} className="gp-versions__item">
            <p className="gp-badges">
              <strong>{t(`common:languageName.${v.language}`)}</strong>{' '}
              {v.isOriginal ? (
                <StatusBadge tone="info">{t('translation:original')}</StatusBadge>
              ) : (
                <>
                  <StatusBadge tone="neutral">{t(`register:translationKind.${v.kind ?? 'HUMAN'}`)}</StatusBadge>
                  {v.outdated ? <StatusBadge tone="warning">{t('translation:outdated')}</StatusBadge> : null}
                </>
              )}
              {!v.isOriginal && v.translatedAt ? <span className="gp-muted"> {t('translation:madeBy', { name: v.translatedBy ?? '', date: format.date(v.translatedAt) })}</span> : null}
            </p>
            <p className="utrecht-paragraph gp-multiline" lang={v.language}>
              {v.text}
            </p>
          </li>
        ))}
        {others
          .filter((l) => !field.versions.some((v) => v.language === l))
          .map((l) => (
            <li key={l} className="gp-versions__item">
              <p className="gp-badges">
                <strong>{t(`common:languageName.${l}`)}</strong> <StatusBadge tone="warning">{t('translation:missing')}</StatusBadge>
              </p>
            </li>
          ))}
      </ul>
      <form
        className="gp-translations__form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        noValidate
      >
        <FormField label={t('translation:language', { field: field.label })}>
          {(control) => (
            <Select {...control} value={language} onChange={(e) => choose(e.target.value as Language)}>
              {others.map((l) => (
                <option key={l} value={l}>
                  {t(`common:languageName.${l}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField {...formFields.field('text')} required>
          {(control) => <TextArea {...control} lang={language} rows={field.field === 'title' ? 2 : 5} value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
        <Button type="submit" busy={busy}>
          {existing ? t('translation:correct') : t('translation:add')}
        </Button>
      </form>
    </section>
  );
}

export function TranslationsPanel({ fields, ...rest }: Props) {
  return (
    <div className="gp-translations">
      {fields.map((field) => (
        <FieldTranslations key={field.field} field={field} {...rest} />
      ))}
    </div>
  );
}
