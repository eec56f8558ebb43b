import { InputType } from '@nestjs/graphql';
import { BottleneckType, Language, LIMITS, missingBottleneckFields } from '@grensportaal/shared-domain';
import { BottleneckTypeEnum, LanguageEnum } from '@api/core/graphql/shared-enums';
import { TextTranslationInput } from '@api/core/text/text-translation.input';
import { CodeField, EnumField, FlagField, NestedField, TextField, WholeField } from '@api/core/validation/fields';

@InputType()
export class CreateBottleneckInput {
  @CodeField({ description: 'The agenda, e.g. NL-NRW.' }) agendaCode!: string;
  @CodeField({ optional: true, description: 'A theme of that agenda (required to submit).' }) themeCode?: string | null;
  @CodeField({ optional: true, description: 'Secretariat only: the organisation reporting it (partners always report for their own).' }) reportingOrganisationCode?: string | null;
  @EnumField(LanguageEnum, { description: 'The language the texts are written in.' }) language!: Language;
  @TextField(LIMITS.title, { singleLine: true }) title!: string;
  @TextField(LIMITS.description, { optional: true, description: 'The cross-border situation and the problem (required to submit).' }) description?: string | null;
  @TextField(LIMITS.description, { optional: true, description: 'Why it must be solved (required to submit).' }) whyToSolve?: string | null;
  @TextField(LIMITS.description, { optional: true, description: 'Its impact on the region, where known.' }) impact?: string | null;
  @TextField(LIMITS.area, { optional: true, description: 'Border segment, municipalities or regions on both sides (required to submit).' }) area?: string | null;
  @EnumField(BottleneckTypeEnum, { nullable: true, description: 'Required.' }) type!: BottleneckType;
  @WholeField(1, 600, { optional: true }) expectedDurationMonths?: number | null;
  @NestedField(() => TextTranslationInput, { list: true, optional: true, max: 12 }) translations?: TextTranslationInput[] | null;
  @FlagField({ defaultValue: false, description: 'Submit at once instead of saving a draft.' }) submit: boolean = false;

  /** Every required field left empty, reported with the other field errors in one round (a submission needs more than a draft). */
  static missing(input: Record<string, unknown>): string[] {
    return missingBottleneckFields(input, input['submit'] === true ? 'submit' : 'draft');
  }
}
