import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID } from 'class-validator';
import { ActionInstrument, Language, LIMITS, Priority } from '@grensportaal/shared-domain';
import { ActionInstrumentEnum, LanguageEnum, PriorityEnum } from '@api/core/graphql/shared-enums';
import { LocalDateScalar } from '@api/core/graphql/local-date.scalar';
import { Code, Id, LocalDate, OneOf, Text, Whole } from '@api/core/validation/rules';

/** Changes to an action; leave a field out to keep it. */
@InputType()
export class UpdateActionInput {
  @Field(() => ID)
  @Id()
  id!: string;

  @Field(() => Int)
  @Whole(1, 2_147_483_647)
  version!: number;

  @Field(() => LanguageEnum, { nullable: true })
  @OneOf(LanguageEnum, { optional: true })
  language?: Language | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.title, { optional: true, singleLine: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.description, { optional: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @Code({ optional: true })
  ownerOrganisationCode?: string | null;

  @Field(() => ID, { nullable: true })
  @Id({ optional: true })
  ownerUserId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'A new due date may not lie in the past.' })
  @LocalDate({ optional: true })
  dueDate?: string | null;

  @Field(() => ActionInstrumentEnum, { nullable: true })
  @OneOf(ActionInstrumentEnum, { optional: true })
  instrument?: ActionInstrument | null;

  @Field(() => PriorityEnum, { nullable: true, description: 'Secretariat and steering commissioner only.' })
  @OneOf(PriorityEnum, { optional: true })
  priority?: Priority | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { context: { rule: 'arrayMinSize', min: 1 } })
  @ArrayMaxSize(20, { context: { rule: 'arrayMaxSize', max: 20 } })
  @IsUUID('all', { each: true, context: { rule: 'isUUID' } })
  bottleneckIds?: string[] | null;
}
