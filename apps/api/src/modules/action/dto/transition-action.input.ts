import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ActionTransitionName, LIMITS } from '@grensportaal/shared-domain';
import { ActionTransitionEnum } from '@api/core/graphql/shared-enums';
import { Id, OneOf, Text, Whole } from '@api/core/validation/rules';

@InputType()
export class TransitionActionInput {
  @Field(() => ID)
  @Id()
  id!: string;

  @Field(() => Int)
  @Whole(1, 2_147_483_647)
  version!: number;

  @Field(() => ActionTransitionEnum)
  @OneOf(ActionTransitionEnum)
  transition!: ActionTransitionName;

  @Field(() => String, { nullable: true, description: 'Required to hold, cancel or reopen.' })
  @Text(LIMITS.reason, { optional: true })
  reason?: string | null;
}
