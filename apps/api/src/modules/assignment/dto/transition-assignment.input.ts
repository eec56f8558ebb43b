import { InputType } from '@nestjs/graphql';
import { AssignmentTransitionName, LIMITS } from '@grensportaal/shared-domain';
import { AssignmentTransitionEnum } from '@api/core/graphql/shared-enums';
import { EnumField, ItemChangeInput, TextField } from '@api/core/validation/fields';

/** The secretariat's steps: accept or return the answer, or withdraw the question. (Answering has its own mutation.) */
@InputType()
export class TransitionAssignmentInput extends ItemChangeInput {
  @EnumField(AssignmentTransitionEnum) transition!: AssignmentTransitionName;
  @TextField(LIMITS.reason, { optional: true, description: 'Required to return an answer or withdraw the question.' }) reason?: string | null;
}
