import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { BottleneckStatus, LIMITS } from '@grensportaal/shared-domain';
import { BottleneckStatusEnum } from '@api/core/graphql/shared-enums';
import { PageArgs } from '@api/core/pagination/connection';
import { Code, OneOf, Text } from '@api/core/validation/rules';

export enum BottleneckOrder {
  UPDATED_DESC = 'UPDATED_DESC',
  UPDATED_ASC = 'UPDATED_ASC',
  CREATED_DESC = 'CREATED_DESC',
  REFERENCE_ASC = 'REFERENCE_ASC',
  REFERENCE_DESC = 'REFERENCE_DESC',
}
registerEnumType(BottleneckOrder, { name: 'BottleneckOrder' });

@InputType()
export class BottleneckFilter {
  @Field(() => String, { nullable: true })
  @Code({ optional: true })
  agendaCode?: string | null;

  @Field(() => [BottleneckStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, { context: { rule: 'arrayMaxSize', max: 10 } })
  @IsEnum(BottleneckStatusEnum, { each: true, context: { rule: 'isEnum' } })
  statuses?: BottleneckStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Needs agendaCode (theme codes are per agenda).' })
  @Code({ optional: true })
  themeCode?: string | null;

  @Field(() => String, { nullable: true })
  @Code({ optional: true })
  reportingOrganisationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only bottlenecks with a question to this ministry.' })
  @Code({ optional: true })
  assignedMinistryCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only bottlenecks with an overdue action.' })
  @IsOptional()
  @IsBoolean({ context: { rule: 'isBoolean' } })
  hasOverdueActions?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words that must all occur in the reference, title or description, in any language (also parts of words).' })
  @Text(LIMITS.title, { optional: true, singleLine: true })
  text?: string | null;
}

@ArgsType()
export class BottlenecksArgs extends PageArgs {
  @Field(() => BottleneckFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BottleneckFilter)
  filter?: BottleneckFilter | null;

  @Field(() => BottleneckOrder, { defaultValue: BottleneckOrder.UPDATED_DESC })
  @OneOf(BottleneckOrder)
  orderBy: BottleneckOrder = BottleneckOrder.UPDATED_DESC;
}
