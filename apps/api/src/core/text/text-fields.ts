import { Language, TranslationKind } from '@grensportaal/shared-domain';
import { CurrentUser } from '@api/core/auth/current-user';
import { FieldError, ValidationException } from '@api/core/validation/validation';
import { hashText, StoredText, withTranslation } from './stored-text';
import { TextTranslationInput } from './text-translation.input';

/** The translatable fields of one kind of item, with their length limits. */
export class TextFields<F extends string> {
  constructor(private readonly limits: Record<F, number>) {}

  get names(): F[] {
    return Object.keys(this.limits) as F[];
  }

  has(field: string): field is F {
    return Object.prototype.hasOwnProperty.call(this.limits, field);
  }

  /** The language each of an item's texts is written in (its history changes carry it). */
  languagesOf(item: Partial<Record<F, StoredText | null>>): Partial<Record<F, Language>> {
    return Object.fromEntries(this.names.flatMap((field) => (item[field] ? [[field, item[field]!.lang]] : []))) as Partial<Record<F, Language>>;
  }

  /** Why this translation cannot be added (as a field error), or null. */
  check(stored: StoredText | null | undefined, field: string, translation: { language: Language; text: string }, path: string): FieldError | null {
    if (!this.has(field) || !stored) return { field: `${path}.field`, rule: 'notAllowed', params: {} };
    if (stored.lang === translation.language) return { field: `${path}.language`, rule: 'differentLanguage', params: {} };
    if (translation.text.length > this.limits[field]) return { field: `${path}.text`, rule: 'maxLength', params: { max: this.limits[field] } };
    return null;
  }

  /** Adds the translations given with a new item to its texts; problems go to `errors`. */
  applyAll(texts: Partial<Record<F, StoredText | null>>, translations: Array<TextTranslationInput | RecordedTranslation>, user: CurrentUser, now: Date, errors: FieldError[]): void {
    translations.forEach((t, i) => {
      const stored = this.has(t.field) ? texts[t.field] : null;
      const problem = this.check(stored, t.field, t, `input.translations.${i}`);
      if (problem) errors.push(problem);
      else {
        const next = this.translate(stored!, t.language, t.text, t.kind, user, now);
        texts[t.field as F] = (t as RecordedTranslation).outdated ? outdated(next, t.language) : next;
      }
    });
  }

  /** `stored` with the translation added; one that is not possible (unknown field, the original's language, too long) is refused as invalid input. */
  translated(stored: StoredText | null | undefined, field: string, translation: { language: Language; text: string; kind: TranslationKind }, user: CurrentUser, now: Date): StoredText {
    const problem = this.check(stored, field, translation, 'input');
    if (problem) throw new ValidationException([problem]);
    return this.translate(stored!, translation.language, translation.text, translation.kind, user, now);
  }

  translate(stored: StoredText, language: Language, text: string, kind: TranslationKind, user: CurrentUser, now: Date): StoredText {
    return withTranslation(stored, language, text, kind, { id: user.id, name: user.name }, now);
  }
}

/** A translation as an export recorded it: an import keeps it outdated when it was. */
export interface RecordedTranslation extends TextTranslationInput {
  outdated?: boolean;
}

/** The translation into `language` marked as made from an earlier version of the source. */
function outdated(stored: StoredText, language: Language): StoredText {
  const translation = stored.tr[language]!;
  return { ...stored, tr: { ...stored.tr, [language]: { ...translation, sourceHash: hashText(`earlier version of ${stored.hash}`) } } };
}
