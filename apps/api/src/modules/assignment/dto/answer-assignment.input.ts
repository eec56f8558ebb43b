import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Language, LIMITS } from '@grensportaal/shared-domain';
import { LanguageEnum } from '@api/core/graphql/shared-enums';
import { Id, OneOf, Text, Whole } from '@api/core/validation/rules';

@InputType()
export class AnswerAssignmentInput {
  @Field(() => ID)
  @Id()
  id!: string;

  @Field(() => Int)
  @Whole(1, 2_147_483_647)
  version!: number;

  @Field(() => LanguageEnum)
  @OneOf(LanguageEnum)
  language!: Language;

  @Field()
  @Text(LIMITS.description)
  text!: string;
}
