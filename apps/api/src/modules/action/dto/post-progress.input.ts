import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Language, LIMITS } from '@grensportaal/shared-domain';
import { LanguageEnum } from '@api/core/graphql/shared-enums';
import { Id, OneOf, Text, Whole } from '@api/core/validation/rules';

@InputType()
export class PostProgressInput {
  @Field(() => ID)
  @Id()
  actionId!: string;

  @Field(() => Int, { description: 'The version of the action you read.' })
  @Whole(1, 2_147_483_647)
  version!: number;

  @Field(() => Int, { description: 'Progress in percent, 0–100.' })
  @Whole(0, 100)
  progress!: number;

  @Field(() => LanguageEnum)
  @OneOf(LanguageEnum)
  language!: Language;

  @Field({ description: 'What happened since the last update.' })
  @Text(LIMITS.shortText)
  note!: string;
}
