import { InputType, registerEnumType } from '@nestjs/graphql';
import { Language } from '@grensportaal/shared-domain';
import { enumOf, LanguageEnum } from '@api/core/graphql/shared-enums';
import { EnumField, FlagField, NestedField, TextField } from '@api/core/validation/fields';
import { ActionFilter, ActionOrder } from '@api/modules/action/dto/actions.args';
import { AssignmentFilter, AssignmentOrder } from '@api/modules/assignment/dto/assignments.args';
import { BottleneckFilter, BottleneckOrder } from '@api/modules/bottleneck/dto/bottlenecks.args';

export const ExportKind = enumOf(['BOTTLENECKS', 'ACTIONS', 'ASSIGNMENTS', 'BOTTLENECK', 'BRIDGEFOREU'] as const);
export type ExportKind = keyof typeof ExportKind;
registerEnumType(ExportKind, { name: 'ExportKind', description: 'A list (with its filters), one bottleneck with everything under it, or the BRIDGEforEU cross-border files.' });

export const ExportFormatEnum = enumOf(['XLSX', 'CSV', 'JSON'] as const);
registerEnumType(ExportFormatEnum, { name: 'ExportFormat' });

export const CsvSeparator = enumOf(['SEMICOLON', 'COMMA'] as const);
export type CsvSeparator = keyof typeof CsvSeparator;
registerEnumType(CsvSeparator, { name: 'CsvSeparator' });

/** What to take out of the register: the list and its filters exactly as the screen has them. */
@InputType()
export class StartExportInput {
  @EnumField(ExportKind) kind!: ExportKind;
  @EnumField(ExportFormatEnum) format!: keyof typeof ExportFormatEnum;
  @EnumField(LanguageEnum, { optional: true, description: 'The language of texts and labels (default: yours).' }) language?: Language | null;
  @FlagField({ defaultValue: false, description: 'Every text in all three languages side by side, with provenance.' }) allLanguages: boolean = false;
  @EnumField(CsvSeparator, { optional: true, description: 'CSV only; default `;` for nl and de, `,` for en.' }) separator?: CsvSeparator | null;
  @NestedField(() => BottleneckFilter, { optional: true }) bottleneckFilter?: BottleneckFilter | null;
  @EnumField(BottleneckOrder, { optional: true }) bottleneckOrder?: BottleneckOrder | null;
  @NestedField(() => ActionFilter, { optional: true }) actionFilter?: ActionFilter | null;
  @EnumField(ActionOrder, { optional: true }) actionOrder?: ActionOrder | null;
  @NestedField(() => AssignmentFilter, { optional: true }) assignmentFilter?: AssignmentFilter | null;
  @EnumField(AssignmentOrder, { optional: true }) assignmentOrder?: AssignmentOrder | null;
  @TextField(30, { optional: true, singleLine: true, description: 'For kind BOTTLENECK: its reference.' }) reference?: string | null;
}
