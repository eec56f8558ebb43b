import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Language, LIMITS, TranslationKind } from '@grensportaal/shared-domain';
import { LanguageEnum, TranslationKindEnum } from '@api/core/graphql/shared-enums';
import { Code, Id, OneOf, Text, Whole } from '@api/core/validation/rules';

export enum TranslationTarget {
  BOTTLENECK = 'BOTTLENECK',
  ACTION = 'ACTION',
  ASSIGNMENT = 'ASSIGNMENT',
  ANSWER = 'ANSWER',
  PROGRESS_UPDATE = 'PROGRESS_UPDATE',
}
registerEnumType(TranslationTarget, { name: 'TranslationTarget', description: 'What carries the text to translate.' });

/** Adds or corrects the translation of one text into one language. */
@InputType()
export class TranslateTextInput {
  @Field(() => TranslationTarget)
  @OneOf(TranslationTarget)
  target!: TranslationTarget;

  @Field(() => ID, { description: 'The bottleneck, action, question, answer or progress update.' })
  @Id()
  id!: string;

  @Field(() => Int, { description: 'The version you read of what carries the text (the bottleneck, action, question, answer or progress update): a translation made since is not overwritten.' })
  @Whole(1, 2_147_483_647)
  version!: number;

  @Field({ description: 'title, description, whyToSolve, impact, question, text (answers) or note (progress updates).' })
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
