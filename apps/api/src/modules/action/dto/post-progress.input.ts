import { InputType } from '@nestjs/graphql';
import { Language, LIMITS } from '@grensportaal/shared-domain';
import { LanguageEnum } from '@api/core/graphql/shared-enums';
import { EnumField, IdField, MAX_INT, TextField, WholeField } from '@api/core/validation/fields';

@InputType()
export class PostProgressInput {
  @IdField() actionId!: string;
  @WholeField(1, MAX_INT, { description: 'The version of the action you read.' }) version!: number;
  @WholeField(0, 100, { description: 'Progress in percent, 0–100.' }) progress!: number;
  @EnumField(LanguageEnum) language!: Language;
  @TextField(LIMITS.shortText, { description: 'What happened since the last update.' }) note!: string;
}
