import { InputType, registerEnumType } from '@nestjs/graphql';
import { Language, LIMITS, TranslationKind } from '@grensportaal/shared-domain';
import { enumOf, LanguageEnum, TranslationKindEnum } from '@api/core/graphql/shared-enums';
import { CodeField, EnumField, ItemChangeInput, TextField } from '@api/core/validation/fields';

export const TranslationTarget = enumOf(['BOTTLENECK', 'ACTION', 'ASSIGNMENT', 'ANSWER', 'PROGRESS_UPDATE', 'CONSULTATION'] as const);
export type TranslationTarget = keyof typeof TranslationTarget;
registerEnumType(TranslationTarget, { name: 'TranslationTarget', description: 'What carries the text to translate.' });

/**
 * Adds or corrects the translation of one text into one language: `id` and
 * `version` are those of the bottleneck, action, question, answer or
 * progress update or consultation that carries it.
 */
@InputType()
export class TranslateTextInput extends ItemChangeInput {
  @EnumField(TranslationTarget) target!: TranslationTarget;
  @CodeField({ description: 'title, description, whyToSolve, impact, question, text (answers), note (progress updates); relevanceReason, effects, response (consultations).' }) field!: string;
  @EnumField(LanguageEnum) language!: Language;
  @TextField(LIMITS.description) text!: string;
  @EnumField(TranslationKindEnum, { defaultValue: 'HUMAN' }) kind: TranslationKind = 'HUMAN';
}
