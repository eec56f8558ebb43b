import { InputType } from '@nestjs/graphql';
import { Language, LIMITS } from '@grensportaal/shared-domain';
import { LanguageEnum } from '@api/core/graphql/shared-enums';
import { EnumField, ItemChangeInput, TextField } from '@api/core/validation/fields';

@InputType()
export class AnswerAssignmentInput extends ItemChangeInput {
  @EnumField(LanguageEnum) language!: Language;
  @TextField(LIMITS.description) text!: string;
}
