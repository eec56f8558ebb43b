import { InputType } from '@nestjs/graphql';
import { LIMITS } from '@grensportaal/shared-domain';
import { ItemChangeInput, TextField } from '@api/core/validation/fields';

@InputType()
export class EditCommentInput extends ItemChangeInput {
  @TextField(LIMITS.comment) body!: string;
}
