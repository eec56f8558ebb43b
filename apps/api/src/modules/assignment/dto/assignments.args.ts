import { ArgsType, InputType, registerEnumType } from '@nestjs/graphql';
import { AssignmentStatus } from '@grensportaal/shared-domain';
import { AssignmentStatusEnum, enumOf } from '@api/core/graphql/shared-enums';
import { PageArgs } from '@api/core/pagination/connection';
import { CodeField, EnumField, EnumsField, FlagField, IdField, NestedField } from '@api/core/validation/fields';

export const AssignmentOrder = enumOf(['DUE_DATE_ASC', 'UPDATED_DESC', 'CREATED_DESC'] as const);
export type AssignmentOrder = keyof typeof AssignmentOrder;
registerEnumType(AssignmentOrder, { name: 'AssignmentOrder' });

@InputType()
export class AssignmentFilter {
  @CodeField({ optional: true }) agendaCode?: string | null;
  @EnumsField(AssignmentStatusEnum, 10, { optional: true }) statuses?: AssignmentStatus[] | null;
  @CodeField({ optional: true }) ministryCode?: string | null;
  @FlagField({ optional: true, description: 'Awaiting an answer past the due date.' }) overdue?: boolean | null;
  @IdField({ optional: true }) bottleneckId?: string | null;
}

@ArgsType()
export class AssignmentsArgs extends PageArgs {
  @NestedField(() => AssignmentFilter, { optional: true }) filter?: AssignmentFilter | null;
  @EnumField(AssignmentOrder, { defaultValue: AssignmentOrder.DUE_DATE_ASC }) orderBy: AssignmentOrder = AssignmentOrder.DUE_DATE_ASC;
}
