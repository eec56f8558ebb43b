import { ArgsType, InputType, registerEnumType } from '@nestjs/graphql';
import { ActionStatus, LIMITS } from '@grensportaal/shared-domain';
import { ActionStatusEnum, enumOf } from '@api/core/graphql/shared-enums';
import { PageArgs } from '@api/core/pagination/connection';
import { CodeField, EnumField, EnumsField, FlagField, IdField, NestedField, TextField } from '@api/core/validation/fields';

export const ActionOrder = enumOf(['DUE_DATE_ASC', 'UPDATED_DESC', 'LAST_PROGRESS_ASC'] as const);
export type ActionOrder = keyof typeof ActionOrder;
registerEnumType(ActionOrder, { name: 'ActionOrder' });

@InputType()
export class ActionFilter {
  @CodeField({ optional: true }) agendaCode?: string | null;
  @EnumsField(ActionStatusEnum, 10, { optional: true }) statuses?: ActionStatus[] | null;
  @CodeField({ optional: true }) ownerOrganisationCode?: string | null;
  @FlagField({ optional: true, description: 'Past the due date and not done or cancelled.' }) overdue?: boolean | null;
  @FlagField({ optional: true, description: 'Open, with no progress update for 60 days.' }) stalled?: boolean | null;
  @IdField({ optional: true }) bottleneckId?: string | null;
  @TextField(LIMITS.title, { optional: true, singleLine: true }) text?: string | null;
}

@ArgsType()
export class ActionsArgs extends PageArgs {
  @NestedField(() => ActionFilter, { optional: true }) filter?: ActionFilter | null;
  @EnumField(ActionOrder, { defaultValue: ActionOrder.DUE_DATE_ASC }) orderBy: ActionOrder = ActionOrder.DUE_DATE_ASC;
}
