import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { CodeField, IdField } from '@api/core/validation/fields';

/** The words of one language: at most 20, each on one line and at most 80 characters. */
const Terms = () =>
  applyDecorators(
    Field(() => [String]),
    IsArray({ context: { rule: 'isArray' } }),
    ArrayMaxSize(20, { context: { rule: 'arrayMaxSize', max: 20 } }),
    IsString({ each: true, context: { rule: 'isString' } }),
    MaxLength(80, { each: true, context: { rule: 'maxLength', max: 80 } }),
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    Matches(/^[^\u0000-\u001F\u007F]*$/, { each: true, context: { rule: 'singleLine' } }),
  );

@InputType({ description: 'A thesaurus concept: its words per language. Without id it is added (with a code); with id and version it is changed.' })
export class SaveThesaurusConceptInput {
  @IdField({ optional: true }) id?: string | null;
  @Field(() => Int, { nullable: true, description: 'For a change: the version you read.' })
  @IsOptional()
  @IsInt({ context: { rule: 'isInt' } })
  @Min(1, { context: { rule: 'min', min: 1 } })
  version?: number | null;
  @CodeField({ optional: true, description: 'For a new concept: its stable identifier.' }) code?: string | null;
  @Terms() termsNl!: string[];
  @Terms() termsDe!: string[];
  @Terms() termsEn!: string[];

  /** A new concept needs its code, a change the version it was read at. */
  static missing(input: Record<string, unknown>): string[] {
    return input['id'] ? (input['version'] ? [] : ['version']) : input['code'] ? [] : ['code'];
  }
}
