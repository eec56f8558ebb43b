import { Field, ObjectType } from '@nestjs/graphql';
import { isLanguage, Language } from '@grensportaal/shared-domain';
import { LanguageEnum } from '@api/core/graphql/shared-enums';

@ObjectType('QuotedText', { description: 'A text a message quotes as its author wrote it (a title, a question), with its language.' })
export class QuotedText {
  @Field()
  text!: string;

  @Field(() => LanguageEnum)
  language!: Language;
}

/** The title a notification quotes, where its language was recorded. */
export function quoteOf(params: Record<string, unknown>): QuotedText | null {
  const { title, titleLanguage } = params;
  return typeof title === 'string' && title && isLanguage(titleLanguage) ? { text: title, language: titleLanguage } : null;
}
