import { InputType } from '@nestjs/graphql';
import { LIMITS } from '@grensportaal/shared-domain';
import { ItemChangeInput, TextField } from '@api/core/validation/fields';

@InputType()
export class RequestUpdateInput extends ItemChangeInput {
  @TextField(LIMITS.reason, { optional: true, description: 'What the owner should report on.' }) message?: string | null;
}
