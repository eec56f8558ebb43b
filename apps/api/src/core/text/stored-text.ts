import { createHash } from 'node:crypto';
import { Language, LANGUAGES, TranslationKind, TranslationStatus } from '@grensportaal/shared-domain';

/** A translation of a text, with where it came from and which version of the source it translates. */
export interface StoredTranslation {
  text: string;
  kind: TranslationKind;
  by: string | null;
  byName: string | null;
  at: string;
  /** Hash of the source text this translation was made from: when the source changes, the translation is outdated. */
  sourceHash: string;
}

/**
 * A text as the author wrote it (language, text, hash) plus its translations,
 * kept in one JSONB column per field so a text and its translations change
 * together, under the item's version.
 */
export interface StoredText {
  lang: Language;
  text: string;
  hash: string;
  tr: Partial<Record<Language, StoredTranslation>>;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function newText(lang: Language, text: string): StoredText {
  return { lang, text, hash: hashText(text), tr: {} };
}

/**
 * The author rewrites the source. Translations are kept (and show as outdated
 * when the text changed); a translation into the new source language is dropped.
 */
export function replaceSource(previous: StoredText | null, lang: Language, text: string): StoredText {
  if (!previous) return newText(lang, text);
  const tr = { ...previous.tr };
  delete tr[lang];
  return { lang, text, hash: hashText(text), tr };
}

export function withTranslation(
  stored: StoredText,
  lang: Language,
  text: string,
  kind: TranslationKind,
  by: { id: string; name: string } | null,
  at: Date,
): StoredText {
  return {
    ...stored,
    tr: { ...stored.tr, [lang]: { text, kind, by: by?.id ?? null, byName: by?.name ?? null, at: at.toISOString(), sourceHash: stored.hash } },
  };
}

export interface ResolvedText {
  text: string;
  language: Language;
  status: TranslationStatus;
}

/**
 * The text for a reader: their language when there is a translation (marked
 * outdated when its source changed since), otherwise the original, marked as
 * such — never a silent mix of languages.
 */
export function resolveText(stored: StoredText, reader: Language): ResolvedText {
  if (stored.lang === reader) return { text: stored.text, language: reader, status: 'ORIGINAL' };
  const translation = stored.tr[reader];
  if (!translation) return { text: stored.text, language: stored.lang, status: 'MISSING' };
  return { text: translation.text, language: reader, status: translation.sourceHash === stored.hash ? 'TRANSLATED' : 'OUTDATED' };
}

/** Every text of a stored value, for search. */
export function allTexts(stored: StoredText | null | undefined): string[] {
  if (!stored) return [];
  return [stored.text, ...LANGUAGES.map((l) => stored.tr[l]?.text).filter((t): t is string => Boolean(t))];
}
