import { Field, ID, InputType } from '@nestjs/graphql';
import { Language, LIMITS } from '@grensportaal/shared-domain';
import { LanguageEnum } from '@api/core/graphql/shared-enums';
import { LocalDateScalar } from '@api/core/graphql/local-date.scalar';
import { Code, Id, LocalDate, OneOf, Text } from '@api/core/validation/rules';

@InputType()
export class CreateAssignmentInput {
  @Field(() => ID)
  @Id()
  bottleneckId!: string;

  @Field({ description: 'The ministry asked, e.g. SZW.' })
  @Code()
  ministryCode!: string;

  @Field(() => LanguageEnum)
  @OneOf(LanguageEnum)
  language!: Language;

  @Field()
  @Text(LIMITS.shortText)
  question!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: four weeks from today. Not in the past.' })
  @LocalDate({ optional: true })
  dueDate?: string | null;
}
