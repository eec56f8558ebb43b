import { InputType } from '@nestjs/graphql';
import { Language, LIMITS } from '@grensportaal/shared-domain';
import { LanguageEnum } from '@api/core/graphql/shared-enums';
import { CodeField, DateField, EnumField, IdField, TextField } from '@api/core/validation/fields';

@InputType()
export class CreateAssignmentInput {
  @IdField({ optional: true, description: 'The bottleneck the question is about (or give consultationId).' }) bottleneckId?: string | null;
  @IdField({ optional: true, description: 'The screened consultation the question is about, e.g. to confirm or complete its border-effects information (or give bottleneckId).' }) consultationId?: string | null;
  @CodeField({ description: 'The ministry asked, e.g. SZW.' }) ministryCode!: string;
  @EnumField(LanguageEnum) language!: Language;
  @TextField(LIMITS.shortText) question!: string;
  @DateField({ optional: true, description: 'Default: four weeks from today. Not in the past.' }) dueDate?: string | null;
}
