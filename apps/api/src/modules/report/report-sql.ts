import type { EntityManager } from 'typeorm';
import { Language } from '@grensportaal/shared-domain';
import { resolveText, StoredText } from '@api/core/text/stored-text';

/** The start of a calendar year in Amsterdam, as SQL over a year parameter. */
export const yearStart = (param: string) => `make_timestamptz(${param}, 1, 1, 0, 0, 0, 'Europe/Amsterdam')`;

/** A text of the register as a report shows it: in the reader's language, or marked as only in the language it exists in. */
export interface ReportText {
  text: string;
  /** Set when the text exists only in this other language (no translation into the report's). */
  onlyIn: Language | null;
  /** The language the text is in (for the document's language tags). */
  language: Language;
}

export function reportText(stored: StoredText | null | undefined, language: Language): ReportText | null {
  if (!stored) return null;
  const resolved = resolveText(stored, language);
  return { text: resolved.text, language: resolved.language, onlyIn: resolved.status === 'MISSING' ? resolved.language : null };
}

/** Names stored per language (agendas, organisations, themes). */
export interface NamedRow {
  name_nl: string;
  name_de: string;
  name_en: string;
}

export function nameOf(row: NamedRow | null | undefined, language: Language): string {
  if (!row) return '';
  return language === 'de' ? row.name_de : language === 'en' ? row.name_en : row.name_nl;
}

/** Reads everything a report needs from one snapshot of the register, and says which one (time and latest history entry). */
export async function inSnapshot<T>(manager: EntityManager, read: (tx: EntityManager, lastHistoryId: string | null) => Promise<T>): Promise<T> {
  return manager.transaction('REPEATABLE READ', async (tx) => {
    await tx.query('SET TRANSACTION READ ONLY');
    const [state]: Array<{ last: string | null }> = await tx.query('SELECT max(id)::text AS last FROM history_entry');
    return read(tx, state.last);
  });
}

export const toNumber = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
