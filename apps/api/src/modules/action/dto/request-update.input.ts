import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@grensportaal/shared-domain';
import { Id, Text, Whole } from '@api/core/validation/rules';

@InputType()
export class RequestUpdateInput {
  @Field(() => ID)
  @Id()
  id!: string;

  @Field(() => Int)
  @Whole(1, 2_147_483_647)
  version!: number;

  @Field(() => String, { nullable: true, description: 'What the owner should report on.' })
  @Text(LIMITS.reason, { optional: true })
  message?: string | null;
}
