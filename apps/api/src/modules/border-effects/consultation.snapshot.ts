import { CONSULTATION_FIELDS, LIMITS } from '@grensportaal/shared-domain';
import { FieldChange } from '@api/core/history/history-entry.entity';
import { diff } from '@api/core/history/history.service';
import { StoredText } from '@api/core/text/stored-text';
import { TextFields } from '@api/core/text/text-fields';
import { Consultation } from './consultation.entity';

export const CONSULTATION_TEXTS = new TextFields({ title: LIMITS.title, relevanceReason: LIMITS.description, effects: LIMITS.description, response: LIMITS.description });
export type ConsultationTextField = 'title' | 'relevanceReason' | 'effects' | 'response';

/** Fields recorded in history (texts as their original, the ministry by id), in the order of the screening form. */
const TRACKED = CONSULTATION_FIELDS.map((field) => (field === 'ministryCode' ? 'ministryId' : field));

function snapshot(c: Partial<Consultation>): Record<string, unknown> {
  const text = (t: StoredText | null | undefined) => (t ? t.text : null);
  return {
    ...Object.fromEntries(TRACKED.map((field) => [field, (c as Record<string, unknown>)[field] ?? null])),
    title: text(c.title),
    relevanceReason: text(c.relevanceReason),
    effects: text(c.effects),
    response: text(c.response),
  };
}

/** What a change did to a consultation record, field by field; text changes carry their language. */
export function consultationChanges(before: Partial<Consultation>, after: Consultation): FieldChange[] {
  return diff(snapshot(before), snapshot(after), TRACKED, CONSULTATION_TEXTS.languagesOf(after));
}
