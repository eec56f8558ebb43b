import { InputType } from '@nestjs/graphql';
import {
  AffectedGroup,
  BorderEffectDirection,
  BorderTestReport,
  ConsultationKind,
  ConsultationLink,
  Language,
  LIMITS,
  Mitigation,
  Neighbour,
} from '@grensportaal/shared-domain';
import { LanguageEnum } from '@api/core/graphql/shared-enums';
import { TextTranslationInput } from '@api/core/text/text-translation.input';
import { CodeField, DateField, EnumField, EnumsField, FlagField, IdField, MAX_INT, NestedField, TextField, WholeField } from '@api/core/validation/fields';
import { AffectedGroupEnum, BorderEffectDirectionEnum, BorderTestReportEnum, ConsultationKindEnum, MitigationEnum, NeighbourEnum } from '../consultation.entity';
import { ConsultationLinkTypeEnum } from '../consultation-link.entity';

/** What a consultation record holds, as the secretariat enters it; texts are in `language`. */
@InputType({ isAbstract: true })
export abstract class ConsultationFields {
  @EnumField(LanguageEnum, { description: 'The language the texts are written in.' }) language!: Language;
  @TextField(LIMITS.title, { singleLine: true }) title!: string;
  @CodeField({ description: 'The responsible ministry.' }) ministryCode!: string;
  @TextField(2000, { singleLine: true, description: 'The consultation on the web (http or https).' }) url!: string;
  @DateField() periodStart!: string;
  @DateField({ description: 'Not before the start.' }) periodEnd!: string;
  @EnumField(ConsultationKindEnum, { optional: true, description: 'Required; empty is refused naming the field, as a form sends it.' }) kind?: ConsultationKind | null;
  @FlagField({ optional: true, description: 'Whether it matters at the border; leave empty until screened.' }) borderRelevant?: boolean | null;
  @TextField(LIMITS.description, { optional: true, description: 'Why it is (or is not) border-relevant: required once screened.' }) relevanceReason?: string | null;
  @FlagField({ optional: true, description: 'Whether the border-effects test was carried out; empty while not known.' }) testCarriedOut?: boolean | null;
  @EnumField(BorderTestReportEnum, { optional: true, description: 'Where the test is reported (only when carried out).' }) testReport?: BorderTestReport | null;
  @TextField(500, { optional: true, singleLine: true, description: 'The section or document, e.g. "MvT § 4.3".' }) testReference?: string | null;
  @EnumField(BorderEffectDirectionEnum, { optional: true }) effectDirection?: BorderEffectDirection | null;
  @TextField(LIMITS.description, { optional: true, description: 'The border effects found.' }) effects?: string | null;
  @EnumsField(AffectedGroupEnum, 5, { optional: true }) affectedGroups?: AffectedGroup[] | null;
  @EnumsField(NeighbourEnum, 3, { optional: true }) neighbours?: Neighbour[] | null;
  @EnumsField(MitigationEnum, 4, { optional: true }) mitigations?: Mitigation[] | null;
  @FlagField({ defaultValue: false, description: 'Whether the programme submitted a response to the consultation.' }) responseSubmitted = false;
  @TextField(LIMITS.description, { optional: true, description: 'The text of the response.' }) response?: string | null;
  @TextField(2000, { optional: true, singleLine: true, description: 'Where the response is published (http or https).' }) responseUrl?: string | null;
}

@InputType({ description: 'Records a consultation in an open screening round (secretariat).' })
export class CreateConsultationInput extends ConsultationFields {
  @IdField({ description: 'The open screening round.' }) roundId!: string;
  @NestedField(() => TextTranslationInput, { list: true, optional: true, max: 8 }) translations?: TextTranslationInput[] | null;
}

@InputType({ description: "Changes a consultation record (secretariat): every field as it should be; translations are kept, and show as outdated where their original changed." })
export class UpdateConsultationInput extends ConsultationFields {
  @IdField() id!: string;
  @WholeField(1, MAX_INT, { description: 'The version you read; a stale one is refused with CONFLICT.' }) version!: number;
}

@InputType({ description: 'Links a bottleneck to a consultation (secretariat).' })
export class LinkConsultationInput {
  @IdField() consultationId!: string;
  @IdField() bottleneckId!: string;
  @EnumField(ConsultationLinkTypeEnum) type!: ConsultationLink;
}

@InputType({ description: "Flags a consultation as relevant to your organisation's border, with why (partners)." })
export class FlagConsultationInput {
  @IdField() consultationId!: string;
  @TextField(2000, { optional: true }) note?: string | null;
}
