import { InputType } from '@nestjs/graphql';
import { Language, ReportKind } from '@grensportaal/shared-domain';
import { LanguageEnum } from '@api/core/graphql/shared-enums';
import { CodeField, EnumField, IdField, WholeField } from '@api/core/validation/fields';
import { ReportKindEnum } from '../generated-report.entity';

@InputType({ description: 'A yearly report needs the year (and an agenda, or none for the whole programme); a conference pack needs the conference.' })
export class GenerateReportInput {
  @EnumField(ReportKindEnum) kind!: ReportKind;
  @CodeField({ optional: true, description: 'The agenda of a yearly report; left out for the whole programme (the agendas you read).' }) agendaCode?: string | null;
  @WholeField(2000, 2100, { optional: true }) year?: number | null;
  @IdField({ optional: true }) conferenceId?: string | null;
  @EnumField(LanguageEnum, { optional: true, description: "The report's language; the interface language when left out." }) language?: Language | null;
}
