import { Field, InputType } from '@nestjs/graphql';
import { LIMITS, Language, TranslationKind } from '@grensportaal/shared-domain';
import { LanguageEnum, TranslationKindEnum } from '@api/core/graphql/shared-enums';
import { Code, OneOf, Text } from '@api/core/validation/rules';

/** A translation given together with a new text: which field, into which language. */
@InputType('TextTranslationInput')
export class TextTranslationInput {
  @Field({ description: 'The field, e.g. title or description.' })
  @Code()
  field!: string;

  @Field(() => LanguageEnum)
  @OneOf(LanguageEnum)
  language!: Language;

  @Field()
  @Text(LIMITS.description)
  text!: string;

  @Field(() => TranslationKindEnum, { defaultValue: 'HUMAN' })
  @OneOf(TranslationKindEnum)
  kind: TranslationKind = 'HUMAN';
}
