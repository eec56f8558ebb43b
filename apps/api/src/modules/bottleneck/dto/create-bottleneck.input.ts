import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { BottleneckType, Language, LIMITS } from '@grensportaal/shared-domain';
import { BottleneckTypeEnum, LanguageEnum } from '@api/core/graphql/shared-enums';
import { TextTranslationInput } from '@api/core/text/text-translation.input';
import { Code, OneOf, Text, Whole } from '@api/core/validation/rules';

@InputType()
export class CreateBottleneckInput {
  @Field({ description: 'The agenda, e.g. NL-NRW.' })
  @Code()
  agendaCode!: string;

  @Field(() => String, { nullable: true, description: 'A theme of that agenda (required to submit).' })
  @Code({ optional: true })
  themeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Secretariat only: the organisation reporting it (partners always report for their own).' })
  @Code({ optional: true })
  reportingOrganisationCode?: string | null;

  @Field(() => LanguageEnum, { description: 'The language the texts are written in.' })
  @OneOf(LanguageEnum)
  language!: Language;

  @Field()
  @Text(LIMITS.title, { singleLine: true })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The cross-border situation and the problem (required to submit).' })
  @Text(LIMITS.description, { optional: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it must be solved (required to submit).' })
  @Text(LIMITS.description, { optional: true })
  whyToSolve?: string | null;

  @Field(() => String, { nullable: true, description: 'Its impact on the region, where known.' })
  @Text(LIMITS.description, { optional: true })
  impact?: string | null;

  @Field(() => String, { nullable: true, description: 'Border segment, municipalities or regions on both sides (required to submit).' })
  @Text(LIMITS.area, { optional: true })
  area?: string | null;

  // Nullable in the schema so that a form sent without a choice gets the translated field error "required", not a GraphQL type error.
  @Field(() => BottleneckTypeEnum, { nullable: true, description: 'Required.' })
  @OneOf(BottleneckTypeEnum)
  type!: BottleneckType;

  @Field(() => Int, { nullable: true })
  @Whole(1, 600, { optional: true })
  expectedDurationMonths?: number | null;

  @Field(() => [TextTranslationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(12, { context: { rule: 'arrayMaxSize', max: 12 } })
  @ValidateNested({ each: true })
  @Type(() => TextTranslationInput)
  translations?: TextTranslationInput[] | null;

  @Field({ defaultValue: false, description: 'Submit at once instead of saving a draft.' })
  @IsBoolean({ context: { rule: 'isBoolean' } })
  submit: boolean = false;
}
