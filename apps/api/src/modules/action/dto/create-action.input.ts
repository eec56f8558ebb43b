import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ActionInstrument, Language, LIMITS, Priority } from '@grensportaal/shared-domain';
import { ActionInstrumentEnum, LanguageEnum, PriorityEnum } from '@api/core/graphql/shared-enums';
import { LocalDateScalar } from '@api/core/graphql/local-date.scalar';
import { TextTranslationInput } from '@api/core/text/text-translation.input';
import { Code, Id, LocalDate, OneOf, Text } from '@api/core/validation/rules';

@InputType()
export class CreateActionInput {
  @Field(() => [ID], { description: 'The bottlenecks it addresses (all of one agenda).' })
  @ArrayMinSize(1, { context: { rule: 'arrayMinSize', min: 1 } })
  @ArrayMaxSize(20, { context: { rule: 'arrayMaxSize', max: 20 } })
  @IsUUID('all', { each: true, context: { rule: 'isUUID' } })
  bottleneckIds!: string[];

  @Field(() => LanguageEnum)
  @OneOf(LanguageEnum)
  language!: Language;

  @Field()
  @Text(LIMITS.title, { singleLine: true })
  title!: string;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.description, { optional: true })
  description?: string | null;

  @Field({ description: 'The organisation that owns it: a partner of the agenda or a ministry.' })
  @Code()
  ownerOrganisationCode!: string;

  @Field(() => ID, { nullable: true, description: 'The person responsible, of the owner organisation.' })
  @Id({ optional: true })
  ownerUserId?: string | null;

  @Field(() => LocalDateScalar, { description: 'Not in the past.' })
  @LocalDate()
  dueDate!: string;

  @Field(() => ActionInstrumentEnum)
  @OneOf(ActionInstrumentEnum)
  instrument!: ActionInstrument;

  @Field(() => PriorityEnum, { defaultValue: 'NORMAL' })
  @OneOf(PriorityEnum)
  priority: Priority = 'NORMAL';

  @Field(() => [TextTranslationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6, { context: { rule: 'arrayMaxSize', max: 6 } })
  @ValidateNested({ each: true })
  @Type(() => TextTranslationInput)
  translations?: TextTranslationInput[] | null;
}
