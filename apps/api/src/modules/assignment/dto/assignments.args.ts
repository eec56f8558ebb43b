import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { AssignmentStatus } from '@grensportaal/shared-domain';
import { AssignmentStatusEnum } from '@api/core/graphql/shared-enums';
import { PageArgs } from '@api/core/pagination/connection';
import { Code, Id, OneOf } from '@api/core/validation/rules';

export enum AssignmentOrder {
  DUE_DATE_ASC = 'DUE_DATE_ASC',
  UPDATED_DESC = 'UPDATED_DESC',
  CREATED_DESC = 'CREATED_DESC',
}
registerEnumType(AssignmentOrder, { name: 'AssignmentOrder' });

@InputType()
export class AssignmentFilter {
  @Field(() => String, { nullable: true })
  @Code({ optional: true })
  agendaCode?: string | null;

  @Field(() => [AssignmentStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, { context: { rule: 'arrayMaxSize', max: 10 } })
  @IsEnum(AssignmentStatusEnum, { each: true, context: { rule: 'isEnum' } })
  statuses?: AssignmentStatus[] | null;

  @Field(() => String, { nullable: true })
  @Code({ optional: true })
  ministryCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Awaiting an answer past the due date.' })
  @IsOptional()
  @IsBoolean({ context: { rule: 'isBoolean' } })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true })
  @Id({ optional: true })
  bottleneckId?: string | null;
}

@ArgsType()
export class AssignmentsArgs extends PageArgs {
  @Field(() => AssignmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssignmentFilter)
  filter?: AssignmentFilter | null;

  @Field(() => AssignmentOrder, { defaultValue: AssignmentOrder.DUE_DATE_ASC })
  @OneOf(AssignmentOrder)
  orderBy: AssignmentOrder = AssignmentOrder.DUE_DATE_ASC;
}
