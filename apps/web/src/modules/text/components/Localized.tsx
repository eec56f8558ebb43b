import type { ReactNode } from 'react';
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

interface InLanguageProps {
  /** The language the text is written in. */
  language: string | null | undefined;
  children: ReactNode;
  as?: 'span' | 'del' | 'ins' | 'p';
  className?: string;
}

/**
 * A text quoted as it was written (in history, in a notification, in a
 * comment): in another language than the interface it carries its `lang`
 * and a visible marker naming that language.
 */
export function InLanguage({ language, children, as: Tag = 'span', className }: InLanguageProps) {
  const { t, i18n } = useTranslation('common');
  const foreign = !!language && language !== i18n.language;
  return (
    <>
      <Tag lang={foreign ? language : undefined} className={className}>
        {children}
      </Tag>
      {foreign ? (
        <>
          {' '}
          <span className="gp-text-marker">{t('common:text.writtenIn', { language: t(`common:languageName.${language}`) })}</span>
        </>
      ) : null}
    </>
  );
}
