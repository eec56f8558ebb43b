import { InputType } from '@nestjs/graphql';
import { LanguageEnum } from '@api/core/graphql/shared-enums';
import { CodeField, DateField, EnumField, IdField, ItemChangeInput, TextField } from '@api/core/validation/fields';
import { ConferenceDecision, ConferencePurpose, ConferenceStatus, Language } from '@grensportaal/shared-domain';
import { ConferenceDecisionEnum, ConferencePurposeEnum, ConferenceStatusEnum } from '../conference.entity';

@InputType()
export class PlanConferenceInput {
  @CodeField() agendaCode!: string;
  @DateField() date!: string;
  @TextField(200, { singleLine: true }) place!: string;
  @TextField(200, { singleLine: true }) chair!: string;
}

@InputType()
export class UpdateConferenceInput extends ItemChangeInput {
  @DateField() date!: string;
  @TextField(200, { singleLine: true }) place!: string;
  @TextField(200, { singleLine: true }) chair!: string;
  @EnumField(ConferenceStatusEnum, { description: 'HELD once it has taken place (its decisions can then be recorded).' }) status!: ConferenceStatus;
}

@InputType({ description: 'Puts a bottleneck or an action (exactly one of them) of the same agenda to a conference.' })
export class AddConferenceItemInput {
  @IdField() conferenceId!: string;
  @IdField({ optional: true }) bottleneckId?: string | null;
  @IdField({ optional: true }) actionId?: string | null;
  @EnumField(ConferencePurposeEnum) purpose!: ConferencePurpose;
}

@InputType({ description: 'What a held conference decided on one of its items.' })
export class DecideConferenceItemInput extends ItemChangeInput {
  @EnumField(ConferenceDecisionEnum) decision!: ConferenceDecision;
  @TextField(4000, { optional: true }) note?: string | null;
  @EnumField(LanguageEnum, { description: 'The language of the note.' }) language!: Language;
}
