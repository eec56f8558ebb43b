import { InputType } from '@nestjs/graphql';
import { LIMITS, Language, TranslationKind } from '@grensportaal/shared-domain';
import { LanguageEnum, TranslationKindEnum } from '@api/core/graphql/shared-enums';
import { CodeField, EnumField, TextField } from '@api/core/validation/fields';

/** A translation given together with a new text: which field, into which language. */
@InputType('TextTranslationInput')
export class TextTranslationInput {
  @CodeField({ description: 'The field, e.g. title or description.' }) field!: string;
  @EnumField(LanguageEnum) language!: Language;
  @TextField(LIMITS.description) text!: string;
  @EnumField(TranslationKindEnum, { defaultValue: 'HUMAN' }) kind: TranslationKind = 'HUMAN';
}
