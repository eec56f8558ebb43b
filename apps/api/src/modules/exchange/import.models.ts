import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf, LanguageEnum } from '@api/core/graphql/shared-enums';
import { IdField, NestedField, TextField, WholeField } from '@api/core/validation/fields';

export const ImportOutcomeEnum = enumOf(['CREATED', 'UPDATED', 'UNCHANGED', 'REFUSED', 'SKIPPED'] as const);
registerEnumType(ImportOutcomeEnum, { name: 'ImportOutcome' });

@ObjectType('ImportColumn', { description: 'A column of the uploaded sheet and the field it is read into (null: not imported).' })
export class ImportColumnModel {
  @Field(() => Int) index!: number;
  @Field() heading!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String, { nullable: true }) example!: string | null;
}

@ObjectType('ImportValue', { description: 'A word of the sheet (a status, a theme, an organisation…) and the code it is read as (null: not recognised).' })
export class ImportValueModel {
  @Field() kind!: string;
  @Field() value!: string;
  @Field(() => Int) count!: number;
  @Field(() => String, { nullable: true }) target!: string | null;
}

@ObjectType('ImportFieldOption')
export class ImportFieldOption {
  @Field() key!: string;
  @Field() label!: string;
}

@ObjectType('ImportValueOption')
export class ImportValueOption {
  @Field() kind!: string;
  @Field() value!: string;
  @Field() label!: string;
}

@ObjectType('ImportPreview', { description: 'An uploaded sheet as the import reads it, with the proposed mapping.' })
export class ImportPreviewModel {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field() agendaCode!: string;
  @Field(() => LanguageEnum) language!: string;
  @Field() sheet!: string;
  @Field(() => Int) headerRow!: number;
  @Field(() => Int) dataRows!: number;
  @Field(() => [ImportColumnModel]) columns!: ImportColumnModel[];
  @Field(() => [ImportValueModel]) values!: ImportValueModel[];
  @Field() defaultInstrument!: string;
  @Field(() => [ImportFieldOption], { description: 'The fields a column may go into, labelled in your language.' }) fields!: ImportFieldOption[];
  @Field(() => [ImportValueOption], { description: 'The codes a word may stand for, per kind, labelled in your language.' }) options!: ImportValueOption[];
}

@ObjectType('ImportProblem', { description: 'Why a row is refused: the row, the column and the rule, in your language.' })
export class ImportProblemModel {
  @Field(() => Int) row!: number;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field() rule!: string;
  @Field() message!: string;
}

@ObjectType('ImportRowResult')
export class ImportRowResultModel {
  @Field() sheet!: string;
  @Field(() => Int) row!: number;
  @Field(() => ImportOutcomeEnum) outcome!: string;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => Int) actions!: number;
  @Field(() => [ImportProblemModel]) problems!: ImportProblemModel[];
  @Field(() => [String], { description: 'Remarks in your language (a row skipped, a bottleneck kept as a draft).' }) notes!: string[];
}

@ObjectType('ImportPlan', { description: 'What an import does (dry run) or did (commit), row by row.' })
export class ImportPlanModel {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field() committed!: boolean;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) refused!: number;
  @Field(() => Int) skipped!: number;
  @Field(() => [ImportRowResultModel]) rows!: ImportRowResultModel[];
}

@InputType()
export class ImportColumnInput {
  @WholeField(0, 500) index!: number;
  @TextField(60, { optional: true, singleLine: true, description: 'The field (null: not imported).' }) field?: string | null;
}

@InputType()
export class ImportValueInput {
  @TextField(30, { singleLine: true }) kind!: string;
  @TextField(500, { singleLine: true }) value!: string;
  @TextField(100, { optional: true, singleLine: true, description: 'The code it stands for (null: not recognised, rows with it are refused).' }) target?: string | null;
}

@InputType()
export class ImportMappingInput {
  @IdField() id!: string;
  @NestedField(() => ImportColumnInput, { list: true, max: 500 }) columns!: ImportColumnInput[];
  @NestedField(() => ImportValueInput, { list: true, max: 2000 }) values!: ImportValueInput[];
  @TextField(60, { singleLine: true, description: 'The instrument of actions when the sheet has no column for it.' }) defaultInstrument!: string;
}
