import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CONFERENCE_DECISIONS, CONFERENCE_PURPOSES, CONFERENCE_STATUSES, ConferenceDecision, ConferencePurpose, ConferenceStatus, Language } from '@grensportaal/shared-domain';
import { enumOf, LanguageEnum } from '@api/core/graphql/shared-enums';
import { LocalDateScalar } from '@api/core/graphql/local-date.scalar';
import { AgendaItem, VersionedRecord } from '@api/core/persistence/records';
import { Action } from '@api/modules/action/action.entity';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';

export const ConferenceStatusEnum = enumOf(CONFERENCE_STATUSES);
registerEnumType(ConferenceStatusEnum, { name: 'ConferenceStatus' });

export const ConferencePurposeEnum = enumOf(CONFERENCE_PURPOSES);
registerEnumType(ConferencePurposeEnum, {
  name: 'ConferencePurpose',
  description: 'DECISION: a bottleneck in DECISION; ENDORSE_OUTCOME: an action whose outcome must be endorsed; ADOPT: a new item to adopt onto the agenda.',
});

export const ConferenceDecisionEnum = enumOf(CONFERENCE_DECISIONS);
registerEnumType(ConferenceDecisionEnum, { name: 'ConferenceDecision' });

/** A border conference of one agenda (the Grenslandconferentie and its like): where the agenda is adopted and its items decided. */
@ObjectType('Conference', { description: "A conference of an agenda's cycle: date, place, chair, and the items put to it." })
@Entity('conference')
@Index(['agendaId', 'date'])
export class Conference extends AgendaItem {
  @ManyToOne(() => Agenda, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'agenda_id' }) agenda?: Agenda;
  @Field(() => LocalDateScalar) @Column({ type: 'date' }) date!: string;
  @Field({ description: 'Where it is held, e.g. Nijmegen.' }) @Column({ type: 'varchar', length: 200 }) place!: string;
  @Field({ description: 'Who chairs it.' }) @Column({ type: 'varchar', length: 200 }) chair!: string;
  @Field(() => ConferenceStatusEnum) @Column({ type: 'varchar', length: 10, default: 'PLANNED' }) status!: ConferenceStatus;
}

/** An item put to a conference, and what the conference decided on it. */
@ObjectType('ConferenceItem', { description: 'A bottleneck or action put to a conference, with its decision once taken.' })
@Entity('conference_item')
@Check('conference_item_one_subject', '(bottleneck_id IS NULL) <> (action_id IS NULL)')
@Index(['conferenceId', 'bottleneckId'], { unique: true, where: 'bottleneck_id IS NOT NULL' })
@Index(['conferenceId', 'actionId'], { unique: true, where: 'action_id IS NOT NULL' })
export class ConferenceItem extends VersionedRecord {
  @Column({ type: 'uuid' }) conferenceId!: string;
  @ManyToOne(() => Conference, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'conference_id' }) conference?: Conference;
  @Column({ type: 'uuid', nullable: true }) bottleneckId!: string | null;
  @ManyToOne(() => Bottleneck, { onDelete: 'CASCADE', nullable: true }) @JoinColumn({ name: 'bottleneck_id' }) bottleneck?: Bottleneck | null;
  @Column({ type: 'uuid', nullable: true }) actionId!: string | null;
  @ManyToOne(() => Action, { onDelete: 'CASCADE', nullable: true }) @JoinColumn({ name: 'action_id' }) action?: Action | null;
  @Field(() => ConferencePurposeEnum) @Column({ type: 'varchar', length: 20 }) purpose!: ConferencePurpose;
  @Field(() => ConferenceDecisionEnum, { nullable: true, description: 'Null until the conference has decided.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  decision!: ConferenceDecision | null;
  @Field(() => String, { nullable: true, description: 'What was decided, in the words of the minutes.' }) @Column({ type: 'text', nullable: true }) note!: string | null;
  @Field(() => LanguageEnum, { nullable: true, description: 'The language the note is written in.' }) @Column({ type: 'varchar', length: 2, nullable: true }) noteLanguage!: Language | null;
  @Column({ type: 'int', default: 0 }) position!: number;
}

