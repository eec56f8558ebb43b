import { Field, ID, InputType } from '@nestjs/graphql';
import { EntityType, Language, LIMITS } from '@grensportaal/shared-domain';
import { EntityTypeEnum, LanguageEnum } from '@api/core/graphql/shared-enums';
import { Id, OneOf, Text } from '@api/core/validation/rules';

@InputType()
export class AddCommentInput {
  @Field(() => EntityTypeEnum, { description: 'BOTTLENECK, ACTION or ASSIGNMENT.' })
  @OneOf(EntityTypeEnum)
  entityType!: EntityType;

  @Field(() => ID)
  @Id()
  entityId!: string;

  @Field(() => LanguageEnum)
  @OneOf(LanguageEnum)
  language!: Language;

  @Field()
  @Text(LIMITS.comment)
  body!: string;
}
