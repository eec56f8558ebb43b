import { InputType } from '@nestjs/graphql';
import { ActionTransitionName, LIMITS } from '@grensportaal/shared-domain';
import { ActionTransitionEnum } from '@api/core/graphql/shared-enums';
import { EnumField, ItemChangeInput, TextField } from '@api/core/validation/fields';

@InputType()
export class TransitionActionInput extends ItemChangeInput {
  @EnumField(ActionTransitionEnum) transition!: ActionTransitionName;
  @TextField(LIMITS.reason, { optional: true, description: 'Required to hold, cancel or reopen.' }) reason?: string | null;
}
