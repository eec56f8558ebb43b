import { ArgsType, InputType } from '@nestjs/graphql';
import { ConsultationKind, Neighbour } from '@grensportaal/shared-domain';
import { PageArgs } from '@api/core/pagination/connection';
import { CodeField, EnumField, EnumsField, FlagField, IdField, NestedField } from '@api/core/validation/fields';
import { ConsultationKindEnum, NeighbourEnum } from '../consultation.entity';

@InputType()
export class ConsultationFilter {
  @IdField({ optional: true, description: 'Only the consultations of this screening round.' }) roundId?: string | null;
  @CodeField({ optional: true, description: 'Only those of this ministry.' }) ministryCode?: string | null;
  @EnumsField(ConsultationKindEnum, 4, { optional: true }) kinds?: ConsultationKind[] | null;
  @FlagField({ optional: true, description: 'Only the border-relevant ones (true) or the others (false).' }) borderRelevant?: boolean | null;
  @FlagField({ optional: true, description: 'Only those not screened yet.' }) unscreened?: boolean | null;
  @FlagField({ optional: true, description: 'Only those with (true) or without (false) a border-effects test.' }) testCarriedOut?: boolean | null;
  @EnumField(NeighbourEnum, { optional: true, description: 'Only those with effects on this neighbour.' }) neighbour?: Neighbour | null;
  @FlagField({ optional: true, description: 'Only those your organisation flagged.' }) flaggedByMyOrganisation?: boolean | null;
}

@ArgsType()
export class ConsultationsArgs extends PageArgs {
  @NestedField(() => ConsultationFilter, { optional: true }) filter?: ConsultationFilter | null;
}
