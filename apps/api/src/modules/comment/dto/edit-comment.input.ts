import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@grensportaal/shared-domain';
import { Id, Text, Whole } from '@api/core/validation/rules';

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @Id()
  id!: string;

  @Field(() => Int)
  @Whole(1, 2_147_483_647)
  version!: number;

  @Field()
  @Text(LIMITS.comment)
  body!: string;
}
