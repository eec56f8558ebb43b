import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BottleneckOutcome, BottleneckTransitionName, LIMITS } from '@grensportaal/shared-domain';
import { BottleneckOutcomeEnum, BottleneckTransitionEnum } from '@api/core/graphql/shared-enums';
import { Id, OneOf, Text, Whole } from '@api/core/validation/rules';

@InputType()
export class TransitionBottleneckInput {
  @Field(() => ID)
  @Id()
  id!: string;

  @Field(() => Int)
  @Whole(1, 2_147_483_647)
  version!: number;

  @Field(() => BottleneckTransitionEnum)
  @OneOf(BottleneckTransitionEnum)
  transition!: BottleneckTransitionName;

  @Field(() => BottleneckOutcomeEnum, { nullable: true, description: 'Required when the step closes the bottleneck.' })
  @OneOf(BottleneckOutcomeEnum, { optional: true })
  outcome?: BottleneckOutcome | null;

  @Field(() => String, { nullable: true, description: 'Required for closing, withdrawing and reopening.' })
  @Text(LIMITS.reason, { optional: true })
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: 'For outcome DUPLICATE: the bottleneck it duplicates.' })
  @Id({ optional: true })
  duplicateOfId?: string | null;
}
