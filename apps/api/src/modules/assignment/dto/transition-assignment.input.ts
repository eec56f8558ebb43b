import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AssignmentTransitionName, LIMITS } from '@grensportaal/shared-domain';
import { AssignmentTransitionEnum } from '@api/core/graphql/shared-enums';
import { Id, OneOf, Text, Whole } from '@api/core/validation/rules';

/** The secretariat's steps: accept or return the answer, or withdraw the question. (Answering has its own mutation.) */
@InputType()
export class TransitionAssignmentInput {
  @Field(() => ID)
  @Id()
  id!: string;

  @Field(() => Int)
  @Whole(1, 2_147_483_647)
  version!: number;

  @Field(() => AssignmentTransitionEnum)
  @OneOf(AssignmentTransitionEnum)
  transition!: AssignmentTransitionName;

  @Field(() => String, { nullable: true, description: 'Required to return an answer or withdraw the question.' })
  @Text(LIMITS.reason, { optional: true })
  reason?: string | null;
}
