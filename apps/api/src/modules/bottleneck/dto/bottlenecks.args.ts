import { ArgsType, InputType, registerEnumType } from '@nestjs/graphql';
import { BottleneckStatus, BottleneckType, LIMITS } from '@grensportaal/shared-domain';
import { BottleneckStatusEnum, BottleneckTypeEnum, enumOf } from '@api/core/graphql/shared-enums';
import { PageArgs } from '@api/core/pagination/connection';
import { CodeField, EnumField, EnumsField, FlagField, NestedField, TextField } from '@api/core/validation/fields';

export const BottleneckOrder = enumOf(['UPDATED_DESC', 'UPDATED_ASC', 'CREATED_DESC', 'REFERENCE_ASC', 'REFERENCE_DESC'] as const);
export type BottleneckOrder = keyof typeof BottleneckOrder;
registerEnumType(BottleneckOrder, { name: 'BottleneckOrder' });

@InputType()
export class BottleneckFilter {
  @CodeField({ optional: true }) agendaCode?: string | null;
  @EnumsField(BottleneckStatusEnum, 10, { optional: true }) statuses?: BottleneckStatus[] | null;
  @CodeField({ optional: true, description: 'Needs agendaCode (theme codes are per agenda).' }) themeCode?: string | null;
  @CodeField({ optional: true }) reportingOrganisationCode?: string | null;
  @CodeField({ optional: true, description: 'Only bottlenecks with a question to this ministry.' }) assignedMinistryCode?: string | null;
  @EnumsField(BottleneckTypeEnum, 5, { optional: true }) types?: BottleneckType[] | null;
  @CodeField({ optional: true, description: 'Only bottlenecks with an action this organisation owns (with hasOverdueActions: an overdue one).' }) actionOwnerCode?: string | null;
  @FlagField({ optional: true, description: 'Only bottlenecks with an overdue action.' }) hasOverdueActions?: boolean | null;
  @TextField(LIMITS.title, { optional: true, singleLine: true, description: 'Words that must all occur in the reference, title or description, in any language (also parts of words).' }) text?: string | null;
}

@ArgsType()
export class BottlenecksArgs extends PageArgs {
  @NestedField(() => BottleneckFilter, { optional: true }) filter?: BottleneckFilter | null;
  @EnumField(BottleneckOrder, { defaultValue: BottleneckOrder.UPDATED_DESC }) orderBy: BottleneckOrder = BottleneckOrder.UPDATED_DESC;
}
