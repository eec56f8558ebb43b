import { InputType } from '@nestjs/graphql';
import { Language, LIMITS } from '@grensportaal/shared-domain';
import { LanguageEnum } from '@api/core/graphql/shared-enums';
import { CodeField, DateField, EnumField, IdField, TextField } from '@api/core/validation/fields';

@InputType()
export class CreateAssignmentInput {
  @IdField() bottleneckId!: string;
  @CodeField({ description: 'The ministry asked, e.g. SZW.' }) ministryCode!: string;
  @EnumField(LanguageEnum) language!: Language;
  @TextField(LIMITS.shortText) question!: string;
  @DateField({ optional: true, description: 'Default: four weeks from today. Not in the past.' }) dueDate?: string | null;
}
