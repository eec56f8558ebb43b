import { InputType } from '@nestjs/graphql';
import { ActionInstrument, Language, LIMITS, Priority } from '@grensportaal/shared-domain';
import { ActionInstrumentEnum, LanguageEnum, PriorityEnum } from '@api/core/graphql/shared-enums';
import { CodeField, DateField, EnumField, IdField, IdsField, ItemChangeInput, TextField } from '@api/core/validation/fields';

/** Changes to an action; leave a field out to keep it. */
@InputType()
export class UpdateActionInput extends ItemChangeInput {
  @EnumField(LanguageEnum, { optional: true }) language?: Language | null;
  @TextField(LIMITS.title, { optional: true, singleLine: true }) title?: string | null;
  @TextField(LIMITS.description, { optional: true }) description?: string | null;
  @CodeField({ optional: true }) ownerOrganisationCode?: string | null;
  @IdField({ optional: true }) ownerUserId?: string | null;
  @DateField({ optional: true, description: 'A new due date may not lie in the past.' }) dueDate?: string | null;
  @EnumField(ActionInstrumentEnum, { optional: true }) instrument?: ActionInstrument | null;
  @EnumField(PriorityEnum, { optional: true, description: 'Secretariat and steering commissioner only.' }) priority?: Priority | null;
  @IdsField(20, { min: 1, optional: true }) bottleneckIds?: string[] | null;
}
