import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ActionStatus, LIMITS } from '@grensportaal/shared-domain';
import { ActionStatusEnum } from '@api/core/graphql/shared-enums';
import { PageArgs } from '@api/core/pagination/connection';
import { Code, Id, OneOf, Text } from '@api/core/validation/rules';

export enum ActionOrder {
  DUE_DATE_ASC = 'DUE_DATE_ASC',
  UPDATED_DESC = 'UPDATED_DESC',
  LAST_PROGRESS_ASC = 'LAST_PROGRESS_ASC',
}
registerEnumType(ActionOrder, { name: 'ActionOrder' });

@InputType()
export class ActionFilter {
  @Field(() => String, { nullable: true })
  @Code({ optional: true })
  agendaCode?: string | null;

  @Field(() => [ActionStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, { context: { rule: 'arrayMaxSize', max: 10 } })
  @IsEnum(ActionStatusEnum, { each: true, context: { rule: 'isEnum' } })
  statuses?: ActionStatus[] | null;

  @Field(() => String, { nullable: true })
  @Code({ optional: true })
  ownerOrganisationCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Past the due date and not done or cancelled.' })
  @IsOptional()
  @IsBoolean({ context: { rule: 'isBoolean' } })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Open, with no progress update for 60 days.' })
  @IsOptional()
  @IsBoolean({ context: { rule: 'isBoolean' } })
  stalled?: boolean | null;

  @Field(() => ID, { nullable: true })
  @Id({ optional: true })
  bottleneckId?: string | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.title, { optional: true, singleLine: true })
  text?: string | null;
}

@ArgsType()
export class ActionsArgs extends PageArgs {
  @Field(() => ActionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionFilter)
  filter?: ActionFilter | null;

  @Field(() => ActionOrder, { defaultValue: ActionOrder.DUE_DATE_ASC })
  @OneOf(ActionOrder)
  orderBy: ActionOrder = ActionOrder.DUE_DATE_ASC;
}
