import { InputType } from '@nestjs/graphql';
import { BottleneckType, Language, LIMITS } from '@grensportaal/shared-domain';
import { BottleneckTypeEnum, LanguageEnum } from '@api/core/graphql/shared-enums';
import { CodeField, EnumField, ItemChangeInput, TextField, WholeField } from '@api/core/validation/fields';

/** Changes to a bottleneck's content; leave a field out to keep it. */
@InputType()
export class UpdateBottleneckInput extends ItemChangeInput {
  @EnumField(LanguageEnum, { optional: true, description: 'The language of the changed texts (default: the language each was written in).' }) language?: Language | null;
  @TextField(LIMITS.title, { optional: true, singleLine: true }) title?: string | null;
  @TextField(LIMITS.description, { optional: true }) description?: string | null;
  @TextField(LIMITS.description, { optional: true }) whyToSolve?: string | null;
  @TextField(LIMITS.description, { optional: true }) impact?: string | null;
  @TextField(LIMITS.area, { optional: true }) area?: string | null;
  @EnumField(BottleneckTypeEnum, { optional: true }) type?: BottleneckType | null;
  @CodeField({ optional: true }) themeCode?: string | null;
  @WholeField(1, 600, { optional: true }) expectedDurationMonths?: number | null;
}
