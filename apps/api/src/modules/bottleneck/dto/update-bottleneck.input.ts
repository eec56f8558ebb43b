import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BottleneckType, Language, LIMITS } from '@grensportaal/shared-domain';
import { BottleneckTypeEnum, LanguageEnum } from '@api/core/graphql/shared-enums';
import { Code, Id, OneOf, Text, Whole } from '@api/core/validation/rules';

/** Changes to a bottleneck's content; leave a field out to keep it. */
@InputType()
export class UpdateBottleneckInput {
  @Field(() => ID)
  @Id()
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @Whole(1, 2_147_483_647)
  version!: number;

  @Field(() => LanguageEnum, { nullable: true, description: 'The language of the changed texts (default: the language each was written in).' })
  @OneOf(LanguageEnum, { optional: true })
  language?: Language | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.title, { optional: true, singleLine: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.description, { optional: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.description, { optional: true })
  whyToSolve?: string | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.description, { optional: true })
  impact?: string | null;

  @Field(() => String, { nullable: true })
  @Text(LIMITS.area, { optional: true })
  area?: string | null;

  @Field(() => BottleneckTypeEnum, { nullable: true })
  @OneOf(BottleneckTypeEnum, { optional: true })
  type?: BottleneckType | null;

  @Field(() => String, { nullable: true })
  @Code({ optional: true })
  themeCode?: string | null;

  @Field(() => Int, { nullable: true })
  @Whole(1, 600, { optional: true })
  expectedDurationMonths?: number | null;
}
