import { InputType } from '@nestjs/graphql';
import { EntityType, Language, LIMITS } from '@grensportaal/shared-domain';
import { EntityTypeEnum, LanguageEnum } from '@api/core/graphql/shared-enums';
import { EnumField, IdField, TextField } from '@api/core/validation/fields';

@InputType()
export class AddCommentInput {
  @EnumField(EntityTypeEnum, { description: 'BOTTLENECK, ACTION or ASSIGNMENT.' }) entityType!: EntityType;
  @IdField() entityId!: string;
  @EnumField(LanguageEnum) language!: Language;
  @TextField(LIMITS.comment) body!: string;
}
