import { InputType } from '@nestjs/graphql';
import { ActionInstrument, Language, LIMITS, Priority } from '@grensportaal/shared-domain';
import { ActionInstrumentEnum, LanguageEnum, PriorityEnum } from '@api/core/graphql/shared-enums';
import { TextTranslationInput } from '@api/core/text/text-translation.input';
import { CodeField, DateField, EnumField, IdField, IdsField, NestedField, TextField } from '@api/core/validation/fields';

@InputType()
export class CreateActionInput {
  @IdsField(20, { min: 1, description: 'The bottlenecks it addresses (all of one agenda).' }) bottleneckIds!: string[];
  @EnumField(LanguageEnum) language!: Language;
  @TextField(LIMITS.title, { singleLine: true }) title!: string;
  @TextField(LIMITS.description, { optional: true }) description?: string | null;
  @CodeField({ description: 'The organisation that owns it: a partner of the agenda or a ministry.' }) ownerOrganisationCode!: string;
  @IdField({ optional: true, description: 'The person responsible, of the owner organisation.' }) ownerUserId?: string | null;
  @DateField({ description: 'Not in the past.' }) dueDate!: string;
  @EnumField(ActionInstrumentEnum) instrument!: ActionInstrument;
  @EnumField(PriorityEnum, { defaultValue: 'NORMAL' }) priority: Priority = 'NORMAL';
  @NestedField(() => TextTranslationInput, { list: true, optional: true, max: 6 }) translations?: TextTranslationInput[] | null;
}
