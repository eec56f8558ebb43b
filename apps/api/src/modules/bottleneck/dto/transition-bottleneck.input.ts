import { InputType } from '@nestjs/graphql';
import { BottleneckOutcome, BottleneckTransitionName, LIMITS } from '@grensportaal/shared-domain';
import { BottleneckOutcomeEnum, BottleneckTransitionEnum } from '@api/core/graphql/shared-enums';
import { EnumField, IdField, ItemChangeInput, TextField } from '@api/core/validation/fields';

@InputType()
export class TransitionBottleneckInput extends ItemChangeInput {
  @EnumField(BottleneckTransitionEnum) transition!: BottleneckTransitionName;
  @EnumField(BottleneckOutcomeEnum, { optional: true, description: 'Required when the step closes the bottleneck.' }) outcome?: BottleneckOutcome | null;
  @TextField(LIMITS.reason, { optional: true, description: 'Required for closing, withdrawing and reopening.' }) reason?: string | null;
  @IdField({ optional: true, description: 'For outcome DUPLICATE: the bottleneck it duplicates.' }) duplicateOfId?: string | null;
}
