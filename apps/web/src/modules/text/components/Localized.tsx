import { useTranslation } from 'react-i18next';
import type { Language, TranslationStatus } from '@web/gql/graphql';

export interface LocalizedValue {
  text: string;
  language: Language;
  sourceLanguage: Language;
  status: TranslationStatus;
}

interface LocalizedProps {
  value: LocalizedValue | null | undefined;
  /** Long text: keep the author's line breaks. */
  multiline?: boolean;
  /** Titles in lists: the marker in short form. */
  compact?: boolean;
}

/**
 * A text in the reader's language when there is a translation, otherwise in
 * the original. Text in another language than the interface carries its
 * `lang` (WCAG 3.1.2) and a visible marker says which language it is, or
 * that its translation is out of date.
 */
export function Localized({ value, multiline, compact }: LocalizedProps) {
  const { t, i18n } = useTranslation('common');
  if (!value) return null;
  const foreign = value.language !== i18n.language;
  const Tag = multiline ? 'div' : 'span';
  let marker: string | null = null;
  if (value.status === 'MISSING' || foreign) marker = t(compact ? 'common:text.inLanguageShort' : 'common:text.originalIn', { language: t(`common:languageName.${value.language}`) });
  else if (value.status === 'OUTDATED') marker = t('common:text.outdated');
  return (
    <>
      <Tag lang={foreign ? value.language : undefined} className={multiline ? 'gp-multiline' : undefined}>
        {value.text}
      </Tag>
      {marker ? (
        <>
          {' '}
          <span className="gp-text-marker">{marker}</span>
        </>
      ) : null}
    </>
  );
}
