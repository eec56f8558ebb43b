import { InputType } from '@nestjs/graphql';
import { ATTACHABLE_TYPES, Language, LIMITS, EntityType } from '@grensportaal/shared-domain';
import { enumOf, LanguageEnum } from '@api/core/graphql/shared-enums';
import { EnumField, IdField, ItemChangeInput, TextField } from '@api/core/validation/fields';

const AttachableTypeEnum = enumOf(ATTACHABLE_TYPES);

/** The form fields of an upload (multipart, before the file): which item, and how the document is named. */
export class AttachFileFields {
  @EnumField(AttachableTypeEnum) entityType!: EntityType;
  @IdField() entityId!: string;
  @TextField(LIMITS.title, { singleLine: true }) title!: string;
  @TextField(LIMITS.shortText, { optional: true }) description?: string | null;
  @EnumField(LanguageEnum) language!: Language;
}

@InputType()
export class RenameAttachmentInput extends ItemChangeInput {
  @TextField(LIMITS.title, { singleLine: true }) title!: string;
  @TextField(LIMITS.shortText, { optional: true }) description?: string | null;
  @EnumField(LanguageEnum) language!: Language;
}

@InputType()
export class RemoveAttachmentInput extends ItemChangeInput {}
